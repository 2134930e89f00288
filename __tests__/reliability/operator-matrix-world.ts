/**
 * The world of the operator fault matrix: bpfman-operator (VERSION-file
 * shape) and bpfman registered with one emulator, beside the two community
 * catalogs with the bot's forks, all under one folder. It is walked through
 * the release once, stage by stage (prepare, merge, tag, catalogs, next-dev);
 * before each stage the emulator and the folder are snapshotted, so that each
 * run of the matrix starts from the same world without building it again.
 * The go module cache and GOPROXY live outside that folder, shared by all runs.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { runPhase } from '../../src/driver.js'
import { run } from '../../src/effects/exec.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { operatorRelease } from '../../src/phases/operator-release/index.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { type CatalogFixture, createCatalogFixture } from '../../sandbox/fixtures/catalog.js'
import {
  type GitHubEmulator,
  type StateSnapshot,
  startGitHubEmulator
} from '../../sandbox/github/index.js'
import {
  BOT,
  BOT_TOKEN,
  TOKEN,
  goEnvironment,
  operatorWorld,
  release,
  type OperatorWorld
} from '../phases/operator-release/support.js'
import { PUBLISH_WORKFLOW } from '../phases/tag-release/world.js'
import { makeTempDir, snapshotDir } from '../support/tmp.js'
import { host, remoteRefs } from './matrix.js'

export const VERSION = '0.6.1'
export const CATALOGS = [
  'k8s-operatorhub/community-operators',
  'redhat-openshift-ecosystem/community-operators-prod'
]
export type Stage = 'prepare' | 'tag' | 'catalogs' | 'next-dev'
export const STAGES: readonly Stage[] = ['prepare', 'tag', 'catalogs', 'next-dev']

const COMMITTER = { 'committer-name': 'Release Bot', 'committer-email': 'release-bot@example.com' }

/** A clone (a checkout or a scratch repository) and the remote name a stage pushes through. */
export interface PushClone {
  clone: string
  remote: string
  /** The branch a pushed-meanwhile fault puts someone else's commit on. */
  branch?: string
}

export class OperatorChain {
  private snapshots = new Map<
    Stage,
    { state: StateSnapshot; dir: ReturnType<typeof snapshotDir> }
  >()
  /** The release pull request, once prepare ran. */
  pr = 0

  private constructor(
    readonly temp: { dir: string; cleanup: () => void },
    readonly root: string,
    readonly emulator: GitHubEmulator,
    readonly operator: OperatorWorld,
    readonly catalogs: CatalogFixture[],
    readonly gitRoot: string,
    readonly env: Record<string, string>
  ) {}

  /** The world before prepare: bpfman v0.6.1 released, the operator at 0.6.1-dev with a publication workflow. */
  static async start(): Promise<OperatorChain> {
    const temp = makeTempDir('operator-matrix')
    const root = join(temp.dir, 'world')
    const emulator = await startGitHubEmulator({ token: TOKEN, tokens: { [BOT_TOKEN]: BOT } })
    const operator = await operatorWorld(emulator, join(root, 'operator'), {
      shape: 'version-file'
    })
    await operator.fixture.repo.commit('Add the publication workflow', {
      '.github/workflows/publish.yml': PUBLISH_WORKFLOW
    })
    await operator.fixture.repo.pushAll()
    await release(operator.octokit, `v${VERSION}`)
    const gitRoot = join(root, 'git')
    const catalogs: CatalogFixture[] = []
    for (const repository of CATALOGS) {
      const fixture = await createCatalogFixture(join(root, 'catalogs'), gitRoot, repository, {
        bot: BOT,
        openshiftVersions: repository === CATALOGS[1] ? 'v4.12-v4.16' : undefined
      })
      emulator.addRepo({ owner: fixture.owner, name: fixture.name, gitDir: fixture.upstreamDir })
      emulator.addRepo({ owner: BOT, name: fixture.name, gitDir: fixture.forkDir })
      catalogs.push(fixture)
    }
    const runnerTemp = join(root, 'runner-temp')
    mkdirSync(runnerTemp, { recursive: true })
    const env = {
      ...goEnvironment(join(temp.dir, 'go')),
      GITHUB_API_URL: emulator.url,
      GITHUB_SERVER_URL: `file://${gitRoot}`,
      RUNNER_TEMP: runnerTemp,
      // make bundle stamps the CSV with the time; equal runs need the same stamp.
      CREATED_AT: '2026-01-01T00:00:00Z',
      // The client's seconds of waiting last a millisecond here.
      RELEASE_ACTIONS_SECOND_MS: '1'
    }
    return new OperatorChain(temp, root, emulator, operator, catalogs, gitRoot, env)
  }

