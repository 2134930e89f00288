/**
 * Markdown that renders as meant whatever the files hold: job summaries, pull
 * request bodies and changelogs quote diffs, file lines and commit subjects,
 * and a line of three backticks or a `module@v1.2.3` in them must not change
 * the rendering of what follows. GitHub renders with cmark-gfm (CommonMark plus
 * the GFM extensions); the rules below are CommonMark's and the autolink
 * extension's.
 */

/** The length of the longest run of `char` in `text` (0 when there is none). */
function longestRun(text: string, char: '`' | '~'): number {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === char ? run + 1 : 0
    if (run > longest) longest = run
  }
  return longest
}

/**
 * A fenced code block holding `content` verbatim. The fence is longer than any
 * backtick run in the content, so no line of the content closes it (a closing
 * fence needs at least as many backticks as the opening one; tildes never close
 * a backtick fence). When the info string holds a backtick (not allowed after a
 * backtick fence), the fence is made of tildes, longer than any tilde run.
 */
export function codeFence(content: string, info = ''): string {
  const cleanInfo = info.replace(/[\r\n]+/g, ' ').trim()
  const char = cleanInfo.includes('`') ? '~' : '`'
  const fence = char.repeat(Math.max(3, longestRun(content, char) + 1))
  const body = content.length === 0 || content.endsWith('\n') ? content : `${content}\n`
  return `${fence}${cleanInfo}\n${body}${fence}`
}

/**
 * A code span showing `text` literally: the backtick string around it has a
 * length that no backtick run inside has (a run of the same length would close
 * it), and a space pads each side when the text starts or ends with a backtick
 * (CommonMark strips one such space from each side). Line breaks become spaces,
 * as they would inside a code span anyway. With `table`, pipes are escaped: in a
 * GFM table a `|` ends the cell even inside a code span, and `\|` shows a pipe.
 */
export function inlineCode(text: string, options: { table?: boolean } = {}): string {
  let content = text.replace(/\r?\n/g, ' ')
  if (options.table) content = content.replace(/\|/g, '\\|')
  if (content.length === 0) return ''
  const runs = new Set(content.match(/`+/g)?.map((run) => run.length) ?? [])
  let length = 1
  while (runs.has(length)) length += 1
  const ticks = '`'.repeat(length)
  const allSpaces = /^ +$/.test(content)
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (!allSpaces && content.startsWith(' ') && content.endsWith(' '))
      ? ' '
      : ''
  return `${ticks}${pad}${content}${pad}${ticks}`
}

/**
 * What GitHub's autolink extension takes for an e-mail address (GFM spec,
 * "extended email autolink"): letters, digits and `.+-_`, an `@`, then at least
 * two dot-separated parts of letters, digits, `-` and `_`, not ending in `-` or
 * `_`. `module@v1.2.3` qualifies (`v1.2.3` is a domain to it); `name@host`
 * does not.
 */
const EMAIL_LIKE = /[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/
/** The code spans already in a text, kept as they are. */
const CODE_SPAN = /(`+)(?:(?!\1)[\s\S])*?(?<!`)\1(?!`)/g
/** Punctuation that closes a sentence or a parenthesis rather than belonging to a token. */
const TRAILING = /[.,;:!?)\]'"]+$/
const LEADING = /^[('"[]+/

/** `text` with `change` applied to each stretch between its code spans; the spans stay as they are. */
function outsideCodeSpans(text: string, change: (plain: string) => string): string {
  let result = ''
  let cursor = 0
  for (const span of text.matchAll(CODE_SPAN)) {
    result += change(text.slice(cursor, span.index)) + span[0]
    cursor = span.index + span[0].length
  }
  return result + change(text.slice(cursor))
}

function unlinkPlain(text: string): string {
  if (!text.includes('@')) return text
  return text.replace(/\S+/g, (token) => {
    if (!EMAIL_LIKE.test(token)) return token
    const lead = LEADING.exec(token)?.[0] ?? ''
    const rest = token.slice(lead.length)
    const trail = TRAILING.exec(rest)?.[0] ?? ''
    const core = rest.slice(0, rest.length - trail.length)
    if (!EMAIL_LIKE.test(core)) return token
    return `${lead}${inlineCode(core)}${trail}`
  })
}

/** A GitHub mention: `@user`, `@org/team` (not inside a word: `a@b` is no mention). */
const MENTION = /(?<![\w`@])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]*[A-Za-z0-9_-])?/g
/** What opens an HTML tag, a comment or a declaration: `<img`, `</details`, `<!--`. */
const TAG_START = /<(?=[A-Za-z/!?])/g

/**
 * Prose that may hold words from the repository's files (a note's message, a
 * reason, a step's title), made inert for GitHub's Markdown:
 * - every whitespace-separated token that GitHub would turn into an e-mail link
 *   (`github.com/cilium/ebpf@v0.17.1`, `user@example.com`) in a code span.
 *   Backslash escapes and character references do not stop the link:
 *   cmark-gfm finds e-mail addresses after parsing, in the text nodes
 *   (github/cmark-gfm#278), and code spans are not text nodes. An invisible
 *   joiner after the `@` would stop it too, but would also be copied along
 *   with a `go get module@version`;
 * - `@user` and `@org/team` in code spans, so that quoting a file pings nobody;
 * - every `<` that would open an HTML tag written as `&lt;`, so that a
 *   `</details><img>` in a file renders as text.
 * Code spans already in the text are left alone.
 */
export function inertProse(text: string): string {
  return outsideCodeSpans(text, (plain) =>
    unlinkPlain(plain.replace(TAG_START, '&lt;')).replace(MENTION, (mention) => inlineCode(mention))
  )
}
