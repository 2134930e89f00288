import { InputError } from '../release/errors.js'
import { type GitHubClient } from '../effects/github/client.js'
import { type PlanNote } from '../release/plan.js'
import { type ReleaseVersion } from '../release/version.js'

export interface UpstreamGate {
  /** The upstream repository's client; undefined: offline, so not checked. */
  github: GitHubClient | undefined
  /** The plan's note when it cannot be checked. */
  offlineNote: string
  /** The error when the release is missing, or still a draft. */
  refusal: (draft: boolean) => string
}

/**
 * The gate before a release that builds on another: `version`'s GitHub
 * release upstream must be published. Returns its URL (undefined offline).
 */
export async function requireReleased(
  gate: UpstreamGate,
  version: ReleaseVersion,
  notes: PlanNote[]
): Promise<string | undefined> {
  if (!gate.github) {
    notes.push({ kind: 'warning', message: gate.offlineNote })
    return undefined
  }
  const release = await gate.github.releases.findByTag(version.tag)
  if (!release || release.draft) throw new InputError('version', gate.refusal(Boolean(release)))
  return release.url
}
