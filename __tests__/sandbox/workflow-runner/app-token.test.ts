import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { createWorld, type World } from './world.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const OTHER_PEM = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString()

const CI = `name: CI
on:
  pull_request:
    types: [opened]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo CI
`
const ON_TAG = `name: Publish
on:
  push:
    tags: ['v*']
permissions:
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: echo "publish \${{ github.ref_name }}"
`

/**
 * A job that tags as tag-release.yml's does: its own App steps and checkout,
 * then a tag pushed with what the checkout keeps. The App's id comes from
 * secret `idSecret` (unset: the GITHUB_TOKEN path).
 */
function taggingWorkflow(idSecret: string, tag: string): string {
  const reusable = YAML.parse(
    readFileSync(`${ROOT}/.github/workflows/tag-release.yml`, 'utf8')
  ) as {
    jobs: { tag: { permissions: Record<string, string>; steps: { id?: string; uses?: string }[] } }
  }
  const { permissions, steps } = reusable.jobs.tag
  const own = steps.filter(
    (step) =>
      step.id === 'app-path' || step.id === 'app' || step.uses?.startsWith('actions/checkout@')
  )
  const job = {
    'runs-on': 'ubuntu-latest',
    permissions,
    steps: [...own, { run: `git tag ${tag}\ngit push -q origin refs/tags/${tag}` }]
  }
  return YAML.stringify({ on: 'workflow_dispatch', permissions: {}, jobs: { tag: job } })
    .replaceAll('secrets.app-id', `secrets.${idSecret}`)
    .replaceAll('secrets.app-private-key', 'secrets.APP_PRIVATE_KEY')
}

/** An App installation token minted in a job, as actions/create-github-app-token does. */
describe('a GitHub App token in a workflow', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({
      secrets: { APP_ID: '123456', APP_PRIVATE_KEY: PEM, WRONG_KEY: OTHER_PEM }
    })
    await world.repo.commit('ci', {
      '.github/workflows/ci.yml': CI,
      '.github/workflows/publish.yml': ON_TAG
    })
    await world.repo.push('main')
    world.emulator.installApp({
      appId: 123456,
      slug: 'bpfman-release',
      privateKey: PEM,
      account: 'bpfman',
      repositories: ['bpfman/bpfman'],
      permissions: { contents: 'write', 'pull-requests': 'write', actions: 'write' }
    })
  })
  afterAll(() => world.close())

  const workflow = (key: string, permission: string): string =>
    world.write(
      `bpfman/.github/workflows/app-${key}-${permission}.yml`,
      `on: workflow_dispatch
permissions: { contents: read }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: app
        uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1
        with:
          app-id: 123456
          private-key: \${{ secrets.${key} }}
          permission-contents: write
          permission-${permission}: write
      - uses: actions/checkout@v4
        with:
          token: \${{ steps.app.outputs.token }}
      - run: |
          git -c user.name=a -c user.email=a@b commit -q --allow-empty -m change
          git push -q origin HEAD:refs/heads/by-app
          curl -sf -X POST -H "authorization: token \${{ steps.app.outputs.token }}" \\
            "$GITHUB_API_URL/repos/bpfman/bpfman/pulls" \\
            -d '{"title":"by the App","head":"by-app","base":"main"}'
`
    )

  it('pushes and opens a pull request with the token, and the pull request gets its CI run', async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: workflow('APP_PRIVATE_KEY', 'pull-requests'),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    const pull = world.emulator.state.pulls.find((p) => p.head.ref === 'by-app')
    expect(pull?.user).toBe('bpfman-release[bot]')
    const { runs } = await world.runner.runEvents()
    expect(runs.map((r) => [r.workflow, r.event, r.conclusion])).toEqual([
      ['.github/workflows/ci.yml', 'pull_request', 'success']
    ])
  })

  it('refuses a permission the installation lacks, and a JWT signed with another key', async () => {
    const excess = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: workflow('APP_PRIVATE_KEY', 'workflows'),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(excess.errors).toEqual([
      expect.stringMatching(
        /job a, step 1 \(app: actions\/create-github-app-token@[0-9a-f]+\): .*422 The permissions requested are not granted to this installation\./
      )
    ])
    const forged = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: workflow('WRONG_KEY', 'pull-requests'),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(forged.errors).toEqual([
      expect.stringContaining('401 A JSON web token could not be decoded')
    ])
  })

  it("tag-release's App steps mint its job's permissions, and the tag pushed with the token starts the tag-push workflow", async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: world.write(
        'bpfman/.github/workflows/tag-app.yml',
        taggingWorkflow('APP_ID', 'v0.0.1')
      ),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    const token = run.jobs.tag.steps.find((step) => step.id === 'app')?.outputs.token
    expect(world.emulator.grantOf(token!)).toMatchObject({
      kind: 'installation',
      repositories: ['bpfman/bpfman'],
      permissions: { contents: 'write', actions: 'write', 'pull-requests': 'read' }
    })
    const { runs, unstarted } = await world.runner.runEvents()
    expect(unstarted).toEqual([])
    expect(runs.map((r) => [r.workflow, r.event, r.conclusion])).toEqual([
      ['.github/workflows/publish.yml', 'push', 'success']
    ])
    expect(runs[0].jobs.publish.steps[0].stdout).toContain('publish v0.0.1')
  })

  it('without the App, the same job pushes the tag with GITHUB_TOKEN, and the push starts nothing', async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: world.write(
        'bpfman/.github/workflows/tag-job.yml',
        taggingWorkflow('NO_APP_ID', 'v0.0.2')
      ),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.jobs.tag.steps.find((step) => step.id === 'app')?.result).toBe('skipped')
    const { runs, unstarted } = await world.runner.runEvents()
    expect(runs).toEqual([])
    expect(unstarted).toEqual([
      {
        event: expect.objectContaining({
          name: 'push',
          ref: 'refs/tags/v0.0.2',
          madeWith: 'GITHUB_TOKEN'
        }),
        why: expect.stringContaining('made with GITHUB_TOKEN: GitHub starts no workflow')
      }
    ])
  })
})
