import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import {
  TOKEN,
  type World,
  removeTemplates,
  startMergedWorld
} from '../phases/tag-release/world.js'
import {
  type CleanRun,
  FETCH_KINDS,
  PUSH_KINDS,
  countGit,
  gitMatrix,
  requestMatrix
} from './phase-matrix.js'
import { endState, host, useQuickRetries } from './matrix.js'

// The fault matrix of tag-release, as fault-matrix-prepare.test.ts does it for
// prepare-release: a clean run on a merged release pull request records its
// GitHub requests, pushes, fetches and ls-remotes; then each request meets
// every kind of STANDARD_FAULTS, each push a hang-up before and after its refs moved, each
// fetch and ls-remote a reset connection, each in a fresh copy of the merged
// world. The phase must finish in the same run with the clean end state.

useQuickRetries()
afterAll(() => removeTemplates())

let pr = 0
let clean: CleanRun

async function tag(world: World): Promise<void> {
  process.env.GITHUB_API_URL = world.emulator.url
  await runPhase(
    tagRelease,
    inputsFrom({
      'working-directory': world.workDir,
      'pr-number': String(pr),
      token: TOKEN,
      repository: world.repository,
      'dispatch-workflow': 'publish.yml',
      'committer-name': 'Release Bot',
      'committer-email': 'release-bot@example.com'
    }),
    host
  )
}

beforeAll(async () => {
  const first = await startMergedWorld()
  pr = first.pr
  try {
    const git = await countGit(first.world, () => tag(first.world))
    clean = {
      requests: first.world.emulator.requests.map((r) => `${r.method} ${r.path}`),
      git,
      state: await endState(first.world)
    }
  } finally {
    await first.world.cleanup()
  }
})

describe('fault matrix: tag-release', () => {
  it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
    expect(clean.requests.length).toBeGreaterThan(0)
    const failures = await requestMatrix(
      'tag-release',
      clean,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 900_000)

  it('each git push of a clean run x push faults: the same end state, in the same run', async () => {
    expect(clean.git.pushes).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'tag-release',
      'pushes',
      clean.git.pushes,
      PUSH_KINDS,
      clean.state,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 300_000)

  it('each git fetch and ls-remote of a clean run, its connection reset: the same end state, in the same run', async () => {
    expect(clean.git.fetches).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'tag-release',
      'fetches and ls-remotes',
      clean.git.fetches,
      FETCH_KINDS,
      clean.state,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 300_000)
})
