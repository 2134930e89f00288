/**
 * A stateful emulator of the GitHub REST routes the release actions use,
 * reached by the real Octokit over HTTP (`getOctokit(token, { baseUrl: emulator.url })`).
 *
 * Why not @simulacrum/github-api-simulator 0.8.0 (evaluated as DESIGN.md asks):
 * - It would give us routing and an OpenAPI fallback, but it keeps state only for
 *   branches, contents, trees and blobs; pulls, refs, releases, assets and
 *   dispatches (everything these tests are about) would be our handlers anyway.
 * - Its fallback answers every route we do not model with the documented
 *   example and a 2xx. For these tests that is a defect: a phase that calls a
 *   route we forgot would "succeed" against invented data. Here an unmodelled
 *   route is GitHub's 404, and the test says so.
 * - Weight: 16 MB unpacked (its own copy of the OpenAPI description) plus
 *   express 5, graphql-yoga, openapi-backend, starfx, faker and zod, and it
 *   compiles the description at start. This server is node:http and a few
 *   hundred lines, and starts in milliseconds, which keeps the suites fast on
 *   a shared 2-core machine.
 * Response shapes are instead checked against GitHub's description in the
 * tests (__tests__/support/openapi.ts), which is what the simulator's schema
 * would have given us.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { Emulation } from './emulation.js'
import { FaultInjector } from '../faults.js'
import { faultReply, type FaultHandle, type FaultSpec } from './faults.js'
import { registerActionRoutes } from './routes/actions.js'
import { AppRegistry, registerAppRoutes, type AppInstallation } from './routes/apps.js'
import { registerArtifactRoutes } from './routes/artifacts.js'
import { registerContentRoutes } from './routes/contents.js'
import { mayChangeWorkflows, refusal, userRefusal, type TokenGrant } from './permissions.js'
import { registerGitRoutes } from './routes/git.js'
import { registerIssueRoutes } from './routes/issues.js'
import { mergePull, type MergeOptions } from './routes/pulls.js'
import { registerPullRoutes } from './routes/pulls.js'
import { registerReleaseRoutes } from './routes/releases.js'
import { registerRepoRoutes } from './routes/repos.js'
import { registerSettingsRoutes } from './routes/settings.js'
import { DOCS, HttpError, Router, type Reply, type RequestContext } from './router.js'
import {
  EmulatorState,
  timestamp,
  type EmulatorRepo,
  type PullRecord,
  type RequestRecord,
  type SeedPull,
  type StateSnapshot
} from './state.js'
import { Views } from './views.js'

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** When set, requests must carry `authorization: token <it>` (or Bearer) or get 401. */
  token?: string
  /** The account the token belongs to (author of PRs, releases, forks). Default github-actions[bot]. */
  login?: string
  /** More tokens, each with its account: `{ 'pat-of-bot': 'bpfman-bot' }`. */
  tokens?: Record<string, string>
}

interface Authentication {
  login: string
  authenticated: boolean
  error?: string
  /** The emulator's own token: every repository in reach. */
  admin?: boolean
}

export class GitHubEmulator {
  readonly state = new EmulatorState()
  private readonly router = new Router()
  private readonly faults = new FaultInjector<FaultSpec>()
  private readonly tokens: Map<string, string>
  private readonly grants = new Map<string, TokenGrant>()
  /** The GitHub Apps installed here (installApp), which issue installation tokens. */
  readonly apps = new AppRegistry()
  private readonly defaultLogin: string
  private readonly adminToken: string | undefined
  private emulation!: Emulation

  constructor(
    private readonly server: Server,
    options: EmulatorOptions
  ) {
    this.defaultLogin = options.login ?? 'github-actions[bot]'
    this.tokens = new Map(Object.entries(options.tokens ?? {}))
    if (options.token) this.tokens.set(options.token, this.defaultLogin)
    this.adminToken = options.token
  }

