import { type RepoRef } from './repository.js'
import { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

/** The API base: GITHUB_API_URL as Actions sets it (or the local emulator), else api.github.com. */
export function apiBaseUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

export function createOctokit(token: string, baseUrl = apiBaseUrl()): Octokit {
  return getOctokit(token, { baseUrl })
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
