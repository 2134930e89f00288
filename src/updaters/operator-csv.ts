import YAML, { type Document, isMap, isScalar, type Pair, type YAMLMap } from '../release/yaml.js'
import { InputError } from '../release/errors.js'
import { spliceAll } from '../release/text.js'

/** What a ClusterServiceVersion says about itself. */
export interface CsvIdentity {
  /** metadata.name: bpfman-operator.v0.6.0 */
  name: string | undefined
  /** spec.version: 0.6.0 */
  version: string | undefined
  /** spec.replaces, which semver-mode catalogs must not have. */
  replaces: string | undefined
}

function parse(content: string, path: string): Document.Parsed {
  const doc = YAML.parseDocument(content)
  if (doc.errors.length > 0) {
    throw new InputError(path, `is not valid YAML: ${doc.errors[0].message}`)
  }
  return doc
}

function text(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value)
}

export function readCsvIdentity(content: string, path = 'the CSV'): CsvIdentity {
  const doc = parse(content, path)
  return {
    name: text(doc.getIn(['metadata', 'name'])),
    version: text(doc.getIn(['spec', 'version'])),
    replaces: text(doc.getIn(['spec', 'replaces']))
  }
}

/** The CSV name OLM expects for a version: bpfman-operator.v0.6.0. */
export function csvName(packageName: string, version: string): string {
  return `${packageName}.v${version}`
}

/**
 * The mismatches between a CSV and the release, each showing what the CSV
 * holds and what the release needs; empty when it is right.
 */
export function csvMismatches(
  identity: CsvIdentity,
  packageName: string,
  version: string
): string[] {
  const problems: string[] = []
  const name = csvName(packageName, version)
  if (identity.name !== name)
    problems.push(`metadata.name is "${identity.name ?? '(missing)'}", expected "${name}"`)
  if (identity.version !== version) {
    problems.push(`spec.version is "${identity.version ?? '(missing)'}", expected "${version}"`)
  }
  return problems
}

/** Removes the `replaces:` line of `spec` (its whole line); the text elsewhere is kept byte for byte. */
export function removeReplaces(
  content: string,
  path = 'the CSV'
): { content: string; removed: string | undefined } {
  const doc = parse(content, path)
  const spec = doc.get('spec', true)
  if (!isMap(spec)) return { content, removed: undefined }
  const pair = (spec as YAMLMap).items.find(
    (item: Pair) => isScalar(item.key) && item.key.value === 'replaces'
  )
  if (!pair || !isScalar(pair.key) || !pair.key.range) return { content, removed: undefined }
  const keyStart = pair.key.range[0]
  const valueEnd =
    isScalar(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range[1]
  const lineStart = content.lastIndexOf('\n', keyStart - 1) + 1
  const newline = content.indexOf('\n', valueEnd)
  const lineEnd = newline < 0 ? content.length : newline + 1
  return {
    content: spliceAll(content, [{ start: lineStart, end: lineEnd, text: '' }]),
    removed: text(isScalar(pair.value) ? pair.value.value : undefined)
  }
}

const CREATED_AT = /^([ \t]+createdAt:[ \t]*).*$/gm

/**
 * Whether two bundle files are the same apart from the CSV's `createdAt`,
 * which every `make bundle` run rewrites (the operator's own CI compares
 * bundles the same way).
 */
export function sameIgnoringCreatedAt(a: string, b: string): boolean {
  return a.replace(CREATED_AT, '$1') === b.replace(CREATED_AT, '$1')
}
