import { type FileChange } from '../release/files.js'
import { releaseBranch } from '../release/branches.js'
import { InputError, ReleaseError } from '../release/errors.js'
import { type Git, PushRejected } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { ACTIONS_BOT, type Identity, commitMessage } from '../release/identity.js'
import {
  type AnyOperation,
  type Operation,
  type OperationOutcome,
  type PlanNote
} from '../release/plan.js'
import { changeLines } from '../release/change-groups.js'
import { changesMarkdown, notesMarkdown } from '../release/summary.js'
import { type ReleaseVersion } from '../release/version.js'
import { type BaseCheckout } from './checkout.js'

/** A pull request as the phases report it. */
export interface PullRef {
  number: number
  url: string
}

export { releaseBranch }

/** The release commit's subject; a branch whose commits have another subject is not ours. */
export function releaseSubject(version: ReleaseVersion): string {
  return `Release ${version.tag}`
}

/** The guard of a prepared release's branch (started while the prepare plans). */
export function releaseBranchGuard(request: {
  checkout: BaseCheckout
  remote: string | undefined
  version: ReleaseVersion
  replaceable?: (tip: string, subject: string) => Promise<boolean>
  /** The `replace` input: overwrite the branch whatever it holds. */
  replace?: boolean
}): BranchGuard {
  return branchGuard({
    git: request.checkout.git,
    remote: request.remote,
    branch: releaseBranch(request.version),
    baseCommit: request.checkout.baseCommit,
    subject: releaseSubject(request.version),
    replaceable: request.replaceable,
    replace: request.replace ?? false
  })
}

/**
 * The trailer of the commits publishBranchOperations makes: the tree the
 * commit was made with. A commit is the tool's own only while its tree is the
 * one it records: one amended by hand (a changelog written over) is not.
 */
export const RECORDED_TREE_TRAILER = 'Release-Tree'

/** `message` with the tree the commit is made with recorded, in its trailers, before the Signed-off-by that ends it. */
export function withRecordedTree(message: string, tree: string): string {
  const lines = message.replace(/\n*$/, '').split('\n')
  const signOff = lines.map((line) => line.startsWith('Signed-off-by:')).lastIndexOf(true)
  const trailer = `${RECORDED_TREE_TRAILER}: ${tree}`
  if (signOff > 0) lines.splice(signOff, 0, trailer)
  else lines.push('', trailer)
  return `${lines.join('\n')}\n`
}

/** An opened, updated or unchanged pull request as an operation's outcome. */
/** The manual step a pull request opened with GITHUB_TOKEN needs: GitHub starts no workflow for it. */
export const NO_CI_RUN =
  'manual step: opened with GITHUB_TOKEN, it gets no CI run (GitHub starts no workflow for its events): close and reopen it as a maintainer to run its checks, or configure the release App (README, Adopting)'

export function pullOutcome(opened: {
  pull: PullRef
  status: 'created' | 'updated' | 'unchanged'
}): OperationOutcome<PullRef> {
  const { pull, status } = opened
  return {
    status: status === 'unchanged' ? 'unchanged' : 'done',
    detail: `${status} #${pull.number} ${pull.url}`,
    value: { number: pull.number, url: pull.url }
  }
}

export interface PublishBranchRequest {
  git: Git
  github: GitHubClient | undefined
  remote: string | undefined
  baseBranch: string
  baseCommit: string
  branch: string
  files: FileChange[]
  commitMessage: string
  identity: Identity
  pull: { title: string; body: string; labels: string[] } | undefined
  /** The branch's tips, read and checked (branchGuard, on `branch` from `baseCommit`). */
  guard: BranchGuard
  /**
   * Whether the token's events start workflows (an App or personal token); with
   * GITHUB_TOKEN the pull request gets no CI run, and its step says what to do.
   */
  eventsStartWorkflows: boolean
}

export interface BranchTips {
  local?: string
  remote?: string
}

