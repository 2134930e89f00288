import { InputError } from '../release/errors.js'
import { type Git } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { type Identity } from '../release/identity.js'
import { type FileEdits } from '../release/files.js'
import { type ManifestPrepare } from '../release/manifest.js'
import { type PhaseReport } from '../release/phase.js'
import { type ApplyResult, type Plan, type PlanNote, type Products } from '../release/plan.js'
import { type SummaryLink } from '../release/summary.js'
import {
  type ReleaseLine,
  type ReleaseVersion,
  assertVersionOrder,
  parseChangelogSince,
  parseVersion,
  previousRelease
} from '../release/version.js'
import { type BaseCheckout, inspectCheckout } from './checkout.js'
import {
  type PatchLine,
  createPatchBranchOperation,
  inspectPatchLine,
  releaseLineOf
} from './patch-branch.js'
import { isEarlierReleaseBranch } from './cherry-picks.js'
import {
  type BranchGuard,
  type ReleaseBranch,
  type PullRef,
  releaseBranchGuard,
  releaseBranchOperations
} from './release-branch.js'
import { type PendingChangelog, planChangelog, readChangelog } from './release-notes.js'
import { type PendingReview, reviewList } from './review-list.js'

/** What both prepares (bpfman's, and the operator's stage prepare) are given. */
export interface ReleaseBranchSettings {
  repoDir: string
  version: string
  /** The branch the release is made from: main, or release-vX.Y.Z-patch. */
  base: string
  /** owner/name, for links and the API. */
  repository: string
  /** Build the changelog from git history instead of the generate-notes API. */
  offline: boolean
  /** The remote to push to and open the pull request against; undefined applies locally only. */
  remote: string | undefined
  github: GitHubClient | undefined
  summary?: string
  identity?: Identity
  configFile?: string
  /** The `changelog-since` input: the release tag the changelog starts from instead of the previous release. */
  changelogSince?: string
  /** The `patch-of` input: the final release whose patch branch the release is made from. */
  patchOf?: string
  /** The `cherry-pick` input: REFs picked onto the patch branch before the release commit. */
  cherryPick?: string
  /** The phase releases from patch branches (bpfman's prepare): base release-vX.Y.Z-patch, patch-of, cherry-pick. */
  patchLines?: boolean
  /** The `replace` input: overwrite the release branch even when it holds commits the tool did not make. */
  replace?: boolean
  dryRun: boolean
}

export interface StartedRelease {
  version: ReleaseVersion
  checkout: BaseCheckout
  previous: ReleaseVersion | undefined
  /** The release the changelog starts from: `changelog-since`, else `previous`. */
  since: ReleaseVersion | undefined
  /** The branch the release is made from (the patch branch of `patch-of`). */
  base: string
  /** A patch release: its line, and how its patch branch was found. */
  patch?: { line: ReleaseLine; create: boolean; mainRef: string }
}

/**
 * The checks every prepare starts with, before it reads a file: the version,
 * the checkout (clean, on the base branch, fetched), a new tag that moves its
 * line forward; and the previous release.
 */
export async function startRelease(settings: ReleaseBranchSettings): Promise<StartedRelease> {
  const version = parseVersion(settings.version)
  if (settings.remote && !settings.github)
    throw new InputError('token', 'a GitHub token is needed to open the pull request')
  if (!settings.offline && !settings.github)
    throw new InputError(
      'token',
      'a GitHub token is needed to generate the release notes; use offline'
    )
  const line = settings.patchLines ? await releaseLineOf(settings) : undefined
  const base = line?.base ?? settings.base
  let checkout: BaseCheckout
  let patch: StartedRelease['patch']
  if (line) {
    const found = await inspectPatchLine(
      settings.repoDir,
      line,
      settings.remote,
      Boolean(settings.patchOf?.trim())
    )
    checkout = found.checkout
    patch = { line, create: found.create, mainRef: found.mainRef }
  } else {
    checkout = await inspectCheckout(settings.repoDir, settings.base, settings.remote)
  }
  assertVersionOrder(version, checkout.mergedTags, checkout.tags, base)
  const previous = previousRelease(version, checkout.mergedTags)
  const since = settings.changelogSince?.trim()
    ? parseChangelogSince(settings.changelogSince, version, checkout.mergedTags, base)
    : previous
  return { version, checkout, previous, since, base, patch }
}

