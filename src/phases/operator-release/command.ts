import { phaseCommand, prepareFlags, releaseLineFlags } from '../../steps/command.js'

export const operatorCommand = phaseCommand(
  async () => (await import('./index.js')).operatorRelease,
  {
    name: 'operator',
    summary:
      'bpfman-operator: --stage prepare (VERSION, make bundle, labels, links, go.mod, pull request), catalogs (community operator catalog pull requests), next-dev (-dev VERSION)',
    flags: {
      stage: {
        type: 'string',
        value: 'STAGE',
        help: 'prepare (after bpfman is released), catalogs (after the operator release is published) or next-dev'
      },
      version: { type: 'string', value: 'X', help: 'the version: 0.6.1, v0.6.1 or 0.7.0-rc1' },
      ...releaseLineFlags('prepare: '),
      'bpfman-repo': {
        type: 'string',
        input: 'bpfman-repository',
        value: 'OWNER/NAME',
        help: 'whose release vX.Y.Z prepare requires (default: bpfman/bpfman)'
      },
      'bundle-command': {
        type: 'string',
        value: 'CMD',
        help: 'default "make bundle" (split on spaces, no shell)'
      },
      'skip-bundle': {
        type: 'boolean',
        help: 'do not regenerate bundle/ (no operator-sdk here); the plan says so'
      },
      'skip-go': {
        type: 'boolean',
        help: 'leave go.mod alone (no network here); the plan says so'
      },
      'openshift-versions': {
        type: 'string',
        value: 'V',
        help: "catalogs: com.redhat.openshift.versions for community-operators-prod (default: the earlier bundle's)"
      },
      'runs-wait-seconds': {
        type: 'string',
        value: 'N',
        help: 'catalogs: wait for the runs the tag started (its images, its release) first (default 21600; 0: no wait)'
      },
      ...prepareFlags('prepare: ')
    },
    notes: [
      '--offline: prepare builds the changelog from git history; prepare and catalogs do not check the',
      'release gate (the plan says so). --no-push: prepare and next-dev commit on the local branch only;',
      'catalogs lists the files only.',
      'The catalogs are forked and their pull requests opened with CATALOG_TOKEN (default: GITHUB_TOKEN);',
      'GITHUB_SERVER_URL points at another git server.'
    ]
  }
)
