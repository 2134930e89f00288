// npm run sandbox: an end-to-end release of bpfman and bpfman-operator in a local
// sandbox. Fixture repositories with bare remotes (in .sandbox/), the project's
// GitHub REST emulator and Debian's docker-registry on loopback, and the
// committed action bundles (dist/) run the way the Actions runner runs them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixtureGit } from './fixtures/fixture-git.js'
import { createBpfmanFixture } from './fixtures/bpfman.js'
import { createCatalogFixture } from './fixtures/catalog.js'
import { registerFixtureRepo } from './fixtures/github.js'
import { createOperatorFixture, goEnvironment } from './fixtures/operator.js'
import { type GitHubEmulator, startGitHubEmulator } from './github/index.js'
import { pushIndex, pushImage, startRegistry } from './oci-registry.js'
import { type ActionRun, runActionProcess } from './run-action.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SANDBOX = resolve(process.env.SANDBOX_DIR || join(ROOT, '.sandbox'))
const VERSION = '0.6.1'
const TOKEN = 'ghs_sandbox_maintainer'
/** The bot account that forks the community operator catalogs. */
const BOT = 'bpfman-bot'
const BOT_TOKEN = 'ghp_sandbox_bot'
const CATALOGS = [
  'k8s-operatorhub/community-operators',
  'redhat-openshift-ecosystem/community-operators-prod'
]

function heading(text: string): void {
  process.stdout.write(`\n${'='.repeat(78)}\n${text}\n${'='.repeat(78)}\n`)
}

/** Runs one phase's committed bundle as the runner would, prints its log, and stops the demo on failure. */
async function phase(
  title: string,
  name: string,
  cwd: string,
  inputs: Record<string, string>,
  env: Record<string, string>
): Promise<ActionRun> {
  heading(title)
  const run = await runActionProcess({
    entry: join(ROOT, `dist/${name}/index.js`),
    actionYml: join(ROOT, `actions/${name}/action.yml`),
    cwd,
    inputs: { token: TOKEN, ...inputs },
    env
  })
  process.stdout.write(run.stdout.replace(/^::add-mask::.*\n/gm, ''))
  process.stdout.write('\noutputs:\n')
  for (const [output, value] of Object.entries(run.outputs)) {
    process.stdout.write(
      `  ${output}: ${value.length > 100 ? `${value.slice(0, 100)}...` : value}\n`
    )
  }
  if (run.status !== 0) {
    process.stderr.write(run.stderr)
    throw new Error(`${title} failed with exit code ${run.status}`)
  }
  return run
}

/** The same installs as the test command: Debian's docker-registry and Go, when missing. */
function ensureTools(): void {
  for (const script of ['ensure-registry.sh', 'ensure-go.sh']) {
    execFileSync('bash', [join(ROOT, 'scripts', script)], { stdio: 'inherit' })
  }
}

/** What the release made, to compare before and after a rerun. */
async function snapshot(emulator: GitHubEmulator): Promise<string> {
  const { state } = emulator
  const tags = await Promise.all(
    ['bpfman', 'bpfman-operator'].map((repo) =>
      new FixtureGit(join(SANDBOX, 'remotes', `${repo}.git`)).exec(['show-ref', '--tags'])
    )
  )
  return JSON.stringify({
    pulls: state.pulls.map((pull) => [
      pull.repoKey,
      pull.number,
      pull.state,
      pull.head.sha,
      pull.title
    ]),
    releases: state.releases.map((release) => [
      release.repoKey,
      release.tagName,
      release.draft,
      release.body
    ]),
    assets: state.assets.map((asset) => [asset.id, asset.name, asset.data.length]),
    dispatches: state.dispatches.length,
    tags
  })
}

