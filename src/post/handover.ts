import { ReleaseError } from '../errors.js'
import { type GitHubClient, type WorkflowRun, isStatus } from '../github.js'
import { isLiveOrSucceeded } from '../phases/tag-release.js'
import { type Operation } from '../plan.js'
import { type ReleaseVersion } from '../version.js'

export const OPERATOR_REPOSITORY = 'bpfman/bpfman-operator'
export const OPERATOR_WORKFLOW = 'prepare-release.yml'

/** The operator's "Prepare Release" run for this version: dispatched now, found, or left to a maintainer. */
export interface HandOver {
  repository: string
  workflow: string
  ref: string
  inputs: Record<string, string>
  /** The workflow's page, where a maintainer presses "Run workflow". */
  workflowUrl: string
  /** The same from a shell. */
  command: string
  status: 'dispatched' | 'exists' | 'manual' | 'pending'
  run?: { id: number | undefined; url: string | undefined }
}

export function handOverFor(
  serverUrl: string,
  repository: string,
  workflow: string,
  ref: string,
  version: ReleaseVersion,
  status: HandOver['status']
): HandOver {
  const inputs = { version: version.version }
  return {
    repository,
    workflow,
    ref,
    inputs,
    workflowUrl: `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/workflows/${workflow}`,
    command: `gh workflow run ${workflow} --repo ${repository} --ref ${ref} ${Object.entries(inputs)
      .map(([name, value]) => `-f ${name}=${value}`)
      .join(' ')}`,
    status
  }
}

/** A run of the operator's workflow for this version: by its inputs (where shown) or its run-name. */
export function isRunForVersion(run: WorkflowRun, version: ReleaseVersion): boolean {
  const input = run.inputs?.version
  if (input === version.version || input === version.tag) return true
  const word = (text: string): RegExp =>
    new RegExp(`(^|[^\\w.-])${text.replace(/[.]/g, '\\.')}($|[^\\w.-])`)
  return word(version.version).test(run.displayTitle) || word(version.tag).test(run.displayTitle)
}

/**
 * Dispatches the operator's "Prepare Release" with the same version, unless a
 * run for that version is queued, running or succeeded.
 */
export function handOverOperation(
  operator: GitHubClient,
  handOver: HandOver,
  version: ReleaseVersion
): Operation {
  const findRun = async (): Promise<WorkflowRun | undefined> =>
    (await operator.listWorkflowRuns(handOver.workflow, 'workflow_dispatch')).find(
      (run) => isRunForVersion(run, version) && isLiveOrSucceeded(run)
    )
  return {
    kind: 'github',
    title: `dispatch ${handOver.workflow} in ${handOver.repository} on ${handOver.ref} with version=${version.version}, unless a run for ${version.version} exists`,
    apply: async () => {
      const existing = await findRun()
      if (existing) {
        handOver.status = 'exists'
        handOver.run = { id: existing.id, url: existing.url }
        return {
          status: 'unchanged',
          detail: `run ${existing.id} (${existing.status}${existing.conclusion ? `, ${existing.conclusion}` : ''}) ${existing.url}`
        }
      }
      let started: { runId?: number; url?: string }
      try {
        started = await operator.dispatchWorkflow(handOver.workflow, handOver.ref, handOver.inputs)
      } catch (error) {
        if (isStatus(error, 404) || isStatus(error, 422) || isStatus(error, 403)) {
          throw new ReleaseError(
            `${handOver.repository} refused to dispatch ${handOver.workflow} on ${handOver.ref}: ${(error as Error).message}. Check input operator-workflow (the file must exist on ${handOver.ref} with on.workflow_dispatch.inputs.version) and that operator-token may run workflows there (actions: write)`
          )
        }
        throw error
      }
      if (started.runId === undefined) {
        const run = await findRun()
        started = { runId: run?.id, url: run?.url }
      }
      handOver.status = 'dispatched'
      handOver.run = { id: started.runId, url: started.url }
      return {
        status: 'done',
        detail: started.runId ? `run ${started.runId} ${started.url ?? ''}`.trim() : 'dispatched'
      }
    }
  }
}
