import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { InputError } from '../../src/release/errors.js'
import {
  checkBaseInput,
  fetchBase,
  inspectCheckout,
  openRepository
} from '../../src/steps/checkout.js'
import { type StepWorld, startStepWorld } from '../support/step-world.js'

// The checks every phase starts with, on real git: a checkout and its bare
// remote in a temporary folder.

let world: StepWorld
let repo: FixtureRepo
let v060: string
beforeEach(async () => {
  world = await startStepWorld('checkout-step')
  repo = world.repo
  v060 = world.tagged
})
afterEach(() => world.cleanup())

/** The folder that holds the checkout and the remotes. */
const tempDir = (): string => dirname(repo.workDir)

describe('openRepository', () => {
  it('refuses a missing folder, a file, a folder that is no repository and a remote it lacks, naming each', async () => {
    const missing = join(tempDir(), 'missing')
    await expect(openRepository(missing)).rejects.toThrow(
      `${missing} does not exist; give the folder of the checkout`
    )
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, 'x')
    await expect(openRepository(file, undefined, 'working-directory')).rejects.toMatchObject({
      input: 'working-directory',
      message: expect.stringContaining(`${file} is a file, not a folder`)
    })
    await expect(openRepository(join(tempDir(), 'remotes'))).rejects.toThrow(
      'is not a git repository; give the folder of the checkout'
    )
    await expect(openRepository(repo.workDir, 'upstream')).rejects.toThrow(
      `${repo.workDir} has no remote "upstream"; give one of its remotes (git remote -v)`
    )
    await expect(openRepository(repo.workDir, 'origin')).resolves.toBeDefined()
  })
})

describe('checkBaseInput and fetchBase', () => {
  it('a base the remote lacks is refused, naming the remote', async () => {
    await expect(checkBaseInput(repo.workDir, 'origin', 'develop', 'base')).rejects.toThrow(
      'branch "develop" not found on origin'
    )
    await expect(checkBaseInput(repo.workDir, 'origin', 'main', 'base')).resolves.toBe('main')
  })

  it('fetches the base into its remote-tracking ref, with the tags', async () => {
    const git = await openRepository(repo.workDir, 'origin')
    await repo.git.exec(['tag', '-d', 'v0.6.0'])
    const { baseRef, baseCommit } = await fetchBase(git, 'origin', 'main', 'give main')
    expect(baseRef).toBe('refs/remotes/origin/main')
    expect(baseCommit).toBe(await repo.git.head())
    expect(await git.tags()).toContain('v0.6.0')
  })
})

describe('inspectCheckout', () => {
  it('a clean checkout of the base at its tip: the base commit and the tags merged into it', async () => {
    const checkout = await inspectCheckout(repo.workDir, 'main', undefined)
    expect(checkout.baseRef).toBe('refs/heads/main')
    expect(checkout.baseCommit).toBe(await repo.git.head())
    expect(checkout.tags).toEqual(['v0.6.0'])
    expect(checkout.mergedTags).toEqual(['v0.6.0'])
  })

  it('pushing, the base is the remote one', async () => {
    const checkout = await inspectCheckout(repo.workDir, 'main', 'origin')
    expect(checkout.baseRef).toBe('refs/remotes/origin/main')
    expect(checkout.baseCommit).toBe(await repo.git.head())
  })

  it('uncommitted changes are refused, naming them', async () => {
    writeFileSync(join(repo.workDir, 'tc.rs'), 'changed\n')
    const refused = inspectCheckout(repo.workDir, 'main', undefined)
    await expect(refused).rejects.toBeInstanceOf(InputError)
    await expect(refused).rejects.toThrow(
      `the working tree of ${repo.workDir} has uncommitted changes ( M tc.rs); commit or stash them and rerun`
    )
  })

  it('a checkout behind the remote base is refused, naming both commits', async () => {
    const behind = await repo.git.head()
    const ahead = await repo.commit('Later on main')
    await repo.git.exec(['push', '--quiet', 'origin', 'main'])
    await repo.git.exec(['reset', '--quiet', '--hard', behind])
    await expect(inspectCheckout(repo.workDir, 'main', 'origin')).rejects.toThrow(
      `has ${behind.slice(0, 12)} checked out, but main is at ${ahead.slice(0, 12)}; check out main at its latest commit`
    )
  })

  it('another commit checked out than the base is refused', async () => {
    await repo.git.exec(['checkout', '--quiet', v060])
    await expect(inspectCheckout(repo.workDir, 'main', undefined)).rejects.toThrow(
      `has ${v060.slice(0, 12)} checked out, but main is at`
    )
  })

  it('a base branch that is not there is refused', async () => {
    await expect(inspectCheckout(repo.workDir, 'develop', undefined)).rejects.toThrow(
      `branch "develop" not found in ${repo.workDir}`
    )
  })
})
