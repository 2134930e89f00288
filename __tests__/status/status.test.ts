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
import { runCli } from '../support/cli.js'
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
  let registry: TestRegistry
  let docs: Server
  let docsUrl: string
  let request: StatusRequest
  let releaseId = 0

  beforeAll(async () => {
    world = await startWorld('bpfman')
    const operator = await FixtureRepo.create(`${world.workDir}/..`, 'bpfman-operator')
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
    const { outputs } = await tagRelease(world, { version: '0.6.1', publish: 'later' })
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

  it('the CLI prints the rows as JSON, one object per row, and exits 1 while a row failed', async () => {
    const result = await runCli(
      [
        'status',
        '0.6.1',
        '--json',
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
      ],
      { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const rows = JSON.parse(result.stdout) as StatusRow[]
    expect(rows.map((row) => row.state)).toEqual(
      expect.arrayContaining(['done', 'failed', 'missing'])
    )
    for (const row of rows)
      expect(['done', 'in progress', 'missing', 'failed']).toContain(row.state)
    expect(rows.filter((row) => row.stage === 'docs')).toEqual([])
  }, 60_000)

  it('a version that is not one is bad input, exit 2, before any request', async () => {
    const result = await runCli(['status', 'latest'], { GITHUB_API_URL: 'http://127.0.0.1:9' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('VERSION: "latest" is not a release version')
  }, 60_000)
})
