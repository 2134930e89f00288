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
  }
})