/** Reads a branch's tips and refuses those that hold commits the release did not make. */
export interface BranchGuard {
  /**
   * The local tip and the remote tip, read once (a phase starts it while it
   * plans), each refused when it holds foreign commits: InputError, nothing
   * changed. The commit step builds on these tips and moves the local branch
   * only from the one read.
   */
  tips(): Promise<BranchTips>
  /** Refuses `tip` (the push step's look at the remote again) like tips() does. */
  refuseForeign(tip: string, where: { branch: string; remote?: string }): Promise<void>
}

/**
 * The guard of `branch`: its commits must be release commits (`subject` on a
 * parent the base holds, with the tree they recorded), or be `replaceable` —
 * an earlier run's (a patch release's picks on an older tip of its patch
 * branch); default: never. A release commit edited since it was made is
 * never replaceable. With `replace` (the input; undefined where a phase has
 * none) the branch is overwritten whatever it holds.
 */
export function branchGuard(request: {
  git: Git
  remote: string | undefined
  branch: string
  baseCommit: string
  subject: string
  replaceable?: (tip: string, subject: string) => Promise<boolean>
  replace?: boolean
}): BranchGuard {
  const { git, remote, branch, baseCommit, subject } = request
  /** Fetches a remote tip this checkout does not have, then looks at its commits. */
  const refuseForeign = async (tip: string, where: { branch: string; remote?: string }) => {
    if (request.replace) return
    if (where.remote && !(await git.revParse(tip))) {
      if (!(await git.fetchCommit(where.remote, tip)))
        throw new ReleaseError(`could not fetch ${where.remote}/${branch} (${tip.slice(0, 12)})`)
    }
    const foreign = await foreignCommits(git, tip, baseCommit, subject)
    if (foreign.length === 0) return
    if (foreign.some((commit) => commit.edited) || !(await request.replaceable?.(tip, subject)))
      throw foreignBranchError(where, foreign, request.replace !== undefined)
  }
  const readTips = async (): Promise<BranchTips> => {
    const local = await git.revParse(`refs/heads/${branch}`)
    if (local) await refuseForeign(local, { branch })
    const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined
    if (remote && remoteTip) await refuseForeign(remoteTip, { branch, remote })
    return { local, remote: remoteTip }
  }
  let read: Promise<BranchTips> | undefined
  return { tips: () => (read ??= readTips()), refuseForeign }
}

/** The operations that publish a branch, and the two whose products a phase reports. */
export interface PublishedBranch {
  operations: AnyOperation[]
  /** Produces the commit at the tip of the branch. */
  commit: Operation<string>
  /** Produces the pull request; undefined when nothing is pushed. */
  pull: Operation<PullRef> | undefined
}

/** A commit on a branch that the release did not make. */
export interface ForeignCommit {
  sha: string
  subject: string
  /** A release commit (its subject, on the base) whose tree is not the one it recorded: amended by hand. */
  edited: boolean
}

/** How many times a push rejected because the remote branch moved is looked at again. */
const PUSH_ATTEMPTS = 3

/**
 * Pushes `made` over the branch's tip on the remote, with a lease on the tip
 * looked at. Someone may push between our look and our push: the lease
 * refuses it, and the branch is looked at again, at most PUSH_ATTEMPTS times.
 * `refuseForeign` throws when a tip holds commits that are not ours.
 */
export async function pushWithLease(request: {
  /** remote/branch, for the outcome's detail. */
  where: string
  made: string
  remoteTip: () => Promise<string | undefined>
  refuseForeign: (tip: string) => Promise<void>
  push: (tip: string | undefined) => Promise<void>
}): Promise<OperationOutcome> {
  for (let attempt = 1; ; attempt++) {
    const tip = await request.remoteTip()
    if (tip === request.made)
      return {
        status: attempt === 1 ? 'unchanged' : 'done',
        detail: `${request.where} is at ${request.made.slice(0, 12)}`
      }
    if (tip) await request.refuseForeign(tip)
    try {
      await request.push(tip)
    } catch (error) {
      if (error instanceof PushRejected && attempt < PUSH_ATTEMPTS) continue
      throw error
    }
    return { status: 'done', detail: tip ? `replaced ${tip.slice(0, 12)}` : 'new branch' }
  }
}

