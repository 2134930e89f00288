import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { GitFixture, failure, git, validatingOctokit } from './helpers.js'

/** Each kind of token reaches what GitHub documents, and is refused elsewhere with GitHub's answer. */
describe('GitHub emulator: what each token reaches', () => {
  let emulator: GitHubEmulator
  const JOB = 'ghs_job_of_bpfman'
  const APP = 'ghs_app_bpfman_operator'

  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      token: 'admin-token',
      tokens: { ghp_alice: 'alice', ghp_mallory: 'mallory' }
    })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator', collaborators: ['alice'] })
    emulator.addRepo({ owner: 'bpfman', name: 'secret', private: true })
    emulator.grantToken(JOB, {
      kind: 'job',
      repository: 'bpfman/bpfman',
      permissions: { contents: 'write', actions: 'write' }
    })
    emulator.grantToken(APP, {
      kind: 'installation',
      repositories: ['bpfman/bpfman-operator'],
      permissions: { contents: 'write', actions: 'read' }
    })
  })
  afterAll(async () => {
    await emulator.close()
  })

  const release = (token: string, repo: string): Promise<unknown> =>
    validatingOctokit(emulator.url, token).rest.repos.createRelease({
      owner: 'bpfman',
      repo,
      tag_name: `v0.0.${Math.floor(Math.random() * 1e6)}`
    })
  const artifacts = (token: string, repo: string): Promise<unknown> =>
    validatingOctokit(emulator.url, token).rest.actions.listArtifactsForRepo({
      owner: 'bpfman',
      repo
    })

  it("a job's GITHUB_TOKEN writes and reads Actions data only in its own repository", async () => {
    await release(JOB, 'bpfman')
    await artifacts(JOB, 'bpfman')
    expect(await failure(release(JOB, 'bpfman-operator'))).toMatchObject({
      status: 403,
      data: { message: expect.stringMatching(/^Resource not accessible by integration/) }
    })
    expect(await failure(artifacts(JOB, 'bpfman-operator'))).toMatchObject({
      status: 403,
      data: {
        message:
          'Resource not accessible by integration (the GITHUB_TOKEN of bpfman/bpfman cannot read bpfman/bpfman-operator)'
      }
    })
    // A public repository's contents are open to every token; a private one does not exist for it.
    await validatingOctokit(emulator.url, JOB).rest.repos.get({
      owner: 'bpfman',
      repo: 'bpfman-operator'
    })
    expect(await failure(artifacts(JOB, 'secret'))).toMatchObject({
      status: 404,
      data: { message: 'Not Found' }
    })
  })

  it('an installation token reaches the repositories and permissions it was issued for', async () => {
    await release(APP, 'bpfman-operator')
    await artifacts(APP, 'bpfman-operator')
    expect(await failure(release(APP, 'bpfman'))).toMatchObject({ status: 403 })
    expect(await failure(artifacts(APP, 'bpfman'))).toMatchObject({ status: 403 })
    // actions: read, not write: no dispatch.
    const dispatch = await failure(
      validatingOctokit(emulator.url, APP).rest.actions.createWorkflowDispatch({
        owner: 'bpfman',
        repo: 'bpfman-operator',
        workflow_id: 'x.yml',
        ref: 'main'
      })
    )
    expect(dispatch).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration (needs actions: write)' }
    })
  })

  it("a personal token reaches its user's repositories: a stranger's write is GitHub's 404", async () => {
    await release('ghp_alice', 'bpfman-operator')
    expect(await failure(release('ghp_mallory', 'bpfman-operator'))).toMatchObject({
      status: 404,
      data: { message: 'Not Found' }
    })
    // Anyone may open a pull request on a public repository, and read it.
    await artifacts('ghp_mallory', 'bpfman-operator')
  })
})

describe('GitHub emulator: a release whose new tag would change the workflows', () => {
  let emulator: GitHubEmulator
  let fixture: GitFixture
  let changed: string
  let same: string

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: 'admin-token' })
    fixture = await GitFixture.create('bpfman')
    await fixture.commit('initial', { '.github/workflows/ci.yml': 'on: push\n' })
    await fixture.push('main')
    await fixture.checkout('release-v0.6.1-patch', true)
    same = await fixture.commit('a fix', { 'src.txt': 'fixed\n' })
    changed = await fixture.commit('ci: a picked workflow change', {
      '.github/workflows/ci.yml': 'on: [push, pull_request]\n'
    })
    await fixture.push('release-v0.6.1-patch')
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: fixture.bare })
    emulator.grantToken('ghs_job', {
      kind: 'job',
      repository: 'bpfman/bpfman',
      permissions: { contents: 'write' }
    })
    emulator.grantToken('ghs_app', {
      kind: 'installation',
      repositories: ['bpfman/bpfman'],
      permissions: { contents: 'write', workflows: 'write' }
    })
  })
  afterAll(async () => {
    await emulator.close()
    await fixture.remove()
  })

  const create = (token: string, tag: string, target: string): Promise<unknown> =>
    validatingOctokit(emulator.url, token).rest.repos.createRelease({
      owner: 'bpfman',
      repo: 'bpfman',
      tag_name: tag,
      target_commitish: target
    })

  it("is GitHub's 404 for GITHUB_TOKEN, and made by a token that may change workflows", async () => {
    expect(await failure(create('ghs_job', 'v0.6.2', changed))).toMatchObject({
      status: 404,
      data: { message: 'Not Found' }
    })
    expect(await git(fixture.bare, 'tag', '--list')).toBe('')
    // Same workflows as main: GITHUB_TOKEN may create the tag.
    await create('ghs_job', 'v0.6.2-rc1', same)
    // A tag pushed first (the release has a ref): no workflow check.
    await git(fixture.work, 'push', '--quiet', 'origin', `${changed}:refs/tags/v0.6.2-rc2`)
    await create('ghs_job', 'v0.6.2-rc2', changed)
    await create('ghs_app', 'v0.6.2', changed)
    expect((await git(fixture.bare, 'tag', '--list')).split('\n')).toEqual([
      'v0.6.2',
      'v0.6.2-rc1',
      'v0.6.2-rc2'
    ])
  })
})
