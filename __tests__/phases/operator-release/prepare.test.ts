import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ReleaseError } from '../../../src/release/errors.js'
import { run } from '../../../src/effects/exec.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import {
  planOperatorPrepare,
  type OperatorPrepareSettings as OperatorPrepareInputs
} from '../../../src/phases/operator-release/prepare.js'
import { verifyReleaseTree } from '../../../src/phases/tag-release/verify.js'
import { applyOrThrow } from '../../support/apply.js'
import { parseVersion } from '../../../src/release/version.js'
import { goSumLines } from '../../../sandbox/fixtures/go-proxy.js'
import { BPFMAN_MODULE, CSV_PATH, bpfmanModuleFiles } from '../../../sandbox/fixtures/operator.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import {
  MAINTAINER,
  TOKEN,
  cloneBranch,
  goEnvironment,
  operatorWorld,
  release,
  useEnvironment,
  worktreeCount,
  type OperatorWorld
} from './support.js'

let temp: { dir: string; cleanup: () => void }
let emulator: GitHubEmulator
let goEnv: Record<string, string>
let restoreEnv: () => void
let worlds = 0
const emulators: GitHubEmulator[] = []

beforeAll(() => {
  temp = makeTempDir('operator-prepare')
  goEnv = goEnvironment(temp.dir)
  restoreEnv = useEnvironment(goEnv)
})
afterAll(async () => {
  restoreEnv()
  for (const started of emulators) await started.close()
  temp.cleanup()
})

async function world(
  options: Parameters<typeof operatorWorld>[2],
  bpfmanReleases: string[] = []
): Promise<OperatorWorld> {
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulators.push(emulator)
  const created = await operatorWorld(emulator, join(temp.dir, `world-${++worlds}`), options)
  for (const tag of bpfmanReleases) await release(created.octokit, tag)
  return created
}

function inputs(
  w: OperatorWorld,
  overrides: Partial<OperatorPrepareInputs> = {}
): OperatorPrepareInputs {
  return {
    repoDir: w.workDir,
    version: parseVersion('0.6.0'),
    base: 'main',
    repository: 'bpfman/bpfman-operator',
    offline: false,
    remote: 'origin',
    github: w.github,
    bpfman: w.bpfman,
    bundleCommand: ['make', 'bundle'],
    skipGo: false,
    identity: MAINTAINER,
    dryRun: false,
    ...overrides
  }
}

const openPulls = () =>
  emulator.state.pulls.filter(
    (pull) => pull.repoKey === 'bpfman/bpfman-operator' && pull.state === 'open'
  )

async function blob(dir: string, ref: string, path: string): Promise<string | undefined> {
  return new FixtureGit(dir).readBlob(ref, path)
}

/** Runs a refused prepare and checks that the checkout, its remote and GitHub did not change. */
async function expectRefusal(
  w: OperatorWorld,
  request: OperatorPrepareInputs,
  error: unknown,
  message: string | RegExp
): Promise<void> {
  const before = await repoSnapshot(w.workDir, w.remoteDir)
  const attempt = planOperatorPrepare(request).then((prepared) => applyOrThrow(prepared.plan))
  await expect(attempt).rejects.toThrow(error as typeof Error)
  await expect(planOperatorPrepare(request)).rejects.toThrow(message)
  expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
  expect(openPulls()).toEqual([])
  expect(await worktreeCount(w.workDir)).toBe(1)
}

