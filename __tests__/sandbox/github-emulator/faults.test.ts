import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { validateComponent } from '../../support/openapi.js'

const owner = 'bpfman'
const repo = 'bpfman'
const LABELS = `/repos/${owner}/${repo}/labels`

let emulator: GitHubEmulator

beforeEach(async () => {
  emulator = await startGitHubEmulator({ token: 'test-token' })
  emulator.addRepo({ owner, name: repo })
})

afterEach(async () => {
  await emulator.close()
})

interface Answer {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

/** A real HTTP request to the emulator, as fetch makes it. */
async function call(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal
): Promise<Answer> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }
}

/** The error fetch rejects with, with the socket error's code from its cause. */
async function connectionFailure(
  request: Promise<unknown>
): Promise<{ name: string; code?: string }> {
  try {
    await request
  } catch (error) {
    const failed = error as Error & { cause?: { code?: string } }
    return { name: failed.name, code: failed.cause?.code }
  }
  throw new Error('the request was answered but was expected to fail')
}

const labels = (): string[] => emulator.state.labels.map((label) => label.name)
const log = (): string[] =>
  emulator.requests.map((request) => `${request.method} ${request.path} ${request.status}`)

describe('GitHub emulator faults: which request', () => {
  it('fails the nth request overall, once, and the handle says so', async () => {
    const fault = emulator.injectFault({ kind: 'server-error', status: 502, nth: 3 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await call('GET', `/repos/${owner}/${repo}`)).status)
    expect(statuses).toEqual([200, 200, 502, 200])
    expect(fault.fired).toBe(true)
    expect(fault.hits).toBe(1)
    expect(fault.firedOn).toEqual([`GET /repos/${owner}/${repo}`])
    expect(emulator.requests.filter((request) => request.injected)).toMatchObject([
      { method: 'GET', status: 502, fault: 'server-error' }
    ])
  })

  it('counts only the requests matching the method and the route template', async () => {
    const fault = emulator.injectFault({
      kind: 'server-error',
      status: 503,
      nth: 2,
      method: 'post',
      path: '/repos/{owner}/{repo}/labels'
    })
    expect((await call('GET', LABELS)).status).toBe(200)
    expect((await call('POST', LABELS, { name: 'first' })).status).toBe(201)
    expect((await call('GET', LABELS)).status).toBe(200)
    expect(fault.fired).toBe(false)
    const refused = await call('POST', LABELS, { name: 'second' })
    expect(refused.status).toBe(503)
    expect(validateComponent('basic-error', refused.body)).toEqual([])
    expect(labels()).toEqual(['first'])
    expect(fault.fired).toBe(true)
    expect((await call('POST', LABELS, { name: 'third' })).status).toBe(201)
    expect(labels()).toEqual(['first', 'third'])
  })

  it('matches a RegExp, fires `times` in a row, and stops when cancelled', async () => {
    const fault = emulator.injectFault({ kind: 'server-error', path: /\/labels$/, times: 2 })
    expect((await call('GET', `/repos/${owner}/${repo}`)).status).toBe(200)
    expect((await call('GET', LABELS)).status).toBe(500)
    expect((await call('GET', LABELS)).status).toBe(500)
    expect((await call('GET', LABELS)).status).toBe(200)
    expect(fault.hits).toBe(2)

    const forever = emulator.injectFault({ kind: 'server-error', times: Infinity })
    expect((await call('GET', LABELS)).status).toBe(500)
    expect((await call('GET', `/repos/${owner}/${repo}`)).status).toBe(500)
    forever.cancel()
    expect((await call('GET', LABELS)).status).toBe(200)
    expect(forever.hits).toBe(2)
  })

  it('a fault that was due while another fired fires on the next match', async () => {
    const first = emulator.injectFault({ kind: 'server-error', status: 500 })
    const second = emulator.injectFault({ kind: 'server-error', status: 502 })
    expect((await call('GET', LABELS)).status).toBe(500)
    expect((await call('GET', LABELS)).status).toBe(502)
    expect((await call('GET', LABELS)).status).toBe(200)
    expect([first.hits, second.hits]).toEqual([1, 1])
  })

  it('refuses an nth that is not a positive whole number', () => {
    expect(() => emulator.injectFault({ kind: 'delay', nth: 0 })).toThrow('nth must be 1 or more')
  })

  it('can handle the request, keep its change and still answer a 5xx (afterHandling)', async () => {
    emulator.injectFault({ kind: 'server-error', status: 502, method: 'POST', afterHandling: true })
    expect((await call('POST', LABELS, { name: 'kept' })).status).toBe(502)
    expect(labels()).toEqual(['kept'])
  })
})

