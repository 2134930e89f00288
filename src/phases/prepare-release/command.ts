import { type Command, LOCAL_FLAGS, MANIFEST_FLAG } from '../../cli-command.js'

export const prepareCommand: Command = {
  name: 'prepare',
  summary: 'prepare a bpfman release: branch release-vX.Y.Z, one signed-off commit, pull request',
  loadPhase: async () => (await import('./index.js')).prepareRelease,
  flags: {
    version: {
      type: 'string',
      value: 'X',
      help: 'the version to release: 0.6.1, v0.6.1 or 0.7.0-rc1'
    },
    base: {
      type: 'string',
      value: 'BRANCH',
      help: 'the branch the release is made from (default: main)'
    },
    'changelog-since': {
      type: 'string',
      value: 'TAG',
      help: 'the release the changelog starts from (default: the previous release; a final: the previous final)'
    },
    'patch-of': {
      type: 'string',
      value: 'vX.Y.Z',
      help: 'release from the patch branch release-vX.Y.Z-patch (made from the tag when missing)'
    },
    'cherry-pick': {
      type: 'string',
      value: 'REF[,REF...]',
      help: 'commits (SHA) or pull requests (#N) picked onto the patch branch, in order'
    },
    lockfile: { type: 'string', value: 'MODE', help: 'workspace (default), generate or none' },
    summary: { type: 'string', value: 'TEXT', help: "the changelog's opening paragraph" },
    ...LOCAL_FLAGS,
    ...MANIFEST_FLAG
  }
}
