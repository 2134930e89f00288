/**
 * The GitHub client of every phase: @actions/github's Octokit with
 * @octokit/plugin-retry and @octokit/plugin-throttling, under one bound per
 * request (tries and total wait).
 *
 * - 500/502/503/504, a broken connection or a timeout: retried with backoff
 *   for GET, HEAD, PUT and DELETE. A POST or PATCH is not sent again, since
 *   it may have taken effect: it fails with `outcomeUnknown` set, for the
 *   caller to look the object up first. A connection that was never made
 *   (refused, no such host) is retried whatever the method: nothing was sent.
 * - 429: retried after its Retry-After, whatever the method (nothing was handled).
 * - Primary and secondary rate limits (403 or 429): waited out as the answer
 *   says (x-ratelimit-reset, Retry-After) by the throttling plugin, while the
 *   wait stays within the bound; then one error that says which limit and what to do.
 * - Any other 403: no retry, and a message about the missing permission.
 * - A 404 under a repository an input named (`inputs.repositories`): one
 *   look at the repository itself; when GitHub does not know it either, the
 *   request fails as bad input naming that input, not as "Not Found". A 401:
 *   bad input naming the token's input.
 */
import type { getOctokit } from '@actions/github'
import type { RequestError } from '@octokit/request-error'
import type Bottleneck from 'bottleneck/light.js'
import { type OctokitLibraries, loadOctokit } from '../../release/lazy.js'
import { InputError } from '../../release/errors.js'
import { type Octokit, deferredOctokit } from './deferred-octokit.js'
import {
  GitHubRequestError,
  badCredentialsMessage,
  classifyForbidden,
  unknownRepositoryMessage,
  connectionCode,
  failureKind,
  isIdempotent,
  requestedWaitSeconds,
  type FailureKind
} from './failures.js'

export {
  GitHubRequestError,
  classifyForbidden,
  isOutcomeUnknown,
  type FailureKind,
  type ForbiddenClassification
} from './failures.js'

export type { Octokit } from './deferred-octokit.js'
type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>
type Plugin = Parameters<typeof getOctokit>[2]

export interface RetryPolicy {
  /** Tries of one request, the first included. Default 5. */
  attempts?: number
  /** The longest one request waits between its tries, in all, in seconds. Default 900. */
  maxWaitSeconds?: number
  /** The first wait after a 5xx or a broken connection, doubled on each retry, in seconds. Default 1. */
  backoffSeconds?: number
  /** How long one second of waiting lasts, in milliseconds: 1000; tests make it a few. */
  secondMs?: number
  /**
   * One try's limit, in milliseconds. Default 120000: GitHub ends its own
   * requests after 10 s; asset uploads take longer.
   */
  timeoutMs?: number
}

export interface CreateOctokitOptions extends RetryPolicy {
  /** The API base: the run's (its GITHUB_API_URL), or the emulator's; default https://api.github.com. */
  baseUrl?: string
  /**
   * GitHub's advice against secondary limits, as the throttling plugin keeps
   * it: one write at a time, a second apart, three seconds between requests
   * that notify (pull requests, releases, issues). Default true; tests against
   * the emulator turn it off.
   */
  pacing?: boolean
  /** Where waits are reported; default the Actions log (core.info). */
  log?: (line: string) => void
  /** More Octokit options (userAgent, request...). */
  octokit?: Omit<OctokitOptions, 'baseUrl' | 'retry' | 'throttle'>
  /**
   * A client that sends nothing: every request is refused, before any retry,
   * with the error this makes of its method and path (a dry run without a token).
   */
  refuse?: (method: string, path: string) => Error
  /** Requests without a token (public repositories, read only; GitHub's lower rate limit). */
  anonymous?: boolean
  /**
   * The inputs the user named this client's repositories and token with, so
   * that a repository GitHub does not know (or the token cannot see) and a
   * token GitHub does not take are bad input, each naming its input.
   */
  inputs?: { repositories?: Record<string, string>; token?: string }
}

const DEFAULTS: Required<RetryPolicy> = {
  attempts: 5,
  maxWaitSeconds: 900,
  backoffSeconds: 1,
  secondMs: 1000,
  timeoutMs: 120_000
}
const LONGEST_BACKOFF_SECONDS = 60
const SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS = 60

