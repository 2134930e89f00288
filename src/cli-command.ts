import { type Command, type Flag } from './steps/command.js'

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
export function commandUsage(command: Command): string {
  const flags = { ...command.flags, ...COMMON_FLAGS }
  const lines = [
    `Usage: bpfman-release ${command.name} [options]`,
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
