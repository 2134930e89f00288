/**
 * A step: a `run:` script with bash (or sh), or a `uses:` action, a stand-in
 * or a node action from its action.yml, run by sandbox/run-action.ts the way
 * the Actions runner runs it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import YAML from 'yaml'
import { parseOutputFile, runActionProcess, runProcess } from '../run-action.js'
import {
  type Contexts,
  asString,
  evaluateMapping,
  evaluateToken,
  interpolate
} from './expressions.js'
import type { StepResult } from './results.js'
import { STAND_INS, type StandIn, type StepWorld } from './stand-ins.js'
import { PUBLICATION_STAND_INS } from './publication-stand-ins.js'
import type { RunDefaults, StepDef } from './workflow.js'

export async function runScript(
  step: StepDef,
  defaults: RunDefaults,
  result: StepResult,
  contexts: Contexts,
  env: Record<string, string>,
  workspace: string,
  temp: string
): Promise<void> {
  const script = asString(evaluateToken(step.run!, contexts))
  const shell = step.shell ?? defaults.shell ?? 'bash'
  const argv =
    shell === 'bash'
      ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail']
      : shell === 'sh'
        ? ['sh', '-e']
        : undefined
  if (!argv) throw new Error(`shell ${shell} is not supported by the local runner (bash, sh)`)
  const file = join(temp, `step-${step.index}.sh`)
  writeFileSync(file, script)
  const outputFile = join(temp, `step-${step.index}.output`)
  const summaryFile = join(temp, `step-${step.index}.summary`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const directory = step.workingDirectory
    ? asString(evaluateToken(step.workingDirectory, contexts))
    : defaults.workingDirectory
  const cwd = directory ? resolve(workspace, directory) : workspace
  if (!existsSync(cwd)) throw new Error(`working-directory ${directory} does not exist`)
  const process = await runProcess(argv[0], [...argv.slice(1), file], {
    cwd,
    env: { ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile },
    timeoutMs: timeoutOf(step, contexts)
  })
  result.stdout = process.stdout
  result.stderr = process.stderr
  result.outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  result.summary = readFileSync(summaryFile, 'utf8')
  if (process.status !== 0)
    throw new Error(`exit code ${process.status}${tail(process.stderr || process.stdout)}`)
}

/** What an action step needs from the runner: where actions come from, the node, the world of the stand-ins. */
export interface ActionStepContext {
  sources: Record<string, string>
  node: string
  /** The stand-ins' world, but for its log. */
  world: Omit<StepWorld, 'log'>
  log(line: string): void
}

/** Runs `uses:`: a stand-in, or a node action from its action.yml; inputs checked against the declared ones. */
export async function runAction(
  step: StepDef,
  result: StepResult,
  contexts: Contexts,
  context: ActionStepContext
): Promise<void> {
  const { env, workspace } = context.world
  const uses = step.uses!
  const given = evaluateMapping(step.with, contexts)
  const standIn = [...STAND_INS, ...PUBLICATION_STAND_INS].find((s) =>
    uses.startsWith(`${s.action}@`)
  )
  const action = standIn ? undefined : resolveAction(uses, workspace, context.sources)
  const declared: Record<string, { default?: string }> = standIn?.inputs ?? action!.inputs
  const undeclared = Object.keys(given).filter((name) => !(name in declared))
  if (undeclared.length > 0)
    throw new Error(
      `${uses} does not declare input${undeclared.length > 1 ? 's' : ''} ${undeclared.join(', ')} (it declares: ${Object.keys(declared).join(', ')})`
    )
  const inputs: Record<string, string> = {}
  for (const [name, input] of Object.entries(declared)) {
    if (name in given) inputs[name] = given[name]
    else if (input.default !== undefined)
      inputs[name] = interpolate(String(input.default), contexts)
  }
  if (standIn) {
    const world: StepWorld = {
      ...context.world,
      log: (line) => {
        result.stdout += `${line}\n`
        context.log(`  ${line}`)
      }
    }
    result.outputs = await (standIn as StandIn).run(world, inputs)
    return
  }
  // run-action gives the action GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files of its own.
  const actionEnv = Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => name !== 'GITHUB_OUTPUT' && name !== 'GITHUB_STEP_SUMMARY'
    )
  )
  const outcome = await runActionProcess({
    entry: action!.entry,
    actionYml: action!.file,
    inputs,
    cwd: workspace,
    env: actionEnv,
    node: context.node,
    timeoutMs: timeoutOf(step, contexts)
  })
  result.stdout = outcome.stdout
  result.stderr = outcome.stderr
  result.outputs = outcome.outputs
  result.summary = outcome.summary
  for (const line of outcome.stdout.split('\n')) {
    if (!line.startsWith('::add-mask::')) context.log(`  ${line}`)
  }
  if (outcome.status !== 0) {
    const errors = outcome.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .map((line) => line.replace(/^::error[^:]*::/, '').replace(/%0A/g, '\n'))
    throw new Error(
      `exit code ${outcome.status}${errors.length ? `: ${errors.join('; ')}` : tail(outcome.stderr)}`
    )
  }
}

/** An action's action.yml: `./path` in the workspace, `owner/repo/path@ref` from sources. */
function resolveAction(
  uses: string,
  workspace: string,
  sources: Record<string, string>
): { file: string; entry: string; inputs: Record<string, { default?: string }> } {
  let dir: string
  if (uses.startsWith('./')) {
    dir = resolve(workspace, uses)
  } else {
    const match = /^([^/@]+)\/([^/@]+)((?:\/[^@]+)?)@(.+)$/.exec(uses)
    const source = match && sources[`${match[1]}/${match[2]}`.toLowerCase()]
    if (!match || !source)
      throw new Error(
        `unknown uses: ${uses}: no stand-in for it, and ${match ? `${match[1]}/${match[2]}` : 'it'} is not mapped to a local folder in the runner's sources`
      )
    dir = join(source, match[3])
  }
  const file = ['action.yml', 'action.yaml'].map((name) => join(dir, name)).find(existsSync)
  if (!file)
    throw new Error(
      uses.startsWith('./')
        ? `no action.yml in ${uses} of the workspace (a local action is read from the job's checkout)`
        : `no action.yml at ${uses}`
    )
  const action = YAML.parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>
    runs?: { using?: string; main?: string }
  }
  const using = action.runs?.using ?? ''
  if (!/^node\d+$/.test(using) || !action.runs?.main)
    throw new Error(`${uses}: runs.using ${using || '(none)'} is not supported (node actions only)`)
  const inputs = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [
      name,
      input?.default === undefined || input.default === null
        ? {}
        : { default: String(input.default) }
    ])
  )
  return { file, entry: resolve(dirname(file), action.runs.main), inputs }
}

/** A step's timeout-minutes, or 15 minutes (GitHub's 360 is longer than any sandbox step should take). */
function timeoutOf(step: StepDef, contexts: Contexts): number {
  const minutes = step.timeoutMinutes
    ? Number(asString(evaluateToken(step.timeoutMinutes, contexts)))
    : 15
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 15) * 60_000
}

function tail(text: string): string {
  const lines = text.trim().split('\n').filter(Boolean).slice(-8)
  return lines.length ? `:\n${lines.join('\n')}` : ''
}
