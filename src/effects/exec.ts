import { spawn } from 'node:child_process'
import { ReleaseError } from '../release/errors.js'
import { type Progress, withProgress } from '../release/progress.js'

export interface RunOptions {
  cwd: string
  env?: Record<string, string>
  /** Text written to the command's standard input. */
  input?: string
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
  /** A long command (make bundle, go mod vendor): shown, with its elapsed time, while it runs. */
  progress?: Progress
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Starts `command` with an argument array (no shell) and collects its output. */
function spawnCollect(
  command: string,
  args: string[],
  options: RunOptions,
  env: NodeJS.ProcessEnv | undefined
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    // No input: no pipe (the program reads /dev/null), one stream less to make per process.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.stdin?.on('error', () => {
      // The program may exit before it reads all of its input; its exit code tells.
    })
    child.on('close', (code, signal) => {
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    })
    child.stdin?.end(options.input)
  })
}

/**
 * Runs a program with an argument array (never a shell string), quietly, and
 * throws a ReleaseError that shows the command and its stderr when it fails.
 * It starts the program with node:child_process directly: @actions/exec's
 * runner costs a module load and a `which` lookup for every process.
 */
export async function run(
  command: string,
  args: string[],
  options: RunOptions
): Promise<RunResult> {
  const env = options.env ? { ...process.env, ...options.env } : undefined
  let result: RunResult
  try {
    result = await withProgress(options.progress, [command, ...args].join(' '), async () => {
      const ran = await spawnCollect(command, args, options, env)
      if (ran.exitCode !== 0 && !options.allowFailure) throw failure(command, args, ran)
      return ran
    })
  } catch (error) {
    if (error instanceof ReleaseError) throw error
    throw new ReleaseError(`could not run ${command}: ${(error as Error).message}`)
  }
  return result
}

function failure(command: string, args: string[], result: RunResult): ReleaseError {
  const detail = (result.stderr || result.stdout).trim()
  return new ReleaseError(
    `${command} ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`
  )
}