/**
 * The commits of `tip` beyond `baseCommit` that are not a release commit of
 * ours (the release commit's subject on a parent the base holds, whose tree
 * is the one its RECORDED_TREE_TRAILER names), newest first. Empty: the
 * branch may be replaced, or built upon when its tip is an ancestor of the base.
 */
export async function foreignCommits(
  git: Git,
  tip: string,
  baseCommit: string,
  subject: string
): Promise<ForeignCommit[]> {
  const foreign: ForeignCommit[] = []
  for (const commit of await git.commitsSince(baseCommit, tip, RECORDED_TREE_TRAILER)) {
    const releaseCommit =
      commit.subject === subject &&
      commit.parent !== undefined &&
      (await git.isAncestor(commit.parent, baseCommit))
    if (releaseCommit && commit.trailers.at(-1) === commit.tree) continue
    foreign.push({ sha: commit.sha, subject: commit.subject, edited: releaseCommit })
  }
  return foreign
}

/** The refusal for a branch with foreign commits: it names them, and what to do. */
export function foreignBranchError(
  where: { branch: string; remote?: string },
  foreign: ForeignCommit[],
  replaceInput = false
): InputError {
  const shown = foreign
    .slice(0, 5)
    .map(
      (commit) =>
        `${commit.sha.slice(0, 12)} "${commit.subject}"${commit.edited ? ' (edited since release-actions made it: its files are not the ones it recorded)' : ''}`
    )
    .join(', ')
  const more = foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''
  const { branch, remote } = where
  const place = remote ? `${remote}/${branch}` : `the local branch ${branch}`
  const fix = remote
    ? `merge them into the base branch or keep them on another branch, then delete ${remote}/${branch} (git push ${remote} --delete ${branch}) and rerun`
    : `merge them into the base branch or keep them on another branch (git branch -m ${branch} <other-name>), then rerun`
  const replace = replaceInput
    ? `; or, to overwrite ${place} with this run's commit on purpose, rerun with replace (--replace)`
    : ''
  return new InputError(
    'branch',
    `${place} holds ${foreign.length} commit(s) that release-actions did not make: ${shown}${more}; it was left as it is. To go on, ${fix}${replace}`
  )
}

/**
 * The operations that publish file changes as a branch and pull request, each
 * a no-op when its effect is already there: commit (same tree on the same
 * parent: reuse), push (remote at that commit: skip; remote holds a commit of
 * ours on an older base: replace it; pushed meanwhile: look again, bounded),
 * pull request (open one for the branch: update it), labels. A branch, local
 * or remote, that holds commits not made by the release is never reset:
 * the guard refuses it, naming them.
 */
