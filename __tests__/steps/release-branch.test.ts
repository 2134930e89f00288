import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { FOREIGN_AUTHOR, injectPushFault } from '../../sandbox/git-faults.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { PushRejected } from '../../src/effects/git.js'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { InputError } from '../../src/release/errors.js'
import { type FileChange } from '../../src/release/files.js'
import { type ApplyResult, applyPlan } from '../../src/release/plan.js'
import { parseVersion } from '../../src/release/version.js'
import { type BaseCheckout } from '../../src/steps/checkout.js'
import {
  branchGuard,
  pushWithLease,
  releaseBranchGuard,
  releaseBranchOperations
} from '../../src/steps/release-branch.js'
import { type StepWorld, startStepWorld } from '../support/step-world.js'

// The rules that make a rerun of a prepare safe, on the release branch step
// alone: real git (a checkout and its bare remote in a temporary folder) and
// the GitHub emulator over HTTP for the pull request.

const TOKEN = 'release-branch-token'
const RELEASER = { name: 'Release Bot', email: 'release-bot@example.com' }
const VERSION = parseVersion('0.6.1')
const BRANCH = 'release-v0.6.1'
const FILES: FileChange[] = [
  {
    path: 'Cargo.toml',
    before: 'version = "0.6.0"\n',
    after: 'version = "0.6.1"\n',
    reason: 'workspace version 0.6.0 -> 0.6.1'
  }
]

type World = StepWorld

async function checkoutAtMain(world: World): Promise<BaseCheckout> {
  const baseCommit = await world.fixture.head()
  return { git: world.git, baseRef: 'refs/heads/main', baseCommit, tags: [], mergedTags: [] }
}

/** The release branch's operations, applied as the driver applies a plan. */
async function publish(
  world: World,
  options: {
    remote?: string
    github?: GitHubClient
    files?: FileChange[]
    eventsStartWorkflows?: boolean
  } = {}
): Promise<ApplyResult & { statuses: string[]; details: string[] }> {
  const checkout = await checkoutAtMain(world)
  const { remote, github } = options
  const files = options.files ?? FILES
  const published = releaseBranchOperations({
    project: 'bpfman',
    phase: 'prepare-release',
    github,
    remote,
    base: 'main',
    identity: RELEASER,
    checkout,
    version: VERSION,
    previous: parseVersion('0.6.0'),
    files,
    notes: [],
    labels: ['release'],
    afterMerge: 'tag-release tags the merge commit.',
    guard: releaseBranchGuard({ checkout, remote, version: VERSION }),
    eventsStartWorkflows: options.eventsStartWorkflows ?? true
  })
  const result = await applyPlan({
    phase: 'prepare-release',
    repository: 'bpfman/bpfman',
    version: VERSION.version,
    files,
    operations: published.operations,
    notes: []
  })
  return {
    ...result,
    statuses: result.applied.map((op) => op.outcome.status),
    details: result.applied.map((op) => op.outcome.detail ?? '')
  }
}

const tipOf = async (git: FixtureGit, branch = BRANCH): Promise<string> =>
  (await git.exec(['rev-parse', `refs/heads/${branch}`])).trim()

/** A commit by someone else on top of `branch` in `git`, as a maintainer would push it. */
async function theirCommit(git: FixtureGit, branch: string, subject: string): Promise<string> {
  const tree = (await git.exec(['rev-parse', `refs/heads/${branch}^{tree}`])).trim()
  const parent = await tipOf(git, branch)
  const commit = (
    await git.exec(['commit-tree', tree, '-p', parent, '-m', subject], undefined, {
      GIT_AUTHOR_NAME: FOREIGN_AUTHOR.name,
      GIT_AUTHOR_EMAIL: FOREIGN_AUTHOR.email,
      GIT_COMMITTER_NAME: FOREIGN_AUTHOR.name,
      GIT_COMMITTER_EMAIL: FOREIGN_AUTHOR.email
    })
  ).trim()
  await git.exec(['update-ref', `refs/heads/${branch}`, commit])
  return commit
}

/** Moves main on by a merged change, as happens between two runs of a prepare. */
async function mainMovesOn(world: World): Promise<string> {
  const commit = await world.repo.commit('docs: a change merged meanwhile', { 'docs.md': 'x\n' })
  await world.fixture.exec(['push', '--quiet', 'origin', 'main'])
  return commit
}

