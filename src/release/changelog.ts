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
  const what = kind === 'release candidate' ? 'a release candidate' : `a ${kind} release`
  return `The ${version.tag} release is ${what}.${since}`
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
 *
 * @deprecated The author is the branch's owner and the title may be the merge
 * subject; use `parseCommitLog` and `mergedPulls` over `changelogLogArgs(range)`.
 */
export function mergedPullsFromLog(log: string): MergedPull[] {
  const pulls: MergedPull[] = []
  for (const record of log.split('\x1e')) {
    const [, authorName, authorEmail, subject, body] = record.replace(/^\n/, '').split('\x00')
    if (subject === undefined) continue
    const merge = MERGE_SUBJECT.exec(subject)
    if (merge) {
      const title = firstLine(body ?? '')
      pulls.push({ number: Number(merge[1]), title: title ?? subject, author: merge[2] })
      continue
    }
    const squash = SQUASH_SUBJECT.exec(subject)
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

/** One commit of `git log`, as `changelogLogArgs` has git print it. */
export interface CommitRecord {
  sha: string
  /** First parent first; two or more for a merge commit, none for a root commit. */
  parents: string[]
  authorName: string
  authorEmail: string
  subject: string
  /** The message after the subject and its blank line; '' when there is none. */
  body: string
}

/**
 * The `git log` format `parseCommitLog` reads: sha, parents, author name and
 * e-mail, subject, body, NUL-separated, each commit ended by 0x1E.
 */
export const CHANGELOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e'
export const CHANGELOG_LOG_FORMAT = `--format=${CHANGELOG_FORMAT}`

/**
 * The git arguments that list the commits of `range` for `mergedPulls`:
 * `git log --topo-order --format=%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e <range>`,
 * e.g. `v0.6.0..<base commit>` for a release's notes, or `v0.6.0` for every
 * pull request before it (for the new contributors). `--topo-order` lists
 * every commit before its parents; `mergedPulls` does not depend on it (it
 * orders the commits itself) but git's default order can interleave them.
 */
export function changelogLogArgs(range: string): string[] {
  return ['log', '--topo-order', CHANGELOG_LOG_FORMAT, range]
}

/** The commits of `git log` output in the `CHANGELOG_LOG_FORMAT`. */
export function parseCommitLog(log: string): CommitRecord[] {
  const commits: CommitRecord[] = []
  for (const record of log.split('\x1e')) {
    const fields = record.replace(/^\r?\n/, '').split('\x00')
    if (fields.length < 6) continue
    const [sha, parents, authorName, authorEmail, subject, ...body] = fields
    commits.push({
      sha,
      parents: parents.split(' ').filter((parent) => parent.length > 0),
      authorName,
      authorEmail,
      subject,
      body: body.join('\x00').trim()
    })
  }
  return commits
}

const MERGE_SUBJECT = /^Merge pull request #(\d+) from ([^/\s]+)\/(\S*)/
const SQUASH_SUBJECT = /^(.*) \(#(\d+)\)$/

/**
 * The merged pull requests among `commits` (any order), oldest first, as
 * GitHub's generated notes attribute and title them:
 *
 * - a merge commit "Merge pull request #N from owner/branch" merges the commits
 *   of `<merge>^1..<merge>^2`; the pull request's title is the first line of
 *   the merge commit's body, or else the subject of its first (oldest) commit;
 *   its author is that commit's author: the login of a GitHub noreply address
 *   (`49699333+dependabot[bot]@users.noreply.github.com` is `dependabot[bot]`),
 *   else the owner of the fork it came from (not `repository`'s owner, who
 *   owns every same-repository branch such as `bpfman/dependabot/cargo/foo`),
 *   else the author's name (offline there is no other way to the login);
 * - a squash or rebase merge on the main line, "Title (#N)", is titled by its
 *   subject and attributed to its author the same way.
 *
 * `repository` is owner/name. A pull request listed twice (a merge of a
 * commit that already says "(#N)") is listed once.
 */
export function mergedPulls(commits: readonly CommitRecord[], repository: string): MergedPull[] {
  const owner = repository.split('/')[0]
  const order = topologicalOrder(commits)
  const inPull = new Set<string>()
  const found: { index: number; pull: MergedPull }[] = []
  const seen = new Set<number>()
  order.forEach((commit, index) => {
    const merge = MERGE_SUBJECT.exec(commit.subject)
    if (!merge || commit.parents.length < 2) return
    const number = Number(merge[1])
    const branchOwner = merge[2]
    const pullCommits = onlyReachableFrom(order, commit.parents[1], commit.parents[0])
    for (const sha of pullCommits) inPull.add(sha)
    const first =
      pullCommits.length > 0 ? bySha(order, pullCommits[pullCommits.length - 1]) : undefined
    const title =
      firstLine(commit.body) ?? (first ? first.subject : undefined) ?? (merge[3] || commit.subject)
    const noreply = first ? noreplyLogin(first.authorEmail) : undefined
    const author =
      noreply ?? (branchOwner !== owner ? branchOwner : first ? first.authorName : branchOwner)
    if (!seen.has(number)) {
      seen.add(number)
      found.push({ index, pull: { number, title, author } })
    }
  })
  order.forEach((commit, index) => {
    if (inPull.has(commit.sha) || commit.parents.length > 1) return
    const squash = SQUASH_SUBJECT.exec(commit.subject)
    if (!squash) return
    const number = Number(squash[2])
    if (seen.has(number)) return
    seen.add(number)
    found.push({
      index,
      pull: { number, title: squash[1], author: loginOf(commit.authorName, commit.authorEmail) }
    })
  })
  // Newest first in `order`; GitHub lists the oldest first.
  return found.sort((a, b) => b.index - a.index).map((entry) => entry.pull)
}

const orderIndex = new WeakMap<readonly CommitRecord[], Map<string, number>>()

function bySha(order: readonly CommitRecord[], sha: string): CommitRecord | undefined {
  const index = indexOf(order).get(sha)
  return index === undefined ? undefined : order[index]
}

function indexOf(order: readonly CommitRecord[]): Map<string, number> {
  let index = orderIndex.get(order)
  if (!index) {
    index = new Map(order.map((commit, i) => [commit.sha, i]))
    orderIndex.set(order, index)
  }
  return index
}

/**
 * The commits, every one before its parents (newest first), whatever order
 * they came in; ties keep the input order.
 */
function topologicalOrder(commits: readonly CommitRecord[]): CommitRecord[] {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]))
  const children = new Map<string, number>()
  for (const commit of commits) {
    for (const parent of commit.parents) {
      if (bySha.has(parent)) children.set(parent, (children.get(parent) ?? 0) + 1)
    }
  }
  // Kahn's algorithm from the tips; a stack keeps a branch's commits together.
  const ready = commits.filter((commit) => !children.has(commit.sha)).reverse()
  const order: CommitRecord[] = []
  while (ready.length > 0) {
    const commit = ready.pop() as CommitRecord
    order.push(commit)
    for (const parent of [...commit.parents].reverse()) {
      const left = (children.get(parent) ?? 0) - 1
      if (!bySha.has(parent)) continue
      children.set(parent, left)
      if (left === 0) ready.push(bySha.get(parent) as CommitRecord)
    }
  }
  return order
}

