import { resolve } from 'node:path'
import { InputError } from '../release/errors.js'
import { GitHubClient, type Octokit, createOctokit } from '../effects/github/client.js'
import {
  parseRepository,
  repositoryFromRemoteUrl,
  repositoryName
} from '../effects/github/repository.js'
import { type Identity } from '../release/identity.js'
import { type Inputs, parseBoolean } from '../release/inputs.js'
import { assertRepoPath } from '../release/repo-path.js'
import { openRepository } from './checkout.js'
import { repositoryAt } from '../effects/repositories.js'

/** The settings every phase reads the same way, from the action's inputs or the CLI's flags. */
export interface CheckoutSettings {
  repoDir: string
  /** The remote to push to; undefined: nothing is pushed (--no-push). */
  remote: string | undefined
  /** The remote to fetch from, pushing or not. */
  fetchRemote: string
  /** owner/name: given, else from the remote's URL, else the project's. */
  repository: string
  /** Work without the GitHub API where a phase can. */
  offline: boolean
  dryRun: boolean
  /** The committer when one is given; each phase has its default (the Actions bot, or a bot account). */
  identity: Identity | undefined
  configFile: string | undefined
  /**
   * Whether events made with the token start workflows: an App's or a person's
   * token (the CLI's default), not a job's GITHUB_TOKEN (the actions' default:
   * the reusable workflows say true when they mint an App token).
   */
  eventsStartWorkflows: boolean
}

/**
 * Reads the checkout settings. `working-directory` must be a git repository
 * (checked here, so that a wrong folder is bad input before anything runs);
 * a folder inside one stands for the repository's top level.
 */
export async function checkoutSettings(
  inputs: Inputs,
  fallbackRepository: string
): Promise<CheckoutSettings> {
  const given = resolve(inputs.get('working-directory') || '.')
  const fetchRemote = inputs.get('remote') || 'origin'
  const push = !parseBoolean(inputs.get('no-push'), inputs.label('no-push'))
  const opened = await openRepository(given, undefined, inputs.label('working-directory'))
  // A folder inside the checkout (docs/) stands for the checkout, as it does for git.
  const repoDir = (await opened.topLevel()) ?? given
  const git = repoDir === given ? opened : repositoryAt(repoDir)
  if (inputs.get('remote') && !(await git.hasRemote(fetchRemote))) {
    throw new InputError(
      inputs.label('remote'),
      `${repoDir} has no remote "${fetchRemote}"; give one of its remotes (git remote -v)`
    )
  }
  const named = inputs.get('repository')
  let repository = named ? repositoryName(parseRepository(named, inputs.label('repository'))) : ''
  if (!repository) {
    const url = await git.remoteUrl(fetchRemote)
    const parsed = url ? repositoryFromRemoteUrl(url) : undefined
    repository = parsed ? repositoryName(parsed) : fallbackRepository
  }
  const name = inputs.get('committer-name')
  const email = inputs.get('committer-email')
  const dryRun = parseBoolean(inputs.get('dry-run'), inputs.label('dry-run'))
  return {
    repoDir,
    remote: push ? fetchRemote : undefined,
    fetchRemote,
    repository,
    // A dry run without a token builds what it can from git: the changelog from history.
    offline:
      parseBoolean(inputs.get('offline'), inputs.label('offline')) ||
      !push ||
      (dryRun && !inputs.get('token')),
    dryRun,
    identity: name && email ? { name, email } : undefined,
    configFile: inputs.get('config-file')
      ? assertRepoPath(inputs.get('config-file'), inputs.label('config-file'))
      : undefined,
    eventsStartWorkflows:
      inputs.get('events-start-workflows') === '' ||
      parseBoolean(inputs.get('events-start-workflows'), inputs.label('events-start-workflows'))
  }
}

/**
 * The release line a prepare is given (the same flags for bpfman and the
 * operator): the base branch, the changelog's start and summary, and a patch
 * release's patch-of and cherry-pick; allow-jump and replace.
 */
export function releaseLineSettings(inputs: Inputs): {
  base: string
  summary: string | undefined
  changelogSince: string | undefined
  patchOf: string | undefined
  cherryPick: string | undefined
  allowJump: boolean
  replace: boolean
  patchLines: true
} {
  return {
    base: inputs.get('base') || 'main',
    summary: inputs.get('summary') || undefined,
    changelogSince: inputs.get('changelog-since') || undefined,
    patchOf: inputs.get('patch-of') || undefined,
    cherryPick: inputs.get('cherry-pick') || undefined,
    allowJump: parseBoolean(inputs.get('allow-jump'), inputs.label('allow-jump')),
    replace: parseBoolean(inputs.get('replace'), inputs.label('replace')),
    patchLines: true
  }
}

/**
 * The GitHub client for `repository` with the token of input `tokenInput`,
 * or undefined when it is not needed; a needed token that is missing is bad
 * input, except in a dry run: it plans without one (nothing is sent to
 * GitHub then), and a request the plan itself would send is refused with the
 * token's name and what the request was.
 */
export function githubClientFor(
  inputs: Inputs,
  /** The run's API base URL (RunEnvironment's apiUrl). */
  apiUrl: string,
  repository: string,
  needed: boolean,
  what: string,
  tokenInput = 'token',
  repositoryInput = 'repository'
): GitHubClient | undefined {
  if (!needed) return undefined
  const token = inputs.get(tokenInput)
  const repo = parseRepository(repository, inputs.label(repositoryInput))
  if (token) {
    const octokit = createOctokit(token, {
      baseUrl: apiUrl,
      inputs: {
        repositories: { [repository]: inputs.label(repositoryInput) },
        token: inputs.label(tokenInput)
      }
    })
    return new GitHubClient(octokit, repo)
  }
  if (!parseBoolean(inputs.get('dry-run'), inputs.label('dry-run'))) {
    throw new InputError(inputs.label(tokenInput), `not set; ${what}`)
  }
  return new GitHubClient(tokenlessOctokit(apiUrl, inputs.label(tokenInput), what), repo)
}

/** An Octokit that sends nothing: each request is refused, naming it and the missing token. */
function tokenlessOctokit(apiUrl: string, label: string, what: string): Octokit {
  return createOctokit('no-token', {
    baseUrl: apiUrl,
    refuse: (method, path) =>
      new InputError(
        label,
        `not set, and this dry run needs GitHub to plan (${method} ${path}); ${what}`
      )
  })
}
