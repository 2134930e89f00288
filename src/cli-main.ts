#!/usr/bin/env node
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { COMMON_FLAGS, REPORT_FLAGS, type ReportCommand, commandUsage } from './cli-command.js'
import { nearest } from './cli-suggest.js'
import { type Command, type Flag } from './steps/command.js'
import { doctorCommand } from './doctor/command.js'
import { statusCommand } from './status/command.js'
import { runPhase } from './driver.js'
import { runEnvironment } from './environment.js'
import { type Host } from './host.js'
import { repositoryAt } from './effects/repositories.js'
import { secondMs } from './effects/test-knobs.js'
import { type ProgressDisplay, logProgress, terminalProgress } from './progress-display.js'
import { EXIT_BAD_INPUT, EXIT_OK, InputError, exitCodeFor, messageOf } from './release/errors.js'
import { type Inputs, checkInputValues } from './release/inputs.js'
import { operatorCommand } from './phases/operator-release/command.js'
import { postCommand } from './phases/post-release/command.js'
import { prepareCommand } from './phases/prepare-release/command.js'
import { tagCommand } from './phases/tag-release/command.js'

const COMMANDS: Command[] = [prepareCommand, tagCommand, postCommand, operatorCommand]
const REPORTS: ReportCommand[] = [statusCommand, doctorCommand]

/** The secrets, read from the environment only (never from a flag, where ps would show them). */
const SECRET_ENV: Record<string, string[]> = {
  token: ['GITHUB_TOKEN', 'GH_TOKEN'],
  'catalog-token': ['CATALOG_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'],
  'operator-token': ['OPERATOR_TOKEN'],
  'registry-password': ['REGISTRY_PASSWORD']
}

const USAGE = `Usage: bpfman-release <command> [options]

Commands:
${[...COMMANDS, ...REPORTS].map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

bpfman-release <command> --help lists the command's options.
The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at another API.
Exit codes: 0 done, 1 failed, 2 bad input (status: 3 still in progress).`

/** Where the CLI writes: the process's streams, or a test's. */
export interface CliIo {
  stdout: { write(text: string): unknown }
  /** Errors and progress: a redrawn line when it is a terminal, timestamped lines when not. */
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  env: NodeJS.ProcessEnv
}

/** How the CLI shows long work: on stderr, as a terminal or a log shows it. */
function progressOn(stderr: CliIo['stderr']): ProgressDisplay {
  return stderr.isTTY
    ? terminalProgress((text) => stderr.write(text), { columns: () => stderr.columns })
    : logProgress((line) => write(stderr, line), { intervalMs: 10 * secondMs() })
}

function write(stream: CliIo['stdout'], text: string): void {
  stream.write(`${text}\n`)
}

/**
 * Refuses an unknown --flag with the one it was likely meant to be: a flag
 * that takes a value takes the next argument, whatever it looks like.
 */
function assertKnownFlags(command: Command, flags: Record<string, Flag>, argv: string[]): void {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === '--') return
    if (!arg.startsWith('--')) continue
    const name = arg.slice(2).split('=')[0]
    const flag = flags[name]
    if (flag) {
      if (flag.type === 'string' && !arg.includes('=')) i += 1
      continue
    }
    const meant = nearest(name, Object.keys(flags))
    throw new InputError(
      `--${name}`,
      `unknown option; ${meant ? `did you mean --${meant}?` : `bpfman-release ${command.name} --help lists the options`}`
    )
  }
}

