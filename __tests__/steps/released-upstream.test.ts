import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { InputError } from '../../src/release/errors.js'
import { parseVersion } from '../../src/release/version.js'
import { type UpstreamGate, requireReleased } from '../../src/steps/released-upstream.js'

// The gate before a release that builds on another (the operator on bpfman),
// against the GitHub emulator over HTTP.

const TOKEN = 'released-upstream-token'
let emulator: GitHubEmulator
let github: GitHubClient
beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  github = new GitHubClient(createOctokit(TOKEN, emulator.url), { owner: 'bpfman', repo: 'bpfman' })
  const release = (tag: string, draft: boolean) =>
    github.releases.create({
      tag,
      target: 'main',
      draft,
      name: tag,
      body: '',
      prerelease: false,
      makeLatest: 'false'
    } as Parameters<GitHubClient['releases']['create']>[0])
  await release('v0.6.0', false)
  await release('v0.6.1', true)
})
afterAll(() => emulator.close())

const gate = (client: GitHubClient | undefined): UpstreamGate => ({
  github: client,
  offlineNote: 'offline: bpfman release not checked',
  refusal: (draft) => (draft ? 'bpfman release is a draft' : 'bpfman release is missing')
})

describe('requireReleased', () => {
  it('a published upstream release passes, with its URL', async () => {
    const { url, notes } = await requireReleased(gate(github), parseVersion('0.6.0'))
    expect(url).toContain('/releases/tag/v0.6.0')
    expect(notes).toEqual([])
  })

  it('a draft is refused as bad input of version', async () => {
    const refused = requireReleased(gate(github), parseVersion('0.6.1'))
    await expect(refused).rejects.toBeInstanceOf(InputError)
    await expect(refused).rejects.toThrow('version: bpfman release is a draft')
  })

  it('a missing release is refused', async () => {
    await expect(requireReleased(gate(github), parseVersion('0.7.0'))).rejects.toThrow(
      'version: bpfman release is missing'
    )
  })

  it('offline: not checked, said by a warning in the plan, and nothing is asked of GitHub', async () => {
    const before = emulator.requests.length
    const { url, notes } = await requireReleased(gate(undefined), parseVersion('0.7.0'))
    expect(url).toBeUndefined()
    expect(notes).toEqual([{ kind: 'warning', message: 'offline: bpfman release not checked' }])
    expect(emulator.requests.length).toBe(before)
  })
})
