import { phaseCommand, prepareFlags, releaseLineFlags } from '../../steps/command.js'
import { asksForPatchLine } from '../../release/version.js'

export const prepareCommand = phaseCommand(
  async () => (await import('./index.js')).prepareRelease,
  {
    name: 'prepare',
    summary: 'prepare a bpfman release: branch release-vX.Y.Z, one signed-off commit, pull request',
    readAhead: (inputs, git) => {
      // A release from main checks the checkout's status first; a patch
      // release reads its files from a worktree of its own.
      const line = {
        base: inputs.get('base') || 'main',
        patchOf: inputs.get('patch-of'),
        cherryPick: inputs.get('cherry-pick')
      }
      if (!asksForPatchLine(line)) git.readStatusAhead()
    },
    flags: {
      version: {
        type: 'string',
        value: 'X',
        help: 'the version to release: 0.6.1, v0.6.1 or 0.7.0-rc1'
      },
      ...releaseLineFlags(),
      lockfile: { type: 'string', value: 'MODE', help: 'workspace (default), generate or none' },
      ...prepareFlags()
    }
  }
)
