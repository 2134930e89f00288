import { createHash } from 'node:crypto'
import { zipArchive } from './zip.js'

/**
 * Everything the emulator knows, as plain records that tests can inspect
 * (`emulator.state.pulls`, `.releases`, `.dispatches`, `.requests`...). The
 * route modules change it; the views turn records into GitHub's JSON.
 */
import type { FaultKind } from './faults.js'

export interface EmulatorRepo {
  owner: string
  name: string
  defaultBranch?: string
  /** A bare git repository on disk backing this repo. */
  gitDir?: string
  /** The repository setting "immutable releases": published releases keep their assets. */
  immutableReleases?: boolean
  /** Workflow files (`release.yml`) to accept for dispatch without reading them from gitDir. */
  workflows?: string[]
  private?: boolean
  /** Users with push access besides the owner; undefined: every user token has it. */
  collaborators?: string[]
}

export interface RepoRecord {
  id: number
  owner: string
  name: string
  defaultBranch: string
  gitDir?: string
  immutableReleases: boolean
  private: boolean
  workflows: string[]
  collaborators?: string[]
  fork: boolean
  /** `owner/name` of the repository this one was forked from. */
  parent?: string
  createdAt: string
  /** The release pinned as latest by make_latest=true; undefined means GitHub's legacy rule. */
  latestReleaseId?: number
  lastIssueNumber: number
  /** Settings a test sets (secrets, variables, Actions permissions, branch protection); GitHub's defaults when absent. */
  settings?: RepoSettings
}

/** A repository's settings as the settings routes answer them (routes/settings.ts). */
export interface RepoSettings {
  /** Names of the repository's Actions secrets (their values are never answered). */
  secrets?: string[]
  /** Actions variables: name -> value. */
  variables?: Record<string, string>
  /** "Allow GitHub Actions to create and approve pull requests" (default off). */
  canApprovePullRequestReviews?: boolean
  /** GITHUB_TOKEN's default permissions (default read). */
  defaultWorkflowPermissions?: 'read' | 'write'
  /** Classic branch protection: branch -> its required status checks. */
  protection?: Record<string, { strict: boolean; contexts: string[] }>
  /** Active rulesets' required status checks, by branch. */
  rulesetChecks?: Record<string, string[]>
}

export interface PullRecord {
  id: number
  /** `owner/name` of the base repository (lower case key). */
  repoKey: string
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  user: string
  head: { owner: string; repo: string; ref: string; sha: string }
  base: { ref: string; sha: string }
  labels: string[]
  maintainerCanModify: boolean
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
  mergeCommitSha: string | null
  mergedBy: string | null
}

export interface LabelRecord {
  id: number
  repoKey: string
  name: string
  color: string
  description: string | null
  default: boolean
}

export type MakeLatest = 'true' | 'false' | 'legacy'

export interface ReleaseRecord {
  id: number
  repoKey: string
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  /** Set when the release is published while the repository has immutable releases on. */
  immutable: boolean
  /** make_latest as last requested; applied when the release is published. */
  makeLatest: MakeLatest
  author: string
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  /** GitHub shows drafts under `untagged-<hex>` until they are published. */
  untaggedName: string
}

export interface AssetRecord {
  id: number
  releaseId: number
  name: string
  label: string | null
  contentType: string
  data: Buffer
  uploader: string
  downloadCount: number
  createdAt: string
  updatedAt: string
}

export interface WorkflowRecord {
  id: number
  repoKey: string
  /** `.github/workflows/release.yml` */
  path: string
  name: string
  lastRunNumber: number
}

export type RunStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending' | 'action_required'
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'neutral'
  | 'timed_out'
  | 'action_required'
  | 'stale'

