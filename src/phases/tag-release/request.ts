import { InputError } from '../../release/errors.js'
import { type GitHubClient, type PullRequest, isStatus } from '../../effects/github/client.js'
import { type PlanNote } from '../../release/plan.js'
import { type ReleaseVersion, tryParseVersion } from '../../release/version.js'
import { releaseBranch } from '../../steps/release-branch.js'

/** What the release to tag is asked by: a version, a pull request, or both. */
export interface RequestSettings {
  version: ReleaseVersion | undefined
  pr: number | undefined
  base: string | undefined
  github: GitHubClient
  releaseLabel?: string
}

const RELEASE_BRANCH = /^release-(v?\d+\.\d+\.\d+(?:-rc\d+)?)$/

/** The version a release branch names: release-v0.6.1 (prepare-release), or release-0.6.1 (the manual process). */
export function versionOfReleaseBranch(branch: string): ReleaseVersion | undefined {
  const match = RELEASE_BRANCH.exec(branch)
  return match ? tryParseVersion(match[1]) : undefined
}

export interface ReleaseRequest {
  version: ReleaseVersion
  base: string
  pull: PullRequest | undefined
}

/**
 * The version, base and pull request of the release: from the inputs and the
 * merged pull request, refusing an unmerged one or one whose branch names
 * another version.
 */
export async function resolveRequest(
  inputs: RequestSettings,
  notes: PlanNote[]
): Promise<ReleaseRequest> {
  const given = inputs.version
  let pull: PullRequest | undefined
  if (inputs.pr !== undefined) {
    try {
      pull = await inputs.github.pulls.get(inputs.pr)
    } catch (error) {
      if (isStatus(error, 404)) {
        throw new InputError(
          'pr-number',
          `pull request #${inputs.pr} not found in ${inputs.github.name}`
        )
      }
      throw error
    }
  } else if (given) {
    pull = await inputs.github.pulls.findMerged(releaseBranch(given))
  }
  if (!pull) {
    if (!given) {
      throw new InputError(
        'version',
        'is empty and there is no release pull request to take it from; give version (e.g. 0.6.1) or pr-number'
      )
    }
    const base = inputs.base || 'main'
    notes.push({
      kind: 'warning',
      message: `no pull request from ${releaseBranch(given)} found; tagging the tip of ${base}`
    })
    return { version: given, base, pull: undefined }
  }
  const name = `pull request #${pull.number} (${pull.headRef})`
  if (!pull.merged) {
    throw new InputError(
      'pr-number',
      pull.state === 'open'
        ? `${name} is still open; merge it, then tag-release runs`
        : `${name} was closed without merging; nothing to tag. Open and merge a release pull request, or give the version of a merged one`
    )
  }
  const fromBranch = versionOfReleaseBranch(pull.headRef)
  if (given && fromBranch && given.version !== fromBranch.version) {
    throw new InputError(
      'version',
      `${given.version} does not match ${name}, which releases ${fromBranch.version}`
    )
  }
  const label = inputs.releaseLabel ?? 'release'
  const fromTitle = pull.labels.includes(label) ? versionInTitle(pull.title) : undefined
  const version = given ?? fromBranch ?? fromTitle
  if (!version) {
    throw new InputError(
      'version',
      `${name} is not a release pull request (its branch is not release-vX.Y.Z, and it has no "${label}" label with the version in its title); give version`
    )
  }
  if (inputs.base && inputs.base !== pull.baseRef) {
    throw new InputError(
      'base',
      `"${inputs.base}" is not the base of ${name}, which merged into ${pull.baseRef}; leave base empty or give ${pull.baseRef}`
    )
  }
  return { version, base: pull.baseRef, pull }
}

function versionInTitle(title: string): ReleaseVersion | undefined {
  const match = /\bv?\d+\.\d+\.\d+(?:-rc\d+)?\b/.exec(title)
  return match ? tryParseVersion(match[0]) : undefined
}
