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
  // A number past 2^53 does not survive as a number: 1e+30.0.0 is no version.
  if (![major, minor, patch, rc ?? 0].every(Number.isSafeInteger)) return undefined
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
  const core = compareCores(a, b)
  if (core !== 0) return core
  const rcA = a.rc ?? Number.POSITIVE_INFINITY
  const rcB = b.rc ?? Number.POSITIVE_INFINITY
  return rcA === rcB ? 0 : rcA < rcB ? -1 : 1
}

/** Orders the X.Y.Z of two versions, each number as a number (0.10.0 after 0.9.0): -1, 0 or 1. */
function compareCores(a: ReleaseVersion, b: ReleaseVersion): number {
  return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch)
}

/** The release versions among tag names; other tags (v0.4.1.rc1, bpfd-v0.1.0) are skipped. */
export function releaseTags(tags: readonly string[]): ReleaseVersion[] {
  return tags
    .filter((tag) => tag.startsWith('v'))
    .map((tag) => tryParseVersion(tag))
    .filter((version): version is ReleaseVersion => version !== undefined)
    .sort(compareVersions)
}

/**
 * The release `version` follows, from tags reachable from the base branch: for
 * a release candidate the highest release of any kind below it (0.7.0-rc2
 * follows 0.7.0-rc1), for a final the highest final below it (0.7.0 follows
 * 0.6.x, not its own rcs), so that its changelog and edits span the whole line.
 */
export function previousRelease(
  version: ReleaseVersion,
  mergedTags: readonly string[]
): ReleaseVersion | undefined {
  return releaseTags(mergedTags)
    .filter((tag) => compareVersions(tag, version) < 0)
    .filter((tag) => version.rc !== undefined || tag.rc === undefined)
    .pop()
}

/**
 * The `changelog-since` input: the release the changelog starts from instead
 * of `previousRelease`, a release tag reachable from the base branch and below
 * `version` (an rc's changelog since the previous final, a final's since its last rc).
 */