export interface WorkflowRunRecord {
  id: number
  repoKey: string
  workflowId: number
  path: string
  name: string
  displayTitle: string
  event: string
  status: RunStatus
  conclusion: RunConclusion | null
  headBranch: string | null
  headSha: string
  /**
   * The repository the run's head commit came from: the run's own, or a
   * fork's for a pull request from a fork (its CI runs in the parent).
   */
  headRepoKey: string
  runNumber: number
  actor: string
  /** The inputs of a workflow_dispatch, as sent. */
  inputs: Record<string, unknown>
  createdAt: string
  updatedAt: string
}

export interface DispatchRecord {
  repoKey: string
  workflow: string
  ref: string
  inputs: Record<string, unknown>
  runId: number
  at: string
}

/** Who made an event: GitHub starts no workflow for one made with GITHUB_TOKEN (but dispatches). */
export type MadeWith = 'GITHUB_TOKEN' | 'app' | 'user'

/** Something that happened to a repository that may start workflows: what GitHub would deliver to Actions. */
export interface EventRecord {
  id: number
  repoKey: string
  name: 'pull_request' | 'push' | 'release' | 'workflow_dispatch'
  /** pull_request: opened, closed; release: published. */
  action?: string
  /** push: the full ref; workflow_dispatch: the ref it runs on. */
  ref?: string
  sha?: string
  /** pull_request: its number. */
  number?: number
  /** release: its id. */
  releaseId?: number
  /** workflow_dispatch: the run the dispatch recorded (see dispatches). */
  runId?: number
  madeWith: MadeWith
  actor: string
  at: string
}

/** An artifact a workflow run uploaded (actions/upload-artifact): its files, zipped on download. */
export interface ArtifactRecord {
  id: number
  repoKey: string
  runId: number
  name: string
  /** Paths inside the artifact, `/`-separated, relative to its root. */
  files: { path: string; data: Buffer }[]
  /** The zip GitHub serves for it (archive_download_url). */
  zip: Buffer
  /** `sha256:<hex>` of the zip, as upload-artifact v4 records it. */
  digest: string
  headBranch: string | null
  headSha: string
  createdAt: string
  updatedAt: string
  expiresAt: string
  expired: boolean
}

export interface ForkRecord {
  parent: string
  fork: string
}

export interface RequestRecord {
  method: string
  path: string
  query: string
  /** The status answered; 'dropped' when the connection was cut before handling, 'lost' after. */
  status: number | 'dropped' | 'lost'
  /** For a lost answer: the status the request was handled with (its change is kept). */
  handledStatus?: number
  login: string
  at: string
  /** Set when an injected fault fired on the request. */
  injected?: boolean
  fault?: FaultKind
}

export interface SeedPull {
  number?: number
  title: string
  user: string
  headRef?: string
  baseRef?: string
  mergeCommitSha?: string
  mergedAt?: string
  body?: string
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}

/** GitHub's timestamps: ISO 8601 in UTC without milliseconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A stable 40-hex stand-in for a commit when a repository has no gitDir. */
export function syntheticSha(seed: string): string {
  let hash = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 40; round++) {
    for (const char of `${seed}#${round}`)
      hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    out += hash.toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}

/** What `EmulatorState.snapshot` copies; opaque to tests. */
export interface StateSnapshot {
  repos: [string, RepoRecord][]
  pulls: PullRecord[]
  labels: LabelRecord[]
  releases: ReleaseRecord[]
  assets: AssetRecord[]
  workflows: WorkflowRecord[]
  workflowRuns: WorkflowRunRecord[]
  dispatches: DispatchRecord[]
  events?: EventRecord[]
  artifacts: ArtifactRecord[]
  forks: ForkRecord[]
  requests: RequestRecord[]
  lastId: [string, number][]
}

function replace<T>(target: T[], items: T[]): void {
  target.length = 0
  target.push(...items)
}

