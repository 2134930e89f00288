import { ReleaseError } from '../release/errors.js'
import {
  type GitHubClient,
  type WorkflowRun,
  describeRun,
  isRefusal
} from '../effects/github/client.js'
import { type Operation } from '../release/plan.js'

/** Whether a run's inputs (where an answer has them) or its run-name name one of `words` as a whole word. */
export function isRunFor(run: WorkflowRun, input: string, words: readonly string[]): boolean {
  const given = run.inputs?.[input]
  if (typeof given === 'string' && words.includes(given)) return true
  return words.some((word) =>
    new RegExp(`(^|[^\\w.-])${word.replace(/[.]/g, '\\.')}($|[^\\w.-])`).test(run.displayTitle)
  )
}

export interface DispatchedRun {
  workflow: string
  status: 'dispatched' | 'exists'
  runId: number | undefined
  url: string | undefined
}

export interface DispatchRequest {
  github: GitHubClient
  workflow: string
  ref: string
  inputs: Record<string, string>
  /** A run of the workflow for this release: found, it is not dispatched again. */
  matches: (run: WorkflowRun) => boolean
  title: string
  /** What to check when GitHub refuses the dispatch. */
  refusalHint: string
  /** The statuses that mean "refused" rather than a failure to retry (a 403 rate limit is not). */
  refusals: readonly number[]
}

/**
 * Dispatches a workflow unless a run for this release is queued, running or
 * succeeded (a failed or cancelled one is dispatched again): a rerun never
 * starts a second run.
 */
export function dispatchOnceOperation(request: DispatchRequest): Operation<DispatchedRun> {
  const { github, workflow, ref } = request
  return {
    kind: 'github',
    title: request.title,
    apply: async () => {
      let dispatched: Awaited<ReturnType<GitHubClient['workflows']['dispatchOnce']>>
      try {
        dispatched = await github.workflows.dispatchOnce(
          workflow,
          ref,
          request.inputs,
          request.matches
        )
      } catch (error) {
        // A rate limit keeps its own message: it is no refusal, and no permission is missing.
        if (isRefusal(error, request.refusals)) {
          throw new ReleaseError(
            `${github.name} refused to dispatch ${workflow} on ${ref}: ${(error as Error).message}. ${request.refusalHint}`
          )
        }
        throw error
      }
      const { runId, url } = dispatched
      if (!dispatched.started && dispatched.run) {
        return {
          status: 'unchanged',
          detail: describeRun(dispatched.run),
          value: { workflow, status: 'exists', runId, url }
        }
      }
      return {
        status: 'done',
        detail: runId
          ? `run ${runId} ${url ?? ''}`.trim()
          : 'dispatched; the run is not listed yet',
        value: { workflow, status: 'dispatched', runId, url }
      }
    }
  }
}
