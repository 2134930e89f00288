import { ReleaseError } from '../release/errors.js'
import {
  type GitHubClient,
  type WorkflowRun,
  describeRun,
  isStatus
} from '../effects/github/client.js'
import { type Operation } from '../release/plan.js'
import { type ReleaseVersion } from '../release/version.js'

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
  return {
    kind: 'github',
    title: `dispatch ${handOver.workflow} in ${handOver.repository} on ${handOver.ref} with version=${version.version}, unless a run for ${version.version} exists`,
    apply: async () => {
      let dispatched: Awaited<ReturnType<GitHubClient['dispatchOnce']>>
      try {
        dispatched = await operator.dispatchOnce(
          handOver.workflow,
          handOver.ref,
          handOver.inputs,
          (run) => isRunForVersion(run, version)
        )
      } catch (error) {
        if (isStatus(error, 404) || isStatus(error, 422) || isStatus(error, 403)) {
          throw new ReleaseError(
            `${handOver.repository} refused to dispatch ${handOver.workflow} on ${handOver.ref}: ${(error as Error).message}. Check input operator-workflow (the file must exist on ${handOver.ref} with on.workflow_dispatch.inputs.version) and that operator-token may run workflows there (actions: write)`
          )
        }
        throw error
      }
      handOver.run = { id: dispatched.runId, url: dispatched.url }
      if (!dispatched.started && dispatched.run) {
        handOver.status = 'exists'
        return { status: 'unchanged', detail: describeRun(dispatched.run) }
      }
      handOver.status = 'dispatched'
      return {
        status: 'done',
        detail: dispatched.runId
          ? `run ${dispatched.runId} ${dispatched.url ?? ''}`.trim()
          : 'dispatched'
      }
    }
  }
}