export class EmulatorState {
  readonly repos = new Map<string, RepoRecord>()
  readonly pulls: PullRecord[] = []
  readonly labels: LabelRecord[] = []
  readonly releases: ReleaseRecord[] = []
  readonly assets: AssetRecord[] = []
  readonly workflows: WorkflowRecord[] = []
  readonly workflowRuns: WorkflowRunRecord[] = []
  readonly dispatches: DispatchRecord[] = []
  readonly events: EventRecord[] = []
  readonly artifacts: ArtifactRecord[] = []
  readonly forks: ForkRecord[] = []
  readonly requests: RequestRecord[] = []

  private lastId = new Map<string, number>()

  /** Records an event for the workflows it may start. */
  addEvent(event: Omit<EventRecord, 'id' | 'at'>): EventRecord {
    const record = { ...event, id: this.nextId('event'), at: timestamp() }
    this.events.push(record)
    return record
  }

  /**
   * A copy of everything known, for `restore`: a test builds an expensive
   * world once and puts it back before each run of a matrix.
   */
  snapshot(): StateSnapshot {
    return structuredClone({
      repos: [...this.repos.entries()],
      pulls: this.pulls,
      labels: this.labels,
      releases: this.releases,
      assets: this.assets,
      workflows: this.workflows,
      workflowRuns: this.workflowRuns,
      dispatches: this.dispatches,
      events: this.events,
      artifacts: this.artifacts,
      forks: this.forks,
      requests: this.requests,
      lastId: [...this.lastId.entries()]
    })
  }

  /** Puts back what `snapshot` copied, in place (the routes hold this object). */
  restore(snapshot: StateSnapshot): void {
    const copy = structuredClone(snapshot)
    this.repos.clear()
    for (const [key, repo] of copy.repos) this.repos.set(key, repo)
    this.lastId.clear()
    for (const [kind, id] of copy.lastId) this.lastId.set(kind, id)
    // structuredClone turns a Buffer into a plain Uint8Array; the routes want Buffers.
    for (const asset of copy.assets) asset.data = Buffer.from(asset.data)
    for (const artifact of copy.artifacts) {
      artifact.zip = Buffer.from(artifact.zip)
      for (const file of artifact.files) file.data = Buffer.from(file.data)
    }
    replace(this.pulls, copy.pulls)
    replace(this.labels, copy.labels)
    replace(this.releases, copy.releases)
    replace(this.assets, copy.assets)
    replace(this.workflows, copy.workflows)
    replace(this.workflowRuns, copy.workflowRuns)
    replace(this.dispatches, copy.dispatches)
    replace(this.events, copy.events ?? [])
    replace(this.artifacts, copy.artifacts)
    replace(this.forks, copy.forks)
    replace(this.requests, copy.requests)
  }

  /** Ids per kind, in ranges that look like GitHub's and never collide between kinds. */
  nextId(
    kind:
      'repo' | 'pull' | 'label' | 'release' | 'asset' | 'workflow' | 'run' | 'artifact' | 'event'
  ): number {
    const start = {
      repo: 700_000_000,
      pull: 1_800_000_000,
      label: 6_000_000_000,
      release: 190_000_000,
      asset: 250_000_000,
      workflow: 90_000_000,
      run: 11_000_000_000,
      artifact: 3_400_000_000,
      event: 40_000_000_000
    }[kind]
    const id = (this.lastId.get(kind) ?? start) + 1
    this.lastId.set(kind, id)
    return id
  }

  /** Adds a repository, or updates the settings of one already known (e.g. a fork). */
  addRepo(repo: EmulatorRepo): RepoRecord {
    const key = repoKey(repo.owner, repo.name)
    const existing = this.repos.get(key)
    if (existing) {
      if (repo.defaultBranch) existing.defaultBranch = repo.defaultBranch
      if (repo.gitDir) existing.gitDir = repo.gitDir
      if (repo.immutableReleases !== undefined) existing.immutableReleases = repo.immutableReleases
      if (repo.workflows) existing.workflows = repo.workflows
      if (repo.private !== undefined) existing.private = repo.private
      if (repo.collaborators) existing.collaborators = repo.collaborators
      return existing
    }
    const record: RepoRecord = {
      id: this.nextId('repo'),
      owner: repo.owner,
      name: repo.name,
      defaultBranch: repo.defaultBranch ?? 'main',
      gitDir: repo.gitDir,
      immutableReleases: repo.immutableReleases ?? false,
      private: repo.private ?? false,
      workflows: repo.workflows ?? [],
      collaborators: repo.collaborators,
      fork: false,
      createdAt: timestamp(),
      lastIssueNumber: 0
    }
    this.repos.set(key, record)
    return record
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(repoKey(owner, name))
  }

