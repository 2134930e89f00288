import {
  CHANGELOG_FORMAT,
  type MergedPull,
  mergedPulls,
  parseCommitLog
} from '../release/changelog.js'
import { InputError, ReleaseError } from '../release/errors.js'
import { type PlanNote } from '../release/plan.js'
import { type CherryPickRef } from '../release/version.js'
import { type Git, type Identity } from '../effects/git.js'

/**
 * The picks of a patch release: which commits go onto the patch branch, in the
 * order given, before the release commit. Planning resolves every REF and
 * changes nothing; applying makes one commit per pick in a throwaway worktree
 * and returns the last, which the release commit then goes on top of.
 */

export interface CherryPickRequest {
  git: Git
  /** The patch branch, release-vX.Y.Z-patch, for the plan's words. */
  patchBranch: string
  /** The commit of the patch branch the release is made from: the picks go on it. */
  patchTip: string
  refs: readonly CherryPickRef[]
  /**
   * Where pull requests were merged (refs/remotes/origin/main, or main): #N is
   * looked up there offline, as its "Merge pull request #N from …" commit.
   */
  mainRef: string
  /** Online: a pull request's merge commit SHA (the pulls API), undefined when it is not merged. */
  mergeCommitOfPull?: (number: number) => Promise<string | undefined>
  /** The release branch's tip from an earlier run, when one exists (local or fetched). */
  releaseTip?: string
}

export interface PlannedPick {
  /** The REF as given: abc1234, #12. */
  ref: CherryPickRef
  /** The commit the REF names (full SHA). */
  commit: string
  subject: string
  /** A merge commit is picked as the change it brought (mainline 1). */
  merge: boolean
  /**
   * pick: cherry-pick it; skip: the patch branch holds the change already;
   * reuse: an earlier run picked it onto the release branch, that commit is kept.
   */
  action: 'pick' | 'skip' | 'reuse'
  /** skip: the patch branch's commit that holds it; reuse: the earlier run's pick. */
  existing?: string
}

export interface CherryPickPlan {
  patchBranch: string
  patchTip: string
  picks: PlannedPick[]
  /** What the plan prints: skipped picks, reused picks. */
  notes: PlanNote[]
  /** The commit new picks go onto: the patch branch tip, or the last pick an earlier run made. */
  start: string
}

export interface AppliedPicks {
  /** The commit the release commit goes on: the last pick, or the patch branch tip when none. */
  tip: string
  /** The pick commits on the release branch, in order (reused and new), with their sources. */
  commits: { ref: string; source: string; commit: string }[]
  /** Picks that turned out empty when applied (their change was already there): left out. */
  notes: PlanNote[]
}

const short = (sha: string): string => sha.slice(0, 12)

function describePick(pick: Pick<PlannedPick, 'ref' | 'commit' | 'subject'>): string {
  const named =
    pick.ref.kind === 'pull' ? `${pick.ref.ref} (${short(pick.commit)})` : short(pick.commit)
  return `${named} "${pick.subject}"`
}

/** The commit a REF names: a commit SHA, or a pull request's merge commit (online through the API, offline by its subject). */
async function resolveRef(request: CherryPickRequest, ref: CherryPickRef): Promise<string> {
  const { git } = request
  if (ref.kind === 'commit') {
    const sha = await git.revParse(ref.sha)
    if (!sha) {
      throw new InputError(
        'cherry-pick',
        `${ref.ref} is not a commit of this repository (unknown, or an ambiguous short SHA); give the full SHA of a commit that the checkout holds (fetch-depth: 0)`
      )
    }
    return sha
  }
  if (request.mergeCommitOfPull) {
    const merged = await request.mergeCommitOfPull(ref.number)
    if (!merged) {
      throw new InputError(
        'cherry-pick',
        `${ref.ref} is not a merged pull request; give a merged pull request or a commit SHA`
      )
    }
    const sha = await git.revParse(merged)
    if (!sha) {
      throw new InputError(
        'cherry-pick',
        `${ref.ref} was merged as ${short(merged)}, which the checkout does not hold; fetch ${request.mainRef} (fetch-depth: 0) and rerun`
      )
    }
    return sha
  }
  const sha = await git.mergeCommitOfPull(ref.number, request.mainRef)
  if (!sha) {
    throw new InputError(
      'cherry-pick',
      `${ref.ref}: no commit "Merge pull request ${ref.ref} from …" (or "… (${ref.ref})") on ${request.mainRef}; give the commit SHA instead, or run online`
    )
  }
  return sha
}

