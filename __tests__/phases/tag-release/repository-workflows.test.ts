import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { bpfmanWorkflows } from '../../../sandbox/fixtures/repository-workflows.js'
import { renderPlan } from '../../../src/release/plan.js'
import {
  type World,
  prepareAndMerge,
  remoteTags,
  removeTemplates,
  startWorld,
  tagRelease
} from './world.js'

// tag-release on a bpfman whose own workflows make the release on a tag push
// (build.yml's release job, as today's main and v0.6.0 have it): one release
// per tag, and the tag-push workflows started by the push or by dispatches.

let world: World | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})
afterAll(removeTemplates)

async function withRepositoryWorkflows(): Promise<{ world: World; pr: number; merge: string }> {
  const started = await startWorld('bpfman')
  world = started
  await started.repo.commit(
    'ci: the repository workflows',
    Object.fromEntries(
      Object.entries(bpfmanWorkflows('main')).map(([file, text]) => [
        `.github/workflows/${file}`,
        text
      ])
    )
  )
  await started.repo.pushAll()
  return { world: started, ...(await prepareAndMerge(started, '0.6.1')) }
}

describe('tag-release with the repository workflows', () => {
  it('with GITHUB_TOKEN: makes no draft, dispatches build.yml and image-build.yml on the tag, once, and names the manual step for docs-build.yml', async () => {
    const { world, pr, merge } = await withRepositoryWorkflows()
    const { tagged, applied } = await tagRelease(world, { pr })
    const plan = renderPlan(tagged.plan)
    expect(plan).toContain(
      'build.yml (job release) creates the GitHub release of v0.6.1 when the tag is pushed: tag-release makes none'
    )
    expect(plan).toMatch(
      /manual step: .*docs-build\.yml runs on a push only: add workflow_dispatch:/
    )
    expect(tagged.steps.draft).toBeUndefined()
    expect(applied.map((step) => step.title)).toEqual([
      expect.stringMatching(/^tag [0-9a-f]{12} as v0\.6\.1/),
      expect.stringMatching(/^dispatch build\.yml on v0\.6\.1/),
      expect.stringMatching(/^dispatch image-build\.yml on v0\.6\.1/),
      expect.stringMatching(/^dispatch publish\.yml on v0\.6\.1 with tag=v0\.6\.1/)
    ])
    expect((await remoteTags(world))['v0.6.1']).toBe(merge)
    const { releases, dispatches } = world.emulator.state
    expect(releases).toEqual([])
    expect(dispatches.map((d) => [d.workflow, d.ref, d.inputs])).toEqual([
      ['build.yml', 'v0.6.1', {}],
      ['image-build.yml', 'v0.6.1', {}],
      ['publish.yml', 'v0.6.1', { tag: 'v0.6.1' }]
    ])

    // A rerun finds the runs on the tag and dispatches nothing again.
    const rerun = await tagRelease(world, { pr })
    expect(rerun.applied.map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(world.emulator.state.dispatches).toHaveLength(3)
  })

  it('with a token whose events start workflows: the tag push starts them all, nothing is dispatched', async () => {
    const { world, pr } = await withRepositoryWorkflows()
    const { tagged, applied } = await tagRelease(world, {
      pr,
      eventsStartWorkflows: true,
      dispatchWorkflow: undefined
    })
    expect(renderPlan(tagged.plan)).toContain(
      'the push of v0.6.1 starts build.yml, docs-build.yml, image-build.yml, publish.yml'
    )
    expect(applied).toHaveLength(1)
    expect(world.emulator.state.releases).toEqual([])
    expect(world.emulator.state.dispatches).toEqual([])
  })
})
