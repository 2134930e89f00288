import {
  Emulation,
  GITHUB_COMMITTER,
  booleanField,
  integerParam,
  noreplyIdentity,
  stringField
} from '../emulation.js'
import {
  bodyOf,
  json,
  notFound,
  paginate,
  refused,
  validationFailed,
  type RequestContext,
  type Router
} from '../router.js'
import {
  repoKey,
  syntheticSha,
  timestamp,
  type MadeWith,
  type PullRecord,
  type RepoRecord
} from '../state.js'

const DOCS_CREATE = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request'
const DOCS_UPDATE = 'https://docs.github.com/rest/pulls/pulls#update-a-pull-request'
const DOCS_MERGE = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request'

export function registerPullRoutes(router: Router, emulation: Emulation): void {
  router.add('GET', '/repos/{owner}/{repo}/pulls', (request) => listPulls(emulation, request))
  router.add('POST', '/repos/{owner}/{repo}/pulls', (request) => createPull(emulation, request))
  router.add('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (request) =>
    pullsOfCommit(emulation, request)
  )
  router.add('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', async (request) => {
    const pull = await refreshedPull(emulation, request)
    return json(200, emulation.views.pull(pull))
  })
  router.add('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', (request) =>
    updatePull(emulation, request)
  )
  router.add('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/merge', async (request) => {
    const repo = emulation.repo(request)
    const pull = await refreshedPull(emulation, request)
    const body = bodyOf(request)
    const sha = await mergePull(emulation, repo, pull, request.login, {
      sha: stringField(body, 'sha'),
      commitTitle: stringField(body, 'commit_title'),
      commitMessage: stringField(body, 'commit_message'),
      mergeMethod: stringField(body, 'merge_method'),
      madeWith: request.madeWith
    })
    return json(200, { sha, merged: true, message: 'Pull Request successfully merged' })
  })
}

async function listPulls(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const state = request.query.get('state') ?? 'open'
  if (!['open', 'closed', 'all'].includes(state)) {
    throw validationFailed([{ resource: 'Issue', field: 'state', code: 'invalid' }])
  }
  const head = request.query.get('head')
  const base = request.query.get('base')
  let pulls = emulation.state
    .pullsOf(repoKey(repo.owner, repo.name))
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => base === null || pull.base.ref === base)
    .filter((pull) => head === null || headMatches(pull, head))
  for (const pull of pulls) await refreshShas(emulation, repo, pull)
  const descending = (request.query.get('direction') ?? 'desc') === 'desc'
  const sort = request.query.get('sort') ?? 'created'
  const sortKey = (pull: PullRecord): string =>
    sort === 'updated' ? pull.updatedAt : pull.createdAt
  pulls = [...pulls].sort(
    (a, b) => compareKeys(sortKey(a), a.number, sortKey(b), b.number) * (descending ? -1 : 1)
  )
  return paginate(
    request,
    emulation.baseUrl,
    pulls.map((pull) => emulation.views.pullSimple(pull))
  )
}

/** `head` is `user:ref-name`; a bare value names the user (or organization) only. */
function headMatches(pull: PullRecord, head: string): boolean {
  const [owner, ref] = head.includes(':') ? head.split(/:(.*)/s) : [head, undefined]
  return (
    pull.head.owner.toLowerCase() === owner.toLowerCase() &&
    (ref === undefined || pull.head.ref === ref)
  )
}

function compareKeys(a: string, an: number, b: string, bn: number): number {
  return a < b ? -1 : a > b ? 1 : an - bn
}

