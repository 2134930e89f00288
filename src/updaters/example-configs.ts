import { copyReason } from '../release/change-groups.js'
import { InputError } from '../release/errors.js'
import type { PlanNote } from '../release/plan.js'
import { compareVersions, tryParseVersion, type ReleaseVersion } from '../release/version.js'
import {
  type ExampleFacts,
  imageTag,
  kustomizationParts,
  readExampleFacts,
  scalarEdit
} from './example-kustomization.js'
import { escapeRegExp, exactVersionRegExp, type TextEdit } from '../release/text.js'

/** A file to write under examples/config, by path relative to it. */
export interface ExampleConfigFile {
  path: string
  content: string
  reason: string
}

export interface ExampleConfigsPlan {
  files: ExampleConfigFile[]
  notes: PlanNote[]
  /** The release folders copied from (v0.6.0, v0.6.0-selinux). */
  sources: string[]
}

const INPUT = 'examples/config'
const SELINUX = '-selinux'

/** The two kinds of release folder: `vX.Y.Z/` and `vX.Y.Z-selinux/`. */
const FLAVOURS = ['', SELINUX] as const
type Flavour = (typeof FLAVOURS)[number]

interface ReleaseFolder {
  name: string
  version: ReleaseVersion
  flavour: Flavour
}

/**
 * Plans the release folders for `newVersion` under examples/config: copies of
 * the newest release pair below it (by semver, not by name) with the version
 * replaced inside, plus a folder for each example that `default/` has and the
 * source folder lacks: a sibling's layout with the example's own program
 * (`base/<example>/bytecode.yaml`), images (`default/<example>/`) and base.
 * Folders for `newVersion` that already exist are kept as they are. `files`
 * maps every file under examples/config (base/, default/, selinux/ included)
 * by its path relative to examples/config.
 */
export function planExampleConfigs(
  files: ReadonlyMap<string, string>,
  newVersion: ReleaseVersion
): ExampleConfigsPlan {
  const folders = releaseFolders(files.keys())
  const planned: ExampleConfigFile[] = []
  const notes: PlanNote[] = []
  const sources: string[] = []

  for (const flavour of FLAVOURS) {
    const target = `${newVersion.tag}${flavour}`
    if (folders.some((folder) => folder.name === target)) {
      notes.push({
        kind: 'info',
        path: `${target}/`,
        message: `${target}/ already exists; kept as it is`
      })
      continue
    }
    const source = newestBelow(folders, flavour, newVersion)
    if (!source) {
      throw new InputError(
        INPUT,
        `no release folder vX.Y.Z${flavour}/ below ${target}/ to copy from; add one by hand (examples/config/${target}/, one folder per example with its kustomization.yaml) and run again`
      )
    }
    sources.push(source.name)
    const copy = new FolderCopy(files, source, target, newVersion.version)
    planned.push(...copy.files())
    const present = subfolders(files, source.name)
    for (const example of subfolders(files, 'default').filter((name) => !present.includes(name))) {
      const generated = copy.newExample(example, knownExamples(files, folders))
      planned.push(...generated.files)
      notes.push(...generated.notes)
    }
  }
  planned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files: planned, notes, sources }
}

/** A release folder copied to the new version's folder of the same flavour. */
class FolderCopy {
  private readonly from: string

  constructor(
    private readonly all: ReadonlyMap<string, string>,
    private readonly source: ReleaseFolder,
    private readonly target: string,
    private readonly to: string
  ) {
    this.from = source.version.version
  }

  /** Every file of the source folder, with its version replaced. */
  files(): ExampleConfigFile[] {
    return this.under(this.source.name).map(([path, rest, content]) => ({
      path: `${this.target}/${rest}`,
      content: this.retag(content),
      reason: copyReason(path, this.from, this.to)
    }))
  }

