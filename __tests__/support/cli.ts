import { fileURLToPath } from 'node:url'
import { type ProcessResult, TSX_LOADER, runProcess } from '../../sandbox/run-action.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type CliResult = ProcessResult

/**
 * Runs `bpfman-release` from source as a real process, as a maintainer would.
 * GITHUB_TOKEN is set only when the test gives it; `cwd` is where it is started
 * (this repository's folder by default). Asynchronous, so an emulator
 * served from the test's own process keeps answering.
 */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd = ROOT
): Promise<CliResult> {
  return runProcess(process.execPath, ['--import', TSX_LOADER, `${ROOT}/src/cli.ts`, ...args], {
    cwd,
    env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, ...env },
    timeoutMs: 60_000
  })
}

/** `text` as one word of a POSIX shell command line. */
function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * Runs `bpfman-release` on a pseudo-terminal, as in a maintainer's terminal:
 * util-linux `script` gives it one (stdout and stderr both), and its output,
 * control sequences and carriage returns included, is the result's stdout.
 */
export function runCliOnTerminal(
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<CliResult> {
  const command = [process.execPath, '--import', TSX_LOADER, `${ROOT}/src/cli.ts`, ...args]
    .map(shellWord)
    .join(' ')
  return runProcess('script', ['-qec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, ...env },
    timeoutMs: 60_000
  })
}

/** stderr without the progress lines of a piped run ("04:21:03Z make bundle: started"). */
export function withoutProgress(stderr: string): string {
  return stderr.replace(/^\d\d:\d\d:\d\dZ .*\n/gm, '')
}
