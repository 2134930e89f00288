import { BPFMAN_CRATES } from '../../../src/effects/crates.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { run } from '../../../src/effects/exec.js'
import { MEDIA_TYPES } from '../../../src/effects/registry/client.js'
import { replacementName } from '../../../src/phases/post-release/assets.js'
import { pushImage } from '../../../sandbox/oci-registry.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import { withoutProgress } from '../../support/cli.js'
import { parseVersion } from '../../../src/release/version.js'
import { prepareAndMerge, tagRelease } from '../tag-release/world.js'
import {
  CHECKED_IMAGES,
  CRATES,
  OPERATOR_TOKEN,
  type PostWorld,
  publishArtifacts,
  runCli,
  startPostWorld
} from './world.js'

// One released bpfman, taken through post-release from a maintainer's shell
// (`bpfman-release post` as a real process): a dry run, a missing file, then
// failures at each stage, each rerun finishing the job without duplicating anything.

const BRANCH = 'release-v0.6.1-dispatchers-latest'
let world: PostWorld
let manifestDir: { dir: string; cleanup: () => void }
let args: string[]

beforeAll(async () => {
  world = await startPostWorld({ pushTcDispatcher: false })
  manifestDir = makeTempDir('post-manifest')
  args = [
    'post',
    ...['--repo', world.workDir, '--version', '0.6.1', '--base', 'main'],
    ...['--registry-url', world.registry.url, '--images', CHECKED_IMAGES.join(',')],
    ...[
      // The fixture's workflows publish no crates: the crates are named.
      '--crates',
      BPFMAN_CRATES.join(','),
      '--crates-api-url',
      `${world.crates.url}/api/v1`,
      '--copr-project',
      '@ebpf-sig/bpfman',
      '--copr-url',
      world.copr.url
    ],
    ...[
      '--wait-seconds',
      '0',
      '--runs-wait-seconds',
      '0',
      '--manifest',
      join(manifestDir.dir, 'manifest.json')
    ]
  ]
})

afterAll(async () => {
  await world?.cleanup()
  manifestDir?.cleanup()
})

const releaseAssets = () => world.emulator.state.assetsOf(world.releaseId)
const release = () => world.emulator.state.releases.find((r) => r.id === world.releaseId)
const revertPulls = () => world.emulator.state.pulls.filter((pull) => pull.head.ref === BRANCH)
const operatorDispatches = () =>
  world.emulator.state.dispatches.filter((d) => d.repoKey === 'bpfman/bpfman-operator')

