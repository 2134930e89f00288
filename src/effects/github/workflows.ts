import { createOnce } from './create-once.js'
import { type RepoApi, isStatus } from './api.js'

/** Workflow runs and dispatches. */
export class Workflows {
  constructor(private readonly api: RepoApi) {}

  /** The newest runs (at most 100) of a workflow file, optionally of one event. */
  async listRuns(workflow: string, event?: string): Promise<WorkflowRun[]> {
    const { data } = await this.api.octokit.rest.actions.listWorkflowRuns({
      ...this.api.ref,
      workflow_id: workflow,
      ...(event ? { event } : {}),
      per_page: 100
    })
    return (data.workflow_runs as WorkflowRunData[]).map(toWorkflowRun)
  }

  /**
   * The repository's newest runs (at most 100) of every workflow, of one
   * branch or tag (`branch`: a tag push's runs carry the tag) or one commit.
   */
  async repositoryRuns(filter: { branch?: string; headSha?: string }): Promise<WorkflowRun[]> {
    const { data } = await this.api.octokit.rest.actions.listWorkflowRunsForRepo({
      ...this.api.ref,
      ...(filter.branch ? { branch: filter.branch } : {}),
      ...(filter.headSha ? { head_sha: filter.headSha } : {}),
      per_page: 100
    })
    return (data.workflow_runs as WorkflowRunData[]).map(toWorkflowRun)
  }

  /**
   * Starts a workflow_dispatch run. GitHub answers with the run when asked
   * (return_run_details); a server that does not know the flag answers 204 and
   * the run is undefined.
   */
  async dispatch(
    workflow: string,
    ref: string,
    inputs: Record<string, string>
  ): Promise<{ runId?: number; url?: string }> {
    const response = await this.api.octokit.rest.actions.createWorkflowDispatch({
      ...this.api.ref,
      workflow_id: workflow,
      ref,
      inputs,
      return_run_details: true
    })
    // This Octokit's typings know only the 204 answer.
    const answer = response as { status: number; data: unknown }
    const data =
      answer.status === 200
        ? (answer.data as { workflow_run_id?: number; html_url?: string })
        : undefined
    return { runId: data?.workflow_run_id, url: data?.html_url }
  }

  /**
   * Dispatches `workflow` unless a run that `matches` is queued, running or
   * succeeded (a failed or cancelled one is dispatched again): a rerun never
   * starts a second run. Dispatch errors are GitHub's, for the caller to explain.
   */
  async dispatchOnce(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
    matches: (run: WorkflowRun) => boolean
  ): Promise<{ started: boolean; run: WorkflowRun | undefined; runId?: number; url?: string }> {
    const findRun = async (): Promise<WorkflowRun | undefined> => {
      let runs: WorkflowRun[]
      try {
        runs = await this.listRuns(workflow, 'workflow_dispatch')
      } catch (error) {
        // GitHub lists runs of workflows on the default branch only; the dispatch says if the file is missing.
        if (isStatus(error, 404)) return undefined
        throw error
      }
      return runs.find((run) => matches(run) && isLiveOrSucceeded(run))
    }
    const existing = await findRun()
    if (existing) return { started: false, run: existing, runId: existing.id, url: existing.url }
    let lookedUp: WorkflowRun | undefined
    const started = await createOnce(
      `dispatch of ${workflow}`,
      () => this.dispatch(workflow, ref, inputs),
      async () => {
        lookedUp = await findRun()
        return lookedUp ? { runId: lookedUp.id, url: lookedUp.url } : undefined
      }
    )
    if (lookedUp) return { started: true, run: lookedUp, runId: lookedUp.id, url: lookedUp.url }
    if (started.runId !== undefined) return { started: true, run: undefined, ...started }
    const run = await findRun() // an older GitHub answers 204 without the run
    return { started: true, run, runId: run?.id, url: run?.url }
  }
}

/** A run that counts as done or doing: queued, running, or completed with success. */
export function isLiveOrSucceeded(run: WorkflowRun): boolean {
  return run.status !== 'completed' || run.conclusion === 'success'
}

/** A run's state in a line: "run 12 (completed, success) https://...". */
export function describeRun(run: WorkflowRun): string {
  return `run ${run.id} (${run.status}${run.conclusion ? `, ${run.conclusion}` : ''}) ${run.url}`
}

export interface WorkflowRun {
  id: number
  url: string
  status: string
  conclusion: string | null
  displayTitle: string
  event: string
  /** The workflow's file, .github/workflows/build.yml. */
  path?: string
  /** The branch or tag the run is on (a tag push's runs carry the tag). */
  headBranch?: string
  headSha?: string
  /** Not in GitHub's REST answer (nor the emulator's): runs are matched by run-name; this is used when an answer has it. */
  inputs?: Record<string, unknown>
}

type WorkflowRunData = {
  id: number
  html_url: string
  status: string | null
  conclusion: string | null
  display_title: string
  event: string
  path?: string
  head_branch?: string | null
  head_sha?: string
  inputs?: Record<string, unknown>
}

function toWorkflowRun(data: WorkflowRunData): WorkflowRun {
  return {
    id: data.id,
    url: data.html_url,
    status: data.status ?? 'queued',
    conclusion: data.conclusion,
    displayTitle: data.display_title,
    event: data.event,
    path: data.path,
    headBranch: data.head_branch ?? undefined,
    headSha: data.head_sha,
    inputs: data.inputs
  }
}
