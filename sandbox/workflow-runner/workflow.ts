/**
 * A workflow file read with @actions/workflow-parser: the parser checks it
 * against GitHub's workflow schema and converts `on:` and the jobs' `needs`;
 * the rest (`with:`, `permissions:`, `run-name:`...) is read from the same
 * token tree, since the converted model leaves it out.
 */
import { readFileSync } from 'node:fs'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  parseWorkflow
} from '@actions/workflow-parser'
import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template'
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { conditionText } from './expressions.js'

/** `permissions:` as scope -> read|write|none; `{}` is no permission at all. */
export type Permissions = Record<string, 'read' | 'write' | 'none'>

export const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
]

export interface StepDef {
  /** 1-based, as the log counts steps. */
  index: number
  id?: string
  name?: TemplateToken
  if: string
  uses?: string
  run?: TemplateToken
  shell?: string
  workingDirectory?: TemplateToken
  with?: TemplateToken
  env?: TemplateToken
  continueOnError?: TemplateToken
  timeoutMinutes?: TemplateToken
}

/** `defaults: run:` of a workflow or job. */
export interface RunDefaults {
  shell?: string
  workingDirectory?: string
}

export interface JobDef {
  id: string
  name?: TemplateToken
  needs: string[]
  if: string
  permissions?: Permissions
  env?: TemplateToken
  defaults: RunDefaults
  outputs?: MappingToken
  concurrency?: TemplateToken
  /** `strategy:` with its `matrix`: the job runs once per leg. */
  strategy?: TemplateToken
  steps: StepDef[]
  /** A reusable workflow the job calls. */
  uses?: string
  with?: TemplateToken
  secrets?: TemplateToken | 'inherit'
}

export interface WorkflowCallInput {
  type: 'string' | 'boolean' | 'number'
  required: boolean
  default?: TemplateToken
}

export interface WorkflowDef {
  /** The file on disk. */
  file: string
  /** How messages name it: `prepare-release.yml`, or `owner/repo/.github/workflows/x.yml@ref`. */
  label: string
  name?: string
  runName?: TemplateToken
  events: EventsConfig
  permissions?: Permissions
  concurrency?: TemplateToken
  env?: TemplateToken
  defaults: RunDefaults
  jobs: JobDef[]
  /** on.workflow_call, read from the tokens: typed inputs, secrets, outputs. */
  call?: {
    inputs: Record<string, WorkflowCallInput>
    secrets: Record<string, { required: boolean }>
    outputs: Record<string, TemplateToken>
  }
}

function entries(token: TemplateToken | undefined): [string, TemplateToken][] {
  if (!token || !isMapping(token)) return []
  const out: [string, TemplateToken][] = []
  for (const pair of token) out.push([pair.key.toString(), pair.value])
  return out
}

function literal(token: TemplateToken | undefined): string | undefined {
  return token && isString(token) ? token.value : undefined
}

function permissionsOf(token: TemplateToken, where: string): Permissions {
  if (isString(token)) {
    const all = { 'read-all': 'read', 'write-all': 'write' }[token.value] as
      'read' | 'write' | undefined
    if (!all) throw new Error(`${where}: permissions: ${token.value} is not read-all or write-all`)
    return Object.fromEntries(PERMISSION_SCOPES.map((scope) => [scope, all]))
  }
  const out: Permissions = {}
  for (const [scope, value] of entries(token)) {
    const level = literal(value)
    if (level !== 'read' && level !== 'write' && level !== 'none')
      throw new Error(`${where}: permissions.${scope} must be read, write or none`)
    out[scope] = level
  }
  return out
}

function readDefaults(token: TemplateToken | undefined): RunDefaults {
  const run = new Map(entries(new Map(entries(token)).get('run')))
  const out: RunDefaults = {}
  const shell = literal(run.get('shell'))
  const directory = literal(run.get('working-directory'))
  if (shell) out.shell = shell
  if (directory) out.workingDirectory = directory
  return out
}

