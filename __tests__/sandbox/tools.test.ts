import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { type TestRegistry, startRegistry } from '../../sandbox/oci-registry.js'
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
  it('records the crate cargo publishes, and refuses anything else', () => {
    const log = join(temp.dir, 'cargo.log')
    tool('cargo', ['publish', '-p', 'bpfman-api'], { SANDBOX_TOOLS_LOG: log })
    expect(readFileSync(log, 'utf8')).toBe('cargo publish bpfman-api\n')
    expect(() => tool('cargo', ['build'])).toThrow(/publish -p CRATE/)
  })
})
