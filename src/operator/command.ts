import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EXIT_OK, InputError } from '../release/errors.js'
import { Git } from '../effects/git.js'
import { GitHubClient, createOctokit, parseRepository } from '../effects/github/client.js'
import { writeManifest } from '../release/manifest.js'
import {
  manifestToExtend,
  parseBundleCommand,
  parseOperatorStage,
  planOperatorCatalogs,
  planOperatorNextDev,
  planOperatorPrepare,
  preparedManifest,
  withCatalogs,
  withNextDev
} from '../phases/operator-release.js'
import { repositoryOfCheckout } from '../repo.js'
import { runPlan } from '../runner.js'
import { parseVersion } from '../release/version.js'

export const OPERATOR_USAGE = `Options for operator (same meanings as for prepare, plus):
  --stage STAGE              prepare (after bpfman is released), catalogs (after the operator
                             release is published) or next-dev (VERSION to the next -dev version)
  --github-repo OWNER/NAME   the operator repository (default: from the remote URL, else bpfman/bpfman-operator)
  --bpfman-repo OWNER/NAME   whose release vX.Y.Z prepare requires (default: bpfman/bpfman)
  --bundle-command CMD       default "make bundle" (split on spaces, no shell)
  --skip-bundle              do not regenerate bundle/ (no operator-sdk here); the plan says so
  --skip-go                  leave go.mod alone (no network here); the plan says so
  --openshift-versions V     catalogs: com.redhat.openshift.versions for community-operators-prod
                             (default: the earlier bundle's)
  --manifest PATH            write (prepare) or extend (catalogs, next-dev) the release manifest
  --offline                  prepare: changelog from git history; prepare and catalogs: the release
                             gate is not checked (the plan says so)
  --no-push                  prepare, next-dev: commit on the local branch only; catalogs: list the
                             files only
The catalogs are forked and their pull requests opened with CATALOG_TOKEN (default: GITHUB_TOKEN);
GITHUB_SERVER_URL points at another git server.`

function token(names: string[], needed: boolean, what: string): string | undefined {
  const found = names.map((name) => process.env[name]).find(Boolean)
  if (needed && !found)
    throw new InputError(names[0], `not set; ${what}, or use --no-push --offline`)
  return found
}

/** `bpfman-release operator`: the same stages, with the same code, as the operator-release action. */
export async function operatorCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      stage: { type: 'string' },
      repo: { type: 'string', default: '.' },
      version: { type: 'string' },
      base: { type: 'string', default: 'main' },
      remote: { type: 'string', default: 'origin' },
      'github-repo': { type: 'string' },
      'bpfman-repo': { type: 'string', default: 'bpfman/bpfman' },
      'bundle-command': { type: 'string' },
      'skip-bundle': { type: 'boolean', default: false },
      'skip-go': { type: 'boolean', default: false },
      'openshift-versions': { type: 'string' },
      manifest: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'no-push': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  if (!values.stage) throw new InputError('--stage', 'is required: prepare, catalogs or next-dev')
  const stage = parseOperatorStage(values.stage, '--stage')
  if (!values.version) throw new InputError('--version', 'is required, e.g. --version 0.6.1')
  const version = parseVersion(values.version, '--version')
  if (values['skip-bundle'] && values['bundle-command'] !== undefined) {
    throw new InputError(
      '--skip-bundle',
      'and --bundle-command exclude each other; give one of them'
    )
  }
  const repoDir = resolve(values.repo)
  const push = !values['no-push']
  const offline = values.offline || !push
  const repository = await repositoryOfCheckout(
    repoDir,
    values.remote,
    values['github-repo'],
    'bpfman/bpfman-operator'
  )
  // The catalogs stage only reads the operator's release with it: the bot's token will do.
  const githubNames =
    stage === 'catalogs'
      ? ['GITHUB_TOKEN', 'GH_TOKEN', 'CATALOG_TOKEN']
      : ['GITHUB_TOKEN', 'GH_TOKEN']
  const githubToken = token(
    githubNames,
    push,
    'export a token with contents and pull-requests write access'
  )
  const client = (name: string): GitHubClient | undefined =>
    githubToken ? new GitHubClient(createOctokit(githubToken), parseRepository(name)) : undefined
  const print = (text: string): void => void process.stdout.write(`${text}\n`)
  const run = { dryRun: values['dry-run'], json: values.json, print }
  const identity = await new Git(repoDir).identity()

  if (stage === 'prepare') {
    const prepared = await planOperatorPrepare({
      repoDir,
      version: version.version,
      base: values.base,
      repository,
      offline,
      remote: push ? values.remote : undefined,
      github: push || !offline ? client(repository) : undefined,
      bpfman: offline ? undefined : client(values['bpfman-repo']),
      bundleCommand: values['skip-bundle']
        ? undefined
        : parseBundleCommand(values['bundle-command'] ?? 'make bundle', '--bundle-command'),
      skipGo: values['skip-go'],
      identity
    })
    await runPlan(prepared.plan, run)
    if (values['dry-run']) return EXIT_OK
    if (values.manifest) writeManifest(values.manifest, preparedManifest(prepared, repository))
    if (!values.json) {
      print(`\nRelease branch ${prepared.branch} at ${prepared.outputs.commit?.slice(0, 12)}.`)
      if (prepared.outputs.pr) print(`Pull request: ${prepared.outputs.pr.url}`)
      else
        print(
          `Nothing was pushed; inspect it with: git -C ${repoDir} log -p ${values.base}..${prepared.branch}`
        )
    }
    return EXIT_OK
  }

  if (stage === 'catalogs') {
    const catalogToken = token(
      ['CATALOG_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'],
      push,
      "export the bot account's token as CATALOG_TOKEN"
    )
    const result = await planOperatorCatalogs({
      repoDir,
      version: version.version,
      repository,
      remote: push ? values.remote : undefined,
      push,
      offline,
      github: offline ? undefined : client(repository),
      catalogOctokit: push && catalogToken ? createOctokit(catalogToken) : undefined,
      catalogToken: push ? catalogToken : undefined,
      gitServerUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
      openshiftVersions: values['openshift-versions'],
      identity
    })
    await runPlan(result.plan, run)
    if (values['dry-run']) return EXIT_OK
    if (values.manifest)
      writeManifest(
        values.manifest,
        withCatalogs(manifestToExtend(values.manifest, repository, version, values.base), result)
      )
    if (!values.json) {
      for (const catalog of result.catalogs) {
        if (catalog.outputs.pr)
          print(`Pull request to ${catalog.repository}: ${catalog.outputs.pr.url}`)
        else if (catalog.status === 'in-catalog')
          print(`${catalog.repository} already holds ${catalog.folder}.`)
      }
    }
    return EXIT_OK
  }

  const result = await planOperatorNextDev({
    repoDir,
    version: version.version,
    base: values.base,
    repository,
    remote: push ? values.remote : undefined,
    github: push ? client(repository) : undefined,
    identity
  })
  await runPlan(result.plan, run)
  if (values['dry-run']) return EXIT_OK
  if (values.manifest)
    writeManifest(
      values.manifest,
      withNextDev(manifestToExtend(values.manifest, repository, version, values.base), result)
    )
  if (!values.json && result.branch && result.plan.operations.length > 0) {
    if (result.outputs.pr) print(`\nPull request: ${result.outputs.pr.url}`)
    else
      print(
        `\nNothing was pushed; inspect it with: git -C ${repoDir} log -p ${values.base}..${result.branch}`
      )
  }
  return EXIT_OK
}
