// The trees the bench works on: fixture bpfman repositories built once per run,
// packed as a clone is, and copied afresh for every measured run.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createBpfmanFixture } from '../sandbox/fixtures/bpfman.js'
import { FIXTURE_IDENTITY } from '../sandbox/fixtures/git-fixture.js'

export interface TreeSpec {
  /** A short name for the printed figures. */
  name: string
  /** The version released on this tree. */
  version: string
  releases?: string[]
  examples?: string[]
  fillerFiles: number
}

/** A bpfman-sized tree (about 600 files): the sandbox's bpfman fixture (releases 0.5.5, 0.5.6, 0.6.0) with filler. */
export const BPFMAN_TREE: TreeSpec = { name: 'bpfman-sized', version: '0.6.1', fillerFiles: 497 }

/** The synthetic tree of the first benchmark (2,926 files): eight releases, ten example folders each. */
export const SYNTHETIC_TREE: TreeSpec = {
  name: 'synthetic',
  version: '0.5.5',
  releases: ['0.4.0', '0.4.1', '0.4.2', '0.5.0', '0.5.1', '0.5.2', '0.5.3', '0.5.4'],
  examples: [
    'go-app-counter',
    'go-kprobe-counter',
    'go-target',
    'go-tc-counter',
    'go-tcx-counter',
    'go-tracepoint-counter',
    'go-uprobe-counter',
    'go-uretprobe-counter',
    'go-xdp-counter',
    'go-xdp-counter-sharing-map'
  ],
  fillerFiles: 2700
}

export interface Tree {
  spec: TreeSpec
  /** The template work tree (with .git): never worked on, only copied. */
  template: string
  /** Tracked files. */
  files: number
  /** The release the fixture is at. */
  currentVersion: string
}

export async function buildTree(root: string, spec: TreeSpec): Promise<Tree> {
  const dir = join(root, `tree-${spec.name}`)
  mkdirSync(dir, { recursive: true })
  const fixture = await createBpfmanFixture(dir, {
    releases: spec.releases,
    examples: spec.examples,
    fillerFiles: spec.fillerFiles
  })
  // A clone's objects come packed.
  execFileSync('git', ['repack', '-a', '-d', '-q'], { cwd: fixture.workDir })
  execFileSync('git', ['prune-packed'], { cwd: fixture.workDir })
  const files = execFileSync('git', ['ls-files'], { cwd: fixture.workDir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean).length
  return { spec, template: fixture.workDir, files, currentVersion: fixture.currentVersion }
}

/**
 * A fresh copy of the tree's checkout, in a new folder under `root`: a local
 * clone (objects hard-linked, every branch and tag), checked out on main with a
 * fresh index, as a runner's checkout is. (A copy of the work tree would leave
 * an index whose stat data no longer matches, and the first git command of a
 * run would re-hash every file.)
 */
export function freshCopy(root: string, tree: Tree): string {
  const dir = join(mkdtempSync(join(root, 'copy-')), 'bpfman')
  execFileSync(
    'git',
    [
      'clone',
      '--quiet',
      '--local',
      '--branch',
      'main',
      '--config',
      `user.name=${FIXTURE_IDENTITY.name}`,
      '--config',
      `user.email=${FIXTURE_IDENTITY.email}`,
      '--config',
      'commit.gpgsign=false',
      tree.template,
      dir
    ],
    { stdio: 'ignore' }
  )
  return dir
}

/**
 * `count` fresh copies, made before any is measured: once a second has passed
 * since the last clone, each index is refreshed, so that no entry is "racily
 * clean" (as new as the index itself) and no run re-hashes the files it did not
 * change.
 */
export function freshCopies(root: string, tree: Tree, count: number): string[] {
  const copies = Array.from({ length: count }, () => freshCopy(root, tree))
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100)
  for (const dir of copies) {
    execFileSync('git', ['update-index', '-q', '--really-refresh'], { cwd: dir, stdio: 'ignore' })
  }
  return copies
}

/** Removes a copy made by freshCopy (its parent folder). */
export function removeCopy(dir: string): void {
  rmSync(join(dir, '..'), { recursive: true, force: true })
}
