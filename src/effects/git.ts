import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { InputError, ReleaseError, messageOf } from '../release/errors.js'
import { type Identity } from '../release/identity.js'
import { run } from './exec.js'
import { type CommitAnswer, commitStream, parseCommitAnswer, rawDate } from './fast-import.js'
import {
  type GitConfig,
  identityOf,
  parseConfigList,
  remoteNamesOf,
  remoteUrlOf
} from './git-config.js'
import { ahead } from '../release/lazy.js'

export type { Identity } from '../release/identity.js'

/** One entry of a tree object, as `git ls-tree` prints it and `git mktree` reads it. */
export interface TreeEntry {
  mode: string
  type: string
  sha: string
  name: string
}

/**
 * Every git command line is built here (as actions/checkout's
 * git-command-manager does): argument arrays only, behind named methods; the
 * rest of the code never runs git itself. `env` is passed to every command
 * (authentication for https remotes travels that way, never on a command line).
 */
export class Git {
  /** The repository's git folder, read once (see gitDir). */
  private gitDirRead: Promise<{ gitDir: string; topLevel: string } | undefined> | undefined
  /** A status read started ahead of the status() call that takes it (see readStatusAhead). */
  private statusAhead: Promise<WorkTreeStatus> | undefined
  /** The configuration, read once (see config). */
  private configRead: Promise<GitConfig> | undefined
  /** Each commit's files, read once (see filesAt): what a commit id names never changes. */
  private readonly listings = new Map<string, Promise<TreeEntry[]>>()

  constructor(
    readonly dir: string,
    private readonly env: Record<string, string> = {}
  ) {}

  /** A new bare repository at `dir` (kept when it exists). */
  static async initBare(dir: string, env: Record<string, string> = {}): Promise<Git> {
    const git = new Git(dir, env)
    mkdirSync(dir, { recursive: true })
    await git.exec(['init', '--quiet', '--bare'])
    return git
  }

  protected async exec(
    args: string[],
    input?: string,
    env?: Record<string, string>
  ): Promise<string> {
    const result = await run('git', args, { cwd: this.dir, input, env: { ...this.env, ...env } })
    return result.stdout
  }

  protected async tryExec(args: string[]): Promise<{ ok: boolean; stdout: string }> {
    const result = await run('git', args, { cwd: this.dir, allowFailure: true, env: this.env })
    return { ok: result.exitCode === 0, stdout: result.stdout }
  }

  /** Whether `dir` is a git repository (a work tree or a bare one). */
  async isRepository(): Promise<boolean> {
    return (await this.gitDir()) !== undefined
  }

  /**
   * The absolute path of the git folder (a worktree's own folder under
   * .git/worktrees), or undefined when `dir` is no repository; read once.
   * Private files (an index, a throwaway worktree) go in it.
   */
  async gitDir(): Promise<string | undefined> {
    return (await this.readGitDir())?.gitDir
  }

  /**
   * The top folder of the work tree `dir` is in (`dir` itself, or the
   * repository's root when `dir` is a folder inside it; as git finds it), or
   * undefined when `dir` is no repository. Read with gitDir, in one process.
   */
  async topLevel(): Promise<string | undefined> {
    return (await this.readGitDir())?.topLevel
  }

  private async readGitDir(): Promise<{ gitDir: string; topLevel: string } | undefined> {
    // --show-cdup (not --show-toplevel): a bare repository answers it too, with nothing.
    this.gitDirRead ??= this.tryExec(['rev-parse', '--absolute-git-dir', '--show-cdup']).then(
      ({ ok, stdout }) => {
        if (!ok) return undefined
        const [gitDir, cdup = ''] = stdout.split('\n')
        return { gitDir: gitDir.trim(), topLevel: resolve(this.dir, cdup.trim() || '.') }
      }
    )
    const found = await this.gitDirRead
    if (found === undefined) this.gitDirRead = undefined
    return found
  }

