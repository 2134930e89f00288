import { InputError } from '../release/errors.js'
import { type GitHubClient } from '../effects/github/client.js'
import { type Identity } from '../release/identity.js'
import { type Operation, type PlanNote } from '../release/plan.js'
import {
  type PatchBranch,
  type ReleaseLine,
  asksForPatchLine,
  parseReleaseLine
} from '../release/version.js'
import { type BaseCheckout, openRepository } from './checkout.js'
import { applyCherryPicks, describePicks, planCherryPicks } from './cherry-picks.js'

/**
 * A release made from a patch branch, release-vX.Y.Z-patch: the branch (made
 * from the tag when it does not exist yet), the picks that go onto it, and the
 * commit the release commit goes on.
 */
export interface PatchLine {
  patch: PatchBranch
  /** The patch branch's tip, or the patched tag's commit when the branch is still to be made. */
  patchTip: string
  /** The patch branch is made by the plan's first operation (it does not exist where it is needed). */
  create: boolean
  /** Where pull requests were merged, for #N and the changelog: origin/main, or main. */
  mainRef: string
  /** The release commit's parent: the last pick, or the patch tip. */
  tip: string
  /** The pick commits on the release branch, in order, for the changelog. */
  pickCommits: string[]
  /** The commits the cherry-pick input names (picked, kept or skipped): an earlier run may have picked any. */
  pickSources: string[]
  /** One line per pick, for the plan. */
  pickLines: string[]
  notes: PlanNote[]
}

export interface PatchLineSettings {
  repoDir: string
  base: string
  patchOf?: string
  cherryPick?: string
  remote: string | undefined
}

/**
 * The release line of the `base`, `patch-of` and `cherry-pick` inputs, read
 * from the repository's tags (fetched first when pushing). Undefined for a
 * release from a branch that is no patch branch (main).
 */
export async function releaseLineOf(settings: PatchLineSettings): Promise<ReleaseLine | undefined> {
  if (!asksForPatchLine(settings)) return undefined
  const git = await openRepository(settings.repoDir, settings.remote)
  if (settings.remote) await git.fetchTags(settings.remote)
  const line = parseReleaseLine(
    {
      base: settings.base,
      patchOf: settings.patchOf?.trim() ?? '',
      cherryPick: settings.cherryPick?.trim() ?? ''
    },
    await git.tags()
  )
  return line.patch ? line : undefined
}

/**
 * The checkout of a patch release. The files are read from a throwaway
 * worktree (the checkout stays on whatever it has, main in a workflow), so
 * only a clean repository is asked for. The patch branch is the remote's when
 * pushing, else the local one; when it is missing it is planned from the tag
 * and never reset once it exists.
 */
export async function inspectPatchLine(
  repoDir: string,
  line: ReleaseLine,
  remote: string | undefined,
  /** Make the branch from the tag when it is missing (`patch-of`); else a missing branch is refused. */
  mayCreate: boolean
): Promise<{ checkout: BaseCheckout; create: boolean; mainRef: string }> {
  const patch = line.patch as PatchBranch
  const git = await openRepository(repoDir, remote)
  const branch = patch.branch
  let baseRef: string
  let create = false
  let mainRef = 'refs/heads/main'
  if (remote) {
    if (await git.lsRemoteBranch(remote, 'main')) {
      mainRef = `refs/remotes/${remote}/main`
      await git.fetch(remote, [`+refs/heads/main:${mainRef}`])
    }
  }
  const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined
  if (remote && remoteTip) {
    baseRef = `refs/remotes/${remote}/${branch}`
    await git.fetch(remote, [`+refs/heads/${branch}:${baseRef}`])
  } else if (!remote && (await git.revParse(`refs/heads/${branch}`))) {
    baseRef = `refs/heads/${branch}`
  } else if (mayCreate) {
    create = true
    baseRef = `refs/tags/${patch.patched.tag}`
  } else {
    throw new InputError(
      'base',
      `branch "${branch}" not found ${remote ? `on ${remote}` : `in ${repoDir}`}; give patch-of ${patch.patched.tag} to make it from its tag, or another base`
    )
  }
  const baseCommit = await git.revParse(`${baseRef}^{commit}`)
  if (!baseCommit) {
    throw new InputError(
      'patch-of',
      `tag ${patch.patched.tag} is not in ${repoDir}; fetch the tags (fetch-depth: 0) and rerun`
    )
  }
  return {
    checkout: {
      git,
      baseRef,
      baseCommit,
      tags: await git.tags(),
      mergedTags: await git.tagsMergedInto(baseCommit)
    },
    create,
    mainRef
  }
}