export interface PreparedRelease {
  plan: Plan
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  base: string
  baseCommit: string
  changelogPath: string
  publish: ReleaseBranch
}

export interface FinishRequest {
  phase: string
  /** The project named in the commit and the pull request: bpfman, bpfman-operator. */
  project: string
  settings: ReleaseBranchSettings
  started: StartedRelease
  edits: FileEdits
  notes: PlanNote[]
  /** Where changelogs go, the pull request's labels, and what the review list leaves out. */
  config: { changelogDir: string; labels: string[]; reviewExclude: readonly string[] }
  /** The version whose other mentions are listed for review (startReview); undefined: no review list. */
  review: PendingReview | undefined
  /** One line per change, "path: reason"; default: one per file. */
  changeLines?: (files: Plan['files']) => string[]
  afterMerge: string
  /** A patch release: the picks the release commit goes on, made by `pickOntoPatchBranch`. */
  patchLine?: PatchLine
  /** The files of the tree the edits were read from. */
  tracked: string[]
  /** The git of that tree: the checkout, or a patch release's worktree. */
  treeGit: Git
  /** The reads of the tail, started with startFinish before the edits were planned. */
  pending: PendingFinish
}

/** The reads of a prepare's tail that its edits do not change, running while they are planned. */
export interface PendingFinish {
  changelog: PendingChangelog
  /** The release branch's guard; its tips are being read. */
  guard: BranchGuard
}

/**
 * Starts the reads of a prepare's tail as its plan begins: the changelog (see
 * readChangelog: a patch release's notes list its picks, read at their tip),
 * and the release branch's tips, one with someone's commits refused.
 */
export function startFinish(
  request: Pick<FinishRequest, 'settings' | 'started' | 'patchLine'> & {
    config: Pick<FinishRequest['config'], 'changelogDir'>
  }
): PendingFinish {
  const { settings, started, patchLine } = request
  const checkout = releaseCheckout(started, patchLine)
  const changelog = readChangelog({
    repoDir: settings.repoDir,
    repository: settings.repository,
    changelogDir: request.config.changelogDir,
    offline: settings.offline,
    github: settings.github,
    summary: settings.summary,
    git: checkout.git,
    baseCommit: checkout.baseCommit,
    version: started.version,
    previous: started.since,
    picks: patchLine ? { commits: patchLine.pickCommits, mainRef: patchLine.mainRef } : undefined
  })
  const guard = releaseBranchGuard({
    checkout,
    remote: settings.remote,
    version: started.version,
    replace: settings.replace,
    // The patch branch moved since an earlier run: that run's branch (its
    // release commit on picks of this run's cherry-pick input, on an older
    // patch tip) is ours and is replaced; anything else is refused.
    replaceable: patchLine
      ? (tip, subject) =>
          isEarlierReleaseBranch(
            checkout.git,
            patchLine.patchTip,
            tip,
            subject,
            patchLine.pickSources
          )
      : undefined
  })
  // Awaited by finishRelease, unless the plan stops first: a failure meanwhile is not unhandled.
  guard.tips().catch(() => undefined)
  return { changelog, guard }
}

/** The checkout the release commit goes on: a patch release's is at its picks, whose files were read. */
function releaseCheckout(started: StartedRelease, patchLine: PatchLine | undefined): BaseCheckout {
  return patchLine ? { ...started.checkout, baseCommit: patchLine.tip } : started.checkout
}

