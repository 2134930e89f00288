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
  return (
    typeof error === 'object' && error !== null && (error as { status?: number }).status === status
  )
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

  async findPull(
    head: string,
    base: string,
    state: 'open' | 'all' = 'open',
    headOwner = this.ref.owner
  ): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.ref,
      head: `${headOwner}:${head}`,
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
    const existing = await this.findPull(request.head, request.base, 'open', request.headOwner)
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
    const { data: known } = await this.octokit.rest.issues.listLabelsForRepo({
      ...this.ref,
      per_page: 100
    })
    for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
      try {
        await this.octokit.rest.issues.createLabel({ ...this.ref, name, color: 'ededed' })
      } catch (error) {
        if (!isStatus(error, 422)) throw error // created meanwhile: fine
      }
    }
    await this.octokit.rest.issues.addLabels({
      ...this.ref,
      issue_number: issueNumber,
      labels: missing
    })
    return missing
  }

  /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
  async generateNotes(
    tag: string,
    target: string,
    previousTag: string | undefined
  ): Promise<string> {
    const { data } = await this.octokit.rest.repos.generateReleaseNotes({
      ...this.ref,
      tag_name: tag,
      target_commitish: target,
      ...(previousTag ? { previous_tag_name: previousTag } : {})
    })
    return data.body
  }

  /** The merged pull request from branch `head` (any base), or the newest closed or open one. */
  async findMergedPull(head: string): Promise<PullRequest | undefined> {
    const data = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      ...this.ref,
      head: `${this.ref.owner}:${head}`,
      state: 'all',
      per_page: 100
    })
    const pulls = (data as PullData[]).map(toPullRequest).filter((pull) => pull.headRef === head)
    return pulls.find((pull) => pull.merged) ?? pulls[0]
  }

  /** Every release, drafts included (GET /releases/tags/{tag} never returns a draft). */
  async listReleases(): Promise<Release[]> {
    const data = await this.octokit.paginate(this.octokit.rest.repos.listReleases, {
      ...this.ref,
      per_page: 100
    })
    return (data as ReleaseData[]).map(toRelease)
  }

  /** The release of `tag`, draft or published; found by listing, as drafts have no tag yet. */
  async findReleaseByTag(tag: string): Promise<Release | undefined> {
    return (await this.listReleases()).find((release) => release.tagName === tag)
  }

  async createRelease(
    request: { tag: string; target: string; draft: boolean } & ReleaseFields
  ): Promise<Release> {
    const { data } = await this.octokit.rest.repos.createRelease({
      ...this.ref,
      tag_name: request.tag,
      target_commitish: request.target,
      name: request.name,
      body: request.body,
      draft: request.draft,
      prerelease: request.prerelease,
      make_latest: request.makeLatest
    })
    return toRelease(data as ReleaseData)
  }

  /** Changes a release's fields; `draft: false` publishes it. */
  async updateRelease(
    id: number,
    fields: Partial<ReleaseFields> & { draft?: boolean }
  ): Promise<Release> {
    const { data } = await this.octokit.rest.repos.updateRelease({
      ...this.ref,
      release_id: id,
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.body !== undefined ? { body: fields.body } : {}),
      ...(fields.prerelease !== undefined ? { prerelease: fields.prerelease } : {}),
      ...(fields.makeLatest !== undefined ? { make_latest: fields.makeLatest } : {}),
      ...(fields.draft !== undefined ? { draft: fields.draft } : {})
    })
    return toRelease(data as ReleaseData)
  }

  /** The newest runs (at most 100) of a workflow file, optionally of one event. */
  async listWorkflowRuns(workflow: string, event?: string): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRuns({
      ...this.ref,
      workflow_id: workflow,
      ...(event ? { event } : {}),
      per_page: 100
    })
    return (data.workflow_runs as WorkflowRunData[]).map(toWorkflowRun)
  }

  /**
   * Starts a workflow_dispatch run. GitHub answers with the run when asked
   * (return_run_details); a server that does not know the flag answers 204 and
   * the run is undefined.
   */
  async dispatchWorkflow(
    workflow: string,
    ref: string,
    inputs: Record<string, string>
  ): Promise<{ runId?: number; url?: string }> {
    const response = await this.octokit.rest.actions.createWorkflowDispatch({
      ...this.ref,
      workflow_id: workflow,
      ref,
      inputs,
      return_run_details: true
    })
    // This Octokit's typings know only the 204 answer.
    const answer = response as { status: number; data: unknown }
    const data =
      answer.status === 200
        ? (answer.data as { workflow_run_id?: number; html_url?: string })
        : undefined
    return { runId: data?.workflow_run_id, url: data?.html_url }
  }

  /**
   * Dispatches `workflow` unless a run that `matches` is queued, running or
   * succeeded (a failed or cancelled one is dispatched again): a rerun never
   * starts a second run. Dispatch errors are GitHub's, for the caller to explain.
   */
  async dispatchOnce(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
    matches: (run: WorkflowRun) => boolean
  ): Promise<{ started: boolean; run: WorkflowRun | undefined; runId?: number; url?: string }> {
    const findRun = async (): Promise<WorkflowRun | undefined> => {
      let runs: WorkflowRun[]
      try {
        runs = await this.listWorkflowRuns(workflow, 'workflow_dispatch')
      } catch (error) {
        // GitHub lists runs of workflows on the default branch only; the dispatch says if the file is missing.
        if (isStatus(error, 404)) return undefined
        throw error
      }
      return runs.find((run) => matches(run) && isLiveOrSucceeded(run))
    }
    const existing = await findRun()
    if (existing) return { started: false, run: existing, runId: existing.id, url: existing.url }
    const started = await this.dispatchWorkflow(workflow, ref, inputs)
    if (started.runId !== undefined) return { started: true, run: undefined, ...started }
    const run = await findRun() // an older GitHub answers 204 without the run
    return { started: true, run, runId: run?.id, url: run?.url }
  }

  /** A release with what the asset calls need: its immutability, upload URL and every asset. */
  async getReleaseAssets(releaseId: number): Promise<ReleaseWithAssets> {
    const { data } = await this.octokit.rest.repos.getRelease({
      ...this.ref,
      release_id: releaseId
    })
    const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
      ...this.ref,
      release_id: releaseId,
      per_page: 100
    })
    const release = data as ReleaseData & { upload_url: string; immutable?: boolean }
    return {
      release: toRelease(release),
      immutable: release.immutable === true,
      uploadUrl: release.upload_url,
      assets: (assets as ReleaseAssetData[]).map(toReleaseAsset)
    }
  }

  /**
   * Uploads through the release's own upload_url (uploads.github.com on
   * github.com, the API host elsewhere), which Octokit's uploadReleaseAsset
   * would not follow for another API base.
   */
  async uploadReleaseAsset(
    uploadUrl: string,
    name: string,
    data: Buffer,
    contentType: string
  ): Promise<ReleaseAsset> {
    const response = await this.octokit.request({
      method: 'POST',
      url: uploadUrl,
      name,
      data,
      headers: { 'content-type': contentType, 'content-length': data.length }
    })
    return toReleaseAsset(response.data as ReleaseAssetData)
  }

  async deleteReleaseAsset(assetId: number): Promise<void> {
    await this.octokit.rest.repos.deleteReleaseAsset({ ...this.ref, asset_id: assetId })
  }

  /** An asset's bytes (GitHub redirects to its storage; fetch follows). */
  async downloadReleaseAsset(assetId: number): Promise<Buffer> {
    const { data } = await this.octokit.request(
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      {
        ...this.ref,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' }
      }
    )
    return Buffer.from(data as unknown as ArrayBuffer)
  }

  /** The account the token belongs to (a bot that opens pull requests from its forks). */
  async authenticatedUser(): Promise<{ login: string; id: number }> {
    const { data } = await this.octokit.rest.users.getAuthenticated()
    return { login: data.login, id: data.id }
  }

  /** This repository's default branch and, for a fork, its parent (owner/name); undefined when not found. */
  async repositoryInfo(): Promise<
    { defaultBranch: string; fork: boolean; parent: string | undefined } | undefined
  > {
    try {
      const { data } = await this.octokit.rest.repos.get({ ...this.ref })
      return { defaultBranch: data.default_branch, fork: data.fork, parent: data.parent?.full_name }
    } catch (error) {
      if (isStatus(error, 404)) return undefined
      throw error
    }
  }

  /** Forks this repository into the token's account; GitHub answers with the existing fork when there is one. */
  async createFork(): Promise<RepoRef> {
    const { data } = await this.octokit.rest.repos.createFork({ ...this.ref })
    return { owner: data.owner.login, repo: data.name }
  }

  /** Brings a fork's branch up to its parent's ("Sync fork"): fast-forward, merge, or none when even. */
  async syncFork(branch: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.mergeUpstream({ ...this.ref, branch })
    return data.merge_type ?? 'none'
  }
}

