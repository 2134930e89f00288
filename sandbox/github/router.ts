import type { IncomingHttpHeaders } from 'node:http'
import type { MadeWith } from './state.js'

/** What a handler answers: JSON, raw bytes, or nothing (204). */
export interface Reply {
  status: number
  json?: unknown
  bytes?: Buffer
  headers?: Record<string, string>
}

export interface RequestContext {
  method: string
  /** The request path, still percent-encoded, without the query. */
  path: string
  /** The template of the route that matched, e.g. `/repos/{owner}/{repo}/pulls`. */
  route: string
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  raw: Buffer
  /** The login the request authenticated as. */
  login: string
  /** Whether the request carried credentials (GitHub shows drafts only then). */
  authenticated: boolean
  /** Whether the token may change workflow files: never GITHUB_TOKEN; an App token with `workflows: write`; a personal token. */
  mayChangeWorkflows?: boolean
  /** What made the request: a job's GITHUB_TOKEN, an App installation token, or a user's token. */
  madeWith?: MadeWith
}

export type Handler = (request: RequestContext) => Promise<Reply> | Reply

export interface RouteOptions {
  /** Served without credentials even when the emulator has a token (web downloads). */
  anonymous?: boolean
}

/** A GitHub-shaped error: handlers throw it, the server turns it into the response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message))
  }
}

export const DOCS = 'https://docs.github.com/rest'

export function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
}

export interface FieldError {
  resource: string
  code: string
  field?: string
  message?: string
}

/** GitHub's 422: `{message: 'Validation Failed', errors: [...]}`. */
export function validationFailed(errors: FieldError[], documentation = DOCS): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: documentation,
    status: '422'
  })
}

/** A 4xx with only a message, as GitHub answers many refusals. */
export function refused(status: number, message: string, documentation = DOCS): HttpError {
  return new HttpError(status, {
    message,
    documentation_url: documentation,
    status: String(status)
  })
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, json: body, headers }
}

export function noContent(): Reply {
  return { status: 204 }
}

/** The request body as a JSON object; GitHub answers 400 to a body it cannot parse. */
export function bodyOf(request: RequestContext): Record<string, unknown> {
  if (request.raw.length === 0) return {}
  try {
    const parsed: unknown = JSON.parse(request.raw.toString('utf8'))
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>
    }
  } catch {
    // answered below
  }
  throw refused(400, 'Problems parsing JSON')
}

interface Route {
  method: string
  template: string
  pattern: RegExp
  names: string[]
  /** Routes with more literal text win: `/releases/latest` before `/releases/{release_id}`. */
  specificity: number
  options: RouteOptions
}

/**
 * Method + path template -> handler. Templates use GitHub's `{name}` syntax;
 * `{name+}` matches the rest of the path including slashes (git refs such as
 * `tags/v0.6.1` arrive either as `tags%2Fv0.6.1` from Octokit or raw).
 */
export class Router {
  private readonly routes: { route: Route; handler: Handler }[] = []

  add(method: string, template: string, handler: Handler, options: RouteOptions = {}): this {
    this.routes.push({ route: { ...compile(method, template), options }, handler })
    this.routes.sort((a, b) => b.route.specificity - a.route.specificity)
    return this
  }

  match(
    method: string,
    path: string
  ):
    | { handler: Handler; template: string; params: Record<string, string>; options: RouteOptions }
    | undefined {
    for (const { route, handler } of this.routes) {
      if (route.method !== method) continue
      const found = route.pattern.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1])
      })
      return { handler, template: route.template, params, options: route.options }
    }
    return undefined
  }
}

function compile(method: string, template: string): Omit<Route, 'options'> {
  const names: string[] = []
  let literal = 0
  const source = template.replace(/\{(\w+)(\+?)\}|[^{]+/g, (part, name?: string, rest?: string) => {
    if (name === undefined) {
      literal += part.length
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
    names.push(name)
    return rest ? '(.+)' : '([^/]+)'
  })
  return {
    method: method.toUpperCase(),
    template,
    pattern: new RegExp(`^${source}$`),
    names,
    specificity: literal
  }
}

/** Splits a list into GitHub's pages (per_page default 30, at most 100) with a `link` header. */
export function paginate<T>(
  request: RequestContext,
  baseUrl: string,
  items: T[]
): Reply & { json: T[] } {
  const perPage = Math.min(Math.max(Number(request.query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1)
  const pages = Math.max(Math.ceil(items.length / perPage), 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const links: string[] = []
  const pageUrl = (n: number): string => {
    const query = new URLSearchParams(request.query)
    query.set('per_page', String(perPage))
    query.set('page', String(n))
    return `${baseUrl}${request.path}?${query}`
  }
  if (page < pages)
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(pages)}>; rel="last"`)
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
  return {
    status: 200,
    json: slice,
    headers: links.length > 0 ? { link: links.join(', ') } : undefined
  }
}
