import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { injectPushFault } from '../../sandbox/git-faults.js'
import { PushRejected } from '../../src/effects/git.js'
import { InputError } from '../../src/release/errors.js'
import { Products } from '../../src/release/plan.js'
import { type ReleaseLine, parseReleaseLine } from '../../src/release/version.js'
import {
  type PatchLine,
  createPatchBranchOperation,
  inspectPatchLine,
  releaseLineOf
} from '../../src/steps/patch-branch.js'
import { type StepWorld, startStepWorld } from '../support/step-world.js'

// The patch branch of a patch release, on real git: a checkout and its bare
// remote in a temporary folder. The branch is made from the patched tag when
// it is missing, and never reset once it exists.

const PATCH = 'release-v0.6.0-patch'

type World = StepWorld

const lineOf = (inputs: { base?: string; patchOf?: string }): ReleaseLine =>
  parseReleaseLine({ base: inputs.base ?? 'main', patchOf: inputs.patchOf }, ['v0.6.0'])

const tipOf = async (git: FixtureGit, branch = PATCH): Promise<string | undefined> => {
  const out = await git.tryExec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])
  return out.ok ? out.stdout.trim() : undefined
}

/** A commit on the patch branch of `git` (a fix made there by a maintainer). */
async function fixOnPatchBranch(world: World, git: FixtureGit): Promise<string> {
  const tree = (await git.exec(['rev-parse', `${world.tagged}^{tree}`])).trim()
  const parent = (await tipOf(git)) ?? world.tagged
  const commit = (await git.exec(['commit-tree', tree, '-p', parent, '-m', 'A fix'])).trim()
  await git.exec(['update-ref', `refs/heads/${PATCH}`, commit])
  return commit
}

/** The patch line inspectPatchLine found, as the create operation needs it. */
function patchLine(line: ReleaseLine, patchTip: string): PatchLine {
  return {
    patch: line.patch!,
    patchTip,
    create: true,
    mainRef: 'refs/heads/main',
    tip: patchTip,
    pickCommits: [],
    pickSources: [],
    pickLines: [],
    notes: []
  }
}

let world: World
beforeEach(async () => {
  world = await startStepWorld('patch-branch-step')
})
afterEach(() => world.cleanup())

describe('releaseLineOf', () => {
  it('a release from main asks for no patch line and reads nothing', async () => {
    const line = await releaseLineOf({
      repoDir: join(world.repo.workDir, 'not-there'),
      base: 'main',
      remote: 'origin'
    })
    expect(line).toBeUndefined()
  })

  it('patch-of finds its tag on the remote (fetched first) and names the patch branch', async () => {
    await world.fixture.exec(['tag', '-d', 'v0.6.0'])
    const line = await releaseLineOf({
      repoDir: world.repo.workDir,
      base: 'main',
      patchOf: ' v0.6.0 ',
      remote: 'origin'
    })
    expect(line?.patch?.branch).toBe(PATCH)
    expect(line?.patch?.patched.tag).toBe('v0.6.0')
    expect(await world.fixture.exec(['tag', '--list', 'v0.6.0'])).toBe('v0.6.0\n')
  })
})