/**
 * The earlier run's picks on the release branch, oldest first, when that
 * branch starts from the patch branch tip; else none (the patch branch has
 * moved since: every pick is made again on the new tip).
 */
async function earlierPicks(request: CherryPickRequest): Promise<string[]> {
  const { git, releaseTip, patchTip } = request
  if (!releaseTip || releaseTip === patchTip) return []
  if (!(await git.isAncestor(patchTip, releaseTip))) return []
  return (await git.log(`${patchTip}..${releaseTip}`, '%H')).reverse()
}

/** Whether `earlier`, a commit of an earlier run, is the pick of `source`: by its trailer or its patch id. */
async function isPickOf(git: Git, earlier: string, source: string): Promise<boolean> {
  if ((await git.cherryPickedFrom(earlier)).includes(source)) return true
  const id = await git.patchId(source)
  return id !== undefined && id === (await git.patchId(earlier))
}

/**
 * Resolves the REFs and decides, in the order given, what happens to each:
 * picked, skipped (already in the patch branch, by ancestry, trailer or patch
 * id) or reused (an earlier run's pick on the release branch, recognised by
 * trailer or patch id, so nothing is picked twice). Changes nothing.
 */
export async function planCherryPicks(request: CherryPickRequest): Promise<CherryPickPlan> {
  const { git, patchBranch, patchTip } = request
  const notes: PlanNote[] = []
  const picks: PlannedPick[] = []
  const named = new Map<string, string>()
  for (const ref of request.refs) {
    const commit = await resolveRef(request, ref)
    const twice = named.get(commit)
    if (twice) {
      throw new InputError(
        'cherry-pick',
        `${ref.ref} and ${twice} are the same commit ${short(commit)}; give it once`
      )
    }
    named.set(commit, ref.ref)
    const merge = (await git.parentsOf(commit)).length > 1
    const subject = await git.subjectOf(commit)
    const pick: PlannedPick = { ref, commit, subject, merge, action: 'pick' }
    const there = await git.findChangeInBranch(commit, patchTip)
    if (there) {
      pick.action = 'skip'
      pick.existing = there.commit
      const how =
        there.how === 'ancestor'
          ? 'it is in its history'
          : there.how === 'trailer'
            ? `as ${short(there.commit)} (cherry picked from it)`
            : `as ${short(there.commit)} (same patch id)`
      notes.push({
        kind: 'skipped',
        message: `cherry-pick ${describePick(pick)}: already in ${patchBranch}, ${how}; not picked`
      })
    }
    picks.push(pick)
  }

  // An earlier run's picks are kept while they match, in order, the picks to make.
  let start = patchTip
  const earlier = await earlierPicks(request)
  const toPick = picks.filter((pick) => pick.action === 'pick')
  for (const [index, pick] of toPick.entries()) {
    const made = earlier[index]
    if (!made || !(await isPickOf(git, made, pick.commit))) break
    pick.action = 'reuse'
    pick.existing = made
    start = made
    notes.push({
      kind: 'info',
      message: `cherry-pick ${describePick(pick)}: an earlier run picked it as ${short(made)} on the release branch; kept`
    })
  }
  return { patchBranch, patchTip, picks, notes, start }
}

/** Plan lines for the picks, one a pick, for the printed plan. */
export function describePicks(plan: CherryPickPlan): string[] {
  return plan.picks.map((pick) => {
    const merge = pick.merge ? ' (merge commit, as mainline 1)' : ''
    const what =
      pick.action === 'pick'
        ? 'pick'
        : pick.action === 'reuse'
          ? `keep ${short(pick.existing ?? '')} from an earlier run:`
          : `skip (in ${plan.patchBranch}):`
    return `${what} ${describePick(pick)}${merge}`
  })
}

/**
 * Makes the planned picks, one commit each (`cherry-pick -x`, signed off by
 * `identity`), on top of the patch branch tip or the earlier run's picks, in a
 * throwaway worktree: no branch, index or checkout moves. A conflict throws a
 * ReleaseError naming the REF, its commit and the conflicting files, with
 * nothing changed.
 */