describe('GitHub emulator faults: rate limits, as GitHub answers them', () => {
  it('429 with Retry-After, nothing handled', async () => {
    emulator.injectFault({ kind: 'too-many-requests', retryAfterSeconds: 7 })
    const answer = await call('POST', LABELS, { name: 'x' })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('7')
    expect(validateComponent('basic-error', answer.body)).toEqual([])
    expect(labels()).toEqual([])
  })

  it('403 secondary rate limit: the message says so, with retry-after and quota left', async () => {
    emulator.injectFault({ kind: 'secondary-rate-limit', retryAfterSeconds: 60 })
    const answer = await call('POST', LABELS, { name: 'x' })
    expect(answer.status).toBe(403)
    expect(answer.body.message).toMatch(/exceeded a secondary rate limit/)
    expect(answer.body.documentation_url).toMatch(/#about-secondary-rate-limits$/)
    expect(answer.headers.get('retry-after')).toBe('60')
    expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect(validateComponent('basic-error', answer.body)).toEqual([])
    expect(labels()).toEqual([])
  })

  it('403 primary rate limit: x-ratelimit-remaining 0 until x-ratelimit-reset', async () => {
    emulator.injectFault({ kind: 'primary-rate-limit', retryAfterSeconds: 120 })
    const before = Math.floor(Date.now() / 1000)
    const answer = await call('GET', `/repos/${owner}/${repo}`)
    expect(answer.status).toBe(403)
    expect(answer.body.message).toMatch(/^API rate limit exceeded/)
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(answer.headers.get('retry-after')).toBeNull()
    const reset = Number(answer.headers.get('x-ratelimit-reset'))
    expect(reset - before).toBeGreaterThanOrEqual(120)
    expect(reset - before).toBeLessThanOrEqual(122)
  })

  it('403 for a token without the permission, with quota left and no retry-after', async () => {
    emulator.injectFault({ kind: 'forbidden', method: 'POST' })
    const answer = await call('POST', LABELS, { name: 'x' })
    expect(answer.status).toBe(403)
    expect(answer.body.message).toBe('Resource not accessible by integration')
    expect(answer.headers.get('retry-after')).toBeNull()
    expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect(validateComponent('basic-error', answer.body)).toEqual([])
    expect(labels()).toEqual([])
  })
})

describe('GitHub emulator faults: the connection', () => {
  it('drops the connection before handling: the client gets a socket error, nothing changes', async () => {
    const fault = emulator.injectFault({ kind: 'drop-connection', method: 'POST' })
    const failed = await connectionFailure(call('POST', LABELS, { name: 'never' }))
    expect(failed).toEqual({ name: 'TypeError', code: 'UND_ERR_SOCKET' })
    expect(fault.fired).toBe(true)
    expect(labels()).toEqual([])
    expect(log()).toEqual([`POST ${LABELS} dropped`])
    // the emulator keeps serving on new connections
    expect((await call('GET', LABELS)).status).toBe(200)
  })

  it('loses the response: the change is kept, the client gets a socket error', async () => {
    emulator.injectFault({ kind: 'lose-response', method: 'POST', path: LABELS })
    const failed = await connectionFailure(call('POST', LABELS, { name: 'made' }))
    expect(failed).toEqual({ name: 'TypeError', code: 'UND_ERR_SOCKET' })
    expect(labels()).toEqual(['made'])
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: LABELS,
      status: 'lost',
      handledStatus: 201,
      fault: 'lose-response'
    })
  })

  it('delays a request and then answers it as usual', async () => {
    const fault = emulator.injectFault({ kind: 'delay', delayMs: 300 })
    const started = Date.now()
    expect((await call('POST', LABELS, { name: 'slow' })).status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(fault.fired).toBe(true)
    expect(log()).toEqual([`POST ${LABELS} 201`])
  })

  it('a client that times out during a delay loses the answer, but the change is made', async () => {
    emulator.injectFault({ kind: 'delay', delayMs: 400 })
    const failed = await connectionFailure(
      call('POST', LABELS, { name: 'late' }, AbortSignal.timeout(100))
    )
    expect(failed.name).toBe('TimeoutError')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(labels()).toEqual(['late'])
    expect(emulator.requests.at(-1)).toMatchObject({ status: 'lost', handledStatus: 201 })
  })
})
