/** A merged pull request as the release notes list it. */
export interface NotesPull {
  number: number
  title: string
  user: string
}

export interface NotesInput {
  owner: string
  repo: string
  tag: string
  previousTag?: string
  /** The pull requests of the release, in the order they were merged. */
  pulls: NotesPull[]
  /** For each first-time contributor, their first pull request. */
  newContributors: NotesPull[]
}

/**
 * The body of GitHub's generated release notes (default configuration, no
 * .github/release.yml): "What's Changed", "New Contributors", "Full Changelog".
 */
export function releaseNotesBody(input: NotesInput): string {
  const web = `https://github.com/${input.owner}/${input.repo}`
  const pullUrl = (pull: NotesPull): string => `${web}/pull/${pull.number}`
  const sections: string[] = []
  if (input.pulls.length > 0) {
    const lines = input.pulls.map(
      (pull) => `* ${pull.title} by @${handle(pull.user)} in ${pullUrl(pull)}`
    )
    sections.push(`## What's Changed\n${lines.join('\n')}`)
  }
  if (input.newContributors.length > 0) {
    const lines = input.newContributors.map(
      (pull) => `* @${handle(pull.user)} made their first contribution in ${pullUrl(pull)}`
    )
    sections.push(`## New Contributors\n${lines.join('\n')}`)
  }
  const changelog = input.previousTag
    ? `${web}/compare/${input.previousTag}...${input.tag}`
    : `${web}/commits/${input.tag}`
  sections.push(`**Full Changelog**: ${changelog}`)
  return sections.join('\n\n')
}

/** Apps are mentioned by their slug: `dependabot[bot]` is `@dependabot`. */
function handle(login: string): string {
  return login.replace(/\[bot\]$/, '')
}
