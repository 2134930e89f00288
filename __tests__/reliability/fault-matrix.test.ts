import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import { STANDARD_FAULTS } from '../../sandbox/github/index.js'
import { type PushFaultKind, injectFetchFault, injectPushFault } from '../../sandbox/git-faults.js'
import {
  TOKEN,
  type World,
  removeTemplates,
  startMergedWorld,
  startWorld
} from '../phases/tag-release/world.js'
import { endState, host, kindName, kindsFor } from './matrix.js'

// The fault matrix: a clean run of a phase records its GitHub requests; then,
// for each request k and each fault kind, a fresh world runs the phase with
// that fault on its k-th request. The phase must finish in the same run, and
// the end state must equal the clean run's (pull requests, labels, branches
// and tags by tree, parent and message), with no duplicate.
//
// Covered: prepare-release and tag-release, in-process through runPhase,
// every request of a clean run x every kind of STANDARD_FAULTS (500, 502,
// 503, 429, secondary and primary rate limits, dropped connection, lost
// response, delay): 117 runs. Post-release and the operator stages have
// their own files (fault-matrix-post, fault-matrix-operator), sharing
// matrix.ts.
//
// Git pushes the same way: the clean run counts the pushes through the
// checkout's remote (sandbox/git-faults.ts); then for each push k and each
// PUSH_FAULTS kind a fresh world runs the phase with that fault on its k-th
// push: the remote hangs up before the refs move, or after they moved (the
// answer is lost). And each fetch and ls-remote once: the connection is reset
// before git speaks (as ssh reports it).

const saved = { api: process.env.GITHUB_API_URL, second: process.env.RELEASE_ACTIONS_SECOND_MS }
beforeAll(() => {
  // The client's seconds of waiting last a millisecond here.
  process.env.RELEASE_ACTIONS_SECOND_MS = '1'
})
afterAll(() => {
  removeTemplates()
  process.env.GITHUB_API_URL = saved.api
  process.env.RELEASE_ACTIONS_SECOND_MS = saved.second
})

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

const PUSH_FAULTS: readonly PushFaultKind[] = ['hang-up', 'hang-up-after-update']

/** The git faults of a clean run: a kind, and how it is put on the nth command that talks to the remote. */
interface GitFault {
  kind: string
  inject: (world: World, nth: number) => Promise<{ fired: boolean; remove(): Promise<void> }>
}
const PUSH_KINDS: GitFault[] = PUSH_FAULTS.map((kind) => ({
  kind,
  inject: (world, nth) => injectPushFault(world.workDir, { kind, nth })
}))
const FETCH_KINDS: GitFault[] = [
  {
    kind: 'connection reset',
    inject: (world, nth) => injectFetchFault(world.workDir, { nth })
  }
]

/** Counts the pushes, and the fetches and ls-remotes, of `phase` in `world` through its remote `origin`. */
async function countGit(
  world: World,
  phase: () => Promise<void>
): Promise<{ pushes: number; fetches: number }> {
  const pushes = await injectPushFault(world.workDir, { kind: 'hang-up', nth: 1_000_000 })
  const fetches = await injectFetchFault(world.workDir, { nth: 1_000_000 })
  try {
    await phase()
    return { pushes: pushes.pushes, fetches: fetches.fetches }
  } finally {
    await pushes.remove()
    await fetches.remove()
  }
}

/**
 * Each of `count` git commands of a clean run x `kinds`, each in a fresh
 * world: the phase finishes in the same run, with the clean end state.
 * Prints the count.
 */
