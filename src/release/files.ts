import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from './errors.js'

/** One file that the phase writes: its content before (null when new) and after. */
export interface FileChange {
  path: string
  before: string | null
  after: string
  /** Why it changes, in a few words: "workspace version 0.6.0 -> 0.6.1". */
  reason: string
}

export function readRepoFile(repoDir: string, path: string): string | undefined {
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

/** The files a plan writes, each read once and kept only when its content changes. */
export class FileEdits {
  private readonly byPath = new Map<string, FileChange>()
  constructor(private readonly repoDir: string) {}

  set(path: string, after: string, reason: string): void {
    const before = this.byPath.get(path)?.before ?? readRepoFile(this.repoDir, path) ?? null
    if (before === after) return
    this.byPath.set(path, { path, before, after, reason })
  }

  changes(): FileChange[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
  }
}