describe('the release commit, without a remote', () => {
  let world: World
  beforeEach(async () => {
    world = await startStepWorld('release-branch-step')
  })
  afterEach(() => world.cleanup())

  it('a first run commits the files on release-v0.6.1 from the base, signed off; the checkout does not move', async () => {
    const base = await world.fixture.head()
    const result = await publish(world)
    expect(result.error).toBeUndefined()
    expect(result.statuses).toEqual(['done'])
    const tip = await tipOf(world.fixture)
    expect((await world.fixture.exec(['rev-parse', `${tip}^`])).trim()).toBe(base)
    expect(await world.fixture.exec(['show', `${tip}:Cargo.toml`])).toBe('version = "0.6.1"\n')
    const message = await world.fixture.exec(['log', '-1', '--format=%B', tip])
    expect(message).toContain(
      'Release v0.6.1\n\nPrepare the bpfman v0.6.1 release (previous: v0.6.0):'
    )
    expect(message).toContain('Signed-off-by: Release Bot <release-bot@example.com>')
    expect(await world.fixture.head()).toBe(base)
    expect(await world.fixture.currentBranch()).toBe('main')
    expect(await world.fixture.exec(['status', '--porcelain'])).toBe('')
  })

  it('a rerun finds the same tree on the same parent and reuses that commit', async () => {
    await publish(world)
    const first = await tipOf(world.fixture)
    const rerun = await publish(world)
    expect(rerun.error).toBeUndefined()
    expect(rerun.statuses).toEqual(['unchanged'])
    expect(rerun.details).toEqual([`branch already at ${first.slice(0, 12)}`])
    expect(await tipOf(world.fixture)).toBe(first)
  })

  it('a rerun with other files makes a new commit on the base in place of the earlier one', async () => {
    await publish(world)
    const first = await tipOf(world.fixture)
    const other = [{ ...FILES[0], after: 'version = "0.6.1" # again\n' }]
    const rerun = await publish(world, { files: other })
    expect(rerun.statuses).toEqual(['done'])
    const tip = await tipOf(world.fixture)
    expect(tip).not.toBe(first)
    expect((await world.fixture.exec(['rev-parse', `${tip}^`])).trim()).toBe(
      await world.fixture.head()
    )
  })

  it('our branch made from an older base is replaced by a commit on the new base', async () => {
    await publish(world)
    const old = await tipOf(world.fixture)
    const base = await mainMovesOn(world)
    const rerun = await publish(world)
    expect(rerun.error).toBeUndefined()
    expect(rerun.statuses).toEqual(['done'])
    const tip = await tipOf(world.fixture)
    expect(tip).not.toBe(old)
    expect((await world.fixture.exec(['rev-parse', `${tip}^`])).trim()).toBe(base)
  })

  it("a local branch holding someone else's commit is refused, naming it, and left as it is", async () => {
    await publish(world)
    const theirs = await theirCommit(world.fixture, BRANCH, 'Hand-written release note fix')
    const rerun = await publish(world)
    expect(rerun.error).toBeInstanceOf(InputError)
    expect((rerun.error as Error).message).toContain(
      `the local branch ${BRANCH} holds 1 commit(s) that release-actions did not make: ${theirs.slice(0, 12)} "Hand-written release note fix"; it was left as it is`
    )
    expect(rerun.applied).toEqual([])
    expect(await tipOf(world.fixture)).toBe(theirs)
  })

  it('a branch whose tip the base already holds is built upon, whatever its commits', async () => {
    const older = (await world.fixture.exec(['rev-parse', 'HEAD'])).trim()
    await world.fixture.exec(['branch', BRANCH, older])
    await mainMovesOn(world)
    const result = await publish(world)
    expect(result.error).toBeUndefined()
    expect(result.statuses).toEqual(['done'])
    expect((await world.fixture.exec(['rev-parse', `${BRANCH}^`])).trim()).toBe(
      await world.fixture.head()
    )
  })

  it('the guard accepts foreign commits only where `replaceable` says they are an earlier run of ours', async () => {
    await publish(world)
    const theirs = await theirCommit(world.fixture, BRANCH, 'An earlier pick')
    const baseCommit = await world.fixture.head()
    const guard = (replaceable: boolean) =>
      branchGuard({
        git: world.git,
        remote: undefined,
        branch: BRANCH,
        baseCommit,
        subject: 'Release v0.6.1',
        replaceable: async (tip) => replaceable && tip === theirs
      })
    await expect(guard(true).tips()).resolves.toEqual({ local: theirs, remote: undefined })
    await expect(guard(false).tips()).rejects.toThrow(`${theirs.slice(0, 12)} "An earlier pick"`)
  })

  it('the guard reads the tips once, however often it is asked', async () => {
    await publish(world)
    const guard = branchGuard({
      git: world.git,
      remote: undefined,
      branch: BRANCH,
      baseCommit: await world.fixture.head(),
      subject: 'Release v0.6.1'
    })
    const first = await guard.tips()
    await theirCommit(world.fixture, BRANCH, 'Later')
    expect(await guard.tips()).toBe(first)
  })
})

