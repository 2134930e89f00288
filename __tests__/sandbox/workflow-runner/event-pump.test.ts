import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { type Unstarted, runUntilQuiet } from '../../../sandbox/workflow-runner/index.js'
import { TOKEN, createWorld, type World } from './world.js'

// A job that dispatches another workflow and waits for its run to complete:
// what the release chain's jobs do with the tag's runs.
const WAITER = `name: Waiter
on: workflow_dispatch
permissions:
  actions: write
jobs:
  wait:
    runs-on: ubuntu-latest
    steps:
      - env:
          TOKEN: \${{ github.token }}
        run: |
          node --input-type=module <<'EOF'
          const api = process.env.GITHUB_API_URL + '/repos/bpfman/bpfman/actions/workflows/other.yml'
          const headers = { authorization: 'Bearer ' + process.env.TOKEN, 'content-type': 'application/json' }
          const post = await fetch(api + '/dispatches', { method: 'POST', headers, body: JSON.stringify({ ref: 'main' }) })
          if (post.status !== 204) throw new Error('dispatch: ' + post.status)
          for (let i = 0; i < 150; i++) {
            const { workflow_runs: runs } = await (await fetch(api + '/runs', { headers })).json()
            if (runs.some((run) => run.status === 'completed' && run.conclusion === 'success')) {
              console.log('other.yml completed')
              process.exit(0)
            }
            await new Promise((done) => setTimeout(done, 100))
          }
          throw new Error('other.yml did not complete')
          EOF
`
const OTHER = `name: Other
on: workflow_dispatch
permissions:
  contents: read
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: sleep 0.3 && echo done
`

describe('the event pump runs what events start at the same time, as GitHub does', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld()
    await world.repo.commit('workflows', {
      '.github/workflows/waiter.yml': WAITER,
      '.github/workflows/other.yml': OTHER
    })
    await world.repo.push('main')
  })
  afterAll(() => world.close())

  it('starts the run of a dispatch a running job makes, and the job sees it complete', async () => {
    await getOctokit(TOKEN, { baseUrl: world.emulator.url }).rest.actions.createWorkflowDispatch({
      owner: 'bpfman',
      repo: 'bpfman',
      workflow_id: 'waiter.yml',
      ref: 'main'
    })
    const unstarted: Unstarted[] = []
    const runs = await runUntilQuiet([world.runner], {
      pollMs: 100,
      onUnstarted: (entry) => unstarted.push(entry)
    })
    expect(runs.map((run) => [run.workflow, run.conclusion])).toEqual([
      ['.github/workflows/other.yml', 'success'],
      ['.github/workflows/waiter.yml', 'success']
    ])
    expect(runs[1].jobs.wait.steps[0].stdout).toContain('other.yml completed')
    expect(unstarted).toEqual([])
    expect(await runUntilQuiet([world.runner])).toEqual([])
  })
})