  /**
   * A folder for an example the source lacks, in the layout of a sibling (the
   * one sharing the longest name prefix, among those with a bytecode patch when
   * the example has a program): the sibling's files with the version replaced,
   * and in its kustomization.yaml the example's own patch target (kind and
   * metadata.name of `base/<example>/bytecode.yaml`), bytecode and userspace
   * images (from `default/<example>/`) and base (`../../base/<example>`, or
   * `../../selinux/<example>` for the -selinux folder). What the example's
   * files do not say is taken from the sibling with the name changed, and a
   * warning says so.
   */
  newExample(
    example: string,
    known: ReadonlySet<string>
  ): { files: ExampleConfigFile[]; notes: PlanNote[] } {
    const path = `${this.target}/${example}/`
    const facts = readExampleFacts(this.all, example)
    const siblings = subfolders(this.all, this.source.name)
    const sibling = this.layoutSibling(example, siblings, facts)
    if (!sibling) {
      return {
        files: [],
        notes: [
          {
            kind: 'warning',
            path,
            message: `new example ${example} (in default/) has no sibling in ${this.source.name}/ to derive it from; add ${path} by hand`
          }
        ]
      }
    }
    const notes: PlanNote[] = []
    const others = [...known].filter((name) => name !== sibling)
    const rename = (text: string): string => renameExample(text, sibling, example, others)
    const root = this.source.flavour === SELINUX ? 'selinux' : 'base'
    let resource = `../../${root}/${example}`
    if (root === 'selinux' && subfolders(this.all, 'selinux').every((name) => name !== example)) {
      resource = `../../base/${example}`
      notes.push({
        kind: 'warning',
        path,
        message: `selinux/${example}/ is missing, so ${path}kustomization.yaml points at ${resource} (no SELinux profile); add selinux/${example}/ and point it there`
      })
    }
    const files = this.under(`${this.source.name}/${sibling}`).map(([from, rest, content]) => {
      const retagged = this.retag(content)
      const generated =
        rest === 'kustomization.yaml'
          ? newKustomization(retagged, { example, sibling, resource, facts, rename, path })
          : undefined
      notes.push(...(generated?.notes ?? []))
      const program =
        facts.program && generated?.targeted
          ? `, patch target ${facts.program.kind} ${facts.program.name} from ${facts.program.from}`
          : ''
      return {
        path: `${path}${rest}`,
        content: generated?.content ?? rename(retagged),
        reason: `new example ${example}, in the layout of ${from}${program}`
      }
    })
    return { files, notes }
  }

  /** The sibling whose layout a new example takes. */
  private layoutSibling(
    example: string,
    siblings: readonly string[],
    facts: ExampleFacts
  ): string | undefined {
    const patched = (sibling: string): boolean => {
      const text = this.all.get(`${this.source.name}/${sibling}/kustomization.yaml`)
      return text !== undefined && kustomizationParts(text)?.programPatch !== undefined
    }
    const alike = siblings.filter((sibling) => patched(sibling) === (facts.program !== undefined))
    return closestSibling(example, alike) ?? closestSibling(example, siblings)
  }

  /** [path, path below the folder, content] of each file under a folder. */
  private under(folder: string): [string, string, string][] {
    return [...this.all]
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, content]) => [path, path.slice(folder.length + 1), content])
  }

  private retag(text: string): string {
    return text.replace(exactVersionRegExp(this.from), (_all, v: string) => `${v}${this.to}`)
  }
}

function newestBelow(
  folders: readonly ReleaseFolder[],
  flavour: Flavour,
  version: ReleaseVersion
): ReleaseFolder | undefined {
  return folders
    .filter((folder) => folder.flavour === flavour && compareVersions(folder.version, version) < 0)
    .sort((a, b) => compareVersions(a.version, b.version))
    .pop()
}

/** Every example name the tree knows, so that a rename can tell them apart. */
function knownExamples(
  files: ReadonlyMap<string, string>,
  folders: readonly ReleaseFolder[]
): Set<string> {
  const roots = ['default', 'base', 'selinux', ...folders.map((folder) => folder.name)]
  return new Set(roots.flatMap((folder) => subfolders(files, folder)))
}

/** The top-level folders named like a release: v0.6.0, v0.6.0-selinux. */
function releaseFolders(paths: Iterable<string>): ReleaseFolder[] {
  const names = new Set<string>()
  for (const path of paths) {
    const slash = path.indexOf('/')
    if (slash > 0) names.add(path.slice(0, slash))
  }
  const folders: ReleaseFolder[] = []
  for (const name of names) {
    const flavour: Flavour = name.endsWith(SELINUX) ? SELINUX : ''
    const stem = name.slice(0, name.length - flavour.length)
    const version = stem.startsWith('v') ? tryParseVersion(stem) : undefined
    if (version && version.tag === stem) folders.push({ name, version, flavour })
  }
  return folders
}

/** The example folders directly under `folder`. */
function subfolders(files: ReadonlyMap<string, string>, folder: string): string[] {
  const names = new Set<string>()
  for (const path of files.keys()) {
    if (!path.startsWith(`${folder}/`)) continue
    const rest = path.slice(folder.length + 1)
    const slash = rest.indexOf('/')
    if (slash > 0) names.add(rest.slice(0, slash))
  }
  return [...names].sort()
}

/** The sibling sharing the longest name prefix (go-tc-counter for go-tcx-counter); ties by name. */
function closestSibling(example: string, siblings: readonly string[]): string | undefined {
  let best: string | undefined
  let bestLength = -1
  for (const sibling of siblings) {
    let length = 0
    while (length < sibling.length && sibling[length] === example[length]) length += 1
    if (length > bestLength) {
      best = sibling
      bestLength = length
    }
  }
  return best
}

/**
 * Replaces the sibling's name with the new example's wherever it stands as a
 * name or a name prefix (`go-xdp-counter-example`), but not inside the name
 * of another example (`go-xdp-counter-sharing-map`).
 */
