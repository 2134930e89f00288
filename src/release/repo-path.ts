/**
 * Paths inside a repository, as a release may read, edit or commit them: every
 * path that comes from a config file, an input or a tree is relative to the
 * repository's top, already normal (no `.`, `..` or empty part; a trailing `/`
 * names a folder), and outside `.git/`. Any other name git can hold is one. A path that is not is refused, never resolved: there is
 * no "inside after all" to work out.
 */
import { InputError } from './errors.js'

/** Why `path` is no repository path (undefined: it is one). */
export function repoPathProblem(path: string): string | undefined {
  if (path.length === 0) return 'is empty'
  if (path.startsWith('/')) return 'is absolute'
  const parts = path.replace(/\/$/, '').split('/')
  if (parts.some((part) => part === '..')) return 'leaves the repository (..)'
  if (parts.some((part) => part === '' || part === '.')) return 'is not normalised (// or .)'
  if (parts.some((part) => part.toLowerCase() === '.git')) return 'is inside .git/'
  return undefined
}

/** `path` when it is a repository path; else bad input naming `key`. */
export function assertRepoPath(path: string, key: string): string {
  const problem = repoPathProblem(path)
  if (problem) {
    throw new InputError(
      key,
      `${JSON.stringify(path)} ${problem}; give a path relative to the repository's top, inside it and outside .git/ (e.g. examples/Makefile)`
    )
  }
  return path
}

/** A name that is one folder or file name: letters, digits, `.`, `_`, `-`, and not `.` or `..`. */
export function isPlainName(name: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(name) && name !== '.' && name !== '..'
}