/** The command's flags and the environment as the inputs its phase reads. */
async function commandInputs(
  command: Command,
  argv: string[],
  { env, stderr }: CliIo
): Promise<{ inputs: Inputs; json: boolean; diffs: boolean; manifest: string | undefined }> {
  const flags = { ...COMMON_FLAGS, ...command.flags }
  assertKnownFlags(command, flags, argv)
  const options: ParseArgsConfig['options'] = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [name, { type: flag.type }])
  )
  const { values } = parseArgs({ args: argv, options, strict: true })
  const byInput: Record<string, string> = {}
  const labels: Record<string, string> = {}
  for (const [name, flag] of Object.entries(flags)) {
    const input = flag.input ?? name
    labels[input] = `--${name}`
    const value = values[name]
    if (typeof value === 'string') byInput[input] = value
    else if (value === true) byInput[input] = 'true'
  }
  for (const [input, names] of Object.entries(SECRET_ENV)) {
    const found = names.find((name) => env[name])
    if (found) byInput[input] = env[found] as string
    labels[input] = names[0]
  }
  const label = (name: string): string => labels[name] ?? name
  checkInputValues(byInput, label)
  const inputs: Inputs = { get: (name) => byInput[name] ?? '', label }
  // The committer: the user's git identity, where the action has its committer inputs.
  const repoDir = resolve(byInput['working-directory'] || '.')
  // The git folder is read with it (the phase's settings check it first), and
  // the command starts what its plan reads first.
  const git = repositoryAt(repoDir)
  const exists = existsSync(repoDir)
  if (exists) command.readAhead?.(inputs, git)
  const [identity, topLevel] = exists
    ? await Promise.all([
        git.identity().catch(() => undefined),
        git.topLevel().catch(() => undefined)
      ])
    : [undefined, undefined]
  // The settings work at the top level; a --repo that names a folder inside it is told so.
  if (byInput['working-directory'] && topLevel && topLevel !== repoDir) {
    write(
      stderr,
      `bpfman-release: --repo ${repoDir} is a folder inside the repository ${topLevel}: working at its top level, as git does`
    )
  }
  if (identity) {
    byInput['committer-name'] = identity.name
    byInput['committer-email'] = identity.email
  }
  return {
    inputs,
    json: values.json === true,
    diffs: values.diffs === true,
    manifest: byInput['manifest-path']
  }
}

async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  // The phase's modules, its planner's too, load while the inputs are read
  // (git answers the committer meanwhile).
  const [{ inputs, json, diffs, manifest }, phase] = await Promise.all([
    commandInputs(command, argv, io),
    command.loadPhase().then(async (phase) => {
      await phase.loadPlanner()
      return phase
    })
  ])
  const progress = json ? undefined : progressOn(io.stderr)
  const print = (text: string): void =>
    progress ? progress.above(() => write(io.stdout, text)) : write(io.stdout, text)
  const host: Host = {
    environment: runEnvironment(io.env),
    json,
    diffs: diffs ? 'all' : 'grouped',
    print,
    progress,
    manifestPath: () => manifest,
    manifestInput: '--manifest',
    setOutputs: () => undefined,
    epilogue: (lines) => lines.forEach(print)
  }
  await runPhase(phase, inputs, host)
  return EXIT_OK
}

async function runReport(command: ReportCommand, argv: string[], io: CliIo): Promise<number> {
  const flags = { ...REPORT_FLAGS, ...command.flags }
  const { values, positionals } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.entries(flags).map(([name, flag]) => [name, { type: flag.type }])
    ),
    allowPositionals: true,
    strict: true
  })
  const run = await command.load()
  return run({ values, positionals, env: io.env, print: (text) => write(io.stdout, text) })
}

/** Runs `bpfman-release` with `argv`; the exit code. A test calls it with its own streams. */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    write(io.stdout, USAGE)
    return name ? EXIT_OK : EXIT_BAD_INPUT
  }
  const command =
    COMMANDS.find((candidate) => candidate.name === name) ??
    REPORTS.find((candidate) => candidate.name === name)
  if (!command) {
    const meant = nearest(
      name,
      [...COMMANDS, ...REPORTS].map((candidate) => candidate.name)
    )
    write(
      io.stderr,
      meant
        ? `bpfman-release: unknown command "${name}"; did you mean ${meant}?`
        : `bpfman-release: unknown command "${name}"\n\n${USAGE}`
    )
    return EXIT_BAD_INPUT
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, commandUsage(command))
    return EXIT_OK
  }
  try {
    return 'load' in command
      ? await runReport(command, rest, io)
      : await runCommand(command, rest, io)
  } catch (error) {
    const isArgError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    write(io.stderr, `bpfman-release ${name}: ${messageOf(error)}`)
    return isArgError ? EXIT_BAD_INPUT : exitCodeFor(error)
  }
}

const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }
