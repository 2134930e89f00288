import { DOC_VERSION_GROUP, compileDocPattern } from '../release/doc-rules.js'
import type { PlanNote } from '../release/plan.js'
import { escapeRegExp, exactVersionRegExp, spliceAll, type TextEdit } from '../release/text.js'

const MESSAGE_LIMIT = 120

/**
 * Replaces the version inside each match of the patterns, and nothing else of
 * the match. `replacements` counts the versions that changed (a version that
 * already reads `newVersion` is not counted). Patterns with `{previous}` match
 * nothing when there is no previous release.
 */
export function applyDocPatterns(
  content: string,
  patterns: readonly string[],
  previous: string | undefined,
  newVersion: string
): { content: string; replacements: number } {
  let replacements = 0
  for (const source of patterns) {
    const pattern = compileDocPattern(source, previous)
    if (!pattern) continue
    const edits: TextEdit[] = []
    for (const match of content.matchAll(pattern)) {
      const [start, end] = match.indices?.groups?.[DOC_VERSION_GROUP] ?? [0, 0]
      if (content.slice(start, end) === newVersion) continue
      edits.push({ start, end, text: newVersion })
    }
    replacements += edits.length
    content = spliceAll(content, edits)
  }
  return { content, replacements }
}

/**
 * A `review` note for each line that still mentions `version` as a whole
 * version (not 10.6.0, 0.6.01 or 0.6.0-rc1 for 0.6.0), with or without a "v".
 */
export function findVersionMentions(path: string, content: string, version: string): PlanNote[] {
  const mention = exactVersionRegExp(version, '')
  const notes: PlanNote[] = []
  content.split('\n').forEach((line, index) => {
    if (!mention.test(line)) return
    const text = line.trim()
    const quote = text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text
    notes.push({ kind: 'review', path, line: index + 1, message: '', quote })
  })
  return notes
}

/**
 * Whether a path is left out of the review of old-version mentions. An
 * exclude ending in "/" is a folder (at the top or any depth); one with "*"
 * is a glob (`*` within a name, `**` across folders; without a "/" it
 * matches the file name); anything else is a file or folder name or path.
 */
export function isReviewExcluded(path: string, excludes: readonly string[]): boolean {
  const normalized = path.replace(/^\.\//, '')
  const name = normalized.slice(normalized.lastIndexOf('/') + 1)
  return excludes.some((exclude) => {
    if (exclude.endsWith('/')) {
      return normalized.startsWith(exclude) || normalized.includes(`/${exclude}`)
    }
    if (exclude.includes('*')) {
      return globRegExp(exclude).test(exclude.includes('/') ? normalized : name)
    }
    if (exclude.includes('/')) {
      return normalized === exclude || normalized.startsWith(`${exclude}/`)
    }
    return name === exclude || normalized.split('/').slice(0, -1).includes(exclude)
  })
}

/** Each glob's pattern, made once: the review list asks for every tracked file. */
const GLOBS = new Map<string, RegExp>()

function globRegExp(glob: string): RegExp {
  let made = GLOBS.get(glob)
  if (made) return made
  const source = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '**'
          ? '.*'
          : part === '*'
            ? '[^/]*'
            : escapeRegExp(part)
    )
    .join('')
  made = new RegExp(`^${source}$`)
  GLOBS.set(glob, made)
  return made
}
