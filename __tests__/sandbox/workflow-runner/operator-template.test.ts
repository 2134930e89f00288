import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getOctokit } from '@actions/github'
import { registerFixtureRepo } from '../../../sandbox/fixtures/github.js'
import { createOperatorFixture, goEnvironment } from '../../../sandbox/fixtures/operator.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { WorkflowRunner } from '../../../sandbox/workflow-runner/index.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TOKEN = 'ghs_sandbox_maintainer'

/** bpfman v0.6.1 is out; its post-release dispatches the operator's Prepare Release. */
async function releasedAndDispatched(emulator: GitHubEmulator): Promise<void> {
  const octokit = getOctokit(TOKEN, { baseUrl: emulator.url })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  await octokit.rest.repos.createRelease({ owner: 'bpfman', repo: 'bpfman', tag_name: 'v0.6.1' })
  await octokit.rest.actions.createWorkflowDispatch({
    owner: 'bpfman',
    repo: 'bpfman-operator',
    workflow_id: 'prepare-release.yml',
    ref: 'main',
    inputs: { version: '0.6.1' }
  })
}

function operatorRunner(
  emulator: GitHubEmulator,
  dir: string,
  remote: string,
  secrets: Record<string, string>
): WorkflowRunner {
  return new WorkflowRunner({
    emulator,
    token: TOKEN,
    sources: { 'bpfman/release-actions': ROOT },
    remotes: { 'bpfman/bpfman-operator': remote },
    secrets,
    env: { ...goEnvironment(join(dir, 'go')), GITHUB_SERVER_URL: `file://${dir}/git-server` },
    workDir: join(dir, 'runner')
  })
}

describe('the bpfman-operator prepare-release template, started by a recorded dispatch', () => {
  let dir: string
  let emulator: GitHubEmulator

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runner-operator-'))
    emulator = await startGitHubEmulator({ token: TOKEN })
  })
  afterAll(async () => {
    await emulator.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('runs with setup-go on the installed go, and opens the operator release pull request', async () => {
    const operator = await createOperatorFixture(dir, { shape: 'version-file' })
    await operator.repo.commit('ci: the release workflow', {
      '.github/workflows/prepare-release.yml': readFileSync(
        join(ROOT, 'templates/bpfman-operator/prepare-release.yml'),
        'utf8'
      )
    })
    await operator.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', operator.remoteDir)
    await releasedAndDispatched(emulator)
    // GITHUB_TOKEN cannot read bpfman's artifacts: the template passes this token.
    const runner = operatorRunner(emulator, dir, operator.remoteDir, { RELEASE_TOKEN: TOKEN })
    const [dispatch] = emulator.state.dispatches
    const run = await runner.runDispatch(dispatch)
    expect(run.errors).toEqual([])
    expect(run.runId).toBe(dispatch.runId)
    expect(run.runName).toBe('Prepare Release 0.6.1')
    const pull = emulator.state.pulls.find(
      (p) => p.repoKey === 'bpfman/bpfman-operator' && p.state === 'open'
    )
    expect(pull?.head.ref).toBe('release-v0.6.1')
    // The manifest travels as an artifact of the run (its name is the template's to choose).
    expect(run.artifacts).toHaveLength(1)
    expect(run.artifacts[0].name).toMatch(/^release-manifest-.*0\.6\.1$/)
    expect(emulator.state.run(dispatch.runId)?.conclusion).toBe('success')
  })
})

describe('the bpfman-operator prepare-release template with a GitHub App', () => {
  it("mints the job's token from the App: it reads bpfman's artifacts and opens the pull request", async () => {
    const { generateKeyPairSync } = await import('node:crypto')
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const dir = mkdtempSync(join(tmpdir(), 'runner-operator-app-'))
    const emulator = await startGitHubEmulator({ token: TOKEN })
    try {
      const operator = await createOperatorFixture(dir, { shape: 'version-file' })
      await operator.repo.commit('ci: the release workflow', {
        '.github/workflows/prepare-release.yml': readFileSync(
          join(ROOT, 'templates/bpfman-operator/prepare-release.yml'),
          'utf8'
        )
      })
      await operator.repo.pushAll()
      await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', operator.remoteDir)
      emulator.installApp({
        appId: 123456,
        slug: 'bpfman-release',
        privateKey: pem,
        account: 'bpfman',
        repositories: ['bpfman/bpfman', 'bpfman/bpfman-operator'],
        permissions: { contents: 'write', 'pull-requests': 'write', actions: 'read' }
      })
      await releasedAndDispatched(emulator)
      // The template as it is, with the App's secrets and no RELEASE_TOKEN: the App's token is the job's.
      const runner = operatorRunner(emulator, dir, operator.remoteDir, {
        RELEASE_APP_ID: '123456',
        RELEASE_APP_PRIVATE_KEY: pem
      })
      const { runs } = await runner.runEvents()
      expect(runs.map((run) => [run.runName, run.errors])).toEqual([['Prepare Release 0.6.1', []]])
      const pull = emulator.state.pulls.find(
        (p) => p.repoKey === 'bpfman/bpfman-operator' && p.state === 'open'
      )
      expect(pull?.user).toBe('bpfman-release[bot]')
      // Opened with the App's token, the pull request is an event that starts workflows.
      expect(
        emulator.state.events.find((e) => e.name === 'pull_request' && e.number === pull?.number)
          ?.madeWith
      ).toBe('app')
    } finally {
      await emulator.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