  /** Runs a stage in-process, as the action does; throws what the phase throws. */
  async run(stage: Stage): Promise<void> {
    const common = {
      'working-directory': this.operator.workDir,
      version: VERSION,
      token: TOKEN,
      repository: 'bpfman/bpfman-operator',
      ...COMMITTER
    }
    if (stage === 'tag') {
      await runPhase(
        tagRelease,
        inputsFrom({
          ...common,
          version: '',
          'pr-number': String(this.pr),
          publish: 'now',
          'dispatch-workflow': 'publish.yml'
        }),
        host
      )
      return
    }
    await runPhase(
      operatorRelease,
      inputsFrom({
        ...common,
        stage,
        ...(stage === 'catalogs' ? { 'catalog-token': BOT_TOKEN, 'runs-wait-seconds': '0' } : {})
      }),
      host
    )
  }

  /** What the maintainer does after a stage's clean run, before the next stage. */
  async advance(stage: Stage): Promise<void> {
    if (stage === 'prepare') {
      const [pull] = this.emulator.state.pulls.filter(
        (p) => p.repoKey === 'bpfman/bpfman-operator' && p.head.ref === `release-v${VERSION}`
      )
      this.pr = pull.number
      await this.emulator.mergePull('bpfman', 'bpfman-operator', pull.number)
    }
    if (stage === 'catalogs') {
      // next-dev reads VERSION from the checkout: the merged main.
      const git = new FixtureGit(this.operator.workDir)
      await git.exec(['checkout', '--quiet', 'main'])
      await git.exec(['pull', '--quiet', '--ff-only', 'origin', 'main'])
    }
  }

  /** Keeps the world as it is now, as the start of `stage`'s runs. */
  snapshot(stage: Stage): void {
    this.snapshots.set(stage, { state: this.emulator.snapshot(), dir: snapshotDir(this.root) })
  }

  /** Puts the world back as it was before `stage` (injected faults dropped). */
  restore(stage: Stage): void {
    const kept = this.snapshots.get(stage)
    if (!kept) throw new Error(`no snapshot before ${stage}`)
    this.emulator.restore(kept.state)
    kept.dir.restore()
  }

  /** The clones a stage pushes through; the catalogs' scratch repositories are made here, empty, for a fault to be set on. */
  async pushClones(stage: Stage): Promise<PushClone[]> {
    if (stage !== 'catalogs') {
      const branch =
        stage === 'prepare'
          ? `release-v${VERSION}`
          : stage === 'next-dev'
            ? 'version-0.7.0-dev'
            : undefined
      return [{ clone: this.operator.workDir, remote: 'origin', branch }]
    }
    const clones: PushClone[] = []
    for (const repository of CATALOGS) {
      const clone = join(
        this.env.RUNNER_TEMP,
        'bpfman-release-catalogs',
        `${repository.replace('/', '--')}.git`
      )
      mkdirSync(clone, { recursive: true })
      await run('git', ['init', '--quiet', '--bare'], { cwd: clone })
      clones.push({ clone, remote: 'fork', branch: `bpfman-operator-${VERSION}` })
    }
    return clones
  }

  /** Every bare repository of the world: the operator's remote, the catalogs and the forks. */
  remotes(): Record<string, string> {
    const remotes: Record<string, string> = { 'bpfman/bpfman-operator': this.operator.remoteDir }
    for (const fixture of this.catalogs) {
      remotes[fixture.repository] = fixture.upstreamDir
      remotes[`${BOT}/${fixture.name}`] = fixture.forkDir
    }
    return remotes
  }

  /** The end state, without what differs between equal runs (ids, times, commit ids). */
  async endState(): Promise<unknown> {
    const refs: Record<string, Record<string, string>> = {}
    for (const [name, dir] of Object.entries(this.remotes())) refs[name] = await remoteRefs(dir)
    const { state } = this.emulator
    return {
      refs,
      pulls: state.pulls.map((pull) => ({
        repo: pull.repoKey,
        title: pull.title,
        body: pull.body,
        head: `${pull.head.owner}:${pull.head.ref}`,
        base: pull.base.ref,
        state: pull.state,
        labels: pull.labels
      })),
      labels: state.labels.map((label) => `${label.repoKey} ${label.name}`).sort(),
      releases: state.releases.map((r) => ({
        repo: r.repoKey,
        tag: r.tagName,
        target: r.targetCommitish,
        name: r.name,
        body: r.body,
        draft: r.draft,
        prerelease: r.prerelease
      })),
      assets: state.assets.map((asset) => ({
        name: asset.name,
        data: asset.data.toString('base64')
      })),
      dispatches: state.dispatches.map((d) => ({
        repo: d.repoKey,
        workflow: d.workflow,
        ref: d.ref,
        inputs: d.inputs
      })),
      forks: state.forks.map((fork) => `${fork.parent} -> ${fork.fork}`).sort(),
      repos: [...state.repos.keys()].sort()
    }
  }

  async close(): Promise<void> {
    for (const kept of this.snapshots.values()) kept.dir.remove()
    await this.emulator.close()
    this.temp.cleanup()
  }
}
