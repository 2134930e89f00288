// bpfman-release prepare --no-push --offline against bench/prepare-by-hand.sh, the
// same edits made with sed, cp and git: the trees they commit, the time they take
// (median of pairs run alternately, each on its own fresh clone of the same tree), and the
// processes they start.
import { join } from 'node:path'
import { type BenchNode, ROOT, cleanEnv, cliCommand } from './node.js'
import { type ProcessCounter, total } from './processes.js'
import { alternate, median, pairedRatio, ratio, runProgram, seconds, table } from './stats.js'
import { type Tree, freshCopies, removeCopy } from './trees.js'

const SCRIPT = join(ROOT, 'bench/prepare-by-hand.sh')
const BASH = '/bin/bash'

export interface ByHandResult {
  tree: Tree
  cliMedian: number
  scriptMedian: number
  ratio: number
  cliKinds: Map<string, number>
  scriptKinds: Map<string, number>
  sameTree: boolean
}

function runCli(node: BenchNode, dir: string, version: string, env: NodeJS.ProcessEnv): void {
  const cli = cliCommand()
  runProgram(
    node.path,
    [...cli.args, 'prepare', '--repo', dir, '--version', version, '--no-push', '--offline'],
    { cwd: dir, env }
  )
}

function runScript(dir: string, version: string, env: NodeJS.ProcessEnv): void {
  runProgram(BASH, [SCRIPT, version], { cwd: dir, env })
}

/** The differences between the two release commits, as `git diff --name-status` lines; empty when the trees are equal. */
function compareTrees(cliDir: string, scriptDir: string, version: string): string[] {
  const branch = `release-v${version}`
  const git = (args: string[]): string =>
    runProgram('git', args, { cwd: cliDir, env: cleanEnv() }).stdout.trim()
  git(['fetch', '--quiet', scriptDir, `${branch}:refs/heads/by-hand`])
  if (git(['rev-parse', `${branch}^{tree}`]) === git(['rev-parse', 'by-hand^{tree}'])) return []
  return git(['diff', '--name-status', branch, 'by-hand']).split('\n')
}

export function benchByHand(
  root: string,
  tree: Tree,
  node: BenchNode,
  counter: ProcessCounter,
  pairs: number
): ByHandResult {
  const { version } = tree.spec
  const env = cleanEnv()

  const copies = freshCopies(root, tree, 2 * pairs + 2)
  let used = 0
  const next = (): string => copies[copies.length - 1 - (used++ % copies.length)]

  // One run of each, counted, on copies; then their commits compared.
  const cliDir = next()
  const scriptDir = next()
  runCli(node, cliDir, version, { ...env, ...counter.env(`cli-${tree.spec.name}`) })
  runScript(scriptDir, version, { ...env, ...counter.env(`script-${tree.spec.name}`) })
  const differences = compareTrees(cliDir, scriptDir, version)

  const timings = alternate(pairs, [
    {
      name: 'cli',
      prepare: next,
      run: (dir: string) => runCli(node, dir, version, env)
    },
    {
      name: 'script',
      prepare: next,
      run: (dir: string) => runScript(dir, version, env)
    }
  ])
  for (const dir of copies) removeCopy(dir)
  const cli = timings.get('cli') ?? []
  const script = timings.get('script') ?? []
  const result: ByHandResult = {
    tree,
    cliMedian: median(cli),
    scriptMedian: median(script),
    ratio: pairedRatio(cli, script),
    cliKinds: counter.kinds(`cli-${tree.spec.name}`),
    scriptKinds: counter.kinds(`script-${tree.spec.name}`),
    sameTree: differences.length === 0
  }
  print(result, differences, node, pairs)
  return result
}

function print(result: ByHandResult, differences: string[], node: BenchNode, pairs: number): void {
  const { tree } = result
  const out = (line = ''): void => void process.stdout.write(`${line}\n`)
  out(
    `\n## prepare --no-push --offline vs bench/prepare-by-hand.sh: ${tree.spec.name} tree, ${tree.files} files, ${tree.currentVersion} -> ${tree.spec.version}`
  )
  out(
    differences.length === 0
      ? 'trees: the same (both release commits have the same tree)'
      : `trees: DIFFERENT (git diff --name-status cli by-hand):\n  ${differences.join('\n  ')}`
  )
  out(`${cliCommand().label} (${node.version}) vs bash, ${pairs} pairs run alternately:`)
  out(
    table([
      ['', 'median', 'processes started', 'of them git'],
      [
        'bpfman-release prepare',
        seconds(result.cliMedian),
        String(total(result.cliKinds)),
        String(total(result.cliKinds, 'git'))
      ],
      [
        'prepare-by-hand.sh',
        seconds(result.scriptMedian),
        String(total(result.scriptKinds)),
        String(total(result.scriptKinds, 'git'))
      ]
    ])
  )
  out(
    `ratio cli / script (median of the pairs' ratios): ${ratio(result.ratio)} (goal: at most 2.00x)`
  )
}
