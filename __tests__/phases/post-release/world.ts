import { join } from 'node:path'
import { parseVersion } from '../../../src/release/version.js'
import { fileURLToPath } from 'node:url'
import { GitHubClient, createOctokit } from '../../../src/effects/github/client.js'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { FixtureRepo } from '../../../sandbox/fixtures/git-fixture.js'
import { startGitHubEmulator } from '../../../sandbox/github/index.js'
import {
  type ActionRun,
  type ProcessResult,
  runActionProcess
} from '../../../sandbox/run-action.js'
import { runCli as runSharedCli } from '../../support/cli.js'
import {
  type PushedManifest,
  type RegistryAuthMode,
  type TestRegistry,
  pushImage,
  pushIndex,
  startRegistry
} from '../../../sandbox/oci-registry.js'
import { makeTempDir } from '../../support/tmp.js'
import {
  PUBLISH_WORKFLOW,
  TAGGER,
  TOKEN,
  type World,
  prepareAndMerge,
  tagRelease
} from '../tag-release/world.js'
import {
  type CoprStandIn,
  type CratesStandIn,
  startCoprStandIn,
  startCratesStandIn
} from './stand-ins.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const OPERATOR_TOKEN = 'operator-bot-token'
export const CRATES = ['bpfman', 'bpfman-api', 'bpf-log-exporter', 'bpf-metrics-exporter']
/** The images the tests check: a short list instead of the process's 29. */
export const CHECKED_IMAGES = [
  'quay.io/bpfman/bpfman',
  'quay.io/bpfman/xdp-dispatcher',
  'quay.io/bpfman/tc-dispatcher',
  'quay.io/bpfman-bytecode/go-xdp-counter'
]

/** The operator's workflow that post-release dispatches: a `version` input, the version in its run-name. */
export const OPERATOR_WORKFLOW = `name: Prepare Release
on:
  workflow_dispatch:
    inputs:
      version:
        description: The version to release, e.g. 0.6.1
        required: true
run-name: Prepare Release \${{ inputs.version }}
jobs:
  prepare:
    runs-on: ubuntu-latest
    steps:
      - run: echo preparing
`

/** A released bpfman (prepared, merged, tagged, draft release) and every service post-release talks to. */
export interface PostWorld extends World {
  registry: TestRegistry
  crates: CratesStandIn
  copr: CoprStandIn
  /** The commit tagged v0.6.1. */
  tagCommit: string
  releaseId: number
  xdpLatest: PushedManifest
  /** The environment of a CLI or action process that reaches all of them. */
  env: Record<string, string>
  /** The folder that holds the checkouts and the bare remotes (a matrix snapshots it). */
  tempDir: string
}

export async function startPostWorld(
  options: {
    digestPinned?: boolean
    immutableReleases?: boolean
    registryAuth?: RegistryAuthMode
    pushTcDispatcher?: boolean
    /** The fixture's example programs (default: bpfman's eight); each makes two release YAMLs. */
    examples?: string[]
  } = {}
): Promise<PostWorld> {
  const temp = makeTempDir('post-release')
  const cleanups: (() => Promise<void> | void)[] = [temp.cleanup]
  const fixture = await createBpfmanFixture(temp.dir, {
    releaseYamls: true,
    digestPinned: options.digestPinned,
    examples: options.examples
  })
  const repo = fixture.repo
  await repo.commit('Add the publication workflow', {
    '.github/workflows/publish.yml': PUBLISH_WORKFLOW
  })
  await repo.pushAll()
  const emulator = await startGitHubEmulator({
    token: TOKEN,
    tokens: { [OPERATOR_TOKEN]: 'bpfman-bot' }
  })
  cleanups.push(() => emulator.close())
  emulator.addRepo({
    owner: 'bpfman',
    name: 'bpfman',
    gitDir: repo.remoteDir,
    immutableReleases: options.immutableReleases
  })
  const operator = await FixtureRepo.create(temp.dir, 'bpfman-operator')
  await operator.commit('Add the Prepare Release workflow', {
    '.github/workflows/prepare-release.yml': OPERATOR_WORKFLOW
  })
  await operator.pushAll()
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator', gitDir: operator.remoteDir })
  const world: World = {
    owner: 'bpfman',
    name: 'bpfman',
    repository: 'bpfman/bpfman',
    repo,
    workDir: repo.workDir,
    remoteDir: repo.remoteDir,
    emulator,
    github: new GitHubClient(createOctokit(TOKEN, emulator.url), {
      owner: 'bpfman',
      repo: 'bpfman'
    }),
    cleanup: async () => undefined
  }
  const { merge } = await prepareAndMerge(world, '0.6.1')
  const { outputs } = await tagRelease(world, { version: parseVersion('0.6.1') })
  // main moves on after the release; the checkout stays behind, where a workflow's checkout might be.
  const git = repo.git
  await git.exec(['fetch', '--quiet', 'origin'])
  await git.exec(['checkout', '--quiet', '-B', 'after-release', 'origin/main'])
  await repo.commit('docs: a change merged after the release', { 'docs/after.md': 'later\n' })
  await git.exec(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'])
  await git.exec(['checkout', '--quiet', 'main'])

  const registry = await startRegistry(options.registryAuth)
  cleanups.push(() => registry.stop())
  const xdpLatest = await pushIndex(
    registry,
    'bpfman/xdp-dispatcher',
    'latest',
    'xdp-dispatcher-main'
  )
  if (options.pushTcDispatcher !== false)
    await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-dispatcher-main' })
  const crates = await startCratesStandIn()
  cleanups.push(() => crates.close())
  const copr = await startCoprStandIn()
  cleanups.push(() => copr.close())

  return {
    ...world,
    registry,
    crates,
    copr,
    tagCommit: merge,
    releaseId: (outputs.release as { id: number }).id,
    xdpLatest,
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url },
    tempDir: temp.dir,
    cleanup: async () => {
      for (const cleanup of cleanups.reverse()) await cleanup()
    }
  }
}

/** Pushes the images and crates of the release, as bpfman's own workflows would. */
export async function publishArtifacts(
  world: PostWorld,
  images: string[],
  crates: string[]
): Promise<void> {
  for (const image of images) {
    const repository = image.replace(/^quay\.io\//, '')
    await pushImage(world.registry, repository, 'v0.6.1', { marker: `${repository}-0.6.1` })
  }
  for (const name of crates) world.crates.publish(name, '0.6.1')
}

export const IDENTITY = TAGGER

/** `bpfman-release <args>` from source, as a maintainer runs it, with only the given environment. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined>
): Promise<ProcessResult> {
  return runSharedCli(args, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    ...env
  })
}

/** The post-release action from source, the way the runner starts it. */
export function runPostAction(
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string>
): Promise<ActionRun> {
  return runActionProcess({
    entry: join(ROOT, 'actions/post-release/main.ts'),
    actionYml: join(ROOT, 'actions/post-release/action.yml'),
    inputs,
    cwd,
    env: { GITHUB_REPOSITORY: 'bpfman/bpfman', ...env }
  })
}
