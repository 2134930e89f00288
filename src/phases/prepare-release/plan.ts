import { type BpfmanConfig, loadBpfmanConfig } from '../../release/config.js'
import { InputError } from '../../release/errors.js'
import { FileEdits } from '../../release/files.js'
import { type PlanNote } from '../../release/plan.js'
import { type Progress } from '../../release/progress.js'
import { assertNotBehindTree, isPrerelease } from '../../release/version.js'
import { planVersionMentions, planWorkspaceVersion } from '../../steps/bpfman-edits.js'
import { startReview } from '../../steps/review-list.js'
import { type ReleaseTree, inReleaseTree } from '../../steps/patch-branch.js'
import {
  type PreparedRelease,
  type StartedRelease,
  finishRelease,
  startFinish,
  startRelease
} from '../../steps/prepared-release.js'
import { type PrepareSettings } from './settings.js'

/** Computes every edit and step of a bpfman release; changes nothing. */
export async function planPrepare(
  settings: PrepareSettings,
  context?: { progress: Progress }
): Promise<PreparedRelease> {
  const started = await startRelease(settings)
  return inReleaseTree(settings, started, (tree) =>
    planInTree(settings, started, tree, context?.progress)
  )
}

/** The edits of the release as read from its tree, and the steps that publish them. */
async function planInTree(
  settings: PrepareSettings,
  started: StartedRelease,
  tree: ReleaseTree,
  progress: Progress | undefined
): Promise<PreparedRelease> {
  const { version, checkout, previous } = started
  const { dir: treeDir, git: treeGit, commit: treeCommit, patch } = tree
  const config: BpfmanConfig = loadBpfmanConfig(treeDir, settings.configFile)
  const treeSettings = { ...settings, repoDir: treeDir }
  const pending = startFinish({ settings: treeSettings, started, config, ...patch })
  const notes: PlanNote[] = []
  const edits = new FileEdits(treeDir)
  const editsInput = {
    repoDir: treeDir,
    config,
    version,
    previous,
    lockfile: settings.lockfile,
    git: treeGit,
    baseCommit: treeCommit,
    tracked: patch.tracked,
    edits,
    notes,
    progress
  }
  const { oldVersion } = planWorkspaceVersion(editsInput)
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
  // A release candidate on the lighter path leaves the docs naming the last
  // final on purpose: their mentions of it are not for review.
  const review = startReview(
    treeGit,
    isPrerelease(version) && !config.prereleaseEdits.includes('docs') ? undefined : oldVersion
  )
  await planVersionMentions(editsInput, oldVersion)
  return finishRelease({
    phase: 'prepare-release',
    project: 'bpfman',
    settings: treeSettings,
    started,
    pending,
    edits,
    notes,
    config,
    review,
    afterMerge: 'tag-release verifies the merged tree and tags the merge commit.',
    ...patch
  })
}
