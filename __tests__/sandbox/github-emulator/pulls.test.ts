import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import {
  GitFixture,
  failure,
  git,
  validatedOperations,
  validatingOctokit,
  type Octokit
} from './helpers.js'

const owner = 'bpfman'

describe('GitHub emulator: pull requests and labels', () => {
  let emulator: GitHubEmulator
  let octokit: Octokit
  let fixture: GitFixture
  let fork: GitFixture

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: 'test-token' })
    octokit = validatingOctokit(emulator.url)
    fixture = await GitFixture.create('bpfman')
    await fixture.commit('initial', { 'Cargo.toml': '[workspace]\nversion = "0.6.0"\n' })
    await fixture.push('main')
    fork = await fixture.fork('bot-bpfman')
    emulator.addRepo({ owner, name: 'bpfman', gitDir: fixture.bare })
    emulator.addRepo({ owner: 'bpfman-bot', name: 'bpfman', gitDir: fork.bare })
    emulator.addRepo({ owner, name: 'plain' })
  })

  afterAll(async () => {
    await emulator.close()
    await fixture.remove()
  })

  it('creates a pull request for a pushed branch and lists it with the filters', async () => {
    const head = await fixture.pushBranch('release-v0.6.1', {
      'Cargo.toml': '[workspace]\nversion = "0.6.1"\n'
    })
    const created = await octokit.rest.pulls.create({
      owner,
      repo: 'bpfman',
      head: 'release-v0.6.1',
      base: 'main',
      title: 'Release v0.6.1',
      body: 'Prepared by the release action'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      merged: false,
      html_url: 'https://github.com/bpfman/bpfman/pull/1',
      head: { ref: 'release-v0.6.1', sha: head, label: 'bpfman:release-v0.6.1' },
      base: { ref: 'main' },
      user: { login: 'github-actions[bot]' }
    })
    expect(emulator.state.pulls).toHaveLength(1)

    const byHead = await octokit.rest.pulls.list({
      owner,
      repo: 'bpfman',
      head: 'bpfman:release-v0.6.1'
    })
    expect(byHead.data.map((pull) => pull.number)).toEqual([1])
    const otherHead = await octokit.rest.pulls.list({
      owner,
      repo: 'bpfman',
      head: 'bpfman:release-v0.7.0'
    })
    expect(otherHead.data).toEqual([])
    const otherBase = await octokit.rest.pulls.list({ owner, repo: 'bpfman', base: 'release-0.5' })
    expect(otherBase.data).toEqual([])
    const closed = await octokit.rest.pulls.list({ owner, repo: 'bpfman', state: 'closed' })
    expect(closed.data).toEqual([])
  })

  it('refuses a second open pull request for the same head and base', async () => {
    const duplicate = await failure(
      octokit.rest.pulls.create({
        owner,
        repo: 'bpfman',
        head: 'release-v0.6.1',
        base: 'main',
        title: 'again'
      })
    )
    expect(duplicate).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'A pull request already exists for bpfman:release-v0.6.1.'
          }
        ]
      }
    })
    expect(emulator.state.pulls).toHaveLength(1)
  })

  it('refuses a head branch that git does not have, and a branch with nothing to merge', async () => {
    const missing = await failure(
      octokit.rest.pulls.create({
        owner,
        repo: 'bpfman',
        head: 'no-such-branch',
        base: 'main',
        title: 't'
      })
    )
    expect(missing).toMatchObject({
      status: 422,
      data: { errors: [{ field: 'head', code: 'invalid' }] }
    })

    await fixture.bareGit('branch', 'same-as-main', 'main')
    const empty = await failure(
      octokit.rest.pulls.create({
        owner,
        repo: 'bpfman',
        head: 'same-as-main',
        base: 'main',
        title: 't'
      })
    )
    expect(empty).toMatchObject({
      status: 422,
      data: { errors: [{ message: 'No commits between main and same-as-main' }] }
    })
  })

  it('follows a force-push to the head branch and updates title, body, base and state', async () => {
    const pushed = await fixture.pushBranch('release-v0.6.1', {
      'Cargo.toml': '[workspace]\nversion = "0.6.1" # v2\n'
    })
    const { data } = await octokit.rest.pulls.get({ owner, repo: 'bpfman', pull_number: 1 })
    expect(data.head.sha).toBe(pushed)

    const updated = await octokit.rest.pulls.update({
      owner,
      repo: 'bpfman',
      pull_number: 1,
      title: 'Release v0.6.1 (rerun)',
      body: 'updated body'
    })
    expect(updated.data).toMatchObject({ title: 'Release v0.6.1 (rerun)', body: 'updated body' })
    expect(emulator.state.pull(owner, 'bpfman', 1)?.title).toBe('Release v0.6.1 (rerun)')

    const badBase = await failure(
      octokit.rest.pulls.update({ owner, repo: 'bpfman', pull_number: 1, base: 'gone' })
    )
    expect(badBase.status).toBe(422)

    const closed = await octokit.rest.pulls.update({
      owner,
      repo: 'bpfman',
      pull_number: 1,
      state: 'closed'
    })
    expect(closed.data).toMatchObject({ state: 'closed', merged: false })
    expect(closed.data.closed_at).not.toBeNull()
    const reopened = await octokit.rest.pulls.update({
      owner,
      repo: 'bpfman',
      pull_number: 1,
      state: 'open'
    })
    expect(reopened.data).toMatchObject({ state: 'open', closed_at: null })
  })

  it('labels a pull request through the issues API, creating missing labels', async () => {
    const created = await octokit.rest.issues.createLabel({
      owner,
      repo: 'bpfman',
      name: 'release',
      color: '#0E8A16',
      description: 'A release PR'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      name: 'release',
      color: '0e8a16',
      description: 'A release PR'
    })
    const again = await failure(
      octokit.rest.issues.createLabel({ owner, repo: 'bpfman', name: 'Release' })
    )
    expect(again).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'Label', code: 'already_exists' }] }
    })

    const added = await octokit.rest.issues.addLabels({
      owner,
      repo: 'bpfman',
      issue_number: 1,
      labels: ['release', 'kind/release']
    })
    expect(added.data.map((label) => label.name)).toEqual(['release', 'kind/release'])
    await octokit.rest.issues.addLabels({
      owner,
      repo: 'bpfman',
      issue_number: 1,
      labels: ['release']
    })
    const onIssue = await octokit.rest.issues.listLabelsOnIssue({
      owner,
      repo: 'bpfman',
      issue_number: 1
    })
    expect(onIssue.data.map((label) => label.name)).toEqual(['release', 'kind/release'])
    const inRepo = await octokit.rest.issues.listLabelsForRepo({ owner, repo: 'bpfman' })
    expect(inRepo.data.map((label) => label.name)).toEqual(['release', 'kind/release'])
    const pull = await octokit.rest.pulls.get({ owner, repo: 'bpfman', pull_number: 1 })
    expect(pull.data.labels.map((label) => label.name)).toEqual(['release', 'kind/release'])

    expect(
      await failure(
        octokit.rest.issues.listLabelsOnIssue({ owner, repo: 'bpfman', issue_number: 99 })
      )
    ).toMatchObject({
      status: 404
    })
  })

  it('merges with a real --no-ff merge commit in the bare repository', async () => {
    const before = await fixture.bareGit('rev-parse', 'main')
    const head = await fixture.bareGit('rev-parse', 'release-v0.6.1')

    const stale = await failure(
      octokit.rest.pulls.merge({ owner, repo: 'bpfman', pull_number: 1, sha: before })
    )
    expect(stale).toMatchObject({ status: 409 })

    const merged = await octokit.rest.pulls.merge({
      owner,
      repo: 'bpfman',
      pull_number: 1,
      sha: head
    })
    expect(merged.data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' })
    const sha = merged.data.sha

    expect(await fixture.bareGit('rev-parse', 'main')).toBe(sha)
    expect((await fixture.bareGit('rev-list', '--parents', '-n', '1', sha)).split(' ')).toEqual([
      sha,
      before,
      head
    ])
    expect(await fixture.bareGit('log', '-1', '--format=%s%n%n%b', sha)).toBe(
      'Merge pull request #1 from bpfman/release-v0.6.1\n\nRelease v0.6.1 (rerun)'
    )
    expect(await fixture.bareGit('log', '-1', '--format=%an <%ae> / %cn <%ce>', sha)).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> / GitHub <noreply@github.com>'
    )
    expect(await fixture.bareGit('show', `${sha}:Cargo.toml`)).toContain('0.6.1')

    const { data } = await octokit.rest.pulls.get({ owner, repo: 'bpfman', pull_number: 1 })
    expect(data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: sha })
    expect(data.merged_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    expect(
      await failure(octokit.rest.pulls.merge({ owner, repo: 'bpfman', pull_number: 1 }))
    ).toMatchObject({
      status: 405
    })
    const reopen = await failure(
      octokit.rest.pulls.update({ owner, repo: 'bpfman', pull_number: 1, state: 'open' })
    )
    expect(reopen.status).toBe(422)
  })

  it('merges a pull request from a fork (head `owner:branch`) with mergePull', async () => {
    await git(fork.work, 'pull', '--quiet', 'origin', 'main')
    const head = await fork.pushBranch('fix-docs', { 'docs/README.md': 'docs\n' })
    const pull = await octokit.rest.pulls.create({
      owner,
      repo: 'bpfman',
      head: 'bpfman-bot:fix-docs',
      base: 'main',
      title: 'Fix docs'
    })
    expect(pull.data.head).toMatchObject({
      label: 'bpfman-bot:fix-docs',
      sha: head,
      repo: { full_name: 'bpfman-bot/bpfman' }
    })
    expect(pull.data.maintainer_can_modify).toBe(true)

    const sha = await emulator.mergePull(owner, 'bpfman', pull.data.number)
    expect(await fixture.bareGit('rev-parse', 'main')).toBe(sha)
    expect(await fixture.bareGit('log', '-1', '--format=%s', sha)).toBe(
      `Merge pull request #${pull.data.number} from bpfman-bot/fix-docs`
    )
    expect(await fixture.bareGit('show', `${sha}:docs/README.md`)).toBe('docs')
    expect(await fixture.bareGit('rev-parse', `refs/pull/${pull.data.number}/head`)).toBe(head)
  })

  it('answers 405 when the merge conflicts, and leaves the base branch alone', async () => {
    await git(fixture.work, 'pull', '--quiet', 'origin', 'main')
    await fixture.pushBranch('conflict-a', { 'Cargo.toml': 'a\n' })
    await fixture.pushBranch('conflict-b', { 'Cargo.toml': 'b\n' })
    const a = await octokit.rest.pulls.create({
      owner,
      repo: 'bpfman',
      head: 'conflict-a',
      base: 'main',
      title: 'a'
    })
    const b = await octokit.rest.pulls.create({
      owner,
      repo: 'bpfman',
      head: 'conflict-b',
      base: 'main',
      title: 'b'
    })
    await octokit.rest.pulls.merge({ owner, repo: 'bpfman', pull_number: a.data.number })
    const main = await fixture.bareGit('rev-parse', 'main')
    const conflict = await failure(
      octokit.rest.pulls.merge({ owner, repo: 'bpfman', pull_number: b.data.number })
    )
    expect(conflict).toMatchObject({
      status: 405,
      data: { message: 'Pull Request is not mergeable' }
    })
    expect(await fixture.bareGit('rev-parse', 'main')).toBe(main)
    expect(emulator.state.pull(owner, 'bpfman', b.data.number)?.state).toBe('open')
  })

  it('models pull requests without git: any branch exists, merges get a stand-in sha', async () => {
    const pull = await octokit.rest.pulls.create({
      owner,
      repo: 'plain',
      head: 'topic',
      base: 'main',
      title: 'Topic'
    })
    const merged = await octokit.rest.pulls.merge({
      owner,
      repo: 'plain',
      pull_number: pull.data.number
    })
    expect(merged.data.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(emulator.state.pull(owner, 'plain', pull.data.number)).toMatchObject({
      state: 'closed',
      mergeCommitSha: merged.data.sha
    })
  })

  it('validated every response it checked against the OpenAPI description', () => {
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'pulls/create 201',
        'pulls/create 422',
        'pulls/list 200',
        'pulls/get 200',
        'pulls/update 200',
        'pulls/update 422',
        'pulls/merge 200',
        'pulls/merge 405',
        'pulls/merge 409',
        'issues/create-label 201',
        'issues/create-label 422',
        'issues/add-labels 200',
        'issues/list-labels-on-issue 200',
        'issues/list-labels-on-issue 404',
        'issues/list-labels-for-repo 200'
      ])
    )
  })
})
