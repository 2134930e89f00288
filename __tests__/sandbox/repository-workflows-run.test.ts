import { afterEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { adoptionDiffs, applyDiff } from '../../sandbox/adoption-diffs.js'
import {
  type RepositoryShape,
  bpfmanRepositoryFiles,
  operatorRepositoryFiles
} from '../../sandbox/fixtures/repository-workflows.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { type TestRegistry, startRegistry } from '../../sandbox/oci-registry.js'
import {
  type Unstarted,
  WorkflowRunner,
  type WorkflowRun,
  runUntilQuiet
} from '../../sandbox/workflow-runner/index.js'
import { GitFixture, git } from './github-emulator/helpers.js'
import { makeTempDir } from '../support/tmp.js'

// The fixture repositories' own tag-push workflows, run by the local runner's
// event pump on a tag a maintainer pushes: the release, the images, the docs,
// the crates, as the real repositories publish them.
const TOKEN = 'ghs_repository_workflows'
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CHANGELOG = (tag: string): string =>
  `The ${tag} release is a patch release.\n\n## What's Changed\n* Fix the tc dispatcher by @someone\n`

interface Stage {
  emulator: GitHubEmulator
  registry: TestRegistry
  repo: GitFixture
  /** owner/name, lower case, as the emulator keys it. */
  repoKey: string
  runner: WorkflowRunner
  toolsLog: string
  close(): Promise<void>
}

let stage: Stage | undefined
afterEach(async () => {
  await stage?.close()
  stage = undefined
})

/** An emulator, a registry and owner/name with `files` on main, whose runner publishes there. */
async function createStage(owner: string, name: string, files: Record<string, string>) {
  const emulator = await startGitHubEmulator({ token: TOKEN })
  const registry = await startRegistry()
  const repo = await GitFixture.create(name)
  const temp = makeTempDir('repository-workflows-run')
  await repo.commit('The repository with its workflows', { 'README.md': `# ${name}\n`, ...files })
  await repo.push('main')
  emulator.addRepo({ owner, name, gitDir: repo.bare })
  const toolsLog = join(temp.dir, 'tools.log')
  writeFileSync(toolsLog, '')
  const runner = new WorkflowRunner({
    emulator,
    token: TOKEN,
    remotes: { [`${owner}/${name}`]: repo.bare },
    workDir: join(temp.dir, 'work'),
    defaultPermissions: { contents: 'read', packages: 'read' },
    // What the workflows' build steps call, and where they publish (sandbox/tools).
    env: {
      SANDBOX_TOOLS: join(import.meta.dirname, '../../sandbox/tools'),
      SANDBOX_TOOLS_LOG: toolsLog,
      SANDBOX_REGISTRY_URL: registry.url
    }
  })
  stage = {
    emulator,
    registry,
    repo,
    repoKey: `${owner}/${name}`.toLowerCase(),
    runner,
    toolsLog,
    close: async () => {
      await emulator.close()
      await registry.stop()
      await repo.remove()
      temp.cleanup()
    }
  }
  return stage
}

/** A maintainer pushes a tag with git: GitHub records a push event, made by a user. */
async function pushTag(stage: Stage, tag: string): Promise<void> {
  await git(stage.repo.work, 'tag', tag)
  await stage.repo.push(tag)
  stage.emulator.state.addEvent({
    repoKey: stage.repoKey,
    name: 'push',
    ref: `refs/tags/${tag}`,
    sha: (await git(stage.repo.work, 'rev-parse', tag)).trim(),
    madeWith: 'user',
    actor: stage.repoKey.split('/')[0]
  })
}

/** The runs the recorded events start, run at once, and the events that start none. */
async function runEvents(stage: Stage): Promise<{ runs: WorkflowRun[]; unstarted: Unstarted[] }> {
  const unstarted: Unstarted[] = []
  const runs = await runUntilQuiet([stage.runner], {
    onUnstarted: (entry) => unstarted.push(entry)
  })
  return { runs, unstarted }
}

async function tagsOf(registry: TestRegistry, repository: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${repository}/tags/list`)
  if (response.status === 404) return []
  return (((await response.json()) as { tags: string[] | null }).tags ?? []).sort()
}

function conclusions(runs: WorkflowRun[]): [string, string][] {
  return runs.map((run): [string, string] => [run.workflow, run.conclusion]).sort()
}

function releaseOf(stage: Stage, tag: string) {
  const releases = stage.emulator.state.releases.filter((release) => release.tagName === tag)
  expect(releases).toHaveLength(1)
  const [release] = releases
  const assets = stage.emulator.state.assets
    .filter((asset) => asset.releaseId === release.id)
    .map((asset) => asset.name)
    .sort()
  return { ...release, assets }
}

/**
 * The events that started nothing, made with a job's GITHUB_TOKEN: the release
 * softprops/action-gh-release published.
 */
const startedNothing = (unstarted: Unstarted[]) =>
  unstarted
    .map(({ event, why }) => [event.name, event.ref, event.madeWith, why.split(':')[0]])
    .sort()
const BY_GITHUB_TOKEN = 'made with GITHUB_TOKEN'

/** The tag's push event: made by the maintainer, a user. */
const tagPush = (stage: Stage, tag: string) =>
  stage.emulator.state.events.find(
    (event) => event.name === 'push' && event.ref === `refs/tags/${tag}`
  )

const BINARIES = ['arm64', 'ppc64le', 's390x', 'x86_64'].map(
  (arch) => `bpfman-linux-${arch}.tar.gz`
)

const bpfmanFiles = (shape: RepositoryShape, tag: string): Record<string, string> => ({
  ...bpfmanRepositoryFiles(shape),
  [`changelogs/CHANGELOG-${tag}.md`]: CHANGELOG(tag)
})

describe("bpfman's tag-push workflows on a tag a maintainer pushes", () => {
  it.each<[RepositoryShape, string[]]>([
    ['main', ['latest']],
    ['v0.6.0', ['v0.6.1']]
  ])(
    '%s shape: one release with the binaries, the images, the docs (bpfman/bpfman: %j)',
    async (shape, daemonTags) => {
      const stage = await createStage('bpfman', 'bpfman', bpfmanFiles(shape, 'v0.6.1'))
      await pushTag(stage, 'v0.6.1')
      const { runs, unstarted } = await runEvents(stage)
      expect(runs.flatMap((run) => run.errors)).toEqual([])
      expect(conclusions(runs)).toEqual([
        ['.github/workflows/build.yml', 'success'],
        ['.github/workflows/docs-build.yml', 'success'],
        ['.github/workflows/image-build.yml', 'success']
      ])
      expect(tagPush(stage, 'v0.6.1')?.madeWith).toBe('user')
      expect(startedNothing(unstarted)).toEqual([
        ['release', 'refs/tags/v0.6.1', 'GITHUB_TOKEN', BY_GITHUB_TOKEN]
      ])

      const release = releaseOf(stage, 'v0.6.1')
      expect(release).toMatchObject({
        draft: false,
        prerelease: false,
        body: CHANGELOG('v0.6.1'),
        assets: BINARIES
      })

      const sha = await git(stage.repo.work, 'rev-parse', 'HEAD')
      const tagged = ['v0.6.1', `sha-${sha}`].sort()
      expect(await tagsOf(stage.registry, 'bpfman-bytecode/xdp_pass')).toEqual(tagged)
      expect(await tagsOf(stage.registry, 'bpfman-bytecode/go-xdp-counter')).toEqual(tagged)
      expect(await tagsOf(stage.registry, 'bpfman/xdp-dispatcher')).toEqual(tagged)
      expect(await tagsOf(stage.registry, 'bpfman/tc-dispatcher')).toEqual(tagged)
      expect(await tagsOf(stage.registry, 'bpfman-userspace/go-target')).toEqual(tagged)
      expect(await tagsOf(stage.registry, 'bpfman/bpfman')).toEqual(
        shape === 'main' ? daemonTags : [...daemonTags, `sha-${sha}`].sort()
      )

      const images = runs.find((run) => run.workflow === '.github/workflows/image-build.yml')!
      const bytecode = images.jobs['build-and-push-bytecode-images']
      expect(bytecode.legs).toHaveLength(22)
      expect(bytecode.legs!.map((leg) => leg.name)).toContain(
        shape === 'main'
          ? 'build-and-push-bytecode-images (bpfman-bytecode, xdp_pass)'
          : 'build-and-push-bytecode-images (quay.io, bpfman-bytecode, xdp_pass)'
      )
      expect(images.jobs['build-and-push-userspace-images'].legs).toHaveLength(
        shape === 'main' ? 9 : 10
      )

      const versions = await git(stage.repo.bare, 'show', 'gh-pages:versions.json')
      expect(JSON.parse(versions)).toEqual([
        { version: 'v0.6.1', title: 'v0.6.1', aliases: ['latest'] }
      ])

      const log = readFileSync(stage.toolsLog, 'utf8').split('\n')
      expect(log).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^cosign sign quay.io\/bpfman-bytecode\/xdp_pass:v0.6.1@sha256:/)
        ])
      )
      if (shape === 'main') expect(log).toContain('cosign verify quay.io/bpfman/bpfman:latest')
      else
        expect(log.filter((line) => line.startsWith('cargo ')).sort()).toEqual([
          'cargo publish bpf-log-exporter',
          'cargo publish bpf-metrics-exporter',
          'cargo publish bpfman',
          'cargo publish bpfman-api'
        ])
    },
    60_000
  )
})

describe("the operator's tag-push workflows on a tag a maintainer pushes", () => {
  const operatorFiles = (tag: string): Record<string, string> => ({
    ...operatorRepositoryFiles(),
    [`changelogs/CHANGELOG-${tag}.md`]: CHANGELOG(tag)
  })

  it.each<[string, boolean]>([
    ['v0.6.1', false],
    ['v0.6.1-rc1', true]
  ])(
    '%s: one release (prerelease %s), the agent, operator and bundle images',
    async (tag, prerelease) => {
      const stage = await createStage('bpfman', 'bpfman-operator', operatorFiles(tag))
      await pushTag(stage, tag)
      const { runs, unstarted } = await runEvents(stage)
      expect(runs.flatMap((run) => run.errors)).toEqual([])
      expect(tagPush(stage, tag)?.madeWith).toBe('user')
      expect(startedNothing(unstarted)).toEqual([
        ['release', `refs/tags/${tag}`, 'GITHUB_TOKEN', BY_GITHUB_TOKEN]
      ])
      expect(conclusions(runs)).toEqual([
        ['.github/workflows/image-build.yaml', 'success'],
        ['.github/workflows/release.yml', 'success']
      ])
      expect(releaseOf(stage, tag)).toMatchObject({
        draft: false,
        prerelease,
        body: CHANGELOG(tag),
        assets: []
      })
      for (const image of ['bpfman-agent', 'bpfman-operator', 'bpfman-operator-bundle'])
        expect(await tagsOf(stage.registry, `bpfman/${image}`)).toContain(tag)
      expect(readFileSync(stage.toolsLog, 'utf8')).toMatch(
        new RegExp(`^cosign sign quay.io/bpfman/bpfman-operator-bundle:${tag}@sha256:`, 'm')
      )
    },
    60_000
  )
})

// Without the App: tag-release pushes the tag with GITHUB_TOKEN, which starts
// nothing, and dispatches each tag-push workflow on the tag. With the README's
// diffs (Adopting, bpfman-operator) applied, the operator's two workflows take
// the dispatch and publish as for a push.
describe("the operator's tag-push workflows with the README's diffs, dispatched on a tag pushed with GITHUB_TOKEN", () => {
  it('v0.6.1: one release, the agent, operator and bundle images pushed and signed', async () => {
    const tag = 'v0.6.1'
    const stage = await createStage('bpfman', 'bpfman-operator', {
      ...operatorRepositoryFiles(),
      [`changelogs/CHANGELOG-${tag}.md`]: CHANGELOG(tag)
    })
    const diffs = adoptionDiffs(ROOT).filter((diff) => diff.repository === 'bpfman/bpfman-operator')
    expect(diffs.map((diff) => diff.file).sort()).toEqual(['image-build.yaml', 'release.yml'])
    for (const diff of diffs) applyDiff(stage.repo.work, diff)
    await stage.repo.commit('Take a dispatch on the tag, and publish for it', {})
    await stage.repo.push('main')
    await git(stage.repo.work, 'tag', tag)
    await stage.repo.push(tag)
    const sha = (await git(stage.repo.work, 'rev-parse', tag)).trim()
    stage.emulator.state.addEvent({
      repoKey: stage.repoKey,
      name: 'push',
      ref: `refs/tags/${tag}`,
      sha,
      madeWith: 'GITHUB_TOKEN',
      actor: 'github-actions[bot]'
    })
    const octokit = getOctokit(TOKEN, { baseUrl: stage.emulator.url })
    for (const workflow of ['image-build.yaml', 'release.yml'])
      await octokit.rest.actions.createWorkflowDispatch({
        owner: 'bpfman',
        repo: 'bpfman-operator',
        workflow_id: workflow,
        ref: tag
      })

    const { runs, unstarted } = await runEvents(stage)
    expect(runs.flatMap((run) => run.errors)).toEqual([])
    expect(runs.map((run) => [run.workflow, run.event, run.conclusion]).sort()).toEqual([
      ['.github/workflows/image-build.yaml', 'workflow_dispatch', 'success'],
      ['.github/workflows/release.yml', 'workflow_dispatch', 'success']
    ])
    expect(startedNothing(unstarted)).toEqual([
      ['push', `refs/tags/${tag}`, 'GITHUB_TOKEN', BY_GITHUB_TOKEN],
      ['release', `refs/tags/${tag}`, 'GITHUB_TOKEN', BY_GITHUB_TOKEN]
    ])
    expect(releaseOf(stage, tag)).toMatchObject({ draft: false, body: CHANGELOG(tag) })
    for (const image of ['bpfman-agent', 'bpfman-operator', 'bpfman-operator-bundle'])
      expect(await tagsOf(stage.registry, `bpfman/${image}`)).toEqual([tag, `sha-${sha}`].sort())
    const signed = readFileSync(stage.toolsLog, 'utf8')
    for (const image of ['bpfman-agent', 'bpfman-operator', 'bpfman-operator-bundle'])
      expect(signed).toMatch(new RegExp(`^cosign sign quay.io/bpfman/${image}:${tag}@sha256:`, 'm'))
  }, 60_000)
})
