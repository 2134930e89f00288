import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { TOKEN, createWorld, type World } from './world.js'

const TAG_RELEASE = `name: Tag Release
run-name: Tag \${{ inputs.version || github.event.pull_request.head.ref }}
on:
  pull_request:
    types: [closed]
    branches: [main, 'release-v*-patch']
  workflow_dispatch:
    inputs:
      version: { description: v, required: true }
permissions:
  contents: read
jobs:
  tag:
    if: >-
      github.event_name == 'workflow_dispatch' ||
      (github.event.pull_request.merged && startsWith(github.event.pull_request.head.ref, 'release-v'))
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          test "$(git rev-parse HEAD)" = "\${{ github.sha }}"
          test "$(jq -r .pull_request.number "$GITHUB_EVENT_PATH")" = "\${{ github.event.number }}"
          test "$GITHUB_REF" = "refs/pull/\${{ github.event.number }}/merge"
          test "$GITHUB_HEAD_REF" = release-v0.6.1 && test "$GITHUB_BASE_REF" = main
`

const PUBLISH = `name: Publish
run-name: Publish \${{ inputs.tag || github.ref_name }}
on:
  push:
    tags: ['v*', '!v*-rc*']
  workflow_dispatch:
    inputs:
      tag: { description: t, required: true }
permissions:
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ inputs.tag || github.ref_name }}
      - id: info
        run: |
          echo "ref=$GITHUB_REF_NAME $GITHUB_REF_TYPE" >> "$GITHUB_OUTPUT"
          echo "head=$(git describe --tags)" >> "$GITHUB_OUTPUT"
    outputs:
      ref: \${{ steps.info.outputs.ref }}
      head: \${{ steps.info.outputs.head }}
  go:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: go
        uses: actions/setup-go@v5
        with:
          go-version-file: go.mod
      - run: go version | grep -q "go\${{ steps.go.outputs.go-version }}"
`

describe('triggers', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld()
    await world.repo.commit('ci', {
      '.github/workflows/tag-release.yml': TAG_RELEASE,
      '.github/workflows/publish.yml': PUBLISH
    })
    await world.repo.push('main')
  })
  afterAll(() => world.close())

  it('runs pull_request closed on a merged release PR, and skips a PR of another branch', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: world.emulator.url })
    await world.repo.pushBranch('release-v0.6.1', { VERSION: '0.6.1\n' })
    await world.repo.pushBranch('feature', { FEATURE: 'x\n' })
    const open = async (head: string): Promise<number> =>
      (
        await octokit.rest.pulls.create({
          owner: 'bpfman',
          repo: 'bpfman',
          head,
          base: 'main',
          title: head
        })
      ).data.number
    const release = await open('release-v0.6.1')
    const feature = await open('feature')
    const merge = await world.emulator.mergePull('bpfman', 'bpfman', release)
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/tag-release.yml',
      trigger: { event: 'pull_request', action: 'closed', number: release }
    })
    expect(run.errors).toEqual([])
    expect(run.event).toBe('pull_request')
    expect(run.runName).toBe('Tag release-v0.6.1')
    expect(run.jobs.tag.steps[0].outputs.commit).toBe(merge)
    expect(world.emulator.state.run(run.runId)).toMatchObject({
      event: 'pull_request',
      headBranch: 'release-v0.6.1',
      conclusion: 'success'
    })
    const closed = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/tag-release.yml',
      trigger: { event: 'pull_request', action: 'closed', number: feature }
    })
    expect(closed.jobs.tag.result).toBe('skipped')
    expect(closed.conclusion).toBe('skipped')
    const opened = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/tag-release.yml',
      trigger: { event: 'pull_request', action: 'opened', number: feature }
    })
    expect(opened.notTriggered).toBe('pull_request opened is not in its types')
    expect(opened.jobs).toEqual({})
  })

  it('runs a pushed tag through the tag filters, and not a branch push', async () => {
    await world.repo.bareGit('tag', 'v0.2.0', 'main')
    await world.repo.bareGit('tag', 'v0.3.0-rc1', 'main')
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/publish.yml',
      trigger: { event: 'push', ref: 'refs/tags/v0.2.0' }
    })
    expect(run.errors).toEqual([])
    expect(run.runName).toBe('Publish v0.2.0')
    expect(run.jobs.publish.outputs).toEqual({ ref: 'v0.2.0 tag', head: 'v0.2.0' })
    expect(run.jobs.go.steps[1].outputs['go-version']).toMatch(/^1\.\d+/)
    const rc = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/publish.yml',
      trigger: { event: 'push', ref: 'v0.3.0-rc1' }
    })
    expect(rc.notTriggered).toBe('v0.3.0-rc1 is not in its tags')
    const branch = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/publish.yml',
      trigger: { event: 'push', ref: 'refs/heads/main' }
    })
    expect(branch.notTriggered).toBe('it filters only tags')
  })

  it('runs a dispatch the emulator recorded, as the run it recorded', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: world.emulator.url })
    await octokit.rest.actions.createWorkflowDispatch({
      owner: 'bpfman',
      repo: 'bpfman',
      workflow_id: 'publish.yml',
      ref: 'main',
      inputs: { tag: 'v0.2.0' }
    })
    const dispatch = world.emulator.state.dispatches.at(-1)!
    expect(world.emulator.state.run(dispatch.runId)?.status).toBe('queued')
    const [run, ...more] = await world.runner.runDispatches()
    expect(more).toEqual([])
    expect(await world.runner.runDispatches()).toEqual([])
    expect(run.errors).toEqual([])
    expect(run.runId).toBe(dispatch.runId)
    expect(run.runName).toBe('Publish v0.2.0')
    expect(run.jobs.publish.outputs).toEqual({ ref: 'main branch', head: 'v0.2.0' })
    expect(world.emulator.state.run(dispatch.runId)).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      displayTitle: 'Publish v0.2.0'
    })
  })

  it('refuses dispatch inputs the workflow does not declare, and required ones missing', async () => {
    await expect(
      world.runner.run({
        repository: 'bpfman/bpfman',
        workflow: '.github/workflows/publish.yml',
        trigger: { event: 'workflow_dispatch', inputs: { tag: 'v1', extra: 'x' } }
      })
    ).rejects.toThrow(
      'workflow .github/workflows/publish.yml: Unexpected inputs provided: ["extra"]'
    )
    await expect(
      world.runner.run({
        repository: 'bpfman/bpfman',
        workflow: '.github/workflows/publish.yml',
        trigger: { event: 'workflow_dispatch' }
      })
    ).rejects.toThrow("workflow .github/workflows/publish.yml: Required input 'tag' not provided")
  })
})
