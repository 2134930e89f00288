import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createWorld, type World } from './world.js'

/** success() and failure() as GitHub answers them for jobs, and if: read from the parser's tree. */
describe('job conditions', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld()
  })
  afterAll(() => world.close())

  it('success() and failure() look at every ancestor, and a called workflow at its caller job', async () => {
    world.write(
      'bpfman/.github/workflows/called.yml',
      `on: workflow_call
permissions: { contents: read }
jobs:
  plain:
    runs-on: ubuntu-latest
    steps:
      - run: echo plain
  guarded:
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo guarded
`
    )
    const file = world.write(
      'bpfman/.github/workflows/ancestors.yml',
      `on: workflow_dispatch
permissions: { contents: read }
jobs:
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
  middle:
    needs: broken
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo middle
  last:
    needs: middle
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo last
  quoted:
    needs: middle
    if: github.event_name != 'failure()'
    runs-on: ubuntu-latest
    steps:
      - run: echo quoted
  call:
    needs: middle
    if: always()
    uses: ./.github/workflows/called.yml
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    const results = Object.fromEntries(
      Object.entries(run.jobs).map(([id, job]) => [id, job.result])
    )
    expect(results).toEqual({
      broken: 'failure',
      middle: 'success',
      // failure() sees broken, two jobs up.
      last: 'success',
      // A status function inside a string is no status function: success() && (...), false.
      quoted: 'skipped',
      call: 'success'
    })
    const called = run.jobs.call.called!
    expect(called.jobs.plain.result).toBe('skipped')
    expect(called.jobs.guarded.result).toBe('success')
  })
})

describe('before the first job, and after the last step', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ secrets: { ROBOT: 'robot-s3cret' } })
  })
  afterAll(() => world.close())

  it('refuses a run whose called workflow asks for more than its caller, before any job runs', async () => {
    world.write(
      'bpfman/.github/workflows/greedy.yml',
      `on: workflow_call
permissions: {}
jobs:
  write:
    permissions: { contents: write }
    runs-on: ubuntu-latest
    steps:
      - run: echo write
`
    )
    const file = world.write(
      'bpfman/.github/workflows/caller.yml',
      `on: workflow_dispatch
permissions: { contents: read }
jobs:
  first:
    runs-on: ubuntu-latest
    steps:
      - run: echo first
  later:
    needs: first
    uses: ./.github/workflows/greedy.yml
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.conclusion).toBe('failure')
    expect(run.jobs).toEqual({})
    expect(run.errors).toEqual([
      expect.stringContaining(
        "job write: the job requests 'contents: write', but its caller allows only 'contents: read'"
      )
    ])
  })

  it('drops a job output that holds a secret', async () => {
    const file = world.write(
      'bpfman/.github/workflows/leak.yml',
      `on: workflow_dispatch
permissions: { contents: read }
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      leak: token-\${{ secrets.ROBOT }}
      fine: \${{ steps.s.outputs.x }}
    steps:
      - id: s
        run: echo "x=plain" >> "$GITHUB_OUTPUT"
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.jobs.a.outputs).toEqual({ fine: 'plain' })
    expect(run.log).toContain(
      "workflow leak.yml, job a: Skip output 'leak' since it may contain secret."
    )
  })
})
