import { InputError } from '../release/errors.js'
import { type Git } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { ACTIONS_BOT, type Identity } from '../release/identity.js'
import { type FileEdits } from '../release/files.js'
import { type ManifestPrepare } from '../release/manifest.js'
import { type PhaseReport } from '../release/phase.js'
import { type ApplyResult, type Plan, type PlanNote, type Products } from '../release/plan.js'
import { type SummaryLink } from '../release/summary.js'
import {
  type ReleaseLine,
  type ReleaseVersion,
  assertNoJump,
  assertVersionOrder,
  parseChangelogSince,
  previousRelease
} from '../release/version.js'
import { type BaseCheckout, inspectCheckout } from './checkout.js'
import {
  type PatchLine,
  createPatchBranchOperation,
  inspectPatchLine,
  pickOntoPatchBranch,
  releaseLineOf
} from './patch-branch.js'
import { isEarlierReleaseBranch } from './cherry-picks.js'
import {
  type BranchGuard,
  type ReleaseBranch,
  type PullRef,
  releaseBranch,
  releaseBranchGuard,
  releaseBranchOperations
} from './release-branch.js'
import { type PendingChangelog, planChangelog, readChangelog } from './release-notes.js'
import { type PendingReview, reviewList, startReview } from './review-list.js'
import { ahead } from '../release/lazy.js'

/** What both prepares (bpfman's, and the operator's stage prepare) are given. */
export interface ReleaseBranchSettings {
  repoDir: string
  version: ReleaseVersion
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
  /** Accept a version that skips releases (allow-jump). */
  allowJump?: boolean
  /** The phase releases from patch branches (bpfman's prepare): base release-vX.Y.Z-patch, patch-of, cherry-pick. */
  patchLines?: boolean
  /** The `replace` input: overwrite the release branch even when it holds commits the tool did not make. */
  replace?: boolean
  /** The token's events start workflows (default): else the pull request's step names the manual step. */
  eventsStartWorkflows?: boolean
  dryRun: boolean
}

/** The release a prepare makes, as its first checks found it. */
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

/** The tree a prepare's edits are read (and generated) in, at the commit its release commit goes on. */
export interface ReleaseTree {
  /** The checkout, or a patch release's throwaway worktree at its last pick. */
  dir: string
  git: Git
  commit: string
  /** The files of the tree; the release commit reuses the listing. */
  tracked: string[]
  release: StartedRelease
}

/** What a repository kind's edits of its release tree come to. */
export interface ReleaseEdits {
  files: FileEdits
  notes: PlanNote[]
  /** The version the tree held, whose other mentions are listed for review; undefined: no review list. */
  previousVersion: string | undefined
}

/** What the common part reads of a kind's configuration. */
export interface ReleaseBranchConfig {
  /** Where changelogs go. */
  changelogDir: string
  /** The pull request's labels. */
  labels: string[]
  /** What the review list leaves out. */
  reviewExclude: readonly string[]
  /** The files whose version patterns the docs edits follow; their stale mentions are reviewed too. */
  docRules: readonly { path: string }[]
}

/** A kind of repository as prepare releases it: its configuration, its edits, its words. */
export interface ReleaseKind<S extends ReleaseBranchSettings, C extends ReleaseBranchConfig> {
  /** The phase named in the plan: prepare-release, operator-release prepare. */
  phase: string
  /** The project named in the commit and the pull request: bpfman, bpfman-operator. */
  project: string
  /** What happens after the pull request merges, for its body. */
  afterMerge: string
  /** One line per change, "path: reason"; default: one per file. */
  changeLines?: (files: Plan['files']) => string[]
  /** The configuration, read from the release tree. */
  config(treeDir: string, settings: S): C
  /** The release's edits of the tree; refuses a release the tree cannot take. */
  edits(tree: ReleaseTree, config: C, settings: S): Promise<ReleaseEdits>
}

/**
 * Prepares a release branch for any kind of repository: the first checks,
 * the release tree (a patch release's picks), the reads that do not depend on
 * the edits (the changelog, the release branch's tips) running while the
 * kind makes its edits, then the changelog, the review list, the release
 * commit and its pull request. Changes nothing: the plan's operations do.
 */
export async function prepareReleaseBranch<
  S extends ReleaseBranchSettings,
  C extends ReleaseBranchConfig
>(settings: S, kind: ReleaseKind<S, C>): Promise<PreparedRelease> {
  const started = await startRelease(settings)
  return inReleaseTree(settings, started, async (tree, patchLine) => {
    const config = kind.config(tree.dir, settings)
    const treeSettings = { ...settings, repoDir: tree.dir }
    const pending = startFinish(treeSettings, started, config, patchLine)
    const made = await kind.edits(tree, config, settings)
    return finishRelease({
      kind,
      settings: treeSettings,
      started,
      pending,
      made,
      config,
      review: startReview(tree.git, made.previousVersion),
      patchLine,
      tracked: tree.tracked
    })
  })
}

/**
 * The checks every prepare starts with, before it reads a file: the version,
 * the checkout (clean, on the base branch, fetched), a new tag that moves its
 * line forward; and the previous release.
 */
