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
 * release upstream must be published. Returns its URL (undefined offline,
 * with the note that says so).
 */
export async function requireReleased(
  gate: UpstreamGate,
  version: ReleaseVersion
): Promise<{ url: string | undefined; notes: PlanNote[] }> {
  if (!gate.github)
    return { url: undefined, notes: [{ kind: 'warning', message: gate.offlineNote }] }
  const release = await gate.github.releases.findByTag(version.tag)
  if (!release || release.draft) throw new InputError('version', gate.refusal(Boolean(release)))
  return { url: release.url, notes: [] }
}
