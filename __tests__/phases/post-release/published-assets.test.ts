import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { replacementName } from '../../../src/phases/post-release/assets.js'
import { makeTempDir } from '../../support/tmp.js'
import { type PostWorld, runPostAction, startPostWorld } from './world.js'

// A published release's assets are what users downloaded, and what some of
// them pinned by digest: a rerun that builds a different file never swaps it
// silently. Without force it refuses (exit 2, naming force); with force the
// new file is uploaded before the old one is removed, so the release never
// lacks it.

const NAME = 'go-xdp-counter-install.yaml'
let world: PostWorld
let temp: { dir: string; cleanup: () => void }
let inputs: Record<string, string>

beforeAll(async () => {
  world = await startPostWorld()
  temp = makeTempDir('post-published-assets')
  inputs = {
    version: '0.6.1',
    base: 'main',
    token: world.env.GITHUB_TOKEN,
    repository: 'bpfman/bpfman',
    'working-directory': world.workDir,
    'manifest-path': join(temp.dir, 'manifest.json'),
    'registry-url': world.registry.url,
    images: 'none',
    'dispatcher-images': 'none',
    crates: 'none',
    'fail-on': 'none',
    'wait-seconds': '0',
    'runs-wait-seconds': '0'
  }
})

afterAll(async () => {
  await world?.cleanup()
  temp?.cleanup()
})

const post = (extra: Record<string, string> = {}) =>
  runPostAction({ ...inputs, ...extra }, world.workDir, {
    GITHUB_API_URL: world.env.GITHUB_API_URL
  })
const assetNamed = (name: string) =>
  world.emulator.state.assetsOf(world.releaseId).find((asset) => asset.name === name)

describe('post-release on a published release whose asset differs from the built file', () => {
  let built: Buffer
  let published: Buffer

  it('publishes the release with its assets first', async () => {
    const first = await post()
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(world.emulator.state.releases.find((r) => r.id === world.releaseId)?.draft).toBe(false)
    built = Buffer.from(assetNamed(NAME)?.data ?? '')
    expect(built.length).toBeGreaterThan(0)
    // The asset as users have it now: other bytes than the tag builds.
    published = Buffer.from(`${built.toString()}# as downloaded and pinned\n`)
    const asset = assetNamed(NAME)
    if (asset) asset.data = published
  })

  it('without force: refused (exit 2, naming force and what differs); the asset is left as it is', async () => {
    const requestsBefore = world.emulator.requests.length
    const refused = await post()
    expect(refused.status).toBe(2)
    expect(refused.stdout).toContain(
      `::error::force: ${NAME} on the published release v0.6.1 differs from the file built at v0.6.1`
    )
    expect(refused.stdout).toContain('rerun with force (--force)')
    expect(assetNamed(NAME)?.data.equals(published)).toBe(true)
    const changes = world.emulator.requests
      .slice(requestsBefore)
      .filter((request) => request.method !== 'GET' && request.path.includes('/assets'))
    expect(changes).toEqual([])
  })

  it('with force: the new file is uploaded before the old one is deleted, then renamed', async () => {
    const requestsBefore = world.emulator.requests.length
    const forced = await post({ force: 'true' })
    expect(forced.stderr).toBe('')
    expect(forced.status).toBe(0)
    expect(assetNamed(NAME)?.data.equals(built)).toBe(true)
    expect(assetNamed(replacementName(NAME))).toBeUndefined()
    const steps = world.emulator.requests
      .slice(requestsBefore)
      .filter((request) => request.method !== 'GET' && request.path.includes('/assets'))
      .map((request) => `${request.method} ${new URLSearchParams(request.query).get('name') ?? ''}`)
    expect(steps).toEqual([`POST ${replacementName(NAME)}`, 'DELETE ', 'PATCH '])
  })
})