describe('inspectPatchLine', () => {
  const line = lineOf({ patchOf: 'v0.6.0' })

  it('a missing branch is planned from the tag (patch-of), with main fetched from the remote', async () => {
    const found = await inspectPatchLine(world.repo.workDir, line, 'origin', true)
    expect(found.create).toBe(true)
    expect(found.checkout.baseRef).toBe('refs/tags/v0.6.0')
    expect(found.checkout.baseCommit).toBe(world.tagged)
    expect(found.mainRef).toBe('refs/remotes/origin/main')
    expect(await world.git.revParse('refs/remotes/origin/main')).toBe(await world.fixture.head())
    expect(await tipOf(world.remote)).toBeUndefined()
  })

  it('a missing branch without patch-of is refused, naming patch-of', async () => {
    const base = lineOf({ base: PATCH })
    const refused = inspectPatchLine(world.repo.workDir, base, 'origin', false)
    await expect(refused).rejects.toBeInstanceOf(InputError)
    await expect(refused).rejects.toThrow(
      `branch "${PATCH}" not found on origin; give patch-of v0.6.0 to make it from its tag, or another base`
    )
  })

  it("the remote's branch is the base when pushing, never the tag nor a local branch", async () => {
    const remoteFix = await fixOnPatchBranch(world, world.remote)
    await world.fixture.exec(['branch', PATCH, world.tagged])
    const found = await inspectPatchLine(world.repo.workDir, line, 'origin', true)
    expect(found.create).toBe(false)
    expect(found.checkout.baseRef).toBe(`refs/remotes/origin/${PATCH}`)
    expect(found.checkout.baseCommit).toBe(remoteFix)
    expect(await tipOf(world.fixture)).toBe(world.tagged)
  })

  it('without a remote the local branch is the base', async () => {
    const localFix = await fixOnPatchBranch(world, world.fixture)
    const found = await inspectPatchLine(world.repo.workDir, line, undefined, true)
    expect(found.create).toBe(false)
    expect(found.checkout.baseRef).toBe(`refs/heads/${PATCH}`)
    expect(found.checkout.baseCommit).toBe(localFix)
    expect(found.mainRef).toBe('refs/heads/main')
  })

  it('a tag the checkout lacks is refused, naming fetch-depth', async () => {
    await world.fixture.exec(['tag', '-d', 'v0.6.0'])
    const refused = inspectPatchLine(world.repo.workDir, line, undefined, true)
    await expect(refused).rejects.toThrow(
      `tag v0.6.0 is not in ${world.repo.workDir}; fetch the tags (fetch-depth: 0) and rerun`
    )
  })
})

describe('createPatchBranchOperation', () => {
  const line = lineOf({ patchOf: 'v0.6.0' })
  const create = async (remote: string | undefined) => {
    const found = await inspectPatchLine(world.repo.workDir, line, remote, true)
    return createPatchBranchOperation(found.checkout, patchLine(line, world.tagged), remote)
  }

  it('pushes the branch at the tag when the remote has none', async () => {
    const outcome = await (await create('origin')).apply(new Products())
    expect(outcome).toEqual({
      status: 'done',
      detail: `origin/${PATCH} at ${world.tagged.slice(0, 12)}`
    })
    expect(await tipOf(world.remote)).toBe(world.tagged)
  })

  it("a rerun finds the remote's branch and leaves it where it is, even past the tag", async () => {
    const operation = await create('origin')
    await operation.apply(new Products())
    const fix = await fixOnPatchBranch(world, world.remote)
    const outcome = await operation.apply(new Products())
    expect(outcome).toEqual({
      status: 'unchanged',
      detail: `origin/${PATCH} exists at ${fix.slice(0, 12)}`
    })
    expect(await tipOf(world.remote)).toBe(fix)
  })

  it('a branch made on the remote between our look and our push is not overwritten (the lease expects none)', async () => {
    const operation = await create('origin')
    const fault = await injectPushFault(world.repo.workDir, {
      kind: 'pushed-meanwhile',
      branch: PATCH
    })
    const attempt = operation.apply(new Products())
    await expect(attempt).rejects.toBeInstanceOf(PushRejected)
    const [theirs] = fault.foreignCommits
    expect(fault.fired).toBe(true)
    await fault.remove()
    expect(await tipOf(world.remote)).toBe(theirs)
  })

  it('without a remote: makes the local branch at the tag, then leaves it as it is', async () => {
    const operation = await create(undefined)
    expect(await operation.apply(new Products())).toEqual({
      status: 'done',
      detail: `${PATCH} at ${world.tagged.slice(0, 12)}`
    })
    expect(await tipOf(world.fixture)).toBe(world.tagged)
    const fix = await fixOnPatchBranch(world, world.fixture)
    expect(await operation.apply(new Products())).toEqual({
      status: 'unchanged',
      detail: `${PATCH} exists at ${fix.slice(0, 12)}`
    })
    expect(await tipOf(world.fixture)).toBe(fix)
    expect(await tipOf(world.remote)).toBeUndefined()
  })
})
