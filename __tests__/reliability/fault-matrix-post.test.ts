import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { dirname } from 'node:path'
import { run } from '../../src/effects/exec.js'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { postRelease } from '../../src/phases/post-release/index.js'
import { MEDIA_TYPES } from '../../src/effects/registry/client.js'
import { STANDARD_FAULTS, type StateSnapshot } from '../../sandbox/github/index.js'
import { type PushFaultKind, injectPushFault } from '../../sandbox/git-faults.js'
import { type Front, STANDARD_REGISTRY_FAULTS, startFront } from '../../sandbox/registry-front.js'
import { snapshotDir } from '../support/tmp.js'
import { TOKEN } from '../phases/tag-release/world.js'
import {
  CHECKED_IMAGES,
  CRATES,
  OPERATOR_TOKEN,
  type PostWorld,
  publishArtifacts,
  startPostWorld
} from '../phases/post-release/world.js'
import { endState, faultCases, host, kindName, useQuickRetries } from './matrix.js'

// The fault matrix of post-release, as fault-matrix-prepare.test.ts and
// fault-matrix-tag.test.ts do it for prepare-release and tag-release: a
// clean run records its requests to GitHub, to the registry (through a front
// that can fail them) and its git pushes; then each request meets each fault
// kind (a row of uploads shares them: see below), and the phase must finish
// in the same run with the clean run's end state (refs, pull requests,
// labels, releases, assets by content, dispatches, the registry's tags), with
// no duplicate. The world (a released bpfman, a real registry, crates.io and
// COPR stand-ins) takes seconds to build: it is built once, and put back
// before each run (the emulator's records, the folder of checkouts and
// remotes, the registry's storage). The crates.io and COPR stand-ins are only
// read, so they need no putting back, and their requests meet no fault here.
//
// Sampled, and why: the world has two example programs (MATRIX_EXAMPLES), not
// bpfman's eight, so the release has 6 YAML assets, not 18: the same request
// shapes (the uploads are one loop, each example's two YAMLs made alike), a
// third of the uploads, and a run twice as fast. The uploads come in a row,
// alike but for the file, and faultCases (matrix.ts) shares the kinds out
// over that row (UPLOADS): each kind still meets an upload, and each upload
// meets a kind. Every other request, including the same read met again at
// another step, meets every kind. FAULT_MATRIX=full runs every request with
// every kind.
//
// Covered: 21 GitHub requests (15 with each of STANDARD_FAULTS' 9 kinds, the
// 6 uploads sharing them: 144 runs), 10 registry requests x
// STANDARD_REGISTRY_FAULTS (60), the one push x hang-up and
// hang-up-after-update (2): 206 runs, where bpfman's eight examples and every
// pair made 359 runs of twice the time (about 12 minutes on two loaded cores).

const PUSH_FAULTS: readonly { kind: PushFaultKind }[] = [
  { kind: 'hang-up' },
  { kind: 'hang-up-after-update' }
]
/**
 * Two example programs, not bpfman's eight: each adds two release YAMLs, made
 * and uploaded alike; one with a bytecode program, one without.
 */
const MATRIX_EXAMPLES = ['go-xdp-counter', 'go-target']
/** An upload of a release asset, as the emulator records it (the file's name is in the query). */
const UPLOADS = /^POST \/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/
/** The images whose tags the end state holds: the dispatchers and the checked ones. */
const TAGGED = CHECKED_IMAGES.map((image) => image.replace(/^quay\.io\//, ''))

let world: PostWorld
let front: Front
let restore: () => void
let removeSnapshots: () => void

useQuickRetries()

beforeAll(async () => {
  world = await startPostWorld({ examples: MATRIX_EXAMPLES })
  // The dispatchers' v0.6.1 is post-release's to make, from their :latest.
  await publishArtifacts(
    world,
    CHECKED_IMAGES.filter((image) => !image.endsWith('-dispatcher')),
    CRATES
  )
  world.copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
    id: 8812345,
    state: 'succeeded',
    version: '0.6.1-1'
  })
  front = await startFront(world.registry.url)
  await packRepositories(world.tempDir)
  const emulator: StateSnapshot = world.emulator.snapshot()
  const dirs = [snapshotDir(world.tempDir), snapshotDir(world.registry.storageDir)]
  restore = () => {
    world.emulator.restore(emulator)
    for (const dir of dirs) dir.restore()
    front.reset()
  }
  removeSnapshots = () => {
    for (const dir of dirs) dir.remove()
  }
}, 120_000)

