import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { type ReleaseManifest } from '../../../src/release/manifest.js'
import { createCatalogFixture } from '../../../sandbox/fixtures/catalog.js'
import { CSV_PATH } from '../../../sandbox/fixtures/operator.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { type ActionRun, runActionProcess } from '../../../sandbox/run-action.js'
import { expectNone, leftBehind } from '../../support/secrets.js'
import { makeTempDir } from '../../support/tmp.js'
import {
  BOT,
  BOT_TOKEN,
  TOKEN,
  goEnvironment,
  operatorWorld,
  release,
  type OperatorWorld
} from './support.js'

const ENTRY = fileURLToPath(new URL('../../../actions/operator-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../../actions/operator-release/action.yml', import.meta.url)
)
const K8S = 'k8s-operatorhub/community-operators'
const PROD = 'redhat-openshift-ecosystem/community-operators-prod'

let temp: { dir: string; cleanup: () => void }
let emulator: GitHubEmulator
let w: OperatorWorld
let env: Record<string, string>
let manifestPath: string
const runs: ActionRun[] = []
const catalogRepos: string[] = []

beforeAll(async () => {
  temp = makeTempDir('operator-action')
  emulator = await startGitHubEmulator({ token: TOKEN, tokens: { [BOT_TOKEN]: BOT } })
  w = await operatorWorld(emulator, join(temp.dir, 'operator'), { shape: 'version-file' })
  await release(w.octokit, 'v0.6.1')
  const gitRoot = join(temp.dir, 'git')
  for (const repository of [K8S, PROD]) {
    const fixture = await createCatalogFixture(join(temp.dir, 'catalogs'), gitRoot, repository, {
      bot: BOT,
      openshiftVersions: 'v4.16'
    })
    emulator.addRepo({ owner: fixture.owner, name: fixture.name, gitDir: fixture.upstreamDir })
    catalogRepos.push(fixture.upstreamDir, fixture.forkDir)
    emulator.addRepo({ owner: BOT, name: fixture.name, gitDir: fixture.forkDir })
  }
  env = {
    ...goEnvironment(temp.dir),
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: `file://${gitRoot}`
  }
  manifestPath = join(temp.dir, 'manifest.json')
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

async function operatorRelease(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runActionProcess({
    entry: ENTRY,
    actionYml: ACTION_YML,
    cwd: w.workDir,
    inputs: {
      version: '0.6.1',
      token: TOKEN,
      repository: 'bpfman/bpfman-operator',
      'manifest-path': manifestPath,
      ...inputs
    },
    env
  })
  runs.push(run)
  return run
}

const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8')) as ReleaseManifest

describe('operator-release action: prepare, (tag and publish), catalogs, next-dev', () => {
  it('documents every input and output, and runs on node24 from dist/operator-release', () => {
    const action = YAML.parse(readFileSync(ACTION_YML, 'utf8')) as {
      inputs: Record<string, { description?: string }>
      outputs: Record<string, { description?: string }>
      runs: { using: string; main: string }
    }
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/operator-release/index.js' })
    for (const [name, input] of [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs)
    ]) {
      expect([name, (input.description ?? '').length > 10]).toEqual([name, true])
    }
  })

  it('stage prepare: the release pull request, outputs and the manifest prepare-release writes', async () => {
    const run = await operatorRelease({ stage: 'prepare' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const [pull] = emulator.state.pulls.filter(
      (p) => p.repoKey === 'bpfman/bpfman-operator' && p.head.ref === 'release-v0.6.1'
    )
    expect(pull).toMatchObject({
      title: 'Release v0.6.1',
      head: { ref: 'release-v0.6.1' },
      labels: ['release']
    })
    expect(run.outputs).toEqual({
      stage: 'prepare',
      version: '0.6.1',
      tag: 'v0.6.1',
      'previous-tag': 'v0.6.0',
      branch: 'release-v0.6.1',
      'pr-number': String(pull.number),
      'pr-url': `https://github.com/bpfman/bpfman-operator/pull/${pull.number}`,
      'changelog-path': 'changelogs/CHANGELOG-v0.6.1.md',
      'manifest-path': manifestPath
    })
    expect(manifest().prepare).toEqual({
      branch: 'release-v0.6.1',
      commit: pull.head.sha,
      pr: {
        number: pull.number,
        url: `https://github.com/bpfman/bpfman-operator/pull/${pull.number}`
      },
      changelogPath: 'changelogs/CHANGELOG-v0.6.1.md',
      files: ['VERSION', CSV_PATH, 'changelogs/CHANGELOG-v0.6.1.md', 'go.mod', 'go.sum']
    })
    expect(run.summary).toContain('## operator-release prepare 0.6.1')
    expect(run.summary).toContain(
      `- Pull request: https://github.com/bpfman/bpfman-operator/pull/${pull.number}`
    )
  })

  it('stage catalogs, after the merge, tag and published release: one pull request per catalog from the bot fork', async () => {
    const [pull] = emulator.state.pulls.filter(
      (p) => p.repoKey === 'bpfman/bpfman-operator' && p.head.ref === 'release-v0.6.1'
    )
    const merge = await emulator.mergePull('bpfman', 'bpfman-operator', pull.number)
    await new FixtureGit(w.remoteDir).exec(['tag', 'v0.6.1', merge])
    await release(w.octokit, 'v0.6.1', { repo: 'bpfman-operator' })

    const run = await operatorRelease({ stage: 'catalogs', 'catalog-token': BOT_TOKEN })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const pulls = JSON.parse(run.outputs['catalog-pulls']) as {
      repository: string
      status: string
      number: number
      url: string
    }[]
    expect(pulls).toEqual([
      { repository: K8S, status: 'planned', number: 1, url: `https://github.com/${K8S}/pull/1` },
      { repository: PROD, status: 'planned', number: 1, url: `https://github.com/${PROD}/pull/1` }
    ])
    expect(run.outputs.branch).toBe('bpfman-operator-0.6.1')
    const catalogs = manifest().operator?.catalogs as {
      repository: string
      pr: { number: number }
    }[]
    expect(catalogs.map((catalog) => [catalog.repository, catalog.pr.number])).toEqual([
      [K8S, 1],
      [PROD, 1]
    ])
    expect(manifest().prepare?.branch).toBe('release-v0.6.1')
    const prod = emulator.state.pulls.find((p) => p.repoKey === PROD)
    expect(prod).toMatchObject({
      title: 'operator bpfman-operator (0.6.1)',
      user: BOT,
      head: { owner: BOT }
    })
  })

  it('refuses stage catalogs without a catalog token, naming the input', async () => {
    const run = await operatorRelease({ stage: 'catalogs' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(
      "::error::catalog-token: is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)"
    )
  })

  it('stage next-dev: VERSION 0.6.1 -> 0.7.0-dev (the next minor) in its own pull request', async () => {
    await new FixtureGit(w.workDir).exec(['pull', '--quiet', '--ff-only', 'origin', 'main'])
    const run = await operatorRelease({ stage: 'next-dev' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({
      stage: 'next-dev',
      branch: 'version-0.7.0-dev',
      'next-version': '0.7.0-dev'
    })
    const pull = emulator.state.pulls.find(
      (p) => p.repoKey === 'bpfman/bpfman-operator' && p.head.ref === 'version-0.7.0-dev'
    )
    expect(pull?.title).toBe('Set VERSION to 0.7.0-dev')
    expect(manifest().operator?.nextDev).toEqual({
      version: '0.7.0-dev',
      branch: 'version-0.7.0-dev',
      commit: pull?.head.sha,
      pr: {
        number: pull?.number,
        url: `https://github.com/bpfman/bpfman-operator/pull/${pull?.number}`
      }
    })
    expect((manifest().operator?.catalogs as unknown[]).length).toBe(2)
  })

  it('leaves neither token in any stage: output, summary, outputs, manifest, git, the emulator', async () => {
    expect(runs.map((run) => run.outputs.stage ?? 'refused')).toEqual([
      'prepare',
      'catalogs',
      'refused',
      'next-dev'
    ])
    for (const run of runs) {
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
      expectNone(
        await leftBehind(run, {
          repos: [w.workDir, w.remoteDir, ...catalogRepos],
          manifest: manifestPath,
          emulatorState: emulator.state
        }),
        [TOKEN, BOT_TOKEN]
      )
    }
  })
})
