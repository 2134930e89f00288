import { lazy } from './lazy.js'
import { type Inputs } from './inputs.js'
import { type ManifestHeader, type ManifestParts, type ReleaseManifest } from './manifest.js'
import { type ApplyResult, type Plan } from './plan.js'
import { type Progress } from './progress.js'
import { type SummaryLink } from './summary.js'
import { type ReleaseVersion } from './version.js'

/**
 * What the run's environment says, read by the host (the action from the
 * runner's variables, the CLI from its own environment), so that no phase,
 * step or effect reads process.env.
 */
export interface RunEnvironment {
  /** The REST API's base URL: GITHUB_API_URL, else https://api.github.com. */
  apiUrl: string
  /** GitHub's web and git server: GITHUB_SERVER_URL, else https://github.com; no trailing slash. */
  serverUrl: string
  /** Where the run keeps files between its steps: RUNNER_TEMP, else the system's temp folder. */
  tempDir: string
  /** The pull request of the event that started the run (GITHUB_EVENT_PATH), when it is one. */
  eventPullNumber: number | undefined
  /** The workflow run this is (GITHUB_RUN_ID, and the file of GITHUB_WORKFLOW_REF), in Actions. */
  run: { id: number; workflow: string } | undefined
}

/** What a phase needs from the run beyond its settings. */
export interface PhaseContext {
  environment: RunEnvironment
  /**
   * The manifest of this release at the manifest path, validated; undefined
   * when there is none. Settings call it before any request, so that a bad
   * manifest is bad input first; `version` undefined (not known before the
   * release is looked up): the manifest path the user gave, checked for
   * this repository only.
   */
  manifest(repository: string, version: ReleaseVersion | undefined): ReleaseManifest | undefined
  /** Shows long commands and waits while they run (nothing with --json). */
  progress: Progress
}

/** What a phase says after it ran (or, in a dry run, would have). */
export interface PhaseReport {
  /** Its part of the manifest, and what it knows of the release for a new manifest. */
  manifest: { header: ManifestHeader; part: Partial<ManifestParts> } | undefined
  outputs: Record<string, string | number | null | undefined>
  links: SummaryLink[]
  /** More Markdown for the job summary, after the plan. */
  sections?: string[]
  /** Lines the CLI prints at the end. */
  epilogue?: string[]
}

export interface PlannedPhase {
  plan: Plan
  /** The release whose manifest this run extends. */
  repository: string
  version: ReleaseVersion
  report(result: ApplyResult | undefined): PhaseReport
}

/** A release phase: inputs -> typed settings -> plan. The driver does the rest. */
export interface Phase<S extends { dryRun: boolean }> {
  name: string
  settings(inputs: Inputs, context: PhaseContext): Promise<S>
  plan(settings: S, context: PhaseContext): Promise<PlannedPhase>
  /**
   * Loads the plan's modules ahead of the plan, once (plan loads them
   * otherwise): the CLI does while git answers its first reads.
   */
  loadPlanner(): Promise<unknown>
}

/** The stages after a phase's settings: its plan, and the report of what it did. */
export type Planner<S> = (settings: S, context: PhaseContext) => Promise<PlannedPhase>

/**
 * A phase whose planner is loaded when the plan runs: an action's start-up (a
 * phase failing at its first input) loads only the settings and what they
 * need, not the plan's modules and the libraries they bring (`load` is a
 * dynamic import(), which ncc puts in a chunk of its own).
 */
export function phaseOf<S extends { dryRun: boolean }>(definition: {
  name: string
  settings: (inputs: Inputs, context: PhaseContext) => Promise<S>
  loadPlanner: () => Promise<Planner<S>>
}): Phase<S> {
  const loadPlanner = lazy(definition.loadPlanner)
  return {
    name: definition.name,
    settings: definition.settings,
    plan: async (settings, context) => (await loadPlanner())(settings, context),
    loadPlanner
  }
}

/**
 * The planner of one plan and one report: `plan` computes what it will do,
 * `report` says what it did (`result` undefined: a dry run).
 */
export function plannerOf<
  S extends { repository: string },
  P extends { plan: Plan; version: ReleaseVersion }
>(definition: {
  plan: (settings: S, context: PhaseContext) => Promise<P>
  report: (planned: P, settings: S, result: ApplyResult | undefined) => PhaseReport
}): Planner<S> {
  return async (settings, context) => {
    const planned = await definition.plan(settings, context)
    return {
      plan: planned.plan,
      repository: settings.repository,
      version: planned.version,
      report: (result) => definition.report(planned, settings, result)
    }
  }
}
