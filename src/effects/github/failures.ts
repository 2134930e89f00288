/**
 * What a failed GitHub request means: whether it may be sent again, how long
 * to wait first, and what to tell the maintainer. Pure functions of the
 * error Octokit throws; octokit.ts acts on them.
 */
import { RequestError } from '@octokit/request-error'

/** The parts of Octokit's RequestError these functions read. */
export interface FailedRequest {
  status?: number
  message?: string
  cause?: unknown
  request?: { method?: string; url?: string }
  response?: {
    status: number
    headers: Record<string, string | number | undefined>
    data?: unknown
  }
}

export type FailureKind =
  /** 403/429 with x-ratelimit-remaining 0: the token's hourly quota is used up. */
  | 'primary-rate-limit'
  /** 403/429 saying "secondary rate limit": too much at once, not a missing permission. */
  | 'secondary-rate-limit'
  /** Any other 429: refused unhandled, Retry-After says when to come back. */
  | 'too-many-requests'
  /** Any other 403: the token may not do this. */
  | 'permission'
  /** 500, 502, 503, 504: GitHub's trouble; the request may have taken effect. */
  | 'server-error'
  /** The connection was never made (refused, no such host): nothing was sent. */
  | 'not-sent'
  /** The connection broke after the request may have been sent. */
  | 'connection'
  /** No answer in time: the request may still take effect. */
  | 'timeout'
  /** Anything else (404, 422...): an answer, not a fault. */
  | 'answer'

const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT'
])
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const SERVER_ERRORS = new Set([500, 502, 503, 504])
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** GET, HEAD, PUT and DELETE mean the same sent twice; POST and PATCH may not. */
export function isIdempotent(method: string | undefined): boolean {
  return IDEMPOTENT.has((method ?? 'GET').toUpperCase())
}

export function failureKind(error: FailedRequest): FailureKind {
  const response = error.response
  if (!response) {
    // @octokit/request turns a fetch that threw into a status-500 error without a response.
    const { codes, names } = causes(error)
    if (codes.some((code) => NOT_SENT.has(code))) return 'not-sent'
    if (names.includes('TimeoutError') || codes.some((code) => TIMEOUT.has(code))) return 'timeout'
    return error.status === 500 || codes.length > 0 ? 'connection' : 'answer'
  }
  const status = response.status
  if (status === 403 || status === 429) {
    const limit = rateLimitKind(response)
    if (limit) return limit
    return status === 429 ? 'too-many-requests' : 'permission'
  }
  return SERVER_ERRORS.has(status) ? 'server-error' : 'answer'
}

function rateLimitKind(
  response: NonNullable<FailedRequest['response']>
): 'primary-rate-limit' | 'secondary-rate-limit' | undefined {
  // GitHub's wording, and its older name for the same limit.
  if (/secondary rate limit|abuse detection/i.test(messageOf(response.data)))
    return 'secondary-rate-limit'
  if (String(response.headers['x-ratelimit-remaining']) === '0') return 'primary-rate-limit'
  return undefined
}

/** The codes and names along an error's cause chain (fetch's TypeError wraps the socket's error). */
function causes(error: unknown): { codes: string[]; names: string[] } {
  const codes: string[] = []
  const names: string[] = []
  let current = (error as { cause?: unknown }).cause
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown }
    if (typeof code === 'string') codes.push(code)
    if (typeof name === 'string') names.push(name)
    current = cause
  }
  return { codes, names }
}

/** The first socket error code along the cause chain, for messages. */
export function connectionCode(error: FailedRequest): string | undefined {
  const { codes, names } = causes(error)
  return codes[0] ?? names.find((name) => name !== 'TypeError')
}

/**
 * Seconds to wait before the next try, as the answer asks: Retry-After
 * (seconds or an HTTP date), else x-ratelimit-reset when the quota is used
 * up; undefined when the answer says nothing.
 */
export function requestedWaitSeconds(error: FailedRequest, now = Date.now()): number | undefined {
  const headers = error.response?.headers
  if (!headers) return undefined
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined && String(retryAfter).trim() !== '') {
    const text = String(retryAfter).trim()
    if (/^\d+$/.test(text)) return Number(text)
    const date = Date.parse(text)
    if (!Number.isNaN(date)) return Math.max(Math.ceil((date - now) / 1000), 0)
  }
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    if (Number.isFinite(reset) && reset > 0) return Math.max(Math.ceil(reset - now / 1000), 0) + 1
  }
  return undefined
}