afterAll(async () => {
  removeSnapshots?.()
  await front?.stop()
  await world?.cleanup()
})

/** Packs the objects of every repository under `dir`: fewer files, a restore twice as fast. */
async function packRepositories(dir: string): Promise<void> {
  const { stdout } = await run('find', [dir, '-name', 'objects', '-type', 'd', '-prune'], {
    cwd: dir
  })
  for (const objects of stdout.split('\n').filter(Boolean)) {
    const gitDir = dirname(objects)
    await run('git', ['--git-dir', gitDir, 'repack', '-a', '-d', '-q'], { cwd: dir })
    await run('git', ['--git-dir', gitDir, 'prune-packed'], { cwd: dir })
  }
}

async function post(): Promise<void> {
  process.env.GITHUB_API_URL = world.emulator.url
  await runPhase(
    postRelease,
    inputsFrom({
      'working-directory': world.workDir,
      version: '0.6.1',
      base: 'main',
      token: TOKEN,
      repository: 'bpfman/bpfman',
      'registry-url': front.url,
      images: CHECKED_IMAGES.join(','),
      crates: CRATES.join(','),
      'crates-api-url': `${world.crates.url}/api/v1`,
      'copr-project': '@ebpf-sig/bpfman',
      'copr-url': world.copr.url,
      'wait-seconds': '0',
      'runs-wait-seconds': '0',
      'operator-token': OPERATOR_TOKEN,
      'committer-name': 'Release Bot',
      'committer-email': 'release-bot@example.com'
    }),
    host
  )
}

