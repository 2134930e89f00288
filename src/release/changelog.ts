import { type ReleaseVersion, releaseKind } from './version.js'

export function changelogPath(changelogDir: string, version: ReleaseVersion): string {
  return `${changelogDir}/CHANGELOG-${version.tag}.md`
}

/** bpfman's opening paragraph: the `summary` input, or a sentence naming the kind of release. */
export function summaryParagraph(
  version: ReleaseVersion,
  previous: ReleaseVersion | undefined,
  summary?: string
): string {
  if (summary && summary.trim().length > 0) return summary.trim()
  const kind = releaseKind(version, previous)
  const since = previous ? ` The changes since ${previous.tag} are listed below.` : ''
  return `The ${version.tag} release is a ${kind} release.${since}`
}

export function formatChangelog(summary: string, notes: string): string {
  return `${summary}\n\n${notes.trim()}\n`
}

export interface MergedPull {
  number: number
  title: string
  author: string
}

/**
 * The merged pull requests in `git log --format=%H%x00%an%x00%ae%x00%s%x00%b%x1e`
 * output: merge commits ("Merge pull request #12 from user/branch", title in the
 * body) and squash merges ("Title (#12)").
 */
export function mergedPullsFromLog(log: string): MergedPull[] {
  const pulls: MergedPull[] = []
  for (const record of log.split('\x1e')) {
    const [, authorName, authorEmail, subject, body] = record.replace(/^\n/, '').split('\x00')
    if (subject === undefined) continue
    const merge = /^Merge pull request #(\d+) from ([^/\s]+)\//.exec(subject)
    if (merge) {
      const title = (body ?? '')
        .split('\n')
        .find((line) => line.trim().length > 0)
        ?.trim()
      pulls.push({ number: Number(merge[1]), title: title ?? subject, author: merge[2] })
      continue
    }
    const squash = /^(.*) \(#(\d+)\)$/.exec(subject)
    if (squash) {
      pulls.push({
        number: Number(squash[2]),
        title: squash[1],
        author: loginOf(authorName, authorEmail)
      })
    }
  }
  return pulls.reverse() // git log is newest first; GitHub lists the oldest first
}

function loginOf(name: string, email: string): string {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email ?? '')
  return noreply ? noreply[1] : name
}

/** The pull requests of `pulls` that are their author's first, given the pulls merged before. */
export function firstContributions(pulls: MergedPull[], earlier: MergedPull[]): MergedPull[] {
  const seen = new Set(earlier.map((pull) => pull.author))
  return pulls.filter((pull) => !seen.has(pull.author) && seen.add(pull.author))
}

/** Release notes in the shape of GitHub's "Generate release notes" (default configuration). */
export function formatReleaseNotes(
  pulls: MergedPull[],
  newContributors: MergedPull[],
  repository: string,
  tag: string,
  previousTag: string | undefined
): string {
  const web = `https://github.com/${repository}`
  const sections: string[] = []
  if (pulls.length > 0) {
    const lines = pulls.map(
      (pull) => `* ${pull.title} by @${pull.author} in ${web}/pull/${pull.number}`
    )
    sections.push(`## What's Changed\n${lines.join('\n')}`)
  }
  if (newContributors.length > 0) {
    const lines = newContributors.map(
      (pull) => `* @${pull.author} made their first contribution in ${web}/pull/${pull.number}`
    )
    sections.push(`## New Contributors\n${lines.join('\n')}`)
  }
  sections.push(
    `**Full Changelog**: ${previousTag ? `${web}/compare/${previousTag}...${tag}` : `${web}/commits/${tag}`}`
  )
  return sections.join('\n\n')
}

const PLACEHOLDER_PATTERN = /\b(TODO|TBD|FIXME)\b|<!--\s*(placeholder|fill)/i

/** A changelog that still needs writing: empty, or a TODO placeholder like v0.6.0 shipped. */
export function placeholderReason(content: string): string | undefined {
  if (content.trim().length === 0) return 'it is empty'
  const match = PLACEHOLDER_PATTERN.exec(content)
  if (match) return `it still holds the placeholder "${match[0]}"`
  return undefined
}