  /** gitDir, for the commands that need one: `dir` is known to be a repository. */
  private async requireGitDir(): Promise<string> {
    const found = await this.gitDir()
    if (found === undefined) throw new ReleaseError(`${this.dir} is not a git repository`)
    return found
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

  /**
   * The work tree's changes (`git status --porcelain` lines: `XY path`), and
   * the commit and branch checked out, from one `status --porcelain=v2 --branch`;
   * the read started by readStatusAhead when there is one.
   */
  async status(): Promise<WorkTreeStatus> {
    const ahead = this.statusAhead
    this.statusAhead = undefined
    return ahead ?? this.readStatus()
  }

  /**
   * Starts reading the status for the next status() call, which takes this
   * read instead of starting one: the CLI starts it while the phase's modules
   * load (refreshing the index of a fresh checkout is most of a status). Only
   * for a status() that comes before the run changes the checkout.
   */
  readStatusAhead(): void {
    if (this.statusAhead) return
    this.statusAhead = ahead(this.readStatus()) // status() reports a failure, when it comes
  }

  private async readStatus(): Promise<WorkTreeStatus> {
    const out = await this.exec([
      'status',
      '--porcelain=v2',
      '--branch',
      '--untracked-files=normal'
    ])
    return parseStatus(out)
  }

  /**
   * The configuration of every scope (`git config -z --list`), read once: the
   * identity, the remotes and their URLs come from one process. Empty when
   * git cannot read it (`dir` is no repository).
   */
  async config(): Promise<GitConfig> {
    this.configRead ??= this.tryExec(['config', '-z', '--list']).then(({ ok, stdout }) =>
      parseConfigList(ok ? stdout : '')
    )
    return this.configRead
  }

  async hasRemote(remote: string): Promise<boolean> {
    return remoteNamesOf(await this.config()).has(remote)
  }

  /** The URL `git remote get-url` prints (insteadOf applied); undefined for no such remote. */
  async remoteUrl(remote: string): Promise<string | undefined> {
    return remoteUrlOf(await this.config(), remote)
  }

  /**
   * Runs a command that talks to a remote, again after a network error (the
   * connection hung up, was reset or refused, timed out, or the server
   * answered 5xx), at most REMOTE_RETRY.attempts times in all. Any other
   * failure is thrown at once.
   */
  protected async execRemote(args: string[], what: string): Promise<string> {
    const { attempts, delaysMs } = REMOTE_RETRY
    for (let attempt = 1; ; attempt++) {
      const result = await run('git', args, { cwd: this.dir, allowFailure: true, env: this.env })
      if (result.exitCode === 0) return result.stdout
      const detail = (result.stderr || result.stdout).trim()
      if (!isNetworkFailure(detail) || attempt >= attempts) {
        const tries = attempt > 1 ? ` (${attempt} attempts)` : ''
        throw new ReleaseError(
          `git ${args.join(' ')} failed with exit code ${result.exitCode}${tries}${detail ? `:\n${detail}` : ''}${
            isNetworkFailure(detail)
              ? `\n${what}: the remote could not be reached; check the network and rerun`
              : ''
          }`
        )
      }
      await sleep(delaysMs[Math.min(attempt - 1, delaysMs.length - 1)])
    }
  }

  async fetch(remote: string, refspecs: string[]): Promise<void> {
    await this.execRemote(
      ['fetch', '--quiet', '--prune', '--no-tags', remote, ...refspecs],
      `fetch from ${remote}`
    )
  }

  /**
   * Fetches the remote's tags. A local tag that differs from the remote's is
   * never moved (no --force: it may be a maintainer's own work): the fetch
   * is refused, naming it. (Not --quiet: git names a rejected tag only when
   * it reports.)
   */
  async fetchTags(remote: string): Promise<void> {
    try {
      await this.execRemote(['fetch', '--tags', remote], `fetch tags from ${remote}`)
    } catch (error) {
      const clobbered = [
        ...messageOf(error).matchAll(
          /\[rejected\]\s+(\S+)\s+->\s+\S+\s+\(would clobber existing tag\)/g
        )
      ].map((match) => match[1])
      if (clobbered.length === 0) throw error
      const [first] = clobbered
      throw new InputError(
        'repo',
        `the local tag${clobbered.length > 1 ? 's' : ''} ${clobbered.join(', ')} of this checkout differ${clobbered.length > 1 ? '' : 's'} from ${remote}'s, and release-actions never moves a local tag: compare them (git show ${first}; git ls-remote --tags ${remote} ${first}), keep yours under another name if you need it (git tag ${first}-mine ${first}), then delete it (git tag -d ${first}) and rerun`
      )
    }
  }

  /** Fetches one commit by its id; false when the remote does not give it. */
  async fetchCommit(remote: string, commit: string): Promise<boolean> {
    try {
      await this.execRemote(['fetch', '--quiet', '--no-tags', remote, commit], `fetch ${commit}`)
      return true
    } catch {
      return false
    }
  }

  /**
   * Fetches the tip of `branch` into `ref`: `depth` commits, trees without
   * file contents (a partial clone fetches blobs on demand).
   */
  async fetchTreesOnly(remote: string, branch: string, ref: string, depth: number): Promise<void> {
    await this.execRemote(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        `--depth=${depth}`,
        '--filter=blob:none',
        remote,
        `+refs/heads/${branch}:${ref}`
      ],
      `fetch ${branch} from ${remote}`
    )
  }

