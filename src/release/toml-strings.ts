/**
 * Finds where each single-line string value of a TOML document sits, by key
 * path, so that an updater can splice one literal and leave every other byte
 * alone. It only scans: the caller parses with smol-toml first, so the text is
 * known to be valid TOML and this scanner may stay small.
 */

/** A string literal in the text: `start`..`end` covers the quotes too. */
export interface TomlStringLocation {
  /** Full key path: table header keys, then dotted keys, then inline-table keys. */
  path: string[]
  start: number
  end: number
  quote: '"' | "'"
  /** The literal's value: the text between the quotes, basic escapes decoded. */
  value: string
}

export function pathKey(path: readonly string[]): string {
  return JSON.stringify(path)
}

/** Every single-line string value, keyed by `pathKey(path)`. */
export function locateTomlStrings(text: string): Map<string, TomlStringLocation> {
  const scanner = new Scanner(text)
  scanner.document()
  return new Map(scanner.found.map((location) => [pathKey(location.path), location]))
}

const BARE_KEY = /[A-Za-z0-9_-]/
const SCALAR_END = /[\s,\]}#]/

class Scanner {
  readonly found: TomlStringLocation[] = []
  private pos = 0
  /** Arrays of tables get a running index so their keys do not collide. */
  private readonly tableArrayCounts = new Map<string, number>()

  constructor(private readonly text: string) {
    // A UTF-8 byte order mark (cargo accepts one) is not TOML: scanning starts after it.
    if (text.startsWith('\uFEFF')) this.pos = 1
  }

  document(): void {
    let table: string[] = []
    for (;;) {
      this.skipBlank(true)
      if (this.pos >= this.text.length) return
      if (this.text.startsWith('[[', this.pos)) {
        this.pos += 2
        const header = this.keyPath(']')
        this.pos += 2 // ]]
        const count = this.tableArrayCounts.get(pathKey(header)) ?? 0
        this.tableArrayCounts.set(pathKey(header), count + 1)
        table = [...header, String(count)]
      } else if (this.text[this.pos] === '[') {
        this.pos += 1
        table = this.keyPath(']')
        this.pos += 1 // ]
      } else {
        this.keyValue(table)
      }
    }
  }

  private keyValue(table: string[]): void {
    const key = this.keyPath('=')
    this.pos += 1 // =
    this.value([...table, ...key])
  }

  /** Reads a dotted key up to `stop` (not consumed). */
  private keyPath(stop: string): string[] {
    const keys: string[] = []
    for (;;) {
      this.skipSpaces()
      const char = this.text[this.pos]
      if (char === '"' || char === "'") {
        keys.push(this.stringLiteral().value)
      } else {
        const start = this.pos
        while (this.pos < this.text.length && BARE_KEY.test(this.text[this.pos])) this.pos += 1
        if (start === this.pos) throw this.unexpected()
        keys.push(this.text.slice(start, this.pos))
      }
      this.skipSpaces()
      if (this.text[this.pos] === '.') {
        this.pos += 1
        continue
      }
      if (this.text[this.pos] === stop) return keys
      throw this.unexpected()
    }
  }

  private value(path: string[]): void {
    this.skipSpaces()
    const char = this.text[this.pos]
    if (this.text.startsWith('"""', this.pos) || this.text.startsWith("'''", this.pos)) {
      this.skipMultilineString()
    } else if (char === '"' || char === "'") {
      const start = this.pos
      const literal = this.stringLiteral()
      this.found.push({ path, start, end: this.pos, quote: char, value: literal.value })
    } else if (char === '[') {
      this.pos += 1
      for (let index = 0; ; index++) {
        this.skipBlank(true)
        if (this.text[this.pos] === ']') break
        this.value([...path, String(index)])
        this.skipBlank(true)
        if (this.text[this.pos] === ',') this.pos += 1
      }
      this.pos += 1
    } else if (char === '{') {
      this.pos += 1
      for (;;) {
        this.skipBlank(true)
        if (this.text[this.pos] === '}') break
        this.keyValue(path)
        this.skipBlank(true)
        if (this.text[this.pos] === ',') this.pos += 1
      }
      this.pos += 1
    } else {
      const start = this.pos
      while (this.pos < this.text.length && !SCALAR_END.test(this.text[this.pos])) this.pos += 1
      // Dates may hold one space between date and time: "1979-05-27 07:32:00".
      if (
        /^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) &&
        /^ \d/.test(this.text.slice(this.pos, this.pos + 2))
      ) {
        this.pos += 1
        while (this.pos < this.text.length && !SCALAR_END.test(this.text[this.pos])) this.pos += 1
      }
      if (start === this.pos) throw this.unexpected()
    }
  }

  private stringLiteral(): { value: string } {
    const quote = this.text[this.pos]
    this.pos += 1
    let value = ''
    for (;;) {
      const char = this.text[this.pos]
      if (char === undefined || char === '\n') throw this.unexpected()
      this.pos += 1
      if (char === quote) return { value }
      if (char === '\\' && quote === '"') {
        value += this.escape()
      } else {
        value += char
      }
    }
  }

  private escape(): string {
    const char = this.text[this.pos]
    this.pos += 1
    const simple: Record<string, string> = {
      b: '\b',
      t: '\t',
      n: '\n',
      f: '\f',
      r: '\r',
      e: '\x1b',
      '"': '"',
      '\\': '\\'
    }
    if (char in simple) return simple[char]
    const digits = char === 'x' ? 2 : char === 'u' ? 4 : char === 'U' ? 8 : 0
    if (digits === 0) throw this.unexpected()
    const code = Number.parseInt(this.text.slice(this.pos, this.pos + digits), 16)
    this.pos += digits
    return String.fromCodePoint(code)
  }

  private skipMultilineString(): void {
    const delimiter = this.text.slice(this.pos, this.pos + 3)
    this.pos += 3
    for (;;) {
      const close = this.text.indexOf(delimiter, this.pos)
      if (close < 0) throw this.unexpected()
      if (delimiter === '"""' && isEscaped(this.text, close)) {
        this.pos = close + 1
        continue
      }
      this.pos = close + 3
      // Up to two quotes may sit right before the closing delimiter.
      while (this.text[this.pos] === delimiter[0]) this.pos += 1
      return
    }
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos += 1
  }

  /** Skips spaces, comments and (when `newlines`) line breaks. */
  private skipBlank(newlines: boolean): void {
    for (;;) {
      this.skipSpaces()
      const char = this.text[this.pos]
      if (char === '#') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos += 1
      } else if (newlines && (char === '\n' || char === '\r')) {
        this.pos += 1
      } else {
        return
      }
    }
  }

  private unexpected(): Error {
    const line = this.text.slice(0, this.pos).split('\n').length
    return new Error(`TOML scanner: unexpected text at line ${line}`)
  }
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes += 1
  return backslashes % 2 === 1
}
