// npm run sandbox: a release of bpfman and bpfman-operator as GitHub runs it. The
// fixture repositories (in .sandbox/, with bare remotes) carry their own workflows
// in today's shape (sandbox/fixtures/repository-workflows.ts: build, images, docs,
// the operator's release) and the caller templates (templates/); the release App
// is installed on both. The maintainer's acts are the only ones taken by hand:
// dispatch Prepare Release, merge the release pull requests once their CI ran,
// merge what the release opened. Everything else follows from events, as GitHub
// starts runs (sandbox/workflow-runner, runUntilQuiet): the App's tag pushes start
// the repositories' own workflows, post-release and the catalogs wait for those
// runs. Our actions run from dist/ on Node 24; the manifest travels as an
// artifact. Then a rerun pass runs our workflows again and checks that nothing
// changed, and the sandbox ends with the end state (a table per repository, and
// .sandbox/end-state.json), `bpfman-release status` (.sandbox/status.json) and
// `bpfman-release doctor` in both checkouts. It prints one line per workflow run
// and job (with its time); every run's log is kept in .sandbox/logs/ (--verbose
// prints the logs as they run).
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCoprStandIn, startCratesStandIn } from '../__tests__/phases/post-release/stand-ins.js'
import { PUBLISHED_IMAGES } from '../src/phases/post-release/images.js'
import { main as statusMain } from '../src/cli-main.js'
import { type DocsSite, startDocsSite } from './docs-site.js'
import { FixtureGit } from './fixtures/fixture-git.js'
import { bpfmanRepositoryFiles, operatorRepositoryFiles } from './fixtures/repository-workflows.js'
import { createBpfmanFixture } from './fixtures/bpfman.js'
import { createCatalogFixture } from './fixtures/catalog.js'
import { registerFixtureRepo } from './fixtures/github.js'
import { createOperatorFixture, goEnvironment } from './fixtures/operator.js'
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
const SUMMARIES = join(SANDBOX, 'summaries')
const LOGS = join(SANDBOX, 'logs')
/** --verbose: every runner log line as it runs; else one line per run and job. */
const VERBOSE = process.argv.includes('--verbose')
const VERSION = '0.6.1'
const TAG = `v${VERSION}`
/** The maintainer's token: the runner's own reads, and the operator dispatch token. */
const TOKEN = 'ghs_sandbox_maintainer'
/** The bot account that forks the community operator catalogs. */
const BOT = 'bpfman-bot'
const BOT_TOKEN = 'ghp_sandbox_bot'
const CATALOGS = [
  'k8s-operatorhub/community-operators',
  'redhat-openshift-ecosystem/community-operators-prod'
]

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
      join(LOGS, `${[...runName, slug(run.workflow), `run${run.runId}`].join('-')}.log`),
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
      const file = join(SUMMARIES, `${name}.md`)
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

