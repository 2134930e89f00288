/**
 * The plan's file changes as a reader takes them in: one line per file,
 * except the files copied from one release folder to the next, which are one
 * line per set of folders ("examples/config/v0.6.1/ and v0.6.1-selinux/: 18
 * files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1")
 * with one of them as the representative diff. The plan, the commit message,
 * the pull request body and the job summary all read these groups.
 */
import { type FileChange } from './files.js'

export interface ChangeGroup {
  /** A path, or the copied folders: "examples/config/v0.6.1/ and v0.6.1-selinux/". */
  label: string
  reason: string
  files: FileChange[]
  /** The diff shown for the group: its first file. */
  representative: FileChange
  /** add when every file is new. */
  status: 'add' | 'modify'
}

const COPY = /^copied from (\S+), (\S+) -> (\S+)$/

/**
 * Why a file is a copy: `source` relative to the folder the release folders
 * sit in (v0.6.0/go-xdp-counter/kustomization.yaml), the version replaced in it.
 */
export function copyReason(source: string, from: string, to: string): string {
  return `copied from ${source}, ${from} -> ${to}`
}

interface Copy {
  file: FileChange
  /** The folder holding the release folders: examples/config/. */
  parent: string
  source: string
  target: string
  from: string
  to: string
}

/** A copy's folders, when its reason is a copyReason and its path ends as its source does. */
function asCopy(file: FileChange): Copy | undefined {
  const match = COPY.exec(file.reason)
  if (!match || file.before !== null) return undefined
  const [, source, from, to] = match
  const slash = source.indexOf('/')
  if (slash <= 0) return undefined
  const rest = source.slice(slash)
  if (!file.path.endsWith(rest)) return undefined
  const targetDir = file.path.slice(0, file.path.length - rest.length)
  const cut = targetDir.lastIndexOf('/') + 1
  return {
    file,
    parent: targetDir.slice(0, cut),
    source: source.slice(0, slash),
    target: targetDir.slice(cut),
    from,
    to
  }
}

/** "a/", "a/ and b/", "a/, b/ and c/". */
function folderList(folders: readonly string[]): string {
  const named = folders.map((folder) => `${folder}/`)
  return named.length < 2
    ? named.join('')
    : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

/** The changes in path order, copies of one release folder set folded into one group. */
export function groupChanges(files: readonly FileChange[]): ChangeGroup[] {
  const groups: ChangeGroup[] = []
  const copies = new Map<string, { group: ChangeGroup; copies: Copy[] }>()
  for (const file of files) {
    const copy = asCopy(file)
    if (!copy) {
      groups.push(single(file))
      continue
    }
    const key = `${copy.parent}\n${copy.from}\n${copy.to}`
    const found = copies.get(key)
    if (found) {
      found.copies.push(copy)
      found.group.files.push(file)
      continue
    }
    const group: ChangeGroup = { ...single(file), files: [file] }
    groups.push(group)
    copies.set(key, { group, copies: [copy] })
  }
  for (const { group, copies: members } of copies.values()) {
    if (members.length < 2) continue
    const [first] = members
    const targets = [...new Set(members.map((copy) => copy.target))].sort()
    const sources = [...new Set(members.map((copy) => copy.source))].sort()
    group.representative = (members.find((copy) => copy.target === targets[0]) ?? first).file
    group.label = `${first.parent}${folderList(targets)}`
    group.reason = `${members.length} files copied from ${folderList(sources)}, version ${first.from} -> ${first.to}`
  }
  return groups
}

function single(file: FileChange): ChangeGroup {
  return {
    label: file.path,
    reason: file.reason,
    files: [file],
    representative: file,
    status: file.before === null ? 'add' : 'modify'
  }
}

/** One line per group, "label: reason", as the commit message lists them. */
export function changeLines(files: readonly FileChange[]): string[] {
  return groupChanges(files).map((group) => `${group.label}: ${group.reason}`)
}
