import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from './release/errors.js'
import { Git, type Identity } from './effects/git.js'
import {
  type GitHubClient,
  parseRepository,
  repositoryFromRemoteUrl,
  repositoryName
} from './effects/github/client.js'
import { type FileChange, type Operation } from './release/plan.js'
import { type ReleaseVersion } from './release/version.js'

/** The default committer in Actions, and the sign-off it writes. */
export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

export function releaseBranch(version: ReleaseVersion): string {
  return `release-${version.tag}`
}

export function readRepoFile(repoDir: string, path: string): string | undefined {
  const full = join(repoDir, path)
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined
}

export function requireRepoFile(repoDir: string, path: string, what: string): string {
  const content = readRepoFile(repoDir, path)
  if (content === undefined) {
    throw new InputError(path, `not found in ${repoDir}; ${what}`)
  }
  return content
}

export interface BaseCheckout {
  git: Git
  /** refs/remotes/origin/main when pushing, else the local branch. */
  baseRef: string
  baseCommit: string
  tags: string[]
  mergedTags: string[]
}

/**
 * Checks the checkout before a phase plans anything: a git repository, a clean
 * tree, the base branch present and checked out. With `remote`, fetches the
 * base branch and the tags first.
 */
export async function inspectCheckout(
  repoDir: string,
  base: string,
  remote: string | undefined
): Promise<BaseCheckout> {
  if (!existsSync(repoDir)) throw new InputError('repo', `${repoDir} does not exist`)
  const git = new Git(repoDir)
  const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree'])
  if (!inside.ok) throw new InputError('repo', `${repoDir} is not a git repository`)
  const dirty = await git.statusPorcelain()
  if (dirty.length > 0) {
    const shown =
      dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '')
    throw new InputError(
      'repo',
      `the working tree of ${repoDir} has uncommitted changes (${shown}); commit or stash them and rerun`
    )
  }
  let baseRef = `refs/heads/${base}`
  if (remote) {
    if (!(await git.hasRemote(remote)))
      throw new InputError('repo', `${repoDir} has no remote "${remote}"`)
    const remoteBase = await git.lsRemoteBranch(remote, base)
    if (!remoteBase) {
      throw new InputError(
        'base',
        `branch "${base}" not found on ${remote}; give the branch the release is made from (main, or release-vX.Y.Z-patch)`
      )
    }
    await git.fetch(remote, [`+refs/heads/${base}:refs/remotes/${remote}/${base}`])
    await git.fetchTags(remote)
    baseRef = `refs/remotes/${remote}/${base}`
  }
  const baseCommit = await git.revParse(baseRef)
  if (!baseCommit) {
    throw new InputError(
      'base',
      `branch "${base}" not found in ${repoDir}; give the branch the release is made from (main, or release-vX.Y.Z-patch)`
    )
  }
  const head = await git.head()
  if (head !== baseCommit) {
    throw new InputError(
      'base',
      `${repoDir} has ${head.slice(0, 12)} checked out, but ${base} is at ${baseCommit.slice(0, 12)}; check out ${base} at its latest commit (git checkout ${base} && git pull) and rerun`
    )
  }
  return {
    git,
    baseRef,
    baseCommit,
    tags: await git.tags(),
    mergedTags: await git.tagsMergedInto(baseRef)
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
  /** Receives the commit and pull request as the operations learn them. */
  outputs: { commit?: string; pr?: { number: number; url: string } }
}

/** The release commit's subject; a remote branch whose tip has another subject is not ours. */
export function commitSubject(message: string): string {
  return message.split('\n')[0]
}

/**
 * The operations that publish file changes as a release branch and pull
 * request, each a no-op when its effect is already there:
 * commit (same tree on the same parent: reuse), push (remote at that commit:
 * skip; remote holds a commit of ours on an older base: replace it; anything
 * else: refuse), pull request (open one for the branch: update it).
 */
export function publishBranchOperations(request: PublishBranchRequest): Operation[] {
  const { git, github, remote, branch, outputs } = request
  const operations: Operation[] = [
    {
      kind: 'git',
      title: `commit ${request.files.length} file(s) on branch ${branch} from ${request.baseBranch} (${request.baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
      apply: async () => {
        const existing = await git.revParse(`refs/heads/${branch}`)
        const { commit, tree } = await git.commitFiles(
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
            (await git.treeOf(candidate)) === tree &&
            (await git.parentOf(candidate)) === request.baseCommit
          ) {
            await git.updateBranch(branch, candidate)
            outputs.commit = candidate
            return { status: 'unchanged', detail: `branch already at ${candidate.slice(0, 12)}` }
          }
        }
        await git.updateBranch(branch, commit)
        outputs.commit = commit
        return { status: 'done', detail: commit.slice(0, 12) }
      }
    }
  ]
  if (!remote || !github || !request.pull) return operations
  const pull = request.pull
  operations.push(
    {
      kind: 'git',
      title: `push ${branch} to ${remote}`,
      apply: async () => {
        const local = outputs.commit as string
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
    },
    {
      kind: 'github',
      title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)`,
      apply: async () => {
        const { pull: pr, status } = await github.openOrUpdatePull({
          head: branch,
          base: request.baseBranch,
          title: pull.title,
          body: pull.body
        })
        outputs.pr = { number: pr.number, url: pr.url }
        return {
          status: status === 'unchanged' ? 'unchanged' : 'done',
          detail: `${status} #${pr.number} ${pr.url}`
        }
      }
    }
  )
  if (pull.labels.length > 0) {
    operations.push({
      kind: 'github',
      title: `label the pull request ${pull.labels.join(', ')}`,
      apply: async () => {
        const added = await github.ensureLabels(
          (outputs.pr as { number: number }).number,
          pull.labels
        )
        return added.length > 0
          ? { status: 'done', detail: added.join(', ') }
          : { status: 'unchanged' }
      }
    })
  }
  return operations
}

/** The GitHub repository of a checkout: the one given (--github-repo), else its remote's, else `fallback`. */
export async function repositoryOfCheckout(
  repoDir: string,
  remote: string,
  given: string | undefined,
  fallback: string
): Promise<string> {
  if (given) return repositoryName(parseRepository(given, '--github-repo'))
  const url = await new Git(repoDir).remoteUrl(remote)
  const parsed = url ? repositoryFromRemoteUrl(url) : undefined
  return parsed ? repositoryName(parsed) : fallback
}
