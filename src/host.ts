import { type RunEnvironment } from './release/phase.js'
import { type PlanDiffs, type PlanNote } from './release/plan.js'
import { type Progress } from './release/progress.js'

/** Where a phase runs: the Actions runner, or a maintainer's terminal. */
export interface Host {
  /** What the run's environment says (runEnvironment of the variables the host runs with). */
  environment: RunEnvironment
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
