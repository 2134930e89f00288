// The matrices of prepare-release and tag-release (fault-matrix-prepare,
// fault-matrix-tag), each run in a fresh world. requestMatrix: each GitHub
// request of a clean run with each fault kind. gitMatrix: the clean run
// counts the pushes through the checkout's remote (sandbox/git-faults.ts);
// then for each push k and each PUSH_FAULTS kind the phase runs with that
// fault on its k-th push: the remote hangs up before the refs move, or after
// they moved (the answer is lost). And each fetch and ls-remote once: the
// connection is reset before git speaks (as ssh reports it).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { type PushFaultKind, injectFetchFault, injectPushFault } from '../../sandbox/git-faults.js'
import { STANDARD_FAULTS } from '../../sandbox/github/index.js'
import { type World } from '../phases/tag-release/world.js'
import { endState, faultCases, kindName } from './matrix.js'

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

/** A clean run: its GitHub requests, its git commands and its end state. */
interface CleanRun {
  requests: string[]
  git: { pushes: number; fetches: number }
  state: unknown
}

/**
 * Each GitHub request of the clean run x each fault kind, each in a fresh
 * world: the phase finishes in the same run, with the clean end
 * state. Prints the count; returns the failures.
 */
async function requestMatrix(
  name: string,
  clean: CleanRun,
  start: () => Promise<World>,
  phase: (world: World) => Promise<void>
): Promise<string[]> {
  const failures: string[] = []
  let cases = 0
  for (const { index, kind } of faultCases(clean.requests, STANDARD_FAULTS)) {
    cases++
    const world = await start()
    const label = `#${index + 1} ${clean.requests[index]} ${kindName(kind)}`
    try {
      const fault = world.emulator.injectFault({ ...kind, nth: index + 1 })
      await phase(world).catch((error: Error) => failures.push(`${label}: ${error.message}`))
      if (!fault.fired) failures.push(`${label}: the fault did not fire`)
      const state = await endState(world)
      if (JSON.stringify(state) !== JSON.stringify(clean.state))
        failures.push(`${label}: end state ${JSON.stringify(state)}`)
    } finally {
      await world.cleanup()
    }
  }
  process.stdout.write(
    `fault matrix ${name}: ${clean.requests.length} requests (${clean.requests.join(', ')}), ${cases} runs, ${failures.length} failed\n${failures.join('\n')}\n`
  )
  return failures
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

/**
 * The fault matrix of a phase run in a fresh world each time (`start`): a
 * clean run records its requests, git commands and end state; then one test
 * runs each request with each fault kind, one each push with each push
 * fault, one each fetch and ls-remote with its connection reset.
 */
export function describePhaseMatrix(
  name: string,
  start: () => Promise<World>,
  phase: (world: World) => Promise<void>
): void {
  let clean: CleanRun
  beforeAll(async () => {
    const world = await start()
    try {
      const git = await countGit(world, () => phase(world))
      clean = {
        requests: world.emulator.requests.map((request) => `${request.method} ${request.path}`),
        git,
        state: await endState(world)
      }
    } finally {
      await world.cleanup()
    }
  })

  describe(`fault matrix: ${name}`, () => {
    it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
      expect(clean.requests.length).toBeGreaterThan(0)
      expect(await requestMatrix(name, clean, start, phase)).toEqual([])
    }, 900_000)

    it('each git push of a clean run x push faults: the same end state, in the same run', async () => {
      expect(clean.git.pushes).toBeGreaterThan(0)
      const failures = await gitMatrix(
        name,
        'pushes',
        clean.git.pushes,
        PUSH_KINDS,
        clean.state,
        start,
        phase
      )
      expect(failures).toEqual([])
    }, 300_000)

    it('each git fetch and ls-remote of a clean run, its connection reset: the same end state, in the same run', async () => {
      expect(clean.git.fetches).toBeGreaterThan(0)
      const failures = await gitMatrix(
        name,
        'fetches and ls-remotes',
        clean.git.fetches,
        FETCH_KINDS,
        clean.state,
        start,
        phase
      )
      expect(failures).toEqual([])
    }, 300_000)
  })
}
