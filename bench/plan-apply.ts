// The figures of the first benchmark, kept: plan + apply of prepare-release in
// process (lockfile: workspace, no push, offline changelog) on the synthetic
// 3,000-file tree; the target is at most 1.0 s.
import { execFileSync } from 'node:child_process'
import { parseVersion } from '../src/release/version.js'
import { performance } from 'node:perf_hooks'
import { planPrepare } from '../src/phases/prepare-release/plan.js'
import { applyPlan } from '../src/release/plan.js'
import { median, seconds } from './stats.js'
import { type Tree, freshCopy, removeCopy } from './trees.js'

export interface PlanApplyResult {
  plan: number
  apply: number
  total: number
}

export async function benchPlanApply(
  root: string,
  tree: Tree,
  runs: number
): Promise<PlanApplyResult> {
  const dir = freshCopy(root, tree)
  const branch = `refs/heads/release-v${tree.spec.version}`
  const timings: PlanApplyResult[] = []
  let edits = 0
  try {
    for (let run = 0; run < runs; run++) {
      execFileSync('git', ['update-ref', '-d', branch], { cwd: dir })
      const start = performance.now()
      const prepared = await planPrepare({
        repoDir: dir,
        version: parseVersion(tree.spec.version),
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
      edits = prepared.plan.files.length
    }
  } finally {
    removeCopy(dir)
  }
  const result = {
    plan: median(timings.map((t) => t.plan)),
    apply: median(timings.map((t) => t.apply)),
    total: median(timings.map((t) => t.total))
  }
  const totals = timings.map((t) => t.total)
  const out = (line = ''): void => void process.stdout.write(`${line}\n`)
  out(
    `\n## plan + apply in process (the first benchmark): ${tree.spec.name} tree, ${tree.files} files, ${edits} file edits`
  )
  out(`runs: ${runs} (the first one included: it is the cold start)`)
  out(`plan   median ${seconds(result.plan)}`)
  out(`apply  median ${seconds(result.apply)}`)
  out(
    `total  median ${seconds(result.total)}  min ${seconds(Math.min(...totals))}  max ${seconds(Math.max(...totals))}`
  )
  out(`target: at most 1.000 s -> ${result.total <= 1000 ? 'met' : 'NOT met'}`)
  return result
}
