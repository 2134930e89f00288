import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { registerFixtureRepo } from '../../sandbox/fixtures/github.js'
import { injectPushFault, type PushFault } from '../../sandbox/git-faults.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { runActionProcess, type ActionRun } from '../../sandbox/run-action.js'
import { runCli } from '../support/cli.js'
import { repoSnapshot } from '../support/git-state.js'
import { makeTempDir } from '../support/tmp.js'

// A rerun never throws away work that is not its own: a release branch whose
// tip holds someone's commits is refused (exit 2, named, untouched), never reset.

const ENTRY = fileURLToPath(new URL('../../actions/prepare-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../actions/prepare-release/action.yml', import.meta.url)
)
const TOKEN = 'ghs_release_branch_test_token'
const BRANCH = 'release-v0.6.1'

let template: { dir: string; cleanup: () => void }
const cleanups: (() => void)[] = []

beforeAll(async () => {
  template = makeTempDir('release-branch')
  await createBpfmanFixture(template.dir, { newExamples: ['go-tcx-counter'] })
})
afterAll(() => {
  template.cleanup()
  cleanups.forEach((cleanup) => cleanup())
})

interface Copy {
  dir: string
  workDir: string
  remoteDir: string
  git: FixtureGit
  remote: FixtureGit
}

async function freshCopy(): Promise<Copy> {
  const copy = makeTempDir('release-branch-copy')
  cleanups.push(copy.cleanup)
  cpSync(template.dir, copy.dir, { recursive: true })
  const workDir = join(copy.dir, 'bpfman')
  const remoteDir = join(copy.dir, 'remotes', 'bpfman.git')
  const git = new FixtureGit(workDir)
  await git.exec(['remote', 'set-url', 'origin', remoteDir])
  return { dir: copy.dir, workDir, remoteDir, git, remote: new FixtureGit(remoteDir) }
}

/** A maintainer's commit on `branch` in `git`, the checkout back on main after. */
async function maintainerCommit(git: FixtureGit, branch: string, subject: string): Promise<string> {
  await git.exec(['checkout', '--quiet', branch])
  await git.exec(['commit', '--quiet', '--allow-empty', '-m', subject])
  const sha = (await git.exec(['rev-parse', 'HEAD'])).trim()
  await git.exec(['checkout', '--quiet', 'main'])
  return sha
}

const tipOf = async (git: FixtureGit, ref: string): Promise<string> =>
  (await git.exec(['rev-parse', ref])).trim()

const CHANGELOG = 'changelogs/CHANGELOG-v0.6.1.md'
const HAND_WRITTEN = 'A paragraph the maintainer wrote by hand.'

/** A maintainer rewrites the changelog in the release commit (git commit --amend); the checkout back on main after. */
async function amendChangelog(git: FixtureGit, branch: string): Promise<string> {
  await git.exec(['checkout', '--quiet', branch])
  const path = join(git.dir, CHANGELOG)
  writeFileSync(path, `${HAND_WRITTEN}\n\n${readFileSync(path, 'utf8')}`)
  await git.exec(['commit', '--quiet', '--all', '--amend', '--no-edit'])
  const sha = await tipOf(git, 'HEAD')
  await git.exec(['checkout', '--quiet', 'main'])
  return sha
}

