import { describe, expect, it } from '@jest/globals'
import {
  failureKind,
  isIdempotent,
  requestedWaitSeconds,
  type FailedRequest
} from '../../src/effects/github/failures.js'

/** What @octokit/request throws when fetch itself failed: status 500, no response, the cause chain. */
function fetchFailed(cause: object): FailedRequest {
  return { status: 500, message: 'fetch failed', cause: { name: 'TypeError', cause } }
}

function answered(status: number, headers: Record<string, string>, message = ''): FailedRequest {
  return { status, response: { status, headers, data: { message } } }
}

describe('failureKind', () => {
  it('a connection never made is not-sent; one that broke is connection; no answer in time is timeout', () => {
    expect(failureKind(fetchFailed({ code: 'ECONNREFUSED' }))).toBe('not-sent')
    expect(failureKind(fetchFailed({ code: 'ENOTFOUND' }))).toBe('not-sent')
    expect(failureKind(fetchFailed({ code: 'UND_ERR_SOCKET' }))).toBe('connection')
    expect(failureKind(fetchFailed({ code: 'ECONNRESET' }))).toBe('connection')
    expect(failureKind(fetchFailed({ code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe('timeout')
    expect(failureKind({ status: 500, cause: { name: 'TimeoutError' } })).toBe('timeout')
  })

  it('tells rate limits, permissions and server errors apart by the answer', () => {
    expect(failureKind(answered(403, {}, 'You have exceeded a secondary rate limit.'))).toBe(
      'secondary-rate-limit'
    )
    expect(failureKind(answered(429, {}, 'You have exceeded a secondary rate limit.'))).toBe(
      'secondary-rate-limit'
    )
    expect(failureKind(answered(403, { 'x-ratelimit-remaining': '0' }))).toBe('primary-rate-limit')
    expect(failureKind(answered(429, { 'retry-after': '5' }))).toBe('too-many-requests')
    expect(
      failureKind(answered(403, { 'x-ratelimit-remaining': '12' }, 'Must have admin rights'))
    ).toBe('permission')
    expect(failureKind(answered(502, {}))).toBe('server-error')
    expect(failureKind(answered(501, {}))).toBe('answer')
    expect(failureKind(answered(422, {}))).toBe('answer')
  })
})

describe('requestedWaitSeconds', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0)

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(requestedWaitSeconds(answered(429, { 'retry-after': '30' }), now)).toBe(30)
    expect(
      requestedWaitSeconds(answered(503, { 'retry-after': 'Thu, 01 Jan 2026 12:01:30 GMT' }), now)
    ).toBe(90)
  })

  it('waits for x-ratelimit-reset, and one second more, when the quota is used up', () => {
    const reset = String(now / 1000 + 600)
    expect(
      requestedWaitSeconds(
        answered(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
        now
      )
    ).toBe(601)
  })

  it('says nothing when the answer says nothing', () => {
    expect(requestedWaitSeconds(answered(502, {}), now)).toBeUndefined()
    expect(requestedWaitSeconds(fetchFailed({ code: 'ECONNRESET' }), now)).toBeUndefined()
  })
})

describe('isIdempotent', () => {
  it('GET, HEAD, PUT and DELETE; not POST or PATCH', () => {
    expect(['GET', 'head', 'PUT', 'DELETE'].map(isIdempotent)).toEqual([true, true, true, true])
    expect(['POST', 'PATCH'].map(isIdempotent)).toEqual([false, false])
  })
})
