import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { type ProcessResult, TSX_LOADER, runProcess } from '../../sandbox/run-action.js'
import { makeTempDir } from '../support/tmp.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

// The README's main command: a release of both repositories with the committed
// bundles, then a rerun of every phase that must change nothing.
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

  it('releases bpfman and bpfman-operator end to end', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    for (const line of [
      'pull request bpfman/bpfman#1504 closed (merged): Release v0.6.1',
      'pull request bpfman/bpfman#1505 open: Put :latest back on the dispatcher images after v0.6.1',
      'pull request bpfman/bpfman-operator#403 closed (merged): Release v0.6.1',
      'pull request k8s-operatorhub/community-operators#1 open: operator bpfman-operator (0.6.1)',
      'pull request redhat-openshift-ecosystem/community-operators-prod#1 open: operator bpfman-operator (0.6.1)',
      'pull request bpfman/bpfman-operator#404 open: Set VERSION to 0.6.2-dev',
      'release bpfman/bpfman v0.6.1 published, 20 assets',
      'release bpfman/bpfman-operator v0.6.1 published, 0 assets',
      'dispatch bpfman/bpfman release.yml {"tag":"v0.6.1"}',
      'dispatch bpfman/bpfman-operator prepare-release.yml {"version":"0.6.1"}',
      'tags of bpfman: v0.4.1.rc1 v0.5.5 v0.5.6 v0.6.0 v0.6.1',
      'tags of bpfman-operator: v0.5.6 v0.6.0 v0.6.1'
    ]) {
      expect(run.stdout).toContain(`\n${line}\n`)
    }
  })

  it('reruns every phase after the merges without changing anything', () => {
    expect(run.stdout).toContain(
      'nothing changed: no second pull request, tag, release, asset or dispatch'
    )
    expect(run.stdout).toMatch(/unchanged dispatch release\.yml on v0\.6\.1/)
  })
})