describe('prepare --no-push: a local release branch with a maintainer commit', () => {
  it('a rerun refuses, naming the commit; the branch, the checkout and the remote are untouched', async () => {
    const { workDir, remoteDir, git } = await freshCopy()
    const prepare = ['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push']
    expect((await runCli(prepare)).status).toBe(0)
    const sha = await maintainerCommit(git, BRANCH, 'Hand-written release note fix')
    const before = await repoSnapshot(workDir, remoteDir)

    const again = await runCli(prepare)
    expect(again.status).toBe(2)
    expect(again.stderr).toContain(
      `the local branch ${BRANCH} holds 1 commit(s) that release-actions did not make: ${sha.slice(0, 12)} "Hand-written release note fix"`
    )
    expect(again.stderr).toContain(`git branch -m ${BRANCH} <other-name>`)
    expect(again.stderr).not.toMatch(/\n\s+at /)
    expect(again.stdout).not.toContain('Applying')
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
    expect(await tipOf(git, BRANCH)).toBe(sha)

    // --dry-run refuses the same way: it is found while planning.
    const dry = await runCli([...prepare, '--dry-run'])
    expect(dry.status).toBe(2)
    expect(dry.stderr).toContain(sha.slice(0, 12))
  })

  it('a release commit amended by hand is refused, naming it; --replace overwrites it on purpose', async () => {
    const { workDir, remoteDir, git } = await freshCopy()
    const prepare = ['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push']
    expect((await runCli(prepare)).status).toBe(0)
    const amended = await amendChangelog(git, BRANCH)
    const before = await repoSnapshot(workDir, remoteDir)

    const again = await runCli(prepare)
    expect(again.status).toBe(2)
    expect(again.stderr).toContain(
      `the local branch ${BRANCH} holds 1 commit(s) that release-actions did not make: ${amended.slice(0, 12)} "Release v0.6.1" (edited since release-actions made it`
    )
    expect(again.stderr).toContain('rerun with replace (--replace)')
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)

    const replaced = await runCli([...prepare, '--replace'])
    expect(replaced.stderr).toBe('')
    expect(replaced.status).toBe(0)
    expect(await tipOf(git, BRANCH)).not.toBe(amended)
    expect(await git.exec(['show', `${BRANCH}:${CHANGELOG}`])).not.toContain(HAND_WRITTEN)
  })

  it('a branch whose tip the base already holds is built upon', async () => {
    const { workDir, git } = await freshCopy()
    await git.exec(['branch', BRANCH, 'main~1'])
    const run = await runCli(['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await tipOf(git, `${BRANCH}^`)).toBe(await tipOf(git, 'main'))
  })
})

describe('prepare-release action: the remote release branch', () => {
  let emulator: GitHubEmulator
  let copy: Copy
  let fault: PushFault | undefined

  async function start(): Promise<void> {
    copy = await freshCopy()
    emulator = await startGitHubEmulator({ token: TOKEN })
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman', copy.remoteDir)
  }
  afterEach(async () => {
    await fault?.remove()
    fault = undefined
    await emulator.close()
  })

  const prepare = (inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runActionProcess({
      entry: ENTRY,
      actionYml: ACTION_YML,
      cwd: copy.workDir,
      inputs: {
        version: '0.6.1',
        token: TOKEN,
        repository: 'bpfman/bpfman',
        'manifest-path': join(copy.dir, 'manifest.json'),
        ...inputs
      },
      env: { GITHUB_API_URL: emulator.url }
    })
  const openPulls = () => emulator.state.pulls.filter((pull) => pull.state === 'open')

  /** Another clone of the remote, on the release branch, with a maintainer's identity. */
  async function maintainerClone(from: Copy): Promise<FixtureGit> {
    const other = join(from.dir, 'other')
    await from.git.exec(['clone', '--quiet', '--branch', BRANCH, from.remoteDir, other])
    const otherGit = new FixtureGit(other)
    await otherGit.exec(['config', 'user.name', 'A Maintainer'])
    await otherGit.exec(['config', 'user.email', 'maintainer@example.com'])
    return otherGit
  }

  it('a maintainer commit pushed on top of the release commit: the rerun refuses, naming it', async () => {
    await start()
    expect((await prepare()).status).toBe(0)
    // Another clone commits on the release branch and pushes; this checkout's local branch stays ours.
    const otherGit = await maintainerClone(copy)
    await otherGit.exec(['commit', '--quiet', '--allow-empty', '-m', 'Tweak the release notes'])
    await otherGit.exec(['push', '--quiet', 'origin', BRANCH])
    const sha = await tipOf(otherGit, 'HEAD')
    const before = await repoSnapshot(copy.workDir, copy.remoteDir)

    const again = await prepare()
    expect(again.status).toBe(2)
    expect(again.stdout).toContain(
      `::error::branch: origin/${BRANCH} holds 1 commit(s) that release-actions did not make: ${sha.slice(0, 12)} "Tweak the release notes"`
    )
    expect(again.stdout).toContain(`git push origin --delete ${BRANCH}`)
    expect(await repoSnapshot(copy.workDir, copy.remoteDir)).toEqual(before)
    expect(openPulls()).toHaveLength(1)
  })

  it('the release commit amended by hand and force-pushed: the rerun refuses, naming it; replace: true overwrites it', async () => {
    await start()
    expect((await prepare()).status).toBe(0)
    const otherGit = await maintainerClone(copy)
    const amended = await amendChangelog(otherGit, BRANCH)
    await otherGit.exec(['push', '--quiet', '--force', 'origin', BRANCH])
    const before = await repoSnapshot(copy.workDir, copy.remoteDir)

    const again = await prepare()
    expect(again.status).toBe(2)
    expect(again.stdout).toContain(
      `::error::branch: origin/${BRANCH} holds 1 commit(s) that release-actions did not make: ${amended.slice(0, 12)} "Release v0.6.1" (edited since release-actions made it`
    )
    expect(again.stdout).toContain('rerun with replace (--replace)')
    expect(again.stdout).not.toContain(`replaced ${amended.slice(0, 12)}`)
    expect(await repoSnapshot(copy.workDir, copy.remoteDir)).toEqual(before)
    expect(await copy.remote.exec(['show', `${BRANCH}:${CHANGELOG}`])).toContain(HAND_WRITTEN)

    const replaced = await prepare({ replace: 'true' })
    expect(replaced.status).toBe(0)
    expect(replaced.stdout).toContain(`replaced ${amended.slice(0, 12)}`)
    expect(await copy.remote.exec(['show', `${BRANCH}:${CHANGELOG}`])).not.toContain(HAND_WRITTEN)
    expect(openPulls()).toHaveLength(1)
  })

  it('someone pushes to the branch between our look and our push: the run refuses, naming their commit', async () => {
    await start()
    fault = await injectPushFault(copy.workDir, { kind: 'pushed-meanwhile', branch: BRANCH })
    const run = await prepare()
    expect(fault.fired).toBe(true)
    const [foreign] = fault.foreignCommits
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`${foreign.slice(0, 12)} "Someone else pushed meanwhile"`)
    // A refusal: a rerun as it is would be refused again.
    expect(run.stdout).not.toContain('A rerun continues')
    expect(await tipOf(copy.remote, `refs/heads/${BRANCH}`)).toBe(foreign)
    expect(openPulls()).toHaveLength(0)
  })

  it.each(['hang-up', 'hang-up-after-update'] as const)(
    'a push that %s is retried in the same run: one branch commit, one pull request',
    async (kind) => {
      await start()
      fault = await injectPushFault(copy.workDir, { kind })
      const run = await prepare()
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(fault.fired).toBe(true)
      expect(await tipOf(copy.remote, `refs/heads/${BRANCH}`)).toBe(
        await tipOf(copy.git, `refs/heads/${BRANCH}`)
      )
      expect(await tipOf(copy.remote, `refs/heads/${BRANCH}^`)).toBe(
        await tipOf(copy.remote, 'main')
      )
      expect(openPulls()).toHaveLength(1)
    }
  )
})
