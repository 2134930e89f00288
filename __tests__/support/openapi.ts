/**
 * Validates responses against GitHub's official OpenAPI description
 * (@octokit/openapi). The description is OpenAPI 3.0.3: `nullable: true`
 * instead of JSON Schema's null type, which is rewritten here for ajv.
 *
 * It reads generated/api.github.com.json (13 MB, about 0.15 s to parse) rather
 * than the dereferenced .deref.json (73 MB, about 0.7 s and several hundred MB
 * of heap per jest worker): the same description with its `$ref`s kept, which
 * we resolve ourselves, taking only the schemas an operation reaches.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'

type Schema = Record<string, unknown>

interface Operation {
  operationId: string
  method: string
  template: string
  pattern: RegExp
  literal: number
  responses: Record<string, Schema>
}

interface Description {
  openapi: string
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, Schema> }>
  >
  components: Record<string, Record<string, Schema>>
}

const require = createRequire(import.meta.url)
const METHODS = ['get', 'post', 'put', 'patch', 'delete']

let description: Description | undefined
let operations: Operation[] | undefined
const validators = new Map<string, ValidateFunction | null>()
const ajv = new Ajv({ strict: false, allErrors: true, logger: false })
;(
  ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as unknown as (
    instance: Ajv
  ) => void
)(ajv)

export function loadDescription(): Description {
  if (!description) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    description = JSON.parse(readFileSync(file, 'utf8')) as Description
    if (!description.openapi.startsWith('3.0.')) {
      throw new Error(`expected an OpenAPI 3.0 description (nullable), got ${description.openapi}`)
    }
  }
  return description
}

function operationIndex(): Operation[] {
  if (operations) return operations
  const doc = loadDescription()
  operations = []
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation?.operationId) continue
      let literal = 0
      const source = template.replace(/\{[^}]+\}|[^{]+/g, (part) => {
        if (part.startsWith('{')) return '([^/]+)'
        literal += part.length
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literal,
        responses: operation.responses ?? {}
      })
    }
  }
  // The most literal template wins: /releases/latest before /releases/{release_id}.
  operations.sort((a, b) => b.literal - a.literal)
  return operations
}

/** The operation a concrete request path belongs to (`/repos/o/r/pulls/1` -> pulls/get). */
export function findOperation(method: string, path: string): Operation {
  const pathname = path.startsWith('http') ? new URL(path).pathname : path.split('?')[0]
  const found = operationIndex().find(
    (op) => op.method === method.toUpperCase() && op.pattern.test(pathname)
  )
  if (!found)
    throw new Error(`no operation in GitHub's OpenAPI description for ${method} ${pathname}`)
  return found
}

/** The statuses GitHub documents for the operation of a request path. */
export function documentedStatuses(method: string, path: string): number[] {
  return Object.keys(findOperation(method, path).responses).map(Number)
}

/**
 * Errors of `body` against the schema GitHub documents for this operation and
 * status (empty when it conforms). An undocumented status is an error too.
 */
export function validateResponse(
  method: string,
  path: string,
  status: number,
  body: unknown
): string[] {
  const operation = findOperation(method, path)
  const key = `${operation.operationId} ${status}`
  if (!validators.has(key)) validators.set(key, compileResponse(operation, status))
  const validate = validators.get(key)
  if (validate === undefined) throw new Error(`unreachable: ${key}`)
  if (validate === null) {
    const documented = Object.keys(operation.responses).join(', ')
    if (!(String(status) in operation.responses)) {
      return [
        `${operation.operationId} does not document status ${status} (documented: ${documented})`
      ]
    }
    // A documented error without a schema still carries GitHub's usual error body.
    if (status >= 400) return validateComponent('basic-error', body)
    return body === undefined || body === '' || body === null
      ? []
      : [`${operation.operationId} documents no body for ${status}`]
  }
  if (validate(body)) return []
  return (validate.errors ?? [])
    .slice(0, 20)
    .map(
      (e) =>
        `${operation.operationId} ${status}: ${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`
    )
}

/** Validates a value against one of the description's component schemas (`release`, `basic-error`...). */
export function validateComponent(name: string, value: unknown): string[] {
  const key = `#component ${name}`
  if (!validators.has(key)) validators.set(key, compile({ $ref: `#/components/schemas/${name}` }))
  const validate = validators.get(key)!
  if (validate(value)) return []
  return (validate.errors ?? []).map((e) => `${name}: ${e.instancePath || '/'} ${e.message}`)
}

function compileResponse(operation: Operation, status: number): ValidateFunction | null {
  let response = operation.responses[String(status)]
  if (!response) return null
  while (typeof response.$ref === 'string') response = resolve(response.$ref)
  const content = response.content as Record<string, { schema?: Schema }> | undefined
  const schema = content?.['application/json']?.schema
  return schema ? compile(schema) : null
}

function resolve(ref: string): Schema {
  const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? []
  const target = kind ? loadDescription().components[kind]?.[name] : undefined
  if (!target) throw new Error(`cannot resolve ${ref} in GitHub's OpenAPI description`)
  return target
}

/**
 * Compiles `root` with only the component schemas it reaches, rewritten from
 * OpenAPI 3.0 to JSON Schema: `nullable: true` becomes `anyOf [..., null]`.
 */
function compile(root: Schema): ValidateFunction {
  const schemas: Record<string, unknown> = {}
  const pending = [root]
  while (pending.length > 0) {
    visitRefs(pending.pop(), (ref) => {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1]
      if (!name) throw new Error(`unexpected $ref ${ref}`)
      if (name in schemas) return
      const schema = resolve(ref)
      schemas[name] = schema
      pending.push(schema)
    })
  }
  const document = {
    ...(nullableToJsonSchema(root) as Schema),
    components: { schemas: nullableToJsonSchema(schemas) }
  }
  return ajv.compile(document)
}

function visitRefs(node: unknown, onRef: (ref: string) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visitRefs(item, onRef)
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') onRef(value)
      else if (key !== 'example' && key !== 'examples') visitRefs(value, onRef)
    }
  }
}

function nullableToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableToJsonSchema)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'nullable') continue
    out[key] = nullableToJsonSchema(value)
  }
  return (node as Schema).nullable === true ? { anyOf: [out, { type: 'null' }] } : out
}
