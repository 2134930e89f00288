// npm run bench: plan + apply of prepare-release (lockfile: workspace, --no-push,
// offline changelog: no network, no cargo) on a synthetic tree the size of bpfman.
// Prints the median and spread over several runs; the target is at most 1.0 s.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { applyPlan } from '../src/release/plan.js'
import { planPrepare } from '../src/phases/prepare-release/plan.js'
import { createBpfmanFixture } from '../sandbox/fixtures/bpfman.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const RELEASES = ['0.4.0', '0.4.1', '0.4.2', '0.5.0', '0.5.1', '0.5.2', '0.5.3', '0.5.4']
const EXAMPLES = [
  'go-app-counter',
  'go-kprobe-counter',
  'go-target',
  'go-tc-counter',
  'go-tcx-counter',
  'go-tracepoint-counter',
  'go-uprobe-counter',
  'go-uretprobe-counter',
  'go-xdp-counter',
  'go-xdp-counter-sharing-map'
]

const root = mkdtempSync(join(tmpdir(), 'release-actions-bench-'))
try {
  const fixture = await createBpfmanFixture(root, {
    releases: RELEASES,
    examples: EXAMPLES,
    fillerFiles: 2700
  })
  const files = execFileSync('git', ['ls-files'], { cwd: fixture.workDir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  console.log(
    `tree: ${files.length} files, ${RELEASES.length} releases, ${EXAMPLES.length} example folders per release`
  )

  const timings: { plan: number; apply: number; total: number }[] = []
  for (let run = 0; run < RUNS; run++) {
    execFileSync('git', ['update-ref', '-d', 'refs/heads/release-v0.5.5'], { cwd: fixture.workDir })
    const start = performance.now()
    const prepared = await planPrepare({
      repoDir: fixture.workDir,
      version: '0.5.5',
      base: 'main',
      repository: 'bpfman/bpfman',
      lockfile: 'workspace',
      offline: true,
      remote: undefined,
      github: undefined,
      dryRun: false
    })
    const planned = performance.now()
    await applyPlan(prepared.plan)
    const end = performance.now()
    timings.push({ plan: planned - start, apply: end - planned, total: end - start })
    if (run === 0)
      console.log(
        `plan: ${prepared.plan.files.length} file edits, ${prepared.plan.notes.length} notes`
      )
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const fmt = (ms: number): string => `${(ms / 1000).toFixed(3)} s`
  const totals = timings.map((t) => t.total)
  console.log(`runs: ${RUNS} (the first one included: it is the cold start)`)
  console.log(`plan   median ${fmt(median(timings.map((t) => t.plan)))}`)
  console.log(`apply  median ${fmt(median(timings.map((t) => t.apply)))}`)
  console.log(
    `total  median ${fmt(median(totals))}  min ${fmt(Math.min(...totals))}  max ${fmt(Math.max(...totals))}`
  )
  console.log(`target: at most 1.000 s -> ${median(totals) <= 1000 ? 'met' : 'NOT met'}`)
} finally {
  rmSync(root, { recursive: true, force: true })
}
