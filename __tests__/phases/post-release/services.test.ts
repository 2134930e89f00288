import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ReleaseError } from '../../../src/release/errors.js'
import { GitHubClient, createOctokit } from '../../../src/effects/github/client.js'
import { sha256Of } from '../../../src/phases/post-release/assets.js'
import { runPublicationChecks } from '../../../src/phases/post-release/checks.js'
import { logProgress } from '../../../src/progress-display.js'
import { latestCoprBuild } from '../../../src/effects/copr.js'
import { CratesClient } from '../../../src/effects/crates.js'
import { dispatcherTagOperation } from '../../../src/phases/post-release/images.js'
import { Products } from '../../../src/release/plan.js'
import { RegistryClient } from '../../../src/effects/registry/client.js'
import { parseVersion } from '../../../src/release/version.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { validatedOperations, validatingOctokit } from '../../sandbox/github-emulator/helpers.js'
import {
  pushImage,
  pushIndex,
  startRegistry,
  type TestRegistry
} from '../../../sandbox/oci-registry.js'
import {
  type CoprStandIn,
  type CratesStandIn,
  startCoprStandIn,
  startCratesStandIn
} from './stand-ins.js'

const FAST_RETRY = { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 }
const version = parseVersion('0.6.1')

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('CratesClient against a crates.io stand-in', () => {
  let crates: CratesStandIn
  beforeAll(async () => {
    crates = await startCratesStandIn()
    crates.publish('bpfman', '0.6.1')
    crates.publish('bpfman', '0.6.0', true)
  })
  afterAll(async () => crates?.close())

  it('tells a published, a yanked and a missing version (or crate) apart', async () => {
    const client = new CratesClient(`${crates.url}/api/v1/`)
    expect(await client.version('bpfman', '0.6.1')).toEqual({ state: 'published', yanked: false })
    expect(await client.version('bpfman', '0.6.0')).toEqual({ state: 'published', yanked: true })
    expect(await client.version('bpfman', '0.6.2')).toEqual({
      state: 'missing',
      detail: 'crate `bpfman` does not have a version `0.6.2`'
    })
    expect(await client.version('bpfman-api', '0.6.1')).toEqual({
      state: 'missing',
      detail: 'crate `bpfman-api` does not exist'
    })
    expect(crates.requests.at(-1)).toEqual({
      path: '/api/v1/crates/bpfman-api/0.6.1',
      userAgent: expect.stringMatching(/^bpfman-release-actions \(https:/)
    })
  })

  it('reports crates.io refusing a User-Agent that only names an HTTP library', async () => {
    const error = await rejection(
      new CratesClient(`${crates.url}/api/v1`, { userAgent: 'node' }).version('bpfman', '0.6.1')
    )
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toMatch(
      /^reading bpfman 0\.6\.1 from http:\/\/127\.0\.0\.1:\d+\/api\/v1: HTTP 403 \(We require that all requests include a `User-Agent` header/
    )
  })
})

describe("the crates.io stand-in's publish endpoint", () => {
  let crates: CratesStandIn
  beforeAll(async () => {
    crates = await startCratesStandIn()
  })
  afterAll(async () => crates?.close())

  /** PUT /api/v1/crates/new as cargo sends it: a u32 LE length and the metadata, then the .crate's. */
  const upload = async (body: Buffer, authorization?: string) => {
    const response = await fetch(`${crates.url}/api/v1/crates/new`, {
      method: 'PUT',
      body,
      headers: { 'user-agent': 'cargo 1.95.0', ...(authorization ? { authorization } : {}) }
    })
    return { status: response.status, body: await response.json() }
  }
  const length = (n: number) => {
    const bytes = Buffer.alloc(4)
    bytes.writeUInt32LE(n)
    return bytes
  }
  const wire = (metadata: object, file = Buffer.from('a .crate')) => {
    const json = Buffer.from(JSON.stringify(metadata))
    return Buffer.concat([length(json.length), json, length(file.length), file])
  }
  const client = () => new CratesClient(`${crates.url}/api/v1`)

  it('publishes the version the metadata names, once, with a token', async () => {
    const crate = wire({ name: 'bpfman-api', vers: '0.6.1', deps: [], features: {} })
    expect(await upload(crate, 'token')).toEqual({
      status: 200,
      body: { warnings: { invalid_categories: [], invalid_badges: [], other: [] } }
    })
    expect(await client().version('bpfman-api', '0.6.1')).toEqual({
      state: 'published',
      yanked: false
    })
    expect(await upload(crate, 'token')).toEqual({
      status: 400,
      body: { errors: [{ detail: 'crate version `0.6.1` is already uploaded' }] }
    })
  })

  it('refuses an upload without a token, or one that is not in the wire format', async () => {
    expect(await upload(wire({ name: 'bpfman', vers: '0.6.1' }))).toEqual({
      status: 403,
      body: { errors: [{ detail: 'this action requires authentication' }] }
    })
    expect((await client().version('bpfman', '0.6.1')).state).toBe('missing')
    const refused = async (body: Buffer) =>
      (
        (await upload(body, 'token')).body as {
          errors: { detail: string }[]
        }
      ).errors[0].detail
    expect(await refused(wire({ name: 'bpfman' }))).toBe(
      'invalid upload request: missing field `vers`'
    )
    expect(await refused(wire({ name: 'bpfman', vers: '0.6.1' }).subarray(0, 20))).toBe(
      'invalid upload request: the metadata is cut short'
    )
    const long = Buffer.concat([wire({ name: 'bpfman', vers: '0.6.1' }), Buffer.from('!')])
    expect(await refused(long)).toBe(
      'invalid upload request: the .crate file is not as long as its length says'
    )
    expect(await refused(Buffer.concat([length(3), Buffer.from('{x}'), length(0)]))).toMatch(
      /^invalid upload request: /
    )
  })

  it('takes only the expected token when given one', async () => {
    const strict = await startCratesStandIn({ token: 'right' })
    try {
      const put = (authorization: string) =>
        fetch(`${strict.url}/api/v1/crates/new`, {
          method: 'PUT',
          body: wire({ name: 'bpfman', vers: '0.6.1' }),
          headers: { 'user-agent': 'cargo 1.95.0', authorization }
        })
      const wrong = await put('wrong')
      expect(wrong.status).toBe(403)
      expect(await wrong.json()).toEqual({ errors: [{ detail: 'authentication failed' }] })
      expect((await put('right')).status).toBe(200)
    } finally {
      await strict.close()
    }
  })
})

describe('latestCoprBuild against a COPR stand-in', () => {
  let copr: CoprStandIn
  beforeAll(async () => {
    copr = await startCoprStandIn()
    copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
      id: 9001,
      state: 'succeeded',
      version: '0.6.1-1'
    })
    copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman-nightly', null)
  })
  afterAll(async () => copr?.close())

  it('reads the latest build of the package, none, or says the project is unknown', async () => {
    expect(
      await latestCoprBuild(copr.url, { owner: '@ebpf-sig', project: 'bpfman' }, 'bpfman')
    ).toEqual({ id: 9001, state: 'succeeded', version: '0.6.1-1' })
    expect(
      await latestCoprBuild(copr.url, { owner: '@ebpf-sig', project: 'bpfman' }, 'bpfman-nightly')
    ).toBeUndefined()
    expect(copr.requests.at(-1)?.path).toBe(
      '/api_3/package?ownername=%40ebpf-sig&projectname=bpfman&packagename=bpfman-nightly&with_latest_build=True'
    )
    const error = await rejection(
      latestCoprBuild(copr.url, { owner: 'someone', project: 'bpfman' }, 'bpfman')
    )
    expect(error.message).toBe(
      'reading the latest COPR build of bpfman in someone/bpfman: Project someone/bpfman does not exist.'
    )
  })
})

