// npm run sandbox: a release of bpfman and bpfman-operator as GitHub runs it. The
// fixture repositories (with bare remotes) carry their own workflows from their
// first commit (sandbox/fixtures/repository-workflows.ts: build, images, docs, the
// operator's release) and the caller templates (templates/); the release App is
// installed on both. The maintainer's acts are the only ones taken by hand:
// dispatch Prepare Release, merge the release pull requests once their CI ran,
// merge what the release opened. Everything else follows from events, as GitHub
// starts runs (sandbox/workflow-runner, runUntilQuiet): the App's tag pushes start
// the repositories' own workflows, post-release and the catalogs wait for those
// runs. Our actions run from dist/ on Node 24; the manifest travels as an
// artifact. Then a rerun pass runs our workflows again and checks that nothing
// changed, and each release ends with its end state (a table per repository, and
// end-state.json), `bpfman-release status` (status.json) and `bpfman-release
// doctor` in both checkouts; the sandbox fails unless both pass.
//
// By default it runs the standard release in .sandbox/. `--all` runs every
// scenario, each in .sandbox/<name>/: the standard release, a release candidate,
// a patch release and the v0.6.0 shape; `--scenario NAME` runs one of them. It
// prints one line per workflow run and job (with its time); every run's log is
// kept in logs/ (--verbose prints the logs as they run).
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type CoprStandIn,
  type CratesStandIn,
  startCoprStandIn,
  startCratesStandIn
} from '../__tests__/phases/post-release/stand-ins.js'
import { main as statusMain } from '../src/cli-main.js'
import { BPFMAN_CRATES } from '../src/effects/crates.js'
import { NO_CI_RUN } from '../src/steps/release-branch.js'
import { type AdoptingRepository, adoptionDiffs, applyDiff } from './adoption-diffs.js'
import { type DocsSite, startDocsSite } from './docs-site.js'
import { type EndState, endState, endStateTables, snapshot } from './end-state.js'
import {
  type RepositoryShape,
  bpfmanRepositoryFiles,
  operatorRepositoryFiles
} from './fixtures/repository-workflows.js'
import {
  type BpfmanFixture,
  type BpfmanFixtureOptions,
  createBpfmanFixture
} from './fixtures/bpfman.js'
import { type FixtureRepo } from './fixtures/git-fixture.js'
import { registerCatalogFixtures, registerFixtureRepo } from './fixtures/github.js'
import {
  type OperatorFixture,
  type OperatorFixtureOptions,
  createOperatorFixture,
  goEnvironment
} from './fixtures/operator.js'
import { type GitHubEmulator, startGitHubEmulator } from './github/index.js'
import { type TestRegistry, pushIndex, pushImage, startRegistry } from './oci-registry.js'
import {
  type JobResult,
  type Permissions,
  ManifestTrail,
  type Trigger,
  type WorkflowRun,
  WorkflowRunner,
  runUntilQuiet
} from './workflow-runner/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SANDBOX = resolve(process.env.SANDBOX_DIR || join(ROOT, '.sandbox'))
/** --verbose: every runner log line as it runs; else one line per run and job. */
const VERBOSE = process.argv.includes('--verbose')
/** --all: every scenario, each in its own directory under .sandbox/; else the standard release. */
const ALL = process.argv.includes('--all')
/** --scenario NAME: that scenario alone, in .sandbox/NAME/. */
const ONLY = process.argv[process.argv.indexOf('--scenario') + 1]
/** The maintainer's token: the runner's own reads, and the operator dispatch token. */
const TOKEN = 'ghs_sandbox_maintainer'
/** The bot account that forks the community operator catalogs. */
const BOT = 'bpfman-bot'
const BOT_TOKEN = 'ghp_sandbox_bot'
/** The crates.io token bpfman's v0.6.0 build.yml publishes with. */
const CRATES_TOKEN = 'cio_sandbox_crates'

/** The release App (actions/create-github-app-token's inputs). */
const APP_ID = 1_000_001
const APP_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString()

/** GitHub's default GITHUB_TOKEN permissions ("restricted"), for the repositories' own workflows. */
const RESTRICTED: Permissions = { contents: 'read', packages: 'read' }

function heading(text: string, rule = '='): void {
  process.stdout.write(
    VERBOSE ? `\n${rule.repeat(78)}\n${text}\n${rule.repeat(78)}\n` : `\n${text}\n`
  )
}