  /** Points `remote` at `url` as a promisor remote that serves blobs on demand. */
  async setPartialRemote(remote: string, url: string): Promise<void> {
    await this.exec(['config', `remote.${remote}.url`, url])
    await this.exec(['config', `remote.${remote}.promisor`, 'true'])
    await this.exec(['config', `remote.${remote}.partialclonefilter`, 'blob:none'])
    this.configRead = undefined
  }

  async createAnnotatedTag(tag: string, commit: string, identity: Identity): Promise<void> {
    await this.exec(['tag', '--annotate', '--message', tag, tag, commit], undefined, {
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email
    })
  }

  /** The commit a remote branch points at, or undefined when it has none. */
  async lsRemoteBranch(remote: string, branch: string): Promise<string | undefined> {
    const out = await this.execRemote(
      ['ls-remote', '--heads', remote, `refs/heads/${branch}`],
      `look up ${branch} on ${remote}`
    )
    return out.split(/\s+/)[0] || undefined
  }

  /** The commit a remote tag points at (peeled), or undefined. */
  async lsRemoteTag(remote: string, tag: string): Promise<string | undefined> {
    const out = await this.execRemote(
      ['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`],
      `look up tag ${tag} on ${remote}`
    )
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

  /**
   * Pushes `refspec`, again after a network error (a push whose answer was
   * lost and that took effect finds the ref up to date the second time). A
   * push the remote rejects because the ref moved (not a fast-forward, a stale
   * lease, fetch first) throws PushRejected: the caller looks again and decides.
   */
  async push(
    remote: string,
    refspec: string,
    options: { forceWithLease?: string } = {}
  ): Promise<void> {
    const force =
      options.forceWithLease !== undefined ? [`--force-with-lease=${options.forceWithLease}`] : []
    const args = ['push', '--quiet', ...force, remote, refspec]
    try {
      await this.execRemote(args, `push ${refspec} to ${remote}`)
    } catch (error) {
      if (error instanceof ReleaseError && isRejectedPush(error.message)) {
        throw new PushRejected(remote, refspec, error.message)
      }
      throw error
    }
  }

  /**
   * Writes a commit of `parent` plus `files` without touching the work tree,
   * the index or a ref, so the checkout stays where it is: one `fast-import`
   * (the blobs, the folders on their paths, the commit) whatever the number
   * of files. Each file keeps its mode in `parent` (listed once: the plan has
   * listed it); a new one is 100644.
   */
  async commitFiles(
    parent: string,
    files: { path: string; content: string }[],
    message: string,
    identity: Identity
  ): Promise<CommitAnswer> {
    const listing = await this.treeListing(parent)
    const changed = new Set(files.map((file) => file.path))
    const modes = new Map<string, string>()
    for (const entry of listing) if (changed.has(entry.name)) modes.set(entry.name, entry.mode)
    const stream = commitStream({
      scratchRef: `refs/release-actions/commit-${process.pid}-${++scratchCommits}`,
      parent,
      files: files.map((file) => ({ ...file, mode: modes.get(file.path) ?? '100644' })),
      message,
      identity,
      when: rawDate(new Date())
    })
    return parseCommitAnswer(
      await this.exec(
        ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--done', '--date-format=raw'],
        stream
      )
    )
  }

  /**
   * Writes `contents` as blobs in one `fast-import` stream; their ids, in
   * order (`get-mark`). One small pack (unpackLimit 0: no unpack-objects
   * after it) and no temporary files, where hash-object needs a file each.
   */
  async writeBlobs(contents: string[]): Promise<string[]> {
    if (contents.length === 0) return []
    const blobs = contents.map(
      (content, i) => `blob\nmark :${i + 1}\ndata ${Buffer.byteLength(content)}\n${content}\n`
    )
    const marks = contents.map((_, i) => `get-mark :${i + 1}\n`)
    const out = await this.exec(
      ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet'],
      blobs.join('') + marks.join('')
    )
    const ids = splitLines(out)
    if (ids.length !== contents.length) {
      throw new Error(`git fast-import wrote ${ids.length} blobs for ${contents.length} files`)
    }
    return ids
  }

  /** A commit of `tree` on `parent`, authored and committed by `identity`. */
  async commitTree(
    tree: string,
    parent: string,
    message: string,
    identity: Identity
  ): Promise<string> {
    return (
      await this.exec(['commit-tree', tree, '-p', parent, '-F', '-'], message, authorEnv(identity))
    ).trim()
  }

  /**
   * Points `branch` at `commit`; with `expected` (a commit, or '' for none),
   * only while the branch is still there (git refuses the update otherwise).
   */
  async updateBranch(branch: string, commit: string, expected?: string): Promise<void> {
    await this.exec([
      'update-ref',
      `refs/heads/${branch}`,
      commit,
      ...(expected === undefined ? [] : [expected])
    ])
  }

  async parentOf(commit: string): Promise<string | undefined> {
    return this.revParse(`${commit}^`)
  }

  async subjectOf(commit: string): Promise<string> {
    return (await this.exec(['log', '-1', '--format=%s', commit])).trim()
  }

  /**
   * The tracked files whose work-tree content holds `text` (binary files
   * too), as paths from the top: one `git grep`, instead of reading every file.
   */
  async filesContaining(text: string): Promise<string[]> {
    const args = ['grep', '--no-color', '-z', '-l', '-a', '-F', '-e', text]
    const result = await run('git', args, { cwd: this.dir, allowFailure: true, env: this.env })
    if (result.exitCode === 1) return [] // nothing holds it
    if (result.exitCode !== 0) {
      throw new ReleaseError(
        `git ${args.join(' ')} failed with exit code ${result.exitCode}: ${result.stderr.trim()}`
      )
    }
    return result.stdout.split('\0').filter(Boolean)
  }

  /**
   * The files of `commit`'s tree, recursively (paths from the top, with their
   * modes and blobs): one `ls-tree -r`, read once per commit id, so that the
   * plan's list of the tree's files and the release commit's index share it.
   */
  async filesAt(commit: string): Promise<TreeEntry[]> {
    return (await this.treeListing(commit)).filter((entry) => entry.type !== 'tree')
  }

  /** Every entry of `commit`'s tree, its folders too (`ls-tree -r -t`), read once per commit id. */
  private async treeListing(commit: string): Promise<TreeEntry[]> {
    const list = async (): Promise<TreeEntry[]> =>
      parseTreeEntries(await this.exec(['ls-tree', '-r', '-t', '-z', '--full-tree', commit]))
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return list()
    let listing = this.listings.get(commit)
    if (!listing) {
      listing = list()
      this.listings.set(commit, listing)
      listing.catch(() => this.listings.delete(commit))
    }
    return listing
  }

  async readBlob(ref: string, path: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec(['show', `${ref}:${path}`])
    return ok ? stdout : undefined
  }

  async log(range: string, format: string): Promise<string[]> {
    return splitLines(await this.exec(['log', `--format=${format}`, range]))
  }

  /** `git log` output as it is, for formats whose records span lines. */
  async logText(range: string, format: string): Promise<string> {
    return this.exec(['log', `--format=${format}`, range])
  }

  /**
   * The commits of `tip` that `base` does not hold, newest first, with their
   * first parent, tree, subject and the values of the message trailer
   * `trailer` (none: empty).
   */
  async commitsSince(
    base: string,
    tip: string,
    trailer: string
  ): Promise<
    { sha: string; parent: string | undefined; tree: string; subject: string; trailers: string[] }[]
  > {
    const format = `%H%x1f%P%x1f%T%x1f%s%x1f%(trailers:key=${trailer},valueonly,separator=%x1e)`
    const out = await this.exec(['log', '-z', `--format=${format}`, `${base}..${tip}`])
    return out
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const [sha, parents, tree, subject, values] = record.split('\x1f')
        return {
          sha,
          parent: parents.split(' ')[0] || undefined,
          tree,
          subject,
          trailers: values ? values.split('\x1e').map((value) => value.trim()) : []
        }
      })
  }

