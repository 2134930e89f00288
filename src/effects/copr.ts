import { InputError, ReleaseError } from '../release/errors.js'
import { DEFAULT_RETRY, fetchWithRetry } from './http-retry.js'
import { type ReleaseVersion } from '../release/version.js'

export const COPR_URL = 'https://copr.fedorainfracloud.org'
export const COPR_PACKAGE = 'bpfman'

export interface CoprProject {
  owner: string
  project: string
}

/** `@ebpf-sig/bpfman` (a group project) or `user/project`. */
export function parseCoprProject(text: string): CoprProject {
  const match = /^(@?[A-Za-z0-9_.-]+)\/([A-Za-z0-9_.+-]+)$/.exec(text.trim())
  if (!match)
    throw new InputError('copr-project', `"${text}" is not owner/project (e.g. @ebpf-sig/bpfman)`)
  return { owner: match[1], project: match[2] }
}

export interface CoprBuild {
  id: number
  state: string
  /** The RPM version-release the build made, e.g. 0.6.1-1. */
  version: string | null
}

/** The package's latest build, from COPR's API v3 (GET /api_3/package?...&with_latest_build=True). */
export async function latestCoprBuild(
  baseUrl: string,
  project: CoprProject,
  packageName: string,
  fetchFn: typeof fetch = fetch
): Promise<CoprBuild | undefined> {
  const query = new URLSearchParams({
    ownername: project.owner,
    projectname: project.project,
    packagename: packageName,
    with_latest_build: 'True'
  })
  const url = `${baseUrl.replace(/\/+$/, '')}/api_3/package?${query}`
  const what = `reading the latest COPR build of ${packageName} in ${project.owner}/${project.project}`
  const { response } = await fetchWithRetry(
    fetchFn,
    url,
    { headers: { accept: 'application/json' } },
    { ...DEFAULT_RETRY, attempts: 2 },
    30_000,
    what
  )
  const body = (await response.json().catch(() => undefined)) as
    | {
        error?: string
        builds?: {
          latest?: {
            id: number
            state: string
            source_package?: { version?: string | null }
          } | null
        }
      }
    | undefined
  if (response.status === 404) throw new ReleaseError(`${what}: ${body?.error ?? 'not found'}`)
  if (response.status !== 200 || !body?.builds) {
    throw new ReleaseError(
      `${what}: HTTP ${response.status}${body?.error ? ` (${body.error})` : ''}; check inputs copr-url and copr-project`
    )
  }
  const latest = body.builds.latest
  if (!latest) return undefined
  return { id: latest.id, state: latest.state, version: latest.source_package?.version ?? null }
}

/**
 * Whether an RPM version-release is of `version`: 0.6.1-1, 1:0.6.1-1.fc41,
 * and 0.7.0~rc1-1 (RPM's way of ordering a release candidate before 0.7.0).
 */
export function isRpmOf(rpmVersion: string, version: ReleaseVersion): boolean {
  const withoutEpoch = rpmVersion.replace(/^\d+:/, '')
  const upstream = withoutEpoch.replace(/-[^-]*$/, '')
  return upstream === version.version || upstream === version.version.replace('-', '~')
}
