import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { run } from '../../src/effects/exec.js'
import { FixtureGit } from '../fixtures/fixture-git.js'

export interface GitRef {
  /** `refs/tags/v0.6.1` */
  ref: string
  sha: string
  /** `commit` for branches and lightweight tags, `tag` for annotated tags. */
  type: string
}

export interface GitPerson {
  name: string
  email: string
  date: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: GitPerson
  committer: GitPerson
  message: string
}

/** An entry of a git tree, as `git ls-tree -l` lists it. */
export interface TreeEntry {
  /** `100644`, `100755`, `120000` (symlink), `040000`, `160000` (submodule). */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Bytes of a blob; 0 for a folder or a submodule. */
  size: number
  /** The full path in the repository. */
  path: string
}

export interface Identity {
  name: string
  email: string
}

const FIELD = '%x00'
const RECORD = '%x1e'
const COMMIT_FORMAT =
  ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join(FIELD) + RECORD

/**
 * The git side of an emulated repository: real git run in the bare repository
 * that a test registered as its gitDir. Calls that change refs are serialized
 * per repository, as GitHub serializes pushes to one repository.
 */
export class BareRepo {
  private readonly git: FixtureGit
  private queue: Promise<unknown> = Promise.resolve()

  constructor(readonly dir: string) {
    this.git = new FixtureGit(dir)
  }

