// What a repository's own workflows publish for a release tag, read from their
// text: the images its image workflow pushes with the tag, and whether any
// workflow publishes crates. post-release checks what this finds, so that its
// defaults follow the tree it runs on (bpfman at v0.6.0 and today differ).
import { parse } from './yaml.js'

export interface PublishedImages {
  /** Images pushed with the release tag: registry/repository/image. */
  tagged: string[]
  /** Images pushed only as `:latest` (no tag of their own for a release). */
  latestOnly: string[]
}

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const DEFAULT_REGISTRY = 'quay.io'

/** `${{ matrix.image.x }}` and `${{ env.X }}` put in, the way the runner would. */
function substitute(text: string, matrix: Node, env: Node): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, path: string) => {
    const [scope, ...rest] = path.split('.')
    if (scope === 'env' && rest.length === 1 && typeof env[rest[0]] === 'string')
      return env[rest[0]] as string
    if (scope !== 'matrix') return whole
    let value: unknown = matrix
    for (const key of rest) value = isNode(value) ? value[key] : undefined
    return typeof value === 'string' ? value : whole
  })
}

/** docker/metadata-action `tags:` that give a tag push its own tag. */
function tagsTheRelease(tags: string): boolean {
  return tags
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .some((line) => /^type=(ref,\s*event=tag|semver)\b/.test(line))
}

/** The matrix combinations of a job: its `include` list, or each list value of one key. */
function combinations(job: Node): Node[] {
  const matrix = isNode(job.strategy) ? job.strategy.matrix : undefined
  if (!isNode(matrix)) return [{}]
  const out: Node[] = []
  for (const [key, value] of Object.entries(matrix)) {
    if (!Array.isArray(value)) continue
    for (const entry of value)
      out.push(key === 'include' && isNode(entry) ? entry : { [key]: entry })
  }
  return out.length > 0 ? out : [{}]
}

/**
 * The images a workflow pushes for a tag: each docker/metadata-action step's
 * `images` for each matrix combination, when its `tags` tag a tag push; and
 * images named with `:latest` in a job's script that no tagged step pushes
 * (bpfman's daemon image on main, built by `make build-image`).
 */
export function imagesPublishedForTag(workflow: string): PublishedImages {
  const doc: unknown = parse(workflow)
  const tagged = new Set<string>()
  const latest = new Set<string>()
  if (!isNode(doc) || !isNode(doc.jobs)) return { tagged: [], latestOnly: [] }
  const env = isNode(doc.env) ? doc.env : {}
  const registry = typeof env.IMAGE_REGISTRY === 'string' ? env.IMAGE_REGISTRY : DEFAULT_REGISTRY
  for (const job of Object.values(doc.jobs)) {
    if (!isNode(job) || !Array.isArray(job.steps)) continue
    for (const step of job.steps) {
      if (!isNode(step)) continue
      const uses = typeof step.uses === 'string' ? step.uses : ''
      const inputs = isNode(step.with) ? step.with : {}
      if (uses.startsWith('docker/metadata-action@') && typeof inputs.images === 'string') {
        for (const combination of combinations(job)) {
          const matrix = { ...combination }
          const tags = substitute(String(inputs.tags ?? ''), matrix, env)
          if (!tagsTheRelease(tags)) continue
          for (const image of substitute(inputs.images, matrix, env).split(/[\s,]+/))
            if (image && !image.includes('${{')) tagged.add(image)
        }
      }
      if (typeof step.run === 'string') {
        const script = step.run.replace(/\$\{?IMAGE_REGISTRY\}?/g, registry)
        for (const match of script.matchAll(
          /([a-z0-9.-]+\.[a-z]{2,}(?::\d+)?\/[\w./-]+):latest\b/g
        ))
          latest.add(match[1])
      }
    }
  }
  return {
    tagged: [...tagged].sort(),
    latestOnly: [...latest].filter((image) => !tagged.has(image)).sort()
  }
}

/** The images of a repository's workflows together: each image with the workflow file that pushes it. */
export interface WorkflowImages {
  /** Pushed with the release tag, by file name. */
  tagged: Map<string, string>
  /** Pushed as `:latest` only by every workflow that names it. */
  latestOnly: Map<string, string>
  /** The files that are not valid YAML, not read. */
  unread: string[]
}

