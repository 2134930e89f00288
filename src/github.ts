import { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export function parseRepository(text: string, input = 'repository'): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text)
  if (!match) throw new Error(`${input}: "${text}" is not owner/name`)
  return { owner: match[1], repo: match[2] }
}

export function repositoryName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`
}

/** owner/name from a GitHub remote URL (https or ssh), or undefined for any other remote. */
export function repositoryFromRemoteUrl(url: string): RepoRef | undefined {
  const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  return match ? { owner: match[1], repo: match[2] } : undefined
}

/** The API base: GITHUB_API_URL as Actions sets it (or the local emulator), else api.github.com. */
export function apiBaseUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

export function createOctokit(token: string, baseUrl = apiBaseUrl()): Octokit {
  return getOctokit(token, { baseUrl })
}

export interface PullRequest {
  number: number
  url: string
  state: string
  merged: boolean
  mergeCommitSha: string | null
  headRef: string
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
  head: { ref: string }
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
    baseRef: data.base.ref,
    title: data.title,
    body: data.body ?? '',
    labels: data.labels.map((label) => label.name ?? '').filter(Boolean)
  }
}

function isStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: number }).status === status
}

/**
 * The GitHub calls the phases make, each idempotent: it looks for what it would
 * create before creating it.
 */
export class GitHubClient {
  constructor(
    readonly octokit: Octokit,
    readonly ref: RepoRef
  ) {}

  get name(): string {
    return repositoryName(this.ref)
  }

  async findPull(head: string, base: string, state: 'open' | 'all' = 'open'): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.ref,
      head: `${this.ref.owner}:${head}`,
      base,
      state,
      per_page: 100
    })
    const pulls = (data as PullData[]).map(toPullRequest).filter((pull) => pull.headRef === head)
    return pulls.find((pull) => pull.state === 'open') ?? pulls[0]
  }

  async getPull(number: number): Promise<PullRequest> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.ref, pull_number: number })
    return toPullRequest(data as PullData)
  }

  /** Opens the pull request for `head`, or updates the open one: never a second one. */
  async openOrUpdatePull(request: {
    head: string
    base: string
    title: string
    body: string
    headOwner?: string
  }): Promise<{ pull: PullRequest; status: 'created' | 'updated' | 'unchanged' }> {
    const existing = await this.findPull(request.head, request.base)
    if (existing && existing.state === 'open') {
      if (existing.title === request.title && existing.body === request.body) {
        return { pull: existing, status: 'unchanged' }
      }
      const { data } = await this.octokit.rest.pulls.update({
        ...this.ref,
        pull_number: existing.number,
        title: request.title,
        body: request.body
      })
      return { pull: toPullRequest(data as PullData), status: 'updated' }
    }
    const head = request.headOwner ? `${request.headOwner}:${request.head}` : request.head
    const { data } = await this.octokit.rest.pulls.create({
      ...this.ref,
      head,
      base: request.base,
      title: request.title,
      body: request.body,
      maintainer_can_modify: true
    })
    return { pull: toPullRequest(data as PullData), status: 'created' }
  }

  /** Adds the labels that the pull request lacks, creating missing labels in the repository. */
  async ensureLabels(issueNumber: number, labels: string[]): Promise<string[]> {
    const { data: current } = await this.octokit.rest.issues.listLabelsOnIssue({
      ...this.ref,
      issue_number: issueNumber
    })
    const missing = labels.filter((label) => !current.some((c) => c.name === label))
    if (missing.length === 0) return []
    const { data: known } = await this.octokit.rest.issues.listLabelsForRepo({ ...this.ref, per_page: 100 })
    for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
      try {
        await this.octokit.rest.issues.createLabel({ ...this.ref, name, color: 'ededed' })
      } catch (error) {
        if (!isStatus(error, 422)) throw error // created meanwhile: fine
      }
    }
    await this.octokit.rest.issues.addLabels({ ...this.ref, issue_number: issueNumber, labels: missing })
    return missing
  }

  /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
  async generateNotes(tag: string, target: string, previousTag: string | undefined): Promise<string> {
    const { data } = await this.octokit.rest.repos.generateReleaseNotes({
      ...this.ref,
      tag_name: tag,
      target_commitish: target,
      ...(previousTag ? { previous_tag_name: previousTag } : {})
    })
    return data.body
  }
}

export { isStatus }
