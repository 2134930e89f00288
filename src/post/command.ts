import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EXIT_OK, InputError } from '../release/errors.js'
import { Git } from '../effects/git.js'
import { GitHubClient, createOctokit, parseRepository } from '../effects/github/client.js'
import { writeManifest } from '../release/manifest.js'
import {
  planPostRelease,
  postReleaseLinks,
  postReleaseManifest,
  runPostRelease
} from '../phases/post-release.js'
import { readManifestFor } from '../phases/tag-release.js'
import { repositoryOfCheckout } from '../repo.js'
import { parseVersion } from '../release/version.js'
import { postServices, postSettings } from './options.js'

export const POST_USAGE = `Options for post (same meanings as above, plus the action's inputs as flags):
  --version X                the released version (its tag must exist)
  --base BRANCH              the branch it was made from: the revert pull request goes there (default: main)
  --manifest PATH            complete (or write) the release manifest at PATH
  --yamls-command CMD        default "make build-release-yamls" (split on spaces, no shell)
  --yamls-directory DIR      default examples
  --expected-assets LIST     besides the example YAMLs (default: bpfman-crds-install.yaml,bpfman-operator-install.yaml)
  --dispatcher-images LIST   images to tag vX.Y.Z on latest (default: the preset's xdp and tc dispatchers)
  --force                    move a dispatcher tag that points at another image
  --registry-url URL         one registry for every image (a mirror, a test registry)
  --registry-username NAME   a robot account; its password is read from REGISTRY_PASSWORD
  --images LIST              images checked for tag vX.Y.Z (default: the process's list; none)
  --crates LIST              crates checked on crates.io (default: bpfman,bpfman-api,bpf-log-exporter,bpf-metrics-exporter)
  --crates-api-url URL       default https://crates.io/api/v1; none skips
  --copr-project OWNER/NAME  report the latest COPR build (e.g. @ebpf-sig/bpfman); --copr-url, --copr-package
  --fail-on LIST             release,images,crates (default) or none
  --wait-seconds N           wait for images and crates still being published (default 300)
  --operator-repository R    default bpfman/bpfman-operator; with OPERATOR_TOKEN set, its
  --operator-workflow FILE   prepare-release.yml (default) is dispatched on --operator-ref (main)`

const SETTING_FLAGS = [
  'yamls-command',
  'yamls-directory',
  'expected-assets',
  'dispatcher-images',
  'registry-url',
  'registry-username',
  'images',
  'crates',
  'crates-api-url',
  'copr-project',
  'copr-url',
  'copr-package',
  'fail-on',
  'wait-seconds',
  'operator-repository',
  'operator-workflow',
  'operator-ref'
] as const

/** `bpfman-release post`: the post-release phase from a maintainer's shell. */
export async function postCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      repo: { type: 'string', default: '.' },
      version: { type: 'string' },
      base: { type: 'string' },
      remote: { type: 'string', default: 'origin' },
      'github-repo': { type: 'string' },
      manifest: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      ...Object.fromEntries(SETTING_FLAGS.map((flag) => [flag, { type: 'string' as const }]))
    }
  })
  if (!values.version) throw new InputError('--version', 'is required, e.g. --version 0.6.1')
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (!token)
    throw new InputError(
      'GITHUB_TOKEN',
      'not set; export a token with contents and pull-requests write access'
    )
  const flags = values as Record<string, string | boolean | undefined>
  const settings = postSettings((name) => {
    if (name === 'registry-password') return process.env.REGISTRY_PASSWORD ?? ''
    if (name === 'operator-token') return process.env.OPERATOR_TOKEN ?? ''
    if (name === 'force') return flags.force ? 'true' : ''
    const value = flags[name]
    return typeof value === 'string' ? value : ''
  })
  const version = parseVersion(values.version, '--version')
  const existing = values.manifest ? readManifestFor(values.manifest, version) : undefined
  const repoDir = resolve(values.repo)
  const repository = await repositoryOfCheckout(
    repoDir,
    values.remote,
    values['github-repo'],
    'bpfman/bpfman'
  )
  const print = (text: string): void => void process.stdout.write(`${text}\n`)
  const post = await planPostRelease({
    repoDir,
    repository,
    version: version.version,
    base: values.base || existing?.base || 'main',
    remote: values.remote,
    github: new GitHubClient(createOctokit(token), parseRepository(repository)),
    identity: await new Git(repoDir).identity(),
    ...postServices(settings, '--operator-repository'),
    log: values.json ? undefined : print
  })
  const { error } = await runPostRelease(post, {
    dryRun: values['dry-run'],
    json: values.json,
    print
  })
  if (values['dry-run']) return EXIT_OK
  if (values.manifest)
    writeManifest(values.manifest, postReleaseManifest(post, repository, existing))
  if (!values.json) {
    if (post.outputs.checks) {
      print('\nPublication checks:')
      for (const check of post.outputs.checks)
        print(`  [${check.status}] ${check.name}: ${check.detail}`)
    }
    const handOver = post.handOver
    if (handOver.status === 'manual' || handOver.status === 'pending') {
      print(
        `\nHand-over: start ${handOver.workflow} in ${handOver.repository} with version=${version.version}:\n  ${handOver.workflowUrl}\n  ${handOver.command}`
      )
    }
    print('')
    for (const link of postReleaseLinks(post)) print(`${link.label}: ${link.url}`)
  }
  if (error) throw error
  return EXIT_OK
}
