import { type BpfmanConfig, loadBpfmanConfig } from '../../release/config.js'
import { InputError } from '../../release/errors.js'
import { FileEdits } from '../../release/files.js'
import { ACTIONS_BOT } from '../../release/identity.js'
import { type PlanNote } from '../../release/plan.js'
import { assertNotBehindTree, isPrerelease } from '../../release/version.js'
import { type Git } from '../../effects/git.js'
import { planReleaseEdits } from '../../steps/bpfman-edits.js'
import { pickOntoPatchBranch } from '../../steps/patch-branch.js'
import {
  type PreparedRelease,
  type StartedRelease,
  finishRelease,
  startRelease
} from '../../steps/prepared-release.js'
import { releaseBranch } from '../../steps/release-branch.js'
import { type PrepareSettings } from './settings.js'

/** Computes every edit and step of a bpfman release; changes nothing. */
export async function planPrepare(settings: PrepareSettings): Promise<PreparedRelease> {
  const started = await startRelease(settings)
  const { checkout, patch } = started
  if (!patch) {
    return planInTree(settings, started, settings.repoDir, checkout.git, checkout.baseCommit)
  }
  // A patch release: the picks are made as objects first (a conflict stops here, nothing
  // changed), then the edits are read from a throwaway worktree at the last pick.
  const identity = settings.identity ?? ACTIONS_BOT
  const patchLine = await pickOntoPatchBranch(
    checkout,
    patch.line,
    patch,
    await earlierReleaseTip(checkout.git, settings.remote, releaseBranch(started.version)),
    identity,
    settings.offline ? undefined : settings.github
  )
  return checkout.git.withWorktree(patchLine.tip, async (treeDir, treeGit) =>
    planInTree(settings, started, treeDir, treeGit, patchLine.tip, {
      patchLine,
      tracked: await treeGit.lsFiles()
    })
  )
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

/** The edits of the release as read from `treeDir` at `treeCommit`, and the steps that publish them. */
async function planInTree(
  settings: PrepareSettings,
  started: StartedRelease,
  treeDir: string,
  treeGit: Git,
  treeCommit: string,
  patch: Pick<Parameters<typeof finishRelease>[0], 'patchLine' | 'tracked'> = {}
): Promise<PreparedRelease> {
  const { version, checkout, previous } = started
  const config: BpfmanConfig = loadBpfmanConfig(treeDir, settings.configFile)
  const notes: PlanNote[] = []
  const edits = new FileEdits(treeDir)
  const { oldVersion } = await planReleaseEdits({
    repoDir: treeDir,
    config,
    version,
    previous,
    lockfile: settings.lockfile,
    git: treeGit,
    baseCommit: treeCommit,
    edits,
    notes
  })
  assertNotBehindTree(
    version,
    { path: config.cargoToml, version: oldVersion },
    started.base,
    checkout.tags
  )
  if (oldVersion === version.version) {
    throw new InputError(
      'version',
      `${config.cargoToml} on ${started.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`
    )
  }
  return finishRelease({
    phase: 'prepare-release',
    project: 'bpfman',
    settings: { ...settings, repoDir: treeDir },
    started,
    edits,
    notes,
    config,
    // A release candidate on the lighter path leaves the docs naming the last
    // final on purpose: their mentions of it are not for review.
    reviewVersion:
      isPrerelease(version) && !config.prereleaseEdits.includes('docs') ? undefined : oldVersion,
    afterMerge: 'tag-release verifies the merged tree and tags the merge commit.',
    ...patch
  })
}
