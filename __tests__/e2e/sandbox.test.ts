import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ProcessResult, TSX_LOADER, runProcess } from '../../sandbox/run-action.js'
import { makeTempDir } from '../support/tmp.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

// The README's main command: the caller templates and the reusable workflows run by
// the local workflow runner for both repositories, then the rerun pass.
describe('npm run sandbox', () => {
  let temp: { dir: string; cleanup: () => void }
  let run: ProcessResult

  beforeAll(async () => {
    temp = makeTempDir('sandbox')
    run = await runProcess(process.execPath, ['--import', TSX_LOADER, `${ROOT}/sandbox/demo.ts`], {
      cwd: ROOT,
      env: { ...process.env, SANDBOX_DIR: temp.dir },
      timeoutMs: 300_000
    })
  })
  afterAll(() => temp.cleanup())

  /** The run logs kept in logs/, those whose file name starts with `prefix`, in order. */
  const logs = (prefix = ''): string =>
    readdirSync(join(temp.dir, 'logs'))
      .filter((file) => file.startsWith(prefix))
      .sort()
      .map((file) => readFileSync(join(temp.dir, 'logs', file), 'utf8'))
      .join('\n')

  it('runs the templates on their triggers, in the order GitHub would', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const runs = [
      '.github/workflows/prepare-release.yml "Prepare Release 0.6.1" (run 11000000001): success',
      '.github/workflows/tag-release.yml "Tag Release release-v0.6.1" (run 11000000002): success',
      '.github/workflows/release.yml "Publish v0.6.1" (run 11000000003): success',
      '.github/workflows/prepare-release.yml "Prepare Release 0.6.1" (run 11000000004): success',
      '.github/workflows/tag-release.yml "Tag Release release-v0.6.1" (run 11000000005): success',
      '.github/workflows/image-build.yml "Image Build v0.6.1" (run 11000000006): success'
    ]
    let at = 0
    for (const line of runs) {
      const next = run.stdout.indexOf(`\n${line}\n`, at)
      expect({ line, found: next >= 0 }).toEqual({ line, found: true })
      at = next
    }
    // The manifest travels as an artifact: each consumer says where it got it (in the run logs).
    for (const note of [
      'Release manifest of bpfman/bpfman v0.6.1 from artifact release-manifest-bpfman-bpfman-v0.6.1 (3400000001, run 11000000001)',
      'Release manifest of bpfman/bpfman v0.6.1 from artifact release-manifest-bpfman-bpfman-v0.6.1 (3400000002, run 11000000002)',
      'Release manifest of bpfman/bpfman v0.6.1 from artifact release-manifest-bpfman-bpfman-v0.6.1 (3400000003, run 11000000003)',
      'downloaded artifact release-manifest-bpfman-bpfman-operator-v0.6.1'
    ]) {
      expect(logs('1-')).toContain(note)
    }
  })

  it('ends with both releases made, once', () => {
    for (const line of [
      'pull request bpfman/bpfman#1504 closed (merged): Release v0.6.1',
      'pull request bpfman/bpfman#1505 open: Put :latest back on the dispatcher images after v0.6.1',
      'pull request bpfman/bpfman-operator#403 closed (merged): Release v0.6.1',
      'pull request k8s-operatorhub/community-operators#1 open: operator bpfman-operator (0.6.1)',
      'pull request redhat-openshift-ecosystem/community-operators-prod#1 open: operator bpfman-operator (0.6.1)',
      'pull request bpfman/bpfman-operator#404 open: Set VERSION to 0.7.0-dev',
      'release bpfman/bpfman v0.6.1 published, 20 assets',
      'release bpfman/bpfman-operator v0.6.1 published, 0 assets',
      'dispatch bpfman/bpfman release.yml {"tag":"v0.6.1"}',
      'dispatch bpfman/bpfman-operator prepare-release.yml {"version":"0.6.1"}',
      'dispatch bpfman/bpfman-operator image-build.yml {"tag":"v0.6.1"}',
      'tags of bpfman: v0.4.1.rc1 v0.5.5 v0.5.6 v0.6.0 v0.6.1',
      'tags of bpfman-operator: v0.5.6 v0.6.0 v0.6.1'
    ]) {
      expect(run.stdout).toContain(`\n${line}\n`)
    }
    expect(run.stdout.match(/^pull request /gm)).toHaveLength(6)
    expect(run.stdout.match(/^dispatch /gm)).toHaveLength(3)
  })

  it('announces the rerun pass, reruns every workflow, both prepares included, and changes nothing', () => {
    const pass = run.stdout.indexOf('RERUN PASS: every workflow of the chain runs again')
    expect(pass).toBeGreaterThan(run.stdout.indexOf('Image Build v0.6.1'))
    const rerun = run.stdout.slice(pass)
    for (const title of [
      'rerun: bpfman Prepare Release',
      'rerun: bpfman Tag Release',
      'rerun: bpfman Release on v0.6.1',
      'rerun: bpfman-operator Prepare Release',
      'rerun: bpfman-operator Tag Release',
      'rerun: bpfman-operator Image Build v0.6.1'
    ]) {
      expect(rerun).toContain(`\n${title}`)
    }
    expect(rerun.match(/refused, as it must be: tag v0\.6\.1 already exists/g)).toHaveLength(2)
    const rerunLogs = logs('2-rerun-')
    expect(rerunLogs).toMatch(/unchanged dispatch release\.yml on v0\.6\.1/)
    expect(rerunLogs).toMatch(/unchanged dispatch prepare-release\.yml in bpfman\/bpfman-operator/)
    expect(rerunLogs).toMatch(/unchanged dispatch image-build\.yml on v0\.6\.1/)
    expect(rerun).toContain(
      'nothing changed: no second pull request, tag, release, asset, image tag or dispatch'
    )
  })

  it('keeps every job summary under summaries/, one file per workflow, job and run, and says where', () => {
    const dir = join(temp.dir, 'summaries')
    expect(run.stdout).toContain(`\njob summaries: ${dir}\n`)
    const files = readdirSync(dir).sort()
    expect(files).toEqual(
      expect.arrayContaining([
        '1-01-bpfman-prepare-release-prepare-run11000000001.md',
        '1-02-bpfman-tag-release-tag-run11000000002.md',
        '1-03-bpfman-release-build-run11000000003.md',
        '1-03-bpfman-post-release-post-run11000000003.md',
        '1-04-bpfman-operator-operator-prepare-prepare-run11000000004.md',
        '1-05-bpfman-operator-tag-release-tag-run11000000005.md',
        '1-05-bpfman-operator-operator-catalogs-catalogs-run11000000005.md',
        '1-05-bpfman-operator-operator-next-dev-next-dev-run11000000005.md',
        '2-rerun-01-bpfman-prepare-release-prepare-run11000000007.md',
        '2-rerun-03-bpfman-post-release-post-run11000000003.md'
      ])
    )
    expect(files.filter((f) => f.startsWith('2-rerun-'))).toHaveLength(9)
    const prepare = readFileSync(
      join(dir, '1-01-bpfman-prepare-release-prepare-run11000000001.md'),
      'utf8'
    )
    expect(prepare).toContain('0.6.1')
    const refused = readFileSync(
      join(dir, '2-rerun-01-bpfman-prepare-release-prepare-run11000000007.md'),
      'utf8'
    )
    expect(refused).toContain('tag v0.6.1 already exists')
  })

  it('prints a line per run and job with its time, keeps the logs in files, and writes the end state and the status', () => {
    // The short form: no runner log on stdout, a few hundred lines at most.
    expect(run.stdout).not.toContain('\n  | ')
    expect(run.stdout.split('\n').length).toBeLessThan(250)
    const jobs = run.stdout.match(/^ {2}job [\w-]+: \w+ \d+\.\ds$/gm) ?? []
    expect(jobs.length).toBeGreaterThan(10)
    expect(readdirSync(join(temp.dir, 'logs')).length).toBeGreaterThanOrEqual(12)
    const end = JSON.parse(readFileSync(join(temp.dir, 'end-state.json'), 'utf8'))
    expect(Object.keys(end).sort()).toEqual(['docs', 'images', 'pulls', 'releases', 'runs'])
    expect(end.releases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ repository: 'bpfman/bpfman', tag: 'v0.6.1', draft: false }),
        expect.objectContaining({ repository: 'bpfman/bpfman-operator', tag: 'v0.6.1' })
      ])
    )
    expect(end.releases.filter((r: { tag: string }) => r.tag === 'v0.6.1')).toHaveLength(2)
    expect(end.runs).toEqual(
      expect.arrayContaining([
        {
          repository: 'bpfman/bpfman',
          workflow: 'tag-release.yml',
          event: 'pull_request',
          ref: expect.any(String),
          conclusion: 'success'
        }
      ])
    )
    expect(end.images.map((image: { name: string }) => image.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/bpfman\/xdp-dispatcher$/)])
    )
    expect(end.pulls).toHaveLength(6)
    const status = JSON.parse(readFileSync(join(temp.dir, 'status.json'), 'utf8'))
    const rows = Array.isArray(status) ? status : status.rows
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows)
      expect(['done', 'in progress', 'missing', 'failed']).toContain(row.state)
    expect(run.stdout).toMatch(/\nstatus: exit [0-3]; /)
  })
})
