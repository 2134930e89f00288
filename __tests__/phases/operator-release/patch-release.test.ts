import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseVersion } from '../../../src/release/version.js'
import { join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { InputError } from '../../../src/release/errors.js'
import {
  type OperatorPrepareSettings,
  planOperatorPrepare
} from '../../../src/phases/operator-release/prepare.js'
import { preparedReport } from '../../../src/steps/prepared-release.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { applyOrThrow } from '../../support/apply.js'
import { runCli } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import { CSV_PATH } from '../../../sandbox/fixtures/operator.js'
import {
  MAINTAINER,
  TOKEN,
  goEnvironment,
  operatorWorld,
  release,
  useEnvironment,
  worktreeCount,
  type OperatorWorld
} from './support.js'

let temp: { dir: string; cleanup: () => void }
const emulators: GitHubEmulator[] = []

beforeAll(() => {
  temp = makeTempDir('operator-patch')
})
afterAll(async () => {
  for (const started of emulators) await started.close()
  temp.cleanup()
})

const METRICS_CONTAINERFILE = 'Containerfile.bpfman-metrics.openshift'

/**
 * bpfman-operator released v0.6.0 and main moved on to 0.7.0-dev, with #401,
 * #402 and a plain commit that adds an image (a file only the pick brings):
 * the patch release 0.6.1 picks #401 and that commit by SHA.
 */
async function world(name: string): Promise<OperatorWorld & { fix: string }> {
  const emulator = await startGitHubEmulator({ token: TOKEN })
  emulators.push(emulator)
  const created = await operatorWorld(emulator, join(temp.dir, name), { shape: 'version-file' })
  await created.fixture.repo.commit('Start 0.7.0', { VERSION: '0.7.0-dev\n' })
  const fix = await created.fixture.repo.commit('Add the bpfman-metrics image', {
    [METRICS_CONTAINERFILE]:
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nCOPY bpfman-metrics /\nLABEL name="bpfman-metrics" \\\n      version="0.6.0" \\\n      summary="bpfman-metrics"\nENTRYPOINT ["/bpfman-metrics"]\n'
  })
  await created.fixture.repo.pushAll()
  await release(created.octokit, 'v0.6.1')
  return { ...created, fix }
}

function inputs(
  w: OperatorWorld & { fix: string },
  overrides: Partial<OperatorPrepareSettings> = {}
): OperatorPrepareSettings {
  return {
    repoDir: w.workDir,
    version: parseVersion('0.6.1'),
    base: 'main',
    repository: 'bpfman/bpfman-operator',
    offline: false,
    remote: 'origin',
    github: w.github,
    bpfman: w.bpfman,
    bundleCommand: undefined,
    skipGo: true,
    identity: MAINTAINER,
    patchOf: 'v0.6.0',
    cherryPick: `#401,${w.fix.slice(0, 10)}`,
    patchLines: true,
    dryRun: false,
    ...overrides
  }
}

describe('an operator patch release, online against the emulator', () => {
  it('creates the patch branch, picks #401 and a SHA, reads the edits at the last pick, opens the pull request into the patch branch; a rerun changes nothing', async () => {
    const w = await world('online')
    const prepared = await planOperatorPrepare(inputs(w))
    expect(prepared.base).toBe('release-v0.6.0-patch')
    expect(prepared.previous?.tag).toBe('v0.6.0')
    expect(prepared.plan.operations[0].title).toMatch(
      /^create release-v0\.6\.0-patch from tag v0\.6\.0 \([0-9a-f]{12}\) on origin$/
    )
    const paths = prepared.plan.files.map((file) => file.path)
    // VERSION of the patch branch (0.6.0), not main's 0.7.0-dev; the Containerfile only the
    // pick brings gets its label.
    expect(prepared.plan.files.find((file) => file.path === 'VERSION')?.reason).toBe(
      'version 0.6.0 -> 0.6.1'
    )
    expect(paths).toEqual([METRICS_CONTAINERFILE, 'VERSION', 'changelogs/CHANGELOG-v0.6.1.md'])
    expect(prepared.plan.files.find((file) => file.path === METRICS_CONTAINERFILE)?.reason).toBe(
      'LABEL version 0.6.0 -> 0.6.1'
    )
    expect(prepared.plan.notes).toContainEqual({
      kind: 'info',
      message: expect.stringMatching(/^cherry-pick onto release-v0\.6\.0-patch: .*#401/)
    })

    const { products } = await applyOrThrow(prepared.plan)
    const pr = products.of(prepared.publish.pull as NonNullable<typeof prepared.publish.pull>)
    const remote = new FixtureGit(w.remoteDir)
    const tag = (await remote.exec(['rev-parse', 'v0.6.0^{commit}'])).trim()
    expect((await remote.exec(['rev-parse', 'release-v0.6.0-patch'])).trim()).toBe(tag)
    const subjects = (
      await remote.exec(['log', '--format=%s', 'release-v0.6.0-patch..release-v0.6.1'])
    )
      .trim()
      .split('\n')
    expect(subjects).toEqual([
      'Release v0.6.1',
      'Add the bpfman-metrics image',
      'Merge pull request #401 from anfredette/pr-401'
    ])
    const body = await remote.exec(['log', '-1', '--format=%b', 'release-v0.6.1~1'])
    expect(body).toContain(`(cherry picked from commit ${w.fix})`)
    expect(body).toContain('Signed-off-by: Release Maintainer <maintainer@example.com>')
    expect(await remote.exec(['show', 'release-v0.6.1:VERSION'])).toBe('0.6.1\n')
    expect(await remote.exec(['show', `release-v0.6.1:${METRICS_CONTAINERFILE}`])).toContain(
      'version="0.6.1"'
    )
    expect(await remote.exec(['show', 'release-v0.6.1:notes/pr-401.txt'])).toContain(
      'Reconcile the agent daemonset'
    )
    // #402 was not picked: not in the tree, not in the changelog.
    await expect(remote.exec(['show', 'release-v0.6.1:notes/pr-402.txt'])).rejects.toThrow()
    const changelog = await remote.exec(['show', 'release-v0.6.1:changelogs/CHANGELOG-v0.6.1.md'])
    expect(changelog).toContain('https://github.com/bpfman/bpfman-operator/pull/401')
    expect(changelog).not.toContain('pull/402')
    expect(changelog).toContain('compare/v0.6.0...v0.6.1')
    const emulator = emulators[emulators.length - 1]
    expect(emulator.state.pulls.find((candidate) => candidate.number === pr.number)).toMatchObject({
      base: { ref: 'release-v0.6.0-patch' },
      head: { ref: 'release-v0.6.1' }
    })
    // main is where it was.
    expect((await remote.exec(['show', 'main:VERSION'])).trim()).toBe('0.7.0-dev')
    // The manifest's base is the patch branch (tag-release and post-release go there).
    expect(preparedReport(prepared, inputs(w), undefined).manifest?.header.base).toBe(
      'release-v0.6.0-patch'
    )

    // A rerun picks nothing twice and leaves every branch and the pull request as they are.
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    const again = await planOperatorPrepare(inputs(w))
    expect(again.plan.operations[0].title).toMatch(/^commit /)
    const rerun = await applyOrThrow(again.plan)
    expect(new Set(rerun.applied.map((step) => step.outcome.status))).toEqual(
      new Set(['unchanged'])
    )
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
    expect(emulator.state.pulls.filter((p) => p.head.ref === 'release-v0.6.1')).toHaveLength(1)
  })

  it('refuses 0.6.1 on main without patch-of (main is on 0.7), pointing to patch-of; nothing changes', async () => {
    const w = await world('refused')
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    const plain = inputs(w, { patchOf: undefined, cherryPick: undefined })
    await expect(planOperatorPrepare(plain)).rejects.toThrow(InputError)
    await expect(planOperatorPrepare(plain)).rejects.toThrow(
      'version: 0.6.1 is behind VERSION on main, which holds 0.7.0-dev (the 0.7 line): the release would move the version back; choose 0.7.0 or 0.7.0-rc1, or release 0.6.1 from a patch branch: patch-of v0.6.0'
    )
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
  })
})

describe('an operator patch release with go and make bundle, in the tree at the last pick', () => {
  let restoreEnv: () => void
  beforeAll(() => {
    restoreEnv = useEnvironment(goEnvironment(join(temp.dir, 'go')))
  })
  afterAll(() => restoreEnv())

  it('moves go.mod from v0.6.0 to bpfman v0.6.1 and regenerates the CSV for 0.6.1 on the patch branch; main keeps its files; a rerun changes nothing', async () => {
    const w = await world('generated')
    const git = new FixtureGit(w.workDir)
    const mainGoMod = await git.readBlob('main', 'go.mod')
    const prepared = await planOperatorPrepare(
      inputs(w, { remote: undefined, skipGo: false, bundleCommand: ['make', 'bundle'] })
    )
    const paths = prepared.plan.files.map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining(['go.mod', CSV_PATH, METRICS_CONTAINERFILE]))
    expect(prepared.plan.files.find((file) => file.path === 'go.mod')?.reason).toContain(
      'github.com/bpfman/bpfman v0.6.0 -> v0.6.1'
    )
    await applyOrThrow(prepared.plan)
    expect(await git.readBlob('release-v0.6.1', 'go.mod')).toMatch(
      /github\.com\/bpfman\/bpfman v0\.6\.1/
    )
    const csv = await git.readBlob('release-v0.6.1', CSV_PATH)
    expect(csv).toContain('name: bpfman-operator.v0.6.1')
    expect(await git.readBlob('release-v0.6.1', 'notes/pr-401.txt')).toBeDefined()
    expect(await git.readBlob('main', 'go.mod')).toBe(mainGoMod)
    expect(await worktreeCount(w.workDir)).toBe(1)

    // A rerun regenerates in the tree of the same picks and keeps the earlier run's commit.
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    const again = await planOperatorPrepare(
      inputs(w, { remote: undefined, skipGo: false, bundleCommand: ['make', 'bundle'] })
    )
    const rerun = await applyOrThrow(again.plan)
    expect(new Set(rerun.applied.map((step) => step.outcome.status))).toEqual(
      new Set(['unchanged'])
    )
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
  })
})

describe('an operator patch release through the CLI, offline', () => {
  it('--patch-of and --cherry-pick make the local patch branch and the release branch on it', async () => {
    const w = await world('cli')
    const result = await runCli([
      'operator',
      '--stage',
      'prepare',
      '--repo',
      w.workDir,
      '--version',
      '0.6.1',
      '--patch-of',
      'v0.6.0',
      '--cherry-pick',
      `#401,${w.fix}`,
      '--no-push',
      '--offline',
      '--skip-bundle',
      '--skip-go'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('create release-v0.6.0-patch from tag v0.6.0')
    expect(result.stdout).toContain(
      `Nothing was pushed; inspect it with: git -C ${w.workDir} log -p release-v0.6.0-patch..release-v0.6.1`
    )
    const git = new FixtureGit(w.workDir)
    expect((await git.exec(['rev-parse', 'release-v0.6.0-patch'])).trim()).toBe(
      (await git.exec(['rev-parse', 'v0.6.0^{commit}'])).trim()
    )
    expect(
      (await git.exec(['log', '--format=%s', 'release-v0.6.0-patch..release-v0.6.1']))
        .trim()
        .split('\n')
    ).toEqual([
      'Release v0.6.1',
      'Add the bpfman-metrics image',
      'Merge pull request #401 from anfredette/pr-401'
    ])
    expect(await git.exec(['show', 'release-v0.6.1:VERSION'])).toBe('0.6.1\n')
    // Nothing was pushed.
    await expect(
      new FixtureGit(w.remoteDir).exec(['rev-parse', '--verify', 'release-v0.6.0-patch'])
    ).rejects.toThrow()
  })
})
