import { reportCommand } from '../cli-command.js'
import { type Flag } from '../steps/command.js'

const setting = (value: string, help: string): Flag => ({ type: 'string', value, help })

export const statusCommand = reportCommand(async () => (await import('./run.js')).runStatus, {
  name: 'status',
  args: 'VERSION',
  summary:
    'where a release of both repositories stands, row by row in the order of the process, and what to do next (read only)',
  flags: {
    repo: setting('OWNER/NAME', 'bpfman (default bpfman/bpfman)'),
    'operator-repo': setting('OWNER/NAME', 'the operator (default bpfman/bpfman-operator)'),
    'registry-url': setting('URL', 'one registry for every image (a mirror, a test registry)'),
    images: setting(
      'LIST',
      "bpfman's images with tag vX.Y.Z (default: what its workflows at the tag push, else the process's list; none skips)"
    ),
    'operator-images': setting(
      'LIST',
      "the operator's images (default: what its workflows at the tag push, else bpfman-agent, bpfman-operator, bpfman-operator-bundle)"
    ),
    'expected-assets': setting(
      'LIST',
      "files bpfman's GitHub release carries (default: bpfman-crds-install.yaml,bpfman-operator-install.yaml)"
    ),
    'docs-url': setting(
      'URL',
      'the docs site, versioned docs at URL/vX.Y.Z/ (default https://bpfman.io; none skips)'
    ),
    crates: setting(
      'LIST',
      "crates published with the version (default none: today's bpfman publishes none)"
    ),
    'crates-api-url': setting('URL', 'default https://crates.io/api/v1'),
    'copr-project': setting(
      'OWNER/NAME',
      'the COPR build to report (e.g. @ebpf-sig/bpfman; default none)'
    ),
    'copr-url': setting('URL', 'default https://copr.fedorainfracloud.org'),
    'copr-package': setting('NAME', 'default bpfman'),
    catalogs: setting(
      'LIST',
      'the community catalogs (default: both community-operators repositories)'
    ),
    'catalog-owner': setting(
      'LOGIN',
      'the account whose forks the catalog pull requests come from (default: any, among the newest 100)'
    ),
    'package-name': setting(
      'NAME',
      'the operator package in the catalogs (default bpfman-operator)'
    ),
    markdown: {
      type: 'boolean',
      help: 'print a Mermaid flowchart and a table, for a job summary ($GITHUB_STEP_SUMMARY)'
    }
  },
  notes: [
    'The token is optional (public repositories): GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL points at another API.',
    'Exit codes: 0 the release is complete, 1 a row failed, 3 still in progress, 2 bad input.'
  ]
})
