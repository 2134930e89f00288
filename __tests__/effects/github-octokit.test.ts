import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type AddressInfo } from 'node:net'
import {
  STANDARD_FAULTS,
  startGitHubEmulator,
  type FaultSpec,
  type GitHubEmulator
} from '../../sandbox/github/index.js'
import {
  GitHubRequestError,
  classifyForbidden,
  isOutcomeUnknown
} from '../../src/effects/github/failures.js'
import {
  createOctokit,
  type CreateOctokitOptions,
  type Octokit
} from '../../src/effects/github/octokit.js'

const owner = 'bpfman'
const repo = 'bpfman'
const LABELS = `/repos/${owner}/${repo}/labels`
const REPO = `/repos/${owner}/${repo}`

// A second of waiting lasts 2 ms here; a try times out after 600 ms (the delay fault waits 1200).
const FAST: CreateOctokitOptions = { secondMs: 2, attempts: 4, timeoutMs: 600, pacing: false }

let emulator: GitHubEmulator
let lines: string[]

beforeEach(async () => {
  emulator = await startGitHubEmulator({ token: 'test-token' })
  emulator.addRepo({ owner, name: repo })
  lines = []
})

afterEach(async () => {
  await emulator.close()
})

function client(options: CreateOctokitOptions = {}): Octokit {
  return createOctokit('test-token', {
    ...FAST,
    baseUrl: emulator.url,
    log: (line) => lines.push(line),
    ...options
  })
}

async function failureOf(promise: Promise<unknown>): Promise<GitHubRequestError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GitHubRequestError) return error
    throw error
  }
  throw new Error('the request succeeded but was expected to fail')
}

/** `METHOD path status` of the requests that reached the emulator. */
const log = (): string[] =>
  emulator.requests.map((request) => `${request.method} ${request.path} ${request.status}`)
const labels = (): string[] => emulator.state.labels.map((label) => label.name)
const name = (fault: FaultSpec): string => `${fault.kind}${fault.status ? ` ${fault.status}` : ''}`
const slow = (fault: FaultSpec): FaultSpec =>
  fault.kind === 'delay' ? { ...fault, delayMs: 1200 } : fault

