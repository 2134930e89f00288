// The sandbox's release chain (sandbox/demo.ts's set-up and phases, without its
// printing), run on fixture trees of a given size, counting per phase the GitHub
// API calls the emulator answered and the processes the phase started.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBpfmanFixture } from '../sandbox/fixtures/bpfman.js'
import { registerCatalogFixtures, registerFixtureRepo } from '../sandbox/fixtures/github.js'
import { createOperatorFixture, goEnvironment } from '../sandbox/fixtures/operator.js'
import {
  type GitHubEmulator,
  type RequestRecord,
  startGitHubEmulator
} from '../sandbox/github/index.js'
import { pushImage, pushIndex, startRegistry } from '../sandbox/oci-registry.js'
import { type ActionRun, runActionProcess } from '../sandbox/run-action.js'
import { ROOT } from './node.js'
import { type ProcessCounter } from './processes.js'

const VERSION = '0.6.1'
const TOKEN = 'ghs_sandbox_maintainer'
const BOT = 'bpfman-bot'
const BOT_TOKEN = 'ghp_sandbox_bot'

export interface PhaseFigures {
  phase: string
  /** API calls, by "METHOD /route" with the owner, name and numbers folded. */
  calls: Map<string, number>
  /** Processes the phase started, by kind. */
  processes: Map<string, number>
  ms: number
}

export interface ChainResult {
  bpfmanFiles: number
  operatorFiles: number
  phases: PhaseFigures[]
}

/** GET /repos/bpfman/bpfman/pulls/12 -> GET /repos/{o}/{r}/pulls/{n}. */
export function route(request: RequestRecord): string {
  const path = request.path
    .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{o}/{r}')
    .replace(/\/\d+(?=\/|$)/g, '/{n}')
    .replace(/\/(git\/(?:ref|refs|matching-refs)\/).*/, '/$1{ref}')
    .replace(/\/(releases\/tags|branches|contents|compare)\/.*/, '/$1/{x}')
  return `${request.method} ${path}`
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
}

function trackedFiles(dir: string): number {
  return execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean).length
}