/** One request's account across its tries (the options object is the same through every hook). */
interface Attempts {
  tries: number
  waitedSeconds: number
  /** The caller's own abort signal, kept while each try gets its own timeout. */
  callerSignal?: AbortSignal
  /** Set when the wait bound (not the tries) stopped the retries. */
  boundedOut?: string
}

/** Options of one request as the hooks see them. */
interface HookOptions {
  method: string
  url: string
  request?: {
    signal?: AbortSignal
    idempotent?: boolean
    /** The look at a repository after a 404 under it (never looked at again). */
    repositoryProbe?: boolean
    [key: string]: unknown
  }
  [key: string]: unknown
}

/** The retrying client; Octokit and its plugins are loaded on its first request. */
export function createOctokit(token: string, options: CreateOctokitOptions = {}): Octokit {
  return deferredOctokit(async () => buildOctokit(token, options, await loadOctokit()))
}

function buildOctokit(
  token: string,
  options: CreateOctokitOptions,
  { getOctokit, retry, throttling, Bottleneck, info }: OctokitLibraries
): Octokit {
  const policy: Required<RetryPolicy> = { ...DEFAULTS, ...definedOnly(options) }
  const log = options.log ?? ((line: string) => info(line))
  const accounts = new WeakMap<object, Attempts>()
  const account = (request: object): Attempts => {
    let found = accounts.get(request)
    if (!found) accounts.set(request, (found = { tries: 0, waitedSeconds: 0 }))
    return found
  }

  /** Spends `seconds` of the bound on one more try, or says why it cannot. */
  const mayWait = (request: object, seconds: number, what: string): boolean => {
    const spent = account(request)
    if (spent.tries >= policy.attempts) return false
    if (spent.waitedSeconds + seconds > policy.maxWaitSeconds) {
      spent.boundedOut = `waiting ${seconds} s more would pass the limit of ${policy.maxWaitSeconds} s`
      return false
    }
    spent.waitedSeconds += seconds
    log(`${what}: try ${spent.tries + 1} of ${policy.attempts} in ${seconds} s`)
    return true
  }

  const onLimit =
    (which: string) =>
    (seconds: number, request: object, octokit: unknown): boolean =>
      mayWait(
        request,
        seconds,
        `GitHub's ${which} rate limit on ${describe(octokit as Octokit, request)}`
      )

  // The repositories a request has succeeded under (lower case): a 404 there is about the object.
  const seen = new Set<string>()
  const named = new Map(
    Object.entries(options.inputs?.repositories ?? {}).map(([name, input]) => [
      name.toLowerCase(),
      { name, input }
    ])
  )
  /** The bad input a refused request means: an unknown repository, a token GitHub does not take. */
  const inputRefusal = async (
    octokit: Octokit,
    error: RequestError,
    sent: HookOptions
  ): Promise<InputError | undefined> => {
    if (sent.request?.repositoryProbe) return undefined
    const tokenInput = options.inputs?.token
    if (error.status === 401 && tokenInput)
      return new InputError(tokenInput, badCredentialsMessage(said(error)))
    if (error.status !== 404) return undefined
    const repository = repositoryOf(octokit, sent)
    const input = repository && !seen.has(repository) ? named.get(repository) : undefined
    if (!input) return undefined
    const [owner, repo] = input.name.split('/')
    const { method, url } = octokit.request.endpoint.parse(
      sent as Parameters<Octokit['request']['endpoint']['parse']>[0]
    )
    const itself = method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/?$/.test(new URL(url).pathname)
    if (!itself) {
      try {
        await octokit.request('GET /repos/{owner}/{repo}', {
          owner,
          repo,
          request: { repositoryProbe: true }
        })
        return undefined
      } catch (probe) {
        if ((probe as RequestError).status !== 404) return undefined
      }
    }
    return new InputError(input.input, unknownRepositoryMessage(input.name))
  }

  // Plugin order is hook order, innermost first: each try passes through
  // `tries` (timeout, count, retry decision) inside plugin-retry, which
  // repeats what `tries` asks for; throttling repeats rate-limited requests
  // around that; `report` sees only the final failure. Every hook gets the
  // same options object (before-after-hook binds it), which is why one
  // request's account is kept by that object.
  const tries: Plugin = (octokit) => {
    octokit.hook.wrap('request', async (request, raw) => {
      const options = raw as unknown as HookOptions
      const spent = account(options)
      if (spent.tries++ === 0) spent.callerSignal = options.request?.signal
      const timeout = AbortSignal.timeout(policy.timeoutMs)
      const own = spent.callerSignal
      // A new object: `request` may still be the one the client's defaults share.
      options.request = {
        ...options.request,
        signal: own ? AbortSignal.any([own, timeout]) : timeout
      }
      const response = await request(raw)
      const repository = repositoryOf(octokit as Octokit, options)
      if (repository) seen.add(repository)
      return response
    })
    octokit.hook.error('request', (error, raw) => {
      const options = raw as unknown as HookOptions
      const failed = error as RequestError
      if (!failed.request) throw error
      const wait = retryWait(failed, options, policy, account(options).tries)
      const reason = `${retryReason(failed)} to ${describe(octokit as Octokit, options)}`
      if (wait !== undefined && mayWait(options, wait, reason)) {
        const retrying = octokit as unknown as {
          retry: { retryRequest(e: unknown, retries: number, after: number): unknown }
        }
        throw retrying.retry.retryRequest(error, policy.attempts, wait)
      }
      throw error
    })
    return {}
  }

  const report: Plugin = (octokit) => {
    octokit.hook.error('request', async (error, raw) => {
      const failed = error as RequestError
      if (!failed.request) throw error
      const options = raw as unknown as HookOptions
      const request = describe(octokit as Octokit, options)
      const refusal = await inputRefusal(octokit as Octokit, failed, options)
      if (refusal) throw refusal
      throw finalError(failed, options, request, account(raw), policy)
    })
    return {}
  }

  const throttle = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: policy.secondMs,
    fallbackSecondaryRateRetryAfter: SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS,
    ...(options.pacing === false ? unpaced(Bottleneck) : {})
  }
  const refuse: Plugin = (octokit) => {
    const refusal = options.refuse
    if (refusal) {
      octokit.hook.before('request', (raw) => {
        const { method, url } = raw as unknown as HookOptions
        throw refusal(method, url.replace(/^[a-z]+:\/\/[^/]+/, ''))
      })
    }
    return {}
  }

  const anonymous: Plugin = (octokit) => {
    if (options.anonymous) {
      octokit.hook.before('request', (raw) => {
        delete (raw as unknown as { headers: Record<string, unknown> }).headers.authorization
      })
    }
    return {}
  }

  return getOctokit(
    options.anonymous ? 'anonymous' : token,
    {
      ...options.octokit,
      baseUrl: options.baseUrl ?? 'https://api.github.com',
      retry: {
        // plugin-retry would choose by status alone, after (n+1)² s, whatever
        // the method and Retry-After: `tries` decides instead, so the plugin
        // passes every status on and only schedules the retries asked for.
        doNotRetry: EVERY_ERROR_STATUS,
        retries: policy.attempts,
        retryAfterBaseValue: policy.secondMs
      },
      throttle
    },
    tries,
    retry,
    throttling,
    report,
    anonymous,
    // Last, so its hook runs first: nothing leaves the machine.
    refuse
  )
}

