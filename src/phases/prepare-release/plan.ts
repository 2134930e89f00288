import { type BpfmanConfig, loadBpfmanConfig } from '../../release/config.js'
import { InputError } from '../../release/errors.js'
import { FileEdits } from '../../release/files.js'
import { joinEdits } from '../../release/plan.js'
import { type Progress } from '../../release/progress.js'
import { assertNotBehindTree, isPrerelease } from '../../release/version.js'
import { planVersionMentions, planWorkspaceVersion } from '../../steps/bpfman-edits.js'
import {
  type PreparedRelease,
  type ReleaseEdits,
  type ReleaseTree,
  prepareReleaseBranch
} from '../../steps/prepared-release.js'
import { type PrepareSettings } from './settings.js'

/** Computes every edit and step of a bpfman release; changes nothing. */
export function planPrepare(
  settings: PrepareSettings,
  context?: { progress: Progress }
): Promise<PreparedRelease> {
  return prepareReleaseBranch(settings, {
    phase: 'prepare-release',
    project: 'bpfman',
    afterMerge: 'tag-release verifies the merged tree and tags the merge commit.',
    config: (treeDir) => loadBpfmanConfig(treeDir, settings.configFile),
    edits: (tree, config) => bpfmanEdits(tree, config, settings, context?.progress)
  })
}

/** bpfman's edits of its release tree: the workspace version, then every mention of it. */
async function bpfmanEdits(
  tree: ReleaseTree,
  config: BpfmanConfig,
  settings: PrepareSettings,
  progress: Progress | undefined
): Promise<ReleaseEdits> {
  const { version, previous, base, checkout } = tree.release
  const editsInput = {
    repoDir: tree.dir,
    config,
    version,
    previous,
    lockfile: settings.lockfile,
    git: tree.git,
    baseCommit: tree.commit,
    tracked: tree.tracked,
    progress
  }
  const workspace = planWorkspaceVersion(editsInput)
  const { oldVersion } = workspace
  assertNotBehindTree(version, { path: config.cargoToml, version: oldVersion }, base, checkout.tags)
  if (oldVersion === version.version) {
    throw new InputError(
      'version',
      `${config.cargoToml} on ${base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`
    )
  }
  const { files, notes } = joinEdits(workspace, await planVersionMentions(editsInput, oldVersion))
  // A release candidate on the lighter path leaves the docs naming the last
  // final on purpose: their mentions of it are not for review.
  const lighter = isPrerelease(version) && !config.prereleaseEdits.includes('docs')
  return {
    files: new FileEdits(tree.dir).add(files),
    notes,
    previousVersion: lighter ? undefined : oldVersion
  }
}
