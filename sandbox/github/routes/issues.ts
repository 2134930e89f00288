import { Emulation, integerParam, stringField } from '../emulation.js'
import {
  bodyOf,
  json,
  notFound,
  paginate,
  refused,
  validationFailed,
  type RequestContext,
  type Router
} from '../router.js'
import { repoKey, type LabelRecord, type PullRecord, type RepoRecord } from '../state.js'

const DOCS_LABEL = 'https://docs.github.com/rest/issues/labels#create-a-label'

/**
 * Labels of a repository and of its issues. The emulator's issues are its pull
 * requests (they share GitHub's numbering); other issue numbers are 404.
 */
export function registerIssueRoutes(router: Router, emulation: Emulation): void {
  router.add('GET', '/repos/{owner}/{repo}/labels', (request) => {
    const repo = emulation.repo(request)
    const labels = emulation.state.labelsOf(repoKey(repo.owner, repo.name))
    return paginate(
      request,
      emulation.baseUrl,
      labels.map((label) => emulation.views.label(label))
    )
  })

  router.add('POST', '/repos/{owner}/{repo}/labels', (request) => {
    const repo = emulation.repo(request)
    const body = bodyOf(request)
    const name = stringField(body, 'name')
    if (!name)
      throw validationFailed(
        [{ resource: 'Label', code: 'missing_field', field: 'name' }],
        DOCS_LABEL
      )
    if (findLabel(emulation, repo, name)) {
      throw validationFailed(
        [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        DOCS_LABEL
      )
    }
    const color = (stringField(body, 'color') ?? 'ededed').replace(/^#/, '')
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
      throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }], DOCS_LABEL)
    }
    const label = createLabel(
      emulation,
      repo,
      name,
      color,
      stringField(body, 'description') ?? null
    )
    return json(201, emulation.views.label(label))
  })

  router.add('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (request) => {
    const { pull } = issueOf(emulation, request)
    return paginate(request, emulation.baseUrl, issueLabels(emulation, pull))
  })

  router.add('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (request) => {
    const { repo, pull } = issueOf(emulation, request)
    for (const name of labelNames(request)) {
      const label =
        findLabel(emulation, repo, name) ?? createLabel(emulation, repo, name, 'ededed', null)
      if (!pull.labels.includes(label.name)) pull.labels.push(label.name)
    }
    return json(200, issueLabels(emulation, pull))
  })

  router.add('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', (request) => {
    const { pull } = issueOf(emulation, request)
    const index = pull.labels.findIndex(
      (name) => name.toLowerCase() === request.params.name.toLowerCase()
    )
    if (index < 0) throw refused(404, 'Label does not exist')
    pull.labels.splice(index, 1)
    return json(200, issueLabels(emulation, pull))
  })
}

function issueOf(
  emulation: Emulation,
  request: RequestContext
): { repo: RepoRecord; pull: PullRecord } {
  const repo = emulation.repo(request)
  const pull = emulation.state.pull(repo.owner, repo.name, integerParam(request, 'issue_number'))
  if (!pull) throw notFound()
  return { repo, pull }
}

function issueLabels(emulation: Emulation, pull: PullRecord) {
  const labels = emulation.state.labelsOf(pull.repoKey)
  return pull.labels
    .map((name) => labels.find((label) => label.name === name))
    .filter((label): label is LabelRecord => label !== undefined)
    .map((label) => emulation.views.label(label))
}

/** The body is `{labels: [...]}` or a bare array; entries are names or `{name}`. */
function labelNames(request: RequestContext): string[] {
  let raw: unknown = {}
  try {
    if (request.raw.length > 0) raw = JSON.parse(request.raw.toString('utf8'))
  } catch {
    throw refused(400, 'Problems parsing JSON')
  }
  const list = Array.isArray(raw) ? raw : (raw as { labels?: unknown }).labels
  if (!Array.isArray(list) || list.length === 0) {
    throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'labels' }])
  }
  return list.map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { name?: unknown }).name)
  )
}

function findLabel(emulation: Emulation, repo: RepoRecord, name: string): LabelRecord | undefined {
  return emulation.state
    .labelsOf(repoKey(repo.owner, repo.name))
    .find((label) => label.name.toLowerCase() === name.toLowerCase())
}

function createLabel(
  emulation: Emulation,
  repo: RepoRecord,
  name: string,
  color: string,
  description: string | null
): LabelRecord {
  const label: LabelRecord = {
    id: emulation.state.nextId('label'),
    repoKey: repoKey(repo.owner, repo.name),
    name,
    color: color.toLowerCase(),
    description,
    default: false
  }
  emulation.state.labels.push(label)
  return label
}
