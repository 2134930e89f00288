import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { parseVersion } from '../../../src/release/version.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { tagReport } from '../../../src/phases/tag-release/planner.js'
import { planTagRelease } from '../../../src/phases/tag-release/plan.js'
import { type ManifestHeader, extendManifest } from '../../../src/release/manifest.js'
import { renderPlan } from '../../../src/release/plan.js'
import { renderSummary } from '../../../src/release/summary.js'
import { validatedOperations, validatingOctokit } from '../../sandbox/github-emulator/helpers.js'
import {
  TAGGER,
  type World,
  prepareAndMerge,
  remoteTags,
  removeTemplates,
  startMergedWorld,
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

describe('tag-release on the bpfman fixture', () => {
  it('tags the merge commit of the prepared release, drafts the release and dispatches publication, once', async () => {
    // Every response the phase gets is checked against GitHub's OpenAPI description.
    world = await startWorld('bpfman', {
      octokit: (url) => validatingOctokit(url, 'tag-release-token')
    })
    const { pr, merge } = await prepareAndMerge(world, '0.6.1')

    const { tagged, applied, result, outputs } = await tagRelease(world, { pr })
    expect(tagged.version.tag).toBe('v0.6.1')
    expect(tagged.kind).toBe('bpfman')
    expect(tagged.base).toBe('main')
    expect(tagged.commit).toBe(merge)
    expect(applied.map((step) => step.outcome.status)).toEqual(['done', 'done', 'done'])

    // One annotated tag on the merge commit, message v0.6.1, by the tagger.
    expect((await remoteTags(world))['v0.6.1']).toBe(merge)
    const remote = new FixtureGit(world.remoteDir)
    expect((await remote.exec(['cat-file', '-t', 'refs/tags/v0.6.1'])).trim()).toBe('tag')
    const tagObject = await remote.exec(['cat-file', 'tag', 'refs/tags/v0.6.1'])
    expect(tagObject).toContain(`tagger ${TAGGER.name} <${TAGGER.email}>`)
    expect(tagObject.trimEnd().endsWith('\n\nv0.6.1')).toBe(true)

    // One draft release with the merged changelog as body.
    const changelog = await remote.exec(['show', `${merge}:changelogs/CHANGELOG-v0.6.1.md`])
    expect(changelog.startsWith('The v0.6.1 release is a patch release.')).toBe(true)
    const { releases, dispatches } = world.emulator.state
    expect(releases).toHaveLength(1)
    expect(releases[0]).toMatchObject({
      tagName: 'v0.6.1',
      name: 'v0.6.1',
      body: changelog,
      draft: true,
      prerelease: false,
      makeLatest: 'true'
    })
    expect(outputs.release).toMatchObject({ id: releases[0].id, draft: true })

    // One dispatch of the publication workflow on the tag, its run known.
    expect(dispatches).toHaveLength(1)
    expect(dispatches[0]).toMatchObject({
      workflow: 'publish.yml',
      ref: 'v0.6.1',
      inputs: { tag: 'v0.6.1' }
    })
    expect(outputs.dispatch).toMatchObject({
      workflow: 'publish.yml',
      runId: dispatches[0].runId
    })
    expect(world.emulator.state.run(dispatches[0].runId)?.displayTitle).toBe('Publish v0.6.1')

    // The job summary links to the tag, the release and the run.
    const report = tagReport(tagged, world.repository, result)
    const summary = renderSummary(tagged.plan, { applied, links: report.links })
    expect(summary).toContain('## tag-release 0.6.1')
    expect(summary).toContain('- Tag v0.6.1: https://github.com/bpfman/bpfman/tree/v0.6.1')
    expect(summary).toContain(`- Release (draft): ${releases[0] && outputs.release?.url}`)
    expect(outputs.release?.url).toMatch(/^https?:\/\/\S+\/releases\//)
    expect(summary).toMatch(
      new RegExp(`- Run of publish.yml: \\S+/actions/runs/${dispatches[0].runId}\\n`)
    )
    expect(summary).toMatch(/^\d+\. done: \[/m)

    // The manifest for the next job.
    const manifest = extendManifest(
      undefined,
      report.manifest?.header as ManifestHeader,
      report.manifest?.part ?? {}
    )
    expect(manifest).toMatchObject({
      schema: 2,
      repository: 'bpfman/bpfman',
      version: '0.6.1',
      tag: 'v0.6.1',
      previousTag: 'v0.6.0',
      prerelease: false,
      base: 'main',
      tagRelease: {
        commit: merge,
        release: { id: releases[0].id, url: outputs.release?.url, draft: true },
        dispatch: { workflow: 'publish.yml', runId: dispatches[0].runId }
      }
    })

    // The responses the phase relied on were checked against GitHub's description.
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'pulls/get 200',
        'repos/list-releases 200',
        'repos/create-release 201',
        'actions/create-workflow-dispatch 200'
      ])
    )

    // A rerun finds everything done.
    const again = await tagRelease(world, { pr })
    expect(again.applied.map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(Object.keys(await remoteTags(world)).filter((tag) => tag === 'v0.6.1')).toHaveLength(1)
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.dispatches).toHaveLength(1)
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining(['actions/list-workflow-runs 200'])
    )
  })

  it('works from a workflow_dispatch with only the version: the merged pull request is found by its branch', async () => {
    const started = await startMergedWorld()
    world = started.world
    const { merge } = started
    const { tagged } = await tagRelease(world, {
      version: parseVersion('v0.6.1'),
      dispatchWorkflow: undefined
    })
    expect(tagged.commit).toBe(merge)
    expect(tagged.pull?.headRef).toBe('release-v0.6.1')
    expect((await remoteTags(world))['v0.6.1']).toBe(merge)
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.dispatches).toEqual([])
    expect(tagged.plan.operations).toHaveLength(2)
  })

  it('publishes at once with publish: now, and a release candidate is a prerelease that is never latest', async () => {
    world = await startWorld('bpfman')
    const { pr } = await prepareAndMerge(world, '0.7.0-rc1')
    const { applied, outputs } = await tagRelease(world, { pr, publish: 'now' })
    expect(applied.map((step) => step.outcome.status)).toEqual(['done', 'done', 'done', 'done'])
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.releases[0]).toMatchObject({
      tagName: 'v0.7.0-rc1',
      draft: false,
      prerelease: true,
      makeLatest: 'false'
    })
    expect(outputs.release).toMatchObject({ draft: false, prerelease: true })
    expect(outputs.release?.url).toMatch(/\/releases\/tag\/v0\.7\.0-rc1$/)
  })

  it("does not make a patch of an older line the latest release; the base is the pull request's", async () => {
    world = await startWorld('bpfman')
    const git = world.repo.git
    await git.exec(['push', '--quiet', 'origin', 'v0.5.6^{commit}:refs/heads/release-v0.5.6-patch'])
    await git.exec(['fetch', '--quiet', 'origin'])
    await git.exec([
      'checkout',
      '--quiet',
      '-b',
      'release-v0.5.6-patch',
      'origin/release-v0.5.6-patch'
    ])
    const { pr, merge } = await prepareAndMerge(world, '0.5.7', 'release-v0.5.6-patch')
    // The patch branch predates the publication workflow: it runs from main.
    const { tagged } = await tagRelease(world, { pr, publish: 'now', dispatchRef: 'main' })
    expect(tagged.base).toBe('release-v0.5.6-patch')
    expect(world.emulator.state.dispatches).toMatchObject([
      { ref: 'main', inputs: { tag: 'v0.5.7' } }
    ])
    expect(tagged.previous?.tag).toBe('v0.5.6')
    expect((await remoteTags(world))['v0.5.7']).toBe(merge)
    expect(world.emulator.state.releases[0]).toMatchObject({
      tagName: 'v0.5.7',
      draft: false,
      prerelease: false,
      makeLatest: 'false'
    })
    expect(tagged.plan.notes.map((note) => note.message)).toContain(
      'a higher release exists: v0.5.7 will not be marked as the latest release'
    )
  })

  it('reuses a draft that exists for the tag and updates its body: never two releases for one tag', async () => {
    const started = await startMergedWorld()
    world = started.world
    const { pr } = started
    const { data: stale } = await world.github.octokit.rest.repos.createRelease({
      owner: 'bpfman',
      repo: 'bpfman',
      tag_name: 'v0.6.1',
      name: 'v0.6.1',
      body: 'TODO: notes',
      draft: true
    })
    const { tagged, applied } = await tagRelease(world, { pr })
    expect(tagged.plan.operations[1].title).toContain('update the draft release v0.6.1')
    expect(applied[1].outcome).toMatchObject({
      status: 'done',
      detail: `updated draft ${stale.id}`
    })
    const { releases } = world.emulator.state
    expect(releases).toHaveLength(1)
    expect(releases[0].id).toBe(stale.id)
    expect(releases[0].body?.startsWith('The v0.6.1 release is a patch release.')).toBe(true)
  })

  it('prints the plan on a dry run and changes nothing', async () => {
    const started = await startMergedWorld()
    world = started.world
    const tagged = await planTagRelease(tagInputs(world, { pr: started.pr }))
    const printed = [renderPlan(tagged.plan)]
    expect(printed.join('\n')).toMatch(
      /1\. \[git\] tag [0-9a-f]{12} as v0\.6\.1 \(annotated, tagger Release Bot\) and push it to origin/
    )
    expect(printed.join('\n')).toContain(
      'create the draft release v0.6.1 (body: changelogs/CHANGELOG-v0.6.1.md, make_latest true)'
    )
    expect((await remoteTags(world))['v0.6.1']).toBeUndefined()
    expect(world.emulator.state.releases).toEqual([])
    expect(world.emulator.state.dispatches).toEqual([])
  })

  it('takes the version from the title of a pull request that has the release label', async () => {
    const started = await startMergedWorld()
    world = started.world
    const record = world.emulator.state.pull('bpfman', 'bpfman', started.pr)
    if (!record) throw new Error('the merged pull request is not in the emulator')
    record.head.ref = 'dave/bump-version'
    expect(
      (
        await planTagRelease(tagInputs(world, { pr: started.pr })).then(
          () => new Error('no error'),
          (e: Error) => e
        )
      ).message
    ).toContain('is not a release pull request')
    await world.github.labels.ensure(started.pr, ['release'])
    const tagged = await planTagRelease(tagInputs(world, { pr: started.pr }))
    expect(tagged.version.tag).toBe('v0.6.1')
    expect(tagged.commit).toBe(started.merge)
  })
})
