import { parse as parseYaml } from 'yaml'

/**
 * The skeleton of a workflow file that the doctor reads: triggers, jobs,
 * their `uses:` and `with:`, and the images a docker/metadata matrix names.
 *
 * Read with `yaml`, not @actions/workflow-parser: the parser is a
 * devDependency that imports its JSON schema without an import attribute, so
 * the CLI would need it moved to dependencies and bundled; the doctor needs
 * only the skeleton, which plain YAML gives (expressions are matched as text).
 */
export interface WorkflowSkeleton {
  /** The file name under .github/workflows/. */
  file: string
  text: string
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
  matrixImages: Record<string, unknown>[]
}

type Doc = Record<string, unknown>

function record(value: unknown): Doc {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
}

/** A workflow file's skeleton; undefined when it is not YAML with jobs. */
export function readWorkflow(file: string, text: string): WorkflowSkeleton | undefined {
  let doc: Doc
  try {
    doc = record(parseYaml(text))
  } catch {
    return undefined
  }
  const on = doc.on ?? doc.true
  const triggers =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((name) => [String(name), null]))
        : record(on)
  const jobs = Object.entries(record(doc.jobs)).map(([id, value]): JobSkeleton => {
    const job = record(value)
    const matrix = record(record(job.strategy).matrix)
    const images = Array.isArray(matrix.image) ? matrix.image.map(record) : []
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
      }),
      matrixImages: images
    }
  })
  return { file, text, triggers, jobs }
}

/** Whether a push of tag v1.2.3 starts the workflow. */
export function runsOnTagPush(workflow: WorkflowSkeleton): boolean {
  if (!('push' in workflow.triggers)) return false
  const push = record(workflow.triggers.push)
  const tags = push.tags
  if (tags === undefined) return push.branches === undefined && push['tags-ignore'] === undefined
  return (Array.isArray(tags) ? tags : [tags]).some((pattern) =>
    /^v?\*|^v\d|^\*/.test(String(pattern))
  )
}

export function acceptsDispatch(workflow: WorkflowSkeleton): boolean {
  return 'workflow_dispatch' in workflow.triggers
}

/** The jobs' steps that make a GitHub release of the tag (softprops/action-gh-release, `gh release create`). */
export function releaseCreators(workflow: WorkflowSkeleton): string[] {
  return workflow.jobs.flatMap((job) =>
    job.steps.some(
      (step) =>
        step.uses?.startsWith('softprops/action-gh-release') ||
        /\bgh release create\b/.test(step.run ?? '')
    )
      ? [`${workflow.file} job ${job.id}`]
      : []
  )
}

/**
 * The images the workflow pushes with the tag's name: each matrix entry whose
 * metadata tags include `type=ref,event=tag` (or a `type=semver` pattern), as
 * registry/repository/image.
 */
export function imagesPushedForTag(workflow: WorkflowSkeleton, registry = 'quay.io'): string[] {
  const envRegistry = /IMAGE_REGISTRY:\s*([\w.-]+)/.exec(workflow.text)?.[1] ?? registry
  return workflow.jobs.flatMap((job) =>
    job.matrixImages
      .filter((entry) => /event=tag|type=semver/.test(String(entry.tags ?? '')))
      .map(
        (entry) =>
          `${typeof entry.registry === 'string' ? entry.registry : envRegistry}/${String(entry.repository)}/${String(entry.image)}`
      )
  )
}

/** The `uses: owner/repo/...@ref` lines of the workflow that call release-actions. */
export function releaseActionsCalls(workflow: WorkflowSkeleton): string[] {
  return [
    ...workflow.jobs.map((job) => job.uses),
    ...workflow.jobs.flatMap((job) => job.steps.map((step) => step.uses))
  ].filter((uses): uses is string => Boolean(uses?.startsWith('bpfman/release-actions')))
}
