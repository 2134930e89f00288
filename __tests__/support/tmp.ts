import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh directory under the system temp dir, removed by the returned cleanup. */
export function makeTempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `release-actions-${prefix}-`))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * A copy of `dir` (checkouts, bare remotes, whatever a world keeps on disk)
 * that `restore` puts back in place, at the same path, so that a matrix test
 * builds an expensive world once. Timestamps are kept, so git's index stays
 * valid.
 */
export function snapshotDir(dir: string): { restore: () => void; remove: () => void } {
  const copy = mkdtempSync(`${dir}.snapshot-`)
  const options = { recursive: true, preserveTimestamps: true, verbatimSymlinks: true }
  cpSync(dir, copy, options)
  return {
    restore: () => {
      rmSync(dir, { recursive: true, force: true })
      cpSync(copy, dir, options)
    },
    remove: () => rmSync(copy, { recursive: true, force: true })
  }
}