/** The tail of every prepare: the changelog, the review list, the release branch and its pull request. */
export async function finishRelease(request: FinishRequest): Promise<PreparedRelease> {
  const { started, edits, notes, patchLine } = request
  const settings = { ...request.settings, base: started.base }
  const { version, previous } = started
  const checkout = releaseCheckout(started, patchLine)
  const { guard } = request.pending
  if (patchLine) {
    notes.push(
      ...patchLine.pickLines.map((line) => ({
        kind: 'info' as const,
        message: `cherry-pick onto ${patchLine.patch.branch}: ${line}`
      })),
      ...patchLine.notes
    )
  }
  const changelogPath = await planChangelog(request.pending.changelog, edits, notes)
  const files = edits.changes()
  const { review } = request
  if (review) {
    notes.push(
      ...reviewList(
        request.tracked,
        new Set(await review.holding),
        settings.repoDir,
        request.config.reviewExclude,
        files,
        review.version,
        { previous, version, changelogPath }
      )
    )
  }
  const publish = releaseBranchOperations({
    project: request.project,
    phase: request.phase,
    github: settings.github,
    remote: settings.remote,
    base: settings.base,
    identity: settings.identity,
    checkout,
    version,
    previous,
    files,
    notes,
    labels: request.config.labels,
    changeLines: request.changeLines?.(files),
    afterMerge: request.afterMerge,
    guard
  })
  // A release branch with someone's commits is refused before the plan is shown.
  await guard.tips()
  if (patchLine?.create) {
    publish.operations.unshift(createPatchBranchOperation(checkout, patchLine, settings.remote))
  }
  const plan: Plan = {
    phase: request.phase,
    repository: settings.repository,
    version: version.version,
    files,
    operations: publish.operations,
    notes
  }
  return {
    plan,
    version,
    previous,
    base: started.base,
    baseCommit: checkout.baseCommit,
    changelogPath,
    publish
  }
}

/** What a prepare made, as the report needs it: undefined parts were not made (a dry run, a failure). */
export function preparedResults(
  prepared: PreparedRelease,
  products: Products | undefined
): { commit: string | undefined; pr: PullRef | undefined } {
  return {
    commit: products?.find(prepared.publish.commit),
    pr: products?.find(prepared.publish.pull)
  }
}

/** The manifest part of a prepare: tag-release reads it. */
export function preparedManifest(
  prepared: PreparedRelease,
  products: Products | undefined
): ManifestPrepare {
  const { commit, pr } = preparedResults(prepared, products)
  return {
    branch: prepared.publish.branch,
    commit: commit ?? '',
    pr: pr ?? null,
    changelogPath: prepared.changelogPath,
    files: prepared.plan.files.map((file) => file.path)
  }
}

export function preparedLinks(pr: PullRef | undefined): SummaryLink[] {
  return pr ? [{ label: 'Pull request', url: pr.url }] : []
}

/** The lines the CLI prints after a prepare. */
export function preparedEpilogue(
  prepared: PreparedRelease,
  products: Products,
  repoDir: string
): string[] {
  const { commit, pr } = preparedResults(prepared, products)
  const lines = [`\nRelease branch ${prepared.publish.branch} at ${commit?.slice(0, 12)}.`]
  if (pr) lines.push(`Pull request: ${pr.url}`)
  else
    lines.push(
      `Nothing was pushed; inspect it with: git -C ${repoDir} log -p ${prepared.base}..${prepared.publish.branch}`
    )
  return lines
}

/** What a prepare reports: its manifest part, outputs, the pull request's link, the CLI's last lines. */
export function preparedReport(
  prepared: PreparedRelease,
  settings: Pick<ReleaseBranchSettings, 'repository' | 'repoDir'>,
  result: ApplyResult | undefined
): PhaseReport {
  const { version, previous } = prepared
  const { pr } = preparedResults(prepared, result?.products)
  return {
    manifest: {
      header: {
        repository: settings.repository,
        version,
        previousTag: previous?.tag ?? null,
        base: prepared.base
      },
      part: { prepare: preparedManifest(prepared, result?.products) }
    },
    outputs: {
      version: version.version,
      tag: version.tag,
      'previous-tag': previous?.tag,
      branch: prepared.publish.branch,
      'pr-number': pr?.number,
      'pr-url': pr?.url,
      'changelog-path': prepared.changelogPath
    },
    links: preparedLinks(pr),
    epilogue:
      result && !result.error ? preparedEpilogue(prepared, result.products, settings.repoDir) : []
  }
}