/** The same installs as the test command: Debian's docker-registry and Go, when missing. */
function ensureTools(): void {
  for (const script of ['ensure-registry.sh', 'ensure-go.sh']) {
    execFileSync('bash', [join(ROOT, 'scripts', script)], { stdio: 'inherit' })
  }
}

/** Every job of a run, those of the workflows it called included. */
function allJobs(run: WorkflowRun): JobResult[] {
  return Object.values(run.jobs).flatMap((job) => [job, ...(job.called ? allJobs(job.called) : [])])
}

function slug(text: string): string {
  return text
    .replace(/^.*\//, '')
    .replace(/@.*$/, '')
    .replace(/\.ya?ml$/, '')
    .replace(/[^\w.-]+/g, '-')
}

/** The runs of both passes, in order, with the summaries kept under .sandbox/summaries/. */
class Chain {
  private count = 0

  constructor(
    private readonly dir: string,
    private readonly pass: string,
    /** The release manifest through the runs of both passes. */
    readonly trail: ManifestTrail
  ) {}

  /**
   * Keeps one summary file per workflow, job and run
   * (summaries/<pass>-<n>-<repo>-<workflow>-<job>-run<id>.md) and the run's log
   * (logs/<pass>-<n>-<repo>-<workflow>-run<id>.log).
   */
  keep(repository: string, run: WorkflowRun): string[] {
    this.count++
    const files: string[] = []
    const runName = [this.pass, String(this.count).padStart(2, '0'), slug(repository)]
    writeFileSync(
      join(
        this.dir,
        'logs',
        `${[...runName, slug(run.workflow), `run${run.runId}`].join('-')}.log`
      ),
      run.log.map((line) => `${line}\n`).join('')
    )
    for (const job of allJobs(run)) {
      if (job.steps.length === 0) continue
      const name = [
        this.pass,
        String(this.count).padStart(2, '0'),
        slug(repository),
        slug(job.workflow),
        job.id,
        `run${run.runId}`
      ].join('-')
      const file = join(this.dir, 'summaries', `${name}.md`)
      const errors = job.steps.flatMap((step) => (step.error ? [`- ${step.error}\n`] : []))
      writeFileSync(file, job.summary || [`(job ${job.id} wrote no summary)\n`, ...errors].join(''))
      files.push(file)
    }
    return files
  }
}

/** One workflow run, printed; a failure stops the sandbox with the runner's messages. */
async function runWorkflow(
  chain: Chain,
  runner: WorkflowRunner,
  title: string,
  request: { repository: string; workflow: string; trigger: Trigger },
  expect: { refusal?: string } = {}
): Promise<WorkflowRun> {
  heading(title)
  const run = await runner.run(request)
  report(chain, request.repository, run, expect)
  return run
}

function report(
  chain: Chain,
  repository: string,
  run: WorkflowRun,
  expect: { refusal?: string } = {}
): void {
  chain.keep(repository, run)
  process.stdout.write(`\n${run.workflow} "${run.runName}" (run ${run.runId}): ${run.conclusion}\n`)
  for (const job of allJobs(run)) {
    if (job.steps.length === 0) continue
    const outputs = Object.entries(job.outputs)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}=${value.length > 60 ? `${value.slice(0, 60)}...` : value}`)
    const time = `${(job.durationMs / 1000).toFixed(1)}s`
    process.stdout.write(
      `  job ${job.id}: ${job.result} ${time}${VERBOSE && outputs.length ? ` (${outputs.join(', ')})` : ''}\n`
    )
  }
  if (expect.refusal) {
    const refused =
      run.conclusion === 'failure' && run.errors.some((e) => e.includes(expect.refusal!))
    if (!refused) {
      throw new Error(
        `${run.workflow}: expected the refusal "${expect.refusal}", got ${run.conclusion}: ${run.errors.join('; ')}`
      )
    }
    process.stdout.write(`  refused, as it must be: ${expect.refusal}\n`)
    return
  }
  // skipped: the event reached no job (Tag Release on a pull request that is no release's).
  if (run.conclusion !== 'success' && run.conclusion !== 'skipped') {
    throw new Error(`${run.workflow} "${run.runName}" ${run.conclusion}:\n${run.errors.join('\n')}`)
  }
  const problems = chain.trail.check(run)
  if (problems.length > 0) {
    throw new Error(
      `${run.workflow} "${run.runName}" lost the release manifest:\n${problems.join('\n')}`
    )
  }
}

/**
 * Runs what the recorded events start, as GitHub does (every run at once, and
 * what a run's events start while it goes), until nothing runs; prints each
 * run, and each event GitHub would not turn into a run (made with
 * GITHUB_TOKEN) with the manual step it then takes.
 */
async function followEvents(chain: Chain, runners: WorkflowRunner[]): Promise<WorkflowRun[]> {
  return runUntilQuiet(runners, {
    onUnstarted: ({ event, why }) =>
      heading(
        `${event.repoKey}: no run for ${event.name} ${event.action ?? event.ref ?? ''} (${why})`,
        '-'
      ),
    onRun: (run) => {
      heading(`${run.repository}: ${run.runName} (${run.event}, started by its event)`)
      report(chain, run.repository, run)
    }
  })
}

/** The README's diffs for the GITHUB_TOKEN path, applied and pushed as a maintainer would. */
async function adoptForGithubToken(
  repo: FixtureRepo,
  repository: AdoptingRepository
): Promise<void> {
  const diffs = adoptionDiffs(ROOT).filter((diff) => diff.repository === repository)
  for (const diff of diffs) applyDiff(repo.workDir, diff)
  await repo.commit(
    `ci: take tag-release's dispatch (README, Adopting: ${diffs.map((d) => d.file).join(', ')})`
  )
  await repo.pushAll()
}

