import { ANY_VERSION_SOURCE, spliceAll, type TextEdit } from '../release/text.js'

export interface ContainerfileUpdate {
  content: string
  /** The labels that changed, as `version 0.5.6 -> 0.6.0`. */
  changed: string[]
}

/** The labels a release sets on the `Containerfile.*.openshift` images. */
export const RELEASE_LABELS = ['version', 'release'] as const

/**
 * `version=` and `release=` inside LABEL instructions (continuation lines
 * included), quoted or bare, when they hold a release version. Other text
 * that says version stays: `ARG VERSION="v1.28.0"` is crictl's version, and
 * `io.k8s.version=` or a build-number `release="1"` are not the release.
 */
export function updateContainerfileLabels(
  content: string,
  newVersion: string
): ContainerfileUpdate {
  const edits: TextEdit[] = []
  const changed: string[] = []
  for (const [start, end] of labelInstructions(content)) {
    const text = content.slice(start, end)
    const label = new RegExp(
      `(^|[\\s\\\\])(${RELEASE_LABELS.join('|')})=(["']?)(v?)(${ANY_VERSION_SOURCE})\\3(?=$|[\\s\\\\])`,
      'g'
    )
    for (const match of text.matchAll(label)) {
      const [, lead, name, quote, v, old] = match
      if (old === newVersion) continue
      const at =
        start + (match.index ?? 0) + lead.length + name.length + 1 + quote.length + v.length
      edits.push({ start: at, end: at + old.length, text: newVersion })
      changed.push(`${name} ${old} -> ${newVersion}`)
    }
  }
  return { content: spliceAll(content, edits), changed }
}

/** [start, end) of each LABEL instruction, through its backslash-continued lines. */
function labelInstructions(content: string): [number, number][] {
  const ranges: [number, number][] = []
  const lines = /[^\n]*(?:\n|$)/g
  let inLabel = false
  let start = 0
  for (const match of content.matchAll(lines)) {
    const line = match[0]
    if (line.length === 0) break
    const at = match.index ?? 0
    const body = line.replace(/\r?\n$/, '')
    if (!inLabel && /^\s*LABEL\s/i.test(body)) {
      inLabel = true
      start = at
    }
    if (!inLabel) continue
    // Comment lines inside a continued instruction do not end it (Dockerfile syntax).
    if (/^\s*#/.test(body) && at !== start) continue
    if (!/\\\s*$/.test(body)) {
      ranges.push([start, at + body.length])
      inLabel = false
    }
  }
  if (inLabel) ranges.push([start, content.length])
  return ranges
}