  repoByKey(key: string): RepoRecord {
    const repo = this.repos.get(key)
    if (!repo) throw new Error(`no repository ${key} in the emulator`)
    return repo
  }

  setImmutableReleases(owner: string, name: string, on: boolean): void {
    const repo = this.repo(owner, name)
    if (!repo) throw new Error(`no repository ${owner}/${name} in the emulator; addRepo it first`)
    repo.immutableReleases = on
  }

  pull(owner: string, name: string, number: number): PullRecord | undefined {
    const key = repoKey(owner, name)
    return this.pulls.find((pull) => pull.repoKey === key && pull.number === number)
  }

  pullsOf(key: string): PullRecord[] {
    return this.pulls.filter((pull) => pull.repoKey === key)
  }

  /** Records a pull request that was merged before the test began (for release notes). */
  seedMergedPull(owner: string, name: string, seed: SeedPull): PullRecord {
    const repo = this.repo(owner, name)
    if (!repo) throw new Error(`no repository ${owner}/${name} in the emulator; addRepo it first`)
    const number = seed.number ?? repo.lastIssueNumber + 1
    repo.lastIssueNumber = Math.max(repo.lastIssueNumber, number)
    const mergedAt = seed.mergedAt ?? timestamp()
    const mergeCommitSha = seed.mergeCommitSha ?? syntheticSha(`${repoKey(owner, name)}#${number}`)
    const record: PullRecord = {
      id: this.nextId('pull'),
      repoKey: repoKey(owner, name),
      number,
      title: seed.title,
      body: seed.body ?? null,
      state: 'closed',
      draft: false,
      user: seed.user,
      head: {
        owner: seed.user,
        repo: name,
        ref: seed.headRef ?? `pr-${number}`,
        sha: syntheticSha(`head-${number}`)
      },
      base: { ref: seed.baseRef ?? repo.defaultBranch, sha: syntheticSha(`base-${number}`) },
      labels: [],
      maintainerCanModify: false,
      createdAt: mergedAt,
      updatedAt: mergedAt,
      closedAt: mergedAt,
      mergedAt,
      mergeCommitSha,
      mergedBy: owner
    }
    this.pulls.push(record)
    return record
  }

  labelsOf(key: string): LabelRecord[] {
    return this.labels.filter((label) => label.repoKey === key)
  }

  releasesOf(key: string): ReleaseRecord[] {
    return this.releases.filter((release) => release.repoKey === key)
  }

  release(key: string, id: number): ReleaseRecord | undefined {
    return this.releases.find((release) => release.repoKey === key && release.id === id)
  }

  assetsOf(releaseId: number): AssetRecord[] {
    return this.assets.filter((asset) => asset.releaseId === releaseId)
  }

  run(id: number): WorkflowRunRecord | undefined {
    return this.workflowRuns.find((run) => run.id === id)
  }

  /** What a test does where GitHub's runner would: move a run along. */
  setRunStatus(
    id: number,
    status: RunStatus,
    conclusion: RunConclusion | null = null
  ): WorkflowRunRecord {
    const run = this.run(id)
    if (!run) throw new Error(`no workflow run ${id} in the emulator`)
    run.status = status
    run.conclusion = status === 'completed' ? (conclusion ?? 'success') : conclusion
    run.updatedAt = timestamp()
    return run
  }

