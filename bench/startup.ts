// Bundle start-up: each dist/<phase>/index.js run with no inputs, as a runner
// starts it, against an ncc bundle of @actions/core alone (the floor of any
// action built on the toolkit), built here with the project's own ncc.
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BenchNode, ROOT, cleanEnv } from './node.js'
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

export function benchStartup(root: string, node: BenchNode, rounds: number): StartupResult[] {
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
  const entries: { name: string; entry: string; args: string[] }[] = [
    { name: 'node -e 0', entry: '', args: ['-e', '0'] },
    { name: '@actions/core alone (ncc)', entry: core, args: [core] },
    ...[...PHASES, 'main']
      .map((phase) => ({ name: `dist/${phase}`, entry: join(ROOT, `dist/${phase}/index.js`) }))
      .filter(({ entry }) => existsSync(entry))
      .map((bundle) => ({ ...bundle, args: [bundle.entry] }))
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
  const results = entries.map(({ name, entry }) => {
    const times = timings.get(name) ?? []
    const cpuTimes = cpu.get(name) ?? []
    return {
      name,
      entry,
      bytes: entry ? statSync(entry).size : 0,
      median: median(times),
      ratio: pairedRatio(times, floor),
      cpuMedian: median(cpuTimes),
      cpuRatio: pairedRatio(cpuTimes, cpuFloor)
    }
  })
  const out = (line = ''): void => void process.stdout.write(`${line}\n`)
  out(`\n## Bundle start-up, no inputs, as a runner starts it (${rounds} rounds, run alternately)`)
  out(
    `node ${node.version}, ${node.origin}; env: PATH, HOME, GITHUB_ACTIONS=true, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; no NODE_EXTRA_CA_CERTS`
  )
  out(
    table([
      ['', 'size', 'median', 'vs @actions/core alone', 'CPU median', 'CPU vs @actions/core'],
      ...results.map((r) => [
        r.name,
        r.bytes ? `${(r.bytes / 1024).toFixed(0)} KB` : '',
        millis(r.median),
        ratio(r.ratio),
        millis(r.cpuMedian),
        ratio(r.cpuRatio)
      ])
    ])
  )
  out(
    'goal: each dist/<phase> within 1.20x of @actions/core alone (size: the entry file; chunks load when used)'
  )
  return results
}