describe('createOctokit: each fault once on a GET, then success', () => {
  it.each(STANDARD_FAULTS.map((fault) => [name(fault), fault] as const))(
    '%s',
    async (_name, fault) => {
      const handle = emulator.injectFault({ ...slow(fault), method: 'GET', path: REPO })
      const { data } = await client().rest.repos.get({ owner, repo })
      expect(data.full_name).toBe(`${owner}/${repo}`)
      expect(handle.fired).toBe(true)
      const first = fault.kind === 'drop-connection' ? 'dropped' : undefined
      expect(log()).toEqual([
        expect.stringMatching(new RegExp(`^GET ${REPO} ${first ?? ''}`)),
        `GET ${REPO} 200`
      ])
      expect(lines).toEqual([expect.stringContaining(`GET ${REPO}: try 2 of 4 in `)])
    }
  )

  it('honours Retry-After: 429 asking for 50 s waits 50 "seconds"', async () => {
    emulator.injectFault({ kind: 'too-many-requests', retryAfterSeconds: 50 })
    const started = Date.now()
    await client({ secondMs: 4 }).rest.repos.get({ owner, repo })
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect(lines).toEqual([`GitHub answered 429 to GET ${REPO}: try 2 of 4 in 50 s`])
  })

  it('waits for x-ratelimit-reset on a primary rate limit', async () => {
    emulator.injectFault({ kind: 'primary-rate-limit', retryAfterSeconds: 30 })
    await client().rest.repos.get({ owner, repo })
    const waited = Number(/in (\d+) s$/.exec(lines[0] ?? '')?.[1])
    expect(lines[0]).toMatch(/^GitHub's primary rate limit on GET /)
    expect(waited).toBeGreaterThanOrEqual(30)
    expect(waited).toBeLessThanOrEqual(32)
  })
})

describe('createOctokit: a POST is resent only when it cannot have taken effect', () => {
  it.each(
    STANDARD_FAULTS.filter((fault) =>
      ['too-many-requests', 'secondary-rate-limit', 'primary-rate-limit'].includes(fault.kind)
    ).map((fault) => [fault.kind, fault] as const)
  )('%s: refused unhandled, so sent again, and made once', async (_name, fault) => {
    emulator.injectFault({ ...fault, method: 'POST', path: LABELS })
    await client().rest.issues.createLabel({ owner, repo, name: 'release' })
    expect(labels()).toEqual(['release'])
    expect(log()).toEqual([
      `POST ${LABELS} ${fault.kind === 'too-many-requests' ? 429 : 403}`,
      `POST ${LABELS} 201`
    ])
  })

  it.each(
    STANDARD_FAULTS.filter((fault) =>
      ['server-error', 'drop-connection', 'lose-response', 'delay'].includes(fault.kind)
    ).map((fault) => [name(fault), fault] as const)
  )('%s: outcome unknown, not sent again', async (_name, fault) => {
    emulator.injectFault({ ...slow(fault), method: 'POST', path: LABELS })
    const error = await failureOf(
      client().rest.issues.createLabel({ owner, repo, name: 'release' })
    )
    expect(error.outcomeUnknown).toBe(true)
    expect(isOutcomeUnknown(error)).toBe(true)
    expect(error.attempts).toBe(1)
    expect(error.message).toMatch(
      new RegExp(
        `^POST ${LABELS}: .*tried once\\. It may have taken effect, so it was not sent again`
      )
    )
    expect(emulator.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
    expect(lines).toEqual([])
  })

  it('a lost response: the label was made, the client says the outcome is unknown', async () => {
    emulator.injectFault({ kind: 'lose-response', method: 'POST', path: LABELS })
    const error = await failureOf(
      client().rest.issues.createLabel({ owner, repo, name: 'release' })
    )
    expect(error).toMatchObject({ outcomeUnknown: true, kind: 'connection', status: 500 })
    expect(labels()).toEqual(['release'])
    expect(log()).toEqual([`POST ${LABELS} lost`])
  })

  it('a 502 after handling: the status stays 502 and the outcome unknown', async () => {
    emulator.failNext('POST', LABELS, 502, { afterHandling: true })
    const error = await failureOf(
      client().rest.issues.createLabel({ owner, repo, name: 'release' })
    )
    expect(error).toMatchObject({ outcomeUnknown: true, kind: 'server-error', status: 502 })
    expect(error.response?.status).toBe(502)
    expect(labels()).toEqual(['release'])
  })

  it('a caller may mark a POST that only reads as idempotent', async () => {
    emulator.injectFault({ kind: 'server-error', status: 502, method: 'POST' })
    const { data } = await client().request('POST /repos/{owner}/{repo}/releases/generate-notes', {
      owner,
      repo,
      tag_name: 'v0.6.1',
      request: { idempotent: true }
    })
    expect(data).toHaveProperty('body')
    expect(log().filter((line) => line.startsWith('POST'))).toHaveLength(2)
  })

  it('a PATCH is not sent again after a lost response; a DELETE is, and GitHub then answers 404', async () => {
    const { data: release } = await client().rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v0.6.1',
      draft: true
    })
    const RELEASE = `/repos/${owner}/${repo}/releases/${release.id}`
    emulator.injectFault({ kind: 'lose-response', method: 'PATCH' })
    const patch = await failureOf(
      client().rest.repos.updateRelease({ owner, repo, release_id: release.id, name: 'v0.6.1' })
    )
    expect(patch.outcomeUnknown).toBe(true)

    emulator.injectFault({ kind: 'lose-response', method: 'DELETE' })
    const removal = await client()
      .rest.repos.deleteRelease({ owner, repo, release_id: release.id })
      .catch((error: unknown) => error)
    // a caller takes a 404 to a delete as done
    expect(removal).toMatchObject({ status: 404 })
    expect(emulator.state.releases).toHaveLength(0)
    expect(log().slice(1)).toEqual([
      `PATCH ${RELEASE} lost`,
      `DELETE ${RELEASE} lost`,
      `DELETE ${RELEASE} 404`
    ])
  })
})

