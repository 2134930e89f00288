import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type FileChange, type PlanNote } from '../release/plan.js'
import { findVersionMentions, isReviewExcluded } from '../updaters/docs.js'

const MAX_FILE_SIZE = 1 << 20

/** Every other mention of the old version, for a human to look at; never edited. */
export function reviewList(
  tracked: string[],
  repoDir: string,
  reviewExclude: readonly string[],
  files: FileChange[],
  oldVersion: string
): PlanNote[] {
  const changed = new Map(files.map((file) => [file.path, file.after]))
  const notes: PlanNote[] = []
  for (const path of tracked) {
    if (isReviewExcluded(path, reviewExclude)) continue
    let content = changed.get(path)
    if (content === undefined) {
      const buffer = readFileSync(join(repoDir, path))
      if (buffer.length > MAX_FILE_SIZE || buffer.includes(0)) continue
      content = buffer.toString('utf8')
    }
    if (!content.includes(oldVersion)) continue
    notes.push(...findVersionMentions(path, content, oldVersion))
  }
  return notes
}
