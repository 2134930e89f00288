import { BareRepo } from './bare-repo.js'
import { HttpError, notFound, refused, type RequestContext } from './router.js'
import type { EmulatorState, RepoRecord } from './state.js'
import { userId, type Views } from './views.js'

/** What every route module works with: the state, the JSON views and the git behind a repo. */
export class Emulation {
  private readonly bare = new Map<string, BareRepo>()

  constructor(
    readonly state: EmulatorState,
    readonly views: Views,
    readonly baseUrl: string
  ) {}

  /** The repository named by the `{owner}/{repo}` path parameters, or GitHub's 404. */
  repo(request: RequestContext): RepoRecord {
    const repo = this.state.repo(request.params.owner, request.params.repo)
    if (!repo) throw notFound()
    return repo
  }

  git(repo: RepoRecord): BareRepo | undefined {
    if (!repo.gitDir) return undefined
    let bare = this.bare.get(repo.gitDir)
    if (!bare) {
      bare = new BareRepo(repo.gitDir)
      this.bare.set(repo.gitDir, bare)
    }
    return bare
  }

  /** The git behind a repo for routes that only git can answer; GitHub says 409 for an empty repository. */
  requireGit(repo: RepoRecord): BareRepo {
    const git = this.git(repo)
    if (!git) throw refused(409, 'Git Repository is empty.')
    return git
  }
}

/** The identity GitHub writes into commits made for a user (merge commits). */
export function noreplyIdentity(login: string): { name: string; email: string } {
  return { name: login, email: `${userId(login)}+${login}@users.noreply.github.com` }
}

export const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' }

export function integerParam(request: RequestContext, name: string): number {
  const value = Number(request.params[name])
  if (!Number.isInteger(value)) throw notFound()
  return value
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    throw new HttpError(422, {
      message: `Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a string.`,
      documentation_url: 'https://docs.github.com/rest',
      status: '422'
    })
  }
  return value
}

export function booleanField(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'boolean') {
    throw new HttpError(422, {
      message: `Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a boolean.`,
      documentation_url: 'https://docs.github.com/rest',
      status: '422'
    })
  }
  return value
}