/**
 * The manual step a job summary names for a pull request opened with GITHUB_TOKEN
 * (its events start no CI): a maintainer closes and reopens it, and the reopening
 * starts its checks. False when no summary names one for this pull request.
 */
async function takeNoCiStep(
  dir: string,
  emulator: GitHubEmulator,
  repository: string,
  number: number
): Promise<boolean> {
  const pull = emulator.state.pulls.find((p) => p.repoKey === repository && p.number === number)
  if (!pull) throw new Error(`${repository}#${number}: no such pull request`)
  const opening = `open the pull request ${pull.head.ref} -> ${pull.base.ref} in ${repository}`
  const summaries = join(dir, 'summaries')
  const named = readdirSync(summaries)
    .flatMap((file) => readFileSync(join(summaries, file), 'utf8').split('\n'))
    .find((line) => line.includes(opening) && line.includes(NO_CI_RUN))
  if (!named) return false
  heading(
    `The manual step a summary names for ${repository}#${number}: a maintainer closes and reopens it`
  )
  for (const state of ['closed', 'open']) {
    const response = await fetch(`${emulator.url}/repos/${repository}/pulls/${number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state })
    })
    if (!response.ok) throw new Error(`${repository}#${number}: ${state}: ${response.status}`)
  }
  return true
}

/** A release the sandbox runs: the repositories' shape, the version, what the fixtures hold. */
interface Scenario {
  name: string
  /** What it shows, for its heading. */
  title: string
  shape: RepositoryShape
  version: string
  /** Prepare Release's inputs besides the version: patch-of for a patch release. */
  inputs?: Record<string, string>
  bpfman: BpfmanFixtureOptions
  operator: OperatorFixtureOptions
  /** The crates its build.yml publishes, for status to ask the crates.io stand-in. */
  crates?: string[]
  /**
   * `github-token`: no App. The README's diffs for that path are applied, and the
   * maintainer takes the manual steps the job summaries name. Default: the App.
   */
  tokens?: 'app' | 'github-token'
}

/**
 * The fixtures of today's shape: releases 0.5.5, 0.5.6, 0.6.0, then on main an example
 * new since and the dispatchers compiled in (no dispatcher tagging, no revert PR).
 */
const TODAY = {
  shape: 'main',
  bpfman: {
    releaseYamls: 'every-release',
    newExamples: ['go-tcx-counter'],
    dispatchersCompiledIn: true
  },
  operator: { shape: 'version-file' }
} satisfies Partial<Scenario>

const STANDARD: Scenario = {
  name: 'standard',
  title: "a standard release, 0.6.1, of both repositories in today's shape",
  version: '0.6.1',
  ...TODAY
}

/**
 * --all: the standard release, the same on GITHUB_TOKEN alone, then a release
 * candidate, a patch release and the v0.6.0 shape.
 */
const SCENARIOS: Scenario[] = [
  STANDARD,
  {
    name: 'github-token',
    title:
      "the standard release, 0.6.1, on GITHUB_TOKEN alone: the README's diffs applied, the manual steps the summaries name taken by hand",
    version: '0.6.1',
    tokens: 'github-token',
    ...TODAY
  },
  {
    name: 'rc',
    title:
      "a release candidate, 0.7.0-rc1, in today's shape: prereleases, no release YAMLs, no catalog pull requests",
    version: '0.7.0-rc1',
    ...TODAY
  },
  {
    name: 'patch',
    title: 'a patch release, 0.5.7, of v0.5.6 on its patch branches: main is left as it is',
    version: '0.5.7',
    inputs: { 'patch-of': 'v0.5.6' },
    ...TODAY
  },
  {
    name: 'v0.6.0',
    title:
      "0.6.0, the repositories as they were then: crates published, the daemon image per tag, the operator's Makefile",
    version: '0.6.0',
    shape: 'v0.6.0',
    bpfman: { releases: ['0.5.5', '0.5.6'], releaseYamls: 'every-release' },
    operator: { shape: 'makefile' },
    crates: [...BPFMAN_CRATES]
  }
]

/** bpfman-release status of the release, printed, and its --json in status.json. */
async function releaseStatus(world: World): Promise<number> {
  const { dir, scenario, emulator, registry, docs, crates } = world
  const env = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url }
  const args = [
    'status',
    scenario.version,
    '--registry-url',
    registry.url,
    '--docs-url',
    docs.url,
    ...(scenario.crates
      ? ['--crates', scenario.crates.join(','), '--crates-api-url', `${crates.url}/api/v1`]
      : [])
  ]
  let json = ''
  const quiet = { write: () => true }
  await statusMain([...args, '--json'], {
    stdout: { write: (text: string) => (json += text) },
    stderr: quiet,
    env
  })
  writeFileSync(join(dir, 'status.json'), json)
  const code = await statusMain(args, { stdout: process.stdout, stderr: process.stdout, env })
  process.stdout.write(`status: exit ${code}; ${join(dir, 'status.json')}\n`)
  return code
}

