import { type GitHubClient } from '../../effects/github/client.js'
import { type Operation } from '../../release/plan.js'
import { type DispatchedRun, dispatchOnceOperation, isRunFor } from '../../steps/dispatch.js'
import { type ReleaseVersion, parsePatchBranch } from '../../release/version.js'

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

/**
 * The operator's Prepare Release for this version: a release of bpfman's patch
 * line (base release-vX.Y.Z-patch) is one of the operator's patch line too, so
 * `patch-of` names the same release; a release candidate's version says rc.
 */
export function handOverFor(
  serverUrl: string,
  repository: string,
  workflow: string,
  ref: string,
  version: ReleaseVersion,
  status: HandOver['status'],
  base?: string
): HandOver {
  const patched = base ? parsePatchBranch(base)?.patched : undefined
  const inputs: Record<string, string> = {
    version: version.version,
    ...(patched ? { 'patch-of': patched.tag } : {})
  }
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

/**
 * Dispatches the operator's "Prepare Release" with the same version, unless a
 * run for that version is queued, running or succeeded.
 */
export function handOverOperation(
  operator: GitHubClient,
  handOver: HandOver,
  version: ReleaseVersion
): Operation<DispatchedRun> {
  return dispatchOnceOperation({
    github: operator,
    workflow: handOver.workflow,
    ref: handOver.ref,
    inputs: handOver.inputs,
    matches: (run) => isRunFor(run, 'version', [version.version, version.tag]),
    title: `dispatch ${handOver.workflow} in ${handOver.repository} on ${handOver.ref} with ${Object.entries(
      handOver.inputs
    )
      .map(([name, value]) => `${name}=${value}`)
      .join(', ')}, unless a run for ${version.version} exists`,
    refusalHint: `Check input operator-workflow (the file must exist on ${handOver.ref} with on.workflow_dispatch.inputs.version) and that operator-token may run workflows there (actions: write)`,
    refusals: [404, 422, 403]
  })
}

/** The hand-over as it stands after the run: the dispatch's outcome, if it ran. */
export function handOverAfter(handOver: HandOver, dispatched: DispatchedRun | undefined): HandOver {
  return dispatched
    ? { ...handOver, status: dispatched.status, run: { id: dispatched.runId, url: dispatched.url } }
    : handOver
}
