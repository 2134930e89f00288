import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { combinationLabel, expandMatrix } from '../../../sandbox/workflow-runner/matrix.js'
import { createWorld, type World } from './world.js'

describe('a matrix expands as GitHub documents it', () => {
  it('is the product of its lists, in order', () => {
    expect(expandMatrix({ os: ['a', 'b'], node: [1, 2] })).toEqual([
      { os: 'a', node: 1 },
      { os: 'a', node: 2 },
      { os: 'b', node: 1 },
      { os: 'b', node: 2 }
    ])
  })

  it('drops what an exclude matches, even partly; an include extends what it does not change', () => {
    // GitHub's own example ("Expanding or adding matrix configurations").
    const matrix = {
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' }
      ]
    }
    expect(expandMatrix(matrix)).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' }
    ])
    expect(
      expandMatrix({ os: ['a', 'b'], v: [1, 2], exclude: [{ os: 'a' }, { os: 'b', v: 2 }] })
    ).toEqual([{ os: 'b', v: 1 }])
  })

  it('takes mappings as values, and names a leg by their one-line values', () => {
    const image = { repository: 'bpfman-bytecode', image: 'xdp_pass', tags: 'a\nb' }
    expect(expandMatrix({ image: [image] })).toEqual([{ image }])
    expect(combinationLabel({ image })).toBe('bpfman-bytecode, xdp_pass')
  })

  it('refuses an empty list', () => {
    expect(() => expandMatrix({ os: [] })).toThrow("Matrix vector 'os' does not contain any values")
  })
})

describe('the runner runs a matrix job once per combination', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld()
  })
  afterAll(() => world.close())

  const workflow = (failFast: boolean): string => `name: Matrix
on: workflow_dispatch
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: ${failFast}
      max-parallel: 1
      matrix:
        image:
          - { repository: bpfman, image: one }
          - { repository: bpfman, image: two }
          - { repository: bpfman, image: three }
    outputs:
      last: \${{ steps.say.outputs.image }}
    steps:
      - id: say
        env:
          IMAGE: \${{ matrix.image.repository }}/\${{ matrix.image.image }}
        run: |
          echo "$IMAGE \${{ strategy.job-index }}/\${{ strategy.job-total }}"
          echo "image=$IMAGE" >> "$GITHUB_OUTPUT"
          test "$IMAGE" != bpfman/two
  after:
    needs: build
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "build \${{ needs.build.result }}"
`

  it('gives each leg its matrix; one failed leg fails the job; fail-fast off runs them all', async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: world.write('bpfman/.github/workflows/matrix.yml', workflow(false)),
      trigger: { event: 'workflow_dispatch' }
    })
    const build = run.jobs.build
    expect(build.legs!.map((leg) => [leg.name, leg.result, leg.steps[0].stdout.trim()])).toEqual([
      ['build (bpfman, one)', 'success', 'bpfman/one 0/3'],
      ['build (bpfman, two)', 'failure', 'bpfman/two 1/3'],
      ['build (bpfman, three)', 'success', 'bpfman/three 2/3']
    ])
    expect(build.result).toBe('failure')
    expect(build.outputs.last).toBe('bpfman/three')
    expect(run.jobs.after.steps[0].stdout.trim()).toBe('build failure')
    expect(run.conclusion).toBe('failure')
    expect(run.errors).toEqual([expect.stringContaining('job build (bpfman, two), step 1 (say: ')])
  })

  it('with fail-fast, a failed leg keeps the legs not started yet from starting', async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: world.write('bpfman/.github/workflows/matrix-fast.yml', workflow(true)),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.jobs.build.legs!.map((leg) => leg.result)).toEqual(['success', 'failure'])
    expect(run.jobs.build.result).toBe('failure')
    expect(run.log).toContain(
      'workflow matrix-fast.yml, job build: 1 of 3 legs cancelled (fail-fast)'
    )
  })

  it("takes a matrix from an expression, and a name: that uses matrix is the leg's name", async () => {
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: world.write(
        'bpfman/.github/workflows/matrix-json.yml',
        `name: Matrix from JSON
on: workflow_dispatch
permissions:
  contents: read
jobs:
  kinds:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.list.outputs.matrix }}
    steps:
      - id: list
        run: echo 'matrix={"kind":["xdp","tc"],"include":[{"kind":"tc","extra":"yes"}]}' >> "$GITHUB_OUTPUT"
  build:
    needs: kinds
    name: Build \${{ matrix.kind }}
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.kinds.outputs.matrix) }}
    steps:
      - run: echo "\${{ matrix.kind }} \${{ matrix.extra }}"
`
      ),
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.conclusion).toBe('success')
    expect(
      run.jobs.build.legs!.map((leg) => [leg.name, leg.steps[0].stdout.trim(), leg.matrix])
    ).toEqual([
      ['Build xdp', 'xdp', { kind: 'xdp' }],
      ['Build tc', 'tc yes', { kind: 'tc', extra: 'yes' }]
    ])
  })
})
