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
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return runWithEnvironment(
    command,
    args,
    options,
    options.env ? { ...process.env, ...options.env } : undefined
  )
}

/** run, with the whole environment of the program given (undefined: this process's). */
async function runWithEnvironment(
  command: string,
  args: string[],
  options: RunOptions,
  env: NodeJS.ProcessEnv | undefined
): Promise<RunResult> {
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

/**
 * Names of variables a program from the repository must never see: the
 * action's inputs (INPUT_TOKEN, INPUT_REGISTRY-PASSWORD...), the runner's
 * own (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), every token,
 * password, secret or credential by name, and git configuration given
 * through the environment (GIT_CONFIG_* may carry an Authorization header).
 */
const SECRET_VARIABLE =
  /^(INPUT_|ACTIONS_|GIT_CONFIG_)|TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|AUTH|PRIVATE_KEY|API_KEY/i

/** `env` without the variables SECRET_VARIABLE names. */
export function scrubbedEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && !SECRET_VARIABLE.test(name)) kept[name] = value
  return kept
}

/**
 * Runs a program that executes the repository's own content (make and its
 * recipes, go with the module's tooling, cargo with the workspace's config)
 * with this process's environment minus every secret (scrubbedEnvironment),
 * plus `options.env`: a recipe that prints its environment shows no token.
 */
export function runRepositoryCode(
  command: string,
  args: string[],
  options: Omit<RunOptions, 'env'> & { env?: Record<string, string> }
): Promise<RunResult> {
  return runWithEnvironment(command, args, options, {
    ...scrubbedEnvironment(),
    ...options.env
  })
}

function failure(command: string, args: string[], result: RunResult): ReleaseError {
  const detail = (result.stderr || result.stdout).trim()
  return new ReleaseError(
    `${command} ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`
  )
}
