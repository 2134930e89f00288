import { createHash } from 'node:crypto'
import type { CommitInfo, GitRef } from './bare-repo.js'
import type {
  AssetRecord,
  EmulatorState,
  LabelRecord,
  PullRecord,
  ReleaseRecord,
  RepoRecord,
  WorkflowRunRecord
} from './state.js'
import { repoKey } from './state.js'

const WEB = 'https://github.com'

/** Well-known accounts keep their real ids; others get a stable id from their login. */
const KNOWN_USERS: Record<string, number> = {
  'github-actions[bot]': 41898282,
  'dependabot[bot]': 49699333
}

export function userId(login: string): number {
  if (KNOWN_USERS[login]) return KNOWN_USERS[login]
  let hash = 7
  for (const char of login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}

export function isBot(login: string): boolean {
  return login.endsWith('[bot]')
}

/** GitHub's global node ids are opaque base64 strings with a type prefix. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}

/**
 * GitHub's JSON for the emulator's records. API links point at the emulator
 * (so a client can follow `url`, `upload_url`, `assets_url`); web links
 * (`html_url`) point at github.com as in real responses.
 */
export class Views {
  constructor(
    readonly api: string,
    private readonly state: EmulatorState
  ) {}

  user(login: string) {
    const id = userId(login)
    const path = `${this.api}/users/${encodeURIComponent(login)}`
    return {
      login,
      id,
      node_id: nodeId(isBot(login) ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: path,
      html_url: isBot(login) ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
      followers_url: `${path}/followers`,
      following_url: `${path}/following{/other_user}`,
      gists_url: `${path}/gists{/gist_id}`,
      starred_url: `${path}/starred{/owner}{/repo}`,
      subscriptions_url: `${path}/subscriptions`,
      organizations_url: `${path}/orgs`,
      repos_url: `${path}/repos`,
      events_url: `${path}/events{/privacy}`,
      received_events_url: `${path}/received_events`,
      type: isBot(login) ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** GET /user: the `private-user` schema of the token's account. */
  authenticatedUser(login: string) {
    const created = '2020-01-01T00:00:00Z'
    return {
      ...this.user(login),
      user_view_type: 'private',
      name: login,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: [...this.state.repos.values()].filter((repo) => repo.owner === login).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: created,
      updated_at: created,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true
    }
  }

  repoUrl(repo: RepoRecord): string {
    return `${this.api}/repos/${repo.owner}/${repo.name}`
  }

  repoWeb(repo: RepoRecord): string {
    return `${WEB}/${repo.owner}/${repo.name}`
  }

  /** The `repository` schema (as embedded in pulls); `full` adds full-repository's fields. */
  repository(repo: RepoRecord, full = false): Record<string, unknown> {
    const url = this.repoUrl(repo)
    const key = repoKey(repo.owner, repo.name)
    const forks = this.state.forks.filter((fork) => fork.parent === key).length
    const openIssues = this.state.pullsOf(key).filter((pull) => pull.state === 'open').length
    const basic = {
      id: repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: this.user(repo.owner),
      private: repo.private,
      html_url: this.repoWeb(repo),
      description: null,
      fork: repo.fork,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${this.repoWeb(repo)}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: this.repoWeb(repo),
      homepage: null,
      language: null,
      forks_count: forks,
      forks,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      allow_forking: true,
      web_commit_signoff_required: false,
      license: null
    }
    if (!full) return basic
    const parent = repo.parent ? this.state.repos.get(repo.parent) : undefined
    return {
      ...basic,
      network_count: forks,
      subscribers_count: 0,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      ...(parent
        ? { parent: this.repository(parent), source: this.repository(this.rootOf(parent)) }
        : {})
    }
  }

  private rootOf(repo: RepoRecord): RepoRecord {
    const parent = repo.parent ? this.state.repos.get(repo.parent) : undefined
    return parent ? this.rootOf(parent) : repo
  }

  label(label: LabelRecord) {
    const repo = this.state.repoByKey(label.repoKey)
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.default
    }
  }

  private pullLabels(pull: PullRecord) {
    const labels = this.state.labelsOf(pull.repoKey)
    return pull.labels
      .map((name) => labels.find((label) => label.name === name))
      .filter((label): label is LabelRecord => label !== undefined)
      .map((label) => ({ ...this.label(label), description: label.description ?? '' }))
  }

  /** The `pull-request-simple` schema (list results). */
  pullSimple(pull: PullRecord) {
    const base = this.state.repoByKey(pull.repoKey)
    const headRepo = this.state.repo(pull.head.owner, pull.head.repo) ?? base
    const url = `${this.repoUrl(base)}/pulls/${pull.number}`
    const issue = `${this.repoUrl(base)}/issues/${pull.number}`
    const html = `${this.repoWeb(base)}/pull/${pull.number}`
    const statuses = `${this.repoUrl(base)}/statuses/${pull.head.sha}`
    return {
      url,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoUrl(base)}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: statuses,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.user(pull.user),
      body: pull.body,
      labels: this.pullLabels(pull),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${pull.head.owner}:${pull.head.ref}`,
        ref: pull.head.ref,
        sha: pull.head.sha,
        user: this.user(headRepo.owner),
        repo: this.repository(headRepo)
      },
      base: {
        label: `${base.owner}:${pull.base.ref}`,
        ref: pull.base.ref,
        sha: pull.base.sha,
        user: this.user(base.owner),
        repo: this.repository(base)
      },
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoUrl(base)}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: statuses }
      },
      author_association: pull.user === base.owner ? 'OWNER' : 'CONTRIBUTOR',
      auto_merge: null,
      draft: pull.draft
    }
  }

  /** The `pull-request` schema (single pull). */
  pull(pull: PullRecord) {
    return {
      ...this.pullSimple(pull),
      labels: this.pullLabels(pull).map((label) => ({
        ...label,
        description: label.description || null
      })),
      merged: pull.mergedAt !== null,
      mergeable: pull.state === 'open' ? true : null,
      rebaseable: pull.state === 'open' ? true : null,
      mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
      merged_by: pull.mergedBy ? this.user(pull.mergedBy) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: pull.maintainerCanModify,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0
    }
  }

  release(release: ReleaseRecord) {
    const repo = this.state.repoByKey(release.repoKey)
    const url = `${this.repoUrl(repo)}/releases/${release.id}`
    const tag = release.draft ? release.untaggedName : release.tagName
    return {
      url,
      html_url: `${this.repoWeb(repo)}/releases/tag/${encodeURIComponent(tag)}`,
      assets_url: `${url}/assets`,
      upload_url: `${url}/assets{?name,label}`,
      tarball_url: release.draft
        ? null
        : `${this.repoUrl(repo)}/tarball/${encodeURIComponent(release.tagName)}`,
      zipball_url: release.draft
        ? null
        : `${this.repoUrl(repo)}/zipball/${encodeURIComponent(release.tagName)}`,
      id: release.id,
      node_id: nodeId('RE', release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      created_at: release.createdAt,
      updated_at: release.updatedAt,
      published_at: release.publishedAt,
      author: this.user(release.author),
      assets: this.state.assetsOf(release.id).map((asset) => this.asset(asset))
    }
  }

  /** Where the emulator serves an asset's bytes, in github.com's URL shape. */
  downloadUrl(release: ReleaseRecord, name: string): string {
    const repo = this.state.repoByKey(release.repoKey)
    const tag = release.draft ? release.untaggedName : release.tagName
    return `${this.api}/${repo.owner}/${repo.name}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`
  }

  asset(asset: AssetRecord) {
    const release = this.state.releases.find((r) => r.id === asset.releaseId)
    if (!release) throw new Error(`asset ${asset.id} has no release`)
    const repo = this.state.repoByKey(release.repoKey)
    return {
      url: `${this.repoUrl(repo)}/releases/assets/${asset.id}`,
      browser_download_url: this.downloadUrl(release, asset.name),
      id: asset.id,
      node_id: nodeId('RA', asset.id),
      name: asset.name,
      label: asset.label,
      state: 'uploaded' as const,
      content_type: asset.contentType,
      size: asset.data.length,
      digest: `sha256:${sha256(asset.data)}`,
      download_count: asset.downloadCount,
      created_at: asset.createdAt,
      updated_at: asset.updatedAt,
      uploader: this.user(asset.uploader)
    }
  }

  gitRef(repo: RepoRecord, ref: GitRef) {
    const url = this.repoUrl(repo)
    return {
      ref: ref.ref,
      node_id: nodeId('REF', `${repo.id}:${ref.ref}`),
      url: `${url}/git/${ref.ref.split('/').map(encodeURIComponent).join('/')}`,
      object: {
        type: ref.type,
        sha: ref.sha,
        url: `${url}/git/${ref.type === 'tag' ? 'tags' : 'commits'}/${ref.sha}`
      }
    }
  }

  /** The `commit` schema. Authors are git identities; GitHub's user match is left null. */
  commit(repo: RepoRecord, commit: CommitInfo) {
    const url = this.repoUrl(repo)
    return {
      url: `${url}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: nodeId('C', commit.sha),
      html_url: `${this.repoWeb(repo)}/commit/${commit.sha}`,
      comments_url: `${url}/commits/${commit.sha}/comments`,
      commit: {
        url: `${url}/git/commits/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.tree, url: `${url}/git/trees/${commit.tree}` },
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      },
      author: null,
      committer: null,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${url}/commits/${sha}`,
        html_url: `${this.repoWeb(repo)}/commit/${sha}`
      }))
    }
  }

  workflowRun(run: WorkflowRunRecord, headCommit: CommitInfo | undefined) {
    const repo = this.state.repoByKey(run.repoKey)
    const url = `${this.repoUrl(repo)}/actions/runs/${run.id}`
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      display_title: run.displayTitle,
      run_number: run.runNumber,
      run_attempt: 1,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CS', run.id + 1),
      url,
      html_url: `${this.repoWeb(repo)}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      run_started_at: run.createdAt,
      actor: this.user(run.actor),
      triggering_actor: this.user(run.actor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.repoUrl(repo)}/check-suites/${run.id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${this.repoUrl(repo)}/actions/workflows/${run.workflowId}`,
      head_commit: headCommit
        ? {
            id: headCommit.sha,
            tree_id: headCommit.tree,
            message: headCommit.message,
            timestamp: headCommit.committer.date,
            author: { name: headCommit.author.name, email: headCommit.author.email },
            committer: { name: headCommit.committer.name, email: headCommit.committer.email }
          }
        : null,
      repository: this.repository(repo),
      head_repository: this.repository(this.state.repoByKey(run.headRepoKey))
    }
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