describe('operator-release prepare, Makefile shape (VERSION ?=, labels, README link, vendor/)', () => {
  let w: OperatorWorld
  beforeAll(async () => {
    w = await world({ shape: 'makefile' }, ['v0.6.0'])
  })

  it('plans the version, make bundle, labels, README and go.mod through the go tool, and changes nothing yet', async () => {
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    const prepared = await planOperatorPrepare(inputs(w))
    const goStep =
      'github.com/bpfman/bpfman v0.5.6 -> v0.6.0: go get github.com/bpfman/bpfman@v0.6.0, go mod tidy, go mod vendor'
    expect(prepared.plan.files.map((file) => [file.path, file.reason])).toEqual([
      ['Containerfile.bpfman-agent.openshift', 'LABEL version 0.5.6 -> 0.6.0'],
      ['Containerfile.bpfman-operator.openshift', 'LABEL version 0.5.6 -> 0.6.0'],
      ['Containerfile.bundle.openshift', 'LABEL version 0.5.6 -> 0.6.0, release 0.5.6 -> 0.6.0'],
      ['Makefile', 'version 0.5.6 -> 0.6.0'],
      ['README.md', '1 link -> 0.6.0'],
      [CSV_PATH, 'make bundle'],
      ['changelogs/CHANGELOG-v0.6.0.md', 'release notes since v0.5.6'],
      ['go.mod', goStep],
      ['go.sum', goStep],
      ['vendor/github.com/bpfman/bpfman/clients/gobpfman/v1/client.go', goStep],
      ['vendor/github.com/bpfman/bpfman/clients/gobpfman/v1/version.go', goStep],
      ['vendor/modules.txt', goStep]
    ])
    const byPath = new Map(prepared.plan.files.map((file) => [file.path, file]))
    expect(
      byPath.get('vendor/github.com/bpfman/bpfman/clients/gobpfman/v1/client.go')?.before
    ).toBeNull()
    expect(byPath.get('go.mod')?.after).toContain(`require ${BPFMAN_MODULE} v0.6.0\n`)
    expect(byPath.get('go.sum')?.after).toBe(
      `${goSumLines(BPFMAN_MODULE, 'v0.6.0', bpfmanModuleFiles('v0.6.0')).join('\n')}\n`
    )
    expect(byPath.get(CSV_PATH)?.after).toMatch(
      /name: bpfman-operator\.v0\.6\.0\n[\s\S]* {2}version: 0\.6\.0\n/
    )
    expect(byPath.get('Makefile')?.after).toContain('VERSION ?= 0.6.0\n')
    expect(byPath.get('Makefile')?.after).toContain('make bundle VERSION=0.0.2')
    expect(byPath.get('Containerfile.bpfman-agent.openshift')?.after).toContain(
      'ARG VERSION="v1.28.0"'
    )
    expect(byPath.get('README.md')?.after).toContain(
      'https://bpfman.io/v0.6.0/developer-guide/develop-operator'
    )
    expect(prepared.plan.notes).toContainEqual({
      kind: 'info',
      message: 'bpfman v0.6.0 is released: https://github.com/bpfman/bpfman/releases/tag/v0.6.0'
    })
    expect(prepared.plan.operations.map((op) => op.kind)).toEqual([
      'git',
      'git',
      'github',
      'github'
    ])
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
    expect(await worktreeCount(w.workDir)).toBe(1)
  })

  it('pushes one signed-off commit and opens one labelled pull request; the tree builds with the real go tool', async () => {
    const prepared = await planOperatorPrepare(inputs(w))
    const { products } = await applyOrThrow(prepared.plan)
    const remote = new FixtureGit(w.remoteDir)
    const tip = (await remote.exec(['rev-parse', 'refs/heads/release-v0.6.0'])).trim()
    expect(products.of(prepared.publish.commit)).toBe(tip)
    expect((await remote.exec(['rev-parse', `${tip}^`])).trim()).toBe(prepared.baseCommit)
    const message = await remote.exec(['log', '-1', '--format=%an <%ae>%n%B', tip])
    expect(message).toMatch(/^Release Maintainer <maintainer@example.com>\nRelease v0.6.0\n/)
    expect(message).toContain('- vendor/: 2 vendored file(s)')
    expect(message.trim().split('\n').pop()).toBe(
      'Signed-off-by: Release Maintainer <maintainer@example.com>'
    )
    const [pull] = openPulls()
    expect(openPulls()).toHaveLength(1)
    expect(pull).toMatchObject({
      title: 'Release v0.6.0',
      head: { ref: 'release-v0.6.0' },
      base: { ref: 'main' },
      labels: ['release']
    })
    expect(products.find(prepared.publish.pull)).toEqual({
      number: pull.number,
      url: `https://github.com/bpfman/bpfman-operator/pull/${pull.number}`
    })

    const clone = await cloneBranch(w.remoteDir, 'release-v0.6.0', join(temp.dir, 'clone-makefile'))
    await run('go', ['mod', 'tidy'], { cwd: clone, env: goEnv })
    await run('go', ['mod', 'vendor'], { cwd: clone, env: goEnv })
    await run('go', ['build', '-mod=vendor', './...'], { cwd: clone, env: goEnv })
    expect((await new FixtureGit(clone).status()).changes).toEqual([])
    expect(
      readFileSync(
        join(clone, 'vendor/github.com/bpfman/bpfman/clients/gobpfman/v1/version.go'),
        'utf8'
      )
    ).toContain('"0.6.0"')

    // tag-release's check of the merged tree passes on this commit, unchanged.
    const git = new FixtureGit(w.workDir)
    await git.fetch('origin', ['+refs/heads/release-v0.6.0:refs/remotes/origin/release-v0.6.0'])
    const verified = await git.withWorktree(tip, (treeDir, treeGit) =>
      verifyReleaseTree(
        {
          treeDir,
          git: treeGit,
          commit: tip,
          version: parseVersion('0.6.0'),
          previous: parseVersion('0.5.6')
        },
        'auto'
      )
    )
    expect(verified.kind).toBe('operator')
  })

  it('reruns without a new commit or a second pull request: the bundle keeps the first run createdAt', async () => {
    const first = (
      await new FixtureGit(w.remoteDir).exec(['rev-parse', 'refs/heads/release-v0.6.0'])
    ).trim()
    const undo = useEnvironment({ CREATED_AT: '2030-01-01T00:00:00Z' })
    const prepared = await planOperatorPrepare(inputs(w)).finally(undo)
    const again = await applyOrThrow(prepared.plan)
    expect(again.applied.map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(again.products.of(prepared.publish.commit)).toBe(first)
    expect(openPulls()).toHaveLength(1)
    const csv = prepared.plan.files.find((file) => file.path === CSV_PATH)?.after
    expect(csv).toBe(await blob(w.remoteDir, first, CSV_PATH))
    expect(csv).not.toContain('2030-01-01')
  })
})

describe('operator-release prepare, VERSION file shape (0.6.1-dev, no labels, no vendor/)', () => {
  let w: OperatorWorld
  beforeAll(async () => {
    w = await world({ shape: 'version-file' }, ['v0.6.0', 'v0.6.1'])
  })

  it('moves VERSION from 0.6.1-dev and regenerates the bundle and go.mod, leaving the Makefile alone', async () => {
    const prepared = await planOperatorPrepare(inputs(w, { version: parseVersion('v0.6.1') }))
    expect(prepared.plan.files.map((file) => file.path)).toEqual([
      'VERSION',
      CSV_PATH,
      'changelogs/CHANGELOG-v0.6.1.md',
      'go.mod',
      'go.sum'
    ])
    const version = prepared.plan.files.find((file) => file.path === 'VERSION')
    expect(version).toMatchObject({
      before: '0.6.1-dev\n',
      after: '0.6.1\n',
      reason: 'version 0.6.1-dev -> 0.6.1'
    })
    expect(
      prepared.plan.notes.filter((note) => note.kind === 'review').map((note) => note.path)
    ).not.toContain('Makefile')
    const { products } = await applyOrThrow(prepared.plan)
    const tip = products.of(prepared.publish.commit)
    expect(await blob(w.remoteDir, tip, CSV_PATH)).toContain('name: bpfman-operator.v0.6.1\n')
    expect(await blob(w.remoteDir, tip, 'go.mod')).toContain(`require ${BPFMAN_MODULE} v0.6.1\n`)
    expect(await blob(w.remoteDir, tip, 'vendor/modules.txt')).toBeUndefined()
    const changelog = (await blob(w.remoteDir, tip, 'changelogs/CHANGELOG-v0.6.1.md')) as string
    expect(changelog).toContain(
      '* Reconcile the agent daemonset on config changes by @anfredette in https://github.com/bpfman/bpfman-operator/pull/401'
    )
  })

  it('for a release candidate changes only the version (the lighter path): no bundle, no go', async () => {
    await release(w.octokit, 'v0.7.0-rc1')
    const prepared = await planOperatorPrepare(
      inputs(w, {
        version: parseVersion('0.7.0-rc1'),
        remote: undefined,
        github: undefined,
        offline: true
      })
    )
    expect(prepared.plan.files.map((file) => [file.path, file.after.split('\n')[0]])).toEqual([
      ['VERSION', '0.7.0-rc1'],
      [
        'changelogs/CHANGELOG-v0.7.0-rc1.md',
        'The v0.7.0-rc1 release is a release candidate. The changes since v0.6.0 are listed below.'
      ]
    ])
    expect(prepared.plan.notes).toContainEqual(
      expect.objectContaining({
        kind: 'skipped',
        message: expect.stringContaining('release candidate: only the version changes')
      })
    )
    expect(prepared.plan.notes).toContainEqual(
      expect.objectContaining({
        kind: 'warning',
        message: expect.stringContaining('offline: not checked that bpfman v0.7.0-rc1 is released')
      })
    )
  })

  it('--skip-bundle and --skip-go: the plan lists what was skipped, the version still changes', async () => {
    const prepared = await planOperatorPrepare(
      inputs(w, {
        version: parseVersion('0.6.1'),
        bundleCommand: undefined,
        skipGo: true,
        remote: undefined
      })
    )
    expect(prepared.plan.files.map((file) => file.path)).toEqual([
      'VERSION',
      'changelogs/CHANGELOG-v0.6.1.md'
    ])
    const skipped = prepared.plan.notes
      .filter((note) => note.kind === 'skipped')
      .map((note) => `${note.path}: ${note.message}`)
    expect(skipped).toEqual([
      expect.stringMatching(
        /^go.mod: --skip-go: still requires github.com\/bpfman\/bpfman v0.6.0; run go get github.com\/bpfman\/bpfman@v0.6.1, go mod tidy/
      ),
      expect.stringMatching(/^bundle\/: --skip-bundle: bundle\/ is not regenerated/)
    ])
    expect(await worktreeCount(w.workDir)).toBe(1)
  })
})

describe('operator-release prepare refuses, and nothing changes', () => {
  it('when bpfman vX.Y.Z has no GitHub release, or only a draft: release bpfman first', async () => {
    const w = await world({ shape: 'makefile' })
    await expectRefusal(
      w,
      inputs(w),
      InputError,
      'version: bpfman v0.6.0 is not released in bpfman/bpfman; the operator release builds on it. Release bpfman v0.6.0 first'
    )
    await release(w.octokit, 'v0.6.0', { draft: true })
    await expectRefusal(w, inputs(w), InputError, '(its GitHub release is still a draft)')
    // Offline the gate cannot be checked: the plan says so instead of refusing.
    const offline = await planOperatorPrepare(inputs(w, { offline: true, remote: undefined }))
    expect(offline.plan.notes).toContainEqual({
      kind: 'warning',
      message: 'offline: not checked that bpfman v0.6.0 is released; release bpfman first'
    })
  })

  it('when the bundle target writes a CSV for another version, showing both', async () => {
    const w = await world({ shape: 'makefile', makefile: { bundleIgnoresVersion: true } }, [
      'v0.6.0'
    ])
    await expectRefusal(
      w,
      inputs(w),
      ReleaseError,
      'make bundle wrote a CSV that is not for 0.6.0: bundle/manifests/bpfman-operator.clusterserviceversion.yaml: metadata.name is "bpfman-operator.v0.0.1", expected "bpfman-operator.v0.6.0"; spec.version is "0.0.1", expected "0.6.0"'
    )
  })

  it('when the bundle command fails, when the version is prepared already, and when the tag exists', async () => {
    const w = await world({ shape: 'version-file' }, ['v0.6.1'])
    await expectRefusal(
      w,
      inputs(w, { version: parseVersion('0.6.1'), bundleCommand: ['make', 'no-such-target'] }),
      ReleaseError,
      /make no-such-target failed with exit code 2/
    )
    await expectRefusal(
      w,
      inputs(w, { version: parseVersion('0.6.0') }),
      InputError,
      'version: tag v0.6.0 already exists'
    )
    await w.fixture.repo.commit('Set VERSION to 0.6.1', { VERSION: '0.6.1\n' })
    await w.fixture.repo.pushAll()
    await expectRefusal(
      w,
      inputs(w, { version: parseVersion('0.6.1') }),
      InputError,
      'VERSION on main already holds 0.6.1: the release is prepared'
    )
  })
})