describe('createOctokit: bounded', () => {
  it('gives up on a GET after the configured tries, with one clear error', async () => {
    emulator.injectFault({ kind: 'server-error', status: 503, times: Infinity })
    const error = await failureOf(client().rest.repos.get({ owner, repo }))
    expect(error.message).toBe(
      `GET ${REPO}: GitHub answered 503 ("Server Error (injected by the emulator)"), tried 4 times. GitHub may be having trouble (https://www.githubstatus.com): rerun the job later.`
    )
    expect(error).toMatchObject({ status: 503, attempts: 4, outcomeUnknown: false })
    expect(log()).toHaveLength(4)
  })

  it('gives up on a secondary rate limit that does not lift, and says it is not a permission', async () => {
    emulator.injectFault({ kind: 'secondary-rate-limit', retryAfterSeconds: 5, times: Infinity })
    const error = await failureOf(
      client().rest.issues.createLabel({ owner, repo, name: 'release' })
    )
    expect(error.kind).toBe('secondary-rate-limit')
    expect(error.status).toBe(403)
    expect(error.message).toMatch(
      new RegExp(
        `^POST ${LABELS}: GitHub's secondary rate limit stopped the request .*not a missing permission.* Tried 4 times, waited 15 s\\.$`
      )
    )
    expect(log()).toHaveLength(4)
    expect(labels()).toEqual([])
  })

  it('does not wait for a primary rate limit reset beyond maxWaitSeconds', async () => {
    emulator.injectFault({ kind: 'primary-rate-limit', retryAfterSeconds: 3600 })
    const error = await failureOf(client({ maxWaitSeconds: 600 }).rest.repos.get({ owner, repo }))
    expect(error.kind).toBe('primary-rate-limit')
    expect(error.message).toMatch(
      /^GET \/repos\/bpfman\/bpfman: the token's GitHub API rate limit is used up until \d{4}-\d\d-\d\dT[\d:.]+Z .*Rerun the job after that.* Tried once, waited 0 s \(waiting 360\d s more would pass the limit of 600 s\)\.$/
    )
    expect(log()).toHaveLength(1)
  })

  it('a 403 that is no rate limit is not retried and names the missing permission', async () => {
    emulator.injectFault({ kind: 'forbidden', method: 'POST' })
    const error = await failureOf(
      client().rest.issues.createLabel({ owner, repo, name: 'release' })
    )
    expect(error.kind).toBe('permission')
    expect(error.message).toBe(
      `POST ${LABELS}: GitHub refused the request with 403 ("Resource not accessible by integration"): the token lacks a permission. Give the job the permission it needs (for example \`permissions: { contents: write, pull-requests: write }\`) or pass a token that has it.`
    )
    expect(log()).toEqual([`POST ${LABELS} 403`])
  })

  it('answers such as 404 and 422 pass through untouched', async () => {
    await client().rest.issues.createLabel({ owner, repo, name: 'dup' })
    const duplicate = await client()
      .rest.issues.createLabel({ owner, repo, name: 'dup' })
      .catch((error: unknown) => error)
    expect(duplicate).not.toBeInstanceOf(GitHubRequestError)
    expect(duplicate).toMatchObject({ status: 422 })
    const missing = await client()
      .rest.repos.get({ owner, repo: 'nope' })
      .catch((error: unknown) => error)
    expect(missing).toMatchObject({ status: 404 })
    expect(log()).toHaveLength(3)
  })

  it('retries a refused connection whatever the method (nothing was sent), then gives up', async () => {
    const closed = await closedPort()
    const octokit = client({ baseUrl: `http://127.0.0.1:${closed}` })
    const error = await failureOf(octokit.rest.issues.createLabel({ owner, repo, name: 'x' }))
    expect(error).toMatchObject({ kind: 'not-sent', attempts: 4, outcomeUnknown: false })
    expect(error.message).toBe(
      `POST ${LABELS}: could not reach http://127.0.0.1:${closed} (ECONNREFUSED), tried 4 times. Check the network and the API URL (GITHUB_API_URL), then rerun.`
    )
    expect(lines).toHaveLength(3)
  })
})