/** What the release made, to compare before and after the rerun pass. */
async function snapshot(emulator: GitHubEmulator, registry: TestRegistry): Promise<string> {
  const { state } = emulator
  const tags = await Promise.all(
    ['bpfman', 'bpfman-operator'].map((repo) =>
      new FixtureGit(join(SANDBOX, 'remotes', `${repo}.git`)).exec(['show-ref', '--tags'])
    )
  )
  const images = await Promise.all(
    [...PUBLISHED_IMAGES].map(async (image) => {
      const repository = image.replace(/^quay\.io\//, '')
      const response = await fetch(`${registry.url}/v2/${repository}/tags/list`)
      return [repository, response.ok ? await response.json() : response.status]
    })
  )
  return JSON.stringify(
    {
      pulls: state.pulls.map((pull) => [
        pull.repoKey,
        pull.number,
        pull.state,
        pull.head.sha,
        pull.title,
        pull.labels
      ]),
      releases: state.releases.map((release) => [
        release.repoKey,
        release.tagName,
        release.draft,
        release.body
      ]),
      assets: state.assets.map((asset) => [asset.id, asset.name, asset.data.length]),
      dispatches: state.dispatches.map((d) => [d.repoKey, d.workflow, d.inputs]),
      tags,
      images
    },
    null,
    1
  )
}

/** The end state, for a person (printed) and for checks (.sandbox/end-state.json). */
async function endState(
  emulator: GitHubEmulator,
  registry: TestRegistry,
  history: Set<number>,
  docs: DocsSite
) {
  const { state } = emulator
  const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as {
    repositories: string[]
  }
  const images = await Promise.all(
    catalog.repositories.map(async (repository) => {
      const list = (await (await fetch(`${registry.url}/v2/${repository}/tags/list`)).json()) as {
        tags: string[] | null
      }
      return { name: `${registry.host}/${repository}`, tags: [...(list.tags ?? [])].sort() }
    })
  )
  return {
    releases: state.releases.map((release) => ({
      repository: release.repoKey,
      tag: release.tagName,
      draft: release.draft,
      prerelease: release.prerelease,
      assets: state.assetsOf(release.id).map((asset) => asset.name)
    })),
    runs: state.workflowRuns.map((run) => ({
      repository: run.repoKey,
      workflow: run.path.replace(/^.*\//, ''),
      event: run.event,
      ref: run.headBranch,
      conclusion: run.conclusion
    })),
    images,
    pulls: state.pulls
      .filter((pull) => !history.has(pull.id))
      .map((pull) => ({
        repository: pull.repoKey,
        number: pull.number,
        title: pull.title,
        state: pull.state,
        merged: Boolean(pull.mergedAt),
        base: pull.base.ref,
        checks: state.workflowRuns
          .filter((run) => run.repoKey === pull.repoKey && run.headSha === pull.head.sha)
          .map((run) => `${run.path.replace(/^.*\//, '')}: ${run.conclusion}`)
      })),
    // What mike deployed (gh-pages versions.json): the docs of each version.
    docs: (await docs.versions()).map((version) => ({ repository: 'bpfman/bpfman', version }))
  }
}

type EndState = Awaited<ReturnType<typeof endState>> & {
  tags: { repository: string; tags: string[] }[]
}

/** The end state as a table per repository, then the registry's images. */
function endStateTables(end: EndState): string {
  const table = (rows: string[][]): string => {
    const widths = rows.reduce<number[]>(
      (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
      []
    )
    return rows
      .map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd())
      .join('\n')
  }
  const repositories = [
    ...new Set([...end.releases, ...end.pulls, ...end.runs].map((entry) => entry.repository))
  ]
  const sections = repositories.map((repository) => {
    const rows: string[][] = []
    for (const release of end.releases.filter((r) => r.repository === repository))
      rows.push([
        'release',
        release.tag,
        `${release.draft ? 'draft' : 'published'}${release.prerelease ? ', prerelease' : ''}`,
        `${release.assets.length} assets`
      ])
    for (const tags of end.tags.filter((t) => t.repository === repository))
      rows.push(['tags', tags.tags.at(-1) ?? '', `${tags.tags.length} tags`, tags.tags.join(' ')])
    for (const pull of end.pulls.filter((p) => p.repository === repository))
      rows.push([
        'pull',
        `#${pull.number}`,
        pull.merged ? 'merged' : pull.state,
        `${pull.title}; CI: ${pull.checks.join(', ') || 'none'}`
      ])
    const runs = new Map<string, number>()
    for (const run of end.runs.filter((r) => r.repository === repository)) {
      const key = [run.workflow, `${run.event} ${run.ref}`, run.conclusion ?? 'running'].join('\t')
      runs.set(key, (runs.get(key) ?? 0) + 1)
    }
    for (const [key, count] of runs) {
      const [workflow, on, conclusion] = key.split('\t')
      rows.push(['run', workflow, on, `${conclusion}${count > 1 ? ` (x${count})` : ''}`])
    }
    for (const deployed of end.docs.filter((d) => d.repository === repository))
      rows.push(['docs', deployed.version, 'deployed', ''])
    return `${repository}\n${table(rows)}\n`
  })
  const images = end.images.map((image) => {
    const named = image.tags.filter((tag) => !tag.startsWith('sha-'))
    const shas = image.tags.length - named.length
    return [
      image.name.replace(/^[^/]+\//, ''),
      `${named.join(' ')}${shas ? ` (+${shas} sha-)` : ''}`
    ]
  })
  return `${sections.join('\n')}\nregistry\n${table(images)}\n`
}

/** bpfman-release status of the release, printed, and its --json in .sandbox/status.json. */
async function releaseStatus(
  emulator: GitHubEmulator,
  registry: TestRegistry,
  docs: DocsSite
): Promise<void> {
  const env = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url }
  const args = ['status', VERSION, '--registry-url', registry.url, '--docs-url', docs.url]
  let json = ''
  const quiet = { write: () => true }
  await statusMain([...args, '--json'], {
    stdout: { write: (text: string) => (json += text) },
    stderr: quiet,
    env
  })
  writeFileSync(join(SANDBOX, 'status.json'), json)
  const code = await statusMain(args, { stdout: process.stdout, stderr: process.stdout, env })
  process.stdout.write(`status: exit ${code}; ${join(SANDBOX, 'status.json')}\n`)
}

async function main(): Promise<void> {
  ensureTools()
  rmSync(SANDBOX, { recursive: true, force: true })
  mkdirSync(SUMMARIES, { recursive: true })
  mkdirSync(LOGS, { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  try {
    heading('Setting up: fixture repositories with the templates, GitHub emulator, registries')
    const emulator: GitHubEmulator = await startGitHubEmulator({
      token: TOKEN,
      tokens: { [BOT_TOKEN]: BOT }
    })
    cleanups.push(() => emulator.close())
    const template = (path: string): string => readFileSync(join(ROOT, 'templates', path), 'utf8')

    const bpfman = await createBpfmanFixture(SANDBOX, {
      releaseYamls: true,
      newExamples: ['go-tcx-counter']
    })
    // bpfman's own workflows (in today's shape), which build and publish on a tag push,
    // and the make target its image workflow runs; then the release workflows.
    await bpfman.repo.commit('ci: the repository workflows', bpfmanRepositoryFiles('main'))
    await bpfman.repo.commit('ci: the release workflows', {
      '.github/workflows/prepare-release.yml': template('bpfman/prepare-release.yml'),
      '.github/workflows/tag-release.yml': template('bpfman/tag-release.yml'),
      '.github/workflows/release.yml': template('bpfman/release.yml')
    })
    await bpfman.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman', bpfman.remoteDir)

    const operator = await createOperatorFixture(SANDBOX, { shape: 'version-file' })
    await operator.repo.commit('ci: the repository workflows', operatorRepositoryFiles())
    await operator.repo.commit('ci: the release workflows', {
      '.github/workflows/prepare-release.yml': template('bpfman-operator/prepare-release.yml'),
      '.github/workflows/tag-release.yml': template('bpfman-operator/tag-release.yml')
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
    // bpfman.io: the gh-pages branch that docs-build.yml's mike deploy pushes.
    const docs = await startDocsSite(bpfman.remoteDir)
    cleanups.push(() => docs.close())
    await pushIndex(registry, 'bpfman/xdp-dispatcher', 'latest', 'xdp-dispatcher-main')
    await pushImage(registry, 'bpfman/tc-dispatcher', 'latest', { marker: 'tc-dispatcher-main' })
    const crates = await startCratesStandIn()
    cleanups.push(() => crates.close())
    const copr = await startCoprStandIn()
    cleanups.push(() => copr.close())
    process.stdout.write(
      [
        `GitHub emulator ${emulator.url}, OCI registry ${registry.url}`,
        `crates.io stand-in ${crates.url}, COPR stand-in ${copr.url}`,
        `repositories in ${SANDBOX}`,
        ''
      ].join('\n')
    )
    // The release App, installed on both repositories: each job mints its own token with
    // the permissions it needs, and the tags and pull requests it makes start workflows.
    emulator.installApp({
      appId: APP_ID,
      slug: 'bpfman-release',
      privateKey: APP_PRIVATE_KEY,
      account: 'bpfman',
      repositories: ['bpfman/bpfman', 'bpfman/bpfman-operator'],
      permissions: { contents: 'write', 'pull-requests': 'write', actions: 'write' }
    })
    const app = { RELEASE_APP_ID: String(APP_ID), RELEASE_APP_PRIVATE_KEY: APP_PRIVATE_KEY }
    /** The pull requests merged in the fixtures' history, not by the release. */
    const history = new Set(emulator.state.pulls.map((pull) => pull.id))

    // Each repository's runner: its secrets and variables, as its settings hold them.
    // The variables point the post-release checks at the sandbox's registry and
    // stand-ins, as a real repository could point them at a mirror.
    // Each run's log is kept in logs/ (Chain.keep); --verbose also prints it as it runs.
    const log = (line: string): void => {
      if (VERBOSE) process.stdout.write(`  | ${line}\n`)
    }
    // What the repositories' own build steps run: cosign, mike and an image push that
    // record or push to the sandbox (sandbox/tools); one sandbox second is 50 ms.
    const tools = {
      SANDBOX_TOOLS: join(ROOT, 'sandbox', 'tools'),
      SANDBOX_TOOLS_LOG: join(SANDBOX, 'tools.log'),
      SANDBOX_REGISTRY_URL: registry.url,
      RELEASE_ACTIONS_SECOND_MS: '50'
    }
    const bpfmanRunner = new WorkflowRunner({
      emulator,
      token: TOKEN,
      sources: { 'bpfman/release-actions': ROOT },
      remotes: { 'bpfman/bpfman': bpfman.remoteDir },
      secrets: { ...app, OPERATOR_DISPATCH_TOKEN: TOKEN },
      env: tools,
      defaultPermissions: RESTRICTED,
      vars: {
        RELEASE_REGISTRY_URL: registry.url,
        RELEASE_CRATES_API_URL: `${crates.url}/api/v1`,
        RELEASE_COPR_URL: copr.url
      },
      workDir: join(SANDBOX, 'runner', 'bpfman'),
      log
    })
    const operatorRunner = new WorkflowRunner({
      emulator,
      token: TOKEN,
      sources: { 'bpfman/release-actions': ROOT },
      remotes: { 'bpfman/bpfman-operator': operator.remoteDir },
      // RELEASE_TOKEN reads bpfman's manifest artifact, which GITHUB_TOKEN cannot.
      secrets: { ...app, CATALOG_BOT_TOKEN: BOT_TOKEN, RELEASE_TOKEN: TOKEN },
      defaultPermissions: RESTRICTED,
      // The go of this machine, and the server the catalog forks are cloned from.
      env: {
        ...tools,
        ...goEnvironment(join(SANDBOX, 'go')),
        GITHUB_SERVER_URL: `file://${gitServer}`
      },
      workDir: join(SANDBOX, 'runner', 'bpfman-operator'),
      log
    })

    const trail = new ManifestTrail(emulator)
    /** Pass 1: the release, each workflow on the trigger GitHub would give it. */
    const first = new Chain('1', trail)
    const prepared = await runWorkflow(
      first,
      bpfmanRunner,
      'bpfman: Prepare Release (workflow_dispatch, version 0.6.1)',
      {
        repository: 'bpfman/bpfman',
        workflow: '.github/workflows/prepare-release.yml',
        trigger: { event: 'workflow_dispatch', inputs: { version: VERSION } }
      }
    )
    // COPR builds outside GitHub: its build of the release is there by now.
    copr.setLatestBuild('@ebpf-sig/bpfman', 'bpfman', {
      id: 9_100_001,
      state: 'succeeded',
      version: `${VERSION}-1`
    })
    const prNumber = Number(prepared.jobs.prepare.outputs['pr-number'])
    const runners = [bpfmanRunner, operatorRunner]
    // The release pull request's CI (opened with the App's token, so its events start runs).
    await followEvents(first, runners)
    heading(`A maintainer reviews and merges ${prepared.jobs.prepare.outputs['pr-url']}`)
    process.stdout.write(`merge commit ${await emulator.mergePull('bpfman', 'bpfman', prNumber)}\n`)

    const tagTrigger: Trigger = { event: 'pull_request', action: 'closed', number: prNumber }
    // Everything from here follows from events, as GitHub starts runs: the merge starts
    // Tag Release; its dispatch starts Release; post-release's dispatch starts the
    // operator's Prepare Release. Events made with GITHUB_TOKEN start nothing.
    const operatorPrepared = (await followEvents(first, runners)).find(
      (run) =>
        run.repository === 'bpfman/bpfman-operator' && run.workflow.endsWith('prepare-release.yml')
    )
    if (!operatorPrepared) throw new Error("the operator's Prepare Release did not run")
    const operatorPr = Number(operatorPrepared.jobs.prepare.outputs['pr-number'])
    heading(`A maintainer reviews and merges ${operatorPrepared.jobs.prepare.outputs['pr-url']}`)
    process.stdout.write(
      `merge commit ${await emulator.mergePull('bpfman', 'bpfman-operator', operatorPr)}\n`
    )
    const operatorTagTrigger: Trigger = {
      event: 'pull_request',
      action: 'closed',
      number: operatorPr
    }
    await followEvents(first, runners)

    // The rerun pass: every workflow again, both prepares included; nothing may change.
    const before = await snapshot(emulator, registry)
    heading(
      [
        'RERUN PASS: every workflow of the chain runs again, as a maintainer would rerun it',
        'after a failure. The prepares must refuse (their tag exists now); every other run',
        'must succeed and change nothing: no second pull request, tag, release, asset,',
        'image tag or dispatch.'
      ].join('\n'),
      '#'
    )
    const second = new Chain('2-rerun', trail)
    const released = `tag ${TAG} already exists: ${VERSION} is released`
    await runWorkflow(
      second,
      bpfmanRunner,
      'rerun: bpfman Prepare Release',
      {
        repository: 'bpfman/bpfman',
        workflow: '.github/workflows/prepare-release.yml',
        trigger: { event: 'workflow_dispatch', inputs: { version: VERSION } }
      },
      { refusal: released }
    )
    await runWorkflow(second, bpfmanRunner, 'rerun: bpfman Tag Release', {
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/tag-release.yml',
      trigger: tagTrigger
    })
    // Release ran on the tag push (the App's): run it again on that push. The dispatched
    // runs are run again as GitHub's "Re-run all jobs" does: the same run.
    await runWorkflow(second, bpfmanRunner, `rerun: bpfman Release on ${TAG} (post-release)`, {
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/release.yml',
      trigger: { event: 'push', ref: `refs/tags/${TAG}` }
    })
    await runWorkflow(
      second,
      operatorRunner,
      'rerun: bpfman-operator Prepare Release (the dispatched run)',
      {
        repository: 'bpfman/bpfman-operator',
        workflow: '.github/workflows/prepare-release.yml',
        trigger: {
          event: 'dispatch',
          dispatch: emulator.state.dispatches.find((d) => d.runId === operatorPrepared.runId)!
        }
      },
      { refusal: released }
    )
    await runWorkflow(second, operatorRunner, 'rerun: bpfman-operator Tag Release', {
      repository: 'bpfman/bpfman-operator',
      workflow: '.github/workflows/tag-release.yml',
      trigger: operatorTagTrigger
    })
    const after = await snapshot(emulator, registry)
    heading('RERUN PASS: the end state before and after', '#')
    if (after !== before) {
      process.stderr.write(`before: ${before}\nafter:  ${after}\n`)
      throw new Error('the rerun pass changed the sandbox')
    }
    process.stdout.write(
      'nothing changed: no second pull request, tag, release, asset, image tag or dispatch\n'
    )

    // The last maintainer acts: the pull requests the release opened are reviewed and
    // merged (the :latest revert and next-dev by the maintainers, each catalog's by its
    // bot), and what their merges start runs.
    heading('The maintainers merge the pull requests the release opened')
    for (const pull of emulator.state.pulls.filter(
      (pull) => !history.has(pull.id) && pull.state === 'open'
    )) {
      const [owner, name] = pull.repoKey.split('/')
      const merge = await emulator.mergePull(owner, name, pull.number)
      process.stdout.write(`${pull.repoKey}#${pull.number} ${pull.title}: merged ${merge}\n`)
    }
    await followEvents(first, runners)

    heading('What the sandbox holds now')
    const end = {
      ...(await endState(emulator, registry, history, docs)),
      tags: await Promise.all(
        ['bpfman', 'bpfman-operator'].map(async (repo) => ({
          repository: `bpfman/${repo}`,
          tags: (
            await new FixtureGit(join(SANDBOX, 'remotes', `${repo}.git`)).exec([
              'tag',
              '--list',
              'v*'
            ])
          )
            .trim()
            .split('\n')
        }))
      )
    }
    writeFileSync(join(SANDBOX, 'end-state.json'), `${JSON.stringify(end, null, 2)}\n`)
    process.stdout.write(endStateTables(end))
    process.stdout.write(`end state: ${join(SANDBOX, 'end-state.json')}\n`)

    heading(`bpfman-release status ${VERSION}`)
    await releaseStatus(emulator, registry, docs)

    // What each repository still needs for the chain, read from its checkout (offline).
    for (const [name, workDir] of [
      ['bpfman', bpfman.repo.workDir],
      ['bpfman-operator', operator.repo.workDir]
    ]) {
      heading(`bpfman-release doctor in ${name}`)
      const code = await statusMain(['doctor', '--repo', workDir], {
        stdout: process.stdout,
        stderr: process.stdout,
        env: process.env
      })
      process.stdout.write(`doctor: exit ${code}\n`)
    }
    process.stdout.write(`\njob summaries: ${SUMMARIES}\nrun logs: ${LOGS}\n`)
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nsandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
