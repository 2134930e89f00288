import type { PlanNote } from '../release/plan.js'
import { escapeRegExp, lineNumberAt, spliceAll, type TextEdit } from '../release/text.js'

export const DISPATCHER_IMAGES_FILE = 'bpfman/src/lib.rs'

export interface DispatcherImagesUpdate {
  content: string
  notes: PlanNote[]
  /** The images whose tag changed. */
  changed: string[]
}

interface ImageLiteral {
  /** Index of the opening quote. */
  start: number
  /** Index just past the image name: where ":tag" or "@digest" begins. */
  nameEnd: number
  /** Index of the closing quote. */
  end: number
  tag: string | undefined
  digest: string | undefined
}

const TAG_IN_COMMENT = /(?<![\w.])v\d+\.\d+\.\d+(?:-rc\d+)?(?![\w]|\.\d)/g

/**
 * Pins the dispatcher images to the release tag: each `"<image>:latest"` (or
 * any other tag, or no tag) becomes `"<image>:<newTag>"`, and the example tag
 * in the comment right above the constants follows. An image pinned by
 * digest is left alone; an image that is not in the file is reported, not an
 * error (the constants left lib.rs after v0.5.x).
 */
export function updateDispatcherImages(
  content: string,
  images: readonly string[],
  newTag: string,
  path = DISPATCHER_IMAGES_FILE
): DispatcherImagesUpdate {
  const notes: PlanNote[] = []
  const changed: string[] = []
  const edits: TextEdit[] = []
  const commentLines = new Set<number>()
  const lines = content.split('\n')

  for (const image of images) {
    const literals = findImageLiterals(content, image)
    if (literals.length === 0) {
      notes.push({ kind: 'info', path, message: `${image} not found in ${path}; nothing to pin` })
      continue
    }
    let imageChanged = false
    for (const literal of literals) {
      if (literal.digest !== undefined) {
        const line = lineNumberAt(content, literal.start)
        notes.push({
          kind: 'info',
          path,
          line,
          message: `${image} is pinned by digest, left alone`
        })
        continue
      }
      for (const line of commentAbove(lines, lineNumberAt(content, literal.start) - 1, images)) {
        commentLines.add(line)
      }
      if (literal.tag === newTag) continue
      edits.push({ start: literal.nameEnd, end: literal.end, text: `:${newTag}` })
      imageChanged = true
    }
    if (imageChanged) changed.push(image)
  }

  const offsets = lineOffsets(lines)
  for (const index of commentLines) {
    const line = lines[index]
    for (const match of line.matchAll(TAG_IN_COMMENT)) {
      if (match[0] === newTag) continue
      const start = offsets[index] + (match.index ?? 0)
      edits.push({ start, end: start + match[0].length, text: newTag })
    }
  }
  return { content: spliceAll(content, edits), notes, changed }
}

/**
 * Puts `:latest` back on the dispatcher images after a release; images pinned
 * by digest, and the comment, are left as they are.
 */
export function restoreDispatcherImages(
  content: string,
  images: readonly string[]
): { content: string; changed: string[] } {
  const changed: string[] = []
  const edits: TextEdit[] = []
  for (const image of images) {
    const pending = findImageLiterals(content, image).filter(
      (literal) => literal.digest === undefined && literal.tag !== 'latest'
    )
    for (const literal of pending) {
      edits.push({ start: literal.nameEnd, end: literal.end, text: ':latest' })
    }
    if (pending.length > 0) changed.push(image)
  }
  return { content: spliceAll(content, edits), changed }
}

function findImageLiterals(content: string, image: string): ImageLiteral[] {
  const pattern = new RegExp(
    `"${escapeRegExp(image)}(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`,
    'g'
  )
  return [...content.matchAll(pattern)].map((match) => {
    const start = match.index ?? 0
    return {
      start,
      nameEnd: start + 1 + image.length,
      end: start + match[0].length - 1,
      tag: match[1],
      digest: match[2]
    }
  })
}

/**
 * The `//` comment lines directly above a constant, skipping the lines of the
 * constants next to it (and the `const ... =` line when rustfmt wrapped the
 * string onto its own line).
 */
function commentAbove(
  lines: readonly string[],
  literalLine: number,
  images: readonly string[]
): number[] {
  let index = literalLine - 1
  const isConstantLine = (line: string): boolean =>
    /\bconst\b/.test(line) || images.some((image) => line.includes(`"${image}`))
  while (
    index >= 0 &&
    !isComment(lines[index]) &&
    lines[index].trim() !== '' &&
    isConstantLine(lines[index])
  ) {
    index -= 1
  }
  const comment: number[] = []
  while (index >= 0 && isComment(lines[index])) {
    comment.push(index)
    index -= 1
  }
  return comment
}

function isComment(line: string): boolean {
  return line.trimStart().startsWith('//')
}

function lineOffsets(lines: readonly string[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (const line of lines) {
    offsets.push(offset)
    offset += line.length + 1
  }
  return offsets
}
