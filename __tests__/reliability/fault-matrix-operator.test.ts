import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { type PushFault, type PushFaultKind, injectPushFault } from '../../sandbox/git-faults.js'
import { STANDARD_FAULTS } from '../../sandbox/github/index.js'
import { useEnvironment } from '../phases/operator-release/support.js'
import { faultCases, kindName } from './matrix.js'
import { OperatorChain, type PushClone, STAGES, type Stage } from './operator-matrix-world.js'

// The fault matrix of the operator stages, as fault-matrix-prepare.test.ts
// and fault-matrix-tag.test.ts do it for prepare-release and tag-release:
// operator-release prepare, tag-release on the operator repository, catalogs
// and next-dev, each run in-process through runPhase. A clean run of each stage records its GitHub requests
// and its pushes; then, from the same world (an emulator snapshot and a copy
// of the world's folder, put back before each run), each request gets each
// fault kind of STANDARD_FAULTS once, and each push is hung up before and
// after its refs moved. The stage must finish in the same run, and the end
// state must equal the clean run's: the refs of every repository (operator,
// catalogs, forks) by tree, parent and message, pull requests, labels,
// releases, assets, dispatches and forks, with no duplicate.

let chain: OperatorChain
let restoreEnv: () => void

interface CleanRun {
  requests: string[]
  /** The pushes through each clone of pushClones(stage), in that order. */
  pushes: number[]
  state: unknown
  ms: number
}
const clean = new Map<Stage, CleanRun>()

/** Counting wrappers on a stage's clones: a fault that never fires. */
async function countPushes(clones: PushClone[]): Promise<PushFault[]> {
  return Promise.all(
    clones.map((c) => injectPushFault(c.clone, { kind: 'hang-up', nth: 1_000, remote: c.remote }))
  )
}

beforeAll(async () => {
  chain = await OperatorChain.start()
  restoreEnv = useEnvironment(chain.env)
  for (const stage of STAGES) {
    chain.snapshot(stage)
    const before = chain.emulator.state.requests.length
    const counters = await countPushes(await chain.pushClones(stage))
    const started = Date.now()
    await chain.run(stage)
    const ms = Date.now() - started
    const pushes = counters.map((counter) => counter.pushes)
    for (const counter of counters) await counter.remove()
    clean.set(stage, {
      requests: chain.emulator.state.requests
        .slice(before)
        .map((request) => `${request.method} ${request.path}`),
      pushes,
      state: await chain.endState(),
      ms
    })
    await chain.advance(stage)
  }
}, 300_000)

afterAll(async () => {
  restoreEnv?.()
  await chain?.close()
})

function cleanRun(stage: Stage): CleanRun {
  const run = clean.get(stage)
  if (!run) throw new Error(`no clean run of ${stage}`)
  return run
}

/** Runs `stage` from its snapshot with `inject`'s fault; the failures it finds. */
async function faultRun(
  stage: Stage,
  name: string,
  inject: () => Promise<{ fired: boolean; remove?: () => Promise<void> }>
): Promise<string[]> {
  const failures: string[] = []
  let started = Date.now()
  chain.restore(stage)
  spent.restore += Date.now() - started
  const fault = await inject()
  started = Date.now()
  await chain.run(stage).catch((error: Error) => failures.push(`${name}: ${error.message}`))
  spent.run += Date.now() - started
  if (!fault.fired) failures.push(`${name}: the fault did not fire`)
  await fault.remove?.()
  started = Date.now()
  const state = await chain.endState()
  spent.compare += Date.now() - started
  const changed = differences(cleanRun(stage).state, state)
  if (changed.length > 0) failures.push(`${name}: end state differs: ${changed.join('; ')}`)
  return failures
}

/** Milliseconds spent putting the world back, running and reading the end state, since the last report. */
const spent = { restore: 0, run: 0, compare: 0 }