function readSteps(token: TemplateToken | undefined): StepDef[] {
  if (!token || !isSequence(token)) return []
  const steps: StepDef[] = []
  let index = 0
  for (const item of token) {
    const fields = new Map(entries(item))
    steps.push({
      index: ++index,
      id: literal(fields.get('id')),
      name: fields.get('name'),
      if: conditionText(fields.get('if')),
      uses: literal(fields.get('uses')),
      run: fields.get('run'),
      shell: literal(fields.get('shell')),
      workingDirectory: fields.get('working-directory'),
      with: fields.get('with'),
      env: fields.get('env'),
      continueOnError: fields.get('continue-on-error'),
      timeoutMinutes: fields.get('timeout-minutes')
    })
  }
  return steps
}

function readCall(on: TemplateToken | undefined): WorkflowDef['call'] {
  const listed =
    on !== undefined &&
    (isString(on)
      ? on.value === 'workflow_call'
      : isSequence(on) && [...on].some((item) => isString(item) && item.value === 'workflow_call'))
  const mapped = new Map(entries(on))
  if (!listed && !mapped.has('workflow_call')) return undefined
  const fields = new Map(entries(mapped.get('workflow_call')))
  const inputs: Record<string, WorkflowCallInput> = {}
  for (const [name, definition] of entries(fields.get('inputs'))) {
    const input = new Map(entries(definition))
    const type = literal(input.get('type')) ?? 'string'
    if (type !== 'string' && type !== 'boolean' && type !== 'number')
      throw new Error(
        `on.workflow_call.inputs.${name}: type ${type} is not string, boolean or number`
      )
    const required = input.get('required')
    inputs[name] = {
      type,
      required: required !== undefined && required.toString() === 'true',
      default: input.get('default')
    }
  }
  const secrets: Record<string, { required: boolean }> = {}
  for (const [name, definition] of entries(fields.get('secrets'))) {
    const required = new Map(entries(definition)).get('required')
    secrets[name] = { required: required !== undefined && required.toString() === 'true' }
  }
  const outputs: Record<string, TemplateToken> = {}
  for (const [name, definition] of entries(fields.get('outputs'))) {
    const value = new Map(entries(definition)).get('value')
    if (value) outputs[name] = value
  }
  return { inputs, secrets, outputs }
}

/** Reads and checks a workflow file; an error names the file and says what is wrong. */
export async function loadWorkflow(file: string, label: string): Promise<WorkflowDef> {
  const content = readFileSync(file, 'utf8')
  const parsed = parseWorkflow({ name: label, content }, new NoOperationTraceWriter())
  const problems = parsed.context.errors.getErrors().map((error) => error.message)
  if (!parsed.value || problems.length > 0)
    throw new Error(`workflow ${label} is not valid:\n  ${problems.join('\n  ')}`)
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length)
    throw new Error(
      `workflow ${label} is not valid:\n  ${template.errors.map((e) => e.Message).join('\n  ')}`
    )
  const root = new Map(entries(parsed.value))
  const jobs: JobDef[] = []
  const converted = new Map(template.jobs.map((job) => [job.id.value, job]))
  for (const [id, token] of entries(root.get('jobs'))) {
    const fields = new Map(entries(token))
    const where = `workflow ${label}, job ${id}`
    if (fields.has('strategy') && fields.has('uses'))
      throw new Error(
        `${where}: a matrix of a reusable workflow is not supported by the local runner`
      )
    const secrets = fields.get('secrets')
    const permissions = fields.get('permissions')
    jobs.push({
      id,
      name: fields.get('name'),
      needs: (converted.get(id)?.needs ?? []).map((need) => need.value),
      if: conditionText(fields.get('if')),
      permissions: permissions ? permissionsOf(permissions, where) : undefined,
      env: fields.get('env'),
      defaults: readDefaults(fields.get('defaults')),
      outputs: fields.get('outputs') as MappingToken | undefined,
      concurrency: fields.get('concurrency'),
      strategy: fields.get('strategy'),
      steps: readSteps(fields.get('steps')),
      uses: literal(fields.get('uses')),
      with: fields.get('with'),
      secrets: secrets && isString(secrets) && secrets.value === 'inherit' ? 'inherit' : secrets
    })
  }
  const permissions = root.get('permissions')
  return {
    file,
    label,
    name: literal(root.get('name')),
    runName: root.get('run-name'),
    events: template.events,
    permissions: permissions ? permissionsOf(permissions, `workflow ${label}`) : undefined,
    concurrency: root.get('concurrency'),
    env: root.get('env'),
    defaults: readDefaults(root.get('defaults')),
    jobs,
    call: readCall(root.get('on'))
  }
}
