import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { writeTree } from '../../sandbox/fixtures/git-fixture.js'
import { type FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { Git } from '../../src/effects/git.js'
import { BPFMAN_PRESET } from '../../src/release/config.js'
import { FileEdits } from '../../src/release/files.js'
import { type PlanNote } from '../../src/release/plan.js'
import { type ReleaseVersion, parseVersion } from '../../src/release/version.js'
import { type LockfileMode } from '../../src/steps/lockfile-mode.js'
import { planReleaseEdits } from '../../src/steps/bpfman-edits.js'
import { makeTempDir } from '../support/tmp.js'

// Every edit that makes the fixture bpfman tree say a version, on a real
// checkout (two example programs, to keep it small), with real cargo for
// `lockfile: generate`.

let temp: { dir: string; cleanup: () => void }
let repoDir: string
let git: Git
/** The checkout, for the test's own commands. */
let fixtureGit: FixtureGit
let baseCommit: string
let tracked: string[]
beforeAll(async () => {
  temp = makeTempDir('bpfman-edits-step')
  const fixture = await createBpfmanFixture(temp.dir, { examples: ['go-xdp-counter', 'go-target'] })
  repoDir = fixture.workDir
  git = new Git(repoDir)
  fixtureGit = fixture.repo.git
  baseCommit = await fixture.repo.git.head()
  tracked = (await git.filesAt(baseCommit)).map((entry) => entry.name)
})
afterAll(() => temp.cleanup())

async function plan(
  version: ReleaseVersion,
  lockfile: LockfileMode = 'workspace',
  dir = repoDir
): Promise<{ edits: FileEdits; notes: PlanNote[]; oldVersion: string }> {
  const { files, notes, oldVersion } = await planReleaseEdits({
    repoDir: dir,
    config: BPFMAN_PRESET,
    version,
    previous: parseVersion('0.6.0'),
    lockfile,
    git,
    baseCommit,
    tracked
  })
  return { edits: new FileEdits(dir).add(files), notes, oldVersion }
}

const paths = (edits: FileEdits): string[] => edits.changes().map((change) => change.path)

describe('planReleaseEdits', () => {
  it('a final release edits Cargo.toml, Cargo.lock, the examples, the dispatchers and the docs', async () => {
    const { edits, notes, oldVersion } = await plan(parseVersion('0.6.1'))
    expect(oldVersion).toBe('0.6.0')
    expect(paths(edits)).toEqual(
      expect.arrayContaining([
        'Cargo.toml',
        'Cargo.lock',
        'examples/Makefile',
        'examples/config/v0.6.1/go-xdp-counter/kustomization.yaml',
        'examples/config/v0.6.1-selinux/go-target/kustomization.yaml',
        'bpfman/src/lib.rs',
        'docs/getting-started/running-release.md'
      ])
    )
    const cargo = edits.changes().find((change) => change.path === 'Cargo.toml')
    expect(cargo?.after).toContain('version = "0.6.1"')
    expect(cargo?.after).toContain('bpfman-csi = { version = "1.8.0"')
    expect(notes).toEqual([])
  })

  it('on a tree the release already edited there is nothing to edit (how tag-release verifies a merge)', async () => {
    const { edits } = await plan(parseVersion('0.6.1'))
    const copy = makeTempDir('bpfman-edits-released')
    try {
      await fixtureGit.exec([
        'worktree',
        'add',
        '--quiet',
        '--detach',
        join(copy.dir, 'tree'),
        baseCommit
      ])
      const tree = join(copy.dir, 'tree')
      writeTree(
        tree,
        Object.fromEntries(edits.changes().map((change) => [change.path, change.after]))
      )
      const again = await plan(parseVersion('0.6.1'), 'workspace', tree)
      expect(again.oldVersion).toBe('0.6.1')
      expect(paths(again.edits)).toEqual([])
    } finally {
      await fixtureGit.exec(['worktree', 'remove', '--force', join(copy.dir, 'tree')])
      copy.cleanup()
    }
  })

  it("a release candidate makes only the config's prereleaseEdits, and says which it leaves out", async () => {
    const { edits, notes } = await plan(parseVersion('0.6.1-rc1'))
    expect(paths(edits)).toEqual(['Cargo.lock', 'Cargo.toml'])
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        message: expect.stringContaining(
          'release candidate: the lighter path edits Cargo.toml, Cargo.lock, the changelog; not examples/Makefile'
        )
      })
    ])
  })

  it('lockfile none leaves Cargo.lock to the maintainer, with a note', async () => {
    const { edits, notes } = await plan(parseVersion('0.6.1'), 'none')
    expect(paths(edits)).not.toContain('Cargo.lock')
    expect(notes).toEqual([
      { kind: 'skipped', path: 'Cargo.lock', message: 'lockfile: none; update it yourself' }
    ])
  })

  it('lockfile generate runs cargo generate-lockfile in a throwaway worktree; the checkout is untouched', async () => {
    const generated = await plan(parseVersion('0.6.1'), 'generate')
    const workspace = await plan(parseVersion('0.6.1'), 'workspace')
    const lock = (edits: FileEdits) => edits.changes().find((c) => c.path === 'Cargo.lock')
    expect(lock(generated.edits)?.reason).toBe('cargo generate-lockfile')
    expect(lock(generated.edits)?.after).toBe(lock(workspace.edits)?.after)
    expect((await git.status()).changes).toEqual([])
    const worktrees = await fixtureGit.exec(['worktree', 'list', '--porcelain'])
    expect(worktrees.match(/^worktree /gm)).toHaveLength(1)
  }, 60_000)
})
