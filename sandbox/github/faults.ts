/**
 * Faults the GitHub emulator injects on purpose, to prove that the release
 * survives what GitHub and the network do to a long job:
 *
 *   const fault = emulator.injectFault({ kind: 'lose-response', method: 'POST', path: '/repos/{owner}/{repo}/pulls' })
 *   ... run the phase ...
 *   expect(fault.fired).toBe(true)
 *
 * Which request a fault fires on is sandbox/faults.ts's FaultMatch. The
 * answers are shaped as GitHub gives them (headers included), so a client's
 * rate-limit handling sees what it would see in production.
 */
import type { FaultHandle as Handle, FaultMatch } from '../faults.js'
import type { Reply } from './router.js'
import { DOCS } from './router.js'

export type FaultKind =
  /** 5xx (`status`, default 500) instead of handling; with `afterHandling` the change is made first. */
  | 'server-error'
  /** 429 with `retry-after`, nothing handled. */
  | 'too-many-requests'
  /** 403 "You have exceeded a secondary rate limit" with `retry-after`, nothing handled. */
  | 'secondary-rate-limit'
  /** 403 "API rate limit exceeded" with x-ratelimit-remaining 0 and x-ratelimit-reset. */
  | 'primary-rate-limit'
  /** 403 "Resource not accessible by integration": a token without the permission (not transient). */
  | 'forbidden'
  /** The connection is destroyed before the request is handled. */
  | 'drop-connection'
  /** The request is handled and its change kept; the connection is destroyed without an answer. */
  | 'lose-response'
  /** `delayMs` before the request is handled and answered as usual. */
  | 'delay'

/** Which request (see FaultMatch: nth, times, method, path or route template) and what happens. */
export interface FaultSpec extends FaultMatch {
  kind: FaultKind
  /** server-error: the status, 500 by default. */
  status?: number
  /** server-error: handle the request (its change is kept), then answer the error. */
  afterHandling?: boolean
  /** too-many-requests and secondary-rate-limit: `retry-after`; primary-rate-limit: the reset. Default 1. */
  retryAfterSeconds?: number
  /** delay: milliseconds before the request is handled. Default 1000. */
  delayMs?: number
}

export type FaultHandle = Handle<FaultSpec>

/** One of each transient fault, as a matrix test runs them. */
export const STANDARD_FAULTS: readonly FaultSpec[] = [
  { kind: 'server-error', status: 500 },
  { kind: 'server-error', status: 502 },
  { kind: 'server-error', status: 503 },
  { kind: 'too-many-requests', retryAfterSeconds: 1 },
  { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
  { kind: 'primary-rate-limit', retryAfterSeconds: 1 },
  { kind: 'drop-connection' },
  { kind: 'lose-response' },
  { kind: 'delay', delayMs: 200 }
]

/** The answer of a status fault, with the headers GitHub sends with it. */
export function faultReply(spec: Readonly<FaultSpec>, now = Date.now()): Reply {
  const wait = spec.retryAfterSeconds ?? 1
  switch (spec.kind) {
    case 'server-error': {
      const status = spec.status ?? 500
      return errorBody(
        status,
        `${status >= 500 ? 'Server Error' : 'Error'} (injected by the emulator)`
      )
    }
    case 'too-many-requests':
      return {
        ...errorBody(429, 'Too Many Requests (injected by the emulator)'),
        headers: { 'retry-after': String(wait), ...rateHeaders(4990, now + 3600_000) }
      }
    case 'secondary-rate-limit':
      return {
        ...errorBody(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. (injected by the emulator)',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        ),
        headers: { 'retry-after': String(wait), ...rateHeaders(4990, now + 3600_000) }
      }
    case 'primary-rate-limit':
      return {
        ...errorBody(
          403,
          'API rate limit exceeded for installation ID 1. (injected by the emulator)',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
        ),
        headers: rateHeaders(0, now + wait * 1000)
      }
    case 'forbidden':
      return {
        ...errorBody(
          403,
          'Resource not accessible by integration',
          'https://docs.github.com/rest/issues/labels#create-a-label'
        ),
        headers: rateHeaders(4990, now + 3600_000)
      }
    default:
      throw new Error(`${spec.kind} is not answered with a status`)
  }
}

function errorBody(status: number, message: string, documentation = DOCS): Reply {
  return { status, json: { message, documentation_url: documentation, status: String(status) } }
}

function rateHeaders(remaining: number, resetAt: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
    'x-ratelimit-resource': 'core'
  }
}
