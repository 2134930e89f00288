// The runs a release tag started (the repository's tag-push workflows, or the
// dispatches tag-release made on the tag), waited for until they finish: what
// comes next in the chain (post-release, the catalogs) starts after what it
// depends on has finished, not after a fixed time, and says which runs those were.
import { setTimeout as sleepFor } from 'node:timers/promises'
import { ReleaseError } from '../release/errors.js'
import { type GitHubClient, type WorkflowRun, describeRun } from '../effects/github/client.js'
import { NO_PROGRESS, type Progress, elapsedText } from '../release/progress.js'
import { type PlanNote } from '../release/plan.js'
import { type TagWorkflow } from '../release/repository-workflows.js'
import { secondMs } from '../effects/test-knobs.js'

export interface TagRunsRequest {
  github: GitHubClient
  tag: string
  /** The workflow files (build.yml) whose runs on the tag are waited for. */
  workflows: readonly string[]
  /** The run asking (GITHUB_RUN_ID): never waited for. */
  ownRunId: number | undefined
  /** How long runs that exist are waited for; 0 looks once. */
  waitMs: number
  /** How long a workflow with no run on the tag yet may take to start one. */
  startMs: number
  progress?: Progress
  sleep?: (ms: number) => Promise<unknown>
  now?: () => number
}

export interface TagRuns {
  /** The newest run on the tag of each workflow that has one, finished with success. */
  finished: { workflow: string; run: WorkflowRun }[]
  /** Workflows with no run on the tag by the time the others had finished. */
  notStarted: string[]
  /** Runs still going: only when the wait was 0 (a look, as a dry run takes). */
  going: { workflow: string; run: WorkflowRun }[]
}

const SUCCEEDED = new Set(['success', 'skipped', 'neutral'])

function workflowOf(run: WorkflowRun): string {
  return (run.path ?? '').replace(/^.*\//, '')
}

/** A line naming the runs waited for, for a plan note or a summary. */
export function describeTagRuns(tag: string, runs: TagRuns): string {
  const list = (entries: TagRuns['finished']) =>
    entries.map(({ workflow, run }) => `${workflow} ${describeRun(run)}`).join('; ')
  return [
    runs.finished.length > 0 ? `the runs on ${tag} finished: ${list(runs.finished)}` : '',
    runs.going.length > 0 ? `still going on ${tag}: ${list(runs.going)}` : '',
    runs.notStarted.length > 0 ? `no run on ${tag} of ${runs.notStarted.join(', ')}` : ''
  ]
    .filter(Boolean)
    .join('; ')
}

/**
 * Waits until the newest run on the tag of each workflow has finished. A run
 * that failed or was cancelled stops the wait with an error naming it (rerun
 * it, then this); runs still going at the deadline do too.
 */
export async function waitForTagRuns(request: TagRunsRequest): Promise<TagRuns> {
  const { github, tag } = request
  const sleep = request.sleep ?? ((ms: number) => sleepFor(ms))
  const now = request.now ?? Date.now
  const started = now()
  const wanted = new Set(request.workflows)
  let pause = 200
  const task = (request.progress ?? NO_PROGRESS).start(
    `waiting for the runs on ${tag} of ${[...wanted].join(', ')} (up to ${elapsedText(request.waitMs)})`
  )
  try {
    for (;;) {
      const runs = (await github.workflows.repositoryRuns({ branch: tag })).filter(
        (run) => run.id !== request.ownRunId && run.headBranch === tag
      )
      const newest = new Map<string, WorkflowRun>()
      for (const run of runs) {
        const workflow = workflowOf(run)
        const seen = newest.get(workflow)
        if (wanted.has(workflow) && (!seen || run.id > seen.id)) newest.set(workflow, run)
      }
      const failed = [...newest].filter(
        ([, run]) => run.status === 'completed' && !SUCCEEDED.has(run.conclusion ?? '')
      )
      if (failed.length > 0)
        throw new ReleaseError(
          `the run on ${tag} of ${failed.map(([workflow, run]) => `${workflow} did not succeed: ${describeRun(run)}`).join('; ')}. Rerun its failed jobs; when it has succeeded, rerun this job`
        )
      const going = [...newest].filter(([, run]) => run.status !== 'completed')
      const missing = [...wanted].filter((workflow) => !newest.has(workflow))
      const elapsed = now() - started
      const looked = request.waitMs === 0
      if (looked || (going.length === 0 && (missing.length === 0 || elapsed >= request.startMs))) {
        task.end(false)
        const entries = (done: boolean) =>
          request.workflows.flatMap((workflow) => {
            const run = newest.get(workflow)
            return run && (run.status === 'completed') === done ? [{ workflow, run }] : []
          })
        return { finished: entries(true), notStarted: missing, going: entries(false) }
      }
      if (elapsed >= request.waitMs)
        throw new ReleaseError(
          `after ${elapsedText(elapsed)} the runs on ${tag} have not finished: ${[
            ...going.map(([workflow, run]) => `${workflow} ${describeRun(run)}`),
            ...missing.map((workflow) => `${workflow} has no run`)
          ].join('; ')}. Rerun this job when they have (or raise runs-wait-seconds)`
        )
      await sleep(Math.min(pause, request.waitMs - elapsed))
      pause = Math.min(pause * 2, 15_000)
    }
  } catch (error) {
    task.end(true)
    throw error
  }
}

/** GitHub starts a push's runs within seconds: a workflow with no run after this did not start. */
const START_SECONDS = 120

/**
 * Before a phase plans: waits for the runs the tag started (its tag-push
 * workflows at the tag, the asking run's own workflow aside) and notes which
 * they were, and which workflow did not run on the tag. A dry run only looks;
 * 0 seconds does not look.
 */
export async function awaitTagRuns(request: {
  github: GitHubClient
  tag: string
  workflows: TagWorkflow[]
  own: { id: number; workflow: string } | undefined
  seconds: number
  dryRun: boolean
  progress?: Progress
}): Promise<{ notes: PlanNote[]; finished: TagRuns['finished'] }> {
  const { own, seconds, tag } = request
  const waited = request.workflows
    .map((workflow) => workflow.file)
    .filter((file) => file !== own?.workflow)
  if (waited.length === 0 || seconds === 0) return { notes: [], finished: [] }
  const runs = await waitForTagRuns({
    github: request.github,
    tag,
    workflows: waited,
    ownRunId: own?.id,
    waitMs: request.dryRun ? 0 : seconds * 1000,
    startMs: request.dryRun ? 0 : Math.min(seconds, START_SECONDS) * secondMs(),
    progress: request.progress
  })
  const notes: PlanNote[] = [{ kind: 'info', message: describeTagRuns(tag, runs) }]
  if (runs.notStarted.length > 0)
    notes.push({
      kind: 'warning',
      message: `${runs.notStarted.join(', ')} ${runs.notStarted.length > 1 ? 'run' : 'runs'} on a push of ${tag} but did not run on it (a tag pushed with GITHUB_TOKEN starts no workflow): run ${runs.notStarted.length > 1 ? 'them' : 'it'} on ${tag}, or give tag-release an App token`
    })
  return { notes, finished: runs.finished }
}