  /** `http://127.0.0.1:<port>`, to give Octokit as baseUrl (or GITHUB_API_URL). */
  get url(): string {
    const address = this.server.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  /** Called once the port is known: the views write absolute API URLs. */
  init(): void {
    this.emulation = new Emulation(this.state, new Views(this.url, this.state), this.url)
    registerRepoRoutes(this.router, this.emulation)
    registerSettingsRoutes(this.router, this.emulation)
    registerPullRoutes(this.router, this.emulation)
    registerIssueRoutes(this.router, this.emulation)
    registerReleaseRoutes(this.router, this.emulation)
    registerGitRoutes(this.router, this.emulation)
    registerContentRoutes(this.router, this.emulation)
    registerActionRoutes(this.router, this.emulation)
    registerArtifactRoutes(this.router, this.emulation)
    registerAppRoutes(this.router, this.apps, (token, grant) => this.grantToken(token, grant))
  }

  /** Installs a GitHub App on repositories of one account; its installation tokens come from POST /app/installations/{id}/access_tokens. */
  installApp(app: Parameters<AppRegistry['install']>[0]): AppInstallation {
    return this.apps.install(app)
  }

  /** A job's GITHUB_TOKEN or an App installation token: accepted, and held to its repositories and permissions. */
  grantToken(token: string, grant: TokenGrant): void {
    this.grants.set(token, grant)
  }

  /** What a token was granted (undefined: a personal token, or unknown). */
  grantOf(token: string | undefined): TokenGrant | undefined {
    return token === undefined ? undefined : this.grants.get(token)
  }

  addRepo(repo: EmulatorRepo): void {
    this.state.addRepo(repo)
  }

  /** A pull request merged before the test began, for release notes. */
  seedMergedPull(owner: string, repo: string, pull: SeedPull): PullRecord {
    return this.state.seedMergedPull(owner, repo, pull)
  }

  /** Merges an open pull request as a maintainer would press the button; returns the merge commit. */
  async mergePull(
    owner: string,
    repo: string,
    number: number,
    options: MergeOptions & { login?: string } = {}
  ): Promise<string> {
    const record = this.state.repo(owner, repo)
    const pull = this.state.pull(owner, repo, number)
    if (!record || !pull)
      throw new Error(`no pull request ${owner}/${repo}#${number} in the emulator`)
    return mergePull(this.emulation, record, pull, options.login ?? owner, options)
  }

  /** Every request in arrival order, with its status or what a fault did to it. */
  get requests(): readonly RequestRecord[] {
    return this.state.requests
  }

  /** A copy of the emulator's records, to `restore` before each run of a matrix. */
  snapshot(): StateSnapshot {
    return this.state.snapshot()
  }

  /** Puts the records back as `snapshot` found them, and drops every injected fault. */
  restore(snapshot: StateSnapshot): void {
    this.state.restore(snapshot)
    this.faults.clear()
  }

  /** A fault on a coming request (see faults.ts); the handle says whether it fired. */
  injectFault(spec: FaultSpec): FaultHandle {
    return this.faults.inject(spec)
  }

  /**
   * The next request matching method and path fails with `status`. A string
   * pattern is an exact path (`/repos/o/r/pulls`) or a route template
   * (`/repos/{owner}/{repo}/pulls`); with `afterHandling` the change is made
   * and only the response is lost, as when a connection drops.
   */
  failNext(
    method: string,
    pathPattern: RegExp | string,
    status = 500,
    options: { afterHandling?: boolean } = {}
  ): FaultHandle {
    return this.injectFault({
      kind: 'server-error',
      method,
      path: pathPattern,
      status,
      afterHandling: options.afterHandling
    })
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()))
      this.server.closeAllConnections()
    })
  }

  async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(incoming)
    const url = new URL(incoming.url ?? '/', this.url)
    const method = (incoming.method ?? 'GET').toUpperCase()
    const record: RequestRecord = {
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      login: '',
      at: timestamp()
    }
    this.state.requests.push(record)
    const auth = this.authenticate(incoming.headers.authorization)
    record.login = auth.login
    const match = this.router.match(method, url.pathname)
    const fault = this.faults.take(method, url.pathname, match?.template)
    if (fault) {
      record.injected = true
      record.fault = fault.kind
    }
    if (fault?.kind === 'drop-connection') {
      record.status = 'dropped'
      incoming.socket.destroy()
      return
    }
    if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 1000)
    const refuses = fault !== undefined && fault.kind !== 'delay' && fault.kind !== 'lose-response'
    let reply: Reply
    if (refuses && !fault.afterHandling) {
      reply = faultReply(fault)
    } else {
      reply = await this.reply(incoming, method, url, raw, auth, match)
      if (refuses) reply = faultReply(fault)
    }
    // A client that gave up during a delay loses the answer just as a cut connection does.
    if (fault?.kind === 'lose-response' || incoming.socket.destroyed) {
      record.status = 'lost'
      record.handledStatus = reply.status
      incoming.socket.destroy()
      return
    }
    record.status = reply.status
    send(response, reply)
  }

  private async reply(
    incoming: IncomingMessage,
    method: string,
    url: URL,
    raw: Buffer,
    auth: Authentication,
    match: ReturnType<Router['match']>
  ): Promise<Reply> {
    if (auth.error && !match?.options.anonymous) return errorReply(401, auth.error)
    if (!match) return errorReply(404, 'Not Found')
    const grant = this.grants.get(tokenOf(incoming.headers.authorization) ?? '')
    const target = match.params.owner
      ? this.state.repo(match.params.owner, match.params.repo ?? '')
      : undefined
    const denied = grant
      ? refusal(grant, method, match.template, match.params, target)
      : auth.authenticated
        ? userRefusal(
            { login: auth.login, admin: auth.admin === true },
            method,
            match.template,
            target
          )
        : undefined
    if (denied) return errorReply(denied.status, denied.message)
    const request: RequestContext = {
      method,
      path: url.pathname,
      route: match.template,
      params: match.params,
      query: url.searchParams,
      headers: incoming.headers,
      raw,
      login: auth.login,
      authenticated: auth.authenticated,
      mayChangeWorkflows: grant ? mayChangeWorkflows(grant) : auth.authenticated,
      madeWith: grant ? (grant.kind === 'installation' ? 'app' : 'GITHUB_TOKEN') : 'user'
    }
    try {
      return await match.handler(request)
    } catch (error) {
      if (error instanceof HttpError) return { status: error.status, json: error.body }
      return errorReply(500, `Emulator error: ${(error as Error).stack ?? String(error)}`)
    }
  }

  private authenticate(header: string | undefined): Authentication {
    const token = tokenOf(header)
    const grant = token === undefined ? undefined : this.grants.get(token)
    if (grant) return { login: grant.login ?? 'github-actions[bot]', authenticated: true }
    if (this.tokens.size === 0)
      return { login: this.defaultLogin, authenticated: token !== undefined, admin: true }
    if (token === undefined)
      return { login: '', authenticated: false, error: 'Requires authentication' }
    const login = this.tokens.get(token)
    if (login === undefined) return { login: '', authenticated: false, error: 'Bad credentials' }
    return { login, authenticated: true, admin: token === this.adminToken }
  }
}

export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const server = createServer()
  const emulator = new GitHubEmulator(server, options)
  server.on('request', (incoming: IncomingMessage, response: ServerResponse) => {
    emulator.handle(incoming, response).catch((error: unknown) => {
      send(response, errorReply(500, `Emulator error: ${String(error)}`))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  emulator.init()
  return emulator
}

function tokenOf(header: string | undefined): string | undefined {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1]
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
    incoming.on('error', reject)
  })
}

function errorReply(status: number, message: string): Reply {
  return { status, json: { message, documentation_url: DOCS, status: String(status) } }
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.headersSent) return
  const headers: Record<string, string> = { 'x-github-request-id': requestId(), ...reply.headers }
  let payload: Buffer | undefined
  if (reply.bytes) {
    payload = reply.bytes
  } else if (reply.json !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.json))
    headers['content-type'] = 'application/json; charset=utf-8'
  }
  if (payload) headers['content-length'] = String(payload.length)
  response.writeHead(reply.status, headers)
  response.end(payload)
}

let requestCounter = 0
function requestId(): string {
  return `EMU0:${(++requestCounter).toString(16).toUpperCase().padStart(8, '0')}`
}