function renameExample(
  text: string,
  sibling: string,
  example: string,
  others: readonly string[]
): string {
  const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(sibling)}(?!\\w)`, 'g')
  return text.replace(pattern, (match, offset: number) => {
    const insideOther = others.some(
      (other) =>
        other.length > sibling.length &&
        text.startsWith(other, offset) &&
        !/\w/.test(text[offset + other.length] ?? '')
    )
    return insideOther ? match : example
  })
}

interface NewKustomizationInput {
  example: string
  sibling: string
  /** What `resources` points at: ../../base/<example> or ../../selinux/<example>. */
  resource: string
  facts: ExampleFacts
  /** The sibling's name changed to the example's, for the bytes not otherwise known. */
  rename: (text: string) => string
  /** The new folder, for the notes. */
  path: string
}

/**
 * The sibling's release kustomization (version already replaced) made the new
 * example's: only the scalars that name the example change; the bytes around
 * them (comments, quoting, order, flow or block style) stay the sibling's,
 * with the sibling's name changed to the example's. Undefined when the file is
 * not a kustomization that can be read.
 */
function newKustomization(
  text: string,
  input: NewKustomizationInput
): { content: string; notes: PlanNote[]; targeted: boolean } | undefined {
  const parts = kustomizationParts(text)
  if (!parts) return undefined
  const { example, sibling, facts, path } = input
  const edits: TextEdit[] = []
  const notes: PlanNote[] = []
  const edit = (node: Parameters<typeof scalarEdit>[1] | undefined, value: string): void => {
    const change = node ? scalarEdit(text, node, value) : undefined
    if (change) edits.push(change)
  }
  const warn = (message: string): void => {
    notes.push({ kind: 'warning', path: `${path}kustomization.yaml`, message })
  }

  // What the example's files do not say is the sibling's with the name changed, in one warning.
  const borrowed: string[] = []
  const patch = parts.programPatch
  if (patch && facts.program) {
    edit(patch.kind, facts.program.kind)
    edit(patch.name, facts.program.name)
    if (facts.program.from !== `base/${example}/bytecode.yaml`) {
      warn(
        `base/${example}/bytecode.yaml names no program, so the patch target ${facts.program.kind} ${facts.program.name} comes from ${facts.program.from}; check it`
      )
    }
  } else if (patch) {
    borrowed.push(
      `the patch target ${String(patch.kind.value)} ${input.rename(String(patch.name.value))} (base/${example}/bytecode.yaml is missing and default/${example}/ names none)`
    )
  } else if (facts.program) {
    warn(
      `${sibling}'s kustomization.yaml has no bytecode patch to copy; add one for ${facts.program.kind} ${facts.program.name} (${facts.program.from})`
    )
  }
  if (patch?.path && facts.urlPath) {
    edits.push({ start: patch.path.start, end: patch.path.end, text: facts.urlPath })
  }
  if (patch?.value) {
    const tag = imageTag(patch.value.text)
    if (facts.bytecodeImage && tag) {
      const image = `${facts.bytecodeImage.repository}:${tag}`
      edits.push({ start: patch.value.start, end: patch.value.end, text: image })
    } else {
      borrowed.push(
        `the bytecode image ${input.rename(patch.value.text)} (none in default/${example}/ or base/${example}/bytecode.yaml)`
      )
    }
  }

  const images = facts.userspaceImages
  parts.images.forEach((entry, index) => {
    const own = images[index] ?? (images.length === 1 ? images[0] : undefined)
    if (own) {
      edit(entry.name, own.name)
      edit(entry.newName, own.newName)
    } else {
      const shown = entry.newName ?? entry.name
      borrowed.push(
        `the userspace image ${input.rename(String(shown?.value ?? ''))} (default/${example}/kustomization.yaml sets none)`
      )
    }
  })
  if (borrowed.length > 0) {
    warn(
      `taken from ${sibling} with the name changed: ${borrowed.join('; ')}; check ${borrowed.length > 1 ? 'them' : 'it'}`
    )
  }

  const base = parts.resources.find((node) =>
    new RegExp(`(?:^|/)${escapeRegExp(sibling)}/?$`).test(String(node.value))
  )
  if (base) edit(base, input.resource)

  return {
    content: spliceRenaming(text, edits, input.rename),
    notes,
    targeted: patch !== undefined && facts.program !== undefined
  }
}

/** Applies the edits; the bytes between them get `rename`. */
function spliceRenaming(
  text: string,
  edits: readonly TextEdit[],
  rename: (gap: string) => string
): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const change of ordered) {
    if (change.start < cursor) throw new Error('overlapping text edits')
    result += rename(text.slice(cursor, change.start)) + change.text
    cursor = change.end
  }
  return result + rename(text.slice(cursor))
}
