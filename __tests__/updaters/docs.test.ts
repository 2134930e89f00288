import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import { BPFMAN_DOC_RULES } from '../../src/release/doc-rules.js'
import { applyDocPatterns, findVersionMentions, isReviewExcluded } from '../../src/updaters/docs.js'
import { fixture, toCrlf } from './golden.js'

const PREVIOUS = '0.5.5'
const NEW = '0.5.6'

function patternsFor(path: string): string[] {
  const rule = BPFMAN_DOC_RULES.find((candidate) => candidate.path === path)
  if (!rule) throw new Error(`no rule for ${path}`)
  return rule.patterns
}

describe('applyDocPatterns with the bpfman rules (golden)', () => {
  it.each([
    ['running-release', 'docs/getting-started/running-release.md', 5],
    ['quick-start', 'docs/quick-start.md', 1],
    ['release-md', 'RELEASE.md', 6]
  ])('%s', (name, path, count) => {
    const before = fixture('docs', name, 'before.md')
    const after = fixture('docs', name, 'after.md')
    const patterns = patternsFor(path)
    expect(applyDocPatterns(before, patterns, PREVIOUS, NEW)).toEqual({
      content: after,
      replacements: count
    })
    // Idempotent: a second run finds nothing to change.
    expect(applyDocPatterns(after, patterns, PREVIOUS, NEW)).toEqual({
      content: after,
      replacements: 0
    })
    expect(applyDocPatterns(toCrlf(before), patterns, PREVIOUS, NEW).content).toBe(toCrlf(after))
  })
})

describe('applyDocPatterns', () => {
  it('moves a lagging link of any version, release candidates included, straight to the new version', () => {
    const text = 'see https://bpfman.io/v0.4.2/ and https://bpfman.io/v0.5.0-rc3/x'
    expect(applyDocPatterns(text, ['bpfman\\.io/v{version}/'], undefined, '0.6.0')).toEqual({
      content: 'see https://bpfman.io/v0.6.0/ and https://bpfman.io/v0.6.0/x',
      replacements: 2
    })
  })

  it('changes only the version inside the match', () => {
    expect(
      applyDocPatterns('BPFMAN_REL=0.4.2 # was 0.4.2', ['BPFMAN_REL={version}'], undefined, '0.6.0')
    ).toEqual({
      content: 'BPFMAN_REL=0.6.0 # was 0.4.2',
      replacements: 1
    })
  })

  it('does not match inside a longer number', () => {
    const text = 'BPFMAN_REL=0.4.2.1 BPFMAN_REL=0.4 BPFMAN_REL=v0.4.2'
    expect(applyDocPatterns(text, ['BPFMAN_REL={version}'], undefined, '0.6.0').replacements).toBe(
      0
    )
    expect(applyDocPatterns('a 10.5.5 b 0.5.5', ['{previous}'], '0.5.5', '0.6.0').content).toBe(
      'a 10.5.5 b 0.6.0'
    )
  })

  it('leaves {previous} patterns alone when there is no previous release', () => {
    expect(applyDocPatterns('version 0.5.5', ['{previous}'], undefined, '0.6.0')).toEqual({
      content: 'version 0.5.5',
      replacements: 0
    })
  })

  it('escapes the previous version: its dots match only dots', () => {
    expect(applyDocPatterns('0x5y5 and 0.5.5', ['{previous}'], '0.5.5', '0.6.0').content).toBe(
      '0x5y5 and 0.6.0'
    )
  })

  it.each([
    ['no placeholder', 'BPFMAN_REL=0\\.5\\.5', 'holds 0 placeholders'],
    ['two placeholders', '{version}-{previous}', 'holds 2 placeholders'],
    ['a broken regex', '(bpfman {version}', 'is not a valid regular expression']
  ])('refuses a pattern with %s', (_name, pattern, message) => {
    expect(() => applyDocPatterns('x', [pattern], '0.5.5', '0.6.0')).toThrow(InputError)
    expect(() => applyDocPatterns('x', [pattern], '0.5.5', '0.6.0')).toThrow(message)
  })
})

describe('findVersionMentions', () => {
  it('lists the lines still holding the version, for review', () => {
    const after = fixture('docs', 'running-release', 'after.md')
    expect(findVersionMentions('docs/getting-started/running-release.md', after, PREVIOUS)).toEqual(
      [
        {
          kind: 'review',
          path: 'docs/getting-started/running-release.md',
          line: 24,
          message: '',
          quote:
            'Namespace-scoped programs arrived in v0.5.5; see https://bpfman.io/main/ for the newest docs.'
        }
      ]
    )
  })

  it('matches the whole version only, with or without "v"', () => {
    const text = [
      'v0.6.0 here', // 1
      '10.6.0', // 2
      '0.6.01', // 3
      '0.6.0.1', // 4
      '0.6.0-rc1', // 5
      'tag:v0.6.0.', // 6
      'x0.6.0', // 7
      '(0.6.0)' // 8
    ].join('\n')
    expect(findVersionMentions('f', text, '0.6.0').map((note) => note.line)).toEqual([1, 6, 7, 8])
  })

  it('trims the line and cuts it to about 120 characters', () => {
    const long = `    ${'word '.repeat(40)}0.6.0 ${'tail '.repeat(10)}`
    const [note] = findVersionMentions('README.md', `first\n${long}\n`, '0.6.0')
    expect(note.line).toBe(2)
    expect(note.quote).toHaveLength(120)
    expect(note.quote?.startsWith('word word')).toBe(true)
    expect(note.quote?.endsWith('…')).toBe(true)
  })
})

describe('isReviewExcluded', () => {
  const excludes = [
    'changelogs/',
    'vendor/',
    '*.lock',
    'go.sum',
    'examples/config/',
    'docs/design/**/*.md',
    'node_modules'
  ]
  it.each([
    ['changelogs/CHANGELOG-v0.5.5.md', true],
    ['vendor/github.com/bpfman/bpfman/go.mod', true],
    ['bpfman-operator/vendor/modules.txt', true],
    ['Cargo.lock', true],
    ['tests/Cargo.lock', true],
    ['go.sum', true],
    ['examples/go.sum', true],
    ['examples/config/v0.5.5/go-xdp-counter/kustomization.yaml', true],
    ['./examples/config/default/x.yaml', true],
    ['docs/design/clusterVsNamespaceScoped.md', true],
    ['docs/design/deep/more.md', true],
    ['web/node_modules/pkg/index.js', true],
    ['docs/changelogs.md', false],
    ['Cargo.lock.md', false],
    ['examples/Makefile', false],
    ['examples/configs/x.yaml', false],
    ['RELEASE.md', false],
    ['go.sum.txt', false]
  ])('%s -> %s', (path, excluded) => {
    expect(isReviewExcluded(path, excludes)).toBe(excluded)
  })
})
