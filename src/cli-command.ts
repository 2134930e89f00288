import { type Command, type Flag } from './steps/command.js'
import { lazy } from './release/lazy.js'

/** What a report command runs with: its flags, its arguments, the environment, and where to print. */
export interface ReportRun {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
  env: NodeJS.ProcessEnv
  print(text: string): void
}

/** A command that reads and reports, with no phase (status, doctor); it returns its exit code. */
export interface ReportCommand {
  name: string
  summary: string
  /** The arguments after the command, for --help: "VERSION". */
  args?: string
  flags: Record<string, Flag>
  notes?: string[]
  /** The command's code, loaded when it runs. */
  load: () => Promise<(run: ReportRun) => Promise<number>>
}

/** A report command: `load` (a dynamic import of its run.ts) runs once, when the command runs. */
export const reportCommand = (
  load: ReportCommand['load'],
  command: Omit<ReportCommand, 'load'>
): ReportCommand => ({ ...command, load: lazy(load) })

/** The flags every report command takes. */
export const REPORT_FLAGS: Record<string, Flag> = {
  json: { type: 'boolean', help: 'print JSON' },
  help: { type: 'boolean', help: 'this text' }
}

/** The flags every command takes. */
export const COMMON_FLAGS: Record<string, Flag> = {
  repo: {
    type: 'string',
    input: 'working-directory',
    value: 'DIR',
    help: 'the checkout (default: .)'
  },
  remote: {
    type: 'string',
    value: 'NAME',
    help: 'the remote to fetch from and push to (default: origin)'
  },
  'github-repo': {
    type: 'string',
    input: 'repository',
    value: 'OWNER/NAME',
    help: 'the GitHub repository (default: from the remote URL)'
  },
  'dry-run': { type: 'boolean', help: 'print the plan and change nothing' },
  diffs: {
    type: 'boolean',
    help: "print every file's diff (default: one for each group of copied files)"
  },
  json: { type: 'boolean', help: 'print the plan as JSON' },
  help: { type: 'boolean', help: 'this text' }
}

/** A command's --help: its flags, then its notes. */
export function commandUsage(command: Command | ReportCommand): string {
  const report = 'load' in command
  const flags = { ...command.flags, ...(report ? REPORT_FLAGS : COMMON_FLAGS) }
  const args = report && command.args ? ` ${command.args}` : ''
  const lines = [
    `Usage: bpfman-release ${command.name}${args} [options]`,
    '',
    command.summary,
    '',
    'Options:'
  ]
  for (const [name, flag] of Object.entries(flags)) {
    const left = `  --${name}${flag.type === 'string' ? ` ${flag.value ?? 'X'}` : ''}`
    lines.push(`${left.padEnd(29)}${flag.help}`)
  }
  if (command.notes) lines.push('', ...command.notes)
  return lines.join('\n')
}