export interface ReleaseAsset {
  id: number
  name: string
  size: number
  /** `sha256:<hex>`; null where GitHub has not computed it (assets uploaded before June 2025). */
  digest: string | null
  /** `uploaded`; `starter` when an upload broke off and left the name taken. */
  state: string
  url: string
}

export interface ReleaseWithAssets {
  release: Release
  immutable: boolean
  uploadUrl: string
  assets: ReleaseAsset[]
}

type ReleaseAssetData = {
  id: number
  name: string
  size: number
  digest?: string | null
  state: string
  browser_download_url: string
}

function toReleaseAsset(data: ReleaseAssetData): ReleaseAsset {
  return {
    id: data.id,
    name: data.name,
    size: data.size,
    digest: data.digest ?? null,
    state: data.state,
    url: data.browser_download_url
  }
}

export interface Release {
  id: number
  tagName: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  /** The release page; a draft's page says `untagged-...` until it is published. */
  url: string
  targetCommitish: string
}

export interface ReleaseFields {
  name: string
  body: string
  prerelease: boolean
  /** 'false' keeps a patch of an older line from becoming the latest release. */
  makeLatest: 'true' | 'false' | 'legacy'
}

type ReleaseData = {
  id: number
  tag_name: string
  name: string | null
  body?: string | null
  draft: boolean
  prerelease: boolean
  html_url: string
  target_commitish: string
}

