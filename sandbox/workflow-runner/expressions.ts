/**
 * `${{ }}` evaluation with @actions/expressions over the tokens that
 * @actions/workflow-parser reads: contexts as plain objects, the status
 * functions of the job or step being run, and GitHub's coercions (a `with:`
 * value is a string; an `if:` without a status function means `success() && (...)`).
 */
import { Evaluator, Lexer, Parser, data, type Expr } from '@actions/expressions'
import {
  Binary,
  FunctionCall,
  Grouping,
  IndexAccess,
  Logical,
  Unary
} from '@actions/expressions/ast'
import YAML from 'yaml'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { truthy } from '@actions/expressions/result'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'

export type Contexts = Record<string, unknown>

/** What success(), failure(), cancelled() answer where the expression is evaluated. */
export interface Status {
  success: boolean
  failure: boolean
  cancelled?: boolean
}

const ALWAYS_OK: Status = { success: true, failure: false }

function toData(value: unknown): data.ExpressionData {
  if (value === null || value === undefined) return new data.Null()
  if (typeof value === 'string') return new data.StringData(value)
  if (typeof value === 'number') return new data.NumberData(value)
  if (typeof value === 'boolean') return new data.BooleanData(value)
  if (Array.isArray(value)) return new data.Array(...value.map(toData))
  if (typeof value === 'object') {
    return new data.Dictionary(
      ...Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
        key,
        value: toData(item)
      }))
    )
  }
  return new data.StringData(String(value))
}

function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown
}

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, answer: boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer) }
  ]
  return new Map([
    fn('success', status.success),
    fn('failure', status.failure),
    fn('cancelled', status.cancelled ?? false),
    fn('always', true)
  ])
}

/** Evaluates one expression (the text inside `${{ }}`); an error names the expression. */
export function evaluate(expression: string, contexts: Contexts, status = ALWAYS_OK): unknown {
  const functions = statusFunctions(status)
  try {
    const lexed = new Lexer(expression).lex()
    const parsed = new Parser(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse()
    const result = new Evaluator(parsed, toData(contexts) as data.Dictionary, functions).evaluate()
    return fromData(result)
  } catch (error) {
    throw new Error(`cannot evaluate \${{ ${expression} }}: ${(error as Error).message}`)
  }
}

/** `a ${{ x }} b` with each expression replaced by its value as a string. */
export function interpolate(text: string, contexts: Contexts, status = ALWAYS_OK): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    asString(evaluate(expression.trim(), contexts, status))
  )
}

/**
 * The YAML value of a string that mixes text and `${{ }}`. The parser turns it
 * into `format('text {0}', x)`, but keeps a block scalar's indentation in the
 * text and unescapes only the first `''` of it (expressions 0.3.61's lexer);
 * the token's source, read again as YAML, is the text GitHub interpolates.
 */
function mixedText(token: { source?: string; blockScalarHeader?: string }): string | undefined {
  if (token.source === undefined) return undefined
  try {
    const value: unknown = YAML.parse(
      token.blockScalarHeader ? `${token.blockScalarHeader}\n${token.source}` : token.source
    )
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** The value of a token: literals as they are, expressions evaluated, mappings and sequences deep. */
export function evaluateToken(
  token: TemplateToken,
  contexts: Contexts,
  status = ALWAYS_OK
): unknown {
  if (isBasicExpression(token)) {
    const text = token.originalExpressions?.length ? mixedText(token) : undefined
    if (text !== undefined) return interpolate(text, contexts, status)
    return evaluate(token.expression, contexts, status)
  }
  if (isString(token))
    return token.value.includes('${{') ? interpolate(token.value, contexts, status) : token.value
  if (isBoolean(token)) return token.value
  if (isNumber(token)) return token.value
  if (isMapping(token)) {
    const out: Record<string, unknown> = {}
    for (const pair of token) {
      out[String(evaluateToken(pair.key, contexts, status))] = evaluateToken(
        pair.value,
        contexts,
        status
      )
    }
    return out
  }
  if (isSequence(token)) {
    const out: unknown[] = []
    for (const item of token) out.push(evaluateToken(item, contexts, status))
    return out
  }
  return null
}

/** How a value becomes the string an action input, env variable or output is. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** A mapping token as strings (`with:`, `env:`, `outputs:`). */
export function evaluateMapping(
  token: TemplateToken | undefined,
  contexts: Contexts
): Record<string, string> {
  if (!token) return {}
  const value = evaluateToken(token, contexts)
  if (value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`expected a mapping, got ${JSON.stringify(value)}`)
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asString(item)]))
}

/** The text of an `if:` (with or without `${{ }}`), as GitHub reads it. */
export function conditionText(token: TemplateToken | undefined): string {
  if (!token) return 'success()'
  if (isBasicExpression(token)) return token.expression
  if (isBoolean(token)) return String(token.value)
  if (isString(token)) {
    const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(token.value)
    return (inner ? inner[1] : token.value).trim() || 'success()'
  }
  throw new Error('an if: must be a string')
}

const STATUS_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled'])

/** Whether the parsed expression calls a status function anywhere in its tree. */
function callsStatusFunction(node: Expr): boolean {
  if (node instanceof FunctionCall)
    return (
      STATUS_FUNCTIONS.has(node.functionName.lexeme.toLowerCase()) ||
      node.args.some(callsStatusFunction)
    )
  if (node instanceof Logical) return node.args.some(callsStatusFunction)
  if (node instanceof Binary)
    return callsStatusFunction(node.left) || callsStatusFunction(node.right)
  if (node instanceof Unary) return callsStatusFunction(node.expr)
  if (node instanceof Grouping) return callsStatusFunction(node.group)
  if (node instanceof IndexAccess)
    return callsStatusFunction(node.expr) || callsStatusFunction(node.index)
  return false
}

/**
 * An `if:` is true. Read from the parser's tree, as GitHub does: an expression
 * that calls no status function means `success() && (...)`.
 */
export function evaluateCondition(text: string, contexts: Contexts, status: Status): boolean {
  const functions = statusFunctions(status)
  try {
    const lexed = new Lexer(text).lex()
    const parsed = new Parser(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse()
    if (!callsStatusFunction(parsed) && !status.success) return false
    return truthy(new Evaluator(parsed, toData(contexts) as data.Dictionary, functions).evaluate())
  } catch (error) {
    throw new Error(`cannot evaluate if: ${text}: ${(error as Error).message}`)
  }
}
