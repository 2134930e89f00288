// A small HTTP server in front of a real registry that misbehaves on purpose:
// it answers the first requests with an error status, or alters a header,
// and passes everything else through. Tests of retries and digest checks use it.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FrontOptions {
  /** Answer this many requests with `failStatus` before passing any through. */
  failFirst?: number
  failStatus?: number
  /** Replace the Docker-Content-Digest header of manifest answers. */
  fakeDigest?: string
}

export interface Front {
  url: string
  /** Requests that reached the front, failed or passed. */
  requests: number
  stop(): Promise<void>
}

const PASSED_HEADERS = [
  'content-type',
  'docker-content-digest',
  'www-authenticate',
  'location',
  'retry-after'
]

export async function startFront(target: string, options: FrontOptions): Promise<Front> {
  const front = { url: '', requests: 0, stop: async () => {} }
  const server = createServer((request, response) => {
    front.requests++
    void (async () => {
      const body = await readBody(request)
      if (front.requests <= (options.failFirst ?? 0)) {
        const status = options.failStatus ?? 503
        response.writeHead(status, { 'content-type': 'application/json', 'retry-after': '0' })
        response.end(
          JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: `front says ${status}` }] })
        )
        return
      }
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
      if (options.fakeDigest && answer['docker-content-digest'])
        answer['docker-content-digest'] = options.fakeDigest
      response.writeHead(upstream.status, answer)
      response.end(Buffer.from(await upstream.arrayBuffer()))
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

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
