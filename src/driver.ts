import { defaultManifestPath, readManifestFile } from './effects/manifest-file.js'
import { once } from './effects/lazy.js'
import { forgetRepositories } from './effects/repositories.js'
import { type Inputs } from './release/inputs.js'
import { type ReleaseManifest } from './release/manifest.js'
import { type Phase, type PhaseContext } from './release/phase.js'
import { type PlanDiffs, type PlanNote } from './release/plan.js'
import { NO_PROGRESS, type Progress } from './release/progress.js'

export type { Phase, PhaseContext, PhaseReport, PlannedPhase } from './release/phase.js'

/** Where a phase runs: the Actions runner, or a maintainer's terminal. */
export interface Host {
  json: boolean
  /** Which diffs the printed plan shows; default all. */
  diffs?: PlanDiffs
  /** Raises a plan's warning at its level (the action: an annotation on its file and line). */
  warn?(note: PlanNote): void
  print(text: string): void
  /** Shows long work while it runs (progress-display.ts); none: nothing shown. */
  progress?: Progress
  /**
   * The manifest's path for this release; undefined: no manifest. `tag`
   * undefined: the release is not known yet, only a path the user gave counts.
   */
  manifestPath(repository: string, tag: string | undefined): string | undefined
  /** How the manifest path is given, for errors: manifest-path, --manifest. */
  manifestInput: string
  setOutputs(outputs: Record<string, string | number | null | undefined>): void
  /** Where the job summary goes; without it (the CLI) the summary is not rendered. */
  writeSummary?(markdown: string): void
  /**
   * Fetches the manifest before settings (the action: from manifest-artifact
   * when manifest-path holds no file); the notes join the plan's.
   */
  fetchManifest?(): Promise<PlanNote[]>
  /** Shows the report's last lines (the CLI; the action has its outputs and summary). */
  epilogue(lines: string[]): void
}

/** The manifest path an action uses: the input, else one in the runner's temp folder. */
export function actionManifestPath(given: string): Host['manifestPath'] {
  return (repository, tag) => given || (tag ? defaultManifestPath(repository, tag) : undefined)
}

// What runs after the plan (printing it, applying it, the manifest, outputs
// and summary; with them the plan's renderer and the diff library) loads with
// the plan, not at start-up, where a phase may still fail at its first input.
const loadApply = once(() => import('./apply-planned.js'))

/**
 * settings -> plan -> print -> apply (a dry run stops here) -> manifest ->
 * outputs and job summary; the summary also when a step fails, whose error
 * is thrown after it is written. What the run read of its repositories is
 * forgotten when it ends.
 */
export async function runPhase<S extends { dryRun: boolean }>(
  phase: Phase<S>,
  inputs: Inputs,
  host: Host
): Promise<void> {
  const manifests = new Map<string, ReleaseManifest | undefined>()
  const context: PhaseContext = {
    progress: host.json ? NO_PROGRESS : (host.progress ?? NO_PROGRESS),
    manifest: (repository, version) => {
      const path = host.manifestPath(repository, version?.tag)
      if (!path) return undefined
      const key = `${path}\0${version?.tag ?? ''}`
      if (!manifests.has(key))
        manifests.set(key, readManifestFile(path, repository, version, host.manifestInput))
      return manifests.get(key)
    }
  }
  try {
    const fetched = (await host.fetchManifest?.()) ?? []
    const settings = await phase.settings(inputs, context)
    const planned = await phase.plan(settings, context)
    planned.plan.notes.push(...fetched)
    const { applyPlanned } = await loadApply()
    await applyPlanned(planned, settings.dryRun, context, host)
  } finally {
    forgetRepositories()
  }
}