/** Each tag of the images post-release tags or checks, and the manifest it names. */
async function registryTags(): Promise<Record<string, string | null>> {
  const tags: Record<string, string | null> = {}
  for (const repository of TAGGED) {
    const list = await fetch(`${world.registry.url}/v2/${repository}/tags/list`)
    const { tags: names } = (await list.json()) as { tags: string[] | null }
    for (const tag of (names ?? []).sort()) {
      const response = await fetch(`${world.registry.url}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: Object.values(MEDIA_TYPES).join(', ') }
      })
      tags[`${repository}:${tag}`] = response.headers.get('docker-content-digest')
    }
  }
  return tags
}

type State = Record<string, unknown>

async function state(): Promise<State> {
  return { ...(await endState(world)), registry: await registryTags() }
}

/** The parts of `end` that differ from `clean`, as they are in `end`. */
function differences(end: State, clean: State): string[] {
  return Object.keys({ ...clean, ...end })
    .filter((key) => JSON.stringify(end[key]) !== JSON.stringify(clean[key]))
    .map((key) => `${key} ${JSON.stringify(end[key])}`)
}

interface Case {
  name: string
  /** Arms the fault; returns whether it fired, asked after the run, and its cleanup. */
  arm: () => Promise<{ fired: () => boolean; remove?: () => Promise<void> }>
}

interface Clean {
  github: string[]
  registry: string[]
  pushes: number
  state: State
}

let clean: Clean

describe('fault matrix: post-release', () => {
  it('a clean run finishes, and its end state has every part post-release makes', async () => {
    restore()
    const first = world.emulator.requests.length
    // A push fault that never fires counts the pushes.
    const counter = await injectPushFault(world.workDir, { kind: 'hang-up', nth: 1000 })
    const started = Date.now()
    await post()
    const ms = Date.now() - started
    const pushes = counter.pushes
    await counter.remove()
    clean = {
      github: world.emulator.requests.slice(first).map((r) => `${r.method} ${r.path}`),
      registry: front.log.map((r) => `${r.method} ${r.path}`),
      pushes,
      state: await state()
    }
    process.stdout.write(
      `post-release clean run: ${ms} ms, ${clean.github.length} GitHub requests (${clean.github.join(', ')}), ${clean.registry.length} registry requests (${clean.registry.join(', ')}), ${pushes} pushes\n`
    )
    const parsed = clean.state as {
      releases: { draft: boolean; tag: string; assets: unknown[] }[]
      pulls: { head: string }[]
      dispatches: { workflow: string }[]
      registry: Record<string, string>
    }
    expect(parsed.releases[0]).toMatchObject({ draft: false, tag: 'v0.6.1' })
    expect(parsed.releases[0].assets).toHaveLength(2 * MATRIX_EXAMPLES.length + 2)
    expect(parsed.pulls.map((p) => p.head)).toContain('release-v0.6.1-dispatchers-latest')
    // tag-release's dispatch of publish.yml, then post-release's hand-over.
    expect(parsed.dispatches.map((d) => d.workflow)).toEqual(['publish.yml', 'prepare-release.yml'])
    expect(parsed.registry['bpfman/xdp-dispatcher:v0.6.1']).toBe(world.xdpLatest.digest)
    expect(parsed.registry['bpfman/tc-dispatcher:v0.6.1']).toEqual(expect.any(String))
    expect(pushes).toBeGreaterThan(0)
  }, 120_000)

  it('each request of a clean run x fault kinds: the same end state, in the same run', async () => {
    const cases: Case[] = []
    for (const { index, kind } of faultCases(clean.github, STANDARD_FAULTS, UPLOADS)) {
      cases.push({
        name: `GitHub #${index + 1} ${clean.github[index]} ${kindName(kind)}`,
        arm: async () => {
          const fault = world.emulator.injectFault({ ...kind, nth: index + 1 })
          return { fired: () => fault.fired }
        }
      })
    }
    for (const { index, kind } of faultCases(clean.registry, STANDARD_REGISTRY_FAULTS)) {
      cases.push({
        name: `registry #${index + 1} ${clean.registry[index]} ${kindName(kind)}`,
        arm: async () => {
          const fault = front.injectFault({ ...kind, nth: index + 1 })
          return { fired: () => fault.fired }
        }
      })
    }
    for (let push = 1; push <= clean.pushes; push++) {
      for (const kind of PUSH_FAULTS) {
        cases.push({
          name: `push #${push} ${kind.kind}`,
          arm: async () => {
            const fault = await injectPushFault(world.workDir, { ...kind, nth: push })
            return { fired: () => fault.fired, remove: () => fault.remove() }
          }
        })
      }
    }

    const failures: string[] = []
    const started = Date.now()
    const spent = { restore: 0, run: 0, state: 0 }
    const slow: [number, string][] = []
    for (const { name, arm } of cases) {
      let mark = Date.now()
      const lap = (part: keyof typeof spent): number => {
        const ms = Date.now() - mark
        spent[part] += ms
        mark = Date.now()
        return ms
      }
      restore()
      lap('restore')
      const fault = await arm()
      try {
        await post().catch((error: Error) => failures.push(`${name}: ${error.message}`))
        if (!fault.fired()) failures.push(`${name}: the fault did not fire`)
      } finally {
        await fault.remove?.()
      }
      slow.push([lap('run'), name])
      const differ = differences(await state(), clean.state)
      lap('state')
      if (differ.length > 0) failures.push(`${name}: end state differs: ${differ.join('; ')}`)
    }
    const seconds = (Date.now() - started) / 1000
    const each = (ms: number): string => `${(ms / cases.length).toFixed(0)} ms`
    process.stdout.write(
      `per run: restore ${each(spent.restore)}, post-release ${each(spent.run)}, end state ${each(spent.state)}; slowest: ${slow
        .sort((a, b) => b[0] - a[0])
        .slice(0, 8)
        .map(([ms, name]) => `${name} ${ms} ms`)
        .join('; ')}\n`
    )
    process.stdout.write(
      `fault matrix post-release: ${clean.github.length + clean.registry.length + clean.pushes} requests (${clean.github.length} GitHub: ${clean.github.join(', ')}; ${clean.registry.length} registry: ${clean.registry.join(', ')}; ${clean.pushes} pushes), ${cases.length} runs, ${failures.length} failed, ${seconds.toFixed(0)} s (${((seconds * 1000) / cases.length).toFixed(0)} ms a run)\n${failures.join('\n')}\n`
    )
    expect(failures).toEqual([])
    // A few minutes on two quiet cores; the bound leaves room for a machine shared with others.
  }, 1_800_000)
})
