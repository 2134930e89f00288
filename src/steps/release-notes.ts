import {
  changelogPath,
  firstContributions,
  formatChangelog,
  formatReleaseNotes,
  type MergedPull,
  CHANGELOG_FORMAT,
  mergedPulls,
  parseCommitLog,
  summaryParagraph
} from '../release/changelog.js'
import { type Git } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { readRepoFile } from '../release/files.js'
import { type Edits } from '../release/plan.js'
import { type ReleaseVersion } from '../release/version.js'
import { pullsOfPicks } from './cherry-picks.js'
import { ahead } from '../release/lazy.js'

export interface ChangelogRequest {
  repoDir: string
  repository: string
  changelogDir: string
  /** Build the notes from git history instead of the generate-notes API. */
  offline: boolean
  github: GitHubClient | undefined
  summary: string | undefined
  git: Git
  baseCommit: string
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  /**
   * A patch release: the picks on the release branch, whose pull requests the
   * notes list (by their cherry-picked-from trailers, through `mainRef`'s history).
   */
  picks?: { commits: string[]; mainRef: string }
}

/** A changelog whose notes are being read: `notes` undefined when the release has one already. */
export interface PendingChangelog {
  request: ChangelogRequest
  path: string
  notes: (() => Promise<string>) | undefined
}

/**
 * Starts the changelog while the rest of the plan is made: notes read from
 * git history start now (their git processes run beside the planning), notes
 * from the API when planChangelog asks for them (no request is sent before
 * the plan's own checks have passed).
 */
export function readChangelog(request: ChangelogRequest): PendingChangelog {
  const path = changelogPath(request.changelogDir, request.version)
  if (readRepoFile(request.repoDir, path) !== undefined) return { request, path, notes: undefined }
  if (!request.offline && request.github)
    return { request, path, notes: () => releaseNotes(request) }
  const read = ahead(releaseNotes(request)) // awaited by planChangelog
  return { request, path, notes: () => read }
}

/**
 * The changelog: kept when the release already has one, else the summary
 * paragraph and the release notes since the previous release. Returns its
 * path, and its edit or the note that it is kept.
 */
export async function planChangelog(pending: PendingChangelog): Promise<Edits & { path: string }> {
  const { request, path } = pending
  const { version, previous } = request
  if (!pending.notes) {
    return {
      path,
      files: [],
      notes: [{ kind: 'info', path, message: 'exists already; kept as it is' }]
    }
  }
  const content = formatChangelog(
    summaryParagraph(version, previous, request.summary),
    await pending.notes()
  )
  const reason = `release notes since ${previous?.tag ?? 'the first commit'}`
  return { path, files: [{ path, content, reason }], notes: [] }
}

/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(request: ChangelogRequest): Promise<string> {
  const { git, version, previous } = request
  const pullsIn = async (commits: string): Promise<MergedPull[]> =>
    mergedPulls(parseCommitLog(await git.logText(commits, CHANGELOG_FORMAT)), request.repository)
  /**
   * The notes of `listed`; new contributors are those with no pull request
   * before `previous` (read while `listed` is: the two logs overlap).
   */
  const notesOf = async (listed: Promise<MergedPull[]>): Promise<string> => {
    const [pulls, earlier] = await Promise.all([listed, previous ? pullsIn(previous.tag) : []])
    return formatReleaseNotes(
      pulls,
      firstContributions(pulls, earlier),
      request.repository,
      version.tag,
      previous?.tag
    )
  }
  if (request.picks) {
    // generate-notes sees no merged pull request on a patch branch: list where the picks came from.
    // Online, the commit's pull requests API; offline, the merge commit in main's history.
    const github = request.offline ? undefined : request.github
    const picked = pullsOfPicks(git, request.picks.commits, {
      mainRef: request.picks.mainRef,
      repository: request.repository,
      pullOfCommit: github
        ? async (sha) => (await github.pulls.mergedOfCommit(sha)).at(0)
        : undefined
    })
    return notesOf(picked.then(({ pulls }) => pulls))
  }
  if (!request.offline && request.github) {
    return request.github.releases.generateNotes(version.tag, request.baseCommit, previous?.tag)
  }
  const range = previous ? `${previous.tag}..${request.baseCommit}` : request.baseCommit
  return notesOf(pullsIn(range))
}