async function main(): Promise<void> {
  ensureTools()
  rmSync(SANDBOX, { recursive: true, force: true })
  mkdirSync(SANDBOX, { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  try {
    heading('Setting up: fixture repositories, GitHub emulator, OCI registry')
    const emulator: GitHubEmulator = await startGitHubEmulator({
      token: TOKEN,
      tokens: { [BOT_TOKEN]: BOT }
    })
    cleanups.push(() => emulator.close())

    const bpfman = await createBpfmanFixture(SANDBOX, {
      releaseYamls: true,
      newExamples: ['go-tcx-counter']
    })
    await bpfman.repo.commit('ci: the release workflow', {
      '.github/workflows/release.yml': readFileSync(
        join(ROOT, 'templates/bpfman/release.yml'),
        'utf8'
      )
    })
    await bpfman.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman', bpfman.remoteDir)

    const operator = await createOperatorFixture(SANDBOX, { shape: 'version-file' })
    await operator.repo.commit('ci: the release workflow', {
      '.github/workflows/prepare-release.yml': readFileSync(
        join(ROOT, 'templates/bpfman-operator/prepare-release.yml'),
        'utf8'
      )
    })
    await operator.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', operator.remoteDir)

    const gitServer = join(SANDBOX, 'git-server')
    for (const repository of CATALOGS) {
      const catalog = await createCatalogFixture(join(SANDBOX, 'catalogs'), gitServer, repository, {
        bot: BOT,
        openshiftVersions: 'v4.16'
      })
      emulator.addRepo({ owner: catalog.owner, name: catalog.name, gitDir: catalog.upstreamDir })
      emulator.addRepo({ owner: BOT, name: catalog.name, gitDir: catalog.forkDir })
    }

    const registry = await startRegistry()
    cleanups.push(() => registry.stop())
    await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-dispatcher-main')
    await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-dispatcher-main' })
    process.stdout.write(
      `emulator ${emulator.url}, registry ${registry.url}, repositories in ${SANDBOX}\n`
    )
    /** The pull requests merged in the fixtures' history, not by the release. */
    const history = new Set(emulator.state.pulls.map((pull) => pull.id))

    const env = {
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'bpfman/bpfman',
      RUNNER_TEMP: SANDBOX
    }
    const prepared = await phase(
      'bpfman: prepare-release',
      'prepare-release',
      bpfman.workDir,
      { version: VERSION },
      env
    )
    heading(`A maintainer reviews and merges ${prepared.outputs['pr-url']}`)
    const merge = await emulator.mergePull(
      'bpfman',
      'bpfman',
      Number(prepared.outputs['pr-number'])
    )
    process.stdout.write(`merge commit ${merge}\n`)

    const tagBpfman = (): Promise<ActionRun> =>
      phase(
        'bpfman: tag-release',
        'tag-release',
        bpfman.workDir,
        {
          'pr-number': prepared.outputs['pr-number'],
          'dispatch-workflow': 'release.yml',
          'manifest-path': prepared.outputs['manifest-path']
        },
        env
      )
    await tagBpfman()
    heading(
      'bpfman release.yml (dispatched) builds and pushes its images: here, quay.io/bpfman/bpfman'
    )
    await pushImage(registry, 'bpfman/bpfman', `v${VERSION}`, { marker: `bpfman-${VERSION}` })
    const postBpfman = (): Promise<ActionRun> =>
      phase(
        'bpfman: post-release',
        'post-release',
        bpfman.workDir,
        {
          version: VERSION,
          'registry-url': registry.url,
          images:
            'quay.io/bpfman/bpfman,quay.io/bpfman/xdp-dispatcher,quay.io/bpfman/tc-dispatcher',
          // crates.io and COPR are outside the sandbox.
          crates: 'none',
          'fail-on': 'release,images',
          'wait-seconds': '5',
          'operator-token': TOKEN,
          'manifest-path': prepared.outputs['manifest-path']
        },
        env
      )
    await postBpfman()

    // The operator's "Prepare Release" that post-release dispatched runs now.
    const handOver = emulator.state.dispatches.find((d) => d.repoKey === 'bpfman/bpfman-operator')
    if (!handOver) throw new Error('post-release did not dispatch the operator release')
    const operatorVersion = String(handOver.inputs.version)
    const operatorEnv = {
      ...goEnvironment(join(SANDBOX, 'go')),
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'bpfman/bpfman-operator',
      GITHUB_SERVER_URL: `file://${gitServer}`,
      RUNNER_TEMP: SANDBOX
    }
    const operatorPrepared = await phase(
      `bpfman-operator: operator-release, stage prepare (dispatched with version ${operatorVersion})`,
      'operator-release',
      operator.workDir,
      { stage: 'prepare', version: operatorVersion },
      operatorEnv
    )
    heading(`A maintainer reviews and merges ${operatorPrepared.outputs['pr-url']}`)
    await emulator.mergePull(
      'bpfman',
      'bpfman-operator',
      Number(operatorPrepared.outputs['pr-number'])
    )
    const tagOperator = (): Promise<ActionRun> =>
      phase(
        'bpfman-operator: tag-release (published at once: no assets)',
        'tag-release',
        operator.workDir,
        { 'pr-number': operatorPrepared.outputs['pr-number'], publish: 'now' },
        operatorEnv
      )
    await tagOperator()
    // A new job's checkout: main with the release merged.
    await new FixtureGit(operator.workDir).exec(['pull', '--quiet', '--ff-only', 'origin', 'main'])
    const catalogs = (): Promise<ActionRun> =>
      phase(
        'bpfman-operator: operator-release, stage catalogs',
        'operator-release',
        operator.workDir,
        {
          stage: 'catalogs',
          version: operatorVersion,
          'catalog-token': BOT_TOKEN,
          'openshift-versions': 'v4.17'
        },
        operatorEnv
      )
    await catalogs()
    const nextDev = (): Promise<ActionRun> =>
      phase(
        'bpfman-operator: operator-release, stage next-dev',
        'operator-release',
        operator.workDir,
        { stage: 'next-dev', version: operatorVersion },
        operatorEnv
      )
    await nextDev()

    // Every phase is safe to rerun: run them all again, and nothing may change.
    const before = await snapshot(emulator)
    for (const again of [tagBpfman, postBpfman, tagOperator, catalogs, nextDev]) await again()
    heading('Rerun of every phase after the merges')
    const after = await snapshot(emulator)
    if (after !== before) {
      process.stderr.write(`before: ${before}\nafter:  ${after}\n`)
      throw new Error('a rerun changed the sandbox')
    }
    process.stdout.write(
      'nothing changed: no second pull request, tag, release, asset or dispatch\n'
    )

    heading('What the sandbox holds now')
    const state = emulator.state
    for (const pull of state.pulls.filter((p) => !history.has(p.id))) {
      const merged = pull.mergedAt ? ' (merged)' : ''
      process.stdout.write(
        `pull request ${pull.repoKey}#${pull.number} ${pull.state}${merged}: ${pull.title}\n`
      )
    }
    for (const release of state.releases) {
      const assets = state.assetsOf(release.id).length
      process.stdout.write(
        `release ${release.repoKey} ${release.tagName} ${release.draft ? 'draft' : 'published'}, ${assets} assets\n`
      )
    }
    for (const dispatch of state.dispatches) {
      process.stdout.write(
        `dispatch ${dispatch.repoKey} ${dispatch.workflow} ${JSON.stringify(dispatch.inputs)}\n`
      )
    }
    for (const repo of ['bpfman', 'bpfman-operator']) {
      const tags = await new FixtureGit(join(SANDBOX, 'remotes', `${repo}.git`)).exec([
        'tag',
        '--list',
        'v*'
      ])
      process.stdout.write(`tags of ${repo}: ${tags.trim().split('\n').join(' ')}\n`)
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nsandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
