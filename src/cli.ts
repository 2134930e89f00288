#!/usr/bin/env node
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EXIT_BAD_INPUT, EXIT_OK, InputError, exitCodeFor, messageOf } from './release/errors.js'
import { Git } from './effects/git.js'
import { GitHubClient, createOctokit, parseRepository } from './effects/github/client.js'
import { writeManifest } from './release/manifest.js'
import { parseLockfileMode, planPrepare } from './phases/prepare.js'
import {
  parsePublishMode,
  planTagRelease,
  readManifestFor,
  tagReleaseLinks,
  tagReleaseManifest
} from './phases/tag-release.js'
import { parseRepoKind } from './phases/verify-release.js'
import { OPERATOR_USAGE, operatorCommand } from './operator/command.js'
import { POST_USAGE, postCommand } from './post/command.js'
import { repositoryOfCheckout } from './repo.js'
import { runPlan } from './runner.js'

const USAGE = `Usage: bpfman-release <command> [options]

Commands:
  prepare   prepare a bpfman release: branch release-vX.Y.Z, one signed-off commit, pull request
  tag       tag a merged release (bpfman or bpfman-operator): verify the merged tree, tag vX.Y.Z,
            draft the GitHub release, optionally publish it and dispatch the publication workflow
  post      after the tag: release YAMLs on the draft, publish it, dispatcher image tags, the pull
            request putting :latest back, publication checks, hand-over to bpfman-operator
  operator  bpfman-operator: --stage prepare (VERSION, make bundle, labels, links, go.mod, pull
            request), catalogs (community operator catalog pull requests), next-dev (-dev VERSION)

Options for prepare:
  --repo DIR                 the bpfman checkout (default: .)
  --version X                the version to release: 0.6.1, v0.6.1 or 0.7.0-rc1
  --base BRANCH              the branch the release is made from (default: main)
  --remote NAME              the remote to push to (default: origin)
  --github-repo OWNER/NAME   the GitHub repository (default: from the remote URL, else bpfman/bpfman)
  --lockfile MODE            workspace (default), generate or none
  --summary TEXT             the changelog's opening paragraph
  --dry-run                  print the plan and change nothing
  --no-push                  commit on the local release branch; no remote or API call
  --offline                  build the changelog from git history instead of the GitHub API
  --json                     print the plan as JSON
  --help                     this text

Options for tag (same meanings as above, plus):
  --version X                the version; empty: from the release pull request's branch (--pr)
  --pr N                     the merged release pull request (default: found from release-vX.Y.Z)
  --base BRANCH              the branch it merged into (default: the pull request's base, else main)
  --kind KIND                auto (default), bpfman or operator: how the merged tree is verified
  --publish MODE             later (default: leave a draft) or now (publish at once)
  --dispatch-workflow FILE   dispatch this workflow with input tag=vX.Y.Z, unless a run for it exists
  --dispatch-ref REF         the ref the dispatched workflow runs on (default: the tag)
  --manifest PATH            update (or write) the release manifest at PATH
  --dry-run, --json          verify and print the plan; change nothing

${POST_USAGE}

${OPERATOR_USAGE}

The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at another API.
Exit codes: 0 done, 1 failed, 2 bad input.`

function githubClient(repository: string, needed: boolean): GitHubClient | undefined {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (!needed) return undefined
  if (!token) {
    throw new InputError(
      'GITHUB_TOKEN',
      'not set; export a token with contents and pull-requests write access, or use --no-push --offline'
    )
  }
  return new GitHubClient(createOctokit(token), parseRepository(repository))
}

