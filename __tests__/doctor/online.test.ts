import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/server.js'
import { APP_SECRETS } from '../../src/doctor/checks.js'
import { readOnlineFacts } from '../../src/doctor/run.js'
import { GitHubClient } from '../../src/effects/github/client.js'
import { BPFMAN_PRESET } from '../../src/release/config.js'
import { runCli } from '../support/cli.js'
import { makeTempDir } from '../support/tmp.js'
import { validatedOperations, validatingOctokit } from '../sandbox/github-emulator/helpers.js'
import { type Adoption, BPFMAN_MERGIFY, checkout } from './fixtures.js'

/*
 * `bpfman-release doctor --online` as a maintainer runs it: the CLI as a real
 * process, its Octokit against the GitHub emulator over HTTP, on a checkout
 * of bpfman in each state of adoption, each with the repository settings that
 * go with it.
 */
const ADMIN = 'maintainer-token'
const ADOPTIONS: Adoption[] = ['nothing', 'templates only', 'no App', 'everything']
const repoName = (adoption: Adoption): string => `bpfman-${adoption.replace(/ /g, '-')}`

describe('bpfman-release doctor --online against the GitHub emulator', () => {
  let emulator: GitHubEmulator
  const temp = makeTempDir('doctor-online')

  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      token: ADMIN,
      login: 'maintainer',
      tokens: { 'outsider-token': 'outsider' }
    })
    const admin = validatingOctokit(emulator.url, ADMIN)
    for (const adoption of ADOPTIONS) {
      const name = repoName(adoption)
      const repo = emulator.state.addRepo({ owner: 'bpfman', name, collaborators: ['maintainer'] })
      const adopted = adoption === 'no App' || adoption === 'everything'
      repo.settings = {
        // The App's secrets exist only once it is configured; GITHUB_TOKEN's path needs the setting.
        secrets: adoption === 'everything' ? [...APP_SECRETS, 'QUAY_TOKEN'] : ['QUAY_TOKEN'],
        variables: { QUAY_USER: 'bpfman+bot' },
        canApprovePullRequestReviews: adoption === 'no App',
        protection: { main: { strict: false, contexts: ['build-workflow-complete'] } },
        rulesetChecks: { main: ['DCO'] }
      }
      if (adopted)
        for (const label of BPFMAN_PRESET.labels)
          await admin.rest.issues.createLabel({ owner: 'bpfman', repo: name, name: label })
      const files = checkout('bpfman', adoption)
      const dir = join(temp.dir, name)
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
      for (const [file, text] of Object.entries(files.workflows))
        writeFileSync(join(dir, '.github', 'workflows', file), text)
      writeFileSync(join(dir, '.github', 'mergify.yml'), BPFMAN_MERGIFY)
      writeFileSync(join(dir, 'go.mod'), 'module github.com/bpfman/bpfman\n')
    }
  })

  afterAll(async () => {
    await emulator.close()
    temp.cleanup()
  })

  const doctor = (adoption: Adoption, token = ADMIN, json = true) =>
    runCli(
      [
        'doctor',
        '--online',
        '--repo',
        join(temp.dir, repoName(adoption)),
        '--github-repo',
        `bpfman/${repoName(adoption)}`,
        ...(json ? ['--json'] : [])
      ],
      { GITHUB_TOKEN: token, GITHUB_API_URL: emulator.url }
    )

  const failedOf = async (adoption: Adoption, token = ADMIN) => {
    const result = await doctor(adoption, token)
    expect(result.stderr).toBe('')
    const items = JSON.parse(result.stdout) as { id: string; status: string; fix?: string }[]
    return { status: result.status, items, failed: items.filter((i) => i.status === 'fail') }
  }

  it("reads every setting with answers that conform to GitHub's OpenAPI description", async () => {
    const octokit = validatingOctokit(emulator.url, ADMIN)
    const facts = await readOnlineFacts(
      new GitHubClient(octokit as never, { owner: 'bpfman', repo: repoName('everything') })
    )
    expect(facts).toEqual({
      canCreatePullRequests: false,
      secrets: ['QUAY_TOKEN', ...APP_SECRETS].sort(),
      variables: ['QUAY_USER'],
      labels: BPFMAN_PRESET.labels,
      requiredChecks: ['build-workflow-complete', 'DCO']
    })
    for (const operation of [
      'actions/list-repo-secrets 200',
      'actions/list-repo-variables 200',
      'actions/get-github-actions-default-workflow-permissions-repository 200',
      'repos/get-status-checks-protection 200',
      'repos/get-branch-rules 200',
      'issues/list-labels-for-repo 200'
    ])
      expect(validatedOperations).toContain(operation)
    // A branch without classic protection: GitHub's documented 404, read as no required check.
    delete emulator.state.repo('bpfman', repoName('everything'))!.settings!.protection
    const unprotected = await readOnlineFacts(
      new GitHubClient(octokit as never, { owner: 'bpfman', repo: repoName('everything') })
    )
    expect(unprotected.requiredChecks).toEqual(['DCO'])
    expect(validatedOperations).toContain('repos/get-status-checks-protection 404')
    emulator.state.repo('bpfman', repoName('everything'))!.settings!.protection = {
      main: { strict: false, contexts: ['build-workflow-complete'] }
    }
  })

  it('nothing adopted: the templates, the settings and every mismatch, each with its fix', async () => {
    const { status, failed } = await failedOf('nothing')
    expect(status).toBe(1)
    expect(failed.map((item) => item.id)).toEqual([
      'template prepare-release.yml',
      'template release.yml',
      'template tag-release.yml',
      'tag push docs-build.yml',
      'required checks',
      'labels',
      'token path'
    ])
    const fix = (id: string) => failed.find((item) => item.id === id)?.fix
    expect(fix('labels')).toBe('gh label create release')
    expect(fix('token path')).toBe(
      'Settings > Actions > General > Workflow permissions: check "Allow GitHub Actions to create and approve pull requests" (or configure the App)'
    )
  }, 60_000)

  it('templates only: what the repository and its settings still need', async () => {
    const { failed } = await failedOf('templates only')
    expect(failed.map((item) => item.id)).toEqual([
      'tag push docs-build.yml',
      'required checks',
      'labels',
      'token path'
    ])
  }, 60_000)

  it('no App: only what GITHUB_TOKEN cannot do, with the manual steps', async () => {
    const { failed } = await failedOf('no App')
    expect(failed.map((item) => item.id)).toEqual([
      'tag push docs-build.yml',
      'required checks',
      'token path'
    ])
    expect(failed.find((item) => item.id === 'token path')?.fix).toContain(
      `add secrets ${APP_SECRETS.join(' and ')}`
    )
  }, 60_000)

  it('everything: every item passes, exit 0', async () => {
    const { status, items, failed } = await failedOf('everything')
    expect(failed).toEqual([])
    expect(status).toBe(0)
    expect(items.find((item) => item.id === 'token path')).toMatchObject({
      status: 'pass',
      detail: `the App (secrets ${APP_SECRETS.join(', ')})`
    })
  }, 60_000)

  it("the templates pass app-id without the App's secrets: the token path fails", async () => {
    const repo = emulator.state.repo('bpfman', repoName('everything'))!
    const secrets = repo.settings!.secrets
    repo.settings!.secrets = ['QUAY_TOKEN']
    try {
      const { failed } = await failedOf('everything')
      expect(failed.map((item) => item.id)).toContain('token path')
    } finally {
      repo.settings!.secrets = secrets
    }
  }, 60_000)

  it("GitHub's token rules: GITHUB_TOKEN never reads secrets; an App token needs secrets, variables and administration", async () => {
    const repo = `bpfman/${repoName('everything')}`
    emulator.grantToken('job-token', {
      repository: repo,
      permissions: { contents: 'write', 'pull-requests': 'write', actions: 'write' }
    })
    const job = await doctor('everything', 'job-token')
    expect(job.status).not.toBe(0)
    expect(job.stderr).toContain('Resource not accessible by integration')
    emulator.grantToken('app-token', {
      kind: 'installation',
      repositories: [repo],
      permissions: {
        secrets: 'read',
        'actions-variables': 'read',
        administration: 'read',
        issues: 'read'
      }
    })
    expect((await failedOf('everything', 'app-token')).failed).toEqual([])
  }, 60_000)

  it("a token that may not read the settings: GitHub's refusal, not a guess", async () => {
    const result = await doctor('everything', 'outsider-token')
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Must have admin rights to Repository.')
  }, 60_000)
})
