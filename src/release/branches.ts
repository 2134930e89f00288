import { type ReleaseVersion } from './version.js'

/** The branch names a release's pull requests come from, for the phases that open them and `status` that finds them. */

/** prepare-release's branch (both repositories). */
export function releaseBranch(version: ReleaseVersion): string {
  return `release-${version.tag}`
}

/** post-release's pull request that puts the dispatchers' :latest back. */
export function revertBranch(version: ReleaseVersion): string {
  return `release-${version.tag}-dispatchers-latest`
}

/** The operator's pull request to a community catalog, on the bot account's fork. */
export function catalogBranch(packageName: string, version: ReleaseVersion): string {
  return `${packageName}-${version.version}`
}

/** The operator's pull request that sets the next -dev version. */
export function nextDevBranch(nextVersion: string): string {
  return `version-${nextVersion}`
}
