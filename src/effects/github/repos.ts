import { type RepoApi, isStatus } from './api.js'
import { type RepoRef } from './repository.js'

/** The repository itself: its settings, forks, and the token's account. */
export class Repos {
  constructor(private readonly api: RepoApi) {}

  /** The account the token belongs to (a bot that opens pull requests from its forks). */
  async authenticatedUser(): Promise<{ login: string; id: number }> {
    const { data } = await this.api.octokit.rest.users.getAuthenticated()
    return { login: data.login, id: data.id }
  }

  /** This repository's default branch and, for a fork, its parent (owner/name); undefined when not found. */
  async info(): Promise<
    { defaultBranch: string; fork: boolean; parent: string | undefined } | undefined
  > {
    try {
      const { data } = await this.api.octokit.rest.repos.get({ ...this.api.ref })
      return { defaultBranch: data.default_branch, fork: data.fork, parent: data.parent?.full_name }
    } catch (error) {
      if (isStatus(error, 404)) return undefined
      throw error
    }
  }

  /** The commit `ref` (a tag, a branch, a SHA) names; undefined when there is none. */
  async commitOf(ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.api.octokit.rest.repos.getCommit({ ...this.api.ref, ref })
      return data.sha
    } catch (error) {
      if (isStatus(error, 404) || isStatus(error, 422)) return undefined
      throw error
    }
  }

  /** Forks this repository into the token's account; GitHub answers with the existing fork when there is one. */
  async createFork(): Promise<RepoRef> {
    // GitHub answers a second fork request with the fork it has: resent like a PUT.
    const { data } = await this.api.octokit.rest.repos.createFork({
      ...this.api.ref,
      request: { idempotent: true }
    })
    return { owner: data.owner.login, repo: data.name }
  }

  /** Brings a fork's branch up to its parent's ("Sync fork"): fast-forward, merge, or none when even. */
  async syncFork(branch: string): Promise<string> {
    // Syncing an even fork changes nothing: resent like a PUT.
    const { data } = await this.api.octokit.rest.repos.mergeUpstream({
      ...this.api.ref,
      branch,
      request: { idempotent: true }
    })
    return data.merge_type ?? 'none'
  }
}
