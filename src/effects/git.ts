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

  // -------------------------------------------------------------------------
  // Release lines: cherry-picks in a throwaway worktree, patch ids, the merge
  // commits of pull requests, (cherry picked from commit …) trailers.
  // -------------------------------------------------------------------------

  /** Runs git in `cwd` (this checkout or a worktree of it), never throwing on a non-zero exit. */
  private async gitAt(
    cwd: string,
    args: string[],
    options: { env?: Record<string, string>; input?: string } = {}
  ): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    const result = await run('git', args, { cwd, ...options, allowFailure: true })
    return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr }
  }

  /** The parents of a commit, first parent first (empty for a root commit). */
  async parentsOf(commit: string): Promise<string[]> {
    const out = await this.exec(['rev-list', '--no-walk', '--parents', commit])
    return out.trim().split(/\s+/).slice(1)
  }

  /** The full SHA of a commit, author and message, for the changelog's MergedPull. */
  async commitRecord(commit: string): Promise<{
    sha: string
    authorName: string
    authorEmail: string
    subject: string
    body: string
  }> {
    const out = await this.exec(['log', '-1', '--format=%H%x00%an%x00%ae%x00%s%x00%b', commit])
    const [sha, authorName, authorEmail, subject, body] = out.split('\0')
    return { sha, authorName, authorEmail, subject, body: (body ?? '').replace(/\n+$/, '') }
  }

  /**
   * `git patch-id --stable` of the change a commit brings: against its first
   * parent, so a merge commit counts as the change it merged (mainline 1).
   * Undefined for a commit that changes nothing.
   */
  async patchId(commit: string): Promise<string | undefined> {
    const [parent] = await this.parentsOf(commit)
    const diff = await this.exec(
      parent
        ? ['diff-tree', '--patch', '--no-renames', '--no-color', '--no-ext-diff', parent, commit]
        : ['diff-tree', '--patch', '--no-renames', '--no-color', '--no-ext-diff', '--root', commit]
    )
    if (diff.trim().length === 0) return undefined
    const out = await this.exec(['patch-id', '--stable'], diff)
    return out.trim().split(/\s+/)[0] || undefined
  }

  /** The patch ids of the non-merge commits of `range` (rev-list arguments): patch id -> commit. */
  async patchIds(range: string[]): Promise<Map<string, string>> {
    const commits = await this.exec(['rev-list', '--no-merges', ...range])
    const ids = new Map<string, string>()
    if (commits.trim().length === 0) return ids
    const diffs = await this.exec(
      ['diff-tree', '--stdin', '--patch', '--no-renames', '--no-color', '--no-ext-diff'],
      commits
    )
    const out = await this.exec(['patch-id', '--stable'], diffs)
    for (const line of splitLines(out)) {
      const [id, commit] = line.split(/\s+/)
      if (!ids.has(id)) ids.set(id, commit)
    }
    return ids
  }

  /** The commits a `(cherry picked from commit <sha>)` line of the message names, in order. */
  async cherryPickedFrom(commit: string): Promise<string[]> {
    const message = await this.exec(['log', '-1', '--format=%B', commit])
    return [...message.matchAll(/^\(cherry picked from commit ([0-9a-f]{40})\)\s*$/gm)].map(
      (match) => match[1]
    )
  }

  /**
   * Where the change of `commit` already is in `branch`: the commit itself (an
   * ancestor), a commit whose (cherry picked from commit …) trailer names it,
   * or one with the same patch id, among the branch's commits since the merge
   * base. Undefined when the branch does not hold it.
   */
  async findChangeInBranch(
    commit: string,
    branch: string
  ): Promise<{ commit: string; how: 'ancestor' | 'trailer' | 'patch-id' } | undefined> {
    const sha = (await this.revParse(commit)) ?? commit
    if (await this.isAncestor(sha, branch)) return { commit: sha, how: 'ancestor' }
    const base = await this.gitAt(this.dir, ['merge-base', sha, branch])
    const range = base.ok ? [branch, `^${base.stdout.trim()}`] : [branch]
    const trailers = await this.exec([
      'log',
      '--no-merges',
      '--format=%H%x00%B%x1e',
      `--grep=(cherry picked from commit ${sha})`,
      '--fixed-strings',
      ...range
    ])
    for (const record of trailers.split('\x1e')) {
      const [found, message] = record.replace(/^\n/, '').split('\0')
      if (message?.includes(`(cherry picked from commit ${sha})`)) {
        return { commit: found, how: 'trailer' }
      }
    }
    const id = await this.patchId(sha)
    if (id === undefined) return undefined
    const found = (await this.patchIds(range)).get(id)
    return found ? { commit: found, how: 'patch-id' } : undefined
  }

  /**
   * The commit that merged pull request #`number`, offline, reachable from
   * `ref`: the merge commit whose subject is "Merge pull request #N from …", or
   * else a squash merge "Title (#N)" on the first-parent line. Undefined when
   * there is neither.
   */
  async mergeCommitOfPull(number: number, ref: string): Promise<string | undefined> {
    const merges = await this.exec([
      'log',
      '--merges',
      '--format=%H%x00%s',
      `--grep=^Merge pull request #${number} `,
      ref
    ])
    const subject = new RegExp(`^Merge pull request #${number} from \\S`)
    for (const line of splitLines(merges)) {
      const [sha, text] = line.split('\0')
      if (subject.test(text ?? '')) return sha
    }
    const squashes = await this.exec([
      'log',
      '--first-parent',
      '--no-merges',
      '--format=%H%x00%s',
      '--fixed-strings',
      `--grep=(#${number})`,
      ref
    ])
    for (const line of splitLines(squashes)) {
      const [sha, text] = line.split('\0')
      if ((text ?? '').endsWith(` (#${number})`)) return sha
    }
    return undefined
  }

  /**
   * The commit on the first-parent line of `ref` that brought `commit` in: the
   * merge commit of its pull request, or `commit` itself when it was committed
   * on that line (a squash merge). Undefined when `ref` does not hold it.
   */
  async commitThatBrought(commit: string, ref: string): Promise<string | undefined> {
    const sha = await this.revParse(commit)
    if (!sha || !(await this.isAncestor(sha, ref))) return undefined
    // Newest first; holding `commit` is monotone along the line, so the oldest holder is found by bisection.
    const line = splitLines(
      await this.exec(['rev-list', '--first-parent', ref, '--not', ...(await this.parentsOf(sha))])
    )
    let [low, high] = [0, line.length - 1] // line[0] holds it; find the highest index that does
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (await this.isAncestor(sha, line[middle])) low = middle
      else high = middle - 1
    }
    return line[low]
  }

  /**
   * Cherry-picks `commits` in order onto `onto` in a throwaway detached
   * worktree, so the checkout, its index and every branch stay where they are:
   * `cherry-pick -x` with the committer's Signed-off-by, `-m 1` for a merge
   * commit. A pick that turns out empty (its change is already there) is left
   * out. On a conflict, the pick is aborted and the worktree removed; no ref
   * moves. The picked commits exist as objects only until a ref points at one.
   */
  async cherryPickOnto(
    onto: string,
    commits: string[],
    identity: Identity
  ): Promise<CherryPickResult> {
    const name = `pick-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    const dir = resolve(
      this.dir,
      (await this.exec(['rev-parse', '--git-path', `release-actions/${name}`])).trim()
    )
    const env = {
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email
    }
    // No hooks of the checkout run in the throwaway worktree (post-checkout, commit hooks).
    const config = [
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      `user.name=${identity.name}`,
      '-c',
      `user.email=${identity.email}`,
      '-c',
      'rerere.enabled=false',
      '-c',
      'commit.gpgsign=false'
    ]
    await this.exec([
      '-c',
      'core.hooksPath=/dev/null',
      'worktree',
      'add',
      '--quiet',
      '--detach',
      dir,
      onto
    ])
    try {
      const picked: { source: string; commit: string | undefined }[] = []
      for (const [index, source] of commits.entries()) {
        const merge = (await this.parentsOf(source)).length > 1
        const pick = await this.gitAt(
          dir,
          [
            ...config,
            'cherry-pick',
            '-x',
            '--signoff',
            ...(merge ? ['-m', '1'] : []),
            '--no-edit',
            source
          ],
          { env }
        )
        if (pick.ok) {
          picked.push({
            source,
            commit: (await this.gitAt(dir, ['rev-parse', 'HEAD'])).stdout.trim()
          })
          continue
        }
        const unmerged = await this.gitAt(dir, ['diff', '--name-only', '--diff-filter=U', '-z'])
        const files = unmerged.stdout.split('\0').filter(Boolean)
        const inProgress = (
          await this.gitAt(dir, ['rev-parse', '--verify', '--quiet', 'CHERRY_PICK_HEAD'])
        ).ok
        if (files.length > 0) {
          await this.gitAt(dir, ['cherry-pick', '--abort'])
          return { status: 'conflict', index, source, files }
        }
        const staged = await this.gitAt(dir, ['diff', '--cached', '--quiet'])
        if (inProgress && staged.ok) {
          // Nothing left to commit: the change is already on `onto`.
          await this.gitAt(dir, [...config, 'cherry-pick', '--skip'], { env })
          picked.push({ source, commit: undefined })
          continue
        }
        if (inProgress) await this.gitAt(dir, ['cherry-pick', '--abort'])
        throw new Error(
          `git cherry-pick ${source} onto ${onto.slice(0, 12)} failed:\n${(pick.stderr || pick.stdout).trim()}`
        )
      }
      const tip = (await this.gitAt(dir, ['rev-parse', 'HEAD'])).stdout.trim()
      return { status: 'picked', tip, picked }
    } finally {
      const removed = await this.gitAt(this.dir, ['worktree', 'remove', '--force', dir])
      if (!removed.ok) {
        rmSync(dir, { recursive: true, force: true })
        await this.gitAt(this.dir, ['worktree', 'prune'])
      }
    }
  }
}

/** What cherryPickOnto did: every pick made (commit undefined: empty, left out), or the one that conflicts. */
export type CherryPickResult =
  | {
      status: 'picked'
      /** The last pick, or `onto` when every pick was empty. */
      tip: string
      picked: { source: string; commit: string | undefined }[]
    }
  | {
      status: 'conflict'
      /** The position in `commits` of the pick that conflicts. */
      index: number
      source: string
      /** The files with conflicts. */
      files: string[]
    }

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}
