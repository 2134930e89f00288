import { phaseCommand, MANIFEST_FLAG } from '../../steps/command.js'

export const tagCommand = phaseCommand(async () => (await import('./index.js')).tagRelease, {
  name: 'tag',
  summary:
    'tag a merged release (bpfman or bpfman-operator): verify the merged tree, tag vX.Y.Z, draft the GitHub release unless a tag-push workflow makes it, start the tag-push workflows and optionally dispatch the publication workflow',
  flags: {
    version: {
      type: 'string',
      value: 'X',
      help: "the version; empty: from the release pull request's branch (--pr)"
    },
    pr: {
      type: 'string',
      input: 'pr-number',
      value: 'N',
      help: 'the merged release pull request (default: found from release-vX.Y.Z)'
    },
    base: {
      type: 'string',
      value: 'BRANCH',
      help: "the branch it merged into (default: the pull request's base, else main)"
    },
    kind: {
      type: 'string',
      value: 'KIND',
      help: 'auto (default), bpfman or operator: how the merged tree is verified'
    },
    publish: {
      type: 'string',
      value: 'MODE',
      help: 'later (default: leave a draft) or now (publish at once)'
    },
    'dispatch-workflow': {
      type: 'string',
      value: 'FILE',
      help: 'dispatch this workflow with input tag=vX.Y.Z, unless a run for it exists'
    },
    'dispatch-ref': {
      type: 'string',
      value: 'REF',
      help: 'the ref the dispatched workflow runs on (default: the tag)'
    },
    ...MANIFEST_FLAG
  },
  notes: ['The GitHub token (contents and actions write) is read from GITHUB_TOKEN or GH_TOKEN.']
})
