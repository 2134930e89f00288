import { describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import { locateTomlStrings, pathKey } from '../../src/release/toml-strings.js'
import { fixture } from '../updaters/golden.js'

function valueAt(document: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document)
}

const TRICKY = `# comment with "quotes" and [brackets]
title = "a \\"quoted\\" \\u00e9 word" # trailing
"dotted.key" = 'literal \\ backslash'
when = 1979-05-27 07:32:00Z
numbers = [ 1, 2.5, -3, ] # trailing comma
nested = [["a", 'b'], [ "c" ]]
text = """
not = "a value"
ends with quotes"""""
raw = '''
also = 'not a value'
'''

[[bin]]
name = "first"

[[bin]]
name = "second"
deps = { inner = { version = "1.2.3" }, list = ["x"] }

[ table . "sub.part" ]
key = "v"
`

describe('locateTomlStrings', () => {
  it('finds every one-line string of a tricky document at the path smol-toml gives it', () => {
    const located = locateTomlStrings(TRICKY)
    const parsed = parse(TRICKY) as Record<string, unknown>
    const expected: [string[], string][] = [
      [['title'], 'a "quoted" é word'],
      [['dotted.key'], 'literal \\ backslash'],
      [['nested', '0', '0'], 'a'],
      [['nested', '0', '1'], 'b'],
      [['nested', '1', '0'], 'c'],
      [['bin', '0', 'name'], 'first'],
      [['bin', '1', 'name'], 'second'],
      [['bin', '1', 'deps', 'inner', 'version'], '1.2.3'],
      [['bin', '1', 'deps', 'list', '0'], 'x'],
      [['table', 'sub.part', 'key'], 'v']
    ]
    expect([...located.keys()].sort()).toEqual(expected.map(([path]) => pathKey(path)).sort())
    for (const [path, value] of expected) {
      const location = located.get(pathKey(path))
      expect(location?.value).toBe(value)
      expect(valueAt(parsed, path)).toBe(value)
      // The range covers the literal and its quotes.
      const literal = TRICKY.slice(location?.start, location?.end)
      expect(literal[0]).toBe(location?.quote)
      expect(literal.at(-1)).toBe(location?.quote)
    }
  })

  it('agrees with smol-toml on every string of the Cargo.toml fixtures', () => {
    for (const name of ['bpfman', 'spacing-and-quoting']) {
      const text = fixture('cargo-toml', name, 'before.toml')
      const parsed = parse(text)
      const located = locateTomlStrings(text)
      expect(located.size).toBeGreaterThan(5)
      for (const location of located.values()) {
        expect(valueAt(parsed, location.path)).toBe(location.value)
      }
    }
  })
})