export interface ForbiddenClassification {
  kind: 'primary-rate-limit' | 'secondary-rate-limit' | 'permission'
  /** What happened and what to do, for the maintainer. */
  message: string
}

/**
 * Tells a 403 (or 429) that is a rate limit from one that is a missing
 * permission, by GitHub's answer: the secondary limit says so in its
 * message; the primary sets x-ratelimit-remaining to 0.
 */
export function classifyForbidden(response: {
  status: number
  headers: Record<string, string | number | undefined>
  data?: unknown
}): ForbiddenClassification {
  const kind = rateLimitKind(response) ?? 'permission'
  const said = messageOf(response.data)
  const quoted = said ? ` ("${said}")` : ''
  switch (kind) {
    case 'secondary-rate-limit':
      return {
        kind,
        message: `GitHub's secondary rate limit stopped the request${quoted}: too many requests in a short time, not a missing permission. Wait a few minutes and rerun the job; do not run several release jobs at once.`
      }
    case 'primary-rate-limit': {
      const reset = Number(response.headers['x-ratelimit-reset'])
      const until =
        Number.isFinite(reset) && reset > 0
          ? new Date(reset * 1000).toISOString()
          : 'the top of the hour'
      return {
        kind,
        message: `the token's GitHub API rate limit is used up until ${until}${quoted}. Rerun the job after that, or use a token with a higher limit (a GitHub App's installation token has more than GITHUB_TOKEN's 1,000 requests an hour per repository).`
      }
    }
    default:
      return {
        kind,
        message: `GitHub refused the request with ${response.status}${quoted}: the token lacks a permission. Give the job the permission it needs (for example \`permissions: { contents: write, pull-requests: write }\`) or pass a token that has it.`
      }
  }
}

function messageOf(data: unknown): string {
  if (typeof data === 'string') return data
  const message = (data as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message : ''
}

/**
 * A request that failed for good after this client's retries: Octokit's
 * RequestError (same status, request and response, so callers that look at
 * `status` keep working) with the maintainer's message and how it ended.
 */
export class GitHubRequestError extends RequestError {
  constructor(
    message: string,
    original: RequestError,
    readonly kind: FailureKind,
    /** Tries made, the first included. */
    readonly attempts: number,
    /**
     * The request may have taken effect although no answer said so (a POST or
     * PATCH that got a 5xx, lost its connection or timed out). It was not sent
     * again: look the object up before creating it a second time.
     */
    readonly outcomeUnknown: boolean
  ) {
    super(message, original.status, {
      request: original.request,
      response: original.response,
      cause: original
    })
  }
}

/**
 * Whether GitHub refused a request with one of `statuses` as an answer about
 * the request itself (no such workflow, bad inputs, no permission): a 403 or
 * 429 that is a rate limit is never one, so its own message is kept instead of
 * a permission hint.
 */
export function isRefusal(error: unknown, statuses: readonly number[]): boolean {
  if (typeof error !== 'object' || error === null) return false
  const failed = error as FailedRequest
  if (failed.status === undefined || !statuses.includes(failed.status)) return false
  if (failed.status !== 403 && failed.status !== 429) return true
  const kind = error instanceof GitHubRequestError ? error.kind : failureKind(failed)
  return kind === 'permission'
}

/** Whether a failed request may have changed GitHub although it reported no success. */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof GitHubRequestError && error.outcomeUnknown
}

/** A repository GitHub answers 404 for: it does not exist, or the token cannot see it (GitHub says the same). */
export function unknownRepositoryMessage(repository: string): string {
  return `GitHub knows no repository ${repository}, or the token cannot see it (GitHub answers 404 to both). Check the owner/name, and that the token reaches it: a workflow's GITHUB_TOKEN reaches only its own repository, a fine-grained token only the repositories it was given.`
}

/** A 401: GitHub did not take the token at all. */
export function badCredentialsMessage(said: string): string {
  return `GitHub refused the token (401${said}): it is wrong, expired or revoked. Give a valid token.`
}