async function createPull(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const body = bodyOf(request)
  const title = stringField(body, 'title')
  const head = stringField(body, 'head')
  const base = stringField(body, 'base')
  const missing = (['title', 'head', 'base'] as const).filter(
    (field) => !{ title, head, base }[field]
  )
  if (missing.length > 0 || !title || !head || !base) {
    throw validationFailed(
      missing.map((field) => ({ resource: 'PullRequest', code: 'missing_field', field })),
      DOCS_CREATE
    )
  }
  const [headOwner, headRef] = head.includes(':') ? head.split(/:(.*)/s) : [repo.owner, head]
  const headRepo = findHeadRepo(emulation, repo, headOwner)
  if (!headRepo) {
    throw validationFailed(
      [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      DOCS_CREATE
    )
  }
  const duplicate = emulation.state
    .pullsOf(repoKey(repo.owner, repo.name))
    .find(
      (pull) =>
        pull.state === 'open' &&
        pull.base.ref === base &&
        pull.head.ref === headRef &&
        pull.head.owner.toLowerCase() === headRepo.owner.toLowerCase()
    )
  if (duplicate) {
    throw validationFailed(
      [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${headRepo.owner}:${headRef}.`
        }
      ],
      DOCS_CREATE
    )
  }
  const baseSha = await branchSha(emulation, repo, base)
  if (baseSha === undefined) {
    throw validationFailed(
      [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      DOCS_CREATE
    )
  }
  const headSha = await branchSha(emulation, headRepo, headRef)
  if (headSha === undefined) {
    throw validationFailed(
      [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      DOCS_CREATE
    )
  }
  const git = emulation.git(repo)
  if (git && headRepo === repo && (await git.isAncestor(headSha, baseSha))) {
    throw validationFailed(
      [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${headRef}`
        }
      ],
      DOCS_CREATE
    )
  }
  const now = timestamp()
  const pull: PullRecord = {
    id: emulation.state.nextId('pull'),
    repoKey: repoKey(repo.owner, repo.name),
    number: ++repo.lastIssueNumber,
    title,
    body: stringField(body, 'body') ?? null,
    state: 'open',
    draft: booleanField(body, 'draft') ?? false,
    user: request.login,
    head: { owner: headRepo.owner, repo: headRepo.name, ref: headRef, sha: headSha },
    base: { ref: base, sha: baseSha },
    labels: [],
    maintainerCanModify: booleanField(body, 'maintainer_can_modify') ?? headRepo !== repo,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    mergedAt: null,
    mergeCommitSha: null,
    mergedBy: null
  }
  emulation.state.pulls.push(pull)
  emulation.state.addEvent({
    repoKey: pull.repoKey,
    name: 'pull_request',
    action: 'opened',
    number: pull.number,
    sha: headSha,
    madeWith: request.madeWith ?? 'user',
    actor: request.login
  })
  return json(201, emulation.views.pull(pull), {
    location: `${emulation.views.repoUrl(repo)}/pulls/${pull.number}`
  })
}

/** The repository a head owner refers to: the base itself, or that owner's fork of it. */
function findHeadRepo(
  emulation: Emulation,
  base: RepoRecord,
  owner: string
): RepoRecord | undefined {
  if (owner.toLowerCase() === base.owner.toLowerCase()) return base
  const baseKey = repoKey(base.owner, base.name)
  const forks = [...emulation.state.repos.values()].filter(
    (repo) => repo.owner.toLowerCase() === owner.toLowerCase() && repo.parent === baseKey
  )
  return forks[0] ?? emulation.state.repo(owner, base.name)
}

/** A branch's commit from git, a stand-in without git, or undefined when git lacks the branch. */
async function branchSha(
  emulation: Emulation,
  repo: RepoRecord,
  branch: string
): Promise<string | undefined> {
  const git = emulation.git(repo)
  if (!git) return syntheticSha(`${repo.owner}/${repo.name}@${branch}`)
  return git.branchSha(branch)
}

/** An open pull request follows pushes to its branches, as on GitHub. */
async function refreshShas(
  emulation: Emulation,
  repo: RepoRecord,
  pull: PullRecord
): Promise<void> {
  if (pull.state !== 'open') return
  const headRepo = emulation.state.repo(pull.head.owner, pull.head.repo) ?? repo
  if (emulation.git(headRepo))
    pull.head.sha = (await branchSha(emulation, headRepo, pull.head.ref)) ?? pull.head.sha
  if (emulation.git(repo))
    pull.base.sha = (await branchSha(emulation, repo, pull.base.ref)) ?? pull.base.sha
}

async function refreshedPull(emulation: Emulation, request: RequestContext): Promise<PullRecord> {
  const repo = emulation.repo(request)
  const pull = emulation.state.pull(repo.owner, repo.name, integerParam(request, 'pull_number'))
  if (!pull) throw notFound()
  await refreshShas(emulation, repo, pull)
  return pull
}

async function updatePull(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const pull = await refreshedPull(emulation, request)
  const body = bodyOf(request)
  const title = stringField(body, 'title')
  const text = stringField(body, 'body')
  const state = stringField(body, 'state')
  const base = stringField(body, 'base')
  const maintainerCanModify = booleanField(body, 'maintainer_can_modify')
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed(
      [{ resource: 'PullRequest', field: 'state', code: 'invalid' }],
      DOCS_UPDATE
    )
  }
  if (state === 'open' && pull.mergedAt) {
    throw validationFailed(
      [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'state cannot be changed. The pull request has been merged.'
        }
      ],
      DOCS_UPDATE
    )
  }
  if (base !== undefined) {
    const sha = await branchSha(emulation, repo, base)
    if (sha === undefined) {
      throw validationFailed(
        [
          {
            resource: 'PullRequest',
            field: 'base',
            code: 'invalid',
            message: `Proposed base branch '${base}' was not found`
          }
        ],
        DOCS_UPDATE
      )
    }
    pull.base = { ref: base, sha }
  }
  if (title !== undefined) pull.title = title
  if (text !== undefined) pull.body = text
  if (maintainerCanModify !== undefined) pull.maintainerCanModify = maintainerCanModify
  if (state !== undefined && state !== pull.state) {
    pull.state = state
    pull.closedAt = state === 'closed' ? timestamp() : null
    emulation.state.addEvent({
      repoKey: pull.repoKey,
      name: 'pull_request',
      action: state === 'closed' ? 'closed' : 'reopened',
      number: pull.number,
      sha: pull.head.sha,
      madeWith: request.madeWith ?? 'user',
      actor: request.login
    })
  }
  pull.updatedAt = timestamp()
  return json(200, emulation.views.pull(pull))
}

