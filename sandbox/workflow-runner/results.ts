/** What a run of the local workflow runner reports: per run, job and step. */
import type { ArtifactRecord } from '../github/state.js'
import type { Permissions } from './workflow.js'

export type Result = 'success' | 'failure' | 'skipped'

export interface StepResult {
  index: number
  id?: string
  name: string
  uses?: string
  result: Result
  outputs: Record<string, string>
  stdout: string
  stderr: string
  summary: string
  error?: string
}

export interface Concurrency {
  group: string
  cancelInProgress: boolean
}

export interface JobResult {
  /** The workflow's label (file, or owner/repo/path@ref of a called one). */
  workflow: string
  id: string
  name: string
  result: Result
  outputs: Record<string, string>
  /** The GITHUB_TOKEN's permissions in the job: the job's own, else the workflow's. */
  permissions: Permissions
  concurrency?: Concurrency
  steps: StepResult[]
  /** What the job's steps wrote to GITHUB_STEP_SUMMARY. */
  summary: string
  /** How long the job ran, its called workflow's jobs included; 0 when skipped. */
  durationMs: number
  /** For a leg of a matrix job: its combination (the `matrix` context). */
  matrix?: Record<string, unknown>
  /**
   * For a matrix job: its legs, in the matrix's order (those fail-fast cancelled
   * left out); the job's `steps` are theirs one after another, its result a
   * failure when any leg failed.
   */
  legs?: JobResult[]
  /** For a job that calls a reusable workflow: that workflow's run. */
  called?: WorkflowRun
}

export interface WorkflowRun {
  /** owner/name of the repository the run is in. */
  repository: string
  workflow: string
  name: string
  /** run-name evaluated (the run's display title). */
  runName: string
  runId: number
  event: string
  /** undefined when the workflow ran; else why its `on:` let the event pass by. */
  notTriggered?: string
  conclusion: Result
  concurrency?: Concurrency
  jobs: Record<string, JobResult>
  /** workflow_call outputs, for a called workflow. */
  outputs: Record<string, string>
  /** Each failure, naming the workflow, job and step. */
  errors: string[]
  log: string[]
  /** The summaries of every job (called workflows' included), in run order. */
  summary: string
  /** The artifacts the run uploaded (the emulator's store). */
  artifacts: ArtifactRecord[]
}