const EVERY_ERROR_STATUS = Array.from({ length: 200 }, (_, index) => 400 + index)

/** Seconds before the next try, or undefined when this failure is not retried here. */
function retryWait(
  error: RequestError,
  options: HookOptions,
  policy: Required<RetryPolicy>,
  triesSoFar: number
): number | undefined {
  const kind = failureKind(error)
  // Whole seconds: plugin-retry truncates what it is given.
  const backoff = Math.ceil(
    Math.min(policy.backoffSeconds * 2 ** Math.max(triesSoFar - 1, 0), LONGEST_BACKOFF_SECONDS)
  )
  const asked = requestedWaitSeconds(error)
  switch (kind) {
    case 'too-many-requests':
      return asked ?? backoff
    case 'not-sent':
      return backoff
    case 'server-error':
      return resendable(options) ? (asked ?? backoff) : undefined
    case 'connection':
    case 'timeout':
      return resendable(options) ? backoff : undefined
    default:
      // rate limits are the throttling plugin's; the rest are answers.
      return undefined
  }
}

/** Idempotent by method, unless the caller says otherwise (`request: { idempotent }`). */
function resendable(options: HookOptions): boolean {
  return options.request?.idempotent ?? isIdempotent(options.method)
}

function retryReason(error: RequestError): string {
  const kind = failureKind(error)
  return kind === 'server-error' || kind === 'too-many-requests'
    ? `GitHub answered ${error.status}`
    : (connectionCode(error) ?? kind)
}

