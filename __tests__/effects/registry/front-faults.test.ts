import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { RegistryClient } from '../../../src/effects/registry/client.js'
import {
  pushBlob,
  pushImage,
  sha256Digest,
  startRegistry,
  type PushedManifest,
  type TestRegistry
} from '../../../sandbox/oci-registry.js'
import { startFront, type Front, type RegistryFaultSpec } from '../../../sandbox/registry-front.js'

const FAST_RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 }
const MANIFEST_PUT = /\/manifests\/v0\.6\.1$/

let registry: TestRegistry
let front: Front
let tc: string
let latest: PushedManifest

beforeAll(async () => {
  registry = await startRegistry()
  tc = `${registry.host}/bpfman/tc-dispatcher`
  latest = await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-faults' })
})

afterAll(async () => {
  await registry?.stop()
})

beforeEach(async () => {
  front = await startFront(registry.url)
})

afterEach(async () => {
  await front.stop()
})

/** Whether the registry itself (not through the front) has `tag` on the latest manifest. */
async function tagged(tag: string): Promise<boolean> {
  const response = await fetch(`${registry.url}/v2/bpfman/tc-dispatcher/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: latest.mediaType }
  })
  return response.status === 200 && response.headers.get('docker-content-digest') === latest.digest
}

const log = (): string[] =>
  front.log.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)

describe('registry front faults on a manifest put, retried by RegistryClient', () => {
  it.each<[string, RegistryFaultSpec]>([
    ['500', { kind: 'server-error', status: 500 }],
    ['502', { kind: 'server-error', status: 502 }],
    ['503', { kind: 'server-error', status: 503 }],
    ['429 with Retry-After', { kind: 'too-many-requests', retryAfterSeconds: 0 }],
    ['a dropped connection', { kind: 'drop-connection' }],
    ['a lost response', { kind: 'lose-response' }]
  ])('%s: the tag is there after one retry', async (_name, fault) => {
    const tag = `f${Math.random().toString(36).slice(2, 10)}`
    const handle = front.injectFault({
      ...fault,
      method: 'PUT',
      path: new RegExp(`/manifests/${tag}$`)
    })
    const client = new RegistryClient({ registryUrl: front.url, retry: FAST_RETRY })
    const result = await client.addTag(tc, 'latest', tag)
    expect(result.digest).toBe(latest.digest)
    expect(handle.fired).toBe(true)
    expect(await tagged(tag)).toBe(true)
    const puts = log().filter((line) => line.startsWith('PUT'))
    const first = { 'drop-connection': 'dropped', 'lose-response': 'lost' }[fault.kind as string]
    expect(puts).toEqual([
      `PUT /v2/bpfman/tc-dispatcher/manifests/${tag} ${first ?? fault.status ?? 429}`,
      `PUT /v2/bpfman/tc-dispatcher/manifests/${tag} 201`
    ])
  })
})

describe('registry front faults, as a client sees them', () => {
  it('429 says TOOMANYREQUESTS with retry-after, and nothing is stored', async () => {
    front.injectFault({ kind: 'too-many-requests', retryAfterSeconds: 30, path: MANIFEST_PUT })
    const response = await fetch(`${front.url}/v2/bpfman/tc-dispatcher/manifests/v0.6.1`, {
      method: 'PUT',
      headers: { 'content-type': latest.mediaType },
      body: latest.body
    })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(await response.json()).toEqual({
      errors: [{ code: 'TOOMANYREQUESTS', message: 'front says 429' }]
    })
    expect(await tagged('v0.6.1')).toBe(false)
  })

  it('a lost response to a blob put: the client gets a socket error, the registry has the blob', async () => {
    const content = Buffer.from('a layer whose answer is lost')
    front.injectFault({ kind: 'lose-response', method: 'PUT', path: /\/blobs\/uploads\// })
    const failed = await pushBlob(
      { ...registry, url: front.url },
      'bpfman/tc-dispatcher',
      content,
      'application/octet-stream'
    ).catch((error: unknown) => error as Error & { cause?: { code?: string } })
    expect(failed).toMatchObject({ name: 'TypeError', cause: { code: 'UND_ERR_SOCKET' } })
    const blob = await fetch(
      `${registry.url}/v2/bpfman/tc-dispatcher/blobs/${sha256Digest(content)}`,
      {
        method: 'HEAD'
      }
    )
    expect(blob.status).toBe(200)
    expect(log()).toEqual([
      'POST /v2/bpfman/tc-dispatcher/blobs/uploads/ 202',
      expect.stringMatching(/^PUT \/v2\/bpfman\/tc-dispatcher\/blobs\/uploads\/[\w-]+ lost$/)
    ])
  })

  it('a dropped blob upload start: nothing reaches the registry', async () => {
    front.injectFault({ kind: 'drop-connection', method: 'POST' })
    const content = Buffer.from('a layer never sent')
    await expect(
      pushBlob(
        { ...registry, url: front.url },
        'bpfman/tc-dispatcher',
        content,
        'application/octet-stream'
      )
    ).rejects.toMatchObject({ name: 'TypeError' })
    const blob = await fetch(
      `${registry.url}/v2/bpfman/tc-dispatcher/blobs/${sha256Digest(content)}`,
      {
        method: 'HEAD'
      }
    )
    expect(blob.status).toBe(404)
    expect(log()).toEqual(['POST /v2/bpfman/tc-dispatcher/blobs/uploads/ dropped'])
  })
})
