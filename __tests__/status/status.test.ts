import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Server, createServer } from 'node:http'
import { type AddressInfo } from 'node:net'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { RegistryClient } from '../../src/effects/registry/client.js'
import { type StatusRow, releaseFlowchart } from '../../src/release/release-state.js'
import { parseVersion } from '../../src/release/version.js'
import { type StatusRequest } from '../../src/status/rows.js'
import { releaseStatus, statusExitCode } from '../../src/status/run.js'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { type TestRegistry, pushImage, startRegistry } from '../../sandbox/oci-registry.js'
import { main } from '../../src/cli-main.js'
import {
  OPERATOR_IMAGES as PROCESS_OPERATOR_IMAGES,
  PUBLISHED_IMAGES
} from '../../src/release/published.js'
import { imagesPublishedByWorkflows } from '../../src/release/repository-workflows.js'
import { bpfmanWorkflows, operatorWorkflows } from '../../sandbox/fixtures/repository-workflows.js'
import { runCli } from '../support/cli.js'
import { validatedOperations, validatingOctokit } from '../sandbox/github-emulator/helpers.js'
import {
  TOKEN,
  type World,
  prepareRelease,
  removeTemplates,
  startWorld,
  tagRelease
} from '../phases/tag-release/world.js'

const VERSION = parseVersion('0.6.1')
const IMAGES = ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman-bytecode/go-xdp-counter']
const OPERATOR_IMAGES = ['quay.io/bpfman/bpfman-operator']
const CATALOG = 'k8s-operatorhub/community-operators'

/** The rows of one stage and repository, as [item, state]. */
function states(rows: StatusRow[], stage: string, repository = 'bpfman/bpfman'): string[][] {
  return rows
    .filter((row) => row.stage === stage && row.repository === repository)
    .map((row) => [row.item, row.state])
}

