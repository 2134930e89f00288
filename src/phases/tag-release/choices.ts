import { parseChoice } from '../../release/inputs.js'

/** Whether tag-release publishes the release at once or leaves a draft. */
export type PublishMode = 'now' | 'later'
export const PUBLISH_MODES: readonly PublishMode[] = ['now', 'later']

/** The repositories a release is made of: which files say the version differs between them. */
export type RepoKind = 'bpfman' | 'operator'
export const REPO_KINDS: readonly RepoKind[] = ['bpfman', 'operator']

export function parseRepoKind(text: string, input = 'kind'): RepoKind | 'auto' {
  return parseChoice(text || 'auto', ['auto', ...REPO_KINDS] as const, input)
}
