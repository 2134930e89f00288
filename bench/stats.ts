// Medians, ratios and the alternating runs every figure of the bench comes from:
// these machines are shared and noisy, so only ratios of runs measured side by
// side mean much.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}

export function millis(ms: number): string {
  return `${ms.toFixed(0)} ms`
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`
}

/**
 * Runs every candidate once per round, in a rotated order (a b c, b c a, c a b,
 * ...), so that none always goes first or last; returns each one's timings.
 * `prepare` and `cleanup` run untimed before and after each measurement (a
 * fresh copy of a tree, its removal).
 */
export function alternate<T>(
  rounds: number,
  candidates: readonly {
    name: string
    prepare?: () => T
    run: (prepared: T) => void
    cleanup?: (prepared: T) => void
  }[]
): Map<string, number[]> {
  const timings = new Map<string, number[]>(candidates.map((c) => [c.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(round + i) % candidates.length]
      const prepared = candidate.prepare ? candidate.prepare() : (undefined as T)
      const start = performance.now()
      candidate.run(prepared)
      timings.get(candidate.name)?.push(performance.now() - start)
      candidate.cleanup?.(prepared)
    }
  }
  return timings
}

/** Median of the per-round ratios a/b: each pair ran side by side, so the noise of one moment cancels out. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value / b[i]))
}

export interface RunResult {
  status: number
  stdout: string
  stderr: string
}

/** Runs a program to its end; throws with its output when it fails and `allowFailure` is not set. */
export function runProgram(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; allowFailure?: boolean; input?: string }
): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 64 << 20
  })
  if (result.error) throw result.error
  const run = { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
  if (run.status !== 0 && !options.allowFailure) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${run.status}:\n${run.stderr || run.stdout}`
    )
  }
  return run
}

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0))
  )
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])
        )
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}