  /** Runs `task` after every earlier exclusive task of this repository has finished. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task)
    this.queue = next.catch(() => undefined)
    return next
  }

  async resolveCommit(ref: string): Promise<string | undefined> {
    return this.git.revParse(ref)
  }

  async branchSha(branch: string): Promise<string | undefined> {
    return this.git.revParse(`refs/heads/${branch}`)
  }

  async tagSha(tag: string): Promise<string | undefined> {
    return this.git.revParse(`refs/tags/${tag}`)
  }

  /** Refs whose full name starts with `refs/<prefix>` (GitHub matches plain prefixes). */
  async refs(prefix: string): Promise<GitRef[]> {
    const full = `refs/${prefix}`
    const out = await this.git.exec([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)'
    ])
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split('\0')
        return { ref, sha, type }
      })
      .filter((ref) => ref.ref.startsWith(full) && !ref.ref.startsWith('refs/pull/'))
  }

  async commits(shas: string[]): Promise<CommitInfo[]> {
    if (shas.length === 0) return []
    const out = await this.git.exec([
      'log',
      '--no-walk=unsorted',
      `--format=${COMMIT_FORMAT}`,
      ...shas
    ])
    return out
      .split('\x1e')
      .map((chunk) => chunk.replace(/^\n/, ''))
      .filter(Boolean)
      .map((chunk) => {
        const [sha, tree, parents, an, ae, ad, cn, ce, cd, message] = chunk.split('\0')
        return {
          sha,
          tree,
          parents: parents.split(' ').filter(Boolean),
          author: { name: an, email: ae, date: ad },
          committer: { name: cn, email: ce, date: cd },
          message: message.replace(/\n+$/, '')
        }
      })
  }

  async commit(sha: string): Promise<CommitInfo> {
    const [info] = await this.commits([sha])
    return info
  }

  /** Commits in `head` that are not in `base`, oldest first. */
  async commitsBetween(base: string | undefined, head: string): Promise<string[]> {
    const range = base ? [`${base}..${head}`] : [head]
    const out = await this.git.exec(['rev-list', '--reverse', ...range])
    return out.split('\n').filter(Boolean)
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const { ok, stdout } = await this.git.tryExec(['merge-base', a, b])
    return ok ? stdout.trim() : undefined
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.git.isAncestor(ancestor, descendant)
  }

  /** Whether `a` and `b` hold different `.github/workflows/` trees (a missing tree counts as one). */
  async workflowsDiffer(a: string, b: string): Promise<boolean> {
    const [left, right] = await Promise.all(
      [a, b].map(async (ref) => {
        const tree = await this.git.tryExec([
          'rev-parse',
          '--verify',
          '--quiet',
          `${ref}:.github/workflows`
        ])
        return tree.ok ? tree.stdout.trim() : ''
      })
    )
    return left !== right
  }

  async readFile(ref: string, path: string): Promise<string | undefined> {
    return this.git.readBlob(ref, path)
  }

  /** The entry at `path` in `commit` and, for a folder, the entries in it; undefined when nothing is there. */
  async treeAt(
    commit: string,
    path: string
  ): Promise<{ entry: TreeEntry; entries: TreeEntry[] | undefined } | undefined> {
    const list = async (spec: string): Promise<TreeEntry[]> => {
      const out = await this.git.exec(['ls-tree', '-l', '-z', commit, '--', spec])
      return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const [meta, full] = line.split('\t')
          const [mode, type, sha, size] = meta.split(/\s+/)
          return {
            mode,
            type: type as TreeEntry['type'],
            sha,
            size: size === '-' ? 0 : Number(size),
            path: full
          }
        })
    }
    const [entry] = await list(path)
    if (!entry || entry.path !== path) return undefined
    return { entry, entries: entry.type === 'tree' ? await list(`${path}/`) : undefined }
  }

  /** A blob's bytes as they are (no text decoding). */
  async blobBytes(sha: string): Promise<Buffer> {
    const { stdout } = await promisify(execFile)('git', ['cat-file', 'blob', sha], {
      cwd: this.dir,
      encoding: 'buffer',
      maxBuffer: 128 * 1024 * 1024
    })
    return stdout
  }

  /** Copies a commit from another repository (a fork) into `ref` here. */
  async fetchInto(otherDir: string, sourceRef: string, ref: string): Promise<void> {
    await this.git.exec(['fetch', '--quiet', '--no-tags', otherDir, `+${sourceRef}:${ref}`])
  }

  /** Creates a lightweight tag; leaves an existing tag as it is. */
  async createTag(tag: string, sha: string): Promise<void> {
    await this.git.exec(['update-ref', `refs/tags/${tag}`, sha, ''])
  }

  /**
   * A `--no-ff` merge of `head` into branch `base`, as GitHub's merge button does
   * (or a squash: the same merged tree with the base as only parent):
   * `git merge-tree --write-tree` runs the same merge machinery as `git merge`
   * without a working tree, `commit-tree` records both parents, and `update-ref`
   * moves the branch only if nobody moved it meanwhile.
   * Returns undefined when the merge has conflicts.
   */
  async merge(options: {
    base: string
    head: string
    message: string
    author: Identity
    committer: Identity
    squash?: boolean
  }): Promise<string | undefined> {
    const baseSha = await this.branchSha(options.base)
    if (!baseSha) throw new Error(`base branch ${options.base} does not exist in ${this.dir}`)
    const merged = await run('git', ['merge-tree', '--write-tree', baseSha, options.head], {
      cwd: this.dir,
      allowFailure: true
    })
    if (merged.exitCode === 1) return undefined
    if (merged.exitCode !== 0)
      throw new Error(`git merge-tree failed in ${this.dir}: ${merged.stderr.trim()}`)
    const tree = merged.stdout.split('\n')[0].trim()
    const parents = options.squash ? ['-p', baseSha] : ['-p', baseSha, '-p', options.head]
    const commit = await run('git', ['commit-tree', tree, ...parents, '-F', '-'], {
      cwd: this.dir,
      input: `${options.message}\n`,
      env: {
        GIT_AUTHOR_NAME: options.author.name,
        GIT_AUTHOR_EMAIL: options.author.email,
        GIT_COMMITTER_NAME: options.committer.name,
        GIT_COMMITTER_EMAIL: options.committer.email
      }
    })
    const sha = commit.stdout.trim()
    await this.git.exec([
      'update-ref',
      '-m',
      'merge pull request',
      `refs/heads/${options.base}`,
      sha,
      baseSha
    ])
    return sha
  }
}
