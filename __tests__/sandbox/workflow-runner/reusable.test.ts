import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createWorld, type World } from './world.js'

const CALLED = `name: Phase
on:
  workflow_call:
    inputs:
      version: { type: string, required: true }
      dry-run: { type: boolean, default: false }
      attempts: { type: number, default: 2 }
      label: { type: string, default: 'run-\${{ github.run_id }}' }
    secrets:
      robot: { required: true }
      optional: { required: false }
    outputs:
      tag:
        description: the tag
        value: \${{ jobs.work.outputs.tag }}
      dry:
        value: \${{ jobs.work.outputs.dry }}
permissions:
  contents: read
jobs:
  work:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    outputs:
      tag: \${{ steps.t.outputs.tag }}
      dry: \${{ steps.t.outputs.dry }}
    steps:
      - id: t
        run: |
          echo "tag=v\${{ inputs.version }}" >> "$GITHUB_OUTPUT"
          echo "dry=\${{ inputs.dry-run }}-\${{ inputs.attempts }}" >> "$GITHUB_OUTPUT"
          test "\${{ secrets.robot }}" = robot-secret
          test -z "\${{ secrets.ROBOT }}\${{ secrets.optional }}" || test "\${{ secrets.ROBOT }}" = robot-secret
          test "\${{ inputs.label }}" = "run-$GITHUB_RUN_ID"
          echo "called summary" >> "$GITHUB_STEP_SUMMARY"
`

describe('reusable workflows', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ secrets: { QUAY: 'robot-secret' } })
    world.write('release-actions/.github/workflows/phase.yml', CALLED)
    world.write(
      'release-actions/.github/workflows/phase-default.yml',
      CALLED.replace(
        'version: { type: string, required: true }',
        "version: { type: string, required: true, default: '0.6.1' }"
      )
    )
    world.write('bpfman/.github/workflows/local.yml', CALLED.replace('name: Phase', 'name: Local'))
  })
  afterAll(() => world.close())

  const caller = (uses: string, extra = ''): string =>
    `name: Caller
on: workflow_dispatch
permissions: {}
concurrency:
  group: caller-\${{ github.ref_name }}
  cancel-in-progress: false
jobs:
  phase:
    permissions:
      contents: write
    uses: ${uses}
    with:
      version: '0.6.1'
      dry-run: true
    secrets:
      robot: \${{ secrets.QUAY }}
${extra}  after:
    needs: phase
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: test "\${{ needs.phase.outputs.tag }}" = v0.6.1 && test "\${{ needs.phase.outputs.dry }}" = true-2
`

  it('calls a workflow of a mapped repository with typed inputs, secrets and outputs', async () => {
    const file = world.write(
      'bpfman/.github/workflows/caller.yml',
      caller('bpfman/release-actions/.github/workflows/phase.yml@v1')
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.conclusion).toBe('success')
    expect(run.concurrency).toEqual({ group: 'caller-main', cancelInProgress: false })
    expect(run.jobs.phase.outputs).toEqual({ tag: 'v0.6.1', dry: 'true-2' })
    expect(run.jobs.phase.called?.workflow).toBe(
      'bpfman/release-actions/.github/workflows/phase.yml@v1'
    )
    expect(run.jobs.phase.called?.jobs.work.permissions).toEqual({ contents: 'write' })
    expect(run.jobs.after.result).toBe('success')
    expect(run.summary).toBe('called summary\n')
  })

  it('calls ./.github/workflows of the same repository', async () => {
    const file = world.write(
      'bpfman/.github/workflows/caller-local.yml',
      caller('./.github/workflows/local.yml')
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.jobs.phase.called?.name).toBe('Local')
  })

  it('refuses undeclared or missing inputs and secrets, wrong types, and permissions beyond the caller', async () => {
    const cases: [string, string][] = [
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          'dry-run: true',
          'dry-run: true\n      versoin: x'
        ),
        'workflow caller.yml, job phase: bpfman/release-actions/.github/workflows/phase.yml@v1 does not declare input versoin (it declares: version, dry-run, attempts, label)'
      ],
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          "version: '0.6.1'\n",
          ''
        ),
        'workflow caller.yml, job phase: Input version is required, but not provided while calling.'
      ],
      [
        // GitHub: a required input's default does not stand in for it.
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1')
          .replace("version: '0.6.1'\n", '')
          .replace('phase.yml@v1', 'phase-default.yml@v1'),
        'workflow caller.yml, job phase: Input version is required, but not provided while calling.'
      ],
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          'dry-run: true',
          'dry-run: maybe'
        ),
        'workflow caller.yml, job phase: input dry-run of bpfman/release-actions/.github/workflows/phase.yml@v1 is a boolean, got "maybe"'
      ],
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          'robot: ${{ secrets.QUAY }}',
          'token: ${{ secrets.QUAY }}'
        ),
        'workflow caller.yml, job phase: bpfman/release-actions/.github/workflows/phase.yml@v1 does not declare secret token (it declares: robot, optional)'
      ],
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          '    secrets:\n      robot: ${{ secrets.QUAY }}\n',
          ''
        ),
        'workflow caller.yml, job phase: secret robot of bpfman/release-actions/.github/workflows/phase.yml@v1 is required'
      ],
      [
        caller('bpfman/release-actions/.github/workflows/phase.yml@v1').replace(
          '      contents: write\n    uses',
          '      contents: read\n    uses'
        ),
        "workflow bpfman/release-actions/.github/workflows/phase.yml@v1 (called by caller.yml, job phase), job work: the job requests 'contents: write', but its caller allows only 'contents: read'"
      ],
      [
        caller('bpfman/release-actions/.github/workflows/nothere.yml@v1'),
        'workflow caller.yml, job phase: no workflow at bpfman/release-actions/.github/workflows/nothere.yml@v1'
      ]
    ]
    for (const [text, error] of cases) {
      const file = world.write('bpfman/.github/workflows/caller.yml', text)
      const run = await world.runner.run({
        repository: 'bpfman/bpfman',
        workflow: file,
        trigger: { event: 'workflow_dispatch' }
      })
      expect(run.conclusion).toBe('failure')
      expect(run.errors).toEqual([error])
      expect(run.jobs.after).toBeUndefined()
    }
  })
})
