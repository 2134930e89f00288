import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ReleaseError } from '../../../src/release/errors.js'
import { MEDIA_TYPES, RegistryClient } from '../../../src/effects/registry/client.js'
import {
  pushIndex,
  startRegistry,
  type PushedManifest,
  type TestRegistry
} from '../../../sandbox/oci-registry.js'
import { startFront, type Front } from '../../../sandbox/registry-front.js'

const USERNAME = 'bpfman+release'
const PASSWORD = 'robot-secret-Qx7'
const FAST_RETRY = { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 }
const REPOSITORY = 'bpfman/xdp-dispatcher'

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure, but the call succeeded')
}

/** The digest a tag points at, read with a plain fetch and the test's own push credentials. */
async function digestOf(registry: TestRegistry, tag: string): Promise<string | null> {
  const authorization = registry.pushAuthorization(REPOSITORY)
  const response = await fetch(`${registry.url}/v2/${REPOSITORY}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: MEDIA_TYPES.ociIndex, ...(authorization ? { authorization } : {}) }
  })
  return response.status === 200 ? response.headers.get('docker-content-digest') : null
}

function expectNoSecret(error: Error): void {
  expect(error.message).not.toContain(PASSWORD)
  expect(error.message).not.toContain(Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64'))
}

describe('a registry behind HTTP Basic (htpasswd)', () => {
  let registry: TestRegistry
  let image: string
  let latest: PushedManifest

  beforeAll(async () => {
    registry = await startRegistry({ kind: 'basic', username: USERNAME, password: PASSWORD })
    image = `${registry.host}/${REPOSITORY}`
    latest = await pushIndex(registry, REPOSITORY, 'latest', 'basic')
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('tells an anonymous client that credentials are needed', async () => {
    const anonymous = new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY })
    const error = await failureOf(anonymous.resolve(image, 'latest'))
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toBe(
      `reading ${image}:latest: ${registry.url} requires a username and password (HTTP Basic); pass registry credentials`
    )
  })

  it('says which account was refused, without showing the password', async () => {
    const wrong = new RegistryClient({
      registryUrl: registry.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: `${PASSWORD}-wrong` }
    })
    const error = await failureOf(wrong.exists(image, 'latest'))
    expect(error.message).toContain(
      `checking ${image}:latest: the registry refused the credentials of ${USERNAME} (HTTP 401`
    )
    expect(error.message).not.toContain(`${PASSWORD}-wrong`)
  })

  it('reads and tags with the right credentials', async () => {
    const authed = new RegistryClient({
      registryUrl: registry.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: PASSWORD }
    })
    expect(await authed.exists(image, 'latest')).toBe(true)
    expect(await authed.addTag(image, 'latest', 'v0.6.1')).toEqual({
      status: 'created',
      digest: latest.digest
    })
    expect(await digestOf(registry, 'v0.6.1')).toBe(latest.digest)
    expect(await authed.addTag(image, 'latest', 'v0.6.1')).toEqual({
      status: 'unchanged',
      digest: latest.digest
    })
  })
})

describe('a registry behind the Bearer token flow (auth: token)', () => {
  let registry: TestRegistry
  let image: string
  let latest: PushedManifest

  beforeAll(async () => {
    registry = await startRegistry({ kind: 'token', username: USERNAME, password: PASSWORD })
    image = `${registry.host}/${REPOSITORY}`
    latest = await pushIndex(registry, REPOSITORY, 'latest', 'token')
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('pulls anonymously with a token for the pull scope', async () => {
    registry.tokenRequests.length = 0
    const anonymous = new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY })
    expect((await anonymous.resolve(image, 'latest'))?.digest).toBe(latest.digest)
    expect(registry.tokenRequests).toEqual([
      {
        scopes: [`repository:${REPOSITORY}:pull`],
        service: 'release-actions-test-registry',
        account: null,
        credentials: 'anonymous'
      }
    ])
  })

  it('refuses an anonymous push with a message that says what to check', async () => {
    const anonymous = new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY })
    const error = await failureOf(anonymous.addTag(image, 'latest', 'v0.6.0'))
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toContain(
      `tagging ${image}:latest as v0.6.0: the registry refused anonymous access (HTTP 401`
    )
    expect(error.message).toContain(
      `has write permission on ${registry.host}/${REPOSITORY}, and pass registry credentials`
    )
    expect(await digestOf(registry, 'v0.6.0')).toBeNull()
  })

  it('tags through challenge -> token -> retry, and reuses tokens per scope', async () => {
    registry.tokenRequests.length = 0
    const authed = new RegistryClient({
      registryUrl: registry.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: PASSWORD }
    })
    expect(await authed.addTag(image, 'latest', 'v0.6.1')).toEqual({
      status: 'created',
      digest: latest.digest
    })
    expect(await digestOf(registry, 'v0.6.1')).toBe(latest.digest)

    // Two reads share the pull token; the PUT needs (and gets) pull,push, with the credentials.
    const expected = (actions: string) => ({
      scopes: [`repository:${REPOSITORY}:${actions}`],
      service: 'release-actions-test-registry',
      account: USERNAME,
      credentials: 'valid'
    })
    expect(registry.tokenRequests).toEqual([expected('pull'), expected('pull,push')])

    expect(await authed.addTag(image, 'latest', 'v0.6.1')).toEqual({
      status: 'unchanged',
      digest: latest.digest
    })
    expect(await authed.exists(image, 'v0.6.1')).toBe(true)
    expect(registry.tokenRequests).toHaveLength(2)
  })

  it('says the token service refused the credentials, without showing the password', async () => {
    const wrong = new RegistryClient({
      registryUrl: registry.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: `${PASSWORD}-wrong` }
    })
    const error = await failureOf(wrong.resolve(image, 'latest'))
    expect(error.message).toContain(`reading ${image}:latest: the token service`)
    expect(error.message).toContain(
      `refused the credentials of ${USERNAME} (HTTP 401); check the username and password`
    )
    expect(error.message).not.toContain(`${PASSWORD}-wrong`)
    expectNoSecret(error)
  })
})

/** A token service that hands out a token to anyone and records what each request carried. */
async function startHostileRealm(
  host: string
): Promise<{ url: string; seen: { url: string; headers: IncomingHttpHeaders }[]; server: Server }> {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = []
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers })
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ token: 'hostile-token' }))
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://${host}:${port}/steal`, seen, server }
}

describe('a registry whose 401 names a token realm on another host', () => {
  let registry: TestRegistry
  let realm: Awaited<ReturnType<typeof startHostileRealm>>
  let front: Front

  beforeAll(async () => {
    registry = await startRegistry({ kind: 'token', username: USERNAME, password: PASSWORD })
    await pushIndex(registry, REPOSITORY, 'latest', 'token')
    // Another loopback address: the http allowance for a loopback registry does not reach it.
    realm = await startHostileRealm('127.0.0.2')
    front = await startFront(registry.url, { realm: realm.url })
  })
  afterAll(async () => {
    await front?.stop()
    await new Promise((resolve) => realm?.server.close(resolve))
    await registry?.stop()
  })

  it('never sends the credentials there: the tag is refused with a message naming the realm', async () => {
    const client = new RegistryClient({
      registryUrl: front.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: PASSWORD }
    })
    const error = await failureOf(
      client.addTag(`${registry.host}/${REPOSITORY}`, 'latest', 'v0.6.1')
    )
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toContain(
      `named ${realm.url} as its token service; the credentials for ${new URL(front.url).host} go to that host over https only, so they were not sent`
    )
    expectNoSecret(error)
    const leaked = realm.seen.filter(
      (request) =>
        request.headers.authorization !== undefined ||
        request.url.includes(encodeURIComponent(USERNAME)) ||
        request.url.includes(USERNAME)
    )
    expect(leaked).toEqual([])
    expect(await digestOf(registry, 'v0.6.1')).toBeNull()
  })

  it('reads anonymously through it when the credentials are for another registry', async () => {
    realm.seen.length = 0
    const client = new RegistryClient({
      registryUrl: front.url,
      retry: FAST_RETRY,
      credentials: { username: USERNAME, password: PASSWORD },
      credentialsHost: 'quay.io'
    })
    // The hostile realm's token is no token of the registry: the read is refused, anonymously.
    const error = await failureOf(client.resolve(`${registry.host}/${REPOSITORY}`, 'latest'))
    expect(error.message).toContain('(HTTP 401')
    expect(realm.seen).toHaveLength(1)
    expect(realm.seen[0].headers.authorization).toBeUndefined()
    expect(realm.seen[0].url).not.toContain('account=')
  })
})
