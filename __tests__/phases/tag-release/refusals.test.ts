import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { parseVersion } from '../../../src/release/version.js'
import { InputError, ReleaseError } from '../../../src/release/errors.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { planTagRelease } from '../../../src/phases/tag-release/plan.js'
import {
  type World,
  expectNothingCreated,
  remoteTags,
  removeTemplates,
  startMergedWorld,
  startWorld,
  tagInputs
} from './world.js'

let world: World | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})
afterAll(removeTemplates)

async function refusal(overrides: Parameters<typeof tagInputs>[1]): Promise<Error> {
  try {
    await planTagRelease(tagInputs(world as World, overrides))
  } catch (error) {
    return error as Error
  }
  throw new Error('tag-release went ahead; it was expected to refuse')
}

/** A branch with one commit on top of origin/main, pushed, and its pull request opened. */
async function openPull(w: World, branch: string, files: Record<string, string>): Promise<number> {
  await w.repo.git.exec(['fetch', '--quiet', 'origin'])
  await w.repo.git.exec(['checkout', '--quiet', '-b', branch, 'origin/main'])
  await w.repo.commit(`Release ${branch}`, files)
  await w.repo.git.exec(['push', '--quiet', 'origin', branch])
  await w.repo.git.exec(['checkout', '--quiet', 'main'])
  const { data } = await w.github.octokit.rest.pulls.create({
    owner: w.owner,
    repo: w.name,
    head: branch,
    base: 'main',
    title: `Release ${branch}`
  })
  return data.number
}

describe('tag-release refuses, and creates nothing', () => {
  it('when the version does not match the release branch', async () => {
    const started = await startMergedWorld()
    world = started.world
    const error = await refusal({ pr: started.pr, version: parseVersion('0.6.2') })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toBe(
      `version: 0.6.2 does not match pull request #${started.pr} (release-v0.6.1), which releases 0.6.1`
    )
    await expectNothingCreated(world, 'v0.6.1')
    await expectNothingCreated(world, 'v0.6.2')
  })

  it('when the release pull request is still open, or was closed without merging', async () => {
    const started = await startMergedWorld()
    world = started.world
    const pr = await openPull(world, 'release-v0.6.2', {
      'changelogs/CHANGELOG-v0.6.2.md': 'The v0.6.2 release is a patch release.\n'
    })
    const open = await refusal({ pr })
    expect(open).toBeInstanceOf(InputError)
    expect(open.message).toBe(
      `pr-number: pull request #${pr} (release-v0.6.2) is still open; merge it, then tag-release runs`
    )

    await world.github.octokit.rest.pulls.update({
      owner: 'bpfman',
      repo: 'bpfman',
      pull_number: pr,
      state: 'closed'
    })
    const closed = await refusal({ pr })
    expect(closed.message).toMatch(
      new RegExp(
        `^pr-number: pull request #${pr} \\(release-v0.6.2\\) was closed without merging; nothing to tag`
      )
    )
    // Given only the version, the closed pull request is found and refused too.
    expect((await refusal({ version: parseVersion('0.6.2') })).message).toContain(
      'was closed without merging'
    )
    await expectNothingCreated(world, 'v0.6.2')
  })

  it('when the merge commit is not on the base branch', async () => {
    const started = await startMergedWorld()
    world = started.world
    // Someone force-pushed main back to before the merge.
    const remote = new FixtureGit(world.remoteDir)
    await remote.exec(['update-ref', 'refs/heads/main', `${started.merge}^1`])
    const error = await refusal({ pr: started.pr })
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toContain(
      `the merge commit ${started.merge.slice(0, 12)} of pull request #${started.pr} is not on main`
    )
    await expectNothingCreated(world, 'v0.6.1')
  })

  it('when the tag exists on another commit, and leaves that tag where it is', async () => {
    const started = await startMergedWorld()
    world = started.world
    const remote = new FixtureGit(world.remoteDir)
    const elsewhere = (await remote.exec(['rev-parse', `${started.merge}^1`])).trim()
    await remote.exec(['update-ref', 'refs/tags/v0.6.1', elsewhere])
    const error = await refusal({ pr: started.pr })
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toBe(
      `tag v0.6.1 already exists in origin on ${elsewhere.slice(0, 12)}, not on the commit being released (${started.merge.slice(0, 12)}); a tag is never moved or deleted: release the next version instead`
    )
    expect((await remoteTags(world))['v0.6.1']).toBe(elsewhere)
    expect(world.emulator.state.releases).toEqual([])
    expect(world.emulator.state.dispatches).toEqual([])
  })

  it('when the merged tree is not released-ready, listing every file that is not at the version', async () => {
    world = await startWorld('bpfman')
    // A hand-made release pull request: a placeholder changelog and nothing else.
    const pr = await openPull(world, 'release-v0.6.1', {
      'changelogs/CHANGELOG-v0.6.1.md':
        'The v0.6.1 release is a patch release.\n\nTODO: release notes\n'
    })
    const merge = await world.emulator.mergePull('bpfman', 'bpfman', pr)
    const error = await refusal({ pr })
    expect(error).toBeInstanceOf(ReleaseError)
    const lines = error.message.split('\n')
    expect(lines[0]).toBe(
      `the tree at ${merge.slice(0, 12)} is not ready to be released as v0.6.1 (bpfman repository):`
    )
    expect(lines[1]).toBe(
      '  - changelogs/CHANGELOG-v0.6.1.md is not written yet: it still holds the placeholder "TODO"'
    )
    const files = lines
      .slice(2, -1)
      .map(
        (line) => /^ {2}- (\S+) is not at 0\.6\.1: prepare-release would change it/.exec(line)?.[1]
      )
    expect(files).toEqual(
      expect.arrayContaining([
        'Cargo.toml',
        'Cargo.lock',
        'examples/Makefile',
        'docs/quick-start.md',
        'RELEASE.md'
      ])
    )
    expect(files).not.toContain(undefined)
    expect(files.some((file) => file?.startsWith('examples/config/v0.6.1/'))).toBe(true)
    expect(lines[lines.length - 1]).toBe(
      'Fix it with a pull request to the base branch, then rerun; nothing was tagged'
    )
    await expectNothingCreated(world, 'v0.6.1')
  })

  it('when the pull request is not a release pull request and no version is given', async () => {
    world = await startWorld('bpfman')
    const pr = await openPull(world, 'fix-docs', { 'docs/fix.md': 'fix\n' })
    await world.emulator.mergePull('bpfman', 'bpfman', pr)
    const error = await refusal({ pr })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain(
      `version: pull request #${pr} (fix-docs) is not a release pull request`
    )
    expect(world.emulator.state.releases).toEqual([])
  })
})