export interface MergeOptions {
  /** What made the merge (default: a user). */
  madeWith?: MadeWith
  sha?: string
  commitTitle?: string
  commitMessage?: string
  mergeMethod?: string
}

/**
 * Merges a pull request as GitHub's merge button does. With a gitDir the merge
 * is real: a two-parent commit on the base branch; a head on a fork is first
 * fetched into `refs/pull/<n>/head`, as GitHub keeps it.
 */
export async function mergePull(
  emulation: Emulation,
  repo: RepoRecord,
  pull: PullRecord,
  login: string,
  options: MergeOptions = {}
): Promise<string> {
  if (pull.state !== 'open') throw refused(405, 'Pull Request is not mergeable', DOCS_MERGE)
  const method = options.mergeMethod ?? 'merge'
  if (method !== 'merge' && method !== 'squash') {
    throw refused(
      405,
      `Merge method ${method} is not modelled by the emulator; use merge or squash`,
      DOCS_MERGE
    )
  }
  if (options.sha !== undefined && options.sha !== pull.head.sha) {
    throw refused(409, 'Head branch was modified. Review and try the merge again.', DOCS_MERGE)
  }
  const title =
    options.commitTitle ??
    (method === 'merge'
      ? `Merge pull request #${pull.number} from ${pull.head.owner}/${pull.head.ref}`
      : `${pull.title} (#${pull.number})`)
  const detail = options.commitMessage ?? (method === 'merge' ? pull.title : '')
  const message = detail ? `${title}\n\n${detail}` : title

  let sha: string
  const git = emulation.git(repo)
  if (git) {
    const merged = await git.exclusive(async () => {
      const headRepo = emulation.state.repo(pull.head.owner, pull.head.repo) ?? repo
      let head = pull.head.sha
      if (headRepo !== repo) {
        if (!headRepo.gitDir) {
          throw refused(
            405,
            `Head repository ${headRepo.owner}/${headRepo.name} has no gitDir to merge from`,
            DOCS_MERGE
          )
        }
        await git.fetchInto(
          headRepo.gitDir,
          `refs/heads/${pull.head.ref}`,
          `refs/pull/${pull.number}/head`
        )
        head = (await git.resolveCommit(`refs/pull/${pull.number}/head`)) ?? head
      }
      return git.merge({
        base: pull.base.ref,
        head,
        message,
        author: noreplyIdentity(login),
        committer: GITHUB_COMMITTER,
        squash: method === 'squash'
      })
    })
    if (merged === undefined) throw refused(405, 'Pull Request is not mergeable', DOCS_MERGE)
    sha = merged
  } else {
    sha = syntheticSha(`merge ${pull.repoKey}#${pull.number}`)
  }
  const now = timestamp()
  pull.state = 'closed'
  pull.mergedAt = now
  pull.closedAt = now
  pull.updatedAt = now
  pull.mergeCommitSha = sha
  pull.mergedBy = login
  const madeWith = options.madeWith ?? 'user'
  const event = { repoKey: pull.repoKey, madeWith, actor: login }
  emulation.state.addEvent({
    ...event,
    name: 'pull_request',
    action: 'closed',
    number: pull.number,
    sha
  })
  emulation.state.addEvent({ ...event, name: 'push', ref: `refs/heads/${pull.base.ref}`, sha })
  return sha
}

/**
 * GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls: the merged pull
 * requests that brought the commit in, as GitHub lists them: the one whose
 * merge commit it is, and those whose merged branch held it (an ancestor of
 * the merge commit's second parent, not of its first). Without git, only the
 * merge commit itself is known.
 */
async function pullsOfCommit(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const git = repo.gitDir ? emulation.requireGit(repo) : undefined
  const wanted = git
    ? await git.resolveCommit(request.params.commit_sha)
    : request.params.commit_sha
  if (!wanted) throw refused(422, `No commit found for SHA: ${request.params.commit_sha}`)
  const found: PullRecord[] = []
  for (const pull of emulation.state.pullsOf(repoKey(repo.owner, repo.name))) {
    const merge = pull.mergeCommitSha
    if (!merge || pull.mergedAt === null) continue
    if (merge === wanted) {
      found.push(pull)
      continue
    }
    if (!git || !(await git.resolveCommit(merge))) continue
    const [first, second] = (await git.commit(merge)).parents
    if (!second) continue
    if ((await git.isAncestor(wanted, second)) && !(await git.isAncestor(wanted, first))) {
      found.push(pull)
    }
  }
  return paginate(
    request,
    emulation.baseUrl,
    found.map((pull) => emulation.views.pullSimple(pull))
  )
}
