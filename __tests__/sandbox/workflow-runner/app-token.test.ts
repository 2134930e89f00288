import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { createWorld, type World } from './world.js'

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

/** An App installation token minted in a job, as actions/create-github-app-token does. */
describe('a GitHub App token in a workflow', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ secrets: { APP_PRIVATE_KEY: PEM, WRONG_KEY: OTHER_PEM } })
    await world.repo.commit('ci', { '.github/workflows/ci.yml': CI })
    await world.repo.push('main')
    world.emulator.installApp({
      appId: 123456,
      slug: 'bpfman-release',
      privateKey: PEM,
      account: 'bpfman',
      repositories: ['bpfman/bpfman'],
      permissions: { contents: 'write', 'pull-requests': 'write' }
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
})