/** What a scenario ends with: its end state, status's and each doctor's exit code. */
interface Outcome {
  end: EndState
  status: number
  doctor: number[]
}

/**
 * What a release made, whichever token made it: the releases and their assets,
 * the tags, the pull requests, the images with their named tags, the docs.
 * Not the runs (a tag push's run on the App's path is a dispatch on GITHUB_TOKEN's)
 * nor the sha- image tags (the commits differ in time).
 */
function releaseMade(end: EndState): string {
  return JSON.stringify({
    releases: end.releases.map((r) => ({ ...r, assets: [...r.assets].sort() })),
    tags: end.tags,
    pulls: end.pulls.map((p) => [p.repository, p.number, p.title, p.merged]),
    images: end.images.map((image) => [
      image.name.replace(/^[^/]+\//, ''),
      image.tags.filter((tag) => !tag.startsWith('sha-'))
    ]),
    docs: end.docs
  })
}

/** A scenario's sandbox: its fixture repositories, services and runners. */
interface World {
  scenario: Scenario
  dir: string
  /** The release App is installed; else every job runs on GITHUB_TOKEN. */
  withApp: boolean
  emulator: GitHubEmulator
  registry: TestRegistry
  docs: DocsSite
  crates: CratesStandIn
  copr: CoprStandIn
  bpfman: BpfmanFixture
  operator: OperatorFixture
  bpfmanRunner: WorkflowRunner
  operatorRunner: WorkflowRunner
  /** The pull requests merged in the fixtures' history, not by the release. */
  history: Set<number>
  /** The release manifest through the runs of both passes. */
  trail: ManifestTrail
}

/**
 * The fixture repositories with their workflows and the templates, the emulator,
 * registry, docs site and stand-ins, the App (or not), and each repository's
 * runner; what must be closed goes on `cleanups`.
 */
async function setUp(
  scenario: Scenario,
  dir: string,
  cleanups: (() => Promise<void>)[]
): Promise<World> {
  heading('Setting up: fixture repositories with the templates, GitHub emulator, registries')
  const emulator: GitHubEmulator = await startGitHubEmulator({
    token: TOKEN,
    tokens: { [BOT_TOKEN]: BOT }
  })
  cleanups.push(() => emulator.close())
  const template = (path: string): string => readFileSync(join(ROOT, 'templates', path), 'utf8')

  // Each repository's own workflows (build and publish on a tag push) and the release
  // workflows are in its first commit, so that every release's tree has them: a patch
  // branch made from an old tag runs them too.
  const withApp = scenario.tokens !== 'github-token'
  const bpfman = await createBpfmanFixture(dir, {
    ...scenario.bpfman,
    initialFiles: {
      ...bpfmanRepositoryFiles(scenario.shape),
      '.github/workflows/prepare-release.yml': template('bpfman/prepare-release.yml'),
      '.github/workflows/tag-release.yml': template('bpfman/tag-release.yml'),
      '.github/workflows/release.yml': template('bpfman/release.yml')
    }
  })
  if (!withApp) await adoptForGithubToken(bpfman.repo, 'bpfman/bpfman')
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman', bpfman.remoteDir)
  const operator = await createOperatorFixture(dir, {
    ...scenario.operator,
    initialFiles: {
      ...operatorRepositoryFiles(),
      '.github/workflows/prepare-release.yml': template('bpfman-operator/prepare-release.yml'),
      '.github/workflows/tag-release.yml': template('bpfman-operator/tag-release.yml')
    }
  })
  if (!withApp) await adoptForGithubToken(operator.repo, 'bpfman/bpfman-operator')
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', operator.remoteDir)

  const gitServer = join(dir, 'git-server')
  await registerCatalogFixtures(emulator, dir, gitServer, BOT)

  const registry = await startRegistry()
  cleanups.push(() => registry.stop())
  // bpfman.io: the gh-pages branch that docs-build.yml's mike deploy pushes.
  const docs = await startDocsSite(bpfman.remoteDir)
  cleanups.push(() => docs.close())
  await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-dispatcher-main')
  await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-dispatcher-main' })
  const crates = await startCratesStandIn({ token: CRATES_TOKEN })
  cleanups.push(() => crates.close())
  const copr = await startCoprStandIn()
  cleanups.push(() => copr.close())
  process.stdout.write(
    [
      `GitHub emulator ${emulator.url}, OCI registry ${registry.url}`,
      `crates.io stand-in ${crates.url}, COPR stand-in ${copr.url}`,
      `repositories in ${dir}`,
      ''
    ].join('\n')
  )
  // The release App, installed on both repositories: each job mints its own token with
  // the permissions it needs, and the tags and pull requests it makes start workflows.
  // Without it, the jobs run on GITHUB_TOKEN, whose events start no workflow.
  if (withApp)
    emulator.installApp({
      appId: APP_ID,
      slug: 'bpfman-release',
      privateKey: APP_PRIVATE_KEY,
      account: 'bpfman',
      repositories: ['bpfman/bpfman', 'bpfman/bpfman-operator'],
      permissions: { contents: 'write', 'pull-requests': 'write', actions: 'write' }
    })
  // The cross-repository jobs' tokens: the App's, installed on both repositories; else
  // personal tokens, since a job's GITHUB_TOKEN reaches its own repository only:
  // OPERATOR_DISPATCH_TOKEN starts the operator's Prepare Release, RELEASE_TOKEN reads
  // bpfman's manifest artifact from the operator's.
  const tokens: Record<string, Record<string, string>> = withApp
    ? {
        bpfman: { RELEASE_APP_ID: String(APP_ID), RELEASE_APP_PRIVATE_KEY: APP_PRIVATE_KEY },
        operator: { RELEASE_APP_ID: String(APP_ID), RELEASE_APP_PRIVATE_KEY: APP_PRIVATE_KEY }
      }
    : { bpfman: { OPERATOR_DISPATCH_TOKEN: TOKEN }, operator: { RELEASE_TOKEN: TOKEN } }

  // Each repository's runner: its secrets and variables, as its settings hold them.
  // The variables point the post-release checks at the sandbox's registry and
  // stand-ins, as a real repository could point them at a mirror.
  // Each run's log is kept in logs/ (Chain.keep); --verbose also prints it as it runs.
  const log = (line: string): void => {
    if (VERBOSE) process.stdout.write(`  | ${line}\n`)
  }
  // What the repositories' own build steps run: cosign, mike, cargo and an image push
  // that record or publish to the sandbox (sandbox/tools); one sandbox second is 50 ms.
  const tools = {
    SANDBOX_TOOLS: join(ROOT, 'sandbox', 'tools'),
    SANDBOX_TOOLS_LOG: join(dir, 'tools.log'),
    SANDBOX_REGISTRY_URL: registry.url,
    SANDBOX_CRATES_URL: crates.url,
    RELEASE_ACTIONS_SECOND_MS: '50'
  }
  const bpfmanRunner = new WorkflowRunner({
    emulator,
    token: TOKEN,
    sources: { 'bpfman/release-actions': ROOT },
    remotes: { 'bpfman/bpfman': bpfman.remoteDir },
    // BPFMAN_DEV_TOKEN: crates.io's, for the cargo publish of the v0.6.0 shape.
    secrets: { ...tokens.bpfman, BPFMAN_DEV_TOKEN: CRATES_TOKEN },
    env: tools,
    defaultPermissions: RESTRICTED,
    vars: {
      RELEASE_REGISTRY_URL: registry.url,
      RELEASE_CRATES_API_URL: `${crates.url}/api/v1`,
      RELEASE_COPR_URL: copr.url
    },
    workDir: join(dir, 'runner', 'bpfman'),
    log
  })
  const operatorRunner = new WorkflowRunner({
    emulator,
    token: TOKEN,
    sources: { 'bpfman/release-actions': ROOT },
    remotes: { 'bpfman/bpfman-operator': operator.remoteDir },
    // CATALOG_BOT_TOKEN: the bot account's, which forks the catalogs.
    secrets: { ...tokens.operator, CATALOG_BOT_TOKEN: BOT_TOKEN },
    defaultPermissions: RESTRICTED,
    // The go of this machine, and the server the catalog forks are cloned from.
    env: {
      ...tools,
      ...goEnvironment(join(dir, 'go')),
      GITHUB_SERVER_URL: `file://${gitServer}`
    },
    workDir: join(dir, 'runner', 'bpfman-operator'),
    log
  })
  return {
    scenario,
    dir,
    withApp,
    emulator,
    registry,
    docs,
    crates,
    copr,
    bpfman,
    operator,
    bpfmanRunner,
    operatorRunner,
    history: new Set(emulator.state.pulls.map((pull) => pull.id)),
    trail: new ManifestTrail(emulator)
  }
}

/** Runs what the recorded events start in either repository, until nothing runs. */
function followAll(world: World, chain: Chain): Promise<WorkflowRun[]> {
  return followEvents(chain, [world.bpfmanRunner, world.operatorRunner])
}

/**
 * A maintainer merges a pull request. One opened with GITHUB_TOKEN has no CI: first
 * the manual step its summary names (close and reopen it), and its CI runs.
 */
async function maintainerMerges(
  world: World,
  chain: Chain,
  repository: string,
  number: number
): Promise<string> {
  const [owner, name] = repository.split('/')
  if (!world.withApp && (await takeNoCiStep(world.dir, world.emulator, repository, number)))
    await followAll(world, chain)
  return world.emulator.mergePull(owner, name, number)
}

/** What the rerun pass runs again: the triggers the release's runs had. */
interface ReleaseTriggers {
  prepare: Trigger
  tag: Trigger
  operatorPrepare: Trigger
  operatorTag: Trigger
}

/**
 * Pass 1, the release: the maintainer dispatches Prepare Release and merges each
 * release pull request once its CI ran; every other run follows from events, as
 * GitHub starts runs.
 */
async function release(world: World, first: Chain): Promise<ReleaseTriggers> {
  const { scenario, emulator, bpfmanRunner } = world
  const prepare: Trigger = {
    event: 'workflow_dispatch',
    inputs: { version: scenario.version, ...scenario.inputs }
  }
  const prepared = await runWorkflow(
    first,
    bpfmanRunner,
    `bpfman: Prepare Release (workflow_dispatch, ${Object.entries(prepare.inputs ?? {})
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')})`,
    {
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/prepare-release.yml',
      trigger: prepare
    }
  )
  // COPR builds outside GitHub: its build of the release is there by now.
  world.copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
    id: 9_100_001,
    state: 'succeeded',
    version: `${scenario.version}-1`
  })
  const prNumber = Number(prepared.jobs.prepare.outputs['pr-number'])
  // The release pull request's CI (with the App's token, its events start runs).
  await followAll(world, first)
  heading(`A maintainer reviews and merges ${prepared.jobs.prepare.outputs['pr-url']}`)
  process.stdout.write(
    `merge commit ${await maintainerMerges(world, first, 'bpfman/bpfman', prNumber)}\n`
  )

  // Everything from here follows from events: the merge starts Tag Release; its tag
  // push (or, on GITHUB_TOKEN, its dispatches) start the repository's own workflows
  // and Release; post-release's dispatch starts the operator's Prepare Release.
  const operatorPrepared = (await followAll(world, first)).find(
    (run) =>
      run.repository === 'bpfman/bpfman-operator' && run.workflow.endsWith('prepare-release.yml')
  )
  if (!operatorPrepared) throw new Error("the operator's Prepare Release did not run")
  const operatorPr = Number(operatorPrepared.jobs.prepare.outputs['pr-number'])
  heading(`A maintainer reviews and merges ${operatorPrepared.jobs.prepare.outputs['pr-url']}`)
  process.stdout.write(
    `merge commit ${await maintainerMerges(world, first, 'bpfman/bpfman-operator', operatorPr)}\n`
  )
  await followAll(world, first)
  return {
    prepare,
    tag: { event: 'pull_request', action: 'closed', number: prNumber },
    operatorPrepare: {
      event: 'dispatch',
      dispatch: emulator.state.dispatches.find((d) => d.runId === operatorPrepared.runId)!
    },
    operatorTag: { event: 'pull_request', action: 'closed', number: operatorPr }
  }
}

