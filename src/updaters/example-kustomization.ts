/**
 * The parts of bpfman's example kustomizations that a new example's release
 * folder takes from the example itself: the program its patch targets (from
 * `base/<example>/bytecode.yaml`), the images (from `default/<example>/`), and
 * the byte ranges of those parts in a sibling's release kustomization, so that
 * the new folder is the sibling's file with only those bytes changed.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Scalar
} from '../release/yaml.js'
import type { TextEdit } from '../release/text.js'

/** The program a release kustomization's patch targets. */
export interface ProgramTarget {
  kind: string
  name: string
}

/** What the example's own files say, each fact with the file it came from. */
export interface ExampleFacts {
  program?: ProgramTarget & { from: string }
  /** The JSON pointer of the bytecode image in the program: /spec/byteCode/image/url. */
  urlPath?: string
  /** The bytecode image without its tag: quay.io/bpfman-bytecode/go-tcx-counter. */
  bytecodeImage?: { repository: string; from: string }
  /** The userspace images of `default/<example>/kustomization.yaml`. */
  userspaceImages: { name: string; newName: string }[]
  userspaceFrom?: string
}

/** A file of `files` parsed as YAML documents; [] when missing or not YAML. */
function documents(files: ReadonlyMap<string, string>, path: string): unknown[] {
  const text = files.get(path)
  if (text === undefined) return []
  try {
    return parseAllDocuments(text)
      .filter((doc) => doc.errors.length === 0)
      .map((doc) => doc.toJS() as unknown)
  } catch {
    return []
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/** An image reference without its tag or digest; any URL scheme dropped. */
export function imageRepository(image: string): string {
  const bare = image.replace(/^[a-z]+:\/\//, '').replace(/@sha256:[0-9a-f]+$/, '')
  const colon = bare.lastIndexOf(':')
  return colon > bare.lastIndexOf('/') ? bare.slice(0, colon) : bare
}

/** The tag of an image reference, or undefined. */
export function imageTag(image: string): string | undefined {
  const bare = image.replace(/@sha256:[0-9a-f]+$/, '')
  const colon = bare.lastIndexOf(':')
  return colon > bare.lastIndexOf('/') ? bare.slice(colon + 1) : undefined
}

/** A JSON patch that replaces a program's bytecode image: `op: replace`, path `.../image/url`. */
function bytecodeOperation(patch: unknown): { path: string; value?: string } | undefined {
  if (!Array.isArray(patch)) return undefined
  for (const op of patch) {
    const entry = record(op)
    const path = text(entry?.path)
    if (entry?.op === 'replace' && path && /\/image\/url$/.test(path)) {
      return { path, value: text(entry.value) }
    }
  }
  return undefined
}

/**
 * Reads what the example's own files say: `base/<example>/bytecode.yaml` (kind,
 * metadata.name, where the image url sits), `default/<example>/kustomization.yaml`
 * (images, and the patch target as a second source of the program), and the
 * JSON patch in `default/<example>/` (the bytecode image).
 */
export function readExampleFacts(
  files: ReadonlyMap<string, string>,
  example: string
): ExampleFacts {
  const facts: ExampleFacts = { userspaceImages: [] }
  const bytecodePath = `base/${example}/bytecode.yaml`
  for (const doc of documents(files, bytecodePath)) {
    const program = record(doc)
    const kind = text(program?.kind)
    const name = text(record(program?.metadata)?.name)
    if (!kind || !name) continue
    facts.program = { kind, name, from: bytecodePath }
    const spec = record(program?.spec) ?? {}
    const key = Object.keys(spec).find((k) => /^byte[cC]ode$/.test(k))
    const url = key ? text(record(record(spec[key])?.image)?.url) : undefined
    if (key && url) {
      facts.urlPath = `/spec/${key}/image/url`
      facts.bytecodeImage = { repository: imageRepository(url), from: bytecodePath }
    }
    break
  }

  const kustomizationPath = `default/${example}/kustomization.yaml`
  const kustomization = record(documents(files, kustomizationPath)[0])
  if (kustomization) {
    for (const image of Array.isArray(kustomization.images) ? kustomization.images : []) {
      const name = text(record(image)?.name)
      if (name) {
        facts.userspaceImages.push({ name, newName: text(record(image)?.newName) ?? name })
      }
    }
    if (facts.userspaceImages.length > 0) facts.userspaceFrom = kustomizationPath
    if (!facts.program) {
      for (const patch of Array.isArray(kustomization.patches) ? kustomization.patches : []) {
        const target = record(record(patch)?.target)
        const kind = text(target?.kind)
        const name = text(target?.name)
        if (kind && name && kind !== 'Namespace' && kind !== 'DaemonSet') {
          facts.program = { kind, name, from: kustomizationPath }
          break
        }
      }
    }
  }

  // The bytecode image the example's default/ deploys: its JSON patch beats the base's url.
  for (const [path] of files) {
    if (!path.startsWith(`default/${example}/`) || !/\.ya?ml$/.test(path)) continue
    const operation = bytecodeOperation(documents(files, path)[0])
    if (operation?.value) {
      facts.bytecodeImage = { repository: imageRepository(operation.value), from: path }
      break
    }
  }
  return facts
}

/** The parts of a release kustomization that name its example, with their scalars. */
export interface KustomizationParts {
  /** The patch that replaces the program's bytecode image. */
  programPatch?: {
    kind: Scalar
    name: Scalar
    /** The JSON patch's path and value, as byte ranges of the outer file. */
    path?: SourceRange
    value?: SourceRange
  }
  images: { name?: Scalar; newName?: Scalar }[]
  resources: Scalar[]
}

/** A byte range of the source and the text it holds (inside quotes for a quoted scalar). */
export interface SourceRange {
  start: number
  end: number
  text: string
}

/** The parts of a release kustomization that a new example changes; undefined when it is not one. */
export function kustomizationParts(source: string): KustomizationParts | undefined {
  const doc = parseDocument(source)
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined
  const parts: KustomizationParts = { images: [], resources: [] }
  for (const patch of itemsOf(doc, 'patches').filter(isMap)) {
    const target = patch.get('target', true)
    const body = patch.get('patch', true)
    if (!isMap(target) || !isScalar(body) || typeof body.value !== 'string') continue
    const kind = target.get('kind', true)
    const name = target.get('name', true)
    if (!isScalar(kind) || !isScalar(name)) continue
    const inner = innerPatchRanges(source, body)
    if (!inner) continue
    parts.programPatch = { kind, name, ...inner }
    break
  }
  for (const image of itemsOf(doc, 'images').filter(isMap)) {
    const name = image.get('name', true)
    const newName = image.get('newName', true)
    parts.images.push({
      name: isScalar(name) ? name : undefined,
      newName: isScalar(newName) ? newName : undefined
    })
  }
  parts.resources.push(...itemsOf(doc, 'resources').filter(isScalar))
  return parts
}

/** The items of the sequence at `key` of the document's top map; none when it is not a sequence. */
function itemsOf(doc: Document, key: string): unknown[] {
  const node = doc.get(key, true)
  return isSeq(node) ? node.items : []
}

/**
 * The path and value of the bytecode-image operation inside a `patch: |-`
 * block, as ranges of the outer source: a literal block's line k is the
 * source line k after the header, indented by the block's indentation.
 */
function innerPatchRanges(
  source: string,
  body: Scalar
): { path?: SourceRange; value?: SourceRange } | undefined {
  const inner = body.value as string
  const doc = parseDocument(inner)
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return undefined
  for (const op of doc.contents.items) {
    const kind: unknown = isMap(op) ? op.get('op', true) : undefined
    if (!isMap(op) || !isScalar(kind) || kind.value !== 'replace') continue
    const path = op.get('path', true)
    const value = op.get('value', true)
    if (!isScalar(path) || typeof path.value !== 'string' || !/\/image\/url$/.test(path.value)) {
      continue
    }
    const map = (node: Scalar | undefined): SourceRange | undefined => {
      if (!node?.range || typeof node.value !== 'string') return undefined
      const range = scalarRange(inner, node)
      const start = innerToOuter(source, body, inner, range.start)
      const end = innerToOuter(source, body, inner, range.end)
      if (start === undefined || end === undefined) return undefined
      return source.slice(start, end) === range.text ? { start, end, text: range.text } : undefined
    }
    return { path: map(path), value: isScalar(value) ? map(value) : undefined }
  }
  return undefined
}

function innerToOuter(
  source: string,
  body: Scalar,
  inner: string,
  offset: number
): number | undefined {
  if (body.type !== 'BLOCK_LITERAL' || !body.range) return undefined
  const before = inner.slice(0, offset)
  const line = before.split('\n').length - 1
  const column = offset - (before.lastIndexOf('\n') + 1)
  // The content starts on the line after the header (`|-`), indented as its first line is.
  let cursor = source.indexOf('\n', body.range[0]) + 1
  if (cursor === 0) return undefined
  const indent = /^[ ]*/.exec(source.slice(cursor))?.[0].length ?? 0
  for (let i = 0; i < line; i += 1) {
    cursor = source.indexOf('\n', cursor) + 1
    if (cursor === 0) return undefined
  }
  return cursor + indent + column
}

/** The bytes of a scalar's value: inside its quotes when quoted. */
export function scalarRange(source: string, node: Scalar): SourceRange {
  const [start, end] = node.range ?? [0, 0]
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
  const from = quoted ? start + 1 : start
  const to = quoted ? end - 1 : end
  return { start: from, end: to, text: source.slice(from, to) }
}

/**
 * An edit that makes a scalar read `value`, keeping its quoting (also when it
 * already does, so that the range is settled); undefined when the value would
 * need escaping in that style.
 */
export function scalarEdit(source: string, node: Scalar, value: string): TextEdit | undefined {
  const range = scalarRange(source, node)
  if (range.text === value) return { start: range.start, end: range.end, text: value }
  if (node.type === 'QUOTE_DOUBLE' && /["\\]/.test(value)) return undefined
  if (node.type === 'QUOTE_SINGLE' && value.includes("'")) return undefined
  if ((node.type === 'PLAIN' || node.type === undefined) && !/^[\w./:@-]+$/.test(value)) {
    return undefined
  }
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined
  return { start: range.start, end: range.end, text: value }
}
