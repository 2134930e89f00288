import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BpfmanFixture, createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { type TestRegistry, startRegistry } from '../../sandbox/oci-registry.js'
import { type CratesStandIn, startCratesStandIn } from '../phases/post-release/stand-ins.js'
import { makeTempDir } from '../support/tmp.js'

// The commands the fixture workflows run from $SANDBOX_TOOLS, as processes.
const TOOLS = join(import.meta.dirname, '../../sandbox/tools')
let temp: { dir: string; cleanup: () => void }
let registry: TestRegistry
let repo: FixtureRepo

beforeAll(async () => {
  temp = makeTempDir('sandbox-tools')
  registry = await startRegistry()
  repo = await FixtureRepo.create(temp.dir, 'bpfman')
  await repo.commit('initial', { 'README.md': '# bpfman\n' })
  await repo.git.exec(['push', '--quiet', 'origin', 'main'])
})
afterAll(async () => {
  await registry.stop()
  temp.cleanup()
})

function tool(name: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(join(TOOLS, name), args, {
    cwd: repo.workDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env }
  })
}

describe('mike', () => {
  const pages = async (path: string) =>
    repo.git.exec(['--git-dir', repo.remoteDir, 'show', `gh-pages:${path}`])

  it("deploys a version's folder to gh-pages of origin, moving an alias to it", async () => {
    tool('mike', ['deploy', '--push', '--update-aliases', 'v0.6.0', 'latest'])
    tool('mike', ['deploy', '--push', '--update-aliases', 'v0.6.1', 'latest'])
    expect(await pages('v0.6.1/index.html')).toContain('bpfman v0.6.1')
    expect(JSON.parse(await pages('versions.json'))).toEqual([
      { version: 'v0.6.1', title: 'v0.6.1', aliases: ['latest'] },
      { version: 'v0.6.0', title: 'v0.6.0', aliases: [] }
    ])
  })

  it('refuses what it does not stand in for', () => {
    expect(() => tool('mike', ['serve'])).toThrow(/only deploy is supported/)
  })
})

describe('push-image and cosign', () => {
  it('pushes an image under the reference to the sandbox registry, whatever host it names', async () => {
    const out = tool('push-image', ['quay.io/bpfman/bpfman:latest'], {
      SANDBOX_REGISTRY_URL: registry.url
    })
    expect(out).toMatch(
      /^push-image \(sandbox\): quay.io\/bpfman\/bpfman:latest sha256:[0-9a-f]{64}/
    )
    const tags = (await (await fetch(`${registry.url}/v2/bpfman/bpfman/tags/list`)).json()) as {
      tags: string[]
    }
    expect(tags.tags).toEqual(['latest'])
  })

  it('records what cosign signs', () => {
    const log = join(temp.dir, 'tools.log')
    tool('cosign', ['sign', '-y', 'quay.io/bpfman/bpfman@sha256:abc'], { SANDBOX_TOOLS_LOG: log })
    expect(readFileSync(log, 'utf8')).toBe('cosign sign quay.io/bpfman/bpfman@sha256:abc\n')
  })
})

describe('cargo', () => {
  let crates: CratesStandIn
  let bpfman: BpfmanFixture
  beforeAll(async () => {
    crates = await startCratesStandIn({ token: 'crates-token' })
    bpfman = await createBpfmanFixture(join(temp.dir, 'cargo'))
  })
  afterAll(async () => crates?.close())

  /** The tool in the bpfman workspace, as a process the in-process stand-in can answer. */
  const publish = (args: string[], env: Record<string, string | undefined>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        join(TOOLS, 'cargo'),
        ['publish', ...args],
        { cwd: bpfman.workDir, env: { ...process.env, SANDBOX_CRATES_URL: crates.url, ...env } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      )
    })
  const version = async (name: string, number: string) =>
    fetch(`${crates.url}/api/v1/crates/${name}/${number}`, {
      headers: { 'user-agent': 'release-actions tests' }
    })

  it('records the crate cargo publishes, and refuses anything else', () => {
    const log = join(temp.dir, 'cargo.log')
    tool('cargo', ['publish', '-p', 'bpfman-api'], { SANDBOX_TOOLS_LOG: log })
    expect(readFileSync(log, 'utf8')).toBe('cargo publish bpfman-api\n')
    expect(() => tool('cargo', ['build'])).toThrow(/publish -p CRATE/)
  })

  it("publishes the crate at the workspace's version to $SANDBOX_CRATES_URL, once", async () => {
    const log = join(temp.dir, 'cargo-publish.log')
    const token = { CARGO_REGISTRY_TOKEN: 'crates-token', SANDBOX_TOOLS_LOG: log }
    expect((await version('bpf-log-exporter', '0.6.0')).status).toBe(404)
    expect(await publish(['--package', 'bpf-log-exporter'], token)).toMatchObject({
      code: 0,
      stdout: `cargo (sandbox): published bpf-log-exporter v0.6.0 to ${crates.url}\n`
    })
    const published = await version('bpf-log-exporter', '0.6.0')
    expect(published.status).toBe(200)
    expect(((await published.json()) as { version: { num: string } }).version.num).toBe('0.6.0')
    expect(crates.requests.find((r) => r.path === '/api/v1/crates/new')?.userAgent).toBe(
      'cargo (sandbox)'
    )

    const again = await publish(['-p', 'bpf-log-exporter'], token)
    expect(again.code).toBe(101)
    expect(again.stderr).toContain(
      'the remote server responded with an error (status 400): crate version `0.6.0` is already uploaded'
    )
    expect(readFileSync(log, 'utf8')).toBe(
      'cargo publish bpf-log-exporter\ncargo publish bpf-log-exporter\n'
    )
  })

  it('is refused without the token, or for a crate the workspace does not have', async () => {
    const withoutToken = await publish(['-p', 'bpfman'], { CARGO_REGISTRY_TOKEN: undefined })
    expect(withoutToken.code).toBe(101)
    expect(withoutToken.stderr).toContain('(status 403): this action requires authentication')
    const wrongToken = await publish(['-p', 'bpfman'], { CARGO_REGISTRY_TOKEN: 'stale' })
    expect(wrongToken.stderr).toContain('(status 403): authentication failed')
    expect((await version('bpfman', '0.6.0')).status).toBe(404)

    const unknown = await publish(['-p', 'bpfman-agent'], { CARGO_REGISTRY_TOKEN: 'crates-token' })
    expect(unknown).toMatchObject({
      code: 101,
      stderr: 'error: package ID specification `bpfman-agent` did not match any packages\n'
    })
  })
})