/** Where `actual` differs from `expected`: each path, with both values. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return []
  if (
    typeof expected === 'object' &&
    typeof actual === 'object' &&
    expected !== null &&
    actual !== null &&
    Array.isArray(expected) === Array.isArray(actual) &&
    (!Array.isArray(expected) || expected.length === (actual as unknown[]).length)
  ) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    return [...keys].flatMap((key) =>
      differences(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${path}/${key}`
      )
    )
  }
  return [`${path || '/'}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`]
}

/** `fault matrix operator <stage>: N requests (...), M runs, K failed`, with the time a run took. */
function report(what: string, runs: number, ms: number, failures: string[]): void {
  const each = (total: number): number => (runs ? Math.round(total / runs) : 0)
  process.stdout.write(
    `fault matrix operator ${what}, ${runs} runs, ${failures.length} failed (a run ${each(ms)} ms: restore ${each(spent.restore)}, run ${each(spent.run)}, end state ${each(spent.compare)})\n${failures.join('\n')}\n`
  )
  Object.assign(spent, { restore: 0, run: 0, compare: 0 })
}

describe.each(STAGES.map((stage) => [stage]))('fault matrix: operator %s', (stage) => {
  it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
    const { requests } = cleanRun(stage)
    expect(requests.length).toBeGreaterThan(0)
    const failures: string[] = []
    let runs = 0
    const started = Date.now()
    for (const { index, kind } of faultCases(requests, STANDARD_FAULTS)) {
      runs++
      failures.push(
        ...(await faultRun(stage, `#${index + 1} ${requests[index]} ${kindName(kind)}`, async () =>
          chain.emulator.injectFault({ ...kind, nth: index + 1 })
        ))
      )
    }
    report(
      `${stage}: ${requests.length} requests (${requests.join(', ')}) in a clean run of ${cleanRun(stage).ms} ms`,
      runs,
      Date.now() - started,
      failures
    )
    expect(failures).toEqual([])
    // A few minutes on two quiet cores. A test that times out goes on in the background and
    // puts its stage's world back under the next test's runs: the bound leaves room for a
    // machine shared with others.
  }, 1_800_000)

  it('each push of a clean run, hung up before and after its refs moved: the same end state, in the same run', async () => {
    const { pushes } = cleanRun(stage)
    const failures: string[] = []
    let runs = 0
    const started = Date.now()
    for (const [which, count] of pushes.entries()) {
      for (let nth = 1; nth <= count; nth++) {
        for (const kind of ['hang-up', 'hang-up-after-update'] as PushFaultKind[]) {
          runs++
          failures.push(
            ...(await faultRun(stage, `clone ${which + 1} push ${nth} ${kind}`, async () => {
              const clone = (await chain.pushClones(stage))[which]
              return injectPushFault(clone.clone, { kind, nth, remote: clone.remote })
            }))
          )
        }
      }
    }
    report(`${stage}: ${pushes.join(' + ')} pushes`, runs, Date.now() - started, failures)
    expect(pushes.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    expect(failures).toEqual([])
  }, 600_000)
})

describe.each([['prepare'], ['catalogs'], ['next-dev']] as [Stage][])(
  'operator %s: someone pushes to the branch between our look and our push',
  (stage) => {
    it('the run refuses (bad input), naming their commit, and leaves it there', async () => {
      chain.restore(stage)
      const [clone] = await chain.pushClones(stage)
      const fault = await injectPushFault(clone.clone, {
        kind: 'pushed-meanwhile',
        remote: clone.remote,
        branch: clone.branch
      })
      const error = await chain.run(stage).then(
        () => undefined,
        (e: unknown) => e
      )
      const { fired, foreignCommits } = fault
      await fault.remove()
      expect(fired).toBe(true)
      const [foreign] = foreignCommits
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toContain(foreign.slice(0, 12))
      const remoteDir = stage === 'catalogs' ? chain.catalogs[0].forkDir : chain.operator.remoteDir
      const tip = await new FixtureGit(remoteDir).exec(['rev-parse', `refs/heads/${clone.branch}`])
      expect(tip.trim()).toBe(foreign)
      const opened = chain.emulator.state.pulls.filter((pull) => pull.head.ref === clone.branch)
      expect(opened).toEqual([])
    }, 120_000)
  }
)
