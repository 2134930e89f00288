import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
  inputs: Record<string, string>
  /** The checkout the action works in (GITHUB_WORKSPACE). */
  cwd: string
  env?: Record<string, string>
}

/**
 * Runs an action the way the Actions runner does: a node process with INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the job's env.
 */
export function runActionProcess(request: ActionRunRequest): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'release-action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(request.inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
  const args = request.entry.endsWith('.ts')
    ? ['--import', TSX_LOADER, request.entry]
    : [request.entry]
  try {
    const result = spawnSync(process.execPath, args, {
      cwd: request.cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: request.cwd,
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...inputEnv,
        ...request.env
      }
    })
    return {
      status: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Parses the `name<<delimiter ... delimiter` records that @actions/core writes. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!heredoc) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
    outputs[heredoc[1]] = value.join('\n')
  }
  return outputs
}
