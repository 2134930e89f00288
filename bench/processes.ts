// Counts the processes a run starts: a folder of shims, put first on PATH, one
// per program (git, cargo, go, make, sed, ...), each appending its command line
// to a log and then exec'ing the real program.
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The programs counted: what the phases start, and what the by-hand script uses. */
export const COUNTED = [
  'git',
  'cargo',
  'go',
  'make',
  'kustomize',
  'operator-sdk',
  'controller-gen',
  'skopeo',
  'curl',
  'sed',
  'awk',
  'grep',
  'cp',
  'find',
  'xargs',
  'ls',
  'sort',
  'tail',
  'head',
  'paste',
  'cat',
  'mkdir',
  'rm',
  'mv',
  'tr',
  'sh',
  'bash'
]

const FIELD = '\x1f'
const RECORD = '\x1e'

export class ProcessCounter {
  readonly shimDir: string
  private constructor(
    private readonly dir: string,
    readonly counted: string[]
  ) {
    this.shimDir = join(dir, 'bin')
  }

  /** Writes the shims under `dir` for each program of COUNTED found on PATH. */
  static create(dir: string, path = process.env.PATH ?? ''): ProcessCounter {
    const counter = new ProcessCounter(dir, [])
    mkdirSync(counter.shimDir, { recursive: true })
    for (const name of COUNTED) {
      const real = which(name, path)
      if (!real) continue
      counter.counted.push(name)
      writeFileSync(
        join(counter.shimDir, name),
        `#!/bin/sh\n{ printf '%s\\037' ${name} "$@"; printf '\\036'; } >>"$BENCH_PROCESS_LOG"\nexec ${real} "$@"\n`,
        { mode: 0o755 }
      )
    }
    return counter
  }

  /** The environment of a counted run: the shims first on PATH, and a fresh log for `label`. */
  env(label: string, path = process.env.PATH ?? ''): { PATH: string; BENCH_PROCESS_LOG: string } {
    const log = this.logPath(label)
    writeFileSync(log, '')
    return { PATH: `${this.shimDir}${delimiter}${path}`, BENCH_PROCESS_LOG: log }
  }

  /** The command lines logged under `label`, each as its argument array (program first). */
  commands(label: string): string[][] {
    return readFileSync(this.logPath(label), 'utf8')
      .split(RECORD)
      .filter(Boolean)
      .map((record) => record.split(FIELD).slice(0, -1))
  }

  /** Counts by kind ("git hash-object", "cargo metadata", "sed"), most frequent first. */
  kinds(label: string): Map<string, number> {
    const counts = new Map<string, number>()
    for (const command of this.commands(label)) {
      const kind = kindOf(command)
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
    }
    return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  private logPath(label: string): string {
    return join(this.dir, `${label.replace(/[^\w.-]+/g, '_')}.log`)
  }
}

/** git, cargo and go by subcommand (past their global options); make by target; the rest by name. */
export function kindOf(command: readonly string[]): string {
  const [program, ...args] = command
  if (!['git', 'cargo', 'go', 'make'].includes(program)) return program
  let i = 0
  const takesValue = program === 'git' ? ['-c', '-C', '--git-dir', '--work-tree'] : ['-C', '-f']
  while (i < args.length && args[i].startsWith('-')) i += takesValue.includes(args[i]) ? 2 : 1
  return args[i] === undefined ? program : `${program} ${args[i]}`
}

/** The total of a kinds map, optionally of one program only. */
export function total(kinds: ReadonlyMap<string, number>, program?: string): number {
  let sum = 0
  for (const [kind, count] of kinds) {
    if (program === undefined || kind === program || kind.startsWith(`${program} `)) sum += count
  }
  return sum
}

function which(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this folder
    }
  }
  return undefined
}