function toRelease(data: ReleaseData): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name ?? '',
    body: data.body ?? '',
    draft: data.draft,
    prerelease: data.prerelease,
    url: data.html_url,
    targetCommitish: data.target_commitish
  }
}

/** A run that counts as done or doing: queued, running, or completed with success. */
export function isLiveOrSucceeded(run: WorkflowRun): boolean {
  return run.status !== 'completed' || run.conclusion === 'success'
}

/** A run's state in a line: "run 12 (completed, success) https://...". */
export function describeRun(run: WorkflowRun): string {
  return `run ${run.id} (${run.status}${run.conclusion ? `, ${run.conclusion}` : ''}) ${run.url}`
}

export interface WorkflowRun {
  id: number
  url: string
  status: string
  conclusion: string | null
  displayTitle: string
  event: string
  /** Not in GitHub's REST answer (nor the emulator's): runs are matched by run-name; this is used when an answer has it. */
  inputs?: Record<string, unknown>
}

type WorkflowRunData = {
  id: number
  html_url: string
  status: string | null
  conclusion: string | null
  display_title: string
  event: string
  inputs?: Record<string, unknown>
}

function toWorkflowRun(data: WorkflowRunData): WorkflowRun {
  return {
    id: data.id,
    url: data.html_url,
    status: data.status ?? 'queued',
    conclusion: data.conclusion,
    displayTitle: data.display_title,
    event: data.event,
    inputs: data.inputs
  }
}

export { isStatus }