export function parseChangelogSince(
  text: string,
  version: ReleaseVersion,
  mergedTags: readonly string[],
  base: string
): ReleaseVersion {
  const input = 'changelog-since'
  const since = tryParseVersion(text.trim())
  const below = releaseTags(mergedTags).filter((tag) => compareVersions(tag, version) < 0)
  const offer = below
    .slice(-3)
    .map((tag) => tag.tag)
    .join(', ')
  const choose = offer ? `; give one of ${offer}` : '; leave it out'
  if (!since) {
    throw new InputError(input, `"${text}" is not a release tag${choose}`)
  }
  if (!below.some((tag) => tag.tag === since.tag)) {
    throw new InputError(
      input,
      `${since.tag} is no release below ${version.version} on ${base}${choose}`
    )
  }
  return since
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

/** The kind of release, for the changelog's summary sentence. */
export function releaseKind(
  version: ReleaseVersion,
  previous: ReleaseVersion | undefined
): 'major' | 'minor' | 'patch' | 'release candidate' {
  if (version.rc !== undefined) return 'release candidate'
  if (!previous || version.major !== previous.major) return previous ? 'major' : 'minor'
  return version.minor !== previous.minor ? 'minor' : 'patch'
}

// ---------------------------------------------------------------------------
// Release lines: version order, patch branches, the patch-of and cherry-pick inputs
// ---------------------------------------------------------------------------

function coreOf(version: ReleaseVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`
}

function sameCore(a: ReleaseVersion, b: ReleaseVersion): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch
}

/** The newest of `versions`, or undefined. */
function newest(versions: readonly ReleaseVersion[]): ReleaseVersion | undefined {
  return [...versions].sort(compareVersions).pop()
}

/** A patch branch, release-vX.Y.Z-patch: the line of patches to the release X.Y.Z. */
export interface PatchBranch {
  readonly branch: string
  /** The release the branch patches (its tag is where the branch starts). */
  readonly patched: ReleaseVersion
}

const PATCH_BRANCH_PATTERN = /^release-(.*)-patch$/

/** The patch branch of a release: release-v0.6.0-patch for 0.6.0. */
export function patchBranchName(patched: ReleaseVersion): string {
  return `release-${patched.tag}-patch`
}

/**
 * The patch branch a base branch name stands for: undefined for any branch not
 * named release-…-patch (main), an InputError (input `base`) for one named so
 * that does not patch a final release (release-v0.6-patch, release-v0.7.0-rc1-patch).
 */
export function parsePatchBranch(branch: string, input = 'base'): PatchBranch | undefined {
  const match = PATCH_BRANCH_PATTERN.exec(branch)
  if (!match) return undefined
  const patched = match[1].startsWith('v') ? tryParseVersion(match[1]) : undefined
  if (!patched || patched.rc !== undefined) {
    throw new InputError(
      input,
      `"${branch}" is not a patch branch name; a patch branch is release-vX.Y.Z-patch, named after the final release it patches (release-v0.6.0-patch)`
    )
  }
  return { branch, patched }
}

/**
 * The `patch-of` input: the final release a patch branch starts from, 0.6.0 or
 * v0.6.0 (its tag is `.tag`, its branch patchBranchName()). With `allTags`, the
 * tag must exist.
 */
export function parsePatchOf(text: string, allTags?: readonly string[]): ReleaseVersion {
  const input = 'patch-of'
  const parsed = tryParseVersion(text.trim())
  if (!parsed) {
    throw new InputError(
      input,
      `"${text}" is not a release; give the release to patch as vX.Y.Z or X.Y.Z (v0.6.0)`
    )
  }
  if (parsed.rc !== undefined) {
    throw new InputError(
      input,
      `${parsed.tag} is a release candidate; patch branches start from a final release, give v${coreOf(parsed)} or another vX.Y.Z`
    )
  }
  if (allTags && !allTags.includes(parsed.tag)) {
    const released = releaseTags(allTags).filter((tag) => tag.rc === undefined)
    const latest = released.at(-1)
    throw new InputError(
      input,
      `tag ${parsed.tag} does not exist; give a released version to patch${latest ? ` (the newest is ${latest.tag})` : ''}`
    )
  }
  return parsed
}

/** One REF of the `cherry-pick` input: a commit (abbreviated or full SHA), or a pull request. */
export type CherryPickRef =
  | { readonly kind: 'commit'; readonly ref: string; readonly sha: string }
  | { readonly kind: 'pull'; readonly ref: string; readonly number: number }

const SHA_PATTERN = /^[0-9a-f]{7,40}$/i
const PULL_PATTERN = /^#([1-9]\d*)$/

/**
 * The `cherry-pick` input: REFs separated by commas (or new lines, as a
 * multi-line action input gives them), each a commit SHA of 7 to 40 hex digits
 * or #N for a pull request. Order is kept; an empty input is no picks.
 */
export function parseCherryPicks(text: string, input = 'cherry-pick'): CherryPickRef[] {
  const refs: CherryPickRef[] = []
  const trimmed = text.trim()
  if (trimmed.length === 0) return refs
  const seen = new Set<string>()
  for (const raw of trimmed.split(/\s*[,\n]\s*/)) {
    const item = raw.trim()
    if (item.length === 0) {
      throw new InputError(
        input,
        `"${text}" has an empty entry; separate REFs with single commas (abc1234,#123)`
      )
    }
    let ref: CherryPickRef
    const pull = PULL_PATTERN.exec(item)
    if (pull) {
      ref = { kind: 'pull', ref: `#${pull[1]}`, number: Number(pull[1]) }
    } else if (SHA_PATTERN.test(item)) {
      const sha = item.toLowerCase()
      ref = { kind: 'commit', ref: sha, sha }
    } else {
      throw new InputError(
        input,
        `"${item}" is not a REF; give a commit SHA (7 to 40 hex digits, abc1234) or a pull request #N (#123), separated by commas`
      )
    }
    if (seen.has(ref.ref)) {
      throw new InputError(input, `${ref.ref} is listed twice; give each REF once`)
    }
    seen.add(ref.ref)
    refs.push(ref)
  }
  return refs
}

