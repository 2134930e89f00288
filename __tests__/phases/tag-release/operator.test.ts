import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { ReleaseError } from '../../../src/release/errors.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { tagReport } from '../../../src/phases/tag-release/planner.js'
import { planTagRelease } from '../../../src/phases/tag-release/plan.js'
import { type ManifestHeader, extendManifest } from '../../../src/release/manifest.js'
import { CSV_PATH, csvFor } from '../../../sandbox/fixtures/operator.js'
import {
  type World,
  expectNothingCreated,
  openOperatorReleasePull,
  remoteTags,
  removeTemplates,
  startWorld,
  tagInputs,
  tagRelease
} from './world.js'

let world: World | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})
afterAll(removeTemplates)

describe('tag-release on the bpfman-operator fixture', () => {
  it('verifies the VERSION file and the bundle, tags, and publishes at once (no assets)', async () => {
    world = await startWorld('operator')
    const pr = await openOperatorReleasePull(world, 'version-file', '0.6.1')
    const merge = await world.emulator.mergePull(world.owner, world.name, pr)

    const { tagged, applied, result } = await tagRelease(world, { pr, publish: 'now' })
    expect(tagged.kind).toBe('operator')
    expect(tagged.previous?.tag).toBe('v0.6.0')
    expect(tagged.plan.notes).toContainEqual({
      kind: 'info',
      message: `verified at 0.6.1: changelogs/CHANGELOG-v0.6.1.md, VERSION, ${CSV_PATH}`
    })
    expect(applied.map((step) => step.outcome.status)).toEqual(['done', 'done', 'done', 'done'])
    expect((await remoteTags(world))['v0.6.1']).toBe(merge)
    const changelog = await new FixtureGit(world.remoteDir).exec([
      'show',
      `${merge}:changelogs/CHANGELOG-v0.6.1.md`
    ])
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.releases[0]).toMatchObject({
      repoKey: 'bpfman/bpfman-operator',
      tagName: 'v0.6.1',
      body: changelog,
      draft: false,
      prerelease: false,
      makeLatest: 'true'
    })
    expect(world.emulator.state.dispatches).toMatchObject([
      { repoKey: 'bpfman/bpfman-operator', ref: 'v0.6.1', inputs: { tag: 'v0.6.1' } }
    ])

    // No manifest from prepare: a fresh one.
    const report = tagReport(tagged, world.repository, result)
    const manifest = extendManifest(
      undefined,
      report.manifest?.header as ManifestHeader,
      report.manifest?.part ?? {}
    )
    expect(manifest).toMatchObject({
      repository: 'bpfman/bpfman-operator',
      tag: 'v0.6.1',
      previousTag: 'v0.6.0',
      tagRelease: { commit: merge, release: { draft: false } }
    })
  })

  it('verifies the Makefile VERSION of the older shape', async () => {
    world = await startWorld('operator-makefile')
    const pr = await openOperatorReleasePull(world, 'makefile', '0.5.7')
    const merge = await world.emulator.mergePull(world.owner, world.name, pr)
    const { tagged } = await tagRelease(world, { pr, dispatchWorkflow: undefined })
    expect(tagged.kind).toBe('operator')
    expect(
      tagged.plan.notes.find((note) => note.message.startsWith('verified'))?.message
    ).toContain('Makefile (VERSION ?=)')
    expect((await remoteTags(world))['v0.5.7']).toBe(merge)
    expect(world.emulator.state.releases).toMatchObject([{ tagName: 'v0.5.7', draft: true }])
  })

  it('refuses a tree whose version source and bundle are not at the version, and creates nothing', async () => {
    world = await startWorld('operator')
    const pr = await openOperatorReleasePull(world, 'version-file', '0.6.1', {
      VERSION: '0.6.1-dev\n',
      [CSV_PATH]: csvFor('0.6.0')
    })
    const merge = await world.emulator.mergePull(world.owner, world.name, pr)
    const error = await planTagRelease(tagInputs(world, { pr })).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(ReleaseError)
    expect((error as Error).message).toBe(
      [
        `the tree at ${merge.slice(0, 12)} is not ready to be released as v0.6.1 (operator repository):`,
        '  - VERSION holds 0.6.1-dev, not 0.6.1',
        `  - ${CSV_PATH}: metadata.name is "bpfman-operator.v0.6.0", expected "bpfman-operator.v0.6.1"; spec.version is "0.6.0", expected "0.6.1"; run make bundle`,
        'Fix it with a pull request to the base branch, then rerun; nothing was tagged'
      ].join('\n')
    )
    await expectNothingCreated(world, 'v0.6.1')
  })

  it("a release candidate keeps the last release's bundle: VERSION at the rc is enough, the CSV is not held to it", async () => {
    world = await startWorld('operator')
    // As prepare makes an rc: VERSION and the changelog, the bundle left describing v0.6.0.
    const pr = await openOperatorReleasePull(world, 'version-file', '0.6.1-rc1', {
      [CSV_PATH]: csvFor('0.6.0')
    })
    const merge = await world.emulator.mergePull(world.owner, world.name, pr)
    const { tagged } = await tagRelease(world, { pr })
    expect(tagged.plan.notes).toContainEqual({
      kind: 'info',
      message: 'verified at 0.6.1-rc1: changelogs/CHANGELOG-v0.6.1-rc1.md, VERSION'
    })
    expect((await remoteTags(world))['v0.6.1-rc1']).toBe(merge)
    expect(world.emulator.state.releases).toMatchObject([
      { tagName: 'v0.6.1-rc1', draft: true, prerelease: true }
    ])
  })
  it('verifies as the kind input says, whatever the tree looks like', async () => {
    world = await startWorld('operator')
    const pr = await openOperatorReleasePull(world, 'version-file', '0.6.1')
    await world.emulator.mergePull(world.owner, world.name, pr)
    const error = await planTagRelease(tagInputs(world, { pr, kind: 'bpfman' })).catch(
      (e: unknown) => e as Error
    )
    expect((error as Error).message).toMatch(/^Cargo\.toml: not found in /)
    await expectNothingCreated(world, 'v0.6.1')
  })
})