  async messageOf(commit: string): Promise<string> {
    return this.exec(['log', '-1', '--format=%B', commit])
  }

  /** The files under `folder` at `ref`, recursively, as paths from the top. */
  async filesUnder(ref: string, folder: string): Promise<string[]> {
    const out = await this.exec(['ls-tree', '-r', '-z', '--name-only', ref, '--', `${folder}/`])
    return out.split('\0').filter(Boolean)
  }

  /** The names directly under `folder` at `ref`; empty when it is not there. */
  async namesIn(ref: string, folder: string): Promise<string[]> {
    const { ok, stdout } = await this.tryExec(['ls-tree', '--name-only', ref, '--', `${folder}/`])
    return ok ? splitLines(stdout).map((path) => path.split('/').pop() as string) : []
  }

  /** The object id of `path` at `ref` (a tree for a folder), or undefined. */
  async objectAt(ref: string, path: string): Promise<string | undefined> {
    const { ok, stdout } = await this.tryExec([
      'rev-parse',
      '--verify',
      '--quiet',
      `${ref}:${path}`
    ])
    return ok ? stdout.trim() : undefined
  }

  async writeBlob(content: string): Promise<string> {
    return (await this.exec(['hash-object', '-w', '--stdin'], content)).trim()
  }

  async lsTree(treeish: string): Promise<TreeEntry[]> {
    return parseTreeEntries(await this.exec(['ls-tree', '-z', treeish]))
  }

