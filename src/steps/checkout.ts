import { existsSync, statSync } from 'node:fs'
import { InputError } from '../release/errors.js'
import { Git } from '../effects/git.js'
import { repositoryAt } from '../effects/repositories.js'
import { parseBranchName } from '../release/inputs.js'
import { ahead } from '../release/lazy.js'

/**
 * The checks every phase starts with, before it plans anything: the folder is
 * a git repository and, when one is named, has that remote.
 */
export async function openRepository(
  repoDir: string,
  remote?: string,
  input = 'repo'
): Promise<Git> {
  if (!existsSync(repoDir)) {
    throw new InputError(input, `${repoDir} does not exist; give the folder of the checkout`)
  }
  if (!statSync(repoDir).isDirectory()) {
    throw new InputError(
      input,
      `${repoDir} is a file, not a folder; give the folder of the checkout`
    )
  }
  const git = repositoryAt(repoDir)
  if (!(await git.isRepository()))
    throw new InputError(
      input,
      `${repoDir} is not a git repository; give the folder of the checkout`
    )
  if (remote && !(await git.hasRemote(remote))) {
    throw new InputError(
      'remote',
      `${repoDir} has no remote "${JSON.stringify(remote).slice(1, -1)}"; give one of its remotes (git remote -v)`
    )
  }
  return git
}

/**
 * The base branch a phase was given, checked before anything is read: a name
 * git takes, and a branch the remote has (input `label`).
 */
export async function checkBaseInput(
  repoDir: string,
  remote: string,
  base: string,
  label: string
): Promise<string> {
  parseBranchName(base, label)
  if (!(await new Git(repoDir).lsRemoteBranch(remote, base)))
    throw new InputError(label, `branch "${base}" not found on ${remote}; ${BASE_BRANCHES}`)
  return base
}

/**
 * Fetches `base` from the remote (and the tags) after checking that the
 * remote has it; returns the remote-tracking ref and its commit. `what` tells
 * which branch to give instead.
 */
export async function fetchBase(
  git: Git,
  remote: string,
  base: string,
  what: string
): Promise<{ baseRef: string; baseCommit: string }> {
  if (!(await git.lsRemoteBranch(remote, base))) {
    throw new InputError('base', `branch "${base}" not found on ${remote}; ${what}`)
  }
  const baseRef = `refs/remotes/${remote}/${base}`
  await git.fetch(remote, [`+refs/heads/${base}:${baseRef}`])
  await git.fetchTags(remote)
  return { baseRef, baseCommit: (await git.revParse(baseRef)) as string }
}

export interface BaseCheckout {
  git: Git
  /** refs/remotes/origin/main when pushing, else the local branch. */
  baseRef: string
  baseCommit: string
  tags: string[]
  mergedTags: string[]
}

const BASE_BRANCHES = 'give the branch the release is made from (main, or release-vX.Y.Z-patch)'

/**
 * The checkout a release branch is made from: a clean tree with the base
 * branch checked out at its tip. With `remote`, the base branch and the tags
 * are fetched first.
 */
export async function inspectCheckout(
  repoDir: string,
  base: string,
  remote: string | undefined
): Promise<BaseCheckout> {
  const git = await openRepository(repoDir, remote)
  // Nothing to fetch first: the tags are read with the status.
  // Awaited below unless a check fails first.
  const localTags = remote ? undefined : ahead(readTags(git, `refs/heads/${base}`))
  const { changes: dirty, head, branch } = await git.status()
  if (dirty.length > 0) {
    const shown =
      dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '')
    throw new InputError(
      'repo',
      `the working tree of ${repoDir} has uncommitted changes (${shown}); commit or stash them and rerun`
    )
  }
  let baseRef = `refs/heads/${base}`
  let baseCommit = remote ? undefined : branch === base ? head : await git.revParse(baseRef)
  if (remote) ({ baseRef, baseCommit } = await fetchBase(git, remote, base, BASE_BRANCHES))
  if (!baseCommit) {
    throw new InputError('base', `branch "${base}" not found in ${repoDir}; ${BASE_BRANCHES}`)
  }
  if (head !== baseCommit) {
    throw new InputError(
      'base',
      `${repoDir} has ${head?.slice(0, 12) ?? 'no commit'} checked out, but ${base} is at ${baseCommit.slice(0, 12)}; check out ${base} at its latest commit (git checkout ${base} && git pull) and rerun`
    )
  }
  // The base's files too, beside the tags: the plan lists them next (Git.filesAt keeps them).
  const [{ tags, mergedTags }] = await Promise.all([
    localTags ?? readTags(git, baseRef),
    git.filesAt(baseCommit)
  ])
  return { git, baseRef, baseCommit, tags, mergedTags }
}

/** Every tag, and the tags merged into `ref`. */
async function readTags(git: Git, ref: string): Promise<Pick<BaseCheckout, 'tags' | 'mergedTags'>> {
  const [tags, mergedTags] = await Promise.all([git.tags(), git.tagsMergedInto(ref)])
  return { tags, mergedTags }
}
