import { type RepoRef } from './repository.js'
import { givenSecondMs, unpaced } from '../test-knobs.js'
import {
  type CreateOctokitOptions,
  type Octokit,
  createOctokit as createRetryingOctokit
} from './octokit.js'

export type { Octokit } from './octokit.js'

/**
 * The one client factory: octokit.ts's retrying, throttled client. GitHub's
 * pacing between writes is kept for GitHub itself and left out when the API is
 * on this machine (the emulator) or RELEASE_ACTIONS_UNPACED is set; there the
 * retries' seconds are RELEASE_ACTIONS_SECOND_MS milliseconds when that is set.
 */
export function createOctokit(
  token: string,
  baseUrlOrOptions: string | (CreateOctokitOptions & { baseUrl: string })
): Octokit {
  const options =
    typeof baseUrlOrOptions === 'string' ? { baseUrl: baseUrlOrOptions } : baseUrlOrOptions
  const local = isLoopback(options.baseUrl) || unpaced()
  const secondMs = givenSecondMs()
  return createRetryingOctokit(token, {
    ...(local ? { pacing: false } : {}),
    ...(local && secondMs !== undefined ? { secondMs } : {}),
    ...options
  })
}

/** Whether the API is served on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
  } catch {
    return false
  }
}

/** Whether a request failed with this HTTP status. */
export function isStatus(error: unknown, status: number): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: number }).status === status
  )
}

/** What every family of calls works on: the client and the repository. */
export interface RepoApi {
  readonly octokit: Octokit
  readonly ref: RepoRef
}
