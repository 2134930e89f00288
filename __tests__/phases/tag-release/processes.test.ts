import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { writeManifestFile } from '../../../src/effects/manifest-file.js'
import { MANIFEST_SCHEMA, type ReleaseManifest } from '../../../src/release/manifest.js'
import { runActionProcess } from '../../../sandbox/run-action.js'
import { runCli } from '../../support/cli.js'
import { TOKEN, type World, remoteTags, removeTemplates, startMergedWorld } from './world.js'

const ENTRY = fileURLToPath(new URL('../../../actions/tag-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../../actions/tag-release/action.yml', import.meta.url)
)

let world: World | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})
afterAll(removeTemplates)

describe('tag-release as an action process', () => {
  it('takes the pull request from the event, updates the prepare manifest, and sets every output', async () => {
    const started = await startMergedWorld()
    world = started.world
    const eventPath = join(world.workDir, '..', 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ action: 'closed', pull_request: { number: started.pr, merged: true } })
    )
    const manifestPath = join(world.workDir, '..', 'manifest.json')
    const prepared: ReleaseManifest = {
      schema: MANIFEST_SCHEMA,
      repository: 'bpfman/bpfman',
      version: '0.6.1',
      tag: 'v0.6.1',
      previousTag: 'v0.6.0',
      prerelease: false,
      base: 'main',
      prepare: {
        branch: 'release-v0.6.1',
        commit: 'abc',
        pr: { number: started.pr, url: 'https://example/pr' },
        changelogPath: 'changelogs/CHANGELOG-v0.6.1.md',
        files: ['Cargo.toml']
      }
    }
    writeManifestFile(manifestPath, prepared)

    const run = await runActionProcess({
      entry: ENTRY,
      actionYml: ACTION_YML,
      cwd: world.workDir,
      inputs: {
        token: TOKEN,
        repository: 'bpfman/bpfman',
        'dispatch-workflow': 'publish.yml',
        'manifest-path': manifestPath
      },
      env: {
        GITHUB_API_URL: world.emulator.url,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SERVER_URL: 'https://github.com'
      }
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const [release] = world.emulator.state.releases
    const [dispatch] = world.emulator.state.dispatches
    expect(run.outputs).toEqual({
      version: '0.6.1',
      tag: 'v0.6.1',
      commit: started.merge,
      'release-id': String(release.id),
      'release-url': expect.stringContaining('/releases/'),
      draft: 'true',
      'dispatched-run': String(dispatch.runId),
      'manifest-path': manifestPath
    })
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ReleaseManifest
    expect(manifest.prepare).toEqual(prepared.prepare)
    expect(manifest.tagRelease).toEqual({
      commit: started.merge,
      release: { id: release.id, url: run.outputs['release-url'], draft: true },
      dispatch: { workflow: 'publish.yml', runId: dispatch.runId }
    })
    expect(run.summary).toContain('## tag-release 0.6.1')
    expect(run.summary).toContain('- Tag v0.6.1: https://github.com/bpfman/bpfman/tree/v0.6.1')
    expect(run.summary).toContain(`- Release (draft): ${run.outputs['release-url']}`)
    expect(run.summary).toContain(`/actions/runs/${dispatch.runId}`)
  })
})

describe('bpfman-release tag', () => {
  it('tags from the version alone, and a rerun changes nothing (exit 0)', async () => {
    const started = await startMergedWorld()
    world = started.world
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
    const args = [
      'tag',
      '--repo',
      world.workDir,
      '--version',
      '0.6.1',
      '--github-repo',
      'bpfman/bpfman',
      '--dispatch-workflow',
      'publish.yml'
    ]
    const first = await runCli(args, env)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Plan: tag-release 0.6.1 in bpfman/bpfman')
    expect(first.stdout).toMatch(/^done +tag [0-9a-f]{12} as v0\.6\.1/m)
    expect(first.stdout).toContain('Tag v0.6.1: https://github.com/bpfman/bpfman/tree/v0.6.1')
    expect((await remoteTags(world))['v0.6.1']).toBe(started.merge)
    // A person's token: the tag push starts publish.yml (it runs on tags), so it is not dispatched too.
    expect(first.stdout).toContain('the push of v0.6.1 starts publish.yml')
    expect(world.emulator.state.dispatches).toEqual([])
    // The maintainer's own git identity tags from the shell.
    const tagger = await new FixtureGit(world.remoteDir).exec([
      'for-each-ref',
      '--format=%(taggername) %(taggeremail)',
      'refs/tags/v0.6.1'
    ])
    expect(tagger.trim()).toBe('Fixture Maintainer <maintainer@example.com>')

    const second = await runCli(args, env)
    expect(second.status).toBe(0)
    expect(second.stdout.match(/^unchanged /gm)).toHaveLength(2)
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.dispatches).toHaveLength(0)
  })

  it('exits 2 on bad input and 1 when the tag is elsewhere, creating nothing', async () => {
    const started = await startMergedWorld()
    world = started.world
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.emulator.url }
    const base = ['tag', '--repo', world.workDir, '--github-repo', 'bpfman/bpfman']

    const mismatch = await runCli([...base, '--pr', String(started.pr), '--version', '0.6.2'], env)
    expect(mismatch.status).toBe(2)
    expect(mismatch.stderr).toContain(
      'bpfman-release tag: version: 0.6.2 does not match pull request'
    )

    const noToken = await runCli([...base, '--version', '0.6.1'], {})
    expect(noToken.status).toBe(2)
    expect(noToken.stderr).toContain('GITHUB_TOKEN: not set')

    const elsewhere = (
      await new FixtureGit(world.remoteDir).exec(['rev-parse', `${started.merge}^1`])
    ).trim()
    await new FixtureGit(world.remoteDir).exec(['update-ref', 'refs/tags/v0.6.1', elsewhere])
    const taken = await runCli([...base, '--version', '0.6.1'], env)
    expect(taken.status).toBe(1)
    expect(taken.stderr).toContain('tag v0.6.1 already exists in origin')
    expect((await remoteTags(world))['v0.6.1']).toBe(elsewhere)
    expect(world.emulator.state.releases).toEqual([])
  })
})
