import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MEDIA_TYPES } from '../../../src/effects/registry/client.js'
import { pushImage } from '../../../sandbox/oci-registry.js'
import { makeTempDir } from '../../support/tmp.js'
import { type PostWorld, runPostAction, startPostWorld } from './world.js'

// The post-release action as the runner starts it, on a bpfman whose lib.rs pins
// the dispatchers by digest, in a repository with immutable releases, against a
// registry behind the Bearer token flow with robot credentials.

const USERNAME = 'bpfman+release'
const PASSWORD = 'robot-token-7Hq2Zx'
let world: PostWorld
let temp: { dir: string; cleanup: () => void }
let inputs: Record<string, string>

beforeAll(async () => {
  world = await startPostWorld({
    digestPinned: true,
    immutableReleases: true,
    registryAuth: { kind: 'token', username: USERNAME, password: PASSWORD }
  })
  temp = makeTempDir('post-action')
  inputs = {
    version: '0.6.1',
    // No manifest here: the base the revert pull request goes to is given.
    base: 'main',
    token: world.env.GITHUB_TOKEN,
    repository: 'bpfman/bpfman',
    'working-directory': world.workDir,
    'manifest-path': join(temp.dir, 'manifest.json'),
    'registry-url': world.registry.url,
    'registry-username': USERNAME,
    'registry-password': PASSWORD,
    images: 'quay.io/bpfman/xdp-dispatcher,quay.io/bpfman/tc-dispatcher',
    // Pinned by digest, the dispatchers are tagged only when named.
    'dispatcher-images': 'quay.io/bpfman/xdp-dispatcher,quay.io/bpfman/tc-dispatcher',
    crates: 'none',
    'fail-on': 'release,images',
    'wait-seconds': '0',
    'runs-wait-seconds': '0'
  }
})

afterAll(async () => {
  await world?.cleanup()
  temp?.cleanup()
})

