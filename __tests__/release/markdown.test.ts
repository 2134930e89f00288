import { describe, expect, it } from '@jest/globals'
import { codeFence, inertProse, inlineCode } from '../../src/release/markdown.js'

/** The lines a CommonMark parser would take to close a fence opened by `open`. */
function closes(open: string, line: string): boolean {
  const char = open[0]
  const run = new RegExp(`^ {0,3}(\\${char}{${open.length},})[ \\t]*$`).exec(line)
  return run !== null
}

describe('codeFence', () => {
  it('uses three backticks for plain content, with an info string', () => {
    expect(codeFence('+a\n-b\n', 'diff')).toBe('```diff\n+a\n-b\n```')
  })

  it('is longer than any backtick run in the content, so no line closes it early', () => {
    const diff = [
      '--- a/docs/quick-start.md',
      '+++ b/docs/quick-start.md',
      '@@ -1,3 +1,3 @@',
      ' ```console',
      '-export BPFMAN_REL=0.6.0',
      '+export BPFMAN_REL=0.6.1',
      ' ```',
      ' ````` five'
    ].join('\n')
    const block = codeFence(diff, 'diff')
    const [open, ...rest] = block.split('\n')
    expect(open).toBe('``````diff')
    const body = rest.slice(0, -1)
    expect(body.join('\n')).toBe(diff)
    expect(body.some((line) => closes('``````', line))).toBe(false)
    expect(rest[rest.length - 1]).toBe('``````')
  })

  it('leaves tilde lines alone inside a backtick fence: they never close it', () => {
    expect(codeFence('~~~\n~~~~\n')).toBe('```\n~~~\n~~~~\n```')
  })

  it('switches to tildes when the info string holds a backtick, longer than any tilde run', () => {
    expect(codeFence('a\n~~~~\n', 'weird`info')).toBe('~~~~~weird`info\na\n~~~~\n~~~~~')
  })

  it('ends the content with a line break and keeps an empty block empty', () => {
    expect(codeFence('x')).toBe('```\nx\n```')
    expect(codeFence('')).toBe('```\n```')
  })
})

describe('inlineCode', () => {
  it('wraps plain text in single backticks', () => {
    expect(inlineCode('RELEASE.md:12')).toBe('`RELEASE.md:12`')
  })

  it('uses a backtick string whose length no run inside has', () => {
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('a``b`c')).toBe('```a``b`c```')
    expect(inlineCode('x```y')).toBe('`x```y`')
  })

  it('pads with a space when the text starts or ends with a backtick', () => {
    expect(inlineCode('`tick')).toBe('`` `tick ``')
    expect(inlineCode('tick`')).toBe('`` tick` ``')
  })

  it('pads text that starts and ends with a space, which CommonMark would strip', () => {
    expect(inlineCode(' x ')).toBe('`  x  `')
    expect(inlineCode('  ')).toBe('`  `')
  })

  it('turns line breaks into spaces and escapes pipes for table cells', () => {
    expect(inlineCode('a\nb')).toBe('`a b`')
    expect(inlineCode('a|b', { table: true })).toBe('`a\\|b`')
    expect(inlineCode('a|b')).toBe('`a|b`')
  })

  it('gives nothing for empty text', () => {
    expect(inlineCode('')).toBe('')
  })
})

describe('inertProse: e-mail links', () => {
  it('wraps module@version and name@host.tld in code, which GitHub does not autolink', () => {
    expect(inertProse('go get github.com/cilium/ebpf@v0.17.1 now')).toBe(
      'go get `github.com/cilium/ebpf@v0.17.1` now'
    )
    expect(inertProse('mail maintainer@bpfman.io.')).toBe('mail `maintainer@bpfman.io`.')
    expect(inertProse('(see sigs.k8s.io/kustomize@v5.6.0)')).toBe(
      '(see `sigs.k8s.io/kustomize@v5.6.0`)'
    )
  })

  it('leaves what GitHub would not link: a host without a dot, @ alone', () => {
    const text = 'in #12, user@localhost, a @ b'
    expect(inertProse(text)).toBe(text)
  })

  it('leaves code spans as they are', () => {
    expect(inertProse('pin `foo@v1.2.3` and bar@v2.0.0')).toBe('pin `foo@v1.2.3` and `bar@v2.0.0`')
    expect(inertProse('``a`b@c.d`` e')).toBe('``a`b@c.d`` e')
  })

  it('keeps text without an @ or a tag byte for byte', () => {
    const text = '* Bump the version to 0.6.1 -> 0.6.2 in https://github.com/bpfman/bpfman/pull/1'
    expect(inertProse(text)).toBe(text)
  })
})

describe('inertProse', () => {
  it('puts mentions of users and teams in code spans: quoting a file pings nobody', () => {
    expect(inertProse('Thanks @bpfman/maintainers and @dave-tucker!')).toBe(
      'Thanks `@bpfman/maintainers` and `@dave-tucker`!'
    )
    expect(inertProse('mail a@b and `@kept` as it is')).toBe('mail a@b and `@kept` as it is')
  })

  it('writes the < of an HTML tag as &lt;: a file line renders as text', () => {
    expect(inertProse('x </details><img src=y> a < b')).toBe('x &lt;/details>&lt;img src=y> a < b')
  })

  it('still unlinks e-mail-like tokens', () => {
    expect(inertProse('go get github.com/cilium/ebpf@v0.17.1')).toBe(
      'go get `github.com/cilium/ebpf@v0.17.1`'
    )
  })
})