/** What to suggest above `standing`, in the form of `wanted` (an rc, or a final). */
function choicesAbove(
  standing: ReleaseVersion,
  wanted: ReleaseVersion,
  patchLine: boolean
): string {
  const { major, minor, patch } = standing
  const nextPatch = `${major}.${minor}.${patch + 1}`
  const nextMinor = `${major}.${minor + 1}.0`
  if (standing.rc !== undefined) {
    return `${coreOf(standing)}-rc${standing.rc + 1} or ${coreOf(standing)}`
  }
  if (wanted.rc !== undefined) {
    return patchLine ? `${nextPatch}-rc1` : `${nextPatch}-rc1 or ${nextMinor}-rc1`
  }
  return patchLine ? nextPatch : `${nextPatch} or ${nextMinor}`
}

/**
 * Refuses a version that does not come next where it is released, before
 * anything changes (an InputError on `version`, exit 2, one line naming the
 * version, the tag in the way and what to choose):
 * - a release candidate numbered rc0;
 * - a version whose tag exists;
 * - a release candidate of a released version (0.6.0-rc2 once v0.6.0 exists);
 * - on a patch branch release-vX.Y.Z-patch, a version that is not X.Y.(Z+n);
 * - a version not greater than every release tag reachable from the base branch
 *   (`mergedTags`: 0.5.7 on a main holding v0.6.0);
 * - a version not greater than every release of its X.Y line anywhere
 *   (`allTags`): so rc numbers rise (rc1 after rc2 is refused), and no branch
 *   releases a patch below one that another branch has released.
 * A final X.Y.Z after its release candidates is allowed. `base` is the branch
 * the release is made from (main, or release-vX.Y.Z-patch).
 */
export function assertVersionOrder(
  version: ReleaseVersion,
  mergedTags: readonly string[],
  allTags: readonly string[],
  base: string
): void {
  const line = parsePatchBranch(base)
  const reachable = newest(releaseTags(mergedTags))
  const onLine = newestOnLine(version, allTags)
  /** What to choose instead: the versions just above everything that stands in the way. */
  const choose = (): string => {
    const standing = standingRelease(version, mergedTags, allTags, line)
    return standing
      ? choicesAbove(standing, version, line !== undefined)
      : `${coreOf(version)}${version.rc === undefined ? '' : '-rc1'}`
  }
  const refuse = (message: string): never => {
    throw new InputError('version', `${message}; choose ${choose()}`)
  }
  if (version.rc === 0) {
    throw new InputError(
      'version',
      `${version.version}: release candidates are numbered from rc1; choose ${coreOf(version)}-rc1`
    )
  }
  const all = releaseTags(allTags)
  if (all.some((tag) => tag.tag === version.tag)) {
    refuse(`tag ${version.tag} already exists: ${version.version} is released`)
  }
  if (version.rc !== undefined) {
    const final = all.find((tag) => sameCore(tag, version) && tag.rc === undefined)
    if (final) {
      refuse(
        `${version.version} is a release candidate of ${final.version}, which is released (tag ${final.tag})`
      )
    }
  }
  if (line) {
    const { patched } = line
    if (
      version.major !== patched.major ||
      version.minor !== patched.minor ||
      version.patch <= patched.patch
    ) {
      refuse(
        `${version.version} is not a patch of ${patched.version}: ${base} starts from tag ${patched.tag} and releases ${patched.major}.${patched.minor}.${patched.patch + 1} and later`
      )
    }
  }
  if (reachable && compareVersions(version, reachable) <= 0) {
    // On main, a patch of an older line that is still free goes on that line's patch branch.
    const patchable = all
      .filter((tag) => tag.major === version.major && tag.minor === version.minor)
      .filter((tag) => tag.rc === undefined && compareVersions(tag, version) < 0)
      .pop()
    const free = !onLine || compareVersions(version, onLine) > 0
    const patchOf =
      !line && patchable && free
        ? `, or release ${version.version} from a patch branch: patch-of ${patchable.tag}`
        : ''
    throw new InputError(
      'version',
      `${version.version} is not greater than ${reachable.version}, the newest release on ${base} (tag ${reachable.tag}); choose ${choose()}${patchOf}`
    )
  }
  if (onLine && compareVersions(version, onLine) <= 0) {
    refuse(
      `${version.version} is not greater than ${onLine.version}, the newest release of ${version.major}.${version.minor} (tag ${onLine.tag})`
    )
  }
}

