import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Git, type Identity } from '../effects/git.js'

/**
 * A scratch bare repository per catalog. The community catalogs are large
 * (thousands of bundles), so it holds only what a pull request needs: the tip
 * commits (--depth) and their trees, without file contents (--filter=blob:none,
 * fetched on demand). A commit is built with `git mktree`, splicing one new
 * folder into the tip's tree, so no index and no checkout of the catalog is
 * ever made.
 */
export class CatalogWorkspace {
  private constructor(
    readonly git: Git,
    /** Authentication for https remotes, passed to git through the environment only. */
    private readonly env: Record<string, string>
  ) {}

  static async open(
    root: string,
    repository: string,
    auth: { token: string; serverUrl: string } | undefined
  ): Promise<CatalogWorkspace> {
    const dir = join(root, `${repository.replace('/', '--')}.git`)
    if (!existsSync(join(dir, 'HEAD'))) {
      mkdirSync(dir, { recursive: true })
      await new Git(dir).exec(['init', '--quiet', '--bare'])
    }
    return new CatalogWorkspace(new Git(dir), auth ? authEnv(auth.token, auth.serverUrl) : {})
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
    await this.git.exec(['config', `remote.${remote}.url`, url])
    await this.git.exec(['config', `remote.${remote}.promisor`, 'true'])
    await this.git.exec(['config', `remote.${remote}.partialclonefilter`, 'blob:none'])
    const listed = await this.git.exec(
      ['ls-remote', '--heads', remote, `refs/heads/${branch}`],
      undefined,
      this.env
    )
    if (!listed.trim()) return undefined
    const ref = `refs/remotes/${remote}/${branch}`
    await this.git.exec(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        `--depth=${depth}`,
        '--filter=blob:none',
        remote,
        `+refs/heads/${branch}:${ref}`
      ],
      undefined,
      this.env
    )
    return (await this.git.revParse(ref)) as string
  }

  /** The commit a remote branch points at, asked of the remote. */
  async remoteTip(remote: string, branch: string): Promise<string | undefined> {
    const out = await this.git.exec(
      ['ls-remote', '--heads', remote, `refs/heads/${branch}`],
      undefined,
      this.env
    )
    return out.split(/\s+/)[0] || undefined
  }

  /** The tree of `folder` at `commit`, or undefined when the folder is not there. */
  async folderTree(commit: string, folder: string): Promise<string | undefined> {
    const { ok, stdout } = await this.git.tryExec([
      'rev-parse',
      '--verify',
      '--quiet',
      `${commit}:${folder}`
    ])
    return ok ? stdout.trim() : undefined
  }

  /** The files under `folder` at `commit`, relative to it (contents fetched on demand). */
  async readFolder(commit: string, folder: string): Promise<Map<string, string> | undefined> {
    if ((await this.folderTree(commit, folder)) === undefined) return undefined
    const names = (
      await this.git.exec(['ls-tree', '-r', '-z', '--name-only', commit, '--', `${folder}/`])
    )
      .split('\0')
      .filter(Boolean)
    const files = new Map<string, string>()
    for (const name of names)
      files.set(
        name.slice(folder.length + 1),
        await this.git.exec(['cat-file', 'blob', `${commit}:${name}`])
      )
    return files
  }

  /** Writes the blobs and trees of `files` (paths relative to the folder) and returns the folder's tree. */
  async writeFolder(files: Map<string, string>): Promise<string> {
    const byName = new Map<string, Map<string, string> | string>()
    for (const [path, content] of files) {
      const [head, ...rest] = path.split('/')
      if (rest.length === 0) byName.set(head, content)
      else {
        const sub =
          (byName.get(head) as Map<string, string> | undefined) ?? new Map<string, string>()
        sub.set(rest.join('/'), content)
        byName.set(head, sub)
      }
    }
    const entries: TreeEntry[] = []
    for (const [name, value] of byName) {
      if (typeof value === 'string') {
        const sha = (await this.git.exec(['hash-object', '-w', '--stdin'], value)).trim()
        entries.push({ mode: '100644', type: 'blob', sha, name })
      } else {
        entries.push({ mode: '040000', type: 'tree', sha: await this.writeFolder(value), name })
      }
    }
    return this.mktree(entries)
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
    const env = {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email
    }
    return (
      await this.git.exec(['commit-tree', rootTree, '-p', base, '-F', '-'], message, env)
    ).trim()
  }

  /** The paths a commit changes against its parent (the parent must have been fetched: depth 2). */
  async changedPaths(commit: string): Promise<string[] | undefined> {
    const parent = await this.git.revParse(`${commit}^`)
    if (!parent) return undefined
    const out = await this.git.exec([
      'diff-tree',
      '-r',
      '-z',
      '--name-only',
      '--no-commit-id',
      parent,
      commit
    ])
    return out.split('\0').filter(Boolean)
  }

  async subjectOf(commit: string): Promise<string> {
    return this.git.subjectOf(commit)
  }

  async messageOf(commit: string): Promise<string> {
    return this.git.exec(['log', '-1', '--format=%B', commit])
  }

  /** Pushes `commit` to `branch` of `remote`, only if the branch is still at `expected` (absent: undefined). */
  async push(
    remote: string,
    commit: string,
    branch: string,
    expected: string | undefined
  ): Promise<void> {
    await this.git.exec(
      [
        'push',
        '--quiet',
        `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
        remote,
        `${commit}:refs/heads/${branch}`
      ],
      undefined,
      this.env
    )
  }

  private async spliceTree(
    treeish: string | undefined,
    parts: string[],
    subtree: string
  ): Promise<string> {
    const entries = treeish ? await this.lsTree(treeish) : []
    const [head, ...rest] = parts
    const existing = entries.find((entry) => entry.name === head && entry.type === 'tree')
    const child = rest.length === 0 ? subtree : await this.spliceTree(existing?.sha, rest, subtree)
    return this.mktree([
      ...entries.filter((entry) => entry.name !== head),
      { mode: '040000', type: 'tree', sha: child, name: head }
    ])
  }

  private async lsTree(treeish: string): Promise<TreeEntry[]> {
    const out = await this.git.exec(['ls-tree', '-z', treeish])
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)]
        const [mode, type, sha] = meta.split(' ')
        return { mode, type, sha, name }
      })
  }

  /** `--missing`: the tree may name blobs this partial repository never downloaded. */
  private async mktree(entries: TreeEntry[]): Promise<string> {
    const input = entries
      .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`)
      .join('')
    return (await this.git.exec(['mktree', '-z', '--missing'], input)).trim()
  }
}

interface TreeEntry {
  mode: string
  type: string
  sha: string
  name: string
}

/**
 * The token as an HTTP header for the git server only, the way actions/checkout
 * authenticates, but through GIT_CONFIG_* variables: never on a command line
 * and never written to a config file.
 */
function authEnv(token: string, serverUrl: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: '0'
  }
}