describe('bpfman-release status, against the emulator and the registry', () => {
  let world: World
  let operator: FixtureRepo
  let registry: TestRegistry
  let docs: Server
  let docsUrl: string
  let request: StatusRequest
  let releaseId = 0

  beforeAll(async () => {
    world = await startWorld('bpfman')
    operator = await FixtureRepo.create(`${world.workDir}/..`, 'bpfman-operator')
    await operator.commit('Operator', { VERSION: '0.6.1-dev\n' })
    await operator.pushAll()
    world.emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator', gitDir: operator.remoteDir })
    world.emulator.addRepo({ owner: 'k8s-operatorhub', name: 'community-operators' })
    registry = await startRegistry()
    // The docs site: v0.6.1 exists once the docs workflow "deployed" it.
    let deployed = false
    docs = createServer((req, res) => {
      res.statusCode = deployed && req.url === '/v0.6.1/' ? 200 : 404
      res.end()
    })
    await new Promise<void>((resolve) => docs.listen(0, '127.0.0.1', resolve))
    docsUrl = `http://127.0.0.1:${(docs.address() as AddressInfo).port}`
    ;(docs as Server & { deploy?: () => void }).deploy = () => (deployed = true)
    const octokit = createOctokit(TOKEN, world.emulator.url)
    request = {
      version: VERSION,
      bpfman: {
        github: new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman' }),
        images: IMAGES,
        expectedAssets: ['bpfman-crds-install.yaml']
      },
      operator: {
        github: new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman-operator' }),
        images: OPERATOR_IMAGES,
        expectedAssets: []
      },
      registry: new RegistryClient({ registryUrl: registry.url }),
      docsUrl,
      crates: undefined,
      copr: undefined,
      catalogs: [
        {
          github: new GitHubClient(octokit, {
            owner: 'k8s-operatorhub',
            repo: 'community-operators'
          }),
          packageName: 'bpfman-operator',
          forkOwner: undefined
        }
      ]
    }
  }, 120_000)

  /** `status 0.6.1` with this world's registry, images and catalog, docs not checked. */
  const cliArgs = (): string[] => [
    'status',
    '0.6.1',
    '--registry-url',
    registry.url,
    '--images',
    IMAGES.join(','),
    '--operator-images',
    OPERATOR_IMAGES.join(','),
    '--docs-url',
    'none',
    '--catalogs',
    CATALOG
  ]

  afterAll(async () => {
    await new Promise((resolve) => docs.close(resolve))
    await registry.stop()
    await world.cleanup()
    removeTemplates()
  })

  it('before the pull request: every row missing, the next step is to dispatch Prepare Release', async () => {
    const rows = await releaseStatus(request)
    expect(rows[0]).toMatchObject({ stage: 'release PR', state: 'missing' })
    expect(rows[0].next).toContain('dispatch Prepare Release (prepare-release.yml)')
    expect(rows[0].next).toContain('version 0.6.1')
    expect(rows.filter((row) => row.next)).toHaveLength(1)
    expect(rows.every((row) => row.state === 'missing')).toBe(true)
    expect(states(rows, 'images')).toEqual(IMAGES.map((image) => [`${image}:v0.6.1`, 'missing']))
    expect(rows.map((row) => row.stage)).toEqual(
      expect.arrayContaining(['catalog PRs', 'next-dev PR'])
    )
    expect(statusExitCode(rows)).toBe(3)
  })

  it('pull request open: in progress; a failed CI run on its head fails the row', async () => {
    const number = await prepareRelease(world, '0.6.1')
    let rows = await releaseStatus(request)
    expect(rows[0]).toMatchObject({
      stage: 'release PR',
      item: `pull request #${number}`,
      state: 'in progress'
    })
    expect(rows[0].detail).toContain('no CI run on its head')
    expect(rows[0].next).toContain(`review and merge pull request #${number}`)

    const head = world.emulator.state.pull('bpfman', 'bpfman', number)?.head.sha as string
    const run = world.emulator.state.addWorkflowRun('bpfman', 'bpfman', {
      workflow: 'build.yml',
      event: 'pull_request',
      headBranch: 'release-v0.6.1',
      headSha: head,
      status: 'completed',
      conclusion: 'failure'
    })
    rows = await releaseStatus(request)
    expect(rows[0]).toMatchObject({ state: 'failed', detail: 'open; failed: build.yml' })
    expect(rows[0].link).toContain(`/actions/runs/${run.id}`)
    expect(statusExitCode(rows)).toBe(1)
    world.emulator.state.setRunStatus(run.id, 'completed', 'success')
    rows = await releaseStatus(request)
    expect(rows[0].detail).toContain('CI passed: build.yml')
  })

  it('merged: the pull request is done, the tag is the next step', async () => {
    const number = world.emulator.state.pullsOf('bpfman/bpfman')[0].number
    await world.emulator.mergePull('bpfman', 'bpfman', number)
    const rows = await releaseStatus(request)
    expect(rows[0]).toMatchObject({ state: 'done' })
    expect(rows[1]).toMatchObject({ stage: 'tag', state: 'missing' })
    expect(rows[1].next).toContain('tag-release.yml')
  })

  it("tagged: the tag's commit, a draft release, the tag's run in progress", async () => {
    const { outputs } = await tagRelease(world, {
      version: parseVersion('0.6.1'),
      publish: 'later'
    })
    releaseId = (outputs.release as { id: number }).id
    const rows = await releaseStatus(request)
    const tag = rows.find((row) => row.stage === 'tag') as StatusRow
    expect(tag.state).toBe('done')
    expect(tag.detail).toMatch(/^on [0-9a-f]{12}$/)
    expect(states(rows, 'GitHub release')).toEqual([['v0.6.1', 'in progress']])
    expect(rows.find((row) => row.stage === 'GitHub release')?.detail).toContain(
      'draft release; 0 of 1 expected assets (missing bpfman-crds-install.yaml)'
    )
    expect(states(rows, 'tag runs')).toEqual([['publish.yml', 'in progress']])
    expect(statusExitCode(rows)).toBe(3)
  })

  it('published: a failed run and a missing image show, and the first failed row says what to do', async () => {
    const tagRun = world.emulator.state.workflowRuns.find((run) => run.headBranch === 'v0.6.1')
    world.emulator.state.setRunStatus(tagRun?.id as number, 'completed', 'success')
    const failedRun = world.emulator.state.addWorkflowRun('bpfman', 'bpfman', {
      workflow: 'image-build.yml',
      event: 'push',
      headBranch: 'v0.6.1',
      status: 'completed',
      conclusion: 'failure'
    })
    const pushed = await pushImage(registry, 'bpfman/xdp-dispatcher', 'v0.6.1', {
      marker: 'xdp-0.6.1'
    })
    const github = request.bpfman.github
    const { uploadUrl } = await github.releases.withAssets(releaseId)
    await github.releases.uploadAsset(
      uploadUrl,
      'bpfman-crds-install.yaml',
      Buffer.from('kind: CustomResourceDefinition\n'),
      'application/yaml'
    )
    await github.releases.update(releaseId, { draft: false })
    ;(docs as Server & { deploy?: () => void }).deploy?.()

    const rows = await releaseStatus(request)
    expect(states(rows, 'GitHub release')).toEqual([['v0.6.1', 'done']])
    expect(states(rows, 'tag runs')).toEqual([
      ['publish.yml', 'done'],
      ['image-build.yml', 'failed']
    ])
    const failed = rows.find((row) => row.state === 'failed') as StatusRow
    expect(failed.next).toContain('rerun the failed jobs of image-build.yml')
    expect(failed.link).toContain(`/actions/runs/${failedRun.id}`)
    expect(states(rows, 'images')).toEqual([
      ['quay.io/bpfman/xdp-dispatcher:v0.6.1', 'done'],
      ['quay.io/bpfman-bytecode/go-xdp-counter:v0.6.1', 'missing']
    ])
    expect(rows.find((row) => row.stage === 'images')?.detail).toBe(pushed.digest)
    expect(states(rows, 'docs')).toEqual([[`${docsUrl}/v0.6.1/`, 'done']])
    expect(states(rows, 'release PR', 'bpfman/bpfman-operator')).toEqual([
      ['release-v0.6.1', 'missing']
    ])
    expect(statusExitCode(rows)).toBe(1)

    const chart = releaseFlowchart(rows)
    expect(chart).toContain('s0["bpfman: release PR<br/>done"]')
    expect(chart).toMatch(/class [s0-9,]+ failed/)
  })

  it('operator done: every row of both repositories done, and the release complete (exit 0)', async () => {
    // bpfman: the image workflow rerun succeeds and pushes the missing image.
    const failedRun = world.emulator.state.workflowRuns.find(
      (run) => run.path.endsWith('image-build.yml') && run.headBranch === 'v0.6.1'
    )
    world.emulator.state.addWorkflowRun('bpfman', 'bpfman', {
      workflow: 'image-build.yml',
      event: 'push',
      headBranch: 'v0.6.1',
      headSha: failedRun?.headSha,
      status: 'completed',
      conclusion: 'success'
    })
    await pushImage(registry, 'bpfman-bytecode/go-xdp-counter', 'v0.6.1', { marker: 'xdp-0.6.1' })

    // The operator: its release PR merged, tagged, released, its tag's run and image, the catalog and next-dev PRs.
    const state = world.emulator.state
    const merge = (await operator.git.exec(['rev-parse', 'HEAD'])).trim()
    state.seedMergedPull('bpfman', 'bpfman-operator', {
      title: 'Release v0.6.1',
      user: 'bpfman',
      headRef: 'release-v0.6.1',
      mergeCommitSha: merge
    })
    await operator.git.exec(['tag', 'v0.6.1', merge])
    await operator.git.exec(['push', '--quiet', 'origin', 'v0.6.1'])
    await request.operator.github.octokit.rest.repos.createRelease({
      owner: 'bpfman',
      repo: 'bpfman-operator',
      tag_name: 'v0.6.1',
      name: 'v0.6.1'
    })
    state.addWorkflowRun('bpfman', 'bpfman-operator', {
      workflow: 'image-build.yaml',
      event: 'push',
      headBranch: 'v0.6.1',
      headSha: merge,
      status: 'completed',
      conclusion: 'success'
    })
    await pushImage(registry, 'bpfman/bpfman-operator', 'v0.6.1', { marker: 'operator-0.6.1' })
    state.seedMergedPull('k8s-operatorhub', 'community-operators', {
      title: 'operator bpfman-operator (0.6.1)',
      user: 'bpfman-bot',
      headRef: 'bpfman-operator-0.6.1'
    })
    state.seedMergedPull('bpfman', 'bpfman-operator', {
      title: 'Set the version to 0.7.0-dev',
      user: 'bpfman',
      headRef: 'version-0.7.0-dev'
    })

    const rows = await releaseStatus(request)
    expect(rows.filter((row) => row.state !== 'done')).toEqual([])
    expect(rows.map((row) => `${row.repository} ${row.stage}`)).toEqual([
      'bpfman/bpfman release PR',
      'bpfman/bpfman tag',
      'bpfman/bpfman GitHub release',
      'bpfman/bpfman tag runs',
      'bpfman/bpfman tag runs',
      'bpfman/bpfman images',
      'bpfman/bpfman images',
      'bpfman/bpfman docs',
      'bpfman/bpfman-operator release PR',
      'bpfman/bpfman-operator tag',
      'bpfman/bpfman-operator GitHub release',
      'bpfman/bpfman-operator tag runs',
      'bpfman/bpfman-operator images',
      'k8s-operatorhub/community-operators catalog PRs',
      'bpfman/bpfman-operator next-dev PR'
    ])
    expect(rows.find((row) => row.stage === 'next-dev PR')?.detail).toMatch(/^merged/)
    expect(statusExitCode(rows)).toBe(0)
  })

  it('the CLI: JSON, one object per row; exit 1 while an expected asset is missing, 0 when complete', async () => {
    const args = cliArgs()
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
    const json = await runCli([...args, '--json'], env)
    expect(json.stderr).toBe('')
    expect(json.status).toBe(1)
    const rows = JSON.parse(json.stdout) as StatusRow[]
    expect(rows.filter((row) => row.state !== 'done')).toEqual([
      expect.objectContaining({
        stage: 'GitHub release',
        state: 'failed',
        detail: expect.stringContaining('missing bpfman-operator-install.yaml'),
        next: expect.stringContaining('rerun post-release')
      })
    ])
    expect(rows.filter((row) => row.stage === 'docs')).toEqual([])

    const text = await runCli([...args, '--expected-assets', 'bpfman-crds-install.yaml'], env)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain(
      'bpfman/bpfman-operator\n  done        release PR: pull request #'
    )
    expect(text.stdout.trimEnd().endsWith('Release: done')).toBe(true)
  }, 90_000)

  it('in-process, as the sandbox calls it: main() with its own environment, --markdown for a job summary', async () => {
    let out = ''
    const code = await main(
      [...cliArgs(), '--markdown', '--expected-assets', 'bpfman-crds-install.yaml'],
      {
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: (text: string) => (out += text) },
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
      }
    )
    expect(code).toBe(0)
    expect(out).toContain('### Release state\n\n```mermaid\nflowchart LR\n')
    expect(out).toContain('s0 --> s1')
    expect(out).not.toContain('**Next**')
  })

  it('a release of a patch line: the next-dev row is done, main keeps its development version', async () => {
    world.emulator.state.seedMergedPull('bpfman', 'bpfman-operator', {
      title: 'Release v0.6.2',
      user: 'bpfman',
      headRef: 'release-v0.6.2',
      baseRef: 'release-v0.6.0-patch'
    })
    const rows = await releaseStatus({ ...request, version: parseVersion('0.6.2') })
    expect(rows.find((row) => row.stage === 'next-dev PR')).toMatchObject({
      state: 'done',
      detail:
        'not needed: v0.6.2 is a release of release-v0.6.0-patch, and main keeps its development version'
    })
  })

  describe('the images of the workflows at the tag (no --images)', () => {
    const TREE = parseVersion('0.7.0')
    /** The workflows at v0.7.0 as `.github/workflows/` files. */
    const asFiles = (workflows: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(workflows).map(([name, text]) => [`.github/workflows/${name}`, text])
      )
    const imagesOf = (workflows: Record<string, string>) =>
      imagesPublishedByWorkflows(new Map(Object.entries(workflows)))

    /** A repository of the emulator, with `files` committed on main and tagged v0.7.0 when `tagged`. */
    const repository = async (name: string, files: Record<string, string>, tagged: boolean) => {
      const repo = await FixtureRepo.create(`${world.workDir}/..`, name)
      await repo.commit('Release v0.7.0', { 'README.md': `${name}\n`, ...files })
      // Annotated, as Tag Release makes it: the contents API reads through the tag object.
      if (tagged) await repo.tag(TREE.tag, true)
      await repo.pushAll()
      world.emulator.addRepo({ owner: 'bpfman', name, gitDir: repo.remoteDir })
    }

    /** The request of the tree's test: both repositories' images left to their workflows. */
    const treeRequest = (bpfman: string, operatorName: string): StatusRequest => {
      // Every answer of the emulator checked against GitHub's OpenAPI description.
      const octokit = validatingOctokit(world.emulator.url, TOKEN) as never
      return {
        ...request,
        version: TREE,
        bpfman: {
          github: new GitHubClient(octokit, { owner: 'bpfman', repo: bpfman }),
          images: { fallback: PUBLISHED_IMAGES },
          expectedAssets: []
        },
        operator: {
          github: new GitHubClient(octokit, { owner: 'bpfman', repo: operatorName }),
          images: { fallback: PROCESS_OPERATOR_IMAGES },
          expectedAssets: []
        },
        docsUrl: undefined
      }
    }
    const imageRows = (rows: StatusRow[], repository: string) =>
      rows.filter((row) => row.stage === 'images' && row.repository === `bpfman/${repository}`)

    beforeAll(async () => {
      await repository('bpfman-main', asFiles(bpfmanWorkflows('main')), true)
      await repository('operator-main', asFiles(operatorWorkflows()), true)
      await repository('bpfman-no-workflows', {}, true)
      await repository('bpfman-untagged', asFiles(bpfmanWorkflows('main')), false)
    }, 60_000)

    it("checks exactly what the tag's workflows push with it, and the :latest-only image apart", async () => {
      const bpfmanImages = imagesOf(bpfmanWorkflows('main'))
      expect(bpfmanImages.tagged.size).toBe(31)
      expect([...bpfmanImages.latestOnly.keys()]).toEqual(['quay.io/bpfman/bpfman'])
      const pushed = await pushImage(registry, 'bpfman-bytecode/xdp_pass', TREE.tag, {
        marker: 'xdp_pass-0.7.0'
      })
      const latest = await pushImage(registry, 'bpfman/bpfman', 'latest', { marker: 'daemon' })

      const rows = await releaseStatus(treeRequest('bpfman-main', 'operator-main'))
      const bpfman = imageRows(rows, 'bpfman-main')
      expect(bpfman.map((row) => row.item)).toEqual([
        ...[...bpfmanImages.tagged.keys()].sort().map((image) => `${image}:v0.7.0`),
        'quay.io/bpfman/bpfman:latest'
      ])
      expect(bpfman.map((row) => row.item).join(' ')).not.toMatch(/xdp-pass|tc-pass/)
      expect(
        bpfman.find((row) => row.item === 'quay.io/bpfman-bytecode/xdp_pass:v0.7.0')
      ).toMatchObject({
        state: 'done',
        detail: `${pushed.digest} (image-build.yml at v0.7.0 pushes it)`
      })
      expect(
        bpfman.find((row) => row.item === 'quay.io/bpfman-bytecode/tc_pass:v0.7.0')
      ).toMatchObject({
        state: 'missing',
        detail: 'no such tag in the registry (image-build.yml at v0.7.0 pushes it)'
      })
      // Pushed as :latest only: done once :latest is there, since the release gives it no tag.
      expect(bpfman.at(-1)).toMatchObject({
        state: 'done',
        detail: `${latest.digest}; image-build.yml at v0.7.0 pushes it as :latest only: no v0.7.0 tag is expected`
      })
      expect(states(rows, 'images', 'bpfman/operator-main')).toEqual(
        [...imagesOf(operatorWorkflows()).tagged.keys()]
          .sort()
          .map((image) => [`${image}:v0.7.0`, 'missing'])
      )
      expect(imageRows(rows, 'operator-main')).toHaveLength(3)
      expect(validatedOperations).toContain('repos/get-content 200')

      // Tagged besides (by hand, or by post-release for a pinned dispatcher): the tag's row, done.
      const tagged = await pushImage(registry, 'bpfman/bpfman', TREE.tag, { marker: 'daemon' })
      const again = imageRows(
        await releaseStatus(treeRequest('bpfman-main', 'operator-main')),
        'bpfman-main'
      )
      expect(again.at(-1)).toMatchObject({
        item: 'quay.io/bpfman/bpfman:v0.7.0',
        state: 'done',
        detail: `${tagged.digest}; image-build.yml at v0.7.0 pushes it as :latest only, and it is tagged too`
      })
    })

    it("falls back to the release process's list, and says why: no workflows at the tag, no tag yet", async () => {
      const rows = await releaseStatus(treeRequest('bpfman-no-workflows', 'bpfman-untagged'))
      const noWorkflows = imageRows(rows, 'bpfman-no-workflows')
      expect(noWorkflows.map((row) => row.item)).toEqual(
        PUBLISHED_IMAGES.map((image) => `${image}:v0.7.0`)
      )
      // The old process's names, in the registry under none of them.
      expect(
        noWorkflows.find((row) => row.item === 'quay.io/bpfman-bytecode/xdp-pass:v0.7.0')?.detail
      ).toBe(
        "no such tag in the registry (the release process's list: no workflow in .github/workflows at v0.7.0)"
      )
      const untagged = imageRows(rows, 'bpfman-untagged')
      expect(untagged.map((row) => row.item)).toEqual(
        PROCESS_OPERATOR_IMAGES.map((image) => `${image}:v0.7.0`)
      )
      expect(untagged[0].detail).toBe(
        "no such tag in the registry (the release process's list: no tag v0.7.0 yet to read the workflows at)"
      )
      expect(validatedOperations).toContain('repos/get-content 404')
    })

    it('the CLI without --images reads the workflows at the tag', async () => {
      const result = await runCli(
        [
          'status',
          '0.7.0',
          '--repo',
          'bpfman/bpfman-main',
          '--operator-repo',
          'bpfman/operator-main',
          '--registry-url',
          registry.url,
          '--docs-url',
          'none',
          '--catalogs',
          CATALOG,
          '--json'
        ],
        { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
      )
      expect(result.stderr).toBe('')
      const rows = JSON.parse(result.stdout) as StatusRow[]
      expect(imageRows(rows, 'bpfman-main')).toHaveLength(32)
      expect(imageRows(rows, 'operator-main')).toHaveLength(3)
    }, 60_000)
  })

  describe('a release candidate, and an operator that keeps its version in the Makefile', () => {
    /** A repository of the emulator: each commit's files on main, tagged (annotated) as given. */
    const repository = async (name: string, commits: [string, Record<string, string>][]) => {
      const repo = await FixtureRepo.create(`${world.workDir}/..`, name)
      for (const [tag, files] of commits) {
        await repo.commit(`Release ${tag}`, { 'README.md': `${name} ${tag}\n`, ...files })
        await repo.tag(tag, true)
      }
      await repo.pushAll()
      world.emulator.addRepo({ owner: 'bpfman', name, gitDir: repo.remoteDir })
    }
    const client = (name: string) =>
      new GitHubClient(validatingOctokit(world.emulator.url, TOKEN) as never, {
        owner: 'bpfman',
        repo: name
      })
    const target = (name: string, expectedAssets: string[] = []) => ({
      github: client(name),
      images: [],
      expectedAssets
    })
    const rowOf = (rows: StatusRow[], stage: string) =>
      rows.find((row) => row.stage === stage) as StatusRow

    beforeAll(async () => {
      // rc1 on prepare's lighter path (no example configs of its own); rc2 with them.
      await repository('bpfman-rc', [
        ['v0.7.0-rc1', { 'examples/config/v0.6.0/go-xdp-counter/kustomization.yaml': 'x\n' }],
        ['v0.7.0-rc2', { 'examples/config/v0.7.0-rc2/go-xdp-counter/kustomization.yaml': 'x\n' }]
      ])
      for (const tag of ['v0.7.0-rc1', 'v0.7.0-rc2'])
        await client('bpfman-rc').octokit.rest.repos.createRelease({
          owner: 'bpfman',
          repo: 'bpfman-rc',
          tag_name: tag,
          name: tag,
          prerelease: true
        })
      // The operator up to v0.5.6: the version in the Makefile, no VERSION file.
      await repository('operator-makefile', [['v0.5.7', { Makefile: 'VERSION ?= 0.5.7\n' }]])
    }, 60_000)

    it('an rc: no catalog rows; no assets expected without examples/config/<tag>, still expected with it', async () => {
      const rc = (version: string): StatusRequest => ({
        ...request,
        version: parseVersion(version),
        bpfman: target('bpfman-rc', ['bpfman-crds-install.yaml']),
        docsUrl: undefined
      })
      const rc1 = await releaseStatus(rc('0.7.0-rc1'))
      expect(request.catalogs).toHaveLength(1)
      expect(rc1.filter((row) => row.stage === 'catalog PRs')).toEqual([])
      expect(rowOf(rc1, 'GitHub release')).toMatchObject({
        repository: 'bpfman/bpfman-rc',
        item: 'v0.7.0-rc1',
        state: 'done',
        detail: 'published prerelease; 0 of 0 expected assets, 0 in all'
      })
      const rc2 = await releaseStatus(rc('0.7.0-rc2'))
      expect(rc2.filter((row) => row.stage === 'catalog PRs')).toEqual([])
      expect(rowOf(rc2, 'GitHub release')).toMatchObject({
        repository: 'bpfman/bpfman-rc',
        item: 'v0.7.0-rc2',
        state: 'failed',
        detail:
          'published prerelease; 0 of 1 expected assets (missing bpfman-crds-install.yaml), 0 in all'
      })
    })

    it('the operator with a Makefile and no VERSION file at the tag needs no next-dev pull request', async () => {
      const makefile = (version: string): StatusRequest => ({
        ...request,
        version: parseVersion(version),
        operator: target('operator-makefile'),
        docsUrl: undefined
      })
      expect(rowOf(await releaseStatus(makefile('0.5.7')), 'next-dev PR')).toMatchObject({
        repository: 'bpfman/operator-makefile',
        state: 'done',
        detail:
          'not needed: VERSION is not in v0.5.7 (the version is in the Makefile), so next-dev sets no -dev version'
      })
      // Read at the tag: before v0.5.8 exists, the pull request is still looked for.
      expect(rowOf(await releaseStatus(makefile('0.5.8')), 'next-dev PR')).toMatchObject({
        state: 'missing',
        detail: 'no pull request to a later -dev version'
      })
    })
  })

  it('a version that is not one is bad input, exit 2, before any request', async () => {
    const result = await runCli(['status', 'latest'], { GITHUB_API_URL: 'http://127.0.0.1:9' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('VERSION: "latest" is not a release version')
  }, 60_000)
})
