import { InputError } from '../release/errors.js'
import { ANY_VERSION_SOURCE, exactVersionRegExp } from '../release/text.js'

export interface ExamplesMakefileUpdate {
  content: string
  /** The version `VERSION ?=` held before. */
  oldVersion: string
}

const INPUT = 'examples/Makefile'
// The first line may start with a UTF-8 byte order mark: it stays in `head`.
const VERSION_LINE = /^(\uFEFF?VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/
const RELEASE_VERSION = /^(v?)(\d+\.\d+\.\d+(?:-rc\d+)?)$/
/**
 * The operator-sdk comment above `VERSION ?=`: its example holds a version of
 * its own (`0.0.2` in bpfman's Makefile up to 0.5.x), not always the old one.
 */
const EXPORT_EXAMPLE = new RegExp(
  `^(#.*\\(e\\.g\\.? export VERSION=)(v?)(?:${ANY_VERSION_SOURCE})(?![0-9]|\\.[0-9])`
)

/**
 * Sets `VERSION ?= X.Y.Z`, and replaces the old version where the comments
 * show it (`make deploy-tc TAG=v0.6.0`,
 * `quay.io/bpfman-bytecode/go-tc-counter:v0.6.0`), keeping a leading "v". The
 * example in `# - use environment variables to overwrite this value (e.g
 * export VERSION=X.Y.Z)` gets the new version whatever version it holds.
 * Other lines of the Makefile are not touched.
 */
export function updateExamplesMakefile(
  content: string,
  newVersion: string
): ExamplesMakefileUpdate {
  const lines = content.split('\n')
  const index = lines.findIndex((line) => VERSION_LINE.test(line))
  if (index < 0) {
    throw new InputError(
      INPUT,
      'has no "VERSION ?= X.Y.Z" line; expected the examples Makefile to set its default VERSION that way'
    )
  }
  const [, head, value, tail] = VERSION_LINE.exec(lines[index]) as RegExpExecArray
  const release = RELEASE_VERSION.exec(value)
  if (!release) {
    throw new InputError(
      INPUT,
      `VERSION ?= holds "${value}", not a version; expected "VERSION ?= X.Y.Z"`
    )
  }
  const [, v, oldVersion] = release
  if (oldVersion === newVersion) return { content, oldVersion }

  const mention = exactVersionRegExp(oldVersion)
  const updated = lines.map((line, i) => {
    if (i === index) return `${head}${v}${newVersion}${tail}`
    if (!line.trimStart().startsWith('#')) return line
    const example = EXPORT_EXAMPLE.exec(line)
    if (example) return `${example[1]}${example[2]}${newVersion}${line.slice(example[0].length)}`
    return line.replace(mention, (_all, prefix: string) => `${prefix}${newVersion}`)
  })
  return { content: updated.join('\n'), oldVersion }
}
