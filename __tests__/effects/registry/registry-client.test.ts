import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { InputError, ReleaseError } from '../../../src/release/errors.js'
import { MEDIA_TYPES, RegistryClient } from '../../../src/effects/registry/client.js'
import {
  pushImage,
  pushIndex,
  sha256Digest,
  startRegistry,
  type PushedManifest,
  type TestRegistry
} from '../../../sandbox/oci-registry.js'
import { startFront } from '../../../sandbox/registry-front.js'

const FAST_RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 }

let registry: TestRegistry
let client: RegistryClient
let xdp: string
let tc: string
let xdpLatest: PushedManifest
let tcLatest: PushedManifest

/** The manifest a tag points at, read with a plain fetch, not through the client. */
async function plainManifest(
  image: string,
  reference: string
): Promise<{ status: number; digest: string | null; type: string | null; body: Buffer }> {
  const repository = image.slice(registry.host.length + 1)
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${reference}`, {
    headers: { accept: Object.values(MEDIA_TYPES).join(', ') }
  })
  return {
    status: response.status,
    digest: response.headers.get('docker-content-digest'),
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer())
  }
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure, but the call succeeded')
}

beforeAll(async () => {
  registry = await startRegistry()
  client = new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY })
  xdp = `${registry.host}/bpfman/xdp-dispatcher`
  tc = `${registry.host}/bpfman/tc-dispatcher`
  // The dispatchers as bpfman builds them: a multi-arch OCI index under latest.
  xdpLatest = await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-1')
  tcLatest = await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-1' })
})

afterAll(async () => {
  await registry?.stop()
})

describe('RegistryClient.resolve', () => {
  it('returns the manifest a tag points at, byte for byte, with its digest and media type', async () => {
    const resolved = await client.resolve(tc, 'latest')
    expect(resolved).toEqual({
      digest: tcLatest.digest,
      mediaType: MEDIA_TYPES.ociManifest,
      body: tcLatest.body
    })
    expect(resolved?.digest).toBe(sha256Digest(resolved?.body ?? Buffer.alloc(0)))
  })

  it('resolves an index by tag and by digest', async () => {
    const byTag = await client.resolve(xdp, 'latest')
    expect(byTag?.mediaType).toBe(MEDIA_TYPES.ociIndex)
    expect(byTag?.digest).toBe(xdpLatest.digest)
    const byDigest = await client.resolve(xdp, xdpLatest.digest)
    expect(byDigest?.body.equals(xdpLatest.body)).toBe(true)
  })

  it('returns undefined for a tag or a repository the registry does not have', async () => {
    expect(await client.resolve(xdp, 'v9.9.9')).toBeUndefined()
    expect(await client.resolve(`${registry.host}/bpfman/no-such-image`, 'latest')).toBeUndefined()
  })

  it('rejects an image name that carries a tag, and a reference that is neither tag nor digest', async () => {
    const withTag = await failureOf(client.resolve(`${xdp}:latest`, 'latest'))
    expect(withTag).toBeInstanceOf(InputError)
    expect(withTag.message).toContain('without :tag')
    const badReference = await failureOf(client.resolve(xdp, 'not a tag'))
    expect(badReference).toBeInstanceOf(InputError)
    expect(badReference.message).toContain('"not a tag"')
  })
})

describe('RegistryClient.exists', () => {
  it('says whether a tag exists', async () => {
    expect(await client.exists(xdp, 'latest')).toBe(true)
    expect(await client.exists(xdp, xdpLatest.digest)).toBe(true)
    expect(await client.exists(xdp, 'v0.0.1-missing')).toBe(false)
    expect(await client.exists(`${registry.host}/bpfman/no-such-image`, 'latest')).toBe(false)
  })
})

describe('RegistryClient.addTag', () => {
  it('adds the tag to the exact manifest latest points at, then reports unchanged on a rerun', async () => {
    expect((await plainManifest(xdp, 'v0.6.1')).status).toBe(404)

    const created = await client.addTag(xdp, 'latest', 'v0.6.1')
    expect(created).toEqual({ status: 'created', digest: xdpLatest.digest })

    const tagged = await plainManifest(xdp, 'v0.6.1')
    expect(tagged.status).toBe(200)
    expect(tagged.digest).toBe(xdpLatest.digest)
    expect(tagged.type).toBe(MEDIA_TYPES.ociIndex)
    expect(tagged.body.equals(xdpLatest.body)).toBe(true)

    expect(await client.addTag(xdp, 'latest', 'v0.6.1')).toEqual({
      status: 'unchanged',
      digest: xdpLatest.digest
    })
    expect(await client.exists(xdp, 'v0.6.1')).toBe(true)
  })

  it('keeps a Docker schema 2 manifest as a Docker manifest', async () => {
    const image = `${registry.host}/bpfman/docker-format`
    const pushed = await pushImage(registry, 'bpfman/docker-format', 'latest', {
      marker: 'docker',
      format: 'docker'
    })
    expect(await client.addTag(image, 'latest', 'v0.6.1')).toEqual({
      status: 'created',
      digest: pushed.digest
    })
    const tagged = await plainManifest(image, 'v0.6.1')
    expect(tagged.type).toBe(MEDIA_TYPES.dockerManifest)
    expect(tagged.digest).toBe(pushed.digest)
  })

  it('refuses to move a tag that points at another manifest, naming both digests, and moves it with force', async () => {
    const other = await pushImage(registry, 'bpfman/tc-dispatcher', 'v0.6.2', {
      marker: 'tc-other'
    })
    expect(other.digest).not.toBe(tcLatest.digest)

    const conflict = await failureOf(client.addTag(tc, 'latest', 'v0.6.2'))
    expect(conflict).toBeInstanceOf(ReleaseError)
    expect(conflict.message).toContain(`${tc}:v0.6.2 already points at ${other.digest}`)
    expect(conflict.message).toContain(`not at ${tcLatest.digest}`)
    expect(conflict.message).toContain('force')
    expect((await plainManifest(tc, 'v0.6.2')).digest).toBe(other.digest)

    const moved = await client.addTag(tc, 'latest', 'v0.6.2', { force: true })
    expect(moved).toEqual({
      status: 'moved',
      digest: tcLatest.digest,
      previousDigest: other.digest
    })
    expect((await plainManifest(tc, 'v0.6.2')).digest).toBe(tcLatest.digest)

    expect(await client.addTag(tc, 'latest', 'v0.6.2', { force: true })).toEqual({
      status: 'unchanged',
      digest: tcLatest.digest
    })
  })

  it('fails clearly when the source tag does not exist, and creates nothing', async () => {
    const missing = await failureOf(client.addTag(tc, 'v0.5.0-never-pushed', 'v0.6.3'))
    expect(missing).toBeInstanceOf(ReleaseError)
    expect(missing.message).toContain(`${tc}:v0.5.0-never-pushed does not exist in ${registry.url}`)
    expect(missing.message).toContain('check the image name')
    expect((await plainManifest(tc, 'v0.6.3')).status).toBe(404)

    const missingRepo = await failureOf(
      client.addTag(`${registry.host}/bpfman/not-there`, 'latest', 'v0.6.3')
    )
    expect(missingRepo.message).toContain('bpfman/not-there:latest does not exist')
  })

  it('rejects a new tag that is not a tag before touching the registry', async () => {
    const bad = await failureOf(client.addTag(tc, 'latest', `sha256:${'0'.repeat(64)}`))
    expect(bad).toBeInstanceOf(InputError)
    expect(bad.message).toContain('new tag')
  })
})

describe('retries and integrity', () => {
  it('retries 503 answers with backoff and then succeeds', async () => {
    const front = await startFront(registry.url, { failFirst: 2, failStatus: 503 })
    try {
      const flaky = new RegistryClient({ registryUrl: front.url, retry: FAST_RETRY })
      expect((await flaky.resolve(tc, 'latest'))?.digest).toBe(tcLatest.digest)
      expect(front.requests).toBe(3)
    } finally {
      await front.stop()
    }
  })

  it('gives up on 429 after the configured number of tries and says so', async () => {
    const front = await startFront(registry.url, { failFirst: 100, failStatus: 429 })
    try {
      const limited = new RegistryClient({ registryUrl: front.url, retry: FAST_RETRY })
      const error = await failureOf(limited.exists(tc, 'latest'))
      expect(error.message).toContain(`checking ${tc}:latest`)
      expect(error.message).toContain('HTTP 429')
      expect(error.message).toContain('after 3 tries')
      expect(front.requests).toBe(3)
    } finally {
      await front.stop()
    }
  })

  it('gives up on a registry that cannot be reached after the configured tries', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const down = new RegistryClient({ registryUrl: `http://127.0.0.1:${port}`, retry: FAST_RETRY })
    const error = await failureOf(down.resolve(tc, 'latest'))
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toContain(
      `could not reach http://127.0.0.1:${port} after 3 tries (ECONNREFUSED)`
    )
    expect(error.message).toContain(`reading ${tc}:latest`)
  })

  it('refuses a manifest whose bytes do not match the digest the registry claims', async () => {
    const fake = `sha256:${'f'.repeat(64)}`
    const front = await startFront(registry.url, { fakeDigest: fake })
    try {
      const tampered = new RegistryClient({ registryUrl: front.url, retry: FAST_RETRY })
      const error = await failureOf(tampered.resolve(tc, 'latest'))
      expect(error.message).toContain(
        `the registry says the manifest is ${fake} but its bytes hash to ${tcLatest.digest}`
      )
      // addTag must not copy a manifest it could not verify.
      expect((await failureOf(tampered.addTag(tc, 'latest', 'v0.7.0'))).message).toContain(fake)
      expect((await plainManifest(tc, 'v0.7.0')).status).toBe(404)
    } finally {
      await front.stop()
    }
  })
})
