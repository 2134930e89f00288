import { InputError } from './errors.js'
import { ANY_VERSION_SOURCE, VERSION_END, VERSION_START, escapeRegExp } from './text.js'

/**
 * Where a release may replace a version in free text: a file, and regex
 * sources that each hold one placeholder. `{version}` stands for any release
 * version (docs lag behind, so a `bpfman.io/v0.4.2/` link moves straight to the
 * new version); `{previous}` stands for the previous release only.
 */
export interface DocRule {
  path: string
  patterns: string[]
}

export const BPFMAN_DOC_RULES: DocRule[] = [
  {
    path: 'docs/getting-started/running-release.md',
    patterns: ['bpfman\\.io/v{version}/', 'releases/download/v{version}/', 'BPFMAN_REL={version}']
  },
  { path: 'docs/quick-start.md', patterns: ['BPFMAN_REL={version}'] },
  { path: 'RELEASE.md', patterns: ['{previous}'] }
]

const PLACEHOLDER = /\{(version|previous)\}/g
/** The named group that holds the version in a compiled doc pattern. */
export const DOC_VERSION_GROUP = 'releaseVersion'

/** The pattern as a RegExp with the version in a named group; undefined when it cannot match. */
export function compileDocPattern(
  source: string,
  previous: string | undefined
): RegExp | undefined {
  const placeholders = [...source.matchAll(PLACEHOLDER)]
  if (placeholders.length !== 1) {
    throw new InputError(
      'docs',
      `pattern "${source}" holds ${placeholders.length} placeholders; write exactly one {version} (any release version) or {previous} (the previous release)`
    )
  }
  const kind = placeholders[0][1]
  if (kind === 'previous' && previous === undefined) return undefined
  const version =
    kind === 'version'
      ? `${VERSION_START}(?<${DOC_VERSION_GROUP}>${ANY_VERSION_SOURCE})(?![0-9]|\\.[0-9])`
      : `${VERSION_START}(?<${DOC_VERSION_GROUP}>${escapeRegExp(previous as string)})${VERSION_END}`
  const regexSource = source.replace(PLACEHOLDER, () => version)
  try {
    return new RegExp(regexSource, 'dg')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError(
      'docs',
      `pattern "${source}" is not a valid regular expression (${reason})`
    )
  }
}