describe('the release branch pushed, and its pull request (a bare remote, the emulator)', () => {
  let world: World
  let emulator: GitHubEmulator
  let github: GitHubClient
  const saved = process.env.RELEASE_ACTIONS_SECOND_MS
  beforeAll(() => {
    process.env.RELEASE_ACTIONS_SECOND_MS = '1'
  })
  afterAll(() => {
    process.env.RELEASE_ACTIONS_SECOND_MS = saved
  })
  beforeEach(async () => {
    world = await startStepWorld('release-branch-step')
    emulator = await startGitHubEmulator({ token: TOKEN })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: world.repo.remoteDir })
    github = new GitHubClient(createOctokit(TOKEN, emulator.url), {
      owner: 'bpfman',
      repo: 'bpfman'
    })
  })
  afterEach(async () => {
    await emulator.close()
    world.cleanup()
  })
  const online = () => publish(world, { remote: 'origin', github })

  it('a first run pushes a new branch and opens one labelled pull request', async () => {
    const result = await online()
    expect(result.error).toBeUndefined()
    expect(result.statuses).toEqual(['done', 'done', 'done', 'done'])
    expect(result.details[1]).toBe('new branch')
    expect(await tipOf(world.remote)).toBe(await tipOf(world.fixture))
    expect(emulator.state.pulls.map((pull) => [pull.head.ref, pull.base.ref, pull.title])).toEqual([
      [BRANCH, 'main', 'Release v0.6.1']
    ])
    expect(emulator.state.pulls[0].labels).toEqual(['release'])
    expect(result.details[2]).not.toContain('manual step')
  })

  it('with GITHUB_TOKEN, the pull request step names the manual step: its CI does not run by itself', async () => {
    const result = await publish(world, { remote: 'origin', github, eventsStartWorkflows: false })
    expect(result.statuses).toEqual(['done', 'done', 'done', 'done'])
    expect(result.details[2]).toMatch(
      /^created #\d+ \S+; manual step: opened with GITHUB_TOKEN, it gets no CI run .*close and reopen it as a maintainer/
    )
  })

  it('a rerun changes nothing: the same commit, the remote at it, the pull request and labels as they are', async () => {
    await online()
    const tip = await tipOf(world.remote)
    const rerun = await online()
    expect(rerun.error).toBeUndefined()
    expect(rerun.statuses).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(await tipOf(world.remote)).toBe(tip)
    expect(emulator.state.pulls).toHaveLength(1)
  })

  it('a lost push answer (the refs moved): the same run finishes, and a rerun finds the remote at the commit', async () => {
    const fault = await injectPushFault(world.repo.workDir, { kind: 'hang-up-after-update' })
    const first = await online()
    expect(fault.fired).toBe(true)
    await fault.remove()
    expect(first.error).toBeUndefined()
    const tip = await tipOf(world.fixture)
    expect(await tipOf(world.remote)).toBe(tip)
    const rerun = await online()
    expect(rerun.error).toBeUndefined()
    expect(rerun.statuses).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(rerun.details[1]).toBe(`origin/${BRANCH} is at ${tip.slice(0, 12)}`)
    expect(emulator.state.pulls).toHaveLength(1)
  })

  it('our commit on the remote made from an older base is replaced, with a lease on it', async () => {
    await online()
    const old = await tipOf(world.remote)
    await mainMovesOn(world)
    const rerun = await online()
    expect(rerun.error).toBeUndefined()
    expect(rerun.details[1]).toBe(`replaced ${old.slice(0, 12)}`)
    const tip = await tipOf(world.remote)
    expect((await world.remote.exec(['rev-parse', `${tip}^`])).trim()).toBe(
      await world.fixture.head()
    )
    expect(emulator.state.pulls).toHaveLength(1)
  })

  it("someone else's commit on the remote branch is refused, naming it; the remote keeps it", async () => {
    await online()
    const theirs = await theirCommit(world.remote, BRANCH, 'Tweak the release notes')
    await mainMovesOn(world)
    const rerun = await online()
    expect(rerun.error).toBeInstanceOf(InputError)
    expect((rerun.error as Error).message).toContain(
      `origin/${BRANCH} holds 1 commit(s) that release-actions did not make: ${theirs.slice(0, 12)} "Tweak the release notes"`
    )
    expect(rerun.applied).toEqual([])
    expect(await tipOf(world.remote)).toBe(theirs)
  })

  it('someone pushes between our look and our push: the lease refuses ours, the look again refuses theirs', async () => {
    const fault = await injectPushFault(world.repo.workDir, {
      kind: 'pushed-meanwhile',
      branch: BRANCH
    })
    const result = await online()
    const [theirs] = fault.foreignCommits
    expect(fault.fired).toBe(true)
    await fault.remove()
    expect(result.error).toBeInstanceOf(InputError)
    expect((result.error as Error).message).toContain(`origin/${BRANCH} holds 1 commit(s)`)
    expect((result.error as Error).message).toContain(theirs.slice(0, 12))
    expect(await tipOf(world.remote)).toBe(theirs)
    expect(emulator.state.pulls).toEqual([])
  })
})

