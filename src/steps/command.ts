import { type Git } from '../effects/git.js'
import { type Inputs } from '../release/inputs.js'
import { lazy } from '../release/lazy.js'
import { type Phase } from '../release/phase.js'

// A `bpfman-release` command as each phase declares it (its command.ts): the
// CLI host (cli-main.ts, cli-command.ts) reads the table and its flags.

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

/** A phase's command: `loadPhase` (a dynamic import of its index.ts) runs once, when the command runs. */
export const phaseCommand = (
  loadPhase: Command['loadPhase'],
  command: Omit<Command, 'loadPhase'>
): Command => ({ ...command, loadPhase: lazy(loadPhase) })

/** --no-push and --offline. */
const LOCAL_FLAGS: Record<string, Flag> = {
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
    },
    'allow-jump': {
      type: 'boolean',
      help: `${scope}accept a version that skips releases (6.0.1 after 0.6.0 is refused without it)`
    }
  }
}

/** prepare's and the operator's prepare stage's --replace. */
const REPLACE_FLAG: Record<string, Flag> = {
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

/**
 * The flags that end a prepare's list (prepare's, and the operator's for its
 * prepare stage): --summary, --replace, --no-push, --offline and --manifest;
 * `scope` prefixes the summary's help ("prepare: ").
 */
export function prepareFlags(scope = ''): Record<string, Flag> {
  return {
    summary: { type: 'string', value: 'TEXT', help: `${scope}the changelog's opening paragraph` },
    ...REPLACE_FLAG,
    ...LOCAL_FLAGS,
    ...MANIFEST_FLAG
  }
}
