import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { tagWorkflow } from '../../src/release/repository-workflows.js'
import { describeTagRuns, waitForTagRuns } from '../../src/steps/tag-runs.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { bpfmanWorkflows, operatorWorkflows } from '../../sandbox/fixtures/repository-workflows.js'

// The runs a tag started, read from the emulator over HTTP with the real
// Octokit client; and what a workflow does for a tag push, read from the
// fixture workflows written after the real ones.

const TOKEN = 'tag-runs-token'
const TAG = 'v0.6.1'
let emulator: GitHubEmulator
let github: GitHubClient
beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  github = new GitHubClient(createOctokit(TOKEN, emulator.url), { owner: 'bpfman', repo: 'bpfman' })
})
afterAll(() => emulator.close())

/** A clock the waits move: each sleep advances it, and `during` runs at a given time. */
function clock(during: (ms: number) => void = () => undefined) {
  let time = 0
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms
      during(time)
    }
  }
}

const run = (
  workflow: string,
  fields: Parameters<typeof emulator.state.addWorkflowRun>[2] = { workflow }
) => emulator.state.addWorkflowRun('bpfman', 'bpfman', { headBranch: TAG, ...fields, workflow })

describe('tagWorkflow', () => {
  it("reads bpfman's three tag-push workflows in both shapes: build.yml makes the release", () => {
    for (const shape of ['main', 'v0.6.0'] as const) {
      const read = Object.entries(bpfmanWorkflows(shape)).map(([file, text]) =>
        tagWorkflow(file, text, TAG)
      )
      expect(read).toEqual([
        { file: 'build.yml', onTagPush: true, dispatchable: true, releaseJobs: ['release'] },
        { file: 'docs-build.yml', onTagPush: true, dispatchable: false, releaseJobs: [] },
        { file: 'image-build.yml', onTagPush: true, dispatchable: true, releaseJobs: [] }
      ])
    }
    expect(
      Object.entries(operatorWorkflows()).map(([file, text]) => tagWorkflow(file, text, TAG))
    ).toEqual([
      { file: 'image-build.yaml', onTagPush: true, dispatchable: false, releaseJobs: [] },
      { file: 'release.yml', onTagPush: true, dispatchable: false, releaseJobs: ['release'] }
    ])
  })

  it('follows the push filters and required dispatch inputs as GitHub does', () => {
    const read = (on: string) => tagWorkflow('w.yml', `on:\n${on}\njobs: {}\n`, TAG)
    expect(read('  push:\n    branches: [main]').onTagPush).toBe(false)
    expect(read('  push:').onTagPush).toBe(true)
    expect(read("  push:\n    tags: ['v*', '!v*-rc*']").onTagPush).toBe(true)
    expect(
      tagWorkflow('w.yml', "on:\n  push:\n    tags: ['v*', '!v*-rc*']\n", 'v0.7.0-rc1').onTagPush
    ).toBe(false)
    expect(read('  push:\n    tags-ignore: [v0.6.*]').onTagPush).toBe(false)
    expect(
      read('  workflow_dispatch:\n    inputs:\n      tag:\n        required: true').dispatchable
    ).toBe(false)
    expect(
      read(
        '  workflow_dispatch:\n    inputs:\n      tag:\n        required: true\n        default: v0'
      ).dispatchable
    ).toBe(true)
    expect(tagWorkflow('w.yml', 'on: [push, workflow_dispatch]\n', TAG)).toMatchObject({
      onTagPush: true,
      dispatchable: true
    })
  })
})

describe('waitForTagRuns', () => {
  it('waits for the newest run on the tag of each workflow, not its own run nor runs elsewhere', async () => {
    const build = run('build.yml')
    const images = run('image-build.yml', { workflow: 'image-build.yml', status: 'in_progress' })
    const own = run('release.yml')
    run('build.yml', { workflow: 'build.yml', headBranch: 'main' })
    const time = clock((ms) => {
      if (ms >= 400) emulator.state.setRunStatus(images.id, 'completed', 'success')
      if (ms >= 200) emulator.state.setRunStatus(build.id, 'completed', 'success')
    })
    const runs = await waitForTagRuns({
      github,
      tag: TAG,
      workflows: ['build.yml', 'image-build.yml', 'release.yml'],
      ownRunId: own.id,
      waitMs: 60_000,
      startMs: 1_000,
      ...time
    })
    expect(runs.finished.map(({ workflow, run }) => [workflow, run.id, run.conclusion])).toEqual([
      ['build.yml', build.id, 'success'],
      ['image-build.yml', images.id, 'success']
    ])
    // release.yml has only the asking run: after the start time it counts as not started.
    expect(runs.notStarted).toEqual(['release.yml'])
    expect(time.now()).toBeGreaterThanOrEqual(1_000)
    expect(describeTagRuns(TAG, runs)).toMatch(
      new RegExp(
        `the runs on v0\\.6\\.1 finished: build\\.yml run ${build.id} \\(completed, success\\).*; no run on v0\\.6\\.1 of release\\.yml`
      )
    )
    emulator.state.workflowRuns.length = 0
  })

  it('stops at a run that failed, naming it and what to do; at the deadline, names what still runs', async () => {
    const failed = run('build.yml', {
      workflow: 'build.yml',
      status: 'completed',
      conclusion: 'failure'
    })
    await expect(
      waitForTagRuns({
        github,
        tag: TAG,
        workflows: ['build.yml'],
        ownRunId: undefined,
        waitMs: 1000,
        startMs: 0,
        ...clock()
      })
    ).rejects.toThrow(
      `the run on ${TAG} of build.yml did not succeed: run ${failed.id} (completed, failure)`
    )
    const going = run('docs-build.yml', { workflow: 'docs-build.yml', status: 'in_progress' })
    await expect(
      waitForTagRuns({
        github,
        tag: TAG,
        workflows: ['docs-build.yml'],
        ownRunId: undefined,
        waitMs: 1000,
        startMs: 0,
        ...clock()
      })
    ).rejects.toThrow(
      new RegExp(
        `have not finished: docs-build\\.yml run ${going.id} \\(in_progress\\).*raise runs-wait-seconds`
      )
    )
    // A wait of 0 only looks: what is going is reported, not waited for.
    const looked = await waitForTagRuns({
      github,
      tag: TAG,
      workflows: ['docs-build.yml'],
      ownRunId: undefined,
      waitMs: 0,
      startMs: 0,
      ...clock()
    })
    expect(looked.going.map(({ run }) => run.id)).toEqual([going.id])
    emulator.state.workflowRuns.length = 0
  })
})
