import { loadBpfmanConfig } from '../../release/config.js'
import { InputError } from '../../release/errors.js'
import { FileEdits } from '../../release/files.js'
import { type PlanNote } from '../../release/plan.js'
import { planReleaseEdits } from '../../steps/bpfman-edits.js'
import { type PreparedRelease, finishRelease, startRelease } from '../../steps/prepared-release.js'
import { assertNotBehindTree } from '../../release/version.js'
import { type PrepareSettings } from './settings.js'

/** Computes every edit and step of a bpfman release; changes nothing. */
export async function planPrepare(settings: PrepareSettings): Promise<PreparedRelease> {
  const started = await startRelease(settings)
  const { version, checkout, previous } = started
  const config = loadBpfmanConfig(settings.repoDir, settings.configFile)
  const notes: PlanNote[] = []
  const edits = new FileEdits(settings.repoDir)
  const { oldVersion } = await planReleaseEdits({
    repoDir: settings.repoDir,
    config,
    version,
    previous,
    lockfile: settings.lockfile,
    git: checkout.git,
    baseCommit: checkout.baseCommit,
    edits,
    notes
  })
  assertNotBehindTree(
    version,
    { path: config.cargoToml, version: oldVersion },
    settings.base,
    checkout.tags
  )
  if (oldVersion === version.version) {
    throw new InputError(
      'version',
      `${config.cargoToml} on ${settings.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`
    )
  }
  return finishRelease({
    phase: 'prepare-release',
    project: 'bpfman',
    settings,
    started,
    edits,
    notes,
    config,
    reviewVersion: oldVersion,
    afterMerge: 'tag-release verifies the merged tree and tags the merge commit.'
  })
}
