import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseVersion } from '../../src/release/version.js'
import { join } from 'node:path'
import { Git } from '../../src/effects/git.js'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { planPrepare } from '../../src/phases/prepare-release/plan.js'
import { type PrepareSettings } from '../../src/phases/prepare-release/settings.js'
import { applyPlan } from '../../src/release/plan.js'
import { isEarlierReleaseBranch } from '../../src/steps/cherry-picks.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import {
  type ReleaseLinesFixture,
  createReleaseLinesFixture
} from '../../sandbox/fixtures/release-lines.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { applyOrThrow } from '../support/apply.js'
import { repoSnapshot } from '../support/git-state.js'
import { makeTempDir } from '../support/tmp.js'

// A patch release's branch is its release commit on the picks, on the patch
// branch's tip. When the patch branch moves between two runs (a fix merged
// there), the earlier run's release branch is not on the new tip, yet it is
// ours: its picks are cherry-picks of this run's cherry-pick input. The rerun
// replaces it (isEarlierReleaseBranch). A branch with a pick the input does
// not name (a maintainer's own `git cherry-pick -x`) is someone else's work: refused.

const TOKEN = 'patch-moved-token'
const RELEASER = { name: 'Release Bot', email: 'release-bot@example.com' }
const PATCH = 'release-v0.6.0-patch'
const BRANCH = 'release-v0.6.1'

let temp: { dir: string; cleanup: () => void }
let fixture: ReleaseLinesFixture
let emulator: GitHubEmulator
let github: GitHubClient

beforeAll(async () => {
  temp = makeTempDir('patch-moved')
  fixture = await createReleaseLinesFixture(temp.dir)
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: fixture.remoteDir })
  github = new GitHubClient(createOctokit(TOKEN, emulator.url), { owner: 'bpfman', repo: 'bpfman' })
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

const settings = (cherryPick: string): PrepareSettings => ({
  repoDir: fixture.workDir,
  version: parseVersion('0.6.1'),
  base: 'main',
  repository: 'bpfman/bpfman',
  lockfile: 'workspace',
  offline: true,
  remote: 'origin',
  github,
  identity: RELEASER,
  patchOf: 'v0.6.0',
  cherryPick,
  patchLines: true,
  dryRun: false
})

/** A maintainer's commit on `branch` of the remote, from a clone of their own; its id. */
async function pushToRemote(branch: string, file: string): Promise<string> {
  const dir = join(temp.dir, `clone-${file}`)
  const git = new FixtureGit(temp.dir)
  await git.exec(['clone', '--quiet', '--branch', branch, fixture.remoteDir, dir])
  const clone = new FixtureGit(dir)
  await clone.exec(['config', 'user.name', 'A Maintainer'])
  await clone.exec(['config', 'user.email', 'maintainer@example.com'])
  await clone.exec(['commit', '--quiet', '--allow-empty', '-m', `Add ${file}`])
  await clone.exec(['push', '--quiet', 'origin', branch])
  return (await clone.exec(['rev-parse', 'HEAD'])).trim()
}

describe('the patch branch moved between two runs of a patch release', () => {
  it("the rerun replaces the earlier run's release branch onto the new patch tip; one pull request", async () => {
    const picks = `#1501,${fixture.squash.slice(0, 10)}`
    await applyOrThrow((await planPrepare(settings(picks))).plan)
    const remote = new FixtureGit(fixture.remoteDir)
    const first = (await remote.exec(['rev-parse', BRANCH])).trim()

    const moved = await pushToRemote(PATCH, 'a-patch-branch-fix')
    const again = await planPrepare(settings(picks))
    const rerun = await applyOrThrow(again.plan)
    expect(rerun.applied.find((step) => step.title.startsWith('push'))?.outcome).toEqual({
      status: 'done',
      detail: `replaced ${first.slice(0, 12)}`
    })
    const subjects = await remote.exec(['log', '--format=%s', `${moved}..${BRANCH}`])
    expect(subjects.trim().split('\n')).toEqual([
      'Release v0.6.1',
      'Fix the uprobe offset (#1505)',
      'Merge pull request #1501 from anfredette/pr-1501'
    ])
    const pulls = emulator.state.pulls.filter((pull) => pull.head.ref === BRANCH)
    expect(pulls.map((pull) => [pull.state, pull.base.ref])).toEqual([['open', PATCH]])
  })

  it('a release branch with a pick the input does not name is refused, naming it; nothing changed', async () => {
    // A maintainer adds their own cherry-pick under the release commit of the branch.
    const remote = new FixtureGit(fixture.remoteDir)
    const tip = (await remote.exec(['rev-parse', BRANCH])).trim()
    const git = new Git(fixture.workDir)
    await new FixtureGit(fixture.workDir).exec(['fetch', '--quiet', 'origin', BRANCH])
    const parent = (await git.parentOf(tip)) as string
    const theirs = await git.commitFiles(
      parent,
      [{ path: 'notes/theirs.txt', content: 'theirs\n' }],
      `Their fix\n\n(cherry picked from commit ${fixture.merges[1504]})`,
      { name: 'A Maintainer', email: 'maintainer@example.com' }
    )
    const release = await git.commitFiles(theirs.commit, [], 'Release v0.6.1', RELEASER)
    await new FixtureGit(fixture.workDir).exec([
      'push',
      '--quiet',
      '--force',
      'origin',
      `${release.commit}:refs/heads/${BRANCH}`
    ])
    const patchTip = (await remote.exec(['rev-parse', PATCH])).trim()
    const named = [fixture.merges[1501], fixture.squash]
    expect(await isEarlierReleaseBranch(git, patchTip, release.commit, 'Release v0.6.1')).toBe(true)
    expect(
      await isEarlierReleaseBranch(git, patchTip, release.commit, 'Release v0.6.1', named)
    ).toBe(false)

    await pushToRemote(PATCH, 'another-patch-branch-fix')
    const before = await repoSnapshot(fixture.workDir, fixture.remoteDir)
    const again = await planPrepare(settings(`#1501,${fixture.squash.slice(0, 10)}`)).catch(
      (error: Error) => error
    )
    const error = (
      again instanceof Error ? again : ((await applyPlan(again.plan)).error ?? new Error('applied'))
    ) as Error
    expect(error.message).toContain(
      `commit(s) that release-actions did not make: ${release.commit.slice(0, 12)} "Release v0.6.1", ${theirs.commit.slice(0, 12)} "Their fix"`
    )
    expect(error.message).toContain(`origin/${BRANCH} holds`)
    expect(await repoSnapshot(fixture.workDir, fixture.remoteDir)).toEqual(before)
  })
})
