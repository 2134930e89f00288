/**
 * Faults the GitHub emulator injects on purpose, to prove that the release
 * survives what GitHub and the network do to a long job:
 *
 *   const fault = emulator.injectFault({ kind: 'lose-response', method: 'POST', path: '/repos/{owner}/{repo}/pulls' })
 *   ... run the phase ...
 *   expect(fault.fired).toBe(true)
 *
 * A fault fires on the `nth` request (1 = the next one) that matches it,
 * counted from when it was injected: every request when it names no method
 * and no path. The answers are shaped as GitHub gives them (headers included),
 * so a client's rate-limit handling sees what it would see in production.
 */
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

export interface FaultSpec {
  kind: FaultKind
  /** The matching request it fires on, 1-based, counted from injection. Default 1. */
  nth?: number
  /** How many matching requests in a row it fires on, from the nth. Default 1; Infinity for all. */
  times?: number
  /** Only requests with this method (any case). */
  method?: string
  /** Only requests to this exact path, route template (`/repos/{owner}/{repo}/pulls`) or RegExp. */
  path?: string | RegExp
  /** server-error: the status, 500 by default. */
  status?: number
  /** server-error: handle the request (its change is kept), then answer the error. */
  afterHandling?: boolean
  /** too-many-requests and secondary-rate-limit: `retry-after`; primary-rate-limit: the reset. Default 1. */
  retryAfterSeconds?: number
  /** delay: milliseconds before the request is handled. Default 1000. */
  delayMs?: number
}

/** What the test keeps: whether, and on which requests, the fault fired. */
export interface FaultHandle {
  readonly spec: Readonly<FaultSpec>
  readonly fired: boolean
  /** How many requests it fired on. */
  readonly hits: number
  /** `METHOD path` of the requests it fired on. */
  readonly firedOn: readonly string[]
  /** Stops it from firing again. */
  cancel(): void
}

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

class Fault implements FaultHandle {
  private seen = 0
  hits = 0
  cancelled = false
  readonly firedOn: string[] = []

  constructor(readonly spec: Readonly<FaultSpec>) {
    const nth = spec.nth ?? 1
    if (!Number.isInteger(nth) || nth < 1)
      throw new Error(`fault nth must be 1 or more, not ${nth}`)
  }

  get fired(): boolean {
    return this.hits > 0
  }

  cancel(): void {
    this.cancelled = true
  }

  matches(method: string, path: string, template: string | undefined): boolean {
    const { method: wanted, path: pattern } = this.spec
    if (wanted !== undefined && wanted.toUpperCase() !== method) return false
    if (pattern === undefined) return true
    return pattern instanceof RegExp ? pattern.test(path) : pattern === path || pattern === template
  }

  count(): void {
    this.seen++
  }

  get due(): boolean {
    const nth = this.spec.nth ?? 1
    return !this.cancelled && this.seen >= nth && this.hits < (this.spec.times ?? 1)
  }
}

export class FaultInjector {
  private readonly faults: Fault[] = []

  inject(spec: FaultSpec): FaultHandle {
    const fault = new Fault({ ...spec })
    this.faults.push(fault)
    return fault
  }

  /**
   * The fault this request gets, if any. Every matching fault counts the
   * request; the first one due fires, and one that was due but lost to an
   * earlier fault fires on its next match.
   */
  take(
    method: string,
    path: string,
    template: string | undefined
  ): Readonly<FaultSpec> | undefined {
    const matching = this.faults.filter((fault) => fault.matches(method, path, template))
    for (const fault of matching) fault.count()
    const fault = matching.find((candidate) => candidate.due)
    if (!fault) return undefined
    fault.hits++
    fault.firedOn.push(`${method} ${path}`)
    return fault.spec
  }
}

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
