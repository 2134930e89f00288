import { Emulation } from '../emulation.js'
import { json, notFound, refused, type RequestContext, type Router } from '../router.js'

/** Refs, commits and comparisons, answered by real git in the repository's gitDir. */
export function registerGitRoutes(router: Router, emulation: Emulation): void {
  router.add('GET', '/repos/{owner}/{repo}/git/ref/{ref+}', async (request) => {
    const repo = emulation.repo(request)
    const git = emulation.requireGit(repo)
    const full = `refs/${request.params.ref}`
    const ref = (await git.refs(request.params.ref)).find((candidate) => candidate.ref === full)
    if (!ref) throw notFound()
    return json(200, emulation.views.gitRef(repo, ref))
  })

  router.add('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref+}', async (request) => {
    const repo = emulation.repo(request)
    const refs = await emulation.requireGit(repo).refs(request.params.ref)
    return json(
      200,
      refs.map((ref) => emulation.views.gitRef(repo, ref))
    )
  })

  router.add('GET', '/repos/{owner}/{repo}/commits/{ref+}', async (request) => {
    const repo = emulation.repo(request)
    const git = emulation.requireGit(repo)
    const sha = await git.resolveCommit(request.params.ref)
    if (!sha) throw refused(422, `No commit found for SHA: ${request.params.ref}`)
    return json(200, emulation.views.commit(repo, await git.commit(sha)))
  })

  router.add('GET', '/repos/{owner}/{repo}/compare/{basehead+}', (request) =>
    compare(emulation, request)
  )
}

/**
 * `base...head`: how far head is ahead of and behind base, counted from their
 * merge base as GitHub does, and the commits head adds (oldest first, at most 250).
 */
async function compare(emulation: Emulation, request: RequestContext) {
  const repo = emulation.repo(request)
  const git = emulation.requireGit(repo)
  const match = /^(.+?)\.\.\.(.+)$/.exec(request.params.basehead)
  if (!match) throw notFound()
  const [, baseRef, headRef] = match
  const base = await git.resolveCommit(baseRef)
  const head = await git.resolveCommit(headRef)
  if (!base || !head) throw notFound()
  const mergeBase = await git.mergeBase(base, head)
  if (!mergeBase) throw notFound()
  const ahead = await git.commitsBetween(base, head)
  const behind = await git.commitsBetween(head, base)
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const [baseCommit, mergeBaseCommit] = await git.commits([base, mergeBase])
  const commits = await git.commits(ahead.slice(0, 250))
  const url = `${emulation.views.repoUrl(repo)}/compare/${baseRef}...${headRef}`
  const web = `${emulation.views.repoWeb(repo)}/compare/${baseRef}...${headRef}`
  return json(200, {
    url,
    html_url: web,
    permalink_url: `${emulation.views.repoWeb(repo)}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: emulation.views.commit(repo, baseCommit),
    merge_base_commit: emulation.views.commit(repo, mergeBaseCommit ?? baseCommit),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: commits.map((commit) => emulation.views.commit(repo, commit)),
    files: []
  })
}