function finalError(
  error: RequestError,
  options: HookOptions,
  request: string,
  spent: Attempts,
  policy: Required<RetryPolicy>
): Error {
  const kind: FailureKind = failureKind(error)
  const origin = originOf(error.request.url)
  const tries = spent.tries === 1 ? 'once' : `${spent.tries} times`
  const bound = spent.boundedOut ? ` (${spent.boundedOut})` : ''
  const unknown =
    !resendable(options) && (kind === 'server-error' || kind === 'connection' || kind === 'timeout')
  const shaped = (message: string): GitHubRequestError =>
    new GitHubRequestError(message, error, kind, spent.tries, unknown)
  const maybeTookEffect = unknown
    ? ` It may have taken effect, so it was not sent again: look for what it would have made before sending it once more.`
    : ''
  switch (kind) {
    case 'primary-rate-limit':
    case 'secondary-rate-limit':
    case 'permission':
      if (!error.response) return error
      return shaped(
        `${request}: ${classifyForbidden(error.response).message}${kind === 'permission' ? '' : ` Tried ${tries}, waited ${spent.waitedSeconds} s${bound}.`}`
      )
    case 'too-many-requests':
      return shaped(
        `${request}: GitHub answered 429 Too Many Requests ${tries}${bound}. Wait a few minutes and rerun the job.`
      )
    case 'server-error':
      return shaped(
        `${request}: GitHub answered ${error.status}${said(error)}, tried ${tries}${bound}.${maybeTookEffect || ' GitHub may be having trouble (https://www.githubstatus.com): rerun the job later.'}`
      )
    case 'not-sent':
    case 'connection':
      return shaped(
        `${request}: could not reach ${origin} (${connectionCode(error) ?? error.message}), tried ${tries}${bound}.${maybeTookEffect || ` Check the network and the API URL (GITHUB_API_URL), then rerun.`}`
      )
    case 'timeout':
      return shaped(
        `${request}: GitHub did not answer within ${policy.timeoutMs / 1000} s, tried ${tries}${bound}.${maybeTookEffect || ' Check the network, then rerun.'}`
      )
    default:
      return error
  }
}

/** `METHOD /path` with the parameters filled in, for messages. */
function describe(octokit: Octokit, options: object): string {
  const { method, url } = octokit.request.endpoint.parse(
    options as Parameters<Octokit['request']['endpoint']['parse']>[0]
  )
  return `${method} ${new URL(url, 'http://github.invalid').pathname}`
}

/** The owner/name (lower case) a request is under, from its path /repos/{owner}/{repo}/... */
function repositoryOf(octokit: Octokit, options: object): string | undefined {
  const { url } = octokit.request.endpoint.parse(
    options as Parameters<Octokit['request']['endpoint']['parse']>[0]
  )
  const match = /^\/repos\/([^/]+)\/([^/]+)/.exec(new URL(url, 'http://github.invalid').pathname)
  return match
    ? `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`.toLowerCase()
    : undefined
}

/** GitHub's own message, without the documentation link Octokit appends. */
function said(error: RequestError): string {
  const message = (error.response?.data as { message?: unknown } | undefined)?.message
  return typeof message === 'string' && message ? ` ("${message}")` : ''
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

/** Groups without GitHub's spacing between writes, for tests and the sandbox. */
function unpaced(Groups: typeof Bottleneck): {
  write: Bottleneck.Group
  notifications: Bottleneck.Group
  search: Bottleneck.Group
} {
  return {
    write: new Groups.Group({ maxConcurrent: 1 }),
    notifications: new Groups.Group({ maxConcurrent: 1 }),
    search: new Groups.Group({ maxConcurrent: 1 })
  }
}

function definedOnly(options: RetryPolicy): RetryPolicy {
  return Object.fromEntries(
    Object.entries({
      attempts: options.attempts,
      maxWaitSeconds: options.maxWaitSeconds,
      backoffSeconds: options.backoffSeconds,
      secondMs: options.secondMs,
      timeoutMs: options.timeoutMs
    }).filter(([, value]) => value !== undefined)
  )
}
