import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { GitHubClient, createOctokit } from '../../../src/effects/github/client.js'
import { planPrepare } from '../../../src/phases/prepare-release/plan.js'
import { type PrepareSettings } from '../../../src/phases/prepare-release/settings.js'
import { planTagRelease } from '../../../src/phases/tag-release/plan.js'
import { planDispatcherRevert } from '../../../src/phases/post-release/revert.js'
import { Git } from '../../../src/effects/git.js'
import { BPFMAN_PRESET } from '../../../src/release/config.js'
import { parseVersion } from '../../../src/release/version.js'
import { preparedReport } from '../../../src/steps/prepared-release.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import {
  type ReleaseLinesFixture,
  createReleaseLinesFixture
} from '../../../sandbox/fixtures/release-lines.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { applyOrThrow } from '../../support/apply.js'
import { runCli } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'

const TOKEN = 'patch-release-token'
const RELEASER = { name: 'Release Bot', email: 'release-bot@example.com' }

let template: { dir: string; cleanup: () => void }
let fixture: ReleaseLinesFixture
const cleanups: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  template = makeTempDir('patch-template')
  fixture = await createReleaseLinesFixture(template.dir)
})
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
  template.cleanup()
})

/** A copy of the fixture with its own remote. */
async function copy(): Promise<{ workDir: string; remoteDir: string; git: FixtureGit }> {
  const temp = makeTempDir('patch-copy')
  cleanups.push(temp.cleanup)
  cpSync(template.dir, temp.dir, { recursive: true })
  const workDir = join(temp.dir, 'bpfman')
  const remoteDir = join(temp.dir, 'remotes', 'bpfman.git')
  const git = new FixtureGit(workDir)
  await git.exec(['remote', 'set-url', 'origin', remoteDir])
  return { workDir, remoteDir, git }
}

