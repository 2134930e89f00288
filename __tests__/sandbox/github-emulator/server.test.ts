import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { validateComponent } from '../../support/openapi.js'
import { failure, validatedOperations, validatingOctokit, type Octokit } from './helpers.js'

const owner = 'bpfman'
const repo = 'bpfman'

describe('GitHub emulator: server, auth, faults, repositories', () => {
  let emulator: GitHubEmulator
  let octokit: Octokit

  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      token: 'test-token',
      tokens: { 'bot-pat': 'bpfman-bot' }
    })
    emulator.addRepo({ owner, name: repo })
    octokit = validatingOctokit(emulator.url)
  })

  afterAll(async () => {
    await emulator.close()
  })

  it('answers 401 without a token and with a wrong one, like GitHub', async () => {
    const response = await fetch(`${emulator.url}/repos/${owner}/${repo}`)
    expect(response.status).toBe(401)
    const body = await response.json()
    expect(body).toMatchObject({ message: 'Requires authentication' })
    expect(validateComponent('basic-error', body)).toEqual([])

    const wrong = await failure(
      getOctokit('not-the-token', { baseUrl: emulator.url }).rest.repos.get({ owner, repo })
    )
    expect(wrong).toMatchObject({ status: 401, data: { message: 'Bad credentials' } })
  })

  it('accepts `Bearer` as well as `token`, and knows whose token it is', async () => {
    const response = await fetch(`${emulator.url}/user`, {
      headers: { authorization: 'Bearer bot-pat' }
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { login: string }).login).toBe('bpfman-bot')
    const { data } = await octokit.rest.users.getAuthenticated()
    expect(data.login).toBe('github-actions[bot]')
    expect(data.type).toBe('Bot')
  })

  it('answers unknown routes and unknown repositories with GitHub 404 body', async () => {
    const unknownRoute = await fetch(`${emulator.url}/repos/${owner}/${repo}/no-such-thing`, {
      headers: { authorization: 'token test-token' }
    })
    expect(unknownRoute.status).toBe(404)
    const body = await unknownRoute.json()
    expect(body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    })
    expect(validateComponent('basic-error', body)).toEqual([])

    expect(await failure(octokit.rest.repos.get({ owner, repo: 'nope' }))).toMatchObject({
      status: 404,
      data: { message: 'Not Found' }
    })
  })

  it('describes a repository in the full-repository shape', async () => {
    const { data } = await octokit.rest.repos.get({ owner, repo })
    expect(data).toMatchObject({
      full_name: 'bpfman/bpfman',
      default_branch: 'main',
      html_url: 'https://github.com/bpfman/bpfman',
      fork: false
    })
  })

  it('forks into the caller account, once, and keeps a gitDir registered for the fork', async () => {
    const bot = validatingOctokit(emulator.url, 'bot-pat')
    emulator.addRepo({
      owner: 'bpfman-bot',
      name: 'community-operators',
      gitDir: '/tmp/not-used-here'
    })
    emulator.addRepo({ owner: 'k8s-operatorhub', name: 'community-operators' })

    const first = await bot.rest.repos.createFork({
      owner: 'k8s-operatorhub',
      repo: 'community-operators'
    })
    expect(first.status).toBe(202)
    expect(first.data).toMatchObject({
      full_name: 'bpfman-bot/community-operators',
      fork: true,
      parent: { full_name: 'k8s-operatorhub/community-operators' },
      source: { full_name: 'k8s-operatorhub/community-operators' }
    })
    const again = await bot.rest.repos.createFork({
      owner: 'k8s-operatorhub',
      repo: 'community-operators'
    })
    expect(again.data.id).toBe(first.data.id)

    expect(emulator.state.forks).toEqual([
      { parent: 'k8s-operatorhub/community-operators', fork: 'bpfman-bot/community-operators' }
    ])
    expect(emulator.state.repo('bpfman-bot', 'community-operators')?.gitDir).toBe(
      '/tmp/not-used-here'
    )
    const parent = await bot.rest.repos.get({
      owner: 'k8s-operatorhub',
      repo: 'community-operators'
    })
    expect(parent.data.forks_count).toBe(1)
  })

  it('fails the next matching request once, by exact path, template or RegExp', async () => {
    emulator.failNext('GET', `/repos/${owner}/${repo}`)
    expect(await failure(octokit.rest.repos.get({ owner, repo }))).toMatchObject({ status: 500 })
    await expect(octokit.rest.repos.get({ owner, repo })).resolves.toMatchObject({ status: 200 })

    emulator.failNext('POST', '/repos/{owner}/{repo}/labels', 502)
    expect(
      await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'x' }))
    ).toMatchObject({ status: 502 })
    expect(emulator.state.labels).toHaveLength(0)
    await octokit.rest.issues.createLabel({ owner, repo, name: 'x' })
    expect(emulator.state.labels.map((label) => label.name)).toEqual(['x'])

    emulator.failNext('get', /\/labels$/, 503)
    expect(await failure(octokit.rest.issues.listLabelsForRepo({ owner, repo }))).toMatchObject({
      status: 503
    })

    const injected = emulator.state.requests.filter((request) => request.injected)
    expect(
      injected.map((request) => `${request.method} ${request.path} ${request.status}`)
    ).toEqual([
      `GET /repos/${owner}/${repo} 500`,
      `POST /repos/${owner}/${repo}/labels 502`,
      `GET /repos/${owner}/${repo}/labels 503`
    ])
  })

  it('can lose the response of a request that did take effect (afterHandling)', async () => {
    emulator.failNext('POST', '/repos/{owner}/{repo}/labels', 500, { afterHandling: true })
    expect(
      await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'release' }))
    ).toMatchObject({
      status: 500
    })
    expect(emulator.state.labels.map((label) => label.name)).toEqual(['x', 'release'])
    // the rerun sees GitHub's answer for a label that already exists
    const rerun = await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'release' }))
    expect(rerun).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
      }
    })
  })

  it('logs every request with its status and caller', () => {
    const last = emulator.state.requests.at(-1)
    expect(last).toMatchObject({
      method: 'POST',
      path: `/repos/${owner}/${repo}/labels`,
      status: 422
    })
    expect(last?.login).toBe('github-actions[bot]')
    expect(emulator.state.requests.some((request) => request.status === 401)).toBe(true)
  })

  it('validated every response it checked against the OpenAPI description', () => {
    expect([...validatedOperations].sort()).toEqual(
      expect.arrayContaining([
        'repos/get 200',
        'repos/get 404',
        'repos/create-fork 202',
        'users/get-authenticated 200',
        'issues/create-label 201',
        'issues/create-label 422'
      ])
    )
  })
})
