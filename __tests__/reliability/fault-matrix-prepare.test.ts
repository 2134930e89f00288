import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'
import { TOKEN, type World, removeTemplates, startWorld } from '../phases/tag-release/world.js'
import {
  type CleanRun,
  FETCH_KINDS,
  PUSH_KINDS,
  countGit,
  gitMatrix,
  requestMatrix
} from './phase-matrix.js'
import { endState, host, useQuickRetries } from './matrix.js'

// The fault matrix: a clean run of a phase records its GitHub requests; then,
// for each request k and each fault kind, a fresh world runs the phase with
// that fault on its k-th request. The phase must finish in the same run, and
// the end state must equal the clean run's (pull requests, labels, branches
// and tags by tree, parent and message), with no duplicate.
//
// Covered here: prepare-release, in-process through runPhase, every request
// of a clean run x every kind of STANDARD_FAULTS (500, 502, 503, 429,
// secondary and primary rate limits, dropped connection, lost response,
// delay): its 7 requests, 63 runs; and its git pushes, fetches and
// ls-remotes (phase-matrix.ts). tag-release, post-release and the operator
// stages have their own files (fault-matrix-tag, fault-matrix-post,
// fault-matrix-operator), so that two jest workers run them side by side.

useQuickRetries()
afterAll(() => removeTemplates())

async function prepare(world: World): Promise<void> {
  process.env.GITHUB_API_URL = world.emulator.url
  await runPhase(
    prepareRelease,
    inputsFrom({
      'working-directory': world.workDir,
      version: '0.6.1',
      token: TOKEN,
      repository: world.repository,
      'committer-name': 'Release Bot',
      'committer-email': 'release-bot@example.com'
    }),
    host
  )
}

let clean: CleanRun

beforeAll(async () => {
  const world = await startWorld('bpfman')
  try {
    const git = await countGit(world, () => prepare(world))
    clean = {
      requests: world.emulator.requests.map((request) => `${request.method} ${request.path}`),
      git,
      state: await endState(world)
    }
  } finally {
    await world.cleanup()
  }
})

describe('fault matrix: prepare-release', () => {
  it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
    expect(clean.requests.length).toBeGreaterThan(0)
    const failures = await requestMatrix(
      'prepare-release',
      clean,
      () => startWorld('bpfman'),
      prepare
    )
    expect(failures).toEqual([])
  }, 900_000)

  it('each git push of a clean run x push faults: the same end state, in the same run', async () => {
    expect(clean.git.pushes).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'prepare-release',
      'pushes',
      clean.git.pushes,
      PUSH_KINDS,
      clean.state,
      () => startWorld('bpfman'),
      prepare
    )
    expect(failures).toEqual([])
  }, 300_000)

  it('each git fetch and ls-remote of a clean run, its connection reset: the same end state, in the same run', async () => {
    expect(clean.git.fetches).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'prepare-release',
      'fetches and ls-remotes',
      clean.git.fetches,
      FETCH_KINDS,
      clean.state,
      () => startWorld('bpfman'),
      prepare
    )
    expect(failures).toEqual([])
  }, 300_000)
})
