import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { type World, remoteTags, removeTemplates, startMergedWorld, tagRelease } from './world.js'

const RELEASES = '/repos/{owner}/{repo}/releases'
const DISPATCHES = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'

let world: World | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})
afterAll(removeTemplates)

/** The end state every rerun must reach: one tag on the merge commit, one draft release, one dispatch. */
async function expectOneOfEach(w: World, merge: string): Promise<void> {
  const tags = await remoteTags(w)
  expect(tags['v0.6.1']).toBe(merge)
  expect(w.emulator.state.releases).toHaveLength(1)
  expect(w.emulator.state.releases[0]).toMatchObject({ tagName: 'v0.6.1', draft: true })
  expect(w.emulator.state.dispatches).toHaveLength(1)
  expect(w.emulator.state.dispatches[0]).toMatchObject({ ref: 'v0.6.1', inputs: { tag: 'v0.6.1' } })
}

describe('tag-release rerun after a failure', () => {
  it('between tag and release: the rerun keeps the tag and creates the release and the dispatch', async () => {
    const started = await startMergedWorld()
    world = started.world
    // A refusal that no retry gets past (a transient one is retried in the run: below).
    world.emulator.failNext('POST', RELEASES, 422)
    await expect(tagRelease(world, { pr: started.pr })).rejects.toThrow(
      /^step 2 \(create the draft release v0\.6\.1/
    )
    expect((await remoteTags(world))['v0.6.1']).toBe(started.merge)
    expect(world.emulator.state.releases).toEqual([])
    expect(world.emulator.state.dispatches).toEqual([])

    const { applied } = await tagRelease(world, { pr: started.pr })
    expect(applied.map((step) => step.outcome.status)).toEqual(['unchanged', 'done', 'done'])
    await expectOneOfEach(world, started.merge)
  })

  it('when the release was created but its answer was a 502: the same run finds the draft, no second one', async () => {
    const started = await startMergedWorld()
    world = started.world
    const fault = world.emulator.failNext('POST', RELEASES, 502, { afterHandling: true })
    const { applied } = await tagRelease(world, { pr: started.pr })
    expect(fault.fired).toBe(true)
    expect(applied.map((step) => step.outcome.status)).toEqual(['done', 'done', 'done'])
    await expectOneOfEach(world, started.merge)
  })

  it('between release and dispatch: the rerun dispatches once', async () => {
    const started = await startMergedWorld()
    world = started.world
    world.emulator.failNext('POST', DISPATCHES, 422)
    await expect(tagRelease(world, { pr: started.pr })).rejects.toThrow(
      /^step 3 \(dispatch publish\.yml/
    )
    expect(world.emulator.state.releases).toHaveLength(1)
    expect(world.emulator.state.dispatches).toEqual([])

    const { applied, outputs } = await tagRelease(world, { pr: started.pr })
    expect(applied.map((step) => step.outcome.status)).toEqual(['unchanged', 'unchanged', 'done'])
    await expectOneOfEach(world, started.merge)
    expect(outputs.dispatch?.runId).toBe(world.emulator.state.dispatches[0].runId)
  })

  it('when the dispatch started a run but its answer was a 502: the same run finds the run, no second dispatch', async () => {
    const started = await startMergedWorld()
    world = started.world
    const fault = world.emulator.failNext('POST', DISPATCHES, 502, { afterHandling: true })
    const { applied, outputs } = await tagRelease(world, { pr: started.pr })
    expect(fault.fired).toBe(true)
    expect(applied.map((step) => step.outcome.status)).toEqual(['done', 'done', 'done'])
    await expectOneOfEach(world, started.merge)
    expect(outputs.dispatch?.runId).toBe(world.emulator.state.dispatches[0].runId)
  })

  it('dispatches again only when the earlier run for the tag failed', async () => {
    const started = await startMergedWorld()
    world = started.world
    await tagRelease(world, { pr: started.pr })
    const first = world.emulator.state.dispatches[0].runId
    world.emulator.state.setRunStatus(first, 'completed', 'failure')

    const retry = await tagRelease(world, { pr: started.pr })
    expect(retry.applied[2].outcome.status).toBe('done')
    expect(world.emulator.state.dispatches).toHaveLength(2)
    const second = world.emulator.state.dispatches[1].runId
    world.emulator.state.setRunStatus(second, 'completed', 'success')

    const after = await tagRelease(world, { pr: started.pr })
    expect(after.applied[2].outcome.status).toBe('unchanged')
    expect(after.outputs.dispatch?.runId).toBe(second)
    expect(world.emulator.state.dispatches).toHaveLength(2)
    expect(world.emulator.state.releases).toHaveLength(1)
  })

  it('takes a tag that a maintainer already pushed on the merge commit as done', async () => {
    const started = await startMergedWorld()
    world = started.world
    await new FixtureGit(world.remoteDir).exec(['update-ref', 'refs/tags/v0.6.1', started.merge])
    const { applied, tagged } = await tagRelease(world, { pr: started.pr })
    expect(tagged.plan.operations[0].title).toBe(
      `tag v0.6.1 is on ${started.merge.slice(0, 12)} in origin already`
    )
    expect(applied.map((step) => step.outcome.status)).toEqual(['unchanged', 'done', 'done'])
    await expectOneOfEach(world, started.merge)
  })
})
