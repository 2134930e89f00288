import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'

const owner = 'bpfman'
const repo = 'bpfman'
const REPO = `/repos/${owner}/${repo}`

let emulator: GitHubEmulator
let github: GitHubClient

beforeEach(async () => {
  process.env.RELEASE_ACTIONS_SECOND_MS = '2'
  emulator = await startGitHubEmulator({ token: 'test-token' })
  emulator.addRepo({ owner, name: repo })
  github = new GitHubClient(createOctokit('test-token', emulator.url), { owner, repo })
})

afterEach(async () => {
  delete process.env.RELEASE_ACTIONS_SECOND_MS
  await emulator.close()
})

// Each create whose answer is lost (handled, then no answer; or handled, then a 5xx)
// is looked up, not sent again: one object, no duplicate.
const UNKNOWN = [
  { kind: 'lose-response' as const },
  { kind: 'server-error' as const, status: 502, afterHandling: true }
]

describe('look-up before resend', () => {
  for (const fault of UNKNOWN) {
    const name = `${fault.kind}${fault.status ? ` ${fault.status}` : ''}`

    it(`a release create (${name}) makes one release`, async () => {
      const handle = emulator.injectFault({ ...fault, method: 'POST', path: `${REPO}/releases` })
      const release = await github.releases.create({
        tag: 'v1.0.0',
        target: 'main',
        draft: true,
        name: 'v1.0.0',
        body: 'notes',
        prerelease: false,
        makeLatest: 'true'
      } as Parameters<GitHubClient['releases']['create']>[0])
      expect(handle.fired).toBe(true)
      expect(release.tagName).toBe('v1.0.0')
      expect(await github.releases.list()).toHaveLength(1)
    })

    it(`a release publish (${name}) is read back and not sent again`, async () => {
      const draft = await github.releases.create({
        tag: 'v1.0.0',
        target: 'main',
        draft: true,
        name: 'v1.0.0',
        body: 'notes',
        prerelease: false,
        makeLatest: 'true'
      })
      const path = `${REPO}/releases/${draft.id}`
      const handle = emulator.injectFault({ ...fault, method: 'PATCH', path })
      const published = await github.releases.update(draft.id, { draft: false, makeLatest: 'true' })
      expect(handle.fired).toBe(true)
      expect(published.draft).toBe(false)
      const patches = emulator.state.requests.filter((r) => r.method === 'PATCH')
      expect(patches).toHaveLength(1)
    })
  }

  it('a release publish that failed before it was handled is sent again once the release is read', async () => {
    const draft = await github.releases.create({
      tag: 'v1.0.0',
      target: 'main',
      draft: true,
      name: 'v1.0.0',
      body: 'notes',
      prerelease: false,
      makeLatest: 'true'
    })
    const path = `${REPO}/releases/${draft.id}`
    emulator.injectFault({ kind: 'server-error', status: 500, method: 'PATCH', path })
    const published = await github.releases.update(draft.id, { draft: false, makeLatest: 'true' })
    expect(published.draft).toBe(false)
    // Looked at (a few times, as GitHub may lag), still a draft: sent once more.
    const requests = emulator.state.requests
      .filter((r) => r.path === path)
      .map((r) => `${r.method} ${r.status}`)
    expect([requests[0], requests.at(-1)]).toEqual(['PATCH 500', 'PATCH 200'])
    expect(requests.slice(1, -1).every((request) => request === 'GET 200')).toBe(true)
  })
})
