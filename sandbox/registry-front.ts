// A small HTTP server in front of a real registry that misbehaves on purpose:
// it answers requests with an error status, cuts their connection, loses the
// answer of a request the registry did handle, or alters a header, and passes
// everything else through. Tests of retries and digest checks use it, and the
// post-release fault matrix. It can also name another token realm in the
// registry's challenges, as a hostile registry would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FaultInjector, type FaultHandle, type FaultMatch } from './faults.js'

export type RegistryFaultKind =
  /** A 5xx (`status`, default 503) instead of passing the request on. */
  | 'server-error'
  /** 429 TOOMANYREQUESTS with `retry-after`, instead of passing the request on. */
  | 'too-many-requests'
  /** The connection is destroyed before the request reaches the registry. */
  | 'drop-connection'
  /** The registry handles the request (a push is stored); its answer is dropped with the connection. */
  | 'lose-response'

export interface RegistryFaultSpec extends FaultMatch {
  kind: RegistryFaultKind
  status?: number
  /** too-many-requests (and server-error, when set): the retry-after header. Default 1. */
  retryAfterSeconds?: number
}

/** One of each transient registry fault, as a matrix test runs them. */
export const STANDARD_REGISTRY_FAULTS: readonly RegistryFaultSpec[] = [
  { kind: 'server-error', status: 500 },
  { kind: 'server-error', status: 502 },
  { kind: 'server-error', status: 503 },
  { kind: 'too-many-requests', retryAfterSeconds: 1 },
  { kind: 'drop-connection' },
  { kind: 'lose-response' }
]

export interface FrontOptions {
  /** Answer this many requests with `failStatus` before passing any through. */
  failFirst?: number
  failStatus?: number
  /** Replace the Docker-Content-Digest header of manifest answers. */
  fakeDigest?: string
  /** Name this URL as the token realm in every WWW-Authenticate challenge (a hostile registry). */
  realm?: string
}

export interface FrontRequest {
  method: string
  path: string
  /** The status answered; 'dropped' when cut before the registry saw it, 'lost' after. */
  status: number | 'dropped' | 'lost'
  fault?: RegistryFaultKind
}

export interface Front {
  url: string
  /** Requests that reached the front, failed or passed. */
  requests: number
  /** Every request in arrival order, with its status or what a fault did to it. */
  log: FrontRequest[]
  injectFault(spec: RegistryFaultSpec): FaultHandle<RegistryFaultSpec>
  /** Drops every injected fault and empties the log, for the next run of a matrix. */
  reset(): void
  stop(): Promise<void>
}

const PASSED_HEADERS = [
  'content-type',
  'docker-content-digest',
  'www-authenticate',
  'location',
  'retry-after'
]

export async function startFront(target: string, options: FrontOptions = {}): Promise<Front> {
  const faults = new FaultInjector<RegistryFaultSpec>()
  if (options.failFirst) {
    const status = options.failStatus ?? 503
    faults.inject({
      kind: status === 429 ? 'too-many-requests' : 'server-error',
      status,
      times: options.failFirst,
      retryAfterSeconds: 0
    })
  }
  const front: Front = {
    url: '',
    requests: 0,
    log: [],
    injectFault: (spec) => faults.inject(spec),
    reset: () => {
      faults.clear()
      front.log.length = 0
      front.requests = 0
    },
    stop: async () => {}
  }
  const server = createServer((request, response) => {
    front.requests++
    void (async () => {
      const body = await readBody(request)
      const path = new URL(request.url ?? '/', 'http://front').pathname
      const method = request.method ?? 'GET'
      const entry: FrontRequest = { method, path, status: 0 }
      front.log.push(entry)
      const fault = faults.take(method, path, undefined)
      if (fault) entry.fault = fault.kind
      if (fault?.kind === 'drop-connection') {
        entry.status = 'dropped'
        request.socket.destroy()
        return
      }
      if (fault?.kind === 'server-error' || fault?.kind === 'too-many-requests') {
        entry.status = refuse(response, fault)
        return
      }
      const upstream = await pass(target, front.url, request, body, options)
      if (fault?.kind === 'lose-response') {
        entry.status = 'lost'
        request.socket.destroy()
        return
      }
      entry.status = upstream.status
      response.writeHead(upstream.status, upstream.headers)
      response.end(upstream.body)
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  front.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  front.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return front
}

/** A distribution-spec error answer; returns its status. */
function refuse(response: ServerResponse, fault: Readonly<RegistryFaultSpec>): number {
  const status = fault.kind === 'too-many-requests' ? 429 : (fault.status ?? 503)
  const code = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE'
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (fault.kind === 'too-many-requests' || fault.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(fault.retryAfterSeconds ?? 1)
  response.writeHead(status, headers)
  response.end(JSON.stringify({ errors: [{ code, message: `front says ${status}` }] }))
  return status
}

async function pass(
  target: string,
  self: string,
  request: IncomingMessage,
  body: Buffer,
  options: FrontOptions
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const headers: Record<string, string> = {}
  for (const name of ['accept', 'authorization', 'content-type']) {
    const value = request.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  const init: RequestInit = { method: request.method, headers }
  if (body.length > 0) init.body = body
  const upstream = await fetch(`${target}${request.url}`, init)
  const answer: Record<string, string> = {}
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value !== null) answer[name] = value
  }
  // An upload's next step comes back through the front, as through any proxy.
  if (answer.location?.startsWith(target))
    answer.location = self + answer.location.slice(target.length)
  if (options.fakeDigest && answer['docker-content-digest'])
    answer['docker-content-digest'] = options.fakeDigest
  if (options.realm && answer['www-authenticate'])
    answer['www-authenticate'] = answer['www-authenticate'].replace(
      /realm="[^"]*"/,
      `realm="${options.realm}"`
    )
  return {
    status: upstream.status,
    headers: answer,
    body: Buffer.from(await upstream.arrayBuffer())
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