async function startRelease(settings: ReleaseBranchSettings): Promise<StartedRelease> {
  const { version } = settings
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
  assertNoJump(version, checkout.mergedTags, checkout.tags, base, settings.allowJump === true)
  const previous = previousRelease(version, checkout.mergedTags)
  const since = settings.changelogSince?.trim()
    ? parseChangelogSince(settings.changelogSince, version, checkout.mergedTags, base)
    : previous
  return { version, checkout, previous, since, base, patch }
}

/**
 * Runs `plan` on the release's tree: the checkout at the base commit, or, for
 * a patch release, a throwaway worktree at the last pick. The picks are made
 * as objects first (a conflict stops here, nothing changed).
 */
async function inReleaseTree<T>(
  settings: ReleaseBranchSettings,
  started: StartedRelease,
  plan: (tree: ReleaseTree, patchLine: PatchLine | undefined) => Promise<T>
): Promise<T> {
  const { checkout, patch } = started
  if (!patch) {
    const { git, baseCommit: commit } = checkout
    const tracked = await trackedAt(git, commit)
    return plan({ dir: settings.repoDir, git, commit, tracked, release: started }, undefined)
  }
  const patchLine = await pickOntoPatchBranch(
    checkout,
    patch.line,
    patch,
    await earlierReleaseTip(checkout.git, settings.remote, releaseBranch(started.version)),
    settings.identity ?? ACTIONS_BOT,
    settings.offline ? undefined : settings.github
  )
  return checkout.git.withWorktree(patchLine.tip, async (dir, git) => {
    const commit = patchLine.tip
    const tracked = await trackedAt(git, commit)
    return plan({ dir, git, commit, tracked, release: started }, patchLine)
  })
}

/**
 * The files of the tree a prepare reads: `commit`'s, which the checkout (clean,
 * at the base) or the worktree holds; the release commit's index reuses the listing.
 */
async function trackedAt(git: Git, commit: string): Promise<string[]> {
  return (await git.filesAt(commit)).map((entry) => entry.name)
}

/** The release branch an earlier run made (the remote's when pushing), for its picks. */
async function earlierReleaseTip(
  git: Git,
  remote: string | undefined,
  branch: string
): Promise<string | undefined> {
  if (remote) {
    const tip = await git.lsRemoteBranch(remote, branch)
    if (!tip) return undefined
    await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`])
    return tip
  }
  return git.revParse(`refs/heads/${branch}`)
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

/** The reads of a prepare's tail that its edits do not change, running while they are planned. */
interface PendingFinish {
  changelog: PendingChangelog
  /** The release branch's guard; its tips are being read. */
  guard: BranchGuard
}

/**
 * Starts the reads of a prepare's tail as its plan begins: the changelog (see
 * readChangelog: a patch release's notes list its picks, read at their tip),
 * and the release branch's tips, one with someone's commits refused.
 */
function startFinish(
  settings: ReleaseBranchSettings,
  started: StartedRelease,
  config: ReleaseBranchConfig,
  patchLine: PatchLine | undefined
): PendingFinish {
  const checkout = releaseCheckout(started, patchLine)
  const changelog = readChangelog({
    repoDir: settings.repoDir,
    repository: settings.repository,
    changelogDir: config.changelogDir,
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
  // Awaited by finishRelease, unless the plan stops first.
  void ahead(guard.tips())
  return { changelog, guard }
}

/** The checkout the release commit goes on: a patch release's is at its picks, whose files were read. */
function releaseCheckout(started: StartedRelease, patchLine: PatchLine | undefined): BaseCheckout {
  return patchLine ? { ...started.checkout, baseCommit: patchLine.tip } : started.checkout
}

interface FinishRequest {
  kind: Pick<ReleaseKind<never, never>, 'phase' | 'project' | 'afterMerge' | 'changeLines'>
  settings: ReleaseBranchSettings
  started: StartedRelease
  pending: PendingFinish
  made: ReleaseEdits
  config: ReleaseBranchConfig
  review: PendingReview | undefined
  patchLine: PatchLine | undefined
  tracked: string[]
}

/** The tail of every prepare: the changelog, the review list, the release branch and its pull request. */
async function finishRelease(request: FinishRequest): Promise<PreparedRelease> {
  const { kind, started, patchLine, review } = request
  const { files: edits } = request.made
  const notes = [...request.made.notes]
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
  const changelog = await planChangelog(request.pending.changelog)
  const changelogPath = changelog.path
  edits.add(changelog.files)
  notes.push(...changelog.notes)
  const files = edits.changes()
  if (review) {
    notes.push(
      ...reviewList(
        request.tracked,
        new Set(await review.holding),
        settings.repoDir,
        request.config.reviewExclude,
        files,
        review.version,
        { previous, version, changelogPath, docs: request.config.docRules.map((rule) => rule.path) }
      )
    )
  }
  const publish = releaseBranchOperations({
    project: kind.project,
    phase: kind.phase,
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
    changeLines: kind.changeLines?.(files),
    afterMerge: kind.afterMerge,
    guard,
    eventsStartWorkflows: settings.eventsStartWorkflows ?? true
  })
  // A release branch with someone's commits is refused before the plan is shown.
  await guard.tips()
  if (patchLine?.create) {
    publish.operations.unshift(createPatchBranchOperation(checkout, patchLine, settings.remote))
  }
  const plan: Plan = {
    phase: kind.phase,
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
