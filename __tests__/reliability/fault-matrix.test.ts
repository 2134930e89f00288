import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Host, runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { STANDARD_FAULTS, type FaultSpec } from '../../sandbox/github/index.js'
import { type PushFaultKind, injectPushFault } from '../../sandbox/git-faults.js'
import {
  TOKEN,
  type World,
  removeTemplates,
  startMergedWorld,
  startWorld
} from '../phases/tag-release/world.js'

// The fault matrix: a clean run of a phase records its GitHub requests; then,
// for each request k and each fault kind, a fresh world runs the phase with
// that fault on its k-th request. The phase must finish in the same run, and
// the end state must equal the clean run's (pull requests, labels, branches
// and tags by tree, parent and message), with no duplicate.
//
// Covered: prepare-release and tag-release, in-process through runPhase,
// every request of a clean run x every kind of STANDARD_FAULTS (500, 502,
// 503, 429, secondary and primary rate limits, dropped connection, lost
// response, delay). Not yet: post-release and the operator stages.
//
// Git pushes the same way: the clean run counts the pushes through the
// checkout's remote (sandbox/git-faults.ts); then for each push k and each
// PUSH_FAULTS kind a fresh world runs the phase with that fault on its k-th
// push: the remote hangs up before the refs move, or after they moved (the
// answer is lost).

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

const host: Host = {
  json: false,
  print: () => undefined,
  manifestPath: () => undefined,
  manifestInput: '--manifest',
  setOutputs: () => undefined,
  writeSummary: () => undefined,
  epilogue: () => undefined
}

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

/** The end state, without what differs between equal runs (ids, times, commit ids). */
async function endState(world: World): Promise<unknown> {
  const remote = new FixtureGit(world.remoteDir)
  const refs = (await remote.exec(['for-each-ref', '--format=%(refname)']))
    .split('\n')
    .filter(Boolean)
  const branches: Record<string, string> = {}
  for (const ref of refs) {
    branches[ref] = (await remote.exec(['log', '-1', '--format=%T %P%n%B', ref])).trim()
  }
  const { state } = world.emulator
  return {
    refs: branches,
    pulls: state.pulls.map((pull) => ({
      title: pull.title,
      body: pull.body,
      head: pull.head.ref,
      base: pull.base.ref,
      state: pull.state,
      labels: pull.labels
    })),
    labels: state.labels.map((label) => label.name).sort(),
    releases: state.releases.map((release) => ({
      tag: release.tagName,
      target: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease
    })),
    dispatches: state.dispatches.map((dispatch) => ({
      workflow: dispatch.workflow,
      ref: dispatch.ref,
      inputs: dispatch.inputs
    }))
  }
}

const PUSH_FAULTS: readonly PushFaultKind[] = ['hang-up', 'hang-up-after-update']

/** Counts the pushes of `phase` in `world` through its remote `origin`. */
async function countPushes(world: World, phase: () => Promise<void>): Promise<number> {
  const counter = await injectPushFault(world.workDir, { kind: 'hang-up', nth: 1_000_000 })
  try {
    await phase()
    return counter.pushes
  } finally {
    await counter.remove()
  }
}

/**
 * Each push of a clean run x PUSH_FAULTS, each in a fresh world: the phase
 * finishes in the same run, with the clean end state. Prints the count.
 */
async function pushMatrix(
  name: string,
  pushes: number,
  cleanState: unknown,
  start: () => Promise<World>,
  phase: (world: World) => Promise<void>
): Promise<string[]> {
  const failures: string[] = []
  let cases = 0
  for (let push = 1; push <= pushes; push++) {
    for (const kind of PUSH_FAULTS) {
      cases++
      const world = await start()
      const label = `push #${push} ${kind}`
      try {
        const fault = await injectPushFault(world.workDir, { kind, nth: push })
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
    `fault matrix ${name} git pushes: ${pushes} pushes x ${PUSH_FAULTS.join(', ')}, ${cases} runs, ${failures.length} failed\n${failures.join('\n')}\n`
  )
  return failures
}

const kindName = (fault: FaultSpec): string =>
  `${fault.kind}${fault.status ? ` ${fault.status}` : ''}`

let clean: { requests: string[]; pushes: number; state: unknown }

/**
 * The kinds tried at request `index`: all of them (117 runs, about five
 * minutes on two cores); FAULT_MATRIX=sample tries a third, rotating, so that
 * every kind still meets every third request.
 */
function kindsFor(index: number): readonly FaultSpec[] {
  if (process.env.FAULT_MATRIX !== 'sample') return STANDARD_FAULTS
  return STANDARD_FAULTS.filter((_, kind) => (kind + index) % 3 === 0)
}

beforeAll(async () => {
  const world = await startWorld('bpfman')
  try {
    const pushes = await countPushes(world, () => prepare(world))
    clean = {
      requests: world.emulator.requests.map((request) => `${request.method} ${request.path}`),
      pushes,
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
      for (const kind of kindsFor(index)) {
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
    expect(clean.pushes).toBeGreaterThan(0)
    const failures = await pushMatrix(
      'prepare-release',
      clean.pushes,
      clean.state,
      () => startWorld('bpfman'),
      prepare
    )
    expect(failures).toEqual([])
  }, 300_000)
})

describe('fault matrix: tag-release', () => {
  let pr = 0
  let cleanTag: { requests: string[]; pushes: number; state: unknown }
  beforeAll(async () => {
    const first = await startMergedWorld()
    pr = first.pr
    try {
      const pushes = await countPushes(first.world, () => tag(first.world))
      cleanTag = {
        requests: first.world.emulator.requests.map((r) => `${r.method} ${r.path}`),
        pushes,
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
      for (const kind of kindsFor(index)) {
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
    expect(cleanTag.pushes).toBeGreaterThan(0)
    const failures = await pushMatrix(
      'tag-release',
      cleanTag.pushes,
      cleanTag.state,
      async () => (await startMergedWorld()).world,
      tag
    )
    expect(failures).toEqual([])
  }, 300_000)
})