async function gitMatrix(
  name: string,
  what: string,
  count: number,
  kinds: GitFault[],
  cleanState: unknown,
  start: () => Promise<World>,
  phase: (world: World) => Promise<void>
): Promise<string[]> {
  const failures: string[] = []
  let cases = 0
  for (let nth = 1; nth <= count; nth++) {
    for (const { kind, inject } of kinds) {
      cases++
      const world = await start()
      const label = `${what} #${nth} ${kind}`
      try {
        const fault = await inject(world, nth)
        await phase(world).catch((error: Error) => failures.push(`${label}: ${error.message}`))
        if (!fault.fired) failures.push(`${label}: the fault did not fire`)
        await fault.remove()
        const state = await endState(world)
        if (JSON.stringify(state) !== JSON.stringify(cleanState))
          failures.push(`${label}: end state ${JSON.stringify(state)}`)
      } finally {
        await world.cleanup()
      }
    }
  }
  process.stdout.write(
    `fault matrix ${name} git ${what}: ${count} x ${kinds.map((k) => k.kind).join(', ')}, ${cases} runs, ${failures.length} failed\n${failures.join('\n')}\n`
  )
  return failures
}

let clean: { requests: string[]; git: { pushes: number; fetches: number }; state: unknown }

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
    const failures: string[] = []
    let cases = 0
    for (const [index, request] of clean.requests.entries()) {
      for (const kind of kindsFor(index, STANDARD_FAULTS)) {
        cases++
        const world = await startWorld('bpfman')
        const name = `#${index + 1} ${request} ${kindName(kind)}`
        try {
          const fault = world.emulator.injectFault({ ...kind, nth: index + 1 })
          await prepare(world).catch((error: Error) => failures.push(`${name}: ${error.message}`))
          if (!fault.fired) failures.push(`${name}: the fault did not fire`)
          const state = await endState(world)
          if (JSON.stringify(state) !== JSON.stringify(clean.state))
            failures.push(`${name}: end state ${JSON.stringify(state)}`)
        } finally {
          await world.cleanup()
        }
      }
    }
    process.stdout.write(
      `fault matrix prepare-release: ${clean.requests.length} requests (${clean.requests.join(', ')}), ${cases} runs, ${failures.length} failed\n${failures.join('\n')}\n`
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

describe('fault matrix: tag-release', () => {
  let pr = 0
  let cleanTag: { requests: string[]; git: { pushes: number; fetches: number }; state: unknown }
  beforeAll(async () => {
    const first = await startMergedWorld()
    pr = first.pr
    try {
      const git = await countGit(first.world, () => tag(first.world))
      cleanTag = {
        requests: first.world.emulator.requests.map((r) => `${r.method} ${r.path}`),
        git,
        state: await endState(first.world)
      }
    } finally {
      await first.world.cleanup()
    }
  })
  const tag = async (world: World): Promise<void> => {
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

  it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
    const failures: string[] = []
    let cases = 0
    for (const [index, request] of cleanTag.requests.entries()) {
      for (const kind of kindsFor(index, STANDARD_FAULTS)) {
        cases++
        const { world } = await startMergedWorld()
        const name = `#${index + 1} ${request} ${kindName(kind)}`
        try {
          const fault = world.emulator.injectFault({ ...kind, nth: index + 1 })
          await tag(world).catch((error: Error) => failures.push(`${name}: ${error.message}`))
          if (!fault.fired) failures.push(`${name}: the fault did not fire`)
          const state = await endState(world)
          if (JSON.stringify(state) !== JSON.stringify(cleanTag.state))
            failures.push(`${name}: end state ${JSON.stringify(state)}`)
        } finally {
          await world.cleanup()
        }
      }
    }
    process.stdout.write(
      `fault matrix tag-release: ${cleanTag.requests.length} requests (${cleanTag.requests.join(', ')}), ${cases} runs, ${failures.length} failed\n${failures.join('\n')}\n`
    )
    expect(failures).toEqual([])
  }, 900_000)

  it('each git push of a clean run x push faults: the same end state, in the same run', async () => {
    expect(cleanTag.git.pushes).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'tag-release',
      'pushes',
      cleanTag.git.pushes,
      PUSH_KINDS,
      cleanTag.state,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 300_000)

  it('each git fetch and ls-remote of a clean run, its connection reset: the same end state, in the same run', async () => {
    expect(cleanTag.git.fetches).toBeGreaterThan(0)
    const failures = await gitMatrix(
      'tag-release',
      'fetches and ls-remotes',
      cleanTag.git.fetches,
      FETCH_KINDS,
      cleanTag.state,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 300_000)
})
