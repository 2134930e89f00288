import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { run } from './exec.js'

export interface Identity {
  name: string
  email: string
}

/**
 * Every git call goes through here (as actions/checkout's git-command-manager
 * does): argument arrays only, and each effect checks first whether it is done.
 */
export class Git {
  constructor(readonly dir: string) {}

  async exec(args: string[], input?: string, env?: Record<string, string>): Promise<string> {
    const result = await run('git', args, { cwd: this.dir, input, env })
    return result.stdout
  }

  async tryExec(args: string[]): Promise<{ ok: boolean; stdout: string }> {
    const result = await run('git', args, { cwd: this.dir, allowFailure: true })
    return { ok: result.exitCode === 0, stdout: result.stdout }
  }

  async revParse(ref: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec([
      'rev-parse',
      '--verify',
      '--quiet',
      `${ref}^{commit}`
    ])
    return ok ? stdout.trim() : undefined
  }

  async treeOf(ref: string): Promise<string> {
    return (await this.exec(['rev-parse', `${ref}^{tree}`])).trim()
  }

  async head(): Promise<string> {
    return (await this.exec(['rev-parse', 'HEAD'])).trim()
  }

  async isClean(): Promise<boolean> {
    return (await this.statusPorcelain()).length === 0
  }

  async statusPorcelain(): Promise<string[]> {
    const out = await this.exec(['status', '--porcelain', '--untracked-files=normal'])
    return out.split('\n').filter((line) => line.length > 0)
  }

  async hasRemote(remote: string): Promise<boolean> {
    const out = await this.exec(['remote'])
    return out.split('\n').includes(remote)
  }

  async remoteUrl(remote: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec(['remote', 'get-url', remote])
    return ok ? stdout.trim() : undefined
  }

  async fetch(remote: string, refspecs: string[]): Promise<void> {
    await this.exec(['fetch', '--quiet', '--prune', '--no-tags', remote, ...refspecs])
  }

  async fetchTags(remote: string): Promise<void> {
    await this.exec(['fetch', '--quiet', '--tags', '--force', remote])
  }

  /** The commit a remote branch points at, or undefined when it has none. */
  async lsRemoteBranch(remote: string, branch: string): Promise<string | undefined> {
    const out = await this.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`])
    return out.split(/\s+/)[0] || undefined
  }

  /** The commit a remote tag points at (peeled), or undefined. */
  async lsRemoteTag(remote: string, tag: string): Promise<string | undefined> {
    const out = await this.exec([
      'ls-remote',
      '--tags',
      remote,
      `refs/tags/${tag}`,
      `refs/tags/${tag}^{}`
    ])
    const lines = out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
    const peeled = lines.find(([, ref]) => ref.endsWith('^{}'))
    return (peeled ?? lines[0])?.[0]
  }

  async tags(): Promise<string[]> {
    return splitLines(await this.exec(['tag', '--list']))
  }

  async tagsMergedInto(ref: string): Promise<string[]> {
    return splitLines(await this.exec(['tag', '--list', '--merged', ref]))
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const { ok } = await this.tryExec(['merge-base', '--is-ancestor', ancestor, descendant])
    return ok
  }

  async checkoutNewBranch(branch: string, startPoint: string): Promise<void> {
    await this.exec(['checkout', '--quiet', '-B', branch, startPoint])
  }

  async checkout(ref: string): Promise<void> {
    await this.exec(['checkout', '--quiet', ref])
  }

  async currentBranch(): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD'])
    return ok ? stdout.trim() : undefined
  }

  async addAll(paths: string[]): Promise<void> {
    if (paths.length === 0) return
    await this.exec(['add', '--all', '--', ...paths])
  }

  async hasStagedChanges(): Promise<boolean> {
    const { ok } = await this.tryExec(['diff', '--cached', '--quiet'])
    return !ok
  }

  /** Commits what is staged with a DCO sign-off line for the committer. */
  async commitSignedOff(message: string, identity: Identity | undefined): Promise<string> {
    const config = identity
      ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`]
      : []
    await this.exec(
      [...config, 'commit', '--quiet', '--signoff', '--no-verify', '--file=-'],
      message
    )
    return this.head()
  }

  async push(
    remote: string,
    refspec: string,
    options: { forceWithLease?: string } = {}
  ): Promise<void> {
    const force =
      options.forceWithLease !== undefined ? [`--force-with-lease=${options.forceWithLease}`] : []
    await this.exec(['push', '--quiet', ...force, remote, refspec])
  }

  /**
   * Writes a commit of `parent` plus `files` without touching the work tree or
   * the index (a private index file), so the checkout stays where it is.
   */
  async commitFiles(
    parent: string,
    files: { path: string; content: string }[],
    message: string,
    identity: Identity
  ): Promise<{ commit: string; tree: string }> {
    const indexFile = (await this.exec(['rev-parse', '--git-path', 'release-actions.index'])).trim()
    const env = { GIT_INDEX_FILE: resolve(this.dir, indexFile) }
    await this.exec(['read-tree', parent], undefined, env)
    const entries: string[] = []
    for (const file of files) {
      const blob = (await this.exec(['hash-object', '-w', '--stdin'], file.content)).trim()
      const mode = (await this.exec(['ls-tree', parent, '--', file.path])).split(' ')[0] || '100644'
      entries.push(`${mode} ${blob}\t${file.path}`)
    }
    await this.exec(['update-index', '--index-info'], `${entries.join('\n')}\n`, env)
    const tree = (await this.exec(['write-tree'], undefined, env)).trim()
    rmSync(env.GIT_INDEX_FILE, { force: true })
    const author = {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email
    }
    const commit = (
      await this.exec(['commit-tree', tree, '-p', parent, '-F', '-'], message, author)
    ).trim()
    return { commit, tree }
  }

  async updateBranch(branch: string, commit: string): Promise<void> {
    await this.exec(['update-ref', `refs/heads/${branch}`, commit])
  }

  async parentOf(commit: string): Promise<string | undefined> {
    return this.revParse(`${commit}^`)
  }

  async subjectOf(commit: string): Promise<string> {
    return (await this.exec(['log', '-1', '--format=%s', commit])).trim()
  }

  async lsFiles(prefix?: string): Promise<string[]> {
    const out = await this.exec(['ls-files', '-z', ...(prefix ? ['--', prefix] : [])])
    return out.split('\0').filter(Boolean)
  }

  async readBlob(ref: string, path: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec(['show', `${ref}:${path}`])
    return ok ? stdout : undefined
  }

  async log(range: string, format: string): Promise<string[]> {
    return splitLines(await this.exec(['log', `--format=${format}`, range]))
  }

  /** The user's git identity (user.name and user.email), when both are set. */
  async identity(): Promise<Identity | undefined> {
    const name = await this.configValue('user.name')
    const email = await this.configValue('user.email')
    return name && email ? { name, email } : undefined
  }

  async configValue(key: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec(['config', '--get', key])
    return ok ? stdout.trim() : undefined
  }
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}