/**
 * The release a new version follows where it is made: on a patch branch the
 * newest release of its line (the patched release at first), elsewhere the
 * newest of the releases reachable from the base and of the version's X.Y line.
 */
function standingRelease(
  version: ReleaseVersion,
  mergedTags: readonly string[],
  allTags: readonly string[],
  line: PatchBranch | undefined
): ReleaseVersion | undefined {
  if (line) return newestOnLine(line.patched, allTags) ?? line.patched
  return newest(
    [newest(releaseTags(mergedTags)), newestOnLine(version, allTags)].filter(
      (tag): tag is ReleaseVersion => tag !== undefined
    )
  )
}

/**
 * The versions that may follow `standing`, in order: after a final X.Y.Z the
 * next patch, minor and major (each final or as its first release candidate;
 * on a patch branch the next patch only); after X.Y.Z-rcN the next release
 * candidate and the final X.Y.Z.
 */
export function nextVersions(standing: ReleaseVersion, patchLine = false): string[] {
  const { major, minor, patch, rc } = standing
  if (rc !== undefined) return [`${coreOf(standing)}-rc${rc + 1}`, coreOf(standing)]
  const cores = [`${major}.${minor}.${patch + 1}`]
  if (!patchLine) cores.push(`${major}.${minor + 1}.0`, `${major + 1}.0.0`)
  return [...cores, ...cores.map((core) => `${core}-rc1`)]
}

/**
 * Refuses a version that skips releases after the one it follows (6.0.1 for
 * 0.6.1 after 0.6.0; 0.6.3 after 0.6.1; 0.7.0-rc3 after 0.7.0-rc1), naming
 * the next versions in order, unless `allowJump`. Run after
 * assertVersionOrder: the version is above what it follows. The first release
 * of a repository follows nothing and is never a jump.
 */
export function assertNoJump(
  version: ReleaseVersion,
  mergedTags: readonly string[],
  allTags: readonly string[],
  base: string,
  allowJump: boolean
): void {
  if (allowJump) return
  const line = parsePatchBranch(base)
  const standing = standingRelease(version, mergedTags, allTags, line)
  if (!standing) return
  const next = nextVersions(standing, line !== undefined)
  if (next.includes(version.version)) return
  const finals = next.filter((candidate) => !candidate.includes('-'))
  const rcs = next.filter((candidate) => candidate.includes('-'))
  const choices =
    standing.rc !== undefined ? next.join(' or ') : `${finals.join(', ')} (or ${rcs.join(', ')})`
  throw new InputError(
    'version',
    `${version.version} skips releases after ${standing.version} (tag ${standing.tag}), the release it follows on ${base}; the next versions are ${choices}. A jump on purpose: allow-jump: true (--allow-jump)`
  )
}

/** Where a release is made from: the base branch, its patch line (if any) and the picks. */
export interface ReleaseLine {
  /** The branch the release is made from: main, or release-vX.Y.Z-patch. */
  readonly base: string
  /** The patch line, when the base is a patch branch. */
  readonly patch: PatchBranch | undefined
  readonly picks: CherryPickRef[]
}

