import {
  type TagWorkflow,
  imagesPublishedForTag,
  tagWorkflow
} from '../release/repository-workflows.js'
import {
  NoOperationTraceWriter,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  parseWorkflow
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'

/**
 * The skeleton of a workflow file that the doctor reads: triggers, jobs,
 * their `uses:` and `with:`, and the images a docker/metadata matrix names.
 *
 * Read with @actions/workflow-parser, the parser of GitHub's language
 * services: it checks the file against GitHub's workflow schema (its errors
 * are the doctor's first item). Under plain node it cannot load (it imports
 * its JSON schema without an import attribute); ncc bundles it cleanly, and
 * the doctor's chunk is loaded only by `bpfman-release doctor`.
 */
export interface WorkflowSkeleton {
  /** The file name under .github/workflows/. */
  file: string
  text: string
  /** What GitHub's schema finds wrong in the file. */
  errors: string[]
  triggers: Record<string, unknown>
  jobs: JobSkeleton[]
}

export interface JobSkeleton {
  id: string
  if: string | undefined
  /** A called workflow (`uses:` of the job). */
  uses: string | undefined
  with: Record<string, unknown>
  /** Each step's `uses:` and `run:`. */
  steps: { uses?: string; run?: string; with?: Record<string, unknown> }[]
  /** Matrix entries of `image` (repository, image, tags). */
}

type Doc = Record<string, unknown>

function record(value: unknown): Doc {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
}

/** A token as plain data: mappings, sequences, scalars; an expression as its `${{ }}` text. */
function plainOf(token: TemplateToken): unknown {
  if (isMapping(token)) {
    const out: Doc = {}
    for (let index = 0; index < token.count; index++) {
      const { key, value } = token.get(index)
      out[isString(key) ? key.value : String(plainOf(key))] = plainOf(value)
    }
    return out
  }
  if (isSequence(token))
    return Array.from({ length: token.count }, (_, index) => plainOf(token.get(index)))
  if (isString(token) || isBoolean(token) || isNumber(token)) return token.value
  if (isBasicExpression(token)) return token.source ?? `\${{ ${token.expression} }}`
  return null
}

/** A workflow file's skeleton, with the schema's errors; undefined when it is not a mapping. */
export function readWorkflow(file: string, text: string): WorkflowSkeleton | undefined {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (!parsed.value)
    return errors.length > 0 ? { file, text, errors, triggers: {}, jobs: [] } : undefined
  const doc = record(plainOf(parsed.value))
  const on = doc.on
  const triggers =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((name) => [String(name), null]))
        : record(on)
  const jobs = Object.entries(record(doc.jobs)).map(([id, value]): JobSkeleton => {
    const job = record(value)
    return {
      id,
      if: typeof job.if === 'string' ? job.if : undefined,
      uses: typeof job.uses === 'string' ? job.uses : undefined,
      with: record(job.with),
      steps: (Array.isArray(job.steps) ? job.steps : []).map((step) => {
        const s = record(step)
        return {
          uses: typeof s.uses === 'string' ? s.uses : undefined,
          run: typeof s.run === 'string' ? s.run : undefined,
          with: record(s.with)
        }
      })
    }
  })
  return { file, text, errors, triggers, jobs }
}

/** A release tag the doctor asks the workflows about. */
const SAMPLE_TAG = 'v1.2.3'

const tagFacts = new WeakMap<WorkflowSkeleton, TagWorkflow | undefined>()

/** What a push of a release tag does to the workflow, as tag-release reads it (repository-workflows.ts). */
function onTag(workflow: WorkflowSkeleton): TagWorkflow | undefined {
  if (!tagFacts.has(workflow)) {
    let facts: TagWorkflow | undefined
    try {
      facts = tagWorkflow(workflow.file, workflow.text, SAMPLE_TAG)
    } catch {
      facts = undefined // not YAML: the schema item reports it
    }
    tagFacts.set(workflow, facts)
  }
  return tagFacts.get(workflow)
}

/** Whether a push of a release tag (v1.2.3) starts the workflow. */
export function runsOnTagPush(workflow: WorkflowSkeleton): boolean {
  return onTag(workflow)?.onTagPush ?? false
}

/**
 * Whether the workflow publishes only for a push event: it tests
 * `github.event_name == 'push'` and never `workflow_dispatch`. Dispatched on
 * the tag, such a workflow runs and publishes nothing (the operator's
 * image-build.yaml).
 */
export function publishesOnPushOnly(workflow: WorkflowSkeleton): boolean {
  const tests = (event: string) =>
    new RegExp(`event_name\\s*(\\}\\}\\s*)?==\\s*['"]${event}['"]`).test(workflow.text)
  return tests('push') && !tests('workflow_dispatch')
}

/** Whether tag-release can dispatch the workflow on the tag: workflow_dispatch with no required input. */
export function acceptsDispatch(workflow: WorkflowSkeleton): boolean {
  return onTag(workflow)?.dispatchable ?? false
}

/** The jobs that make a GitHub release of the tag (softprops/action-gh-release, `gh release create`). */
export function releaseCreators(workflow: WorkflowSkeleton): string[] {
  return (onTag(workflow)?.releaseJobs ?? []).map((job) => `${workflow.file} job ${job}`)
}

/** The images the workflow pushes with the tag's name, as post-release reads them (repository-workflows.ts). */
export function imagesPushedForTag(workflow: WorkflowSkeleton): string[] {
  return imagesPublishedForTag(workflow.text).tagged
}

/** The `uses: owner/repo/...@ref` lines of the workflow that call release-actions. */
export function releaseActionsCalls(workflow: WorkflowSkeleton): string[] {
  return [
    ...workflow.jobs.map((job) => job.uses),
    ...workflow.jobs.flatMap((job) => job.steps.map((step) => step.uses))
  ].filter((uses): uses is string => Boolean(uses?.startsWith('bpfman/release-actions')))
}