describe('runPublicationChecks', () => {
  let registry: TestRegistry
  let emulator: GitHubEmulator
  let github: GitHubClient
  let releaseId: number
  const asset = { name: 'go-xdp-counter-install.yaml', data: Buffer.from('kind: XdpProgram\n') }

  beforeAll(async () => {
    registry = await startRegistry()
    emulator = await startGitHubEmulator({ token: 't' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
    github = new GitHubClient(createOctokit('t', emulator.url), { owner: 'bpfman', repo: 'bpfman' })
    const release = await github.releases.create({
      tag: 'v0.6.1',
      target: 'main',
      draft: true,
      name: 'v0.6.1',
      body: '',
      prerelease: false,
      makeLatest: 'true'
    })
    releaseId = release.id
    await github.releases.uploadAsset(
      (await github.releases.withAssets(releaseId)).uploadUrl,
      asset.name,
      asset.data,
      'application/yaml'
    )
    await pushImage(registry, 'bpfman/bpfman', 'v0.6.1', { marker: 'bpfman-0.6.1' })
  })
  afterAll(async () => {
    await emulator?.close()
    await registry?.stop()
  })

  const request = (images: string[], waitMs: number, log: string[] = []) => ({
    version,
    github,
    releaseId,
    assets: [{ name: asset.name, digest: sha256Of(asset.data) }],
    registry: new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY }),
    images,
    crates: undefined,
    crateNames: [],
    copr: undefined,
    waitMs,
    // The display the action and a piped CLI use, its lines kept without their time.
    progress: logProgress((line) => log.push(line.replace(/^\d\d:\d\d:\d\dZ /, '')))
  })

  it('fails a draft release and a missing image at once when there is no time to wait', async () => {
    const results = await runPublicationChecks(
      request(['quay.io/bpfman/bpfman', 'quay.io/bpfman/bpfman-agent'], 0)
    )
    expect(results).toEqual([
      {
        group: 'release',
        name: 'GitHub release v0.6.1',
        status: 'failed',
        detail: 'still a draft'
      },
      { group: 'images', name: 'quay.io/bpfman/bpfman:v0.6.1', status: 'passed', detail: 'exists' },
      {
        group: 'images',
        name: 'quay.io/bpfman/bpfman-agent:v0.6.1',
        status: 'failed',
        detail: 'no tag v0.6.1'
      },
      {
        group: 'crates',
        name: 'crates',
        status: 'not checked',
        detail: 'no crates API URL (input crates-api-url)'
      },
      {
        group: 'copr',
        name: 'COPR build',
        status: 'not checked',
        detail: 'no COPR URL or project (inputs copr-url, copr-project)'
      }
    ])
  })

  it('waits with backoff for an image still being pushed, within the time given', async () => {
    await github.releases.update(releaseId, { draft: false })
    const log: string[] = []
    setTimeout(
      () =>
        void pushImage(registry, 'bpfman/bpfman-operator', 'v0.6.1', { marker: 'operator-0.6.1' }),
      300
    )
    const started = Date.now()
    const results = await runPublicationChecks(
      request(['quay.io/bpfman/bpfman-operator'], 4000, log)
    )
    expect(results.slice(0, 2).map((r) => `${r.name}: ${r.status}`)).toEqual([
      'GitHub release v0.6.1: passed',
      'quay.io/bpfman/bpfman-operator:v0.6.1: passed'
    ])
    expect(log).toEqual([
      'waiting for quay.io/bpfman/bpfman-operator:v0.6.1 to be published (up to 4s): started',
      // How long it took depends on the machine: within the 4 s given.
      expect.stringMatching(
        /^waiting for quay\.io\/bpfman\/bpfman-operator:v0\.6\.1 to be published \(up to 4s\): done in [0-3]s$/
      )
    ])
    expect(Date.now() - started).toBeLessThan(4000)
  })

  it('gives up when the time is up', async () => {
    const log: string[] = []
    const started = Date.now()
    const results = await runPublicationChecks(request(['quay.io/bpfman/never-pushed'], 600, log))
    expect(results[1]).toMatchObject({
      name: 'quay.io/bpfman/never-pushed:v0.6.1',
      status: 'failed',
      detail: 'no tag v0.6.1'
    })
    expect(log).toEqual([
      'waiting for quay.io/bpfman/never-pushed:v0.6.1 to be published (up to 1s): started',
      'waiting for quay.io/bpfman/never-pushed:v0.6.1 to be published (up to 1s): failed after 0s'
    ])
    expect(Date.now() - started).toBeGreaterThanOrEqual(600)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})

describe("GitHubClient asset calls, checked against GitHub's OpenAPI description", () => {
  it('reads a release with its assets, uploads through upload_url, downloads and deletes', async () => {
    const emulator = await startGitHubEmulator({ token: 'asset-token' })
    try {
      emulator.addRepo({ owner: 'bpfman', name: 'bpfman', immutableReleases: true })
      const github = new GitHubClient(validatingOctokit(emulator.url, 'asset-token'), {
        owner: 'bpfman',
        repo: 'bpfman'
      })
      const release = await github.releases.create({
        tag: 'v0.6.1',
        target: 'main',
        draft: true,
        name: 'v0.6.1',
        body: '',
        prerelease: false,
        makeLatest: 'true'
      })
      const empty = await github.releases.withAssets(release.id)
      expect(empty).toMatchObject({
        immutable: false,
        assets: [],
        release: { id: release.id, draft: true }
      })
      expect(empty.uploadUrl).toBe(
        `${emulator.url}/repos/bpfman/bpfman/releases/${release.id}/assets{?name,label}`
      )

      const data = Buffer.from('kind: XdpProgram\n')
      const uploaded = await github.releases.uploadAsset(
        empty.uploadUrl,
        'go-xdp-counter-install.yaml',
        data,
        'application/yaml'
      )
      expect(uploaded).toMatchObject({
        name: 'go-xdp-counter-install.yaml',
        size: data.length,
        digest: sha256Of(data),
        state: 'uploaded'
      })
      expect(emulator.state.assets[0].contentType).toBe('application/yaml')
      expect((await github.releases.downloadAsset(uploaded.id)).equals(data)).toBe(true)
      await github.releases.deleteAsset(uploaded.id)
      expect((await github.releases.withAssets(release.id)).assets).toEqual([])

      await github.releases.uploadAsset(
        empty.uploadUrl,
        'bpfman-crds-install.yaml',
        data,
        'application/yaml'
      )
      await github.releases.update(release.id, { draft: false })
      const published = await github.releases.withAssets(release.id)
      expect(published).toMatchObject({
        immutable: true,
        release: { draft: false },
        assets: [{ name: 'bpfman-crds-install.yaml' }]
      })
      for (const operation of [
        'repos/get-release 200',
        'repos/list-release-assets 200',
        'repos/upload-release-asset 201',
        'repos/delete-release-asset 204'
      ]) {
        expect(validatedOperations).toContain(operation)
      }
    } finally {
      await emulator.close()
    }
  })
})

describe('dispatcherTagOperation against a registry behind HTTP Basic', () => {
  const credentials = { username: 'bpfman+release', password: 'robot-basic-5Tz' }
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ kind: 'basic', ...credentials })
  })
  afterAll(async () => registry?.stop())

  it('tags latest once, leaves it on a rerun, refuses another digest without force and moves it with force', async () => {
    const image = 'quay.io/bpfman/xdp-dispatcher'
    const latest = await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-main')
    const client = new RegistryClient({ registryUrl: registry.url, credentials, retry: FAST_RETRY })
    const op = dispatcherTagOperation(client, image, 'v0.6.1', false)
    const apply = () => op.apply(new Products())
    expect(op).toMatchObject({
      kind: 'registry',
      title: 'tag quay.io/bpfman/xdp-dispatcher:latest as v0.6.1'
    })
    expect(await apply()).toMatchObject({
      status: 'done',
      detail: `${image}:v0.6.1 -> ${latest.digest}`,
      value: { image, tag: 'v0.6.1', digest: latest.digest, status: 'created' }
    })
    expect(await apply()).toMatchObject({
      status: 'unchanged',
      detail: `${image}:v0.6.1 is ${latest.digest}`,
      value: { status: 'unchanged' }
    })

    const newer = await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-newer')
    const refused = await rejection(apply())
    expect(refused.message).toBe(
      `${image}:v0.6.1 already points at ${latest.digest}, not at ${newer.digest} (${image}:latest); check which image the release should carry, and use force to move the tag`
    )
    const forced = dispatcherTagOperation(client, image, 'v0.6.1', true)
    expect(await forced.apply(new Products())).toMatchObject({
      status: 'done',
      detail: `${image}:v0.6.1 -> ${newer.digest} (moved from ${latest.digest})`,
      value: { status: 'moved', previousDigest: latest.digest }
    })

    const anonymous = new RegistryClient({ registryUrl: registry.url, retry: FAST_RETRY })
    const denied = await rejection(
      dispatcherTagOperation(anonymous, image, 'v0.6.2', false).apply(new Products())
    )
    expect(denied.message).toContain(
      'requires a username and password (HTTP Basic); pass registry credentials'
    )
  })
})