describe('a whole patch release, online against the emulator', () => {
  let emulator: GitHubEmulator
  let github: GitHubClient
  let tree: Awaited<ReturnType<typeof copy>>
  beforeAll(async () => {
    tree = await copy()
    emulator = await startGitHubEmulator({ token: TOKEN })
    cleanups.push(() => emulator.close())
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: tree.remoteDir })
    github = new GitHubClient(createOctokit(TOKEN, emulator.url), {
      owner: 'bpfman',
      repo: 'bpfman'
    })
    // Online, #1501 is resolved through the pulls API to its merge commit.
    emulator.seedMergedPull('bpfman', 'bpfman', {
      number: 1501,
      title: 'Fix the tc dispatcher priority on reload',
      user: 'anfredette',
      headRef: 'pr-1501',
      baseRef: 'main',
      mergeCommitSha: fixture.merges[1501]
    })
    // The changelog asks the commit's pull requests API where each pick came from.
    emulator.seedMergedPull('bpfman', 'bpfman', {
      number: 1505,
      title: 'Fix the uprobe offset (from the API)',
      user: 'dave-tucker',
      headRef: 'pr-1505',
      baseRef: 'main',
      mergeCommitSha: fixture.squash
    })
  })

  const settings = (overrides: Partial<PrepareSettings> = {}): PrepareSettings => ({
    repoDir: tree.workDir,
    version: parseVersion('0.6.1'),
    base: 'main',
    repository: 'bpfman/bpfman',
    lockfile: 'workspace',
    offline: false,
    remote: 'origin',
    github,
    identity: RELEASER,
    patchOf: 'v0.6.0',
    cherryPick: `#1501,${fixture.squash.slice(0, 10)}`,
    patchLines: true,
    dryRun: false,
    ...overrides
  })

  it('creates the patch branch, picks two changes (one by #N through the pulls API), opens the pull request into the patch branch', async () => {
    const prepared = await planPrepare(settings())
    expect(prepared.base).toBe('release-v0.6.0-patch')
    expect(prepared.plan.operations[0].title).toMatch(
      /^create release-v0\.6\.0-patch from tag v0\.6\.0 \([0-9a-f]{12}\) on origin$/
    )
    const { products } = await applyOrThrow(prepared.plan)
    const pr = products.of(prepared.publish.pull as NonNullable<typeof prepared.publish.pull>)
    const remote = new FixtureGit(tree.remoteDir)
    const tag = (await remote.exec(['rev-parse', 'v0.6.0^{commit}'])).trim()
    expect((await remote.exec(['rev-parse', 'release-v0.6.0-patch'])).trim()).toBe(tag)
    const log = await remote.exec([
      'log',
      '--format=%s%x00%b%x1e',
      'release-v0.6.0-patch..release-v0.6.1'
    ])
    const commits = log
      .split('\x1e')
      .map((record) => record.trim())
      .filter(Boolean)
    expect(commits.map((commit) => commit.split('\0')[0])).toEqual([
      'Release v0.6.1',
      'Fix the uprobe offset (#1505)',
      'Merge pull request #1501 from anfredette/pr-1501'
    ])
    expect(commits[1]).toContain(`(cherry picked from commit ${fixture.squash})`)
    expect(commits[1]).toContain('Signed-off-by: Release Bot <release-bot@example.com>')
    expect(commits[2]).toContain(`(cherry picked from commit ${fixture.merges[1501]})`)
    const pull = emulator.state.pulls.find((candidate) => candidate.number === pr.number)
    expect(pull).toMatchObject({
      base: { ref: 'release-v0.6.0-patch' },
      head: { ref: 'release-v0.6.1' }
    })
    const changelog = await remote.exec(['show', 'release-v0.6.1:changelogs/CHANGELOG-v0.6.1.md'])
    expect(changelog).toContain(
      '* Fix the tc dispatcher priority on reload by @anfredette in https://github.com/bpfman/bpfman/pull/1501'
    )
    expect(changelog).toContain(
      '* Fix the uprobe offset (from the API) by @dave-tucker in https://github.com/bpfman/bpfman/pull/1505'
    )
    expect(changelog).not.toContain('pull/1502')
    expect(changelog).toContain('compare/v0.6.0...v0.6.1')
    // The example configs come from the newest release folder on the patch branch.
    expect(prepared.plan.files.map((file) => file.path)).toContain(
      'examples/config/v0.6.1/go-xdp-counter/kustomization.yaml'
    )
    expect(
      prepared.plan.files.find((file) =>
        file.path.endsWith('v0.6.1/go-xdp-counter/kustomization.yaml')
      )?.reason
    ).toContain('copied from v0.6.0/')

    // A rerun picks nothing twice and leaves the branches where they are.
    const before = await repoSnapshot(tree.workDir, tree.remoteDir)
    const again = await planPrepare(settings())
    expect(again.plan.operations[0].title).toMatch(/^commit /)
    const rerun = await applyOrThrow(again.plan)
    expect(rerun.applied.map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(await repoSnapshot(tree.workDir, tree.remoteDir)).toEqual(before)
    expect(emulator.state.pulls.filter((p) => p.head.ref === 'release-v0.6.1')).toHaveLength(1)

    // Merged in the emulator, tag-release tags the merge commit on the patch branch, not latest.
    const merge = await emulator.mergePull('bpfman', 'bpfman', pr.number)
    const tagged = await planTagRelease({
      repoDir: tree.workDir,
      repository: 'bpfman/bpfman',
      version: undefined,
      pr: pr.number,
      base: undefined,
      remote: 'origin',
      github,
      identity: RELEASER,
      kind: 'auto',
      publish: 'now',
      eventsStartWorkflows: false
    })
    await applyOrThrow(tagged.plan)
    expect((await remote.exec(['rev-parse', 'v0.6.1^{commit}'])).trim()).toBe(merge)
    expect(
      await remote
        .exec(['merge-base', '--is-ancestor', merge, 'release-v0.6.0-patch'])
        .then(() => true)
    ).toBe(true)
    expect(emulator.state.releases.find((release) => release.tagName === 'v0.6.1')).toMatchObject({
      draft: false,
      prerelease: false,
      makeLatest: 'false'
    })

    // The manifest carries the patch branch as the base; post-release's revert pull request goes there.
    const report = preparedReport(prepared, settings(), undefined)
    expect(report.manifest?.header.base).toBe('release-v0.6.0-patch')
    await tree.git.exec(['fetch', '--quiet', 'origin'])
    const patchTip = (await tree.git.exec(['rev-parse', 'origin/release-v0.6.0-patch'])).trim()
    const revert = await planDispatcherRevert({
      git: new Git(tree.workDir),
      github,
      remote: 'origin',
      base: report.manifest?.header.base as string,
      baseCommit: patchTip,
      tagCommit: merge,
      version: parseVersion('0.6.1'),
      source: BPFMAN_PRESET.dispatcherSource,
      images: BPFMAN_PRESET.dispatcherImages,
      identity: RELEASER,
      eventsStartWorkflows: true
    })
    const reverted = await applyOrThrow({
      phase: 'post-release',
      repository: 'bpfman/bpfman',
      version: '0.6.1',
      files: revert.files,
      operations: revert.operations,
      notes: revert.notes
    })
    const revertPull = reverted.products.of(revert.pull as NonNullable<typeof revert.pull>)
    expect(
      emulator.state.pulls.find((candidate) => candidate.number === revertPull.number)
    ).toMatchObject({
      base: { ref: 'release-v0.6.0-patch' },
      head: { ref: 'release-v0.6.1-dispatchers-latest' }
    })
  })
})