async function prepare(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      repo: { type: 'string', default: '.' },
      version: { type: 'string' },
      base: { type: 'string', default: 'main' },
      remote: { type: 'string', default: 'origin' },
      'github-repo': { type: 'string' },
      lockfile: { type: 'string', default: 'workspace' },
      summary: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'no-push': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  if (!values.version) throw new InputError('--version', 'is required, e.g. --version 0.6.1')
  const repoDir = resolve(values.repo)
  const push = !values['no-push']
  const offline = values.offline || !push
  const repository = await repositoryOfCheckout(
    repoDir,
    values.remote,
    values['github-repo'],
    'bpfman/bpfman'
  )
  const prepared = await planPrepare({
    repoDir,
    version: values.version,
    base: values.base,
    repository,
    lockfile: parseLockfileMode(values.lockfile),
    summary: values.summary,
    offline,
    remote: push ? values.remote : undefined,
    github: githubClient(repository, push || !offline),
    identity: await new Git(repoDir).identity()
  })
  const print = (text: string): void => void process.stdout.write(`${text}\n`)
  await runPlan(prepared.plan, { dryRun: values['dry-run'], json: values.json, print })
  if (!values['dry-run'] && !values.json) {
    print(`\nRelease branch ${prepared.branch} at ${prepared.outputs.commit?.slice(0, 12)}.`)
    if (prepared.outputs.pr) print(`Pull request: ${prepared.outputs.pr.url}`)
    else
      print(
        `Nothing was pushed; inspect it with: git -C ${repoDir} log -p ${prepared.base}..${prepared.branch}`
      )
  }
  return EXIT_OK
}

async function tag(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      repo: { type: 'string', default: '.' },
      version: { type: 'string' },
      pr: { type: 'string' },
      base: { type: 'string' },
      remote: { type: 'string', default: 'origin' },
      'github-repo': { type: 'string' },
      kind: { type: 'string', default: 'auto' },
      publish: { type: 'string', default: 'later' },
      'dispatch-workflow': { type: 'string' },
      'dispatch-ref': { type: 'string' },
      manifest: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  if (values.pr !== undefined && !/^[1-9]\d*$/.test(values.pr)) {
    throw new InputError('--pr', `"${values.pr}" is not a pull request number`)
  }
  if (!values.version && values.pr === undefined) {
    throw new InputError('--version', 'or --pr is required, e.g. --version 0.6.1')
  }
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (!token) {
    throw new InputError(
      'GITHUB_TOKEN',
      'not set; export a token with contents and actions write access'
    )
  }
  const repoDir = resolve(values.repo)
  const repository = await repositoryOfCheckout(
    repoDir,
    values.remote,
    values['github-repo'],
    'bpfman/bpfman'
  )
  const tagged = await planTagRelease({
    repoDir,
    repository,
    version: values.version,
    pr: values.pr === undefined ? undefined : Number(values.pr),
    base: values.base,
    remote: values.remote,
    github: new GitHubClient(createOctokit(token), parseRepository(repository)),
    identity: await new Git(repoDir).identity(),
    kind: parseRepoKind(values.kind),
    publish: parsePublishMode(values.publish),
    dispatchWorkflow: values['dispatch-workflow'],
    dispatchRef: values['dispatch-ref']
  })
  const existing = values.manifest ? readManifestFor(values.manifest, tagged.version) : undefined
  const print = (text: string): void => void process.stdout.write(`${text}\n`)
  await runPlan(tagged.plan, { dryRun: values['dry-run'], json: values.json, print })
  if (values['dry-run']) return EXIT_OK
  if (values.manifest) {
    writeManifest(values.manifest, tagReleaseManifest(tagged, repository, existing))
  }
  if (!values.json) {
    print('')
    for (const link of tagReleaseLinks(tagged)) print(`${link.label}: ${link.url}`)
  }
  return EXIT_OK
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  prepare,
  tag,
  post: postCommand,
  operator: operatorCommand
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || rest.includes('--help')) {
    process.stdout.write(`${USAGE}\n`)
    return command ? EXIT_OK : EXIT_BAD_INPUT
  }
  const handler = COMMANDS[command]
  if (!handler) {
    process.stderr.write(`bpfman-release: unknown command "${command}"\n\n${USAGE}\n`)
    return EXIT_BAD_INPUT
  }
  try {
    return await handler(rest)
  } catch (error) {
    const isArgError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write(`bpfman-release ${command}: ${messageOf(error)}\n`)
    return isArgError ? EXIT_BAD_INPUT : exitCodeFor(error)
  }
}

process.exitCode = await main(process.argv.slice(2))
