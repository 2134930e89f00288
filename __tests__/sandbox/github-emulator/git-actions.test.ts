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
const repo = 'bpfman'

const RELEASE_WORKFLOW = `name: Publish release
run-name: Publish \${{ inputs.version }} (\${{ github.ref_name }})
on:
  push:
    tags: ['v*']
  workflow_dispatch:
    inputs:
      version:
        description: the version
        required: true
      dry-run:
        type: boolean
        default: false
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: echo publish
`

describe('GitHub emulator: git data and actions', () => {
  let emulator: GitHubEmulator
  let octokit: Octokit
  let fixture: GitFixture
  let first: string
  let second: string

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: 'test-token' })
    octokit = validatingOctokit(emulator.url)
    fixture = await GitFixture.create('bpfman')
    first = await fixture.commit('initial', {
      'README.md': 'bpfman\n',
      '.github/workflows/release.yml': RELEASE_WORKFLOW,
      '.github/workflows/ci.yml': 'name: CI\non: [push, pull_request]\njobs: {}\n',
      '.github/workflows/publish.yml':
        "name: Publish\nrun-name: Publish ${{ inputs.tag || github.ref_name }}${{ inputs.note || '' }}\non:\n  workflow_dispatch:\n    inputs:\n      tag: {}\n      note: {}\njobs: {}\n"
    })
    second = await fixture.commit('second', { 'README.md': 'bpfman 2\n' })
    await git(fixture.work, 'tag', 'v0.6.0', first)
    await git(
      fixture.work,
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'tag',
      '-a',
      '-m',
      'annotated',
      'v0.6.1',
      second
    )
    await fixture.push('main', '--tags')
    await fixture.pushBranch('release-v0.6.2', { 'README.md': 'bpfman 3\n' })
    emulator.addRepo({ owner, name: repo, gitDir: fixture.bare })
    emulator.addRepo({ owner, name: 'no-git', workflows: ['release.yml'] })
  })

  afterAll(async () => {
    await emulator.close()
    await fixture.remove()
  })

  describe('git refs, commits and comparisons', () => {
    it('gets a ref: branches and lightweight tags point at commits, annotated tags at tag objects', async () => {
      const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
      expect(main.data).toMatchObject({
        ref: 'refs/heads/main',
        object: { type: 'commit', sha: second }
      })
      const light = await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v0.6.0' })
      expect(light.data.object).toMatchObject({ type: 'commit', sha: first })
      const annotated = await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v0.6.1' })
      expect(annotated.data.object.type).toBe('tag')
      expect(annotated.data.object.sha).toBe(await fixture.bareGit('rev-parse', 'refs/tags/v0.6.1'))

      expect(
        await failure(octokit.rest.git.getRef({ owner, repo, ref: 'tags/v0.6' }))
      ).toMatchObject({ status: 404 })
      const raw = await fetch(`${emulator.url}/repos/${owner}/${repo}/git/ref/tags/v0.6.0`, {
        headers: { authorization: 'token test-token' }
      })
      expect(((await raw.json()) as { ref: string }).ref).toBe('refs/tags/v0.6.0')
    })

    it('lists refs matching a prefix (a plain string prefix, like GitHub)', async () => {
      const tags = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v0.6' })
      expect(tags.data.map((ref) => ref.ref)).toEqual(['refs/tags/v0.6.0', 'refs/tags/v0.6.1'])
      const none = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v9' })
      expect(none.data).toEqual([])
      const heads = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/' })
      expect(heads.data.map((ref) => ref.ref)).toEqual([
        'refs/heads/main',
        'refs/heads/release-v0.6.2'
      ])
    })

    it('gets a commit by branch, tag or sha', async () => {
      const byTag = await octokit.rest.repos.getCommit({ owner, repo, ref: 'v0.6.1' })
      expect(byTag.data).toMatchObject({
        sha: second,
        html_url: `https://github.com/bpfman/bpfman/commit/${second}`,
        commit: { message: 'second', author: { name: 'Dev Eloper', email: 'dev@example.com' } },
        parents: [{ sha: first }]
      })
      expect(
        (await octokit.rest.repos.getCommit({ owner, repo, ref: first })).data.parents
      ).toEqual([])
      expect(
        await failure(octokit.rest.repos.getCommit({ owner, repo, ref: 'nope' }))
      ).toMatchObject({
        status: 422,
        data: { message: 'No commit found for SHA: nope' }
      })
    })

    it('compares with git: ahead, behind, identical and diverged', async () => {
      const ahead = await octokit.rest.repos.compareCommits({
        owner,
        repo,
        base: 'v0.6.0',
        head: 'main'
      })
      expect(ahead.data).toMatchObject({
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1
      })
      expect(ahead.data.commits.map((commit) => commit.sha)).toEqual([second])
      expect(ahead.data.merge_base_commit.sha).toBe(first)

      const behind = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: 'main...v0.6.0'
      })
      expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 1 })
      const same = await octokit.rest.repos.compareCommits({
        owner,
        repo,
        base: 'v0.6.1',
        head: second
      })
      expect(same.data).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0 })

      await fixture.commit('on main', { 'main.txt': 'x\n' })
      await fixture.push('main')
      const diverged = await octokit.rest.repos.compareCommits({
        owner,
        repo,
        base: 'main',
        head: 'release-v0.6.2'
      })
      expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1 })
      expect(
        await failure(
          octokit.rest.repos.compareCommits({ owner, repo, base: 'main', head: 'gone' })
        )
      ).toMatchObject({
        status: 404
      })
    })

    it('answers 409 "Git Repository is empty." for a repository without gitDir', async () => {
      expect(
        await failure(octokit.rest.git.getRef({ owner, repo: 'no-git', ref: 'heads/main' }))
      ).toMatchObject({
        status: 409,
        data: { message: 'Git Repository is empty.' }
      })
    })
  })

  describe('workflow dispatch and runs', () => {
    let runId: number

    it('expands run-name expressions with || as GitHub does: the first non-empty operand', async () => {
      const title = async (inputs: Record<string, string>): Promise<string> => {
        const { data } = await octokit.rest.actions.createWorkflowDispatch({
          owner,
          repo,
          workflow_id: 'publish.yml',
          ref: 'v0.6.0',
          inputs,
          return_run_details: true
        } as Parameters<typeof octokit.rest.actions.createWorkflowDispatch>[0])
        const runId = (data as unknown as { workflow_run_id: number }).workflow_run_id
        return (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data
          .display_title
      }
      expect(await title({ tag: 'v0.6.1' })).toBe('Publish v0.6.1')
      expect(await title({})).toBe('Publish v0.6.0')
      expect(await title({ tag: 'v0.6.1', note: ' (again)' })).toBe('Publish v0.6.1 (again)')
      emulator.state.dispatches.length = 0
      emulator.state.workflowRuns.length = 0
    })

    it('knows a workflow from its file on the default branch before its first run', async () => {
      const runs = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: 'ci.yml'
      })
      expect(runs.data).toEqual({ total_count: 0, workflow_runs: [] })
      expect(
        await failure(
          octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'missing.yml' })
        )
      ).toMatchObject({ status: 404 })
    })

    it('records a dispatch as a queued workflow_dispatch run with the inputs and run-name', async () => {
      const response = await octokit.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: 'release.yml',
        ref: 'v0.6.1',
        inputs: { version: '0.6.1' }
      })
      expect(response.status).toBe(204)
      expect(emulator.state.dispatches).toEqual([
        expect.objectContaining({
          repoKey: 'bpfman/bpfman',
          workflow: 'release.yml',
          ref: 'v0.6.1',
          inputs: { version: '0.6.1' }
        })
      ])
      runId = emulator.state.dispatches[0].runId
      const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })
      expect(run.data).toMatchObject({
        event: 'workflow_dispatch',
        status: 'queued',
        conclusion: null,
        name: 'Publish release',
        display_title: 'Publish 0.6.1 (v0.6.1)',
        head_branch: 'v0.6.1',
        head_sha: second,
        path: '.github/workflows/release.yml',
        run_number: 1,
        head_commit: { id: second, message: 'second' }
      })
    })

    it('refuses what GitHub refuses: unknown inputs, missing required inputs, an unknown ref or workflow, no dispatch trigger', async () => {
      const dispatch = (workflow_id: string, ref: string, inputs: Record<string, unknown>) =>
        failure(
          octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref, inputs })
        )
      expect(await dispatch('release.yml', 'main', { version: '1', extra: 'x' })).toMatchObject({
        status: 422,
        data: { message: 'Unexpected inputs provided: ["extra"]' }
      })
      expect(await dispatch('release.yml', 'main', {})).toMatchObject({
        status: 422,
        data: { message: "Required input 'version' not provided" }
      })
      expect(await dispatch('release.yml', 'v9.9.9', { version: '1' })).toMatchObject({
        status: 422,
        data: { message: 'No ref found for: v9.9.9' }
      })
      expect(await dispatch('missing.yml', 'main', {})).toMatchObject({ status: 404 })
      expect(await dispatch('ci.yml', 'main', {})).toMatchObject({
        status: 422,
        data: { message: "Workflow does not have 'workflow_dispatch' trigger" }
      })
      expect(emulator.state.dispatches).toHaveLength(1)
    })

    it('returns the run id when asked (return_run_details)', async () => {
      const response = await octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        {
          owner,
          repo,
          workflow_id: 'release.yml',
          ref: 'main',
          inputs: { version: '0.6.2', 'dry-run': true },
          return_run_details: true
        }
      )
      expect(response.status).toBe(200)
      const details = response.data as unknown as { workflow_run_id: number; html_url: string }
      expect(emulator.state.run(details.workflow_run_id)?.inputs).toEqual({
        version: '0.6.2',
        'dry-run': true
      })
      expect(details.html_url).toBe(
        `https://github.com/bpfman/bpfman/actions/runs/${details.workflow_run_id}`
      )
    })

    it('lists runs newest first, filtered by event, status, conclusion, branch and head_sha', async () => {
      const push = emulator.state.addWorkflowRun(owner, repo, {
        workflow: 'release.yml',
        event: 'push',
        headBranch: 'v0.6.1',
        headSha: second
      })
      const list = (query: Record<string, string> = {}) =>
        octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'release.yml', ...query })

      const all = await list()
      expect(all.data.total_count).toBe(3)
      expect(all.data.workflow_runs[0].id).toBe(push.id)
      expect((await list({ event: 'workflow_dispatch' })).data.total_count).toBe(2)
      expect((await list({ branch: 'v0.6.1' })).data.workflow_runs.map((run) => run.id)).toEqual([
        push.id,
        runId
      ])
      expect(
        (await list({ head_sha: second, event: 'push' })).data.workflow_runs.map((run) => run.id)
      ).toEqual([push.id])

      emulator.state.setRunStatus(runId, 'in_progress')
      expect(
        (await list({ status: 'in_progress' })).data.workflow_runs.map((run) => run.id)
      ).toEqual([runId])
      emulator.state.setRunStatus(runId, 'completed', 'failure')
      expect((await list({ status: 'failure' })).data.workflow_runs.map((run) => run.id)).toEqual([
        runId
      ])
      expect((await list({ status: 'completed' })).data.total_count).toBe(1)
      const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })
      expect(run.data).toMatchObject({ status: 'completed', conclusion: 'failure' })

      const byId = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: run.data.workflow_id
      })
      expect(byId.data.total_count).toBe(3)
      expect(
        await failure(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 1 }))
      ).toMatchObject({ status: 404 })
    })

    it("lists the repository's runs of every workflow, by tag or head_sha", async () => {
      const push = emulator.state.addWorkflowRun(owner, repo, {
        workflow: 'image-build.yml',
        event: 'push',
        headBranch: 'v0.6.9',
        headSha: second
      })
      const list = (query: Record<string, string> = {}) =>
        octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, ...query })
      const byTag = await list({ branch: 'v0.6.9' })
      expect(byTag.data.workflow_runs.map((run) => [run.id, run.path])).toEqual([
        [push.id, '.github/workflows/image-build.yml']
      ])
      const bySha = await list({ head_sha: second })
      expect(bySha.data.workflow_runs.map((run) => run.path)).toContain(
        '.github/workflows/release.yml'
      )
    })

    it('pages the runs with a link header that octokit.paginate follows', async () => {
      for (let i = 0; i < 4; i++)
        emulator.state.addWorkflowRun(owner, repo, { workflow: 'release.yml' })
      const page = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: 'release.yml',
        per_page: 2
      })
      expect(page.data.workflow_runs).toHaveLength(2)
      expect(page.headers.link).toContain('rel="next"')
      const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
        owner,
        repo,
        workflow_id: 'release.yml',
        per_page: 2
      })
      expect(runs).toHaveLength(7)
    })

    it('accepts dispatches of declared workflows in a repository without gitDir', async () => {
      await octokit.rest.actions.createWorkflowDispatch({
        owner,
        repo: 'no-git',
        workflow_id: 'release.yml',
        ref: 'main',
        inputs: { any: 'thing' }
      })
      const runs = await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo: 'no-git',
        workflow_id: 'release.yml'
      })
      expect(runs.data.workflow_runs[0]).toMatchObject({
        event: 'workflow_dispatch',
        head_branch: 'main',
        head_commit: null
      })
    })
  })

  it('validated every response it checked against the OpenAPI description', () => {
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'actions/list-workflow-runs-for-repo 200',
        'git/get-ref 200',
        'git/get-ref 404',
        'git/get-ref 409',
        'git/list-matching-refs 200',
        'repos/get-commit 200',
        'repos/get-commit 422',
        'repos/compare-commits 200',
        'repos/compare-commits 404',
        'actions/create-workflow-dispatch 204',
        'actions/create-workflow-dispatch 200',
        'actions/list-workflow-runs 200',
        'actions/get-workflow-run 200'
      ])
    )
  })
})
