// npm run bench [-- section...]: the figures of issue 14, printed (never a timed
// test: these machines are shared and noisy, so every time is compared as a ratio
// of runs measured side by side, alternately, in this one run; medians).
//
//   plan-apply  plan + apply in process on the synthetic 3,000-file tree (the first figures)
//   by-hand     the CLI's prepare --no-push --offline vs bench/prepare-by-hand.sh, and the
//               processes each starts, on a bpfman-sized and the synthetic tree
//   startup     each dist/<phase> bundle's start-up vs an ncc bundle of @actions/core alone,
//               and the CLI bundle's dry-run plan (BENCH_DIST: several builds side by side)
//   imports     what each dependency adds to the start-up of @actions/core (only when asked)
//   chain       the sandbox's release chain at two tree sizes: API calls and processes per phase
//
// BENCH_RUNS (plan-apply runs, 9), BENCH_PAIRS (by-hand pairs, 9), BENCH_ROUNDS (start-up rounds, 25).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { type ByHandResult, benchByHand } from './by-hand.js'
import { benchImports } from './imports.js'
import { benchNode } from './node.js'
import { benchPlanApply } from './plan-apply.js'
import { ProcessCounter, total } from './processes.js'
import { type ChainResult, runChain } from './sandbox-chain.js'
import { benchStartup } from './startup.js'
import { ratio, seconds, table } from './stats.js'
import { BPFMAN_TREE, SYNTHETIC_TREE, type Tree, buildTree } from './trees.js'

const SECTIONS = ['plan-apply', 'by-hand', 'startup', 'imports', 'chain']
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const PAIRS = Number(process.env.BENCH_PAIRS ?? 9)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25)
/** The sandbox chain's two sizes: filler files added to each repository. */
const CHAIN_FILLER = [500, 2900]

const out = (line = ''): void => void process.stdout.write(`${line}\n`)

function kindTable(columns: string[], maps: ReadonlyMap<string, number>[]): string {
  const kinds = [...new Set(maps.flatMap((map) => [...map.keys()]))]
  const most = (kind: string): number => Math.max(...maps.map((map) => map.get(kind) ?? 0))
  kinds.sort((a, b) => most(b) - most(a) || (a < b ? -1 : 1))
  return table([
    ['', ...columns],
    ...kinds.map((kind) => [`  ${kind}`, ...maps.map((map) => String(map.get(kind) ?? 0))]),
    ['  total', ...maps.map((map) => String(total(map)))]
  ])
}

function printProcesses(results: ByHandResult[]): void {
  out('\n## Processes started by prepare --no-push --offline (CLI) and by the script, by kind')
  const columns = results.flatMap((r) => [
    `cli ${r.tree.files} files`,
    `script ${r.tree.files} files`
  ])
  out(
    kindTable(
      columns,
      results.flatMap((r) => [r.cliKinds, r.scriptKinds])
    )
  )
  const [small, large] = results
  if (large) {
    const grows = total(large.cliKinds, 'git') > total(small.cliKinds, 'git')
    out(
      `git processes of the CLI: ${total(small.cliKinds, 'git')} on ${small.tree.files} files, ${total(large.cliKinds, 'git')} on ${large.tree.files} files -> ${grows ? 'GROWS with the tree (with the files it changes)' : 'constant'}`
    )
  }
}

function printChain(results: ChainResult[]): void {
  const sizes = results.map((r) => `${r.bpfmanFiles}/${r.operatorFiles}`)
  out(
    `\n## The sandbox chain (dist/ bundles, emulator), bpfman/operator files: ${sizes.join(' and ')}`
  )
  const rows = results[0].phases.map((phase, i) => {
    const at = results.map((r) => r.phases[i])
    const calls = at.map((p) => [...p.calls.values()].reduce((a, b) => a + b, 0))
    return [
      phase.phase,
      ...calls.map(String),
      ...at.map((p) => String(total(p.processes))),
      ...at.map((p) => String(total(p.processes, 'git'))),
      ...at.map((p) => seconds(p.ms))
    ]
  })
  out(
    table([
      [
        'phase',
        ...sizes.map((s) => `API ${s}`),
        ...sizes.map((s) => `procs ${s}`),
        ...sizes.map((s) => `git ${s}`),
        ...sizes.map((s) => `1 run ${s}`)
      ],
      ...rows
    ])
  )
  const grown = results[0].phases.filter((phase, i) =>
    results.slice(1).some((r) => {
      const sum = (m: ReadonlyMap<string, number>): number =>
        [...m.values()].reduce((a, b) => a + b, 0)
      return sum(r.phases[i].calls) > sum(phase.calls)
    })
  )
  out(
    `API calls that grow with the tree: ${grown.length === 0 ? 'none' : grown.map((p) => p.phase).join(', ')}`
  )
  out('\nAPI calls per phase by route, and processes by kind (both sizes):')
  results[0].phases.forEach((phase, i) => {
    const at = results.map((r) => r.phases[i])
    out(`\n${phase.phase}`)
    out(
      kindTable(
        sizes.map((s) => `API ${s}`),
        at.map((p) => p.calls)
      )
    )
    out(
      kindTable(
        sizes.map((s) => `procs ${s}`),
        at.map((p) => p.processes)
      )
    )
  })
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2)
  const unknown = asked.filter((section) => !SECTIONS.includes(section))
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}; one of ${SECTIONS.join(', ')}`)
  const sections = new Set(asked.length > 0 ? asked : SECTIONS.filter((s) => s !== 'imports'))
  const root = mkdtempSync(join(tmpdir(), 'release-actions-bench-'))
  const node = benchNode()
  out(
    `# release-actions bench: ${new Date().toISOString()}, node for the bundles and the CLI: ${node.version} (${node.origin})`
  )
  const counter = ProcessCounter.create(join(root, 'processes'))
  const started = performance.now()
  try {
    /** Runs a section when asked, and says how long it took (the bench's own cost). */
    const section = async (name: string, body: () => unknown): Promise<void> => {
      if (!sections.has(name)) return
      const start = performance.now()
      await body()
      out(`(${name}: ${seconds(performance.now() - start)})`)
    }
    const trees: Tree[] = []
    const needs = sections.has('plan-apply') || sections.has('by-hand')
    if (needs || sections.has('startup')) trees.push(await buildTree(root, BPFMAN_TREE))
    if (needs) trees.push(await buildTree(root, SYNTHETIC_TREE))
    await section('plan-apply', () => benchPlanApply(root, trees[1], RUNS))
    await section('by-hand', () => {
      const results = trees.map((tree) => benchByHand(root, tree, node, counter, PAIRS))
      printProcesses(results)
      out(
        `\nratio cli / script: ${results.map((r) => `${ratio(r.ratio)} on ${r.tree.files} files`).join(', ')} (goal: at most 2.00x on the bpfman-sized tree)`
      )
    })
    await section('startup', () => benchStartup(root, node, ROUNDS, trees[0]))
    await section('imports', () => benchImports(root, node, ROUNDS))
    await section('chain', async () => {
      const results: ChainResult[] = []
      for (const filler of CHAIN_FILLER) {
        results.push(
          await runChain(join(root, `chain-${filler}`), filler, counter, `chain-${filler}`)
        )
      }
      printChain(results)
    })
    out(`\nbench: ${seconds(performance.now() - started)} in all`)
  } finally {
    // Go leaves its module cache read-only: make it writable so that a non-root user can remove it.
    spawnSync('chmod', ['-R', 'u+w', root])
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
