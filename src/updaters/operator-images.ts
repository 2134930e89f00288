import { escapeRegExp, spliceAll, type TextEdit } from '../release/text.js'

export interface ImageTagUpdate {
  content: string
  /** The images that now carry the tag, without the tag: quay.io/bpfman/bpfman-operator. */
  images: string[]
}

/**
 * Replaces `:latest` with `:<tag>` on the images under the given repository
 * prefixes (`quay.io/bpfman/`), wherever a manifest names them: the CSV's
 * containerImage and deployment, the config map's agent and daemon images.
 * Images elsewhere (`quay.io/bpfman-bytecode/...:latest` in alm-examples)
 * stay as they are, as do images pinned by digest or by another tag.
 */
export function pinImageTags(
  content: string,
  prefixes: readonly string[],
  tag: string
): ImageTagUpdate {
  if (prefixes.length === 0) return { content, images: [] }
  const alternatives = prefixes.map(escapeRegExp).join('|')
  const image = new RegExp(`(?<![\\w./-])((?:${alternatives})[\\w./-]*?):latest(?![\\w.-])`, 'g')
  const edits: TextEdit[] = []
  const images = new Set<string>()
  for (const match of content.matchAll(image)) {
    const at = (match.index ?? 0) + match[1].length + 1
    edits.push({ start: at, end: at + 'latest'.length, text: tag })
    images.add(match[1])
  }
  return { content: spliceAll(content, edits), images: [...images].sort() }
}
