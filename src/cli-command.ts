import { type Phase } from './driver.js'
import { type Git } from './effects/git.js'
import { type Inputs } from './release/inputs.js'

export interface Flag {
  type: 'string' | 'boolean'
  help: string
  /** The action input it sets, when the name differs: --repo sets working-directory. */
  input?: string
  /** Shown as the value's name in --help: DIR, N, LIST. */
  value?: string
}

/** One `bpfman-release` command: its phase, its flags and its help. */
export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** The command's phase, loaded when the command runs, so one command never loads the others. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadPhase: () => Promise<Phase<any>>
  /**
   * Starts the reads the command's plan begins with, beside the CLI's first
   * reads (while the phase's modules load): the plan takes them.
   */
  readAhead?(inputs: Inputs, git: Git): void
  /** Flags beyond the common ones; the name is the action input's unless `input` says otherwise. */
  flags: Record<string, Flag>
  /** Lines of --help after the flags. */
  notes?: string[]
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

/** --no-push, --offline and --manifest, for the commands that take them. */
export const LOCAL_FLAGS: Record<string, Flag> = {
  'no-push': { type: 'boolean', help: 'commit on the local branch only; no remote or API call' },
  offline: {
    type: 'boolean',
    help: 'build the changelog from git history instead of the GitHub API'
  }
}

/** The flags of a prepare's release line; `scope` prefixes their help ("prepare: "). */
export function releaseLineFlags(scope = ''): Record<string, Flag> {
  return {
    base: {
      type: 'string',
      value: 'BRANCH',
      help: 'the branch the release is made from (default: main)'
    },
    'changelog-since': {
      type: 'string',
      value: 'TAG',
      help: `${scope}the release the changelog starts from (default: the previous release; a final: the previous final)`
    },
    'patch-of': {
      type: 'string',
      value: 'vX.Y.Z',
      help: `${scope}release from the patch branch release-vX.Y.Z-patch (made from the tag when missing)`
    },
    'cherry-pick': {
      type: 'string',
      value: 'REF[,REF...]',
      help: `${scope}commits (SHA) or pull requests (#N) picked onto the patch branch, in order`
    }
  }
}

/** prepare's and the operator's prepare stage's --replace. */
export const REPLACE_FLAG: Record<string, Flag> = {
  replace: {
    type: 'boolean',
    help: 'overwrite the release branch even when it holds commits release-actions did not make (an amended release commit)'
  }
}

export const MANIFEST_FLAG: Record<string, Flag> = {
  manifest: {
    type: 'string',
    input: 'manifest-path',
    value: 'PATH',
    help: 'write (or extend) the release manifest at PATH'
  }
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
