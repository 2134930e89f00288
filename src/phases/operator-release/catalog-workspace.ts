import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Git, type Identity, type TreeEntry } from '../../effects/git.js'
import { BatchGit } from '../../effects/git-batch.js'
import { gitAuthEnvironment } from '../../effects/git-credentials.js'

/**
 * A scratch bare repository per catalog. The community catalogs are large
 * (thousands of bundles), so it holds only what a pull request needs: the tip
 * commits (--depth) and their trees, without file contents (--filter=blob:none,
 * fetched on demand). A commit is built with `git mktree`, splicing one new
 * folder into the tip's tree, so no index and no checkout of the catalog is
 * ever made.
 */
export class CatalogWorkspace {
  private constructor(readonly git: BatchGit) {}

  static async open(
    root: string,
    repository: string,
    auth: { token: string; serverUrl: string } | undefined
  ): Promise<CatalogWorkspace> {
    const dir = join(root, `${repository.replace('/', '--')}.git`)
    const env = auth ? gitAuthEnvironment(auth.token, auth.serverUrl) : {}
    const git = new BatchGit(dir, env)
    if (!existsSync(join(dir, 'HEAD'))) await Git.initBare(dir, env)
    return new CatalogWorkspace(git)
  }

  /**
   * Fetches the tip of `branch` from `url` as `refs/remotes/<remote>/<branch>`
   * (`depth` commits, trees only); undefined when the branch does not exist.
   */
  async fetchTip(
    remote: string,
    url: string,
    branch: string,
    depth = 1
  ): Promise<string | undefined> {
    await this.git.setPartialRemote(remote, url)
    if (!(await this.git.lsRemoteBranch(remote, branch))) return undefined
    const ref = `refs/remotes/${remote}/${branch}`
    await this.git.fetchTreesOnly(remote, branch, ref, depth)
    return (await this.git.revParse(ref)) as string
  }

  /** The commit a remote branch points at, asked of the remote. */
  async remoteTip(remote: string, branch: string): Promise<string | undefined> {
    return this.git.lsRemoteBranch(remote, branch)
  }

  /** The tree of `folder` at `commit`, or undefined when the folder is not there. */
  async folderTree(commit: string, folder: string): Promise<string | undefined> {
    return this.git.objectAt(commit, folder)
  }

  /**
   * The files under `folder` at `commit`, relative to it (contents fetched on
   * demand), read in one `cat-file --batch`.
   */
  async readFolder(commit: string, folder: string): Promise<Map<string, string> | undefined> {
    if ((await this.folderTree(commit, folder)) === undefined) return undefined
    const names = await this.git.filesUnder(commit, folder)
    const contents = await this.git.readBlobs(names.map((name) => `${commit}:${name}`))
    const files = new Map<string, string>()
    names.forEach((name, i) => files.set(name.slice(folder.length + 1), contents[i] as string))
    return files
  }

  /**
   * Writes the blobs of `files` (paths relative to the folder) in one
   * `hash-object` process, then one tree per folder; returns the folder's tree.
   */
  async writeFolder(files: Map<string, string>): Promise<string> {
    const paths = [...files.keys()]
    const ids = await this.git.writeBlobs(paths.map((path) => files.get(path) as string))
    return this.writeTree(new Map(paths.map((path, i) => [path, ids[i]])))
  }

  /** The trees of `blobs` (blob ids by path relative to the folder), deepest first; the folder's. */
  private async writeTree(blobs: Map<string, string>): Promise<string> {
    const byName = new Map<string, Map<string, string> | string>()
    for (const [path, sha] of blobs) {
      const [head, ...rest] = path.split('/')
      if (rest.length === 0) byName.set(head, sha)
      else {
        const sub =
          (byName.get(head) as Map<string, string> | undefined) ?? new Map<string, string>()
        sub.set(rest.join('/'), sha)
        byName.set(head, sub)
      }
    }
    const entries: TreeEntry[] = []
    for (const [name, value] of byName) {
      entries.push(
        typeof value === 'string'
          ? { mode: '100644', type: 'blob', sha: value, name }
          : { mode: '040000', type: 'tree', sha: await this.writeTree(value), name }
      )
    }
    return this.git.mktree(entries)
  }

  /** A commit of `base` with `folder` set to `folderTree`; every other path keeps its tree or blob id. */
  async commitWithFolder(
    base: string,
    folder: string,
    folderTree: string,
    message: string,
    identity: Identity
  ): Promise<string> {
    const rootTree = await this.spliceTree(`${base}^{tree}`, folder.split('/'), folderTree)
    return this.git.commitTree(rootTree, base, message, identity)
  }

  /** The paths a commit changes against its parent (the parent must have been fetched: depth 2). */
  async changedPaths(commit: string): Promise<string[] | undefined> {
    const parent = await this.git.parentOf(commit)
    return parent ? this.git.changedBetween(parent, commit) : undefined
  }

  /** Pushes `commit` to `branch` of `remote`, only if the branch is still at `expected` (absent: undefined). */
  async push(
    remote: string,
    commit: string,
    branch: string,
    expected: string | undefined
  ): Promise<void> {
    await this.git.push(remote, `${commit}:refs/heads/${branch}`, {
      forceWithLease: `refs/heads/${branch}:${expected ?? ''}`
    })
  }

  private async spliceTree(
    treeish: string | undefined,
    parts: string[],
    subtree: string
  ): Promise<string> {
    const entries = treeish ? await this.git.lsTree(treeish) : []
    const [head, ...rest] = parts
    const existing = entries.find((entry) => entry.name === head && entry.type === 'tree')
    const child = rest.length === 0 ? subtree : await this.spliceTree(existing?.sha, rest, subtree)
    return this.git.mktree([
      ...entries.filter((entry) => entry.name !== head),
      { mode: '040000', type: 'tree', sha: child, name: head }
    ])
  }
}
