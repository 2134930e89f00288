import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { TOKEN, createWorld, type World } from './world.js'

const CI = `name: CI
on:
  pull_request:
    types: [opened, synchronize, reopened]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "CI of \${{ github.event.pull_request.head.ref }}"
`
const ON_MERGE = `name: On merge
on:
  pull_request:
    types: [closed]
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  seen:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event_name }}"
`

/** Events turn into runs as GitHub turns them, and GITHUB_TOKEN's events start none. */
describe('the runner runs what the recorded events start', () => {
  let world: World
  const JOB_TOKEN = 'ghs_a_job_token'

  beforeAll(async () => {
    world = await createWorld()
    await world.repo.commit('ci', {
      '.github/workflows/ci.yml': CI,
      '.github/workflows/on-merge.yml': ON_MERGE
    })
    await world.repo.push('main')
    world.emulator.grantToken(JOB_TOKEN, {
      kind: 'job',
      repository: 'bpfman/bpfman',
      permissions: { contents: 'write', 'pull-requests': 'write' }
    })
  })
  afterAll(() => world.close())

  const openPull = async (token: string, branch: string): Promise<number> => {
    await world.repo.checkout(branch, true)
    await world.repo.commit(branch, { [`${branch}.txt`]: 'x\n' })
    await world.repo.push(branch)
    await world.repo.checkout('main')
    const { data } = await getOctokit(token, { baseUrl: world.emulator.url }).rest.pulls.create({
      owner: 'bpfman',
      repo: 'bpfman',
      head: branch,
      base: 'main',
      title: branch
    })
    return data.number
  }

  it("a pull request opened with a job's GITHUB_TOKEN gets no CI; one opened by a user does", async () => {
    const byJob = await openPull(JOB_TOKEN, 'release-v0.6.1')
    const byUser = await openPull(TOKEN, 'feature')
    const { runs, unstarted } = await world.runner.runEvents()
    expect(runs.map((run) => [run.workflow, run.event, run.conclusion])).toEqual([
      ['.github/workflows/ci.yml', 'pull_request', 'success']
    ])
    expect(runs[0].jobs.build.steps[0].stdout).toContain('CI of feature')
    expect(unstarted).toEqual([
      {
        event: expect.objectContaining({ number: byJob, madeWith: 'GITHUB_TOKEN' }),
        why: expect.stringContaining('made with GITHUB_TOKEN: GitHub starts no workflow')
      }
    ])
    expect(byUser).toBe(byJob + 1)
  })

  it("a maintainer's merge starts the pull_request closed and push workflows; a second pass starts nothing", async () => {
    const pull = world.emulator.state.pulls.find((p) => p.head.ref === 'feature')!
    await world.emulator.mergePull('bpfman', 'bpfman', pull.number)
    const { runs } = await world.runner.runEvents()
    expect(runs.map((run) => [run.workflow, run.event, run.conclusion])).toEqual([
      ['.github/workflows/on-merge.yml', 'pull_request', 'success'],
      ['.github/workflows/on-merge.yml', 'push', 'success']
    ])
    expect((await world.runner.runEvents()).runs).toEqual([])
  })
})
