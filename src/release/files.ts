import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from './errors.js'
import { type FileChange } from './plan.js'

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