/** The whole chain of the sandbox, in `root` (which it fills), with `filler` extra files in each repository. */
export async function runChain(
  root: string,
  filler: number,
  counter: ProcessCounter,
  label: string
): Promise<ChainResult> {
  for (const script of ['ensure-registry.sh', 'ensure-go.sh']) {
    execFileSync('bash', [join(ROOT, 'scripts', script)], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  mkdirSync(root, { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  const phases: PhaseFigures[] = []
  try {
    const emulator: GitHubEmulator = await startGitHubEmulator({
      token: TOKEN,
      tokens: { [BOT_TOKEN]: BOT }
    })
    cleanups.push(() => emulator.close())
    const phase = async (
      title: string,
      name: string,
      cwd: string,
      inputs: Record<string, string>,
      env: Record<string, string>
    ): Promise<ActionRun> => {
      const seen = emulator.state.requests.length
      const log = `${label}-${phases.length}-${name}`
      const start = performance.now()
      const run = await runActionProcess({
        entry: join(ROOT, `dist/${name}/index.js`),
        actionYml: join(ROOT, `actions/${name}/action.yml`),
        cwd,
        inputs: { token: TOKEN, ...inputs },
        env: { ...env, ...counter.env(log) }
      })
      const ms = performance.now() - start
      if (run.status !== 0) {
        throw new Error(
          `${title} failed with exit code ${run.status}:\n${run.stdout}\n${run.stderr}`
        )
      }
      phases.push({
        phase: title,
        calls: countBy(emulator.state.requests.slice(seen).map(route)),
        processes: counter.kinds(log),
        ms
      })
      return run
    }

    const bpfman = await createBpfmanFixture(root, {
      releaseYamls: true,
      newExamples: ['go-tcx-counter'],
      fillerFiles: filler
    })
    await bpfman.repo.commit('ci: the release workflow', {
      '.github/workflows/release.yml': readFileSync(
        join(ROOT, 'templates/bpfman/release.yml'),
        'utf8'
      )
    })
    await bpfman.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman', bpfman.remoteDir)

    const operator = await createOperatorFixture(root, {
      shape: 'version-file',
      fillerFiles: filler
    })
    await operator.repo.commit('ci: the release workflow', {
      '.github/workflows/prepare-release.yml': readFileSync(
        join(ROOT, 'templates/bpfman-operator/prepare-release.yml'),
        'utf8'
      )
    })
    await operator.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', operator.remoteDir)

    const gitServer = join(root, 'git-server')
    await registerCatalogFixtures(emulator, root, gitServer, BOT)
    const registry = await startRegistry()
    cleanups.push(() => registry.stop())
    await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-dispatcher-main')
    await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-dispatcher-main' })

    const env = {
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'bpfman/bpfman',
      RUNNER_TEMP: root
    }
    const prepared = await phase(
      'bpfman prepare-release',
      'prepare-release',
      bpfman.workDir,
      { version: VERSION },
      env
    )
    await emulator.mergePull('bpfman', 'bpfman', Number(prepared.outputs['pr-number']))
    const tagBpfman = (title: string): Promise<ActionRun> =>
      phase(
        title,
        'tag-release',
        bpfman.workDir,
        {
          'pr-number': prepared.outputs['pr-number'],
          'dispatch-workflow': 'release.yml',
          'manifest-path': prepared.outputs['manifest-path']
        },
        env
      )
    await tagBpfman('bpfman tag-release')
    await pushImage(registry, 'bpfman/bpfman', `v${VERSION}`, { marker: `bpfman-${VERSION}` })
    const postBpfman = (title: string): Promise<ActionRun> =>
      phase(
        title,
        'post-release',
        bpfman.workDir,
        {
          version: VERSION,
          'registry-url': registry.url,
          images:
            'quay.io/bpfman/bpfman,quay.io/bpfman/xdp-dispatcher,quay.io/bpfman/tc-dispatcher',
          crates: 'none',
          'fail-on': 'release,images',
          'wait-seconds': '5',
          'runs-wait-seconds': '0',
          'operator-token': TOKEN,
          'manifest-path': prepared.outputs['manifest-path']
        },
        env
      )
    await postBpfman('bpfman post-release')

    const operatorEnv = {
      ...goEnvironment(join(root, 'go')),
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'bpfman/bpfman-operator',
      GITHUB_SERVER_URL: `file://${gitServer}`,
      RUNNER_TEMP: root
    }
    const operatorPrepared = await phase(
      'operator stage prepare',
      'operator-release',
      operator.workDir,
      { stage: 'prepare', version: VERSION },
      operatorEnv
    )
    await emulator.mergePull(
      'bpfman',
      'bpfman-operator',
      Number(operatorPrepared.outputs['pr-number'])
    )
    const tagOperator = (title: string): Promise<ActionRun> =>
      phase(
        title,
        'tag-release',
        operator.workDir,
        { 'pr-number': operatorPrepared.outputs['pr-number'], publish: 'now' },
        operatorEnv
      )
    await tagOperator('operator tag-release')
    execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], {
      cwd: operator.workDir
    })
    const catalogs = (title: string): Promise<ActionRun> =>
      phase(
        title,
        'operator-release',
        operator.workDir,
        {
          stage: 'catalogs',
          version: VERSION,
          'catalog-token': BOT_TOKEN,
          'openshift-versions': 'v4.17'
        },
        operatorEnv
      )
    await catalogs('operator stage catalogs')
    const nextDev = (title: string): Promise<ActionRun> =>
      phase(
        title,
        'operator-release',
        operator.workDir,
        { stage: 'next-dev', version: VERSION },
        operatorEnv
      )
    await nextDev('operator stage next-dev')
    // The reruns after the merges, which find everything done.
    await tagBpfman('rerun: bpfman tag-release')
    await postBpfman('rerun: bpfman post-release')
    await tagOperator('rerun: operator tag-release')
    await catalogs('rerun: operator stage catalogs')
    await nextDev('rerun: operator stage next-dev')
    return {
      bpfmanFiles: trackedFiles(bpfman.workDir),
      operatorFiles: trackedFiles(operator.workDir),
      phases
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}
