import { reportCommand } from '../cli-command.js'

export const doctorCommand = reportCommand(async () => (await import('./run.js')).runDoctor, {
  name: 'doctor',
  summary:
    "what the release chain needs in this checkout's repository, item by item, with the exact fix (offline; online with a token)",
  flags: {
    repo: { type: 'string', value: 'DIR', help: 'the checkout (default: .)' },
    'github-repo': {
      type: 'string',
      value: 'OWNER/NAME',
      help: "the GitHub repository (default: from the checkout's origin)"
    },
    kind: {
      type: 'string',
      value: 'bpfman|operator',
      help: 'which repository it is (default: from go.mod / the VERSION file)'
    },
    online: {
      type: 'boolean',
      help: "also read the repository's settings, secret and variable names, labels, branch protection and rulesets (needs GITHUB_TOKEN)"
    }
  },
  notes: [
    'Exit codes: 0 every item passes, 1 an item fails, 2 bad input.',
    "Online, the token needs read access to the repository's Administration, Secrets and Variables (a fine-grained token or App), or a collaborator's classic token with the repo scope; GITHUB_TOKEN cannot read secrets."
  ]
})