async function tagDigest(repository: string, tag: string): Promise<string | null> {
  const response = await fetch(`${world.registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: Object.values(MEDIA_TYPES).join(', ') }
  })
  return response.status === 200 ? response.headers.get('docker-content-digest') : null
}

describe('bpfman-release post', () => {
  it('without a manifest or --base: no revert pull request to main by default, and the plan says so', async () => {
    const before = await repoSnapshot(world.workDir, world.remoteDir)
    const noBase = args.filter((arg, i) => arg !== '--base' && args[i - 1] !== '--base')
    const result = await runCli([...noBase, '--dry-run'], world.env)
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'No base branch: no release manifest names it and the base input is empty, so the pull request putting :latest back is not planned'
    )
    expect(result.stdout).not.toContain(`${BRANCH} -> main`)
    expect(await repoSnapshot(world.workDir, world.remoteDir)).toEqual(before)
  })

  it('dry run: builds and compares the YAMLs, prints every step, changes nothing', async () => {
    const before = await repoSnapshot(world.workDir, world.remoteDir)
    const result = await runCli([...args, '--dry-run'], world.env)
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.stderr).toMatch(/^\d\d:\d\d:\d\dZ make build-release-yamls: started$/m)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Plan: post-release 0.6.1 in bpfman/bpfman')
    expect(result.stdout).toContain(
      'upload go-xdp-counter-install-selinux.yaml on the release v0.6.1 (new)'
    )
    expect(result.stdout).toContain(
      'upload go-target-install.yaml on the release v0.6.1 (new) [not in the expected list]'
    )
    expect(result.stdout).toContain('publish the draft release v0.6.1 (make_latest true)')
    expect(result.stdout).toContain('tag quay.io/bpfman/xdp-dispatcher:latest as v0.6.1')
    expect(result.stdout).toContain(`open the pull request ${BRANCH} -> main`)
    expect(result.stdout).toContain(
      '+pub(crate) const XDP_DISPATCHER_IMAGE: &str = "quay.io/bpfman/xdp-dispatcher:latest";'
    )
    expect(result.stdout).toContain('Dry run: nothing was changed.')
    expect(releaseAssets()).toEqual([])
    expect(release()?.draft).toBe(true)
    expect(await tagDigest('bpfman/xdp-dispatcher', 'v0.6.1')).toBeNull()
    expect(revertPulls()).toEqual([])
    expect(await repoSnapshot(world.workDir, world.remoteDir)).toEqual(before)
  })

  it('stops before uploading anything when an expected YAML is missing', async () => {
    const result = await runCli(
      [...args, '--yamls-command', 'make build-release-yamls SKIP_EXAMPLES=go-kprobe-counter'],
      world.env
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'did not write go-kprobe-counter-install-selinux.yaml, go-kprobe-counter-install.yaml'
    )
    expect(result.stderr).toContain('nothing was uploaded')
    expect(releaseAssets()).toEqual([])
  })

  it('fails in the middle of the uploads (a refused DELETE), and a rerun finishes them without duplicates', async () => {
    // A stale go-tc-counter-install.yaml on the draft: the run replaces it, and that DELETE fails.
    const stale = await world.github.releases.uploadAsset(
      (await world.github.releases.withAssets(world.releaseId)).uploadUrl,
      'go-tc-counter-install.yaml',
      Buffer.from('stale: true\n'),
      'application/yaml'
    )
    // A refusal no retry gets past (a 5xx on a DELETE is retried in the run).
    world.emulator.failNext('DELETE', `/repos/bpfman/bpfman/releases/assets/${stale.id}`, 422)
    const failed = await runCli(args, world.env)
    expect(failed.status).toBe(1)
    expect(failed.stderr).toMatch(
      /step 10 \(replace go-tc-counter-install\.yaml on the release v0\.6\.1 \(content differs .*\)\) failed/
    )
    expect(failed.stderr).toContain('A rerun continues from where this stopped.')
    expect(failed.stdout).toContain('done      upload go-tc-counter-install-selinux.yaml')
    // The replacement went up first, under its temporary name: the stale file was never missing.
    expect(releaseAssets().map((a) => a.name)).toHaveLength(11)
    expect(releaseAssets().map((a) => a.name)).toContain(
      replacementName('go-tc-counter-install.yaml')
    )
    expect(release()?.draft).toBe(true)

    // This time the replacement upload is stored but its answer is lost: the run looks
    // the asset up instead of uploading it again, and goes on to the next failure
    // (tc-dispatcher has no latest yet).
    const lostAnswer = world.emulator.failNext(
      'POST',
      '/repos/{owner}/{repo}/releases/{release_id}/assets',
      502,
      { afterHandling: true }
    )
    const lost = await runCli(args, world.env)
    expect(lostAnswer.fired).toBe(true)
    expect(lost.status).toBe(1)
    expect(lost.stdout).toContain(
      'unchanged keep go-app-counter-install.yaml on the release v0.6.1 (same content)'
    )
    expect(lost.stdout).toContain('done      replace go-tc-counter-install.yaml')
    expect(lost.stdout).toContain('done      publish the draft release v0.6.1')
    expect(lost.stderr).toContain('step 21 (tag quay.io/bpfman/tc-dispatcher:latest as v0.6.1)')
    const names = releaseAssets().map((a) => a.name)
    expect(names).toHaveLength(18)
    expect(names.filter((name) => name === 'go-tc-counter-install.yaml')).toHaveLength(1)
    expect(names).not.toContain(replacementName('go-tc-counter-install.yaml'))
    expect(
      releaseAssets()
        .find((a) => a.name === 'go-tc-counter-install.yaml')
        ?.data.toString()
    ).toContain('kind: BpfApplication')
  })

  it('fails after tagging one dispatcher image (tc has no latest yet); the rerun tags the other', async () => {
    const result = await runCli(args, world.env)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      'unchanged keep go-tc-counter-install.yaml on the release v0.6.1 (same content)'
    )
    expect(result.stdout).toContain('unchanged the release v0.6.1 is published already; leave it')
    expect(result.stderr).toContain(
      'step 21 (tag quay.io/bpfman/tc-dispatcher:latest as v0.6.1) failed: cannot tag quay.io/bpfman/tc-dispatcher:v0.6.1: quay.io/bpfman/tc-dispatcher:latest does not exist'
    )
    expect(release()?.draft).toBe(false)
    expect(releaseAssets()).toHaveLength(18)
    expect(await tagDigest('bpfman/xdp-dispatcher', 'v0.6.1')).toBe(world.xdpLatest.digest)
    expect(revertPulls()).toEqual([])
  })

  it('opens the revert pull request, then fails on a crate still missing from crates.io; no hand-over yet', async () => {
    const tcLatest = await pushImage(world.registry, 'bpfman/tc-dispatcher', 'latest', {
      marker: 'tc-dispatcher-main'
    })
    await publishArtifacts(
      world,
      ['quay.io/bpfman/bpfman', 'quay.io/bpfman-bytecode/go-xdp-counter'],
      CRATES.slice(0, 3)
    )
    world.copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
      id: 8812345,
      state: 'running',
      version: '0.6.1-1'
    })
    const result = await runCli(args, { ...world.env, OPERATOR_TOKEN })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('unchanged tag quay.io/bpfman/xdp-dispatcher:latest as v0.6.1')
    expect(result.stdout).toContain('done      tag quay.io/bpfman/tc-dispatcher:latest as v0.6.1')
    expect(result.stdout).toContain(`done      open the pull request ${BRANCH} -> main`)
    expect(result.stdout).toContain(
      '[failed] crate bpf-metrics-exporter 0.6.1: crate `bpf-metrics-exporter` does not exist'
    )
    expect(result.stdout).toContain('[passed] crate bpfman 0.6.1: published')
    expect(result.stdout).toContain(
      '[failed] COPR build of bpfman in @ebpf-sig/bpfman: build 8812345 of 0.6.1-1 is running'
    )
    expect(result.stderr).toContain(
      '1 publication check(s) failed: crate bpf-metrics-exporter 0.6.1'
    )
    expect(await tagDigest('bpfman/tc-dispatcher', 'v0.6.1')).toBe(tcLatest.digest)
    expect(revertPulls()).toHaveLength(1)
    expect(operatorDispatches()).toEqual([])
    // crates.io saw our User-Agent on every request.
    expect(
      world.crates.requests.every((r) => r.userAgent?.startsWith('bpfman-release-actions ('))
    ).toBe(true)
  })

  it('passes every check once the crate is out, hands over to the operator, and writes the manifest', async () => {
    world.crates.publish('bpf-metrics-exporter', '0.6.1')
    world.copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
      id: 8812345,
      state: 'succeeded',
      version: '0.6.1-1'
    })
    const result = await runCli(args, { ...world.env, OPERATOR_TOKEN })
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('unchanged the release v0.6.1 is published already; leave it')
    expect(result.stdout).toContain(`unchanged open the pull request ${BRANCH} -> main`)
    expect(result.stdout).toContain(
      '[passed] COPR build of bpfman in @ebpf-sig/bpfman: build 8812345 of 0.6.1-1 succeeded'
    )
    expect(result.stdout).toContain(
      'done      dispatch prepare-release.yml in bpfman/bpfman-operator on main with version=0.6.1'
    )

    // The assets are exactly the files the target builds at the tag, each once.
    const git = new FixtureGit(world.workDir)
    const built = await git.withWorktree(world.tagCommit, async (tree) => {
      await run('make', ['build-release-yamls'], { cwd: join(tree, 'examples') })
      const dir = join(tree, 'examples/release-v0.6.1')
      return Object.fromEntries(
        readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])
      )
    })
    const assets = releaseAssets()
    expect(assets.map((a) => a.name).sort()).toEqual(Object.keys(built).sort())
    for (const asset of assets) expect(asset.data.toString()).toBe(built[asset.name])
    expect(built['go-xdp-counter-install.yaml']).toContain(
      'url: quay.io/bpfman-bytecode/go-xdp-counter:v0.6.1'
    )
    expect(release()).toMatchObject({ draft: false, tagName: 'v0.6.1' })

    // One pull request, one signed-off commit on the tip of main, lib.rs back on :latest.
    const [pull] = revertPulls()
    expect(pull).toMatchObject({
      state: 'open',
      base: { ref: 'main' },
      title: 'Put :latest back on the dispatcher images after v0.6.1'
    })
    const remote = new FixtureGit(world.remoteDir)
    expect((await remote.exec(['rev-parse', `${BRANCH}^`])).trim()).toBe(
      (await remote.exec(['rev-parse', 'main'])).trim()
    )
    expect((await remote.exec(['diff', '--name-only', 'main', BRANCH])).trim()).toBe(
      'bpfman/src/lib.rs'
    )
    expect(await remote.exec(['show', `${BRANCH}:bpfman/src/lib.rs`])).toContain(
      '"quay.io/bpfman/tc-dispatcher:latest"'
    )
    expect(await remote.exec(['log', '-1', '--format=%B', BRANCH])).toContain(
      'Signed-off-by: Fixture Maintainer <maintainer@example.com>'
    )

    // The hand-over: one dispatch with the same version, by the operator token's account.
    expect(operatorDispatches()).toEqual([
      expect.objectContaining({
        workflow: 'prepare-release.yml',
        ref: 'main',
        inputs: { version: '0.6.1' }
      })
    ])
    expect(world.emulator.state.run(operatorDispatches()[0].runId)?.actor).toBe('bpfman-bot')
    expect(world.emulator.state.run(operatorDispatches()[0].runId)?.displayTitle).toBe(
      'Prepare Release 0.6.1'
    )

    const manifest = JSON.parse(readFileSync(join(manifestDir.dir, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({
      schema: 2,
      repository: 'bpfman/bpfman',
      tag: 'v0.6.1',
      base: 'main'
    })
    expect(manifest.postRelease).toMatchObject({
      commit: world.tagCommit,
      release: { id: world.releaseId, draft: false },
      extraAssets: ['go-target-install-selinux.yaml', 'go-target-install.yaml'],
      revertPr: { number: pull.number },
      handOver: { repository: 'bpfman/bpfman-operator', status: 'dispatched' }
    })
    expect(manifest.postRelease.assets).toHaveLength(18)
    expect(manifest.postRelease.checks.map((c: { status: string }) => c.status)).toEqual(
      Array(10).fill('passed')
    )
  })

  it('after the revert pull request merged, a rerun changes nothing and duplicates nothing', async () => {
    const [pull] = revertPulls()
    await world.emulator.mergePull('bpfman', 'bpfman', pull.number)
    const assetIds = releaseAssets().map((a) => a.id)
    const remoteBefore = await new FixtureGit(world.remoteDir).exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)'
    ])
    const result = await runCli(args, { ...world.env, OPERATOR_TOKEN })
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.status).toBe(0)
    const done = result.stdout.split('\n').filter((line) => line.startsWith('done '))
    expect(done).toEqual([
      expect.stringMatching(
        /^done {6}check the publication: .*: 10 passed, 0 failed \(reported only\), 0 not checked$/
      )
    ])
    expect(result.stdout).toContain(
      `main has the dispatcher images on :latest again; pull request #${pull.number} merged`
    )
    expect(result.stdout).toContain(
      `Pull request putting :latest back: https://github.com/bpfman/bpfman/pull/${pull.number}`
    )
    expect(result.stdout).toMatch(/unchanged dispatch prepare-release.yml .*: run \d+ \(queued\)/)
    expect(releaseAssets().map((a) => a.id)).toEqual(assetIds)
    expect(revertPulls()).toHaveLength(1)
    expect(operatorDispatches()).toHaveLength(1)
    expect(
      await new FixtureGit(world.remoteDir).exec([
        'for-each-ref',
        '--format=%(refname) %(objectname)'
      ])
    ).toBe(remoteBefore)
  })

  it("a release candidate on prepare's lighter path: no example configs at the tag, so no YAMLs are built and the plan says so", async () => {
    // rc1 as prepare makes it: Cargo files and the changelog only, so examples/Makefile still
    // says 0.6.1 and examples/config/v0.7.0-rc1/ does not exist at the tag.
    // Prepare starts from main at its latest commit, as a maintainer's checkout would be.
    await world.repo.git.exec(['fetch', '--quiet', 'origin'])
    await world.repo.git.exec(['checkout', '--quiet', '-B', 'main', 'origin/main'])
    await prepareAndMerge(world, '0.7.0-rc1')
    const { outputs } = await tagRelease(world, { version: parseVersion('0.7.0-rc1') })
    const rcRelease = outputs.release as { id: number }
    expect(
      await new FixtureGit(world.remoteDir).exec([
        'ls-tree',
        '-d',
        'refs/tags/v0.7.0-rc1',
        'examples/config/'
      ])
    ).not.toContain('v0.7.0-rc1')
    const rcArgs = ['post', '--repo', world.workDir, '--version', '0.7.0-rc1', '--base', 'main']
    const result = await runCli(
      [...rcArgs, '--registry-url', world.registry.url, '--runs-wait-seconds', '0', '--dry-run'],
      world.env
    )
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.status).toBe(0)
    // The YAML command never ran.
    expect(result.stderr).not.toContain('make build-release-yamls')
    expect(result.stdout).toContain('Plan: post-release 0.7.0-rc1 in bpfman/bpfman')
    expect(result.stdout).toContain(
      "release candidate: examples/config/v0.7.0-rc1/ does not exist at the tag (prepare's lighter path), so no release YAMLs are built or attached"
    )
    expect(result.stdout).not.toMatch(/upload [^ ]+\.yaml on the release/)
    expect(result.stdout).toContain('publish the draft release v0.7.0-rc1')
    expect(result.stdout).toContain('check the publication: release v0.7.0-rc1 with 0 assets')
    expect(world.emulator.state.assetsOf(rcRelease.id)).toEqual([])
  })
})
