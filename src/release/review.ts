/**
 * The rules of the review list: what a human should look at after the release
 * edits, and what is noise. A mention of a version is a dependency pin (a
 * third-party package that happens to carry the same number) or something to
 * review; the files the release edits may still name releases older than the
 * previous one.
 */
import { parse as parseToml } from './toml.js'
import { isMap, isScalar, parseDocument } from './yaml.js'
import { locateTomlStrings } from './toml-strings.js'
import { VERSION_START } from './text.js'
import type { PlanNote } from './plan.js'
import { compareVersions, tryParseVersion, type ReleaseVersion } from './version.js'

/** Files that are dependency pins as a whole: lock files and the Go and pip pins. */
const PIN_FILES = new Set([
  'go.mod',
  'go.sum',
  'go.work',
  'go.work.sum',
  'Cargo.lock',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'Gemfile.lock',
  'composer.lock',
  'flake.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'Package.resolved',
  'pubspec.lock',
  'mix.lock',
  'Podfile.lock'
])

/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/docs.txt. */
const REQUIREMENTS = /(?:^|\/)(?:[\w.-]*requirements[\w.-]*\.txt|requirements\/[^/]+\.txt)$/i

/** The sections of package.json that pin other packages. */
const PACKAGE_JSON_SECTIONS = new Set([
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'overrides',
  'resolutions'
])

/** Cargo's dependency tables: [dependencies], [dev-dependencies], [build-dependencies]. */
const CARGO_DEPENDENCIES = /^(?:dev-|build-)?dependencies$/

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Whether a whole file is a dependency pin (a lock file, go.mod, go.sum, requirements*.txt). */
export function isPinFile(path: string): boolean {
  const name = fileName(path)
  return PIN_FILES.has(name) || name.endsWith('.lock') || REQUIREMENTS.test(path)
}

/**
 * Whether the mention of a version on `line` (1-based) of the file at `path`
 * whose text is `content` is a dependency pin, which leaves the review list:
 * anything in a lock file, go.mod, go.sum or requirements*.txt; a line inside
 * the dependency sections of a package.json; in a Cargo.toml, an entry of a
 * dependency table ([dependencies], [dev-dependencies], [build-dependencies],
 * [workspace.dependencies], [target.*.dependencies], [patch.*], [replace])
 * that is not a path dependency of the workspace (`path = ...`). A mention
 * anywhere else (a comment, [package], a path dependency's version) is not a
 * pin. A file that does not parse is not a pin: a human looks at it.
 */
export function isDependencyPin(path: string, line: number, content: string): boolean {
  if (isPinFile(path)) return true
  const name = fileName(path)
  if (name === 'package.json') return inPackageJsonDependencies(content, line)
  if (name === 'Cargo.toml') return isCargoThirdPartyEntry(content, line)
  return false
}

/** The offset of the first non-blank character of a 1-based line, or undefined. */
function lineOffset(content: string, line: number): { start: number; end: number } | undefined {
  let start = 0
  for (let i = 1; i < line; i += 1) {
    const next = content.indexOf('\n', start)
    if (next < 0) return undefined
    start = next + 1
  }
  const newline = content.indexOf('\n', start)
  return { start, end: newline < 0 ? content.length : newline }
}

/** The last file parsed, by kind: the review asks about many lines of one file in a row. */
const parsedCache = new Map<string, { content: string; value: unknown }>()

function parsedOnce<T>(kind: string, content: string, parse: (text: string) => T): T {
  const cached = parsedCache.get(kind)
  if (cached?.content === content) return cached.value as T
  const value = parse(content)
  parsedCache.set(kind, { content, value })
  return value
}

function inPackageJsonDependencies(content: string, line: number): boolean {
  const range = lineOffset(content, line)
  if (!range) return false
  const doc = parsedOnce('package.json', content, (text) => parseDocument(text))
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false
  const within = (node: unknown, sections: ReadonlySet<string>): boolean => {
    if (!isMap(node)) return false
    return node.items.some((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      const value = pair.value as { range?: [number, number, number] } | null
      const [start, end] = value?.range ?? [0, 0]
      if (!(start < range.end && range.start < end)) return false
      if (sections.has(key)) return true
      // pnpm's overrides sit one level down.
      return key === 'pnpm' && within(pair.value, new Set(['overrides']))
    })
  }
  return within(doc.contents, PACKAGE_JSON_SECTIONS)
}