/**
 * The shas of `include..` minus `exclude..` (git's `exclude..include`), newest
 * first, walking `order` (newest first, every commit before its parents) from
 * the newer of the two and stopping once only excluded commits are left.
 * Commits outside `order` (before the range) end the walk.
 */
function onlyReachableFrom(
  order: readonly CommitRecord[],
  include: string,
  exclude: string
): string[] {
  const index = indexOf(order)
  const marks = new Map<number, 'in' | 'out'>()
  let pendingIn = 0
  const mark = (sha: string, value: 'in' | 'out'): void => {
    const at = index.get(sha)
    if (at === undefined) return
    const current = marks.get(at)
    if (current === 'out' || current === value) return
    if (current === 'in') pendingIn -= 1
    marks.set(at, value)
    if (value === 'in') pendingIn += 1
  }
  mark(exclude, 'out')
  mark(include, 'in')
  const result: string[] = []
  const start = Math.min(index.get(include) ?? order.length, index.get(exclude) ?? order.length)
  for (let at = start; at < order.length && pendingIn > 0; at += 1) {
    const value = marks.get(at)
    if (value === undefined) continue
    if (value === 'in') {
      pendingIn -= 1
      result.push(order[at].sha)
    }
    for (const parent of order[at].parents) mark(parent, value)
  }
  return result
}

/** The GitHub login of a noreply address: `49699333+dependabot[bot]@users.noreply.github.com` -> `dependabot[bot]`. */
export function noreplyLogin(email: string | undefined): string | undefined {
  return /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email ?? '')?.[1]
}

function loginOf(name: string, email: string): string {
  return noreplyLogin(email) ?? name
}

function firstLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0)
}

/** The pull requests of `pulls` that are their author's first, given the pulls merged before. */
export function firstContributions(pulls: MergedPull[], earlier: MergedPull[]): MergedPull[] {
  const seen = new Set(earlier.map((pull) => pull.author))
  return pulls.filter((pull) => !seen.has(pull.author) && seen.add(pull.author))
}

/**
 * `@login` for a GitHub login; offline an author may be known only by name
 * ("Jane Doe"), which GitHub would not link, so it is written as it is.
 */
function mention(author: string): string {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/.test(author)
    ? `@${author}`
    : author
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
      (pull) => `* ${pull.title} by ${mention(pull.author)} in ${web}/pull/${pull.number}`
    )
    sections.push(`## What's Changed\n${lines.join('\n')}`)
  }
  if (newContributors.length > 0) {
    const lines = newContributors.map(
      (pull) =>
        `* ${mention(pull.author)} made their first contribution in ${web}/pull/${pull.number}`
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
