import { getExecOutput } from '@actions/exec'
import { ReleaseError } from '../release/errors.js'

export interface RunOptions {
  cwd: string
  env?: Record<string, string>
  /** Text written to the command's standard input. */
  input?: string
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * Runs a program with an argument array (never a shell string), quietly, and
 * throws a ReleaseError that shows the command and its stderr when it fails.
 */
export async function run(
  command: string,
  args: string[],
  options: RunOptions
): Promise<RunResult> {
  const env = options.env
    ? { ...(process.env as Record<string, string>), ...options.env }
    : undefined
  let result: RunResult
  try {
    result = await getExecOutput(command, args, {
      cwd: options.cwd,
      env,
      silent: true,
      ignoreReturnCode: true,
      input: options.input === undefined ? undefined : Buffer.from(options.input)
    })
  } catch (error) {
    throw new ReleaseError(`could not run ${command}: ${(error as Error).message}`)
  }
  if (result.exitCode !== 0 && !options.allowFailure) {
    const detail = (result.stderr || result.stdout).trim()
    throw new ReleaseError(
      `${command} ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`
    )
  }
  return result
}