export async function applyCherryPicks(
  git: Git,
  plan: CherryPickPlan,
  identity: Identity
): Promise<AppliedPicks> {
  const commits: AppliedPicks['commits'] = []
  const notes: PlanNote[] = []
  for (const pick of plan.picks) {
    if (pick.action === 'reuse' && pick.existing)
      commits.push({ ref: pick.ref.ref, source: pick.commit, commit: pick.existing })
  }
  const toPick = plan.picks.filter((pick) => pick.action === 'pick')
  if (toPick.length === 0) return { tip: plan.start, commits, notes }
  const result = await git.cherryPickOnto(
    plan.start,
    toPick.map((pick) => pick.commit),
    identity
  )
  if (result.status === 'conflict') {
    const pick = toPick[result.index]
    throw new ReleaseError(
      `cherry-pick ${describePick(pick)} conflicts with ${plan.patchBranch} (${short(plan.patchTip)}) in ${result.files.join(', ')}; nothing was committed. Land a backport of it on ${plan.patchBranch} (or leave it out of cherry-pick) and rerun`
    )
  }
  for (const [index, made] of result.picked.entries()) {
    const pick = toPick[index]
    if (made.commit) {
      commits.push({ ref: pick.ref.ref, source: pick.commit, commit: made.commit })
    } else {
      notes.push({
        kind: 'skipped',
        message: `cherry-pick ${describePick(pick)}: its change is already in ${plan.patchBranch}; nothing to commit, left out`
      })
    }
  }
  return { tip: result.tip, commits, notes }
}

/**
 * The pull requests a patch release's changes came from, for its changelog, in
 * the order of `commits`, each once: a commit's `(cherry picked from commit …)`
 * trailer names its source (a commit without one is its own source: a planned
 * pick's commit before it is made); online, `pullOfCommit` finds the source's
 * pull request (the commit's pulls API), offline the commit of `mainRef`'s
 * first-parent line that brought the source in ("Merge pull request #N from
 * user/branch", or a squash "Title (#N)"). Commits that came from no pull
 * request are noted.
 */
export async function pullsOfPicks(
  git: Git,
  commits: readonly string[],
  options: {
    mainRef: string
    /** owner/name, for the offline attribution (`mergedPulls`). */
    repository: string
    pullOfCommit?: (sha: string) => Promise<MergedPull | undefined>
  }
): Promise<{ pulls: MergedPull[]; notes: PlanNote[] }> {
  const pulls: MergedPull[] = []
  const notes: PlanNote[] = []
  const seen = new Set<number>()
  for (const commit of commits) {
    const trailers = await git.cherryPickedFrom(commit)
    const sources = trailers.length > 0 ? trailers : [commit]
    let pull: MergedPull | undefined
    for (const source of sources) {
      pull = options.pullOfCommit
        ? await options.pullOfCommit(source)
        : await pullOfCommitOffline(git, source, options.mainRef, options.repository)
      if (pull) break
    }
    if (!pull) {
      notes.push({
        kind: 'info',
        message: `${short(commit)} "${await git.subjectOf(commit)}" came from no pull request on ${options.mainRef}; the changelog does not list it`
      })
      continue
    }
    if (seen.has(pull.number)) continue
    seen.add(pull.number)
    pulls.push(pull)
  }
  return { pulls, notes }
}

/**
 * The pull request that brought `commit` into `mainRef`, from git history
 * alone, attributed and titled as the offline changelog does (`mergedPulls`
 * over the merge commit and the commits it merged).
 */
export async function pullOfCommitOffline(
  git: Git,
  commit: string,
  mainRef: string,
  repository: string
): Promise<MergedPull | undefined> {
  const brought = await git.commitThatBrought(commit, mainRef)
  if (!brought) return undefined
  const parents = await git.parentsOf(brought)
  const range = parents.length > 0 ? `${parents[0]}..${brought}` : brought
  const commits = parseCommitLog(await git.logText(range, CHANGELOG_FORMAT))
  // Oldest first: the pull request `brought` merged is the last one.
  return mergedPulls(commits, repository).at(-1)
}

/**
 * Whether `releaseTip` (a release branch found on the remote) is one an
 * earlier run made on the patch branch: its tip has the release commit's
 * subject, and every commit below it that the patch branch lacks is a
 * cherry-pick (it carries a `(cherry picked from commit …)` trailer) of one
 * of `sources` when given (the commits this run's cherry-pick input names).
 * Such a branch may be replaced; any other is someone else's work (a
 * maintainer's own `git cherry-pick -x` of another commit included).
 */
export async function isEarlierReleaseBranch(
  git: Git,
  patchTip: string,
  releaseTip: string,
  releaseSubject: string,
  sources?: readonly string[]
): Promise<boolean> {
  if ((await git.subjectOf(releaseTip)) !== releaseSubject) return false
  const parent = await git.parentOf(releaseTip)
  if (!parent) return false
  for (const commit of await git.log(`${patchTip}..${parent}`, '%H')) {
    if ((await git.parentsOf(commit)).length !== 1) return false
    const from = await git.cherryPickedFrom(commit)
    if (from.length === 0) return false
    if (sources && !from.every((source) => sources.includes(source))) return false
  }
  return true
}
