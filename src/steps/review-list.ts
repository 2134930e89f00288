import { readFileSync } from 'node:fs'
import { type Git } from '../effects/git.js'
import { join } from 'node:path'
import { type FileChange, linkOnPath } from '../release/files.js'
import { type PlanNote } from '../release/plan.js'
import { isInstalledWorkflow, staleVersionNotes, withoutDependencyPins } from '../release/review.js'
import { type ReleaseVersion } from '../release/version.js'
import { findVersionMentions, isReviewExcluded } from '../updaters/docs.js'
import { ahead } from '../release/lazy.js'

const MAX_FILE_SIZE = 1 << 20

/** The version under review, and the tracked files that hold it (`git grep`, running). */
export interface PendingReview {
  version: string
  holding: Promise<string[]>
}

/**
 * Starts looking for the files that mention `version` (undefined: no review
 * list), so that `git grep` runs while the rest of the plan is made.
 */
export function startReview(git: Git, version: string | undefined): PendingReview | undefined {
  if (version === undefined) return undefined
  const holding = ahead(git.filesContaining(version)) // awaited by the plan's end
  return { version, holding }
}

/**
 * What a human should look at, never edited: every other mention of the old
 * version (in the files of `tracked` that `holding` names, as `git grep`
 * found them, and in the edited ones) but dependency pins (go.mod, lock files, package.json dependencies,
 * Cargo.toml's third-party entries) and the workflows the adoption installs,
 * then the lines of the files the release edits (not the changelog at
 * `changelogPath`) and of the release docs (`docs`: RELEASE.md and the other
 * files of the doc rules, edited or not) that still name a release older than
 * `previous`, each with file and line.
 */
export function reviewList(
  tracked: string[],
  holding: ReadonlySet<string>,
  repoDir: string,
  reviewExclude: readonly string[],
  files: FileChange[],
  oldVersion: string,
  stale: {
    previous?: ReleaseVersion
    version?: ReleaseVersion
    changelogPath?: string
    docs?: readonly string[]
  } = {}
): PlanNote[] {
  const changed = new Map(files.map((file) => [file.path, file.after]))
  const contents = new Map<string, string>()
  const notes: PlanNote[] = []
  for (const path of tracked) {
    let content = changed.get(path)
    if (content === undefined && !holding.has(path)) continue
    if (isReviewExcluded(path, reviewExclude)) continue
    if (content === undefined) {
      // A link is not read through: its target may be anything outside the repository.
      if (linkOnPath(repoDir, path) !== undefined) continue
      content = readText(join(repoDir, path))
    }
    if (content === undefined) continue
    if (!content.includes(oldVersion) || isInstalledWorkflow(path, content)) continue
    contents.set(path, content)
    notes.push(...findVersionMentions(path, content, oldVersion))
  }
  const kept = withoutDependencyPins(notes, (path) => contents.get(path))
  if (stale.version) {
    const edited = files
      .filter((file) => file.path !== stale.changelogPath)
      .map((file) => ({ path: file.path, content: file.after }))
    const trackedSet = new Set(tracked)
    const docs = (stale.docs ?? [])
      .filter((path) => !changed.has(path) && trackedSet.has(path))
      .map((path) => ({ path, content: readText(join(repoDir, path)) }))
      .filter((doc): doc is { path: string; content: string } => doc.content !== undefined)
    const reviewed = [...edited, ...docs].filter(
      (file) => !isReviewExcluded(file.path, reviewExclude)
    )
    kept.push(...staleVersionNotes(reviewed, stale.previous, stale.version))
  }
  return kept
}

/** A text file's content; undefined when too large or binary. */
function readText(path: string): string | undefined {
  const buffer = readFileSync(path)
  return buffer.length > MAX_FILE_SIZE || buffer.includes(0) ? undefined : buffer.toString('utf8')
}
