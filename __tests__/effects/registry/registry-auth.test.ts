import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ReleaseError } from '../../../src/release/errors.js'
import { MEDIA_TYPES, RegistryClient } from '../../../src/effects/registry/client.js'
import {
  pushIndex,
  startRegistry,
  type PushedManifest,
  type TestRegistry
} from '../../../sandbox/oci-registry.js'

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
