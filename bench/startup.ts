// Bundle start-up: each dist/<phase>/index.js run with no inputs, as a runner
// starts it, against an ncc bundle of @actions/core alone (the floor of any
// action built on the toolkit), built here with the project's own ncc; and the
// CLI bundle's dry-run plan of prepare (offline, --json) on a bpfman-sized tree.
// BENCH_DIST=label=dir,label=dir (default: dist=./dist) measures several builds
// side by side (`node scripts/build.mjs` in a copy of each tree), each bundle
// also as a ratio to the same bundle of the first build.
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BenchNode, ROOT, cleanEnv } from './node.js'
import { type Tree } from './trees.js'
import { alternate, median, millis, pairedRatio, ratio, runProgram, table } from './stats.js'

export const PHASES = ['prepare-release', 'tag-release', 'post-release', 'operator-release']

/**
 * An ncc bundle of `source` (an ESM module that may import the project's
 * dependencies), built under `dir` with the flags of scripts/build.mjs.
 */
export function nccBundle(dir: string, source: string): string {
  const src = join(dir, 'src')
  mkdirSync(src, { recursive: true })
  // The project's node_modules, so that the import resolves as it does for the actions.
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  writeFileSync(join(src, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(join(src, 'index.js'), source)
  const out = join(dir, 'out')
  runProgram(
    'npx',
    [
      'ncc',
      'build',
      join(src, 'index.js'),
      '-o',
      out,
      '--minify',
      '--no-source-map-register',
      '--quiet'
    ],
    { cwd: ROOT, env: process.env }
  )
  return join(out, 'index.js')
}

export interface StartupResult {
  name: string
  entry: string
  bytes: number
  median: number
  /** Median of the per-round ratios to the @actions/core bundle. */
  ratio: number
  /** The same in CPU time (user + system), which the other helpers' load disturbs less. */
  cpuMedian: number
  cpuRatio: number
  /** Median of the per-round ratios to the same bundle of the first BENCH_DIST build: wall, CPU. */
  buildRatio: number | undefined
  cpuBuildRatio: number | undefined
}

/** The builds BENCH_DIST names, in its order: label and dist folder. */
function builds(): { label: string; dir: string }[] {
  const spec = process.env.BENCH_DIST
  if (!spec) return [{ label: 'dist', dir: join(ROOT, 'dist') }]
  return spec.split(',').map((item) => {
    const [label, dir] = item.split('=')
    if (!label || !dir) throw new Error(`BENCH_DIST: "${item}" is not label=dir`)
    return { label, dir }
  })
}

/** The CPU time (user + system, ms) of one run of node, as bash's `times` reports its children's. */
function cpuTimeOf(nodePath: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const { stdout } = runProgram(
    '/bin/bash',
    ['-c', '"$@" >/dev/null 2>&1; times', 'bash', nodePath, ...args],
    { cwd, env }
  )
  const children = stdout.trim().split('\n')[1] ?? ''
  const [user, system] = children.split(' ').map((time) => {
    const match = /^(\d+)m([\d.]+)s$/.exec(time)
    if (!match) throw new Error(`bash times printed "${children}"`)
    return (Number(match[1]) * 60 + Number(match[2])) * 1000
  })
  return user + system
}

export function benchStartup(
  root: string,
  node: BenchNode,
  rounds: number,
  tree: Tree
): StartupResult[] {
  const dir = join(root, 'startup')
  const core = nccBundle(
    join(dir, 'core-only'),
    "import * as core from '@actions/core'\ncore.info('')\n"
  )
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary
  })
  // A dry run changes nothing: every run plans on the same copy.
  const dryRun = (cli: string): string[] => [
    cli,
    'prepare',
    '--repo',
    tree.template,
    '--version',
    tree.spec.version,
    '--dry-run',
    '--json',
    '--no-push',
    '--offline'
  ]
  const all = builds()
  const bundles = all.flatMap(({ label, dir }) => {
    const at = (bundle: string): string => join(dir, bundle, 'index.js')
    return [
      ...[...PHASES, 'main'].map((phase) => ({
        key: phase,
        name: `${label}/${phase}`,
        entry: at(phase),
        args: [at(phase)]
      })),
      {
        key: 'cli prepare --dry-run',
        name: `${label}/cli prepare --dry-run`,
        entry: at('cli'),
        args: dryRun(at('cli'))
      }
    ].filter(({ entry }) => existsSync(entry))
  })
  const entries: { name: string; entry: string; args: string[]; key?: string }[] = [
    { name: 'node -e 0', entry: '', args: ['-e', '0'] },
    { name: '@actions/core alone (ncc)', entry: core, args: [core] },
    ...bundles
  ]
  const timings = alternate(
    rounds,
    entries.map(({ name, args }) => ({
      name,
      prepare: () => {
        writeFileSync(output, '')
        writeFileSync(summary, '')
      },
      // With no inputs a phase fails at its first required input: that is the start-up.
      run: () => void runProgram(node.path, args, { cwd: workspace, env, allowFailure: true })
    }))
  )
  // CPU time in rounds of their own, each run under bash to read its `times`.
  const cpu = new Map<string, number[]>(entries.map(({ name }) => [name, []]))
  alternate(
    rounds,
    entries.map(({ name, args }) => ({
      name,
      run: () => void cpu.get(name)?.push(cpuTimeOf(node.path, args, workspace, env))
    }))
  )
  const floor = timings.get('@actions/core alone (ncc)') ?? []
  const cpuFloor = cpu.get('@actions/core alone (ncc)') ?? []
  const firstOf = (key: string | undefined): string | undefined =>
    all.length > 1 ? bundles.find((bundle) => bundle.key === key)?.name : undefined
  const results = entries.map(({ name, entry, key }) => {
    const times = timings.get(name) ?? []
    const cpuTimes = cpu.get(name) ?? []
    const first = firstOf(key)
    return {
      name,
      entry,
      bytes: entry ? statSync(entry).size : 0,
      median: median(times),
      ratio: pairedRatio(times, floor),
      cpuMedian: median(cpuTimes),
      cpuRatio: pairedRatio(cpuTimes, cpuFloor),
      buildRatio: first ? pairedRatio(times, timings.get(first) ?? []) : undefined,
      cpuBuildRatio: first ? pairedRatio(cpuTimes, cpu.get(first) ?? []) : undefined
    }
  })
  const out = (line = ''): void => void process.stdout.write(`${line}\n`)
  out(`\n## Bundle start-up, no inputs, as a runner starts it (${rounds} rounds, run alternately)`)
  out(
    `node ${node.version}, ${node.origin}; env: PATH, HOME, GITHUB_ACTIONS=true, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; no NODE_EXTRA_CA_CERTS`
  )
  out(
    table([
      [
        '',
        'size',
        'median',
        'vs @actions/core alone',
        'CPU median',
        'CPU vs @actions/core',
        ...(all.length > 1 ? [`vs ${all[0].label}`, `CPU vs ${all[0].label}`] : [])
      ],
      ...results.map((r) => [
        r.name,
        r.bytes ? `${(r.bytes / 1024).toFixed(0)} KB` : '',
        millis(r.median),
        ratio(r.ratio),
        millis(r.cpuMedian),
        ratio(r.cpuRatio),
        ...(all.length > 1
          ? [r.buildRatio, r.cpuBuildRatio].map((value) =>
              value === undefined ? '' : ratio(value)
            )
          : [])
      ])
    ])
  )
  out(
    `goal: each dist/<phase> within 1.20x of @actions/core alone (size: the entry file; chunks load when used); the dry run plans prepare ${tree.spec.version} on the ${tree.spec.name} tree (${tree.files} files)`
  )
  return results
}
