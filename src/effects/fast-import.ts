// The `git fast-import` stream of one commit: its files' blobs, the folders
// they are in and the commit, written by one process whatever the number of
// files (fast-import rewrites only the trees on the changed paths).
import { ReleaseError } from '../release/errors.js'
import { type Identity } from '../release/identity.js'
import { repoPathProblem } from '../release/repo-path.js'

export interface CommitStreamRequest {
  /** The ref fast-import builds the commit on; the stream deletes it again. */
  scratchRef: string
  parent: string
  /** Each file's mode: the parent's for a file it has, else 100644. */
  files: { path: string; mode: string; content: string }[]
  message: string
  identity: Identity
  /** `<seconds since the epoch> <+hhmm>`, fast-import's raw date. */
  when: string
}

/** fast-import's answer to the stream: the root tree, then the commit. */
export interface CommitAnswer {
  tree: string
  commit: string
}

/**
 * The stream (for `fast-import --done --date-format=raw`): the commit on
 * `scratchRef`, an `ls` of its root tree and a `get-mark` of the commit, then
 * `scratchRef` reset to the null id, which deletes it when the import ends,
 * so that no ref but the branch the caller moves ever names the commit.
 */
export function commitStream(request: CommitStreamRequest): string {
  // The last line of defence: the plan checked its paths; no commit holds `..`, `/x` or `.git/`.
  for (const file of request.files) {
    const problem = repoPathProblem(file.path)
    if (problem)
      throw new ReleaseError(`refusing to commit ${JSON.stringify(file.path)}: it ${problem}`)
  }
  const { name, email } = request.identity
  const person = `${name} <${email}> ${request.when}`
  const nullId = '0'.repeat(request.parent.length)
  return [
    `commit ${request.scratchRef}\n`,
    'mark :1\n',
    `author ${person}\n`,
    `committer ${person}\n`,
    data(request.message),
    `from ${request.parent}\n`,
    ...request.files.map(
      (file) => `M ${file.mode} inline ${quotePath(file.path)}\n${data(file.content)}`
    ),
    'ls ""\n',
    '\n',
    'get-mark :1\n',
    `reset ${request.scratchRef}\n`,
    `from ${nullId}\n`,
    '\n',
    'done\n'
  ].join('')
}

/** Reads fast-import's output for `commitStream`: `040000 tree <id>\t` and `<commit id>`. */
export function parseCommitAnswer(out: string): CommitAnswer {
  const lines = out.split('\n').filter(Boolean)
  const tree = /^040000 tree ([0-9a-f]{40,64})\t$/.exec(lines[0] ?? '')?.[1]
  const commit = /^[0-9a-f]{40,64}$/.exec(lines[1] ?? '')?.[0]
  if (!tree || !commit || lines.length !== 2)
    throw new Error(`git fast-import answered ${JSON.stringify(out)}, not a tree and a commit`)
  return { tree, commit }
}

/** The current time as fast-import's raw date, in the machine's time zone (as git commit-tree dates). */
export function rawDate(now: Date): string {
  const offset = -now.getTimezoneOffset()
  const hours = Math.floor(Math.abs(offset) / 60)
  const minutes = Math.abs(offset) % 60
  const zone = `${offset < 0 ? '-' : '+'}${String(hours).padStart(2, '0')}${String(minutes).padStart(2, '0')}`
  return `${Math.floor(now.getTime() / 1000)} ${zone}`
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`
}

/**
 * A path as fast-import reads it: as it is, or C-quoted when it starts with a
 * quote or holds a newline, a backslash, a quote or another control character.
 */
export function quotePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/^"|[\\"\x00-\x1f\x7f]/.test(path)) return path
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t' }
  // eslint-disable-next-line no-control-regex
  const quoted = path.replace(/[\\"\x00-\x1f\x7f]/g, (character) => {
    return escapes[character] ?? `\\${character.charCodeAt(0).toString(8).padStart(3, '0')}`
  })
  return `"${quoted}"`
}