  /** `--missing`: the tree may name objects a partial repository never downloaded. */
  async mktree(entries: TreeEntry[]): Promise<string> {
    const input = entries
      .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`)
      .join('')
    return (await this.exec(['mktree', '-z', '--missing'], input)).trim()
  }

  /** The paths that differ between two commits. */
  async changedBetween(from: string, to: string): Promise<string[]> {
    const out = await this.exec([
      'diff-tree',
      '-r',
      '-z',
      '--name-only',
      '--no-commit-id',
      from,
      to
    ])
    return out.split('\0').filter(Boolean)
  }

  /** Changed or untracked (not ignored) files of the work tree, and deleted ones. */
  async workTreeChanges(): Promise<{ changed: string[]; deleted: string[] }> {
    const out = await this.exec([
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=all',
      '--no-renames'
    ])
    const changed: string[] = []
    const deleted: string[] = []
    for (const entry of out.split('\0').filter(Boolean)) {
      const path = entry.slice(3)
      if (entry.slice(0, 2).includes('D')) deleted.push(path)
      else changed.push(path)
    }
    return { changed, deleted }
  }

  /**
   * Runs `task` on a throwaway detached worktree of `commit`: the checkout,
   * its index and its branches stay as they are. The worktree is removed after.
   */
  async withWorktree<T>(
    commit: string,
    task: (treeDir: string, treeGit: Git) => Promise<T>
  ): Promise<T> {
    const dir = mkdtempSync(join(tmpdir(), 'release-tree-'))
    const treeDir = join(dir, 'tree')
    await this.exec(['worktree', 'add', '--quiet', '--detach', treeDir, commit])
    const record = worktreeRecord(treeDir)
    try {
      return await task(treeDir, new Git(treeDir, this.env))
    } finally {
      await this.removeWorktree(treeDir, record)
      rmSync(dir, { recursive: true, force: true })
    }
  }

  /**
   * Removes a worktree this run added, and only it: `git worktree prune`
   * would also drop the records of a maintainer's own worktrees whose
   * folders are missing now (on a drive that is not mounted, moved aside).
   * `record` is the worktree's folder under .git/worktrees (worktreeRecord).
   */
  private async removeWorktree(treeDir: string, record: string | undefined): Promise<void> {
    if ((await this.tryExec(['worktree', 'remove', '--force', treeDir])).ok) return
    rmSync(treeDir, { recursive: true, force: true })
    if (record) rmSync(record, { recursive: true, force: true })
  }

  /** The user's git identity (user.name and user.email), when both are set: one read of the config. */
  async identity(): Promise<Identity | undefined> {
    return identityOf(await this.config())
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
    const dir = join(await this.requireGitDir(), 'release-actions', name)
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
    const record = worktreeRecord(dir)
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
      await this.removeWorktree(dir, record)
    }
  }
}

/** The folder under .git/worktrees that records the worktree at `treeDir` (its .git file names it). */
function worktreeRecord(treeDir: string): string | undefined {
  try {
    const path = /^gitdir: (.+)$/m.exec(readFileSync(join(treeDir, '.git'), 'utf8'))?.[1]?.trim()
    return path ? resolve(treeDir, path) : undefined
  } catch {
    return undefined
  }
}

/** Attempts and the waits between them for commands that talk to a remote. */
export const REMOTE_RETRY = { attempts: 3, delaysMs: [250, 1000] }

/** A push the remote refused because its ref is not where the push expected it. */
export class PushRejected extends ReleaseError {
  constructor(
    readonly remote: string,
    readonly refspec: string,
    detail: string
  ) {
    super(detail)
    this.name = 'PushRejected'
  }
}

/** The scratch refs of this process's commits, numbered (each is gone when its import ends). */
let scratchCommits = 0

const NETWORK_FAILURES = [
  /the remote end hung up unexpectedly/i,
  /early EOF/i,
  /connection (reset|refused|timed out|closed)/i,
  /operation timed out/i,
  /could not resolve host/i,
  /RPC failed/i,
  /requested URL returned error: (5\d\d|429)/i,
  /unable to access '.*': (Failed|Recv|Send|OpenSSL|gnutls|Empty reply)/i,
  /unexpected disconnect/i,
  /broken pipe/i
]

/** Whether git's message says the remote could not be reached or answered 5xx or 429. */
export function isNetworkFailure(detail: string): boolean {
  return NETWORK_FAILURES.some((pattern) => pattern.test(detail))
}

/** Whether git's message says a push was refused because the remote ref moved. */
export function isRejectedPush(detail: string): boolean {
  return /\[rejected\]|\[remote rejected\].*(stale|fetch first|non-fast-forward)/.test(detail)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms))
}

function authorEnv(identity: Identity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email
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

export interface WorkTreeStatus {
  /** One line per changed or untracked path, as `git status --porcelain` shows it. */
  changes: string[]
  /** The commit checked out; undefined before the first commit. */
  head: string | undefined
  /** The branch checked out; undefined when HEAD is detached. */
  branch: string | undefined
}

/** `git status --porcelain=v2 --branch` output, its changes shown as the v1 format shows them. */
export function parseStatus(out: string): WorkTreeStatus {
  const status: WorkTreeStatus = { changes: [], head: undefined, branch: undefined }
  for (const line of out.split('\n')) {
    if (line.startsWith('# branch.oid ')) {
      const oid = line.slice('# branch.oid '.length)
      if (oid !== '(initial)') status.head = oid
    } else if (line.startsWith('# branch.head ')) {
      const branch = line.slice('# branch.head '.length)
      if (branch !== '(detached)') status.branch = branch
    } else if (line.startsWith('? ') || line.startsWith('! ')) {
      status.changes.push(`${line[0]}${line[0]} ${quoteSpaced(line.slice(2))}`)
    } else if (/^[12u] /.test(line)) {
      // `1 XY sub mH mI mW hH hI path`, `2 XY ... score path<TAB>orig`, `u XY ... h1 h2 h3 path`.
      const fields = line.split(' ')
      const pathAt = { '1': 8, '2': 9, u: 10 }[line[0] as '1' | '2' | 'u']
      const [path, from] = fields.slice(pathAt).join(' ').split('\t')
      status.changes.push(
        `${fields[1].replaceAll('.', ' ')} ${from ? `${quoteSpaced(from)} -> ` : ''}${quoteSpaced(path)}`
      )
    }
  }
  return status
}

/** A path as v1 shows it: v2 C-quotes what is unusual but a space; v1 quotes that too. */
function quoteSpaced(path: string): string {
  return /\s/.test(path) && !path.startsWith('"') ? `"${path}"` : path
}

/** `git ls-tree -z` output: `<mode> <type> <sha>\t<name>` records. */
function parseTreeEntries(out: string): TreeEntry[] {
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t')
      const [mode, type, sha] = line.slice(0, tab).split(' ')
      return { mode, type, sha, name: line.slice(tab + 1) }
    })
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}
