import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'

// @actions/github reads GITHUB_API_URL once, when it is first imported: the
// variable must be set before that import (here a dynamic one), not after.
describe('GitHub emulator through GITHUB_API_URL', () => {
  let emulator: GitHubEmulator
  const saved = process.env.GITHUB_API_URL

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: 'env-token' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
    process.env.GITHUB_API_URL = emulator.url
  })

  afterAll(async () => {
    if (saved === undefined) delete process.env.GITHUB_API_URL
    else process.env.GITHUB_API_URL = saved
    await emulator.close()
  })

  it('is reached by getOctokit(token) without a baseUrl', async () => {
    const { getOctokit } = await import('@actions/github')
    const { data } = await getOctokit('env-token').rest.repos.get({
      owner: 'bpfman',
      repo: 'bpfman-operator'
    })
    expect(data.full_name).toBe('bpfman/bpfman-operator')
    expect(emulator.state.requests.map((request) => request.path)).toEqual([
      '/repos/bpfman/bpfman-operator'
    ])
  })
})
