import { InputError } from '../../release/errors.js'

export interface RepoRef {
  owner: string
  repo: string
}

export function parseRepository(text: string, input = 'repository'): RepoRef {
  // GitHub's rules: an owner of letters, digits, - and _ (not first), a name of those and dots, never . or ..
  const match = /^([A-Za-z0-9][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(text)
  if (!match || match[2] === '.' || match[2] === '..')
    throw new InputError(input, `"${text}" is not owner/name, e.g. bpfman/bpfman`)
  return { owner: match[1], repo: match[2] }
}

export function repositoryName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`
}

/** owner/name from a GitHub remote URL (https or ssh), or undefined for any other remote. */
export function repositoryFromRemoteUrl(url: string): RepoRef | undefined {
  const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  return match ? { owner: match[1], repo: match[2] } : undefined
}