/**
 * The rerun pass: every workflow of the chain again, as a maintainer would rerun it
 * after a failure; the prepares must refuse, and nothing may change.
 */
async function rerunPass(world: World, triggers: ReleaseTriggers): Promise<void> {
  const { emulator, registry, dir, bpfmanRunner, operatorRunner } = world
  const { version } = world.scenario
  const tag = `v${version}`
  const before = await snapshot(dir, emulator, registry)
  heading(
    [
      'RERUN PASS: every workflow of the chain runs again, as a maintainer would rerun it',
      'after a failure. The prepares must refuse (their tag exists now); every other run',
      'must succeed and change nothing: no second pull request, tag, release, asset,',
      'image tag or dispatch.'
    ].join('\n'),
    '#'
  )
  const second = new Chain(dir, '2-rerun', world.trail)
  const refusal = `tag ${tag} already exists: ${version} is released`
  await runWorkflow(
    second,
    bpfmanRunner,
    'rerun: bpfman Prepare Release',
    {
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/prepare-release.yml',
      trigger: triggers.prepare
    },
    { refusal }
  )
  await runWorkflow(second, bpfmanRunner, 'rerun: bpfman Tag Release', {
    repository: 'bpfman/bpfman',
    workflow: '.github/workflows/tag-release.yml',
    trigger: triggers.tag
  })
  // Release ran on the App's tag push, or on tag-release's dispatch: run it again on
  // that push, or as GitHub's "Re-run all jobs" does: the same dispatched run.
  const dispatched = emulator.state.dispatches.find(
    (d) => d.repoKey === 'bpfman/bpfman' && d.workflow.endsWith('release.yml')
  )
  await runWorkflow(second, bpfmanRunner, `rerun: bpfman Release on ${tag} (post-release)`, {
    repository: 'bpfman/bpfman',
    workflow: '.github/workflows/release.yml',
    trigger: world.withApp
      ? { event: 'push', ref: `refs/tags/${tag}` }
      : { event: 'dispatch', dispatch: dispatched! }
  })
  await runWorkflow(
    second,
    operatorRunner,
    'rerun: bpfman-operator Prepare Release (the dispatched run)',
    {
      repository: 'bpfman/bpfman-operator',
      workflow: '.github/workflows/prepare-release.yml',
      trigger: triggers.operatorPrepare
    },
    { refusal }
  )
  await runWorkflow(second, operatorRunner, 'rerun: bpfman-operator Tag Release', {
    repository: 'bpfman/bpfman-operator',
    workflow: '.github/workflows/tag-release.yml',
    trigger: triggers.operatorTag
  })
  const after = await snapshot(dir, emulator, registry)
  heading('RERUN PASS: the end state before and after', '#')
  if (after !== before) {
    process.stderr.write(`before: ${before}\nafter:  ${after}\n`)
    throw new Error('the rerun pass changed the sandbox')
  }
  process.stdout.write(
    'nothing changed: no second pull request, tag, release, asset, image tag or dispatch\n'
  )
}

