import { InputError } from '../release/errors.js'
import { escapeRegExp } from '../release/text.js'

export interface CargoLockUpdate {
  content: string
  /** The workspace members whose version changed, in file order. */
  packages: string[]
}

const INPUT = 'Cargo.lock'
const HEADER = /^\uFEFF?\[\[package\]\]\r?$/ // a byte order mark may open the file
const FIELD = /^(name|version|source) = "([^"]*)"\r?$/

interface LockPackage {
  name?: string
  version?: string
  source?: string
  /** Index of the `version = ` line. */
  versionLine?: number
}

/**
 * Moves the workspace members (`[[package]]` entries without a `source`) from
 * `oldVersion` to `newVersion`, as `cargo update --workspace` would, by editing
 * only their `version = ` lines and the `"name oldVersion"` dependency entries
 * that name them. Registry crates keep their version even when it is the same
 * number, and so do members with a version of their own (bpfman-csi).
 */
export function updateCargoLock(
  content: string,
  oldVersion: string,
  newVersion: string
): CargoLockUpdate {
  const lines = content.split('\n')
  const packages = readPackages(lines)
  if (packages.length === 0) {
    throw new InputError(
      INPUT,
      'has no [[package]] entries; expected a Cargo.lock written by cargo'
    )
  }
  const members = packages.filter(
    (pkg) => pkg.source === undefined && pkg.version === oldVersion && pkg.name !== undefined
  )
  if (oldVersion === newVersion || members.length === 0) return { content, packages: [] }

  for (const member of members) {
    if (member.versionLine === undefined) continue
    lines[member.versionLine] = lines[member.versionLine].replace(
      `"${oldVersion}"`,
      `"${newVersion}"`
    )
  }
  // Cargo writes "name version" in a dependency list only when two versions of
  // a crate are locked; such an entry without a "(source)" suffix names a member.
  const names = members.map((member) => escapeRegExp(member.name as string)).join('|')
  const entry = new RegExp(`^(\\s*")(${names}) ${escapeRegExp(oldVersion)}(",?\\r?)$`)
  const updated = lines.map((line) =>
    line.replace(
      entry,
      (_all, head: string, name: string, tail: string) => `${head}${name} ${newVersion}${tail}`
    )
  )
  return { content: updated.join('\n'), packages: members.map((member) => member.name as string) }
}

function readPackages(lines: readonly string[]): LockPackage[] {
  const packages: LockPackage[] = []
  let current: LockPackage | undefined
  lines.forEach((line, index) => {
    if (HEADER.test(line)) {
      current = {}
      packages.push(current)
      return
    }
    if (line.startsWith('[')) {
      current = undefined
      return
    }
    const field = current && FIELD.exec(line)
    if (!current || !field) return
    const [, key, value] = field
    if (key === 'name') current.name = value
    if (key === 'source') current.source = value
    if (key === 'version') {
      current.version = value
      current.versionLine = index
    }
  })
  return packages
}
