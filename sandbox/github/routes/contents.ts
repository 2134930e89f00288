/**
 * The repository's files at a ref (GET /repos/{owner}/{repo}/contents/{path}),
 * answered by real git in its gitDir: a folder as GitHub's array of entries, a
 * file with its bytes in base64 (60 characters a line, as GitHub wraps them),
 * a symlink as its target. `ref` is a branch, a tag or a SHA (default: the
 * default branch); a ref that names no commit is GitHub's 404 "No commit found
 * for the ref". Simplified: a symlink to a file is answered as the symlink (GitHub
 * answers the file it points to); reading a submodule itself is not modelled
 * (404); the custom media types (raw, html, object) are not modelled.
 */
import { type BareRepo, type TreeEntry } from '../bare-repo.js'
import { Emulation } from '../emulation.js'
import { json, notFound, refused, type Router } from '../router.js'
import type { RepoRecord } from '../state.js'

const CONTENTS_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content'
/** Files above 1 MB come without content (encoding "none"). */
const CONTENT_LIMIT = 1024 * 1024

export function registerContentRoutes(router: Router, emulation: Emulation): void {
  router.add('GET', '/repos/{owner}/{repo}/contents/{path+}', async (request) => {
    const repo = emulation.repo(request)
    const git = emulation.requireGit(repo)
    const ref = request.query.get('ref') || repo.defaultBranch
    const path = request.params.path.replace(/^\/+|\/+$/g, '')
    const commit = await git.resolveCommit(ref)
    if (!commit) throw refused(404, `No commit found for the ref ${ref}`, CONTENTS_DOCS)
    const found = await git.treeAt(commit, path)
    if (!found) throw notFound()
    const view = entryView(emulation, repo, ref)
    if (found.entries) return json(200, found.entries.map(view))
    const { entry } = found
    if (entry.type === 'commit') throw notFound()
    if (entry.mode === '120000')
      return json(200, { ...view(entry), target: (await git.blobBytes(entry.sha)).toString() })
    return json(200, { ...view(entry), ...(await fileContent(git, entry)) })
  })
}

/** An entry as GitHub describes it in a folder listing and in the answer for the entry itself. */
function entryView(emulation: Emulation, repo: RepoRecord, ref: string) {
  return (entry: TreeEntry) => {
    const type =
      entry.type === 'tree'
        ? 'dir'
        : entry.type === 'commit'
          ? 'submodule'
          : entry.mode === '120000'
            ? 'symlink'
            : 'file'
    const api = emulation.views.repoUrl(repo)
    const path = encodeURI(entry.path)
    const url = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`
    const gitUrl =
      entry.type === 'commit'
        ? null
        : `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
    const html = `${emulation.views.repoWeb(repo)}/${entry.type === 'tree' ? 'tree' : 'blob'}/${encodeURI(ref)}/${path}`
    return {
      name: entry.path.split('/').pop() as string,
      path: entry.path,
      sha: entry.sha,
      size: entry.size,
      url,
      html_url: entry.type === 'commit' ? null : html,
      git_url: gitUrl,
      download_url:
        type === 'file'
          ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${encodeURI(ref)}/${path}`
          : null,
      type,
      _links: { self: url, git: gitUrl, html: entry.type === 'commit' ? null : html }
    }
  }
}

async function fileContent(
  git: BareRepo,
  entry: TreeEntry
): Promise<{ content: string; encoding: string }> {
  if (entry.size > CONTENT_LIMIT) return { content: '', encoding: 'none' }
  const base64 = (await git.blobBytes(entry.sha)).toString('base64')
  return { content: `${base64.replace(/(.{60})/g, '$1\n')}\n`, encoding: 'base64' }
}