/**
 * The last maintainer acts: the pull requests the release opened are reviewed and
 * merged (the :latest revert and next-dev by the maintainers, each catalog's by its
 * bot), and what their merges start runs.
 */
async function mergeWhatTheReleaseOpened(world: World, first: Chain): Promise<void> {
  heading('The maintainers merge the pull requests the release opened')
  for (const pull of world.emulator.state.pulls.filter(
    (pull) => !world.history.has(pull.id) && pull.state === 'open'
  )) {
    const commit = await maintainerMerges(world, first, pull.repoKey, pull.number)
    process.stdout.write(`${pull.repoKey}#${pull.number} ${pull.title}: merged ${commit}\n`)
  }
  await followAll(world, first)
}

/** The end state (printed and end-state.json), status, and doctor in both checkouts. */
async function finish(world: World): Promise<Outcome> {
  const { dir, emulator, registry, docs, scenario } = world
  heading('What the sandbox holds now')
  const end = await endState(dir, emulator, registry, world.history, docs)
  writeFileSync(join(dir, 'end-state.json'), `${JSON.stringify(end, null, 2)}\n`)
  process.stdout.write(endStateTables(end))
  process.stdout.write(`end state: ${join(dir, 'end-state.json')}\n`)

  heading(`bpfman-release status ${scenario.version}`)
  const status = await releaseStatus(world)

  // What each repository still needs for the chain, read from its checkout (offline).
  const doctor: number[] = []
  for (const [name, workDir] of [
    ['bpfman', world.bpfman.repo.workDir],
    ['bpfman-operator', world.operator.repo.workDir]
  ]) {
    heading(`bpfman-release doctor in ${name}`)
    const code = await statusMain(['doctor', '--repo', workDir], {
      stdout: process.stdout,
      stderr: process.stdout,
      env: process.env
    })
    process.stdout.write(`doctor: exit ${code}\n`)
    doctor.push(code)
  }
  process.stdout.write(
    `\njob summaries: ${join(dir, 'summaries')}\nrun logs: ${join(dir, 'logs')}\n`
  )
  return { end, status, doctor }
}

