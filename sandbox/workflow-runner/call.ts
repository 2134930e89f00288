/**
 * The interface of a reusable workflow, as GitHub holds a caller to it before
 * the run starts: only declared inputs and secrets, required ones given,
 * inputs of their declared type, defaults applied. A required input's default
 * never stands in for it: GitHub refuses a caller that leaves it out, with
 * "Input X is required, but not provided while calling." (reported in
 * rhysd/actionlint#154 and protocol/.github#469).
 */
import { isMapping, isString } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { type Contexts, evaluateMapping, evaluateToken } from './expressions.js'
import type { WorkflowDef } from './workflow.js'

type Interface = NonNullable<WorkflowDef['call']>

function notProvided(where: string, name: string): Error {
  return new Error(`${where}: Input ${name} is required, but not provided while calling.`)
}

function declared(where: string, uses: string, kind: string, names: string[], of: object): void {
  const undeclared = names.filter((name) => !(name in of))
  if (undeclared.length === 0) return
  const list = Object.keys(of).join(', ') || 'none'
  throw new Error(
    `${where}: ${uses} does not declare ${kind}${undeclared.length > 1 ? 's' : ''} ${undeclared.join(', ')} (it declares: ${list})`
  )
}

/** The `inputs` context of the called workflow, from the caller job's `with:`. */
export function calledInputs(
  where: string,
  uses: string,
  call: Interface,
  given: TemplateToken | undefined,
  callerContexts: Contexts,
  defaultContexts: Contexts
): Record<string, unknown> {
  const values = (given ? evaluateToken(given, callerContexts) : {}) as Record<string, unknown>
  declared(where, uses, 'input', Object.keys(values), call.inputs)
  const inputs: Record<string, unknown> = {}
  for (const [name, input] of Object.entries(call.inputs)) {
    if (input.required && !(name in values)) throw notProvided(where, name)
    // An expression that comes to null (`inputs.x` on a pull_request) is an input not given.
    let value: unknown = values[name] === null ? undefined : values[name]
    if (value === undefined && input.default) value = evaluateToken(input.default, defaultContexts)
    if (value === undefined)
      value = input.type === 'boolean' ? false : input.type === 'number' ? 0 : ''
    if (input.type === 'boolean' && typeof value === 'string' && /^(true|false)$/.test(value))
      value = value === 'true'
    if (
      input.type === 'number' &&
      typeof value === 'string' &&
      value.trim() !== '' &&
      !Number.isNaN(Number(value))
    )
      value = Number(value)
    if (typeof value !== input.type)
      throw new Error(
        `${where}: input ${name} of ${uses} is a ${input.type}, got ${JSON.stringify(value)}`
      )
    inputs[name] = value
  }
  return inputs
}

/** The `secrets` context of the called workflow: `secrets: inherit`, or the caller job's `secrets:`. */
export function calledSecrets(
  where: string,
  uses: string,
  call: Interface,
  given: TemplateToken | 'inherit' | undefined,
  callerContexts: Contexts & { secrets: Record<string, string> }
): Record<string, string> {
  let secrets: Record<string, string>
  if (given === 'inherit') {
    secrets = { ...callerContexts.secrets }
  } else {
    secrets = evaluateMapping(given, callerContexts)
    declared(where, uses, 'secret', Object.keys(secrets), call.secrets)
  }
  for (const [name, secret] of Object.entries(call.secrets)) {
    if (secret.required && !secrets[name])
      throw new Error(`${where}: secret ${name} of ${uses} is required`)
  }
  return secrets
}

/** The keys of a `with:` or `secrets:` mapping, as written. */
function keysOf(token: TemplateToken | undefined): string[] {
  if (!token || !isMapping(token)) return []
  const keys: string[] = []
  for (const pair of token) if (isString(pair.key)) keys.push(pair.key.value)
  return keys
}

/**
 * The caller job's `with:` and `secrets:` against the called workflow's
 * interface, before any job runs: only declared names, and every required
 * input given, whether it has a default or not.
 */
export function checkInterface(
  where: string,
  uses: string,
  call: Interface,
  given: TemplateToken | undefined,
  secrets: TemplateToken | 'inherit' | undefined
): void {
  const inputs = keysOf(given)
  declared(where, uses, 'input', inputs, call.inputs)
  for (const [name, input] of Object.entries(call.inputs)) {
    if (input.required && !inputs.includes(name)) throw notProvided(where, name)
  }
  if (secrets !== 'inherit') declared(where, uses, 'secret', keysOf(secrets), call.secrets)
}
