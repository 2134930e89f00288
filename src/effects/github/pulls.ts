import { createOnce } from './create-once.js'
import { type RepoApi } from './api.js'

export interface PullRequest {
  number: number
  url: string
  state: string
  merged: boolean
  mergeCommitSha: string | null
  headRef: string
  /** The head branch's commit, where the pull request's checks run. */
  headSha: string
  baseRef: string
  title: string
  body: string
  labels: string[]
}

type PullData = {
  number: number
  html_url: string
  state: string
  merged_at: string | null
  merge_commit_sha: string | null
  head: { ref: string; sha: string }
  base: { ref: string }
  title: string
  body: string | null
  labels: { name?: string }[]
}

function toPullRequest(data: PullData): PullRequest {
  return {
    number: data.number,
    url: data.html_url,
    state: data.state,
    merged: data.merged_at !== null,
    mergeCommitSha: data.merge_commit_sha,
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    title: data.title,
    body: data.body ?? '',
    labels: data.labels.map((label) => label.name ?? '').filter(Boolean)
  }
}

/** Pull requests. */
export class Pulls {
  constructor(private readonly api: RepoApi) {}

  async find(
    head: string,
    base: string,
    state: 'open' | 'all' = 'open',
    headOwner = this.api.ref.owner
  ): Promise<PullRequest | undefined> {
    const { data } = await this.api.octokit.rest.pulls.list({
      ...this.api.ref,
      head: `${headOwner}:${head}`,
      base,
      state,
      per_page: 100
    })
    const pulls = (data as PullData[]).map(toPullRequest).filter((pull) => pull.headRef === head)
    return pulls.find((pull) => pull.state === 'open') ?? pulls[0]
  }

  async get(number: number): Promise<PullRequest> {
    const { data } = await this.api.octokit.rest.pulls.get({ ...this.api.ref, pull_number: number })
    return toPullRequest(data as PullData)
  }

  /** Opens the pull request for `head`, or updates the open one: never a second one. */
  async openOrUpdate(request: {
    head: string
    base: string
    title: string
    body: string
    headOwner?: string
  }): Promise<{ pull: PullRequest; status: 'created' | 'updated' | 'unchanged' }> {
    const existing = await this.find(request.head, request.base, 'open', request.headOwner)
    if (existing && existing.state === 'open') {
      if (existing.title === request.title && existing.body === request.body) {
        return { pull: existing, status: 'unchanged' }
      }
      const { data } = await this.api.octokit.rest.pulls.update({
        ...this.api.ref,
        pull_number: existing.number,
        title: request.title,
        body: request.body
      })
      return { pull: toPullRequest(data as PullData), status: 'updated' }
    }
    const head = request.headOwner ? `${request.headOwner}:${request.head}` : request.head
    const pull = await createOnce(
      `pull request ${head} -> ${request.base}`,
      async () => {
        const { data } = await this.api.octokit.rest.pulls.create({
          ...this.api.ref,
          head,
          base: request.base,
          title: request.title,
          body: request.body,
          maintainer_can_modify: true
        })
        return toPullRequest(data as PullData)
      },
      async () => {
        const found = await this.find(request.head, request.base, 'open', request.headOwner)
        return found?.state === 'open' ? found : undefined
      }
    )
    return { pull, status: 'created' }
  }

  /** The merged pull request from branch `head` (any base), or the newest closed or open one. */
  async findMerged(head: string): Promise<PullRequest | undefined> {
    const data = await this.api.octokit.paginate(this.api.octokit.rest.pulls.list, {
      ...this.api.ref,
      head: `${this.api.ref.owner}:${head}`,
      state: 'all',
      per_page: 100
    })
    const pulls = (data as PullData[]).map(toPullRequest).filter((pull) => pull.headRef === head)
    return pulls.find((pull) => pull.merged) ?? pulls[0]
  }

  /** The newest 100 pull requests, any state, newest first. */
  async recent(): Promise<PullRequest[]> {
    const { data } = await this.api.octokit.rest.pulls.list({
      ...this.api.ref,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 100
    })
    return (data as PullData[]).map(toPullRequest)
  }

  /**
   * The pull request from branch `head` among the newest 100 (any head
   * repository, any state; a merged one first): for a fork whose owner is not known.
   */
  async findRecent(head: string): Promise<PullRequest | undefined> {
    const pulls = (await this.recent()).filter((pull) => pull.headRef === head)
    return (
      pulls.find((pull) => pull.merged) ?? pulls.find((pull) => pull.state === 'open') ?? pulls[0]
    )
  }

  /**
   * The merged pull requests that brought `sha` in (GET /commits/{sha}/pulls),
   * oldest first: number, title and author login, as the changelog lists them.
   */
  async mergedOfCommit(sha: string): Promise<{ number: number; title: string; author: string }[]> {
    const { data } = await this.api.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...this.api.ref,
      commit_sha: sha,
      per_page: 100
    })
    return data
      .filter((pull) => pull.merged_at !== null)
      .sort((a, b) => a.number - b.number)
      .map((pull) => ({ number: pull.number, title: pull.title, author: pull.user?.login ?? '' }))
  }
}
