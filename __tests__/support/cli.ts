import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

/** Runs `bpfman-release` from source as a real process, as a maintainer would. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}/src/cli.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, ...env },
    timeout: 60_000
  })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