/**
 * Plans the picks and makes them as objects only (a throwaway worktree; no
 * ref moves), so that a conflict stops the plan before anything changes and
 * the release commit's parent is known. `releaseTip` is an earlier run's
 * release branch: its picks are kept when they match.
 */
export async function pickOntoPatchBranch(
  checkout: BaseCheckout,
  line: ReleaseLine,
  found: { create: boolean; mainRef: string },
  releaseTip: string | undefined,
  identity: Identity,
  /** Online: the pulls API, for #N (its merge commit); offline, #N is found in main's history. */
  github?: GitHubClient
): Promise<PatchLine> {
  const patch = line.patch as PatchBranch
  const plan = await planCherryPicks({
    git: checkout.git,
    patchBranch: patch.branch,
    patchTip: checkout.baseCommit,
    refs: line.picks,
    mainRef: found.mainRef,
    releaseTip,
    mergeCommitOfPull: github ? (number) => mergeCommitOf(github, number) : undefined
  })
  const applied = await applyCherryPicks(checkout.git, plan, identity)
  return {
    patch,
    patchTip: checkout.baseCommit,
    create: found.create,
    mainRef: found.mainRef,
    tip: applied.tip,
    pickCommits: applied.commits.map((commit) => commit.commit),
    pickSources: plan.picks.map((pick) => pick.commit),
    // The same lines whether this run picks or keeps an earlier run's pick, so a rerun's pull
    // request body is unchanged; skipped picks are told by the plan's notes.
    pickLines: describePicks({
      ...plan,
      picks: plan.picks.map((pick) =>
        pick.action === 'reuse' ? { ...pick, action: 'pick' } : pick
      )
    }).filter((_, index) => plan.picks[index].action !== 'skip'),
    notes: [...plan.notes.filter((note) => note.kind !== 'info'), ...applied.notes]
  }
}

/** A pull request's merge commit through the pulls API; undefined when it is not merged or not there. */
async function mergeCommitOf(github: GitHubClient, number: number): Promise<string | undefined> {
  let pull
  try {
    pull = await github.pulls.get(number)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
  return pull.merged ? (pull.mergeCommitSha ?? undefined) : undefined
}

/**
 * The operation that makes the patch branch from the patched tag: a local
 * branch, pushed when there is a remote. A branch that exists is left as it
 * is (never reset).
 */
export function createPatchBranchOperation(
  checkout: BaseCheckout,
  line: PatchLine,
  remote: string | undefined
): Operation {
  const { git } = checkout
  const { branch, patched } = line.patch
  return {
    kind: 'git',
    title: `create ${branch} from tag ${patched.tag} (${line.patchTip.slice(0, 12)})${remote ? ` on ${remote}` : ''}`,
    apply: async () => {
      if (remote) {
        const there = await git.lsRemoteBranch(remote, branch)
        if (there)
          return {
            status: 'unchanged',
            detail: `${remote}/${branch} exists at ${there.slice(0, 12)}`
          }
        await git.push(remote, `${line.patchTip}:refs/heads/${branch}`, {
          forceWithLease: `refs/heads/${branch}:`
        })
        return { status: 'done', detail: `${remote}/${branch} at ${line.patchTip.slice(0, 12)}` }
      }
      const local = await git.revParse(`refs/heads/${branch}`)
      if (local) return { status: 'unchanged', detail: `${branch} exists at ${local.slice(0, 12)}` }
      await git.updateBranch(branch, line.patchTip)
      return { status: 'done', detail: `${branch} at ${line.patchTip.slice(0, 12)}` }
    }
  }
}
