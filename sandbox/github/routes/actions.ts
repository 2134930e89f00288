import { parse as parseYaml } from 'yaml'
import { Emulation, booleanField, integerParam, stringField } from '../emulation.js'
import {
  HttpError,
  bodyOf,
  json,
  noContent,
  notFound,
  paginate,
  refused,
  type RequestContext,
  type Router
} from '../router.js'
import {
  repoKey,
  syntheticSha,
  timestamp,
  type RepoRecord,
  type WorkflowRecord,
  type WorkflowRunRecord
} from '../state.js'

const DOCS_DISPATCH =
  'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event'
const STATUSES = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
  'action_required'
]

/**
 * workflow_dispatch and the runs it records. Nothing runs: a test moves a run
 * along with `emulator.state.setRunStatus(id, 'completed', 'success')`.
 */
export function registerActionRoutes(router: Router, emulation: Emulation): void {
  router.add(
    'POST',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    (request) => dispatch(emulation, request)
  )

  router.add(
    'GET',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    async (request) => {
      const repo = emulation.repo(request)
      const workflow =
        findWorkflow(emulation, repo, request.params.workflow_id) ??
        (await workflowOnDefaultBranch(emulation, repo, request.params.workflow_id))
      if (!workflow) throw notFound()
      return listRuns(emulation, repo, request, (run) => run.workflowId === workflow.id)
    }
  )

  router.add('GET', '/repos/{owner}/{repo}/actions/runs', (request) => {
    const repo = emulation.repo(request)
    const key = repoKey(repo.owner, repo.name)
    return listRuns(emulation, repo, request, (run) => run.repoKey === key)
  })

  router.add('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', async (request) => {
    const repo = emulation.repo(request)
    const run = emulation.state.run(integerParam(request, 'run_id'))
    if (!run || run.repoKey !== repoKey(repo.owner, repo.name)) throw notFound()
    return json(200, await runView(emulation, repo, run))
  })
}

/** The runs `of` selects, filtered by the query as GitHub filters them, newest first. */
async function listRuns(
  emulation: Emulation,
  repo: RepoRecord,
  request: RequestContext,
  of: (run: WorkflowRunRecord) => boolean
) {
  const { query } = request
  const status = query.get('status')
  const runs = emulation.state.workflowRuns
    .filter(of)
    .filter((run) => !query.get('event') || run.event === query.get('event'))
    .filter((run) => !query.get('branch') || run.headBranch === query.get('branch'))
    .filter((run) => !query.get('head_sha') || run.headSha === query.get('head_sha'))
    .filter((run) => !query.get('actor') || run.actor === query.get('actor'))
    .filter(
      (run) =>
        !status || (STATUSES.includes(status) ? run.status === status : run.conclusion === status)
    )
    .sort((a, b) => b.id - a.id)
  const page = paginate(request, emulation.baseUrl, runs)
  const views = await Promise.all(page.json.map((run) => runView(emulation, repo, run)))
  return { ...page, json: { total_count: runs.length, workflow_runs: views } }
}

async function runView(emulation: Emulation, repo: RepoRecord, run: WorkflowRunRecord) {
  const git = emulation.git(repo)
  const head =
    git && (await git.resolveCommit(run.headSha)) ? await git.commit(run.headSha) : undefined
  return emulation.views.workflowRun(run, head)
}

/** A workflow by numeric id or file name, as GitHub accepts either. */
function findWorkflow(
  emulation: Emulation,
  repo: RepoRecord,
  id: string
): WorkflowRecord | undefined {
  const key = repoKey(repo.owner, repo.name)
  if (/^\d+$/.test(id))
    return emulation.state.workflows.find((w) => w.repoKey === key && w.id === Number(id))
  const path = id.startsWith('.github/') ? id : `.github/workflows/${id}`
  return emulation.state.workflows.find((w) => w.repoKey === key && w.path === path)
}

interface WorkflowFile {
  name?: string
  runName?: string
  /** undefined when the file has no workflow_dispatch trigger */
  inputs?: Record<string, { required?: boolean; default?: unknown }>
}

/**
 * GitHub knows a workflow from its file on the default branch before it ever
 * ran: listing its runs answers an empty list, not 404.
 */
async function workflowOnDefaultBranch(emulation: Emulation, repo: RepoRecord, file: string) {
  if (/^\d+$/.test(file)) return undefined
  const key = repoKey(repo.owner, repo.name)
  const git = emulation.git(repo)
  if (!git) return repo.workflows.includes(file) ? emulation.state.workflow(key, file) : undefined
  const headSha = await resolveRef(emulation, repo, repo.defaultBranch)
  const text = await git.readFile(headSha, `.github/workflows/${file}`)
  if (text === undefined && !repo.workflows.includes(file)) return undefined
  const name = text === undefined ? undefined : (parseYaml(text) as { name?: unknown } | null)?.name
  return emulation.state.workflow(key, file, typeof name === 'string' ? name : undefined)
}