/**
 * Whether the `base`, `patch-of` and `cherry-pick` inputs ask for a patch
 * release (parseReleaseLine, with the tags, tells which, or that they are wrong).
 */
export function asksForPatchLine(inputs: {
  base: string
  patchOf?: string
  cherryPick?: string
}): boolean {
  return (
    (inputs.patchOf?.trim() ?? '') !== '' ||
    (inputs.cherryPick?.trim() ?? '') !== '' ||
    /^release-.*-patch$/.test(inputs.base)
  )
}

/**
 * The `base`, `patch-of` and `cherry-pick` inputs together: `patch-of` makes
 * the base its patch branch (a `base` other than `defaultBase` must then name
 * that branch); picks need a patch branch to go onto.
 */
export function parseReleaseLine(
  inputs: { base: string; patchOf?: string; cherryPick?: string },
  allTags: readonly string[],
  defaultBase = 'main'
): ReleaseLine {
  let base = inputs.base.trim() || defaultBase
  if (inputs.patchOf && inputs.patchOf.trim().length > 0) {
    const patched = parsePatchOf(inputs.patchOf, allTags)
    const branch = patchBranchName(patched)
    if (base !== defaultBase && base !== branch) {
      throw new InputError(
        'base',
        `"${base}" is not the patch branch of ${patched.tag}; patch-of ${patched.tag} releases from ${branch}: leave base out or give ${branch}`
      )
    }
    base = branch
  }
  const patch = parsePatchBranch(base)
  const picks = parseCherryPicks(inputs.cherryPick ?? '')
  if (picks.length > 0 && !patch) {
    throw new InputError(
      'cherry-pick',
      `picks go onto a patch branch, and ${base} is none; give patch-of vX.Y.Z (or base release-vX.Y.Z-patch), or leave cherry-pick out`
    )
  }
  return { base, patch, picks }
}

const TREE_VERSION_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)/

/**
 * Refuses a version whose X.Y.Z is below the one the base branch's tree
 * already holds (`current`, from `path`: the operator's `VERSION ?= 0.7.0-dev`,
 * bpfman's workspace version): the base has moved on to a later line, so the
 * release would move its version back ("VERSION 0.7.0-dev -> 0.6.1"). One
 * line (an InputError on `version`, exit 2) naming the version, what the
 * tree holds and what to choose: that line's version, or the patch branch of
 * the release being patched. A `current` that is no X.Y.Z… is left to the file's updater.
 */
export function assertNotBehindTree(
  version: ReleaseVersion,
  current: { path: string; version: string },
  base: string,
  allTags: readonly string[]
): void {
  const match = TREE_VERSION_PATTERN.exec(current.version.trim())
  if (!match) return
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number)
  const tree: ReleaseVersion = {
    version: `${major}.${minor}.${patch}`,
    tag: `v${major}.${minor}.${patch}`,
    major,
    minor,
    patch,
    rc: undefined
  }
  if (compareCores(version, tree) >= 0) return
  const patchable = releaseTags(allTags)
    .filter((tag) => tag.major === version.major && tag.minor === version.minor)
    .filter((tag) => tag.rc === undefined && compareVersions(tag, version) < 0)
    .pop()
  const onPatchBranch = parsePatchBranch(base) !== undefined
  const patchOf =
    patchable && !onPatchBranch
      ? `, or release ${version.version} from a patch branch: patch-of ${patchable.tag}`
      : ''
  throw new InputError(
    'version',
    `${version.version} is behind ${current.path} on ${base}, which holds ${current.version} (the ${major}.${minor} line): the release would move the version back; choose ${tree.version}${version.rc === undefined ? ` or ${tree.version}-rc1` : `-rc1 or ${tree.version}`}${patchOf}`
  )
}
