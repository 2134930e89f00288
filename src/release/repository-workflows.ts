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

/** Whether a workflow publishes crates: a `cargo publish` in a script. */
export function publishesCrates(workflow: string): boolean {
  return /\bcargo\s+publish\b/.test(workflow.replace(/#.*$/gm, ''))
}
