import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import {
  GitFixture,
  failure,
  git,
  validatedOperations,
  validatingOctokit,
  type Octokit
} from './helpers.js'

describe('GitHub emulator: sync a fork (merge-upstream)', () => {
  let emulator: GitHubEmulator
  let bot: Octokit
  let upstream: GitFixture
  let fork: GitFixture

  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      token: 'test-token',
      tokens: { 'bot-pat': 'bpfman-bot' }
    })
    bot = validatingOctokit(emulator.url, 'bot-pat')
    upstream = await GitFixture.create('community-operators')
    await upstream.commit('initial', { 'ci.yaml': 'reviewers: []\n' })
    await upstream.push('main')
    fork = await upstream.fork('bot-community-operators')
    emulator.addRepo({
      owner: 'k8s-operatorhub',
      name: 'community-operators',
      gitDir: upstream.bare
    })
    emulator.addRepo({ owner: 'bpfman-bot', name: 'community-operators', gitDir: fork.bare })
    await bot.rest.repos.createFork({ owner: 'k8s-operatorhub', repo: 'community-operators' })
  })

  afterAll(async () => {
    await emulator.close()
    await upstream.remove()
  })

  const sync = (branch = 'main') =>
    bot.rest.repos.mergeUpstream({ owner: 'bpfman-bot', repo: 'community-operators', branch })

  it('answers none when the fork is even with its parent', async () => {
    const { status, data } = await sync()
    expect(status).toBe(200)
    expect(data).toEqual({
      message: 'This branch is not behind the upstream k8s-operatorhub:main.',
      merge_type: 'none',
      base_branch: 'k8s-operatorhub:main'
    })
  })

  it('fast-forwards a fork that is behind, in its git repository', async () => {
    const ahead = await upstream.commit('add an operator', {
      'operators/other/1.0.0/x.yaml': 'a: 1\n'
    })
    await upstream.push('main')
    const { data } = await sync()
    expect(data).toMatchObject({ merge_type: 'fast-forward', base_branch: 'k8s-operatorhub:main' })
    expect(await fork.bareGit('rev-parse', 'refs/heads/main')).toBe(ahead)
  })

  it('refuses a fork branch with commits of its own (409), a missing branch and a repository that is no fork (422)', async () => {
    await git(fork.work, 'pull', '--quiet', 'origin', 'main')
    await fork.commit('a commit of the fork', { 'local.txt': 'x\n' })
    await fork.push('main')
    await upstream.commit('upstream moves on', { 'operators/other/1.1.0/x.yaml': 'a: 2\n' })
    await upstream.push('main')
    const before = await fork.bareGit('rev-parse', 'refs/heads/main')
    expect(await failure(sync())).toMatchObject({
      status: 409,
      data: { message: 'There are merge conflicts' }
    })
    expect(await fork.bareGit('rev-parse', 'refs/heads/main')).toBe(before)
    expect(await failure(sync('nope'))).toMatchObject({ status: 422 })
    expect(
      await failure(
        bot.rest.repos.mergeUpstream({
          owner: 'k8s-operatorhub',
          repo: 'community-operators',
          branch: 'main'
        })
      )
    ).toMatchObject({ status: 422 })
  })

  it('validated the answers against the OpenAPI description', () => {
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'repos/merge-upstream 200',
        'repos/merge-upstream 409',
        'repos/merge-upstream 422'
      ])
    )
  })
})
