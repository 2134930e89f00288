import { type Command, type Flag, MANIFEST_FLAG } from '../../steps/command.js'

const setting = (value: string, help: string): Flag => ({ type: 'string', value, help })

export const postCommand: Command = {
  name: 'post',
  summary:
    'after the tag: release YAMLs on the draft, publish it, dispatcher image tags, the pull request putting :latest back, publication checks, hand-over to bpfman-operator',
  loadPhase: async () => (await import('./index.js')).postRelease,
  flags: {
    version: setting('X', 'the released version (its tag must exist)'),
    base: setting(
      'BRANCH',
      "the branch it was made from: the revert pull request goes there (default: the manifest's; without either, no revert pull request)"
    ),
    'yamls-command': setting(
      'CMD',
      'default "make build-release-yamls" (split on spaces, no shell)'
    ),
    'yamls-directory': setting('DIR', 'default examples'),
    'expected-assets': setting(
      'LIST',
      'besides the example YAMLs (default: bpfman-crds-install.yaml,bpfman-operator-install.yaml)'
    ),
    'dispatcher-images': setting(
      'LIST',
      "images to tag vX.Y.Z on latest (default: the preset's xdp and tc dispatchers)"
    ),
    force: {
      type: 'boolean',
      help: 'move a dispatcher tag that points at another image; replace a differing asset of the published release'
    },
    'registry-url': setting('URL', 'one registry for every image (a mirror, a test registry)'),
    'registry-username': setting(
      'NAME',
      'a robot account; its password is read from REGISTRY_PASSWORD'
    ),
    images: setting('LIST', "images checked for tag vX.Y.Z (default: the process's list; none)"),
    crates: setting(
      'LIST',
      'crates checked on crates.io (default: bpfman,bpfman-api,bpf-log-exporter,bpf-metrics-exporter)'
    ),
    'crates-api-url': setting('URL', 'default https://crates.io/api/v1; none skips'),
    'copr-project': setting('OWNER/NAME', 'report the latest COPR build (e.g. @ebpf-sig/bpfman)'),
    'copr-url': setting('URL', 'default https://copr.fedorainfracloud.org'),
    'copr-package': setting('NAME', 'default bpfman'),
    'fail-on': setting('LIST', 'release,images,crates (default) or none'),
    'wait-seconds': setting('N', 'wait for images and crates still being published (default 300)'),
    'runs-wait-seconds': setting(
      'N',
      'wait for the runs the tag started, before anything else (default 21600; 0: no wait)'
    ),
    'operator-repository': setting('R', 'default bpfman/bpfman-operator'),
    'operator-workflow': setting(
      'FILE',
      'prepare-release.yml (default), dispatched with OPERATOR_TOKEN set'
    ),
    'operator-ref': setting('REF', 'the ref it is dispatched on (default: main)'),
    ...MANIFEST_FLAG
  },
  notes: [
    'The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN); with OPERATOR_TOKEN set, the operator',
    "release is dispatched; REGISTRY_PASSWORD is the robot account's password."
  ]
}
