import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubClient } from '../../src/effects/github/client.js'
import { createOctokit } from '../../src/effects/github/octokit.js'
import { applyPlan } from '../../src/release/plan.js'
import { dispatchOnceOperation } from '../../src/steps/dispatch.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'

// A 403 is told apart by GitHub's answer, over HTTP against the emulator: a
// secondary rate limit says so (and is no missing permission), a permission
// refusal names the permission; each reaches the phase's error with its own words.

let emulator: GitHubEmulator

beforeEach(async () => {
  emulator = await startGitHubEmulator({ token: 'test-token' })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
})
afterEach(async () => {
  await emulator.close()
})

/** A post-release hand-over dispatch, applied as a phase applies its plan. */
async function dispatch(): Promise<Awaited<ReturnType<typeof applyPlan>>> {
  const octokit = createOctokit('test-token', {
    baseUrl: emulator.url,
    secondMs: 2,
    attempts: 3,
    pacing: false
  })
  const github = new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman-operator' })
  const operation = dispatchOnceOperation({
    github,
    workflow: 'prepare-release.yml',
    ref: 'main',
    inputs: { version: '0.6.1' },
    matches: () => false,
    title: 'dispatch prepare-release.yml in bpfman/bpfman-operator',
    refusalHint: 'Check that operator-token may run workflows there (actions: write)',
    refusals: [404, 422, 403]
  })
  return applyPlan({
    phase: 'post-release',
    repository: 'bpfman/bpfman',
    version: '0.6.1',
    files: [],
    operations: [operation],
    notes: []
  })
}

/** The error of the dispatch, as the phase reports it. */
async function dispatchError(): Promise<string> {
  const result = await dispatch()
  expect(result.error).toBeInstanceOf(Error)
  return (result.error as Error).message
}

const DISPATCHES = {
  method: 'POST',
  path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
}

describe('403: rate limit or permission, by the answer', () => {
  it('a secondary rate limit that does not lift: its own message, no permission hint', async () => {
    emulator.injectFault({ kind: 'secondary-rate-limit', times: Infinity, ...DISPATCHES })
    const message = await dispatchError()
    expect(message).toContain("GitHub's secondary rate limit stopped the request")
    expect(message).toContain('not a missing permission')
    expect(message).toContain('Wait a few minutes and rerun the job')
    expect(message).not.toContain('actions: write')
    expect(message).not.toContain('refused to dispatch')
    expect(emulator.state.dispatches).toHaveLength(0)
  })

  it('a primary rate limit: the quota and until when, no permission hint', async () => {
    emulator.injectFault({
      kind: 'primary-rate-limit',
      retryAfterSeconds: 7200,
      times: Infinity,
      ...DISPATCHES
    })
    const message = await dispatchError()
    expect(message).toMatch(/the token's GitHub API rate limit is used up until \d{4}-/)
    expect(message).not.toContain('actions: write')
  })

  it('a permission refusal: the permission to give, and the hint of the step', async () => {
    emulator.injectFault({ kind: 'forbidden', ...DISPATCHES })
    const message = await dispatchError()
    expect(message).toContain(
      'bpfman/bpfman-operator refused to dispatch prepare-release.yml on main'
    )
    expect(message).toContain('the token lacks a permission')
    expect(message).toContain('actions: write')
    expect(message).not.toContain('rate limit')
  })

  it('a secondary rate limit that lifts: waited out, the dispatch goes through once', async () => {
    const fault = emulator.injectFault({ kind: 'secondary-rate-limit', ...DISPATCHES })
    const result = await dispatch()
    expect(result.error).toBeUndefined()
    expect(fault.fired).toBe(true)
    expect(emulator.state.dispatches).toHaveLength(1)
  })
})