function isCargoThirdPartyEntry(content: string, line: number): boolean {
  const range = lineOffset(content, line)
  if (!range) return false
  const cargo = parsedOnce('Cargo.toml', content, (text) => {
    try {
      return {
        parsed: parseToml(text) as Record<string, unknown>,
        strings: [...locateTomlStrings(text).values()]
      }
    } catch {
      return undefined
    }
  })
  if (!cargo) return false
  const { parsed } = cargo
  const onLine = cargo.strings.filter(
    (location) => location.start < range.end && location.end > range.start
  )
  return (
    onLine.length > 0 &&
    onLine.every((location) => {
      const entry = dependencyEntry(location.path)
      if (!entry) return false
      const value = lookup(parsed, entry)
      const table =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
      return table.path === undefined
    })
  )
}

/** The key path of the dependency entry a string belongs to, or undefined when it is not in one. */
function dependencyEntry(path: readonly string[]): string[] | undefined {
  if ((path[0] === 'patch' && path.length >= 3) || (path[0] === 'replace' && path.length >= 2)) {
    return path.slice(0, path[0] === 'patch' ? 3 : 2)
  }
  const index = path.findIndex((key) => CARGO_DEPENDENCIES.test(key))
  if (index < 0 || index + 1 >= path.length) return undefined
  const prefix = path.slice(0, index)
  const allowed =
    prefix.length === 0 ||
    (prefix.length === 1 && prefix[0] === 'workspace') ||
    (prefix.length === 2 && prefix[0] === 'target')
  return allowed ? path.slice(0, index + 2) : undefined
}

function lookup(root: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** A workflow that calls this project's actions or reusable workflows: `uses: bpfman/release-actions/…`. */
const CALLS_RELEASE_ACTIONS = /^\s*(?:-\s*)?uses:\s*["']?bpfman\/release-actions\//m

/**
 * Whether the file is a workflow the adoption installs (the templates' Prepare
 * Release, Tag Release...: a file under .github/workflows/ that calls
 * bpfman/release-actions). Its example versions are the tool's own text, not
 * the project's: never reviewed.
 */
export function isInstalledWorkflow(path: string, content: string): boolean {
  return path.startsWith('.github/workflows/') && CALLS_RELEASE_ACTIONS.test(content)
}

/**
 * The review notes without the dependency pins: `contentOf` gives a noted
 * file's text (undefined when unknown; such notes stay). Notes without a path
 * or line are kept.
 */
export function withoutDependencyPins(
  notes: readonly PlanNote[],
  contentOf: (path: string) => string | undefined
): PlanNote[] {
  const cache = new Map<string, string | undefined>()
  return notes.filter((note) => {
    if (note.kind !== 'review' || !note.path || !note.line) return true
    if (isPinFile(note.path)) return false
    if (!cache.has(note.path)) cache.set(note.path, contentOf(note.path))
    const content = cache.get(note.path)
    return content === undefined || !isDependencyPin(note.path, note.line, content)
  })
}

/** A release version in text, bounded: not 10.6.0 for 0.6.0, not 1.2.3.4. */
const ANY_RELEASE = new RegExp(
  `${VERSION_START}v?(\\d+\\.\\d+\\.\\d+(?:-rc\\d+)?)(?![0-9A-Za-z]|\\.[0-9])`,
  'g'
)
const MESSAGE_LIMIT = 120

/**
 * A `review` note for each line of the files the release edits (their content
 * after the edits; pass the edited files but not the generated changelog,
 * whose pull request titles name every kind of version) that still names a
 * release older than `previous`: RELEASE.md naming 0.5.6 when 0.6.1 is
 * prepared after 0.6.0. One note per line, naming every such version on it,
 * with the line's text; dependency pins (a lock file, Cargo.toml's third-party
 * entries) are left out. No notes without a previous release.
 */
export function staleVersionNotes(
  files: readonly { path: string; content: string }[],
  previous: ReleaseVersion | undefined,
  version: ReleaseVersion
): PlanNote[] {
  if (!previous) return []
  const notes: PlanNote[] = []
  for (const { path, content } of files) {
    if (isPinFile(path)) continue
    content.split('\n').forEach((text, index) => {
      const stale = new Set<string>()
      for (const match of text.matchAll(ANY_RELEASE)) {
        const found = tryParseVersion(match[1])
        if (found && compareVersions(found, previous) < 0) stale.add(found.version)
      }
      if (stale.size === 0 || isDependencyPin(path, index + 1, content)) return
      const line = text.trim()
      const shown = line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}…` : line
      const names = [...stale].join(', ')
      notes.push({
        kind: 'review',
        path,
        line: index + 1,
        message: `still names ${names}, older than the previous release ${previous.version}; update it to ${version.version} if it means the current release, keep it if it is history:`,
        quote: shown
      })
    })
  }
  return notes
}
