import { InputError } from '../release/errors.js'
import { type Git } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { ACTIONS_BOT, type Identity, commitMessage } from '../release/identity.js'
import {
  type AnyOperation,
  type FileChange,
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

export function releaseBranch(version: ReleaseVersion): string {
  return `release-${version.tag}`
}

/** The release commit's subject; a remote branch whose tip has another subject is not ours. */
export function commitSubject(message: string): string {
  return message.split('\n')[0]
}

/** An opened, updated or unchanged pull request as an operation's outcome. */
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
}

/** The operations that publish a branch, and the two whose products a phase reports. */
export interface PublishedBranch {
  operations: AnyOperation[]
  /** Produces the commit at the tip of the branch. */
  commit: Operation<string>
  /** Produces the pull request; undefined when nothing is pushed. */
  pull: Operation<PullRef> | undefined
}

/**
 * The operations that publish file changes as a branch and pull request, each
 * a no-op when its effect is already there: commit (same tree on the same
 * parent: reuse), push (remote at that commit: skip; remote holds a commit of
 * ours on an older base: replace it; anything else: refuse), pull request
 * (open one for the branch: update it), labels.
 */
export function publishBranchOperations(request: PublishBranchRequest): PublishedBranch {
  const { git, github, remote, branch } = request
  const commit: Operation<string> = {
    kind: 'git',
    title: `commit ${request.files.length} file${request.files.length === 1 ? '' : 's'} on branch ${branch} from ${request.baseBranch} (${request.baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
    apply: async () => {
      const existing = await git.revParse(`refs/heads/${branch}`)
      const made = await git.commitFiles(
        request.baseCommit,
        request.files.map((file) => ({ path: file.path, content: file.after })),
        request.commitMessage,
        request.identity
      )
      const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined
      if (remote && remoteTip)
        await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`])
      for (const candidate of [remoteTip, existing]) {
        if (!candidate) continue
        if (
          (await git.treeOf(candidate)) === made.tree &&
          (await git.parentOf(candidate)) === request.baseCommit
        ) {
          await git.updateBranch(branch, candidate)
          return {
            status: 'unchanged',
            detail: `branch already at ${candidate.slice(0, 12)}`,
            value: candidate
          }
        }
      }
      await git.updateBranch(branch, made.commit)
      return { status: 'done', detail: made.commit.slice(0, 12), value: made.commit }
    }
  }
  if (!remote || !github || !request.pull) return { operations: [commit], commit, pull: undefined }
  const pullRequest = request.pull
  const push: Operation = {
    kind: 'git',
    title: `push ${branch} to ${remote}`,
    apply: async (products) => {
      const local = products.of(commit)
      const remoteTip = await git.lsRemoteBranch(remote, branch)
      if (remoteTip === local)
        return { status: 'unchanged', detail: `${remote}/${branch} is at ${local.slice(0, 12)}` }
      if (remoteTip) {
        const ours =
          (await git.subjectOf(remoteTip)) === commitSubject(request.commitMessage) &&
          (await git.isAncestor(`${remoteTip}^`, request.baseCommit))
        if (!ours) {
          throw new InputError(
            'branch',
            `${remote}/${branch} holds commits that prepare-release did not make (tip ${remoteTip.slice(0, 12)}); merge or delete that branch, then rerun`
          )
        }
      }
      await git.push(remote, `${local}:refs/heads/${branch}`, {
        forceWithLease: `refs/heads/${branch}:${remoteTip ?? ''}`
      })
      return {
        status: 'done',
        detail: remoteTip ? `replaced ${remoteTip.slice(0, 12)}` : 'new branch'
      }
    }
  }
  const pull: Operation<PullRef> = {
    kind: 'github',
    title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)`,
    apply: async () => {
      return pullOutcome(
        await github.pulls.openOrUpdate({
          head: branch,
          base: request.baseBranch,
          title: pullRequest.title,
          body: pullRequest.body
        })
      )
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
    `Release ${version.tag}`,
    [
      `Prepare the ${request.project} ${version.tag} release${following}:`,
      ...changes.map((line) => `- ${line}`)
    ],
    identity
  )
  const pullBody = [
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
    pull: { title: `Release ${version.tag}`, body: pullBody, labels: request.labels }
  })
  return { ...published, branch }
}