  /** The workflow record for a file name, created on first use. */
  workflow(key: string, file: string, name?: string): WorkflowRecord {
    const path = file.startsWith('.github/') ? file : `.github/workflows/${file}`
    let workflow = this.workflows.find((w) => w.repoKey === key && w.path === path)
    if (!workflow) {
      workflow = {
        id: this.nextId('workflow'),
        repoKey: key,
        path,
        name: name ?? path,
        lastRunNumber: 0
      }
      this.workflows.push(workflow)
    } else if (name) {
      workflow.name = name
    }
    return workflow
  }

  /** Records a run the way GitHub would for any event (push, tag, schedule...). */
  addWorkflowRun(
    owner: string,
    name: string,
    run: {
      workflow: string
      event?: string
      headBranch?: string | null
      headSha?: string
      status?: RunStatus
      conclusion?: RunConclusion | null
      displayTitle?: string
      actor?: string
      inputs?: Record<string, unknown>
      /** owner/name of a fork whose pull request the run is for; default the repository itself. */
      headRepository?: string
    }
  ): WorkflowRunRecord {
    const key = repoKey(owner, name)
    const headRepoKey = run.headRepository ? run.headRepository.toLowerCase() : key
    this.repoByKey(headRepoKey)
    const workflow = this.workflow(key, run.workflow)
    const headBranch =
      run.headBranch === undefined ? this.repoByKey(key).defaultBranch : run.headBranch
    const record: WorkflowRunRecord = {
      id: this.nextId('run'),
      repoKey: key,
      workflowId: workflow.id,
      path: workflow.path,
      name: workflow.name,
      displayTitle: run.displayTitle ?? workflow.name,
      event: run.event ?? 'push',
      status: run.status ?? 'queued',
      conclusion: run.conclusion ?? null,
      headBranch,
      headSha: run.headSha ?? syntheticSha(`${key}@${headBranch}`),
      headRepoKey,
      runNumber: ++workflow.lastRunNumber,
      actor: run.actor ?? owner,
      inputs: run.inputs ?? {},
      createdAt: timestamp(),
      updatedAt: timestamp()
    }
    this.workflowRuns.push(record)
    return record
  }

  artifactsOf(key: string): ArtifactRecord[] {
    return this.artifacts.filter((artifact) => artifact.repoKey === key)
  }

  /**
   * Records what actions/upload-artifact uploads: a name unique within the run
   * (a second upload of it is GitHub's 409 unless `overwrite`), kept 90 days.
   */
  addArtifact(
    owner: string,
    name: string,
    artifact: {
      runId: number
      name: string
      files: { path: string; data: Buffer }[]
      overwrite?: boolean
    }
  ): ArtifactRecord {
    const key = repoKey(owner, name)
    this.repoByKey(key)
    const existing = this.artifacts.findIndex(
      (a) => a.repoKey === key && a.runId === artifact.runId && a.name === artifact.name
    )
    if (existing >= 0) {
      if (!artifact.overwrite) {
        throw new Error(
          `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`
        )
      }
      this.artifacts.splice(existing, 1)
    }
    const run = this.run(artifact.runId)
    const zip = zipArchive(artifact.files)
    const now = new Date()
    const record: ArtifactRecord = {
      id: this.nextId('artifact'),
      repoKey: key,
      runId: artifact.runId,
      name: artifact.name,
      files: artifact.files.map((file) => ({ path: file.path, data: Buffer.from(file.data) })),
      zip,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      headBranch: run?.headBranch ?? null,
      headSha: run?.headSha ?? syntheticSha(`${key}#${artifact.runId}`),
      createdAt: timestamp(now),
      updatedAt: timestamp(now),
      expiresAt: timestamp(new Date(now.getTime() + 90 * 24 * 3600 * 1000)),
      expired: false
    }
    this.artifacts.push(record)
    return record
  }
}
