import { parse } from '../release/toml.js'
import { InputError } from '../release/errors.js'
import { locateTomlStrings, pathKey, type TomlStringLocation } from '../release/toml-strings.js'
import { spliceAll, type TextEdit } from '../release/text.js'

export interface CargoTomlUpdate {
  content: string
  /** The `[workspace.package] version` found in the file. */
  oldVersion: string
  /** The `[workspace.dependencies]` entries whose version changed, in file order. */
  bumped: string[]
}

const INPUT = 'Cargo.toml'
const EXPECTED =
  'expected the workspace root Cargo.toml with a [workspace.package] table holding version = "X.Y.Z"'

/**
 * Sets the workspace version, and the version of every path dependency in
 * `[workspace.dependencies]` that was released with the workspace (its version
 * equals the old workspace version). Crates with their own version line
 * (bpfman-csi) and registry dependencies keep theirs.
 */
export function updateCargoToml(content: string, newVersion: string): CargoTomlUpdate {
  const document = parseToml(content)
  const workspace = table(document.workspace)
  const oldVersion = table(workspace?.package)?.version
  if (typeof oldVersion !== 'string') {
    throw new InputError(INPUT, `no [workspace.package] version; ${EXPECTED}`)
  }
  if (oldVersion === newVersion) return { content, oldVersion, bumped: [] }

  const strings = locateTomlStrings(content)
  const edits: TextEdit[] = [
    replaceLiteral(strings, ['workspace', 'package', 'version'], oldVersion, newVersion)
  ]
  const bumped: { name: string; start: number }[] = []
  for (const [name, spec] of Object.entries(table(workspace?.dependencies) ?? {})) {
    const dependency = table(spec)
    if (typeof dependency?.path !== 'string' || dependency.version !== oldVersion) continue
    const edit = replaceLiteral(
      strings,
      ['workspace', 'dependencies', name, 'version'],
      oldVersion,
      newVersion
    )
    edits.push(edit)
    bumped.push({ name, start: edit.start })
  }
  return {
    content: spliceAll(content, edits),
    oldVersion,
    bumped: bumped.sort((a, b) => a.start - b.start).map(({ name }) => name)
  }
}

function parseToml(content: string): Record<string, unknown> {
  try {
    return parse(content) as Record<string, unknown>
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(INPUT, `is not valid TOML (${reason}); ${EXPECTED}`)
  }
}

function table(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** The edit that swaps the text between the quotes of one string value. */
function replaceLiteral(
  strings: Map<string, TomlStringLocation>,
  path: string[],
  expected: string,
  replacement: string
): TextEdit {
  const location = strings.get(pathKey(path))
  if (!location || location.value !== expected) {
    throw new InputError(
      INPUT,
      `${path.join('.')} = "${expected}" is not written as a one-line string; write it as ${path.at(-1)} = "${expected}"`
    )
  }
  return { start: location.start + 1, end: location.end - 1, text: replacement }
}