async function tagDigest(repository: string, tag: string): Promise<string | null> {
  const authorization = world.registry.pushAuthorization(repository) as string
  const response = await fetch(`${world.registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: Object.values(MEDIA_TYPES).join(', '), authorization }
  })
  return response.status === 200 ? response.headers.get('docker-content-digest') : null
}

/** The password may reach the log only in the ::add-mask:: command that hides it. */
function expectMasked(output: string): void {
  const lines = output.split('\n').filter((line) => line.includes(PASSWORD))
  expect(lines).toEqual([`::add-mask::${PASSWORD}`])
}

describe('the post-release action', () => {
  it('publishes the release with its assets, then refuses to move a dispatcher tag that points elsewhere', async () => {
    const old = await pushImage(world.registry, 'bpfman/xdp-dispatcher', 'v0.6.1', {
      marker: 'an older xdp dispatcher'
    })
    const result = await runPostAction(inputs, world.workDir, {
      GITHUB_API_URL: world.env.GITHUB_API_URL
    })
    expectMasked(result.stdout + result.stderr)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `::error::step 20 (tag quay.io/bpfman/xdp-dispatcher:latest as v0.6.1) failed: quay.io/bpfman/xdp-dispatcher:v0.6.1 already points at ${old.digest}, not at ${world.xdpLatest.digest}`
    )
    const release = world.emulator.state.releases.find((r) => r.id === world.releaseId)
    expect(release).toMatchObject({ draft: false, immutable: true })
    expect(world.emulator.state.assetsOf(world.releaseId)).toHaveLength(18)
    expect(await tagDigest('bpfman/xdp-dispatcher', 'v0.6.1')).toBe(old.digest)
    // The outputs and the summary are written even though the step failed.
    expect(JSON.parse(result.outputs.assets)).toHaveLength(18)
    expect(result.outputs['release-url']).toBe(
      'https://github.com/bpfman/bpfman/releases/tag/v0.6.1'
    )
    expect(result.summary).toContain('## post-release 0.6.1')
    expect(result.summary).toContain('### Publication checks\n\nNot run.')
    // It ends with the release's state as this phase knows it.
    expect(result.summary).toContain('### Release state\n\n```mermaid\nflowchart LR\n')
    expect(result.summary).toContain(
      '| bpfman/bpfman | images | images | failed | post-release stopped at "tag quay.io/bpfman/xdp-dispatcher:latest as v0.6.1" |'
    )
  })

  it('with force, moves the tag, opens no revert pull request (digest-pinned) and writes every output', async () => {
    const old = await tagDigest('bpfman/xdp-dispatcher', 'v0.6.1')
    const result = await runPostAction({ ...inputs, force: 'true' }, world.workDir, {
      GITHUB_API_URL: world.env.GITHUB_API_URL
    })
    expectMasked(result.stdout + result.stderr)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(await tagDigest('bpfman/xdp-dispatcher', 'v0.6.1')).toBe(world.xdpLatest.digest)
    const images = JSON.parse(result.outputs['images-tagged'])
    expect(images).toEqual([
      {
        image: 'quay.io/bpfman/xdp-dispatcher',
        tag: 'v0.6.1',
        status: 'moved',
        digest: world.xdpLatest.digest,
        previousDigest: old
      },
      expect.objectContaining({
        image: 'quay.io/bpfman/tc-dispatcher',
        tag: 'v0.6.1',
        status: 'created'
      })
    ])
    expect(
      JSON.parse(result.outputs.assets).every(
        (asset: { status: string }) => asset.status === 'unchanged'
      )
    ).toBe(true)
    expect(result.outputs['revert-pr-url']).toBe('')
    expect(
      world.emulator.state.pulls.filter((pull) => pull.head.ref.endsWith('dispatchers-latest'))
    ).toEqual([])
    expect(result.summary).toContain(
      'quay.io/bpfman/xdp-dispatcher and quay.io/bpfman/tc-dispatcher are pinned by digest at v0.6.1: nothing to put back to :latest, no pull request'
    )
    const checks = JSON.parse(result.outputs.checks)
    expect(checks.map((c: { group: string; status: string }) => `${c.group} ${c.status}`)).toEqual([
      'release passed',
      'images passed',
      'images passed',
      'crates not checked',
      'copr not checked'
    ])
    expect(result.summary).toContain('- ✅ passed: quay.io/bpfman/tc-dispatcher:v0.6.1: exists')
    expect(result.summary).toContain('- ➖ not checked: crates: no crates listed (input crates)')
    // No operator-token: the exact link and inputs for a maintainer.
    expect(result.summary).toContain(
      'open https://github.com/bpfman/bpfman-operator/actions/workflows/prepare-release.yml, press "Run workflow" on `main` with `version`: `0.6.1`'
    )
    expect(result.summary).toContain(
      'gh workflow run prepare-release.yml --repo bpfman/bpfman-operator --ref main -f version=0.6.1'
    )
    expect(result.outputs['manifest-path']).toBe(inputs['manifest-path'])
    expect(existsSync(inputs['manifest-path'])).toBe(true)
    expect(
      JSON.parse(readFileSync(inputs['manifest-path'], 'utf8')).postRelease.handOver.status
    ).toBe('manual')
    // The registry was asked for tokens with the robot account, push only where it tags.
    const pushes = world.registry.tokenRequests.filter((r) =>
      r.scopes.some((s) => s.endsWith(':pull,push'))
    )
    expect(pushes.length).toBeGreaterThan(0)
    expect(
      pushes.every(
        (r) => r.credentials === 'valid' && r.scopes.every((s) => /dispatcher:pull,push$/.test(s))
      )
    ).toBe(true)
  })

  it('on the immutable release, a built file that differs from its asset is an error that says what differs', async () => {
    const asset = world.emulator.state
      .assetsOf(world.releaseId)
      .find((a) => a.name === 'go-xdp-counter-install.yaml')
    if (!asset) throw new Error('asset missing')
    const original = asset.data
    asset.data = Buffer.from(`${original.toString()}# edited by hand\n`)
    const result = await runPostAction({ ...inputs, force: 'true' }, world.workDir, {
      GITHUB_API_URL: world.env.GITHUB_API_URL
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `::error::go-xdp-counter-install.yaml differs from the file built at v0.6.1 (release: ${asset.data.length} bytes, sha256:`
    )
    expect(result.stdout).toContain(`built: ${original.length} bytes, sha256:`)
    expect(result.stdout).toContain('on the published release v0.6.1, which is immutable')
    expect(asset.data.toString()).toContain('# edited by hand')
  })
})
