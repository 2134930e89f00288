/**
 * Follows the release manifest through a chain of runs, and names the step
 * that dropped it: a consumer of our actions that says "No release manifest",
 * or an upload of a manifest that lacks a part an earlier upload of the same
 * artifact held (the job forgot to download it before its step, so the step
 * started a new manifest). Runs are given in the order they ran.
 */
import type { GitHubEmulator } from '../github/index.js'
import type { JobResult, StepResult, WorkflowRun } from './results.js'

/** The parts phases add: prepare, tagRelease, postRelease, operator.catalogs... */
function partsOf(manifest: Record<string, unknown>): string[] {
  const parts: string[] = []
  for (const key of ['prepare', 'tagRelease', 'postRelease']) if (key in manifest) parts.push(key)
  const operator = manifest.operator
  if (operator && typeof operator === 'object')
    parts.push(...Object.keys(operator).map((key) => `operator.${key}`))
  return parts
}

function jobsOf(run: WorkflowRun): JobResult[] {
  return Object.values(run.jobs).flatMap((job) => [job, ...(job.called ? jobsOf(job.called) : [])])
}

function where(job: JobResult, step: StepResult): string {
  return `workflow ${job.workflow}, job ${job.id}, step ${step.index} (${step.id ? `${step.id}: ` : ''}${step.name})`
}

export class ManifestTrail {
  /** artifact name -> the parts its uploads held so far, and where the last one came from. */
  private readonly seen = new Map<string, { parts: Set<string>; from: string }>()

  constructor(
    private readonly emulator: GitHubEmulator,
    /** The owner/repo of our actions: their steps are the consumers. */
    private readonly actions = 'bpfman/release-actions/'
  ) {}

  /** Every problem of a run, each naming the workflow, job and step. */
  check(run: WorkflowRun): string[] {
    const problems: string[] = []
    for (const job of jobsOf(run)) {
      for (const step of job.steps) {
        if (step.result !== 'success') continue
        if (step.uses?.startsWith(this.actions)) {
          const line = /No release manifest:[^\n]*/.exec(step.stdout)?.[0]
          if (line) problems.push(`${where(job, step)}: ran without the release manifest: ${line}`)
        }
        if (step.uses?.startsWith('actions/upload-artifact@'))
          problems.push(...this.upload(job, step))
      }
    }
    return problems
  }

  private upload(job: JobResult, step: StepResult): string[] {
    const record = this.emulator.state.artifacts.find(
      (artifact) => String(artifact.id) === step.outputs['artifact-id']
    )
    if (!record?.name.startsWith('release-manifest-') || record.files.length !== 1) return []
    let manifest: Record<string, unknown>
    try {
      manifest = JSON.parse(record.files[0].data.toString('utf8')) as Record<string, unknown>
    } catch {
      return [`${where(job, step)}: artifact ${record.name} holds no JSON manifest`]
    }
    const parts = partsOf(manifest)
    const before = this.seen.get(record.name)
    const missing = before ? [...before.parts].filter((part) => !parts.includes(part)) : []
    const here = where(job, step)
    this.seen.set(record.name, { parts: new Set([...(before?.parts ?? []), ...parts]), from: here })
    if (missing.length === 0) return []
    return [
      `${here}: uploads ${record.name} without ${missing.join(', ')}, which ${before!.from} uploaded: the job's steps did not start from that manifest (a download, or the manifest-artifact input, is missing)`
    ]
  }
}
