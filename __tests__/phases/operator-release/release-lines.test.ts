import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseVersion } from '../../../src/release/version.js'
import { join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { InputError } from '../../../src/release/errors.js'
import {
  type OperatorPrepareSettings,
  planOperatorPrepare
} from '../../../src/phases/operator-release/prepare.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { applyOrThrow } from '../../support/apply.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import { MAINTAINER, TOKEN, operatorWorld, release, type OperatorWorld } from './support.js'

let temp: { dir: string; cleanup: () => void }
const emulators: GitHubEmulator[] = []

beforeAll(() => {
  temp = makeTempDir('operator-lines')
})
afterAll(async () => {
  for (const started of emulators) await started.close()
  temp.cleanup()
})

async function world(name: string, bpfmanReleases: string[]): Promise<OperatorWorld> {
  const emulator = await startGitHubEmulator({ token: TOKEN })
  emulators.push(emulator)
  const created = await operatorWorld(emulator, join(temp.dir, name), { shape: 'version-file' })
  for (const tag of bpfmanReleases) await release(created.octokit, tag)
  return created
}

function inputs(
  w: OperatorWorld,
  version: string,
  overrides: Partial<OperatorPrepareSettings> = {}
): OperatorPrepareSettings {
  return {
    repoDir: w.workDir,
    version: parseVersion(version),
    base: 'main',
    repository: 'bpfman/bpfman-operator',
    offline: false,
    remote: 'origin',
    github: w.github,
    bpfman: w.bpfman,
    bundleCommand: undefined,
    skipGo: true,
    identity: MAINTAINER,
    dryRun: false,
    ...overrides
  }
}

/** A refused prepare: one InputError line, and the checkout and its remote as they were. */
async function expectRefusal(
  w: OperatorWorld,
  version: string,
  message: string,
  overrides: Partial<OperatorPrepareSettings> = {}
): Promise<void> {
  const before = await repoSnapshot(w.workDir, w.remoteDir)
  const attempt = planOperatorPrepare(inputs(w, version, overrides)).then((p) =>
    applyOrThrow(p.plan)
  )
  await expect(attempt).rejects.toThrow(InputError)
  await expect(planOperatorPrepare(inputs(w, version, overrides))).rejects.toThrow(message)
  expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
}

describe('operator-release prepare keeps the version order', () => {
  it('refuses a version behind the tree (VERSION 0.7.0-dev -> 0.6.1), pointing to the patch branch', async () => {
    const w = await world('behind', ['v0.6.1', 'v0.7.0'])
    await w.fixture.repo.commit('Start 0.7.0', { VERSION: '0.7.0-dev\n' })
    await w.fixture.repo.pushAll()
    await expectRefusal(
      w,
      '0.6.1',
      'version: 0.6.1 is behind VERSION on main, which holds 0.7.0-dev (the 0.7 line): the release would move the version back; choose 0.7.0 or 0.7.0-rc1, or release 0.6.1 from a patch branch: patch-of v0.6.0'
    )
  })

  it('refuses a version below a release tag on main, and an rc of a released version', async () => {
    const w = await world('below', ['v0.5.7'])
    await expectRefusal(
      w,
      '0.5.7',
      'version: 0.5.7 is not greater than 0.6.0, the newest release on main (tag v0.6.0); choose 0.6.1 or 0.7.0'
    )
    await expectRefusal(
      w,
      '0.6.0-rc3',
      'version: 0.6.0-rc3 is a release candidate of 0.6.0, which is released (tag v0.6.0); choose 0.6.1-rc1 or 0.7.0-rc1'
    )
  })
})

/** Merges the local release branch into main as GitHub would, tags it, and pushes both. */
async function mergeAndTag(w: OperatorWorld, version: string): Promise<void> {
  const git = new FixtureGit(w.workDir)
  await git.exec([
    'merge',
    '--quiet',
    '--no-ff',
    '-m',
    `Merge pull request #1 from bpfman/release-v${version}\n\nRelease v${version}`,
    `release-v${version}`
  ])
  await git.exec(['tag', '--annotate', '-m', `v${version}`, `v${version}`])
  await git.exec(['push', '--quiet', 'origin', 'main', `v${version}`])
}

describe('operator release candidates: rc1 -> rc2 -> final, gated on bpfman', () => {
  it("builds each rc on bpfman's same version, else its newest rc of X.Y.Z; the final needs bpfman's final", async () => {
    const w = await world('rcs', ['v0.7.0-rc1'])
    const local = { remote: undefined }
    const rc1 = await planOperatorPrepare(inputs(w, '0.7.0-rc1', local))
    expect(rc1.plan.files.map((file) => file.path)).toEqual([
      'VERSION',
      'changelogs/CHANGELOG-v0.7.0-rc1.md'
    ])
    expect(rc1.plan.notes).toContainEqual({
      kind: 'info',
      message: expect.stringMatching(/^bpfman v0\.7\.0-rc1 is released: http/)
    })
    expect(rc1.plan.notes).toContainEqual({
      kind: 'info',
      path: 'go.mod',
      message:
        'stays on github.com/bpfman/bpfman v0.6.0; the release candidate is gated on bpfman v0.7.0-rc1'
    })
    await applyOrThrow(rc1.plan)
    await mergeAndTag(w, '0.7.0-rc1')

    // One bpfman rc serves several operator rcs.
    const rc2 = await planOperatorPrepare(inputs(w, '0.7.0-rc2', local))
    expect(rc2.plan.notes).toContainEqual({
      kind: 'info',
      message: expect.stringMatching(
        /^bpfman v0\.7\.0-rc2 is not released; its newest release candidate of 0\.7\.0 is: v0\.7\.0-rc1 \(http.*\), which this release candidate builds on$/
      )
    })
    expect(rc2.plan.notes).toContainEqual({
      kind: 'info',
      path: 'go.mod',
      message:
        'stays on github.com/bpfman/bpfman v0.6.0; the release candidate is gated on bpfman v0.7.0-rc1'
    })
    await applyOrThrow(rc2.plan)
    await mergeAndTag(w, '0.7.0-rc2')

    await expectRefusal(
      w,
      '0.7.0',
      'version: bpfman v0.7.0 is not released in bpfman/bpfman; the operator release builds on it'
    )
    // A jump past 0.7.0, allowed here so that the gate is what refuses it.
    await expectRefusal(
      w,
      '0.8.0-rc1',
      'version: bpfman has released neither v0.8.0-rc1 nor another release candidate of 0.8.0 in bpfman/bpfman',
      { allowJump: true }
    )
    await expectRefusal(
      w,
      '0.7.0-rc2',
      'version: tag v0.7.0-rc2 already exists: 0.7.0-rc2 is released; choose 0.7.0-rc3 or 0.7.0'
    )
    await release(w.octokit, 'v0.7.0')
    const final = await planOperatorPrepare(inputs(w, '0.7.0', local))
    expect(final.plan.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['VERSION', 'changelogs/CHANGELOG-v0.7.0.md'])
    )
    const changelog = final.plan.files.find((file) => file.path.startsWith('changelogs/'))
    expect(changelog?.reason).toBe('release notes since v0.6.0')
    expect(rc2.plan.files.find((file) => file.path.startsWith('changelogs/'))?.reason).toBe(
      'release notes since v0.7.0-rc1'
    )
  })
})