export function publishBranchOperations(request: PublishBranchRequest): PublishedBranch {
  const { git, github, remote, branch, baseCommit, guard } = request
  const commit: Operation<string> = {
    kind: 'git',
    title: `commit ${request.files.length} file${request.files.length === 1 ? '' : 's'} on branch ${branch} from ${request.baseBranch} (${baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
    apply: async () => {
      // The branch moves only from the tip looked at: update-ref refuses it if it moved since.
      const tips = await guard.tips()
      const made = await git.commitFiles(
        baseCommit,
        request.files.map((file) => ({ path: file.path, content: file.after })),
        request.commitMessage,
        request.identity
      )
      if (remote && tips.remote)
        await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`])
      for (const candidate of [tips.remote, tips.local]) {
        if (!candidate) continue
        if (
          (await git.treeOf(candidate)) === made.tree &&
          (await git.parentOf(candidate)) === baseCommit
        ) {
          await git.updateBranch(branch, candidate, tips.local ?? '')
          return {
            status: 'unchanged',
            detail: `branch already at ${candidate.slice(0, 12)}`,
            value: candidate
          }
        }
      }
      // The commit records its tree: a later run tells it from one amended by hand.
      const recorded = await git.commitTree(
        made.tree,
        baseCommit,
        withRecordedTree(request.commitMessage, made.tree),
        request.identity
      )
      await git.updateBranch(branch, recorded, tips.local ?? '')
      return { status: 'done', detail: recorded.slice(0, 12), value: recorded }
    }
  }
  if (!remote || !github || !request.pull) return { operations: [commit], commit, pull: undefined }
  const pullRequest = request.pull
  const push: Operation = {
    kind: 'git',
    title: `push ${branch} to ${remote}`,
    apply: async (products) => {
      const local = products.of(commit)
      return pushWithLease({
        where: `${remote}/${branch}`,
        made: local,
        remoteTip: () => git.lsRemoteBranch(remote, branch),
        refuseForeign: (tip) => guard.refuseForeign(tip, { branch, remote }),
        push: (tip) =>
          git.push(remote, `${local}:refs/heads/${branch}`, {
            forceWithLease: `refs/heads/${branch}:${tip ?? ''}`
          })
      })
    }
  }
  const noRuns = request.eventsStartWorkflows ? '' : `; ${NO_CI_RUN}`
  const pull: Operation<PullRef> = {
    kind: 'github',
    title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)${noRuns}`,
    apply: async () => {
      const outcome = pullOutcome(
        await github.pulls.openOrUpdate({
          head: branch,
          base: request.baseBranch,
          title: pullRequest.title,
          body: pullRequest.body
        })
      )
      return { ...outcome, detail: `${outcome.detail}${noRuns}` }
    }
  }
  const operations: AnyOperation[] = [commit, push, pull]
  if (pullRequest.labels.length > 0) {
    operations.push({
      kind: 'github',
      title: `label the pull request ${pullRequest.labels.join(', ')}`,
      apply: async (products) => {
        const added = await github.labels.ensure(products.of(pull).number, pullRequest.labels)
        return added.length > 0
          ? { status: 'done', detail: added.join(', ') }
          : { status: 'unchanged' }
      }
    } satisfies Operation)
  }
  return { operations, commit, pull }
}

export interface ReleaseBranchRequest {
  /** The project named in the commit and the pull request: bpfman, bpfman-operator. */
  project: string
  /** The phase named in the pull request's body. */
  phase: string
  github: GitHubClient | undefined
  remote: string | undefined
  base: string
  identity: Identity | undefined
  checkout: BaseCheckout
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  files: FileChange[]
  notes: PlanNote[]
  labels: string[]
  /** One line per change, "path: reason"; default: one per file. */
  changeLines?: string[]
  /** What happens when the pull request merges, for its body. */
  afterMerge: string
  /** The release branch's guard (releaseBranchGuard). */
  guard: BranchGuard
  eventsStartWorkflows: boolean
}

/** A prepared release's branch: release-vX.Y.Z, one signed-off commit, pull request. */
export interface ReleaseBranch extends PublishedBranch {
  branch: string
}

/** The steps that publish a prepared release, with its commit message and pull request body. */
export function releaseBranchOperations(request: ReleaseBranchRequest): ReleaseBranch {
  const { checkout, version, previous, files, notes } = request
  const branch = releaseBranch(version)
  const identity = request.identity ?? ACTIONS_BOT
  const changes = request.changeLines ?? changeLines(files)
  const following = previous ? ` (previous: ${previous.tag})` : ''
  const message = commitMessage(
    releaseSubject(version),
    [
      `Prepare the ${request.project} ${version.tag} release${following}:`,
      ...changes.map((line) => `- ${line}`)
    ],
    identity
  )
  // The pull request's body (its diffs) only when there is one: a branch pushed to GitHub.
  const pullBody = (): string =>
    [
      `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
      '',
      '### Changes',
      ...changesMarkdown(files, request.changeLines),
      '',
      ...notesMarkdown(notes, 100),
      `When this merges, ${request.afterMerge}`
    ].join('\n')
  const published = publishBranchOperations({
    git: checkout.git,
    github: request.github,
    remote: request.remote,
    baseBranch: request.base,
    baseCommit: checkout.baseCommit,
    branch,
    files,
    commitMessage: message,
    identity,
    pull:
      request.remote && request.github
        ? { title: releaseSubject(version), body: pullBody(), labels: request.labels }
        : undefined,
    guard: request.guard,
    eventsStartWorkflows: request.eventsStartWorkflows
  })
  return { ...published, branch }
}
