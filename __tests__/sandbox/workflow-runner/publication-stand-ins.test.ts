import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { type TestRegistry, startRegistry } from '../../../sandbox/oci-registry.js'
import {
  REGISTRY_ENV,
  dockerBuildPush,
  dockerMetadata,
  ghRelease,
  pushToRegistry
} from '../../../sandbox/workflow-runner/publication-stand-ins.js'
import type { StandIn, StepWorld } from '../../../sandbox/workflow-runner/stand-ins.js'
import { makeTempDir } from '../../support/tmp.js'
import { GitFixture } from '../github-emulator/helpers.js'

const TOKEN = 'ghs_publication_stand_ins'
let emulator: GitHubEmulator
let registry: TestRegistry
let repo: GitFixture
let temp: { dir: string; cleanup: () => void }
let sha: string

beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: TOKEN })
  registry = await startRegistry()
  repo = await GitFixture.create('bpfman')
  sha = await repo.commit('initial', { 'README.md': '# bpfman\n' })
  await repo.push('main')
  for (const tag of ['v0.6.1', 'v0.7.0-rc1']) await repo.bareGit('tag', tag, sha)
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: repo.bare })
  temp = makeTempDir('publication-stand-ins')
  mkdirSync(join(temp.dir, 'changelogs'))
  writeFileSync(
    join(temp.dir, 'changelogs/CHANGELOG-v0.6.1.md'),
    'The v0.6.1 release is a patch release.\n'
  )
  writeFileSync(join(temp.dir, 'bpfman-linux-x86_64.tar.gz'), 'amd64 binary\n')
  writeFileSync(join(temp.dir, 'bpfman-linux-arm64.tar.gz'), 'arm64 binary\n')
})

afterAll(async () => {
  await emulator.close()
  await registry.stop()
  temp.cleanup()
})

function world(ref: string): StepWorld & { lines: string[] } {
  const lines: string[] = []
  return {
    emulator,
    remotes: {},
    workspace: temp.dir,
    env: { [REGISTRY_ENV]: registry.url },
    github: { repository: 'bpfman/bpfman', sha, ref, run_id: '7', event_name: 'push' },
    runId: 7,
    permissions: { contents: 'write' },
    addPath: () => undefined,
    pushNotes: `${temp.dir}/pushes`,
    log: (line) => lines.push(line),
    lines
  }
}

async function run(standIn: StandIn, ref: string, given: Record<string, string>) {
  const defaults = Object.fromEntries(
    Object.entries(standIn.inputs).flatMap(([name, { default: value }]) =>
      value === undefined ? [] : [[name, value === '${{ github.token }}' ? TOKEN : value]]
    )
  )
  return standIn.run(world(ref), { ...defaults, ...given })
}

const releasesOf = (tag: string) => emulator.state.releases.filter((r) => r.tagName === tag)

describe('softprops/action-gh-release', () => {
  const inputs = {
    body_path: './changelogs/CHANGELOG-v0.6.1.md',
    prerelease: 'false',
    files: 'bpfman-linux-x86_64.tar.gz\nbpfman-linux-arm64.tar.gz'
  }

  it('creates the release of the pushed tag with the changelog and the files; run again, it updates the same one', async () => {
    const first = await run(ghRelease, 'refs/tags/v0.6.1', inputs)
    expect(releasesOf('v0.6.1')).toMatchObject([
      { draft: false, prerelease: false, body: 'The v0.6.1 release is a patch release.\n' }
    ])
    const names = () =>
      emulator.state
        .assetsOf(Number(first.id))
        .map((a) => a.name)
        .sort()
    expect(names()).toEqual(['bpfman-linux-arm64.tar.gz', 'bpfman-linux-x86_64.tar.gz'])
    const again = await run(ghRelease, 'refs/tags/v0.6.1', inputs)
    expect(again.id).toBe(first.id)
    expect(releasesOf('v0.6.1')).toHaveLength(1)
    expect(names()).toEqual(['bpfman-linux-arm64.tar.gz', 'bpfman-linux-x86_64.tar.gz'])
  })

  it('does not find a draft by its tag: a draft made before the tag push gets a second release beside it', async () => {
    const octokit = (await import('@actions/github')).getOctokit(TOKEN, { baseUrl: emulator.url })
    await octokit.rest.repos.createRelease({
      owner: 'bpfman',
      repo: 'bpfman',
      tag_name: 'v0.7.0-rc1',
      draft: true,
      prerelease: true
    })
    await run(ghRelease, 'refs/tags/v0.7.0-rc1', { prerelease: 'true' })
    expect(
      releasesOf('v0.7.0-rc1')
        .map((r) => r.draft)
        .sort()
    ).toEqual([false, true])
  })
})

describe('docker/metadata-action and docker/build-push-action', () => {
  const rules = `type=ref,event=branch
type=ref,event=tag
type=sha,format=long
# latest on the default branch only
type=raw,value=latest,enable={{is_default_branch}}`

  it('gives a tag push its tag and the commit; main its branch, the commit and latest', async () => {
    const images = 'quay.io/bpfman-bytecode/xdp_pass'
    const tagged = await run(dockerMetadata, 'refs/tags/v0.6.1', { images, tags: rules })
    expect(tagged.tags.split('\n')).toEqual([`${images}:v0.6.1`, `${images}:sha-${sha}`])
    const main = await run(dockerMetadata, 'refs/heads/main', { images, tags: rules })
    expect(main.tags.split('\n')).toEqual([
      `${images}:main`,
      `${images}:sha-${sha}`,
      `${images}:latest`
    ])
  })

  it('pushes one image under every tag to the sandbox registry, and nothing without push', async () => {
    const tags = 'quay.io/bpfman-bytecode/xdp_pass:v0.6.1\nquay.io/bpfman-bytecode/xdp_pass:sha-x'
    await run(dockerBuildPush, 'refs/tags/v0.6.1', { tags, push: 'false' })
    const list = async () =>
      (await fetch(`${registry.url}/v2/bpfman-bytecode/xdp_pass/tags/list`)).json() as Promise<{
        tags?: string[]
      }>
    expect((await list()).tags ?? []).toEqual([])
    const pushed = await run(dockerBuildPush, 'refs/tags/v0.6.1', { tags, push: 'true' })
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect((await list()).tags?.sort()).toEqual(['sha-x', 'v0.6.1'])
  })
})

describe('redhat-actions/push-to-registry', () => {
  it('pushes the image under each tag, a full reference or a tag of registry/image, and gives its digest', async () => {
    const list = async () =>
      (
        (await (
          await fetch(`${registry.url}/v2/bpfman/bpfman-operator-bundle/tags/list`)
        ).json()) as { tags?: string[] }
      ).tags?.sort()
    const pushed = await run(pushToRegistry, 'refs/tags/v0.6.1', {
      tags: 'quay.io/bpfman/bpfman-operator-bundle:v0.6.1\nquay.io/bpfman/bpfman-operator-bundle:sha-x'
    })
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await list()).toEqual(['sha-x', 'v0.6.1'])
    await run(pushToRegistry, 'refs/heads/main', {
      image: 'bpfman-operator-bundle',
      registry: 'quay.io/bpfman',
      tags: 'main latest'
    })
    expect(await list()).toEqual(['latest', 'main', 'sha-x', 'v0.6.1'])
  })
})
