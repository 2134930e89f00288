import semver from 'semver'
import { InputError } from './errors.js'

/** A release version as bpfman writes it: X.Y.Z or X.Y.Z-rcN, tagged vX.Y.Z[-rcN]. */
export interface ReleaseVersion {
  /** Without the "v": 0.6.1, 0.7.0-rc1. */
  readonly version: string
  /** The git tag: v0.6.1. */
  readonly tag: string
  readonly major: number
  readonly minor: number
  readonly patch: number
  /** The N of -rcN, or undefined for a final release. */
  readonly rc: number | undefined
}

const RELEASE_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-rc(0|[1-9]\d*))?$/

export const ACCEPTED_FORMS = '0.6.1, v0.6.1 or 0.7.0-rc1'

/** Parses a version or tag name; undefined when it is not a bpfman release version. */
export function tryParseVersion(text: string): ReleaseVersion | undefined {
  const match = RELEASE_PATTERN.exec(text)
  if (!match) return undefined
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number)
  const rc = match[4] === undefined ? undefined : Number(match[4])
  const version = `${major}.${minor}.${patch}${rc === undefined ? '' : `-rc${rc}`}`
  return { version, tag: `v${version}`, major, minor, patch, rc }
}

/** Parses the `version` input, refusing anything that is not X.Y.Z or X.Y.Z-rcN. */
export function parseVersion(text: string, input = 'version'): ReleaseVersion {
  const parsed = tryParseVersion(text)
  if (!parsed) {
    throw new InputError(input, `"${text}" is not a release version; use ${ACCEPTED_FORMS}`)
  }
  return parsed
}

export function isPrerelease(version: ReleaseVersion): boolean {
  return version.rc !== undefined
}

/** Orders versions; rc numbers compare as numbers (rc10 after rc9), finals after their rcs. */
export function compareVersions(a: ReleaseVersion, b: ReleaseVersion): number {
  const core = semver.compare(
    `${a.major}.${a.minor}.${a.patch}`,
    `${b.major}.${b.minor}.${b.patch}`
  )
  if (core !== 0) return core
  const rcA = a.rc ?? Number.POSITIVE_INFINITY
  const rcB = b.rc ?? Number.POSITIVE_INFINITY
  return rcA === rcB ? 0 : rcA < rcB ? -1 : 1
}

/** The release versions among tag names; other tags (v0.4.1.rc1, bpfd-v0.1.0) are skipped. */
export function releaseTags(tags: readonly string[]): ReleaseVersion[] {
  return tags
    .filter((tag) => tag.startsWith('v'))
    .map((tag) => tryParseVersion(tag))
    .filter((version): version is ReleaseVersion => version !== undefined)
    .sort(compareVersions)
}

/** The highest release tag below `version`, from tags reachable from the base branch. */
export function previousRelease(
  version: ReleaseVersion,
  mergedTags: readonly string[]
): ReleaseVersion | undefined {
  return releaseTags(mergedTags)
    .filter((tag) => compareVersions(tag, version) < 0)
    .pop()
}

/** The newest release of the same major.minor line, among all tags. */
export function newestOnLine(
  version: ReleaseVersion,
  allTags: readonly string[]
): ReleaseVersion | undefined {
  return releaseTags(allTags)
    .filter((tag) => tag.major === version.major && tag.minor === version.minor)
    .pop()
}

/** Refuses a version whose tag exists or that does not move its release line forward. */
export function assertNewRelease(version: ReleaseVersion, allTags: readonly string[]): void {
  if (allTags.includes(version.tag)) {
    throw new InputError(
      'version',
      `tag ${version.tag} already exists; ${version.version} has been released. Choose the next version`
    )
  }
  const newest = newestOnLine(version, allTags)
  if (newest && compareVersions(version, newest) <= 0) {
    throw new InputError(
      'version',
      `${version.version} is not greater than ${newest.version}, the newest release of ${version.major}.${version.minor}; choose a version above ${newest.version}`
    )
  }
}

/** The kind of release, for the changelog's summary sentence. */
export function releaseKind(
  version: ReleaseVersion,
  previous: ReleaseVersion | undefined
): 'major' | 'minor' | 'patch' | 'release candidate' {
  if (version.rc !== undefined) return 'release candidate'
  if (!previous || version.major !== previous.major) return previous ? 'major' : 'minor'
  return version.minor !== previous.minor ? 'minor' : 'patch'
}

/** The next development version after a release: 0.6.1-dev after 0.6.0. */
export function nextDevVersion(version: ReleaseVersion): string {
  return `${version.major}.${version.minor}.${version.patch + 1}-dev`
}
