import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from './errors.js'
import { assertRepoPath } from './repo-path.js'

/** One file that the phase writes: its content before (null when new) and after. */
export interface FileChange {
  path: string
  before: string | null
  after: string
  /** Why it changes, in a few words: "workspace version 0.6.0 -> 0.6.1". */
  reason: string
}

/**
 * The first part of `path` (itself, or a folder on the way) that is a
 * symbolic link in the checkout at `repoDir`, or undefined. The checkout is
 * clean at the commit the release reads, so a link here is a link (mode
 * 120000) in that tree.
 */
export function linkOnPath(repoDir: string, path: string): string | undefined {
  let at = ''
  for (const part of path.replace(/\/$/, '').split('/')) {
    at = at ? `${at}/${part}` : part
    try {
      if (lstatSync(join(repoDir, at)).isSymbolicLink()) return at
    } catch {
      return undefined
    }
  }
  return undefined
}

/**
 * Refuses a symbolic link on `path`: a release reads and writes only the
 * repository's regular files, and a link (to /proc/self/environ, to
 * ../../secret) would hand it bytes from outside the repository.
 */
export function assertNoLink(repoDir: string, path: string): void {
  const link = linkOnPath(repoDir, path)
  if (link !== undefined) {
    throw new InputError(
      link,
      `is a symbolic link; a release reads, copies and edits only regular files of the repository and never follows a link: replace ${link} with the file it points to (or remove it) and run again`
    )
  }
}

/**
 * The text of the repository file at `path` (a repository path: relative,
 * inside, outside .git/), undefined when there is none; a symbolic link on the
 * way is bad input naming it.
 */
export function readRepoFile(repoDir: string, path: string): string | undefined {
  assertRepoPath(path, path)
  assertNoLink(repoDir, path)
  const full = join(repoDir, path)
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined
}

export function requireRepoFile(repoDir: string, path: string, what: string): string {
  const content = readRepoFile(repoDir, path)
  if (content === undefined) {
    throw new InputError(path, `not found in ${repoDir}; ${what}`)
  }
  return content
}

/** A file's new content and why: what an edit function returns. */
export interface FileEdit {
  path: string
  content: string
  reason: string
}

/** The files a plan writes, each read once and kept only when its content changes. */
export class FileEdits {
  private readonly byPath = new Map<string, FileChange>()
  constructor(private readonly repoDir: string) {}

  set(path: string, after: string, reason: string): void {
    const before = this.byPath.get(path)?.before ?? readRepoFile(this.repoDir, path) ?? null
    if (before === after) return
    this.byPath.set(path, { path, before, after, reason })
  }

  /** Sets each edit, in order. */
  add(edits: readonly FileEdit[]): this {
    for (const edit of edits) this.set(edit.path, edit.content, edit.reason)
    return this
  }

  changes(): FileChange[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
  }
}