describe('createOctokit: pacing', () => {
  it('spaces writes a second apart by default, as GitHub advises against secondary limits', async () => {
    const paced = client({ pacing: undefined })
    const started = Date.now()
    await paced.rest.issues.createLabel({ owner, repo, name: 'one' })
    await paced.rest.issues.createLabel({ owner, repo, name: 'two' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)

    const unpaced = client()
    const again = Date.now()
    await unpaced.rest.issues.createLabel({ owner, repo, name: 'three' })
    await unpaced.rest.issues.createLabel({ owner, repo, name: 'four' })
    expect(Date.now() - again).toBeLessThan(900)
  })
})

describe('classifyForbidden', () => {
  const response = (headers: Record<string, string>, message: string) => ({
    status: 403,
    headers,
    data: { message }
  })

  it('tells a secondary rate limit by its message, whatever the quota', () => {
    expect(
      classifyForbidden(
        response(
          { 'x-ratelimit-remaining': '4000', 'retry-after': '60' },
          'You have exceeded a secondary rate limit. Please wait a few minutes.'
        )
      ).kind
    ).toBe('secondary-rate-limit')
    expect(
      classifyForbidden(response({}, 'You have triggered an abuse detection mechanism.')).kind
    ).toBe('secondary-rate-limit')
  })

  it('tells a primary rate limit by x-ratelimit-remaining 0, and says until when', () => {
    const found = classifyForbidden(
      response(
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' },
        'API rate limit exceeded for installation ID 1.'
      )
    )
    expect(found.kind).toBe('primary-rate-limit')
    expect(found.message).toContain('used up until 2026-01-01T00:00:00.000Z')
  })

  it('anything else is a permission, with what to do', () => {
    const found = classifyForbidden(
      response({ 'x-ratelimit-remaining': '4999' }, 'Resource not accessible by integration')
    )
    expect(found.kind).toBe('permission')
    expect(found.message).toContain('the token lacks a permission')
    expect(found.message).toContain('permissions:')
  })
})

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('a repository GitHub does not know, a token it does not take', () => {
  const client = (token = 'test-token'): Octokit =>
    createOctokit(token, {
      ...FAST,
      baseUrl: emulator.url,
      log: (line) => lines.push(line),
      inputs: {
        repositories: { 'bpfman/bpfmn': 'repository', 'bpfman/bpfman': 'repository' },
        token: 'token'
      }
    })
  const paths = () =>
    emulator.requests.map((request) => `${request.method} ${request.path} ${request.status}`)

  it('a 404 under an unknown repository: one look at the repository, then bad input naming the input', async () => {
    const error = await client()
      .request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo: 'bpfmn',
        pull_number: 1
      })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      name: 'InputError',
      input: 'repository',
      message: expect.stringContaining(
        'repository: GitHub knows no repository bpfman/bpfmn, or the token cannot see it'
      )
    })
    expect(paths()).toEqual(['GET /repos/bpfman/bpfmn/pulls/1 404', 'GET /repos/bpfman/bpfmn 404'])
  })

  it('a 404 of an object in a repository GitHub has stays a 404; after a success, not even a look', async () => {
    const octokit = client()
    for (let round = 0; round < 2; round++) {
      const error = await octokit
        .request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: 999 })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ status: 404 })
      expect((error as Error).name).not.toBe('InputError')
    }
    expect(paths()).toEqual([
      'GET /repos/bpfman/bpfman/pulls/999 404',
      'GET /repos/bpfman/bpfman 200',
      'GET /repos/bpfman/bpfman/pulls/999 404'
    ])
  })

  it('a 401: bad input naming the token input', async () => {
    const error = await client('not-a-token')
      .request('GET /repos/{owner}/{repo}/labels', { owner, repo })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'InputError', input: 'token' })
    expect((error as Error).message).toMatch(/^token: GitHub refused the token \(401/)
  })
})
