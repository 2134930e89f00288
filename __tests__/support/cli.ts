import { fileURLToPath } from 'node:url'
import { type ProcessResult, TSX_LOADER, runProcess } from '../../sandbox/run-action.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type CliResult = ProcessResult

/**
 * Runs `bpfman-release` from source as a real process, as a maintainer would.
 * GITHUB_TOKEN is set only when the test gives it. Asynchronous, so an emulator
 * served from the test's own process keeps answering.
 */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<CliResult> {
  return runProcess(process.execPath, ['--import', TSX_LOADER, `${ROOT}/src/cli.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, ...env },
    timeoutMs: 60_000
  })
}
