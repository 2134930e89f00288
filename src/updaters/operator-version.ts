import { InputError } from '../release/errors.js'

/**
 * Where bpfman-operator keeps its version: up to v0.5.6 `VERSION ?= X.Y.Z` in
 * the Makefile, since v0.6.0 a `VERSION` file that holds a `-dev` version
 * between releases (the Makefile then reads it with `$(shell cat VERSION)`).
 */
export interface VersionUpdate {
  content: string
  /** The version the source held before: 0.5.6, 0.6.1-dev. */
  oldVersion: string
}

/** A release, release candidate or development version: 0.6.0, 0.6.0-rc1, 0.6.1-dev. */
const OPERATOR_VERSION = /^v?\d+\.\d+\.\d+(?:-(?:rc\d+|dev))?$/
const VERSION_FILE = /^(\s*)(\S+)(\s*)$/
// The first line may start with a UTF-8 byte order mark: it stays in the first group.
const MAKEFILE_LINE = /^(\uFEFF?VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/

/** The VERSION file's one line, with its surrounding whitespace kept; "v" is kept when it had one. */
export function updateVersionFile(
  content: string,
  newVersion: string,
  path = 'VERSION'
): VersionUpdate {
  const match = VERSION_FILE.exec(content)
  if (!match || !OPERATOR_VERSION.test(match[2])) {
    throw new InputError(
      path,
      `holds "${content.trim()}", not a version; expected one line such as 0.6.1-dev`
    )
  }
  const [, head, value, tail] = match
  const v = value.startsWith('v') ? 'v' : ''
  return { content: `${head}${v}${newVersion}${tail}`, oldVersion: value.slice(v.length) }
}

/**
 * The literal `VERSION ?= X.Y.Z` of the Makefile, or undefined when the Makefile
 * sets VERSION some other way (`$(shell cat VERSION)`) or not at all.
 */
export function makefileVersion(content: string): string | undefined {
  for (const line of content.split('\n')) {
    const match = MAKEFILE_LINE.exec(line)
    if (match && OPERATOR_VERSION.test(match[2])) return match[2].replace(/^v/, '')
  }
  return undefined
}

/**
 * Sets the first literal `VERSION ?= X.Y.Z` line. Only that line changes: the
 * operator-sdk scaffold's comments (`make bundle VERSION=0.0.2`) are examples,
 * not the project's version.
 */
export function updateMakefileVersion(
  content: string,
  newVersion: string,
  path = 'Makefile'
): VersionUpdate {
  const lines = content.split('\n')
  for (const [index, line] of lines.entries()) {
    const match = MAKEFILE_LINE.exec(line)
    if (!match || !OPERATOR_VERSION.test(match[2])) continue
    const [, head, value, tail] = match
    const v = value.startsWith('v') ? 'v' : ''
    lines[index] = `${head}${v}${newVersion}${tail}`
    return { content: lines.join('\n'), oldVersion: value.slice(v.length) }
  }
  throw new InputError(
    path,
    'has no "VERSION ?= X.Y.Z" line and the repository has no VERSION file; the operator release needs one of them to hold the version'
  )
}