describe('pushWithLease, with real pushes', () => {
  let world: World
  let made: string
  beforeEach(async () => {
    world = await startStepWorld('release-branch-step')
    made = await world.fixture.head()
  })
  afterEach(() => world.cleanup())

  const lsRemote = () => world.git.lsRemoteBranch('origin', BRANCH)

  it('our own commit landed meanwhile (an earlier push whose answer was lost): one push, no error', async () => {
    let pushes = 0
    const outcome = await pushWithLease({
      where: `origin/${BRANCH}`,
      made,
      remoteTip: lsRemote,
      refuseForeign: async () => {
        throw new Error('our own commit is not foreign')
      },
      push: async (tip) => {
        pushes++
        // The same commit lands between the look and the push: the push finds nothing to move.
        await world.fixture.exec(['push', '--quiet', 'origin', `${made}:refs/heads/${BRANCH}`])
        await world.git.push('origin', `${made}:refs/heads/${BRANCH}`, {
          forceWithLease: `refs/heads/${BRANCH}:${tip ?? ''}`
        })
      }
    })
    expect(pushes).toBe(1)
    expect(outcome.status).toBe('done')
    expect(await lsRemote()).toBe(made)
  })

  it('a branch that keeps moving is looked at again three times, then the rejection stands', async () => {
    const looks: (string | undefined)[] = []
    const attempt = pushWithLease({
      where: `origin/${BRANCH}`,
      made,
      remoteTip: async () => {
        const tip = await lsRemote()
        looks.push(tip)
        return tip
      },
      refuseForeign: async () => undefined,
      push: async (tip) => {
        // Another writer moves the branch between each look and push.
        await world.repo.commit(`moved ${looks.length}`)
        await world.fixture.exec([
          'push',
          '--quiet',
          '--force',
          'origin',
          `HEAD:refs/heads/${BRANCH}`
        ])
        await world.git.push('origin', `${made}:refs/heads/${BRANCH}`, {
          forceWithLease: `refs/heads/${BRANCH}:${tip ?? ''}`
        })
      }
    })
    await expect(attempt).rejects.toBeInstanceOf(PushRejected)
    expect(looks).toHaveLength(3)
    expect(new Set(looks).size).toBe(3)
  })
})
