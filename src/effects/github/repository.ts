import { InputError } from '../../release/errors.js'

export interface RepoRef {
  owner: string
  repo: string
}

export function parseRepository(text: string, input = 'repository'): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text)
  if (!match) throw new InputError(input, `"${text}" is not owner/name, e.g. bpfman/bpfman`)
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