/** One release of both repositories, in `dir`: set-up, the release, the rerun pass, the end state. */
async function runScenario(scenario: Scenario, dir: string): Promise<Outcome> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'summaries'), { recursive: true })
  mkdirSync(join(dir, 'logs'), { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  try {
    heading(`${scenario.name}: ${scenario.title}`, '#')
    const world = await setUp(scenario, dir, cleanups)
    const first = new Chain(dir, '1', world.trail)
    const triggers = await release(world, first)
    await rerunPass(world, triggers)
    await mergeWhatTheReleaseOpened(world, first)
    return await finish(world)
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

/**
 * The standard release in .sandbox/; with --all, every scenario in
 * .sandbox/<name>/, one after another, then a line for each.
 */
async function main(): Promise<void> {
  ensureTools()
  const only = process.argv.includes('--scenario')
    ? SCENARIOS.filter((scenario) => scenario.name === ONLY)
    : undefined
  if (only?.length === 0)
    throw new Error(`--scenario: one of ${SCENARIOS.map((s) => s.name).join(', ')}`)
  const passed = ({ status, doctor }: Outcome): boolean => [status, ...doctor].every((c) => c === 0)
  if (!ALL && !only) {
    if (!passed(await runScenario(STANDARD, SANDBOX)))
      throw new Error('the release is not done: status or doctor failed (above)')
    return
  }
  rmSync(SANDBOX, { recursive: true, force: true })
  const outcomes: string[] = []
  const made = new Map<string, string>()
  let failed = 0
  for (const scenario of only ?? SCENARIOS) {
    const started = Date.now()
    const outcome = await runScenario(scenario, join(SANDBOX, scenario.name))
    if (!passed(outcome)) failed++
    made.set(scenario.name, releaseMade(outcome.end))
    outcomes.push(
      `${scenario.name.padEnd(12)} ${scenario.version.padEnd(10)} status: exit ${outcome.status}, doctor: exit ${outcome.doctor.join(' and ')}, ${((Date.now() - started) / 1000).toFixed(0)} s`
    )
  }
  heading('Every scenario', '#')
  process.stdout.write(`${outcomes.join('\n')}\n`)
  if (made.has('standard') && made.has('github-token')) {
    if (made.get('standard') !== made.get('github-token')) {
      process.stderr.write(
        `App: ${made.get('standard')}\nGITHUB_TOKEN: ${made.get('github-token')}\n`
      )
      throw new Error('the GITHUB_TOKEN path ended in another release than the App path')
    }
    process.stdout.write(
      'the GITHUB_TOKEN path ended in the same release as the App path: releases, assets, tags, pull requests, images, docs\n'
    )
  }
  if (failed > 0) throw new Error(`${failed} scenario(s) not done: status or doctor failed`)
}

main().catch((error: unknown) => {
  process.stderr.write(`\nsandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