/** What `imagesPublishedForTag` finds in each workflow (file name -> text), put together. */
export function imagesPublishedByWorkflows(workflows: ReadonlyMap<string, string>): WorkflowImages {
  const tagged = new Map<string, string>()
  const latest = new Map<string, string>()
  const unread: string[] = []
  for (const [file, text] of workflows) {
    let published: PublishedImages
    try {
      published = imagesPublishedForTag(text)
    } catch {
      unread.push(file)
      continue
    }
    for (const image of published.tagged) if (!tagged.has(image)) tagged.set(image, file)
    for (const image of published.latestOnly) if (!latest.has(image)) latest.set(image, file)
  }
  const latestOnly = new Map([...latest].filter(([image]) => !tagged.has(image)))
  return { tagged, latestOnly, unread }
}

/** Whether a workflow publishes crates: a `cargo publish` in a script. */
export function publishesCrates(workflow: string): boolean {
  return /\bcargo\s+publish\b/.test(workflow.replace(/#.*$/gm, ''))
}

/** What a workflow of the repository does when a release tag is pushed. */
export interface TagWorkflow {
  /** The file name under .github/workflows/. */
  file: string
  /** A push of the tag starts it. */
  onTagPush: boolean
  /** It declares workflow_dispatch with no required input: it can be started on the tag by hand or by the chain. */
  dispatchable: boolean
  /** Its jobs that create the GitHub release of the tag (softprops/action-gh-release, `gh release create`). */
  releaseJobs: string[]
}

/**
 * GitHub's filter patterns (on.push.tags, branches...): `*` within a path
 * segment, `**` across, `?`, and `!` to exclude; no patterns match everything.
 */
export function matchesFilters(value: string, patterns: unknown): boolean {
  if (patterns === undefined) return true
  let matched = false
  for (const pattern of [patterns].flat().map(String)) {
    const negated = pattern.startsWith('!')
    const source = (negated ? pattern.slice(1) : pattern)
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*\*/g, '\uffff')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '.')
      .replace(/\uffff/g, '.*')
    if (new RegExp(`^${source}$`).test(value)) matched = !negated
  }
  return matched
}

function eventsOf(on: unknown): Node {
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [String(event), null]))
  return isNode(on) ? on : {}
}

/** Whether a push of `tag` starts a workflow with this `on.push` filter. */
function pushStartsFor(push: unknown, tag: string): boolean {
  const filter = isNode(push) ? push : {}
  if (filter.tags === undefined && filter['tags-ignore'] === undefined)
    return filter.branches === undefined && filter['branches-ignore'] === undefined
  if (filter.tags !== undefined && !matchesFilters(tag, filter.tags)) return false
  return filter['tags-ignore'] === undefined || !matchesFilters(tag, filter['tags-ignore'])
}

/**
 * What the workflow does for a push of `tag` (v0.6.1): whether it runs, whether
 * it may be dispatched on the tag instead, and which jobs make the release.
 * Read from the YAML as written; a job's `if:` is not evaluated.
 */
export function tagWorkflow(file: string, text: string, tag: string): TagWorkflow {
  const doc: unknown = parse(text)
  const root = isNode(doc) ? doc : {}
  const on = eventsOf(root.on)
  const dispatch = on.workflow_dispatch
  const inputs = isNode(dispatch) && isNode(dispatch.inputs) ? dispatch.inputs : {}
  const requiredInput = Object.values(inputs).some(
    (input) => isNode(input) && input.required === true && input.default === undefined
  )
  const releaseJobs = Object.entries(isNode(root.jobs) ? root.jobs : {})
    .filter(([, job]) =>
      (isNode(job) && Array.isArray(job.steps) ? job.steps : []).some(
        (step) =>
          isNode(step) &&
          ((typeof step.uses === 'string' &&
            step.uses.startsWith('softprops/action-gh-release@')) ||
            (typeof step.run === 'string' && /\bgh\s+release\s+create\b/.test(step.run)))
      )
    )
    .map(([id]) => id)
  return {
    file,
    onTagPush: 'push' in on && pushStartsFor(on.push, tag),
    dispatchable: 'workflow_dispatch' in on && !requiredInput,
    releaseJobs
  }
}
