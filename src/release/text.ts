/** Small text helpers: splicing byte ranges and bounded version matching (the updaters, the review list, doc rules). */

export interface TextEdit {
  start: number
  end: number
  text: string
}

/** Applies non-overlapping edits; every byte outside them is kept as it is. */
export function spliceAll(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const edit of ordered) {
    if (edit.start < cursor) throw new Error('overlapping text edits')
    result += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + text.slice(cursor)
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Any release version, X.Y.Z or X.Y.Z-rcN. */
export const ANY_VERSION_SOURCE = '\\d+\\.\\d+\\.\\d+(?:-rc\\d+)?'

/** Not preceded by a digit or a dot: 10.6.0 does not hold 0.6.0. */
export const VERSION_START = '(?<![0-9.])'

/** Not followed by a digit, ".digit" or "-rc": 0.6.01, 0.6.0.1 and 0.6.0-rc1 do not hold 0.6.0. */
export const VERSION_END = '(?![0-9]|\\.[0-9]|-rc)'

/**
 * One exact version, bounded as a whole version, with an optional leading "v"
 * in group 1.
 */
export function exactVersionRegExp(version: string, flags = 'g'): RegExp {
  return new RegExp(`${VERSION_START}(v?)${escapeRegExp(version)}${VERSION_END}`, flags)
}

/** The 1-based line number of a string index. */
export function lineNumberAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1
  return line
}