describe('patch releases through the CLI, offline', () => {
  it('refuses a conflicting pick with one error naming the REF, its commit and files; nothing changes', async () => {
    const { workDir, remoteDir } = await copy()
    const before = await repoSnapshot(workDir, remoteDir)
    const result = await runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--patch-of',
      'v0.6.0',
      '--cherry-pick',
      '#1502,#1504',
      '--no-push',
      '--offline'
    ])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `cherry-pick #1504 (${fixture.merges[1504].slice(0, 12)}) "Merge pull request #1504 from anfredette/pr-1504" conflicts with release-v0.6.0-patch`
    )
    expect(result.stderr).toContain('in notes/pr-1501.txt; nothing was committed')
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
    expect(await new FixtureGit(workDir).exec(['worktree', 'list'])).not.toContain('\n/')
  })

  it('skips a pick the patch branch holds already and says so in the plan', async () => {
    const { workDir, git } = await copy()
    // A backport landed on the patch branch before.
    await git.exec(['branch', 'release-v0.6.0-patch', 'v0.6.0^{commit}'])
    await git.exec(['checkout', '--quiet', 'release-v0.6.0-patch'])
    await git.exec(['cherry-pick', '-x', '-m', '1', fixture.merges[1502]])
    await git.exec(['checkout', '--quiet', 'main'])
    const patchTip = (await git.exec(['rev-parse', 'release-v0.6.0-patch'])).trim()
    const result = await runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--patch-of',
      'v0.6.0',
      '--cherry-pick',
      '#1502,#1501',
      '--no-push',
      '--offline'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /\[skipped\] cherry-pick #1502 \([0-9a-f]{12}\) "Merge pull request #1502 from dave-tucker\/pr-1502": already in release-v0.6\.0-patch, as [0-9a-f]{12} \(cherry picked from it\); not picked/
    )
    // The existing patch branch is used as it is, never reset.
    expect((await git.exec(['rev-parse', 'release-v0.6.0-patch'])).trim()).toBe(patchTip)
    expect(await git.exec(['log', '--format=%s', 'release-v0.6.0-patch..release-v0.6.1'])).toBe(
      'Release v0.6.1\nMerge pull request #1501 from anfredette/pr-1501\n'
    )
  })

  it('refuses a version that is no patch of the line, or not above it, with nothing changed', async () => {
    const { workDir, remoteDir } = await copy()
    const before = await repoSnapshot(workDir, remoteDir)
    for (const [version, message] of [
      ['0.6.0', 'version: tag v0.6.0 already exists: 0.6.0 is released; choose 0.6.1'],
      [
        '0.7.1',
        'version: 0.7.1 is not a patch of 0.6.0: release-v0.6.0-patch starts from tag v0.6.0 and releases 0.6.1 and later; choose 0.6.1'
      ]
    ]) {
      const result = await runCli([
        'prepare',
        '--repo',
        workDir,
        '--version',
        version,
        '--patch-of',
        'v0.6.0',
        '--no-push',
        '--offline'
      ])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(message)
    }
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
  })
})