async function dispatch(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const key = repoKey(repo.owner, repo.name)
  const body = bodyOf(request)
  const ref = stringField(body, 'ref')
  if (!ref) throw invalid(`Invalid request.\n\n"ref" wasn't supplied.`)
  const inputs = (body.inputs ?? {}) as Record<string, unknown>
  if (typeof inputs !== 'object' || Array.isArray(inputs))
    throw invalid(`Invalid request.\n\nFor 'inputs', it is not an object.`)

  let file = request.params.workflow_id
  if (/^\d+$/.test(file)) {
    const known = findWorkflow(emulation, repo, file)
    if (!known) throw notFound()
    file = known.path.replace('.github/workflows/', '')
  }
  const git = emulation.git(repo)
  const headSha = git ? await resolveRef(emulation, repo, ref) : syntheticSha(`${key}@${ref}`)
  const workflowFile = git ? await readWorkflow(emulation, repo, headSha, file) : undefined
  // Without a gitDir there is no file to read, so any workflow is taken as existing.
  if (git && !workflowFile && !repo.workflows.includes(file)) throw notFound()
  if (workflowFile) checkInputs(workflowFile, inputs)

  const workflow = emulation.state.workflow(key, file, workflowFile?.name)
  const displayTitle = workflowFile?.runName
    ? expand(workflowFile.runName, inputs, ref)
    : (workflowFile?.name ?? workflow.name)
  const run = emulation.state.addWorkflowRun(repo.owner, repo.name, {
    workflow: file,
    event: 'workflow_dispatch',
    headBranch: ref.replace(/^refs\/(heads|tags)\//, ''),
    headSha,
    status: 'queued',
    displayTitle,
    actor: request.login,
    inputs
  })
  emulation.state.dispatches.push({
    repoKey: key,
    workflow: file,
    ref,
    inputs,
    runId: run.id,
    at: timestamp()
  })
  emulation.state.addEvent({
    repoKey: key,
    name: 'workflow_dispatch',
    ref,
    sha: headSha,
    runId: run.id,
    madeWith: request.madeWith ?? 'user',
    actor: request.login
  })
  if (booleanField(body, 'return_run_details')) {
    return json(200, {
      workflow_run_id: run.id,
      run_url: `${emulation.views.repoUrl(repo)}/actions/runs/${run.id}`,
      html_url: `${emulation.views.repoWeb(repo)}/actions/runs/${run.id}`
    })
  }
  return noContent()
}

function invalid(message: string): HttpError {
  return refused(422, message, DOCS_DISPATCH)
}

async function resolveRef(emulation: Emulation, repo: RepoRecord, ref: string): Promise<string> {
  const git = emulation.requireGit(repo)
  const short = ref.replace(/^refs\/(heads|tags)\//, '')
  const sha = ref.startsWith('refs/')
    ? await git.resolveCommit(ref)
    : ((await git.branchSha(short)) ?? (await git.tagSha(short)))
  if (!sha) throw invalid(`No ref found for: ${ref}`)
  return sha
}

/** The workflow file at the dispatched commit; GitHub answers 404 for a file that is not there. */
async function readWorkflow(
  emulation: Emulation,
  repo: RepoRecord,
  sha: string,
  file: string
): Promise<WorkflowFile | undefined> {
  const text = await emulation.requireGit(repo).readFile(sha, `.github/workflows/${file}`)
  if (text === undefined) return undefined
  const doc = parseYaml(text) as Record<string, unknown> | null
  const on = doc?.on
  const triggers =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((t) => [t, null]))
        : (on ?? {})
  if (!Object.prototype.hasOwnProperty.call(triggers, 'workflow_dispatch')) {
    throw invalid("Workflow does not have 'workflow_dispatch' trigger")
  }
  const dispatchConfig = (triggers as Record<string, { inputs?: WorkflowFile['inputs'] } | null>)
    .workflow_dispatch
  return {
    name: typeof doc?.name === 'string' ? doc.name : undefined,
    runName: typeof doc?.['run-name'] === 'string' ? (doc['run-name'] as string) : undefined,
    inputs: dispatchConfig?.inputs ?? {}
  }
}

function checkInputs(workflow: WorkflowFile, inputs: Record<string, unknown>): void {
  const declared = workflow.inputs ?? {}
  const unexpected = Object.keys(inputs).filter((name) => !(name in declared))
  if (unexpected.length > 0)
    throw invalid(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
  for (const [name, config] of Object.entries(declared)) {
    if (config?.required && config.default === undefined && inputs[name] === undefined) {
      throw invalid(`Required input '${name}' not provided`)
    }
  }
}

/** run-name with the expressions a dispatch title uses: inputs.* and github.ref_name. */
/** A run-name's expressions: `inputs.X`, `github.ref_name`, 'literals', and `a || b` (the first non-empty). */
function expand(template: string, inputs: Record<string, unknown>, ref: string): string {
  const operand = (text: string): string => {
    const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(text)
    if (input) return String(inputs[input[1]] ?? '')
    if (text === 'github.ref_name') return ref.replace(/^refs\/(heads|tags)\//, '')
    const literal = /^'(.*)'$/.exec(text)
    return literal ? literal[1] : ''
  }
  return template.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    for (const part of expression.split('||')) {
      const value = operand(part.trim())
      if (value) return value
    }
    return ''
  })
}
