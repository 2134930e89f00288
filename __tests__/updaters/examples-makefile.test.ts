import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import { updateExamplesMakefile } from '../../src/updaters/examples-makefile.js'
import { fixture, toCrlf } from './golden.js'

describe('updateExamplesMakefile', () => {
  const before = fixture('examples-makefile', 'bpfman', 'before.mk')
  const after = fixture('examples-makefile', 'bpfman', 'after.mk')

  it('sets VERSION ?= and the old version in comments, and nothing else (golden, 0.6.0 -> 0.6.1)', () => {
    expect(updateExamplesMakefile(before, '0.6.1')).toEqual({ content: after, oldVersion: '0.6.0' })
  })

  it('gives the "(e.g export VERSION=...)" example the new version whatever it held (golden, the operator-sdk comment of 0.5.x)', () => {
    const old = fixture('examples-makefile', 'bpfman-0.5', 'before.mk')
    const updated = fixture('examples-makefile', 'bpfman-0.5', 'after.mk')
    expect(updateExamplesMakefile(old, '0.5.5')).toEqual({ content: updated, oldVersion: '0.5.4' })
    expect(updateExamplesMakefile(updated, '0.5.5').content).toBe(updated)
    expect(updateExamplesMakefile(toCrlf(old), '0.5.5').content).toBe(toCrlf(updated))
  })

  it('leaves longer versions, release candidates and non-comment lines alone', () => {
    const content = updateExamplesMakefile(before, '0.6.1').content
    expect(content).toContain(
      '# Versions 10.6.0, 0.6.01, 0.6.0.1 and v0.6.0-rc1 are other versions.'
    )
    expect(content).toContain('BPFMAN_OLD ?= 0.6.0\n')
    expect(content).toContain('## Deploy go-tc-counter (e.g. TAG=v0.6.0).')
    expect(content).toContain('@echo "deployed 0.6.0 example"')
  })

  it('is idempotent', () => {
    expect(updateExamplesMakefile(after, '0.6.1')).toEqual({ content: after, oldVersion: '0.6.1' })
  })

  it('keeps CRLF line endings', () => {
    expect(updateExamplesMakefile(toCrlf(before), '0.6.1').content).toBe(toCrlf(after))
  })

  it('handles the shape before 0.6.0, a "v" on VERSION and a comment after it', () => {
    const old = [
      '# - use environment variables to overwrite this value (e.g export VERSION=0.5.4)',
      'VERSION ?= v0.5.4  # the release',
      ''
    ].join('\n')
    expect(updateExamplesMakefile(old, '0.5.5')).toEqual({
      content: [
        '# - use environment variables to overwrite this value (e.g export VERSION=0.5.5)',
        'VERSION ?= v0.5.5  # the release',
        ''
      ].join('\n'),
      oldVersion: '0.5.4'
    })
  })

  it('moves a release candidate to its final release', () => {
    const rc = '# e.g. TAG=v0.7.0-rc1 or v0.7.0-rc10\nVERSION ?= 0.7.0-rc1\n'
    expect(updateExamplesMakefile(rc, '0.7.0').content).toBe(
      '# e.g. TAG=v0.7.0 or v0.7.0-rc10\nVERSION ?= 0.7.0\n'
    )
  })

  it('refuses a Makefile without VERSION ?=, naming the file and the expected line', () => {
    const content = 'VERSION := 0.6.0\nall:\n'
    expect(() => updateExamplesMakefile(content, '0.6.1')).toThrow(InputError)
    expect(() => updateExamplesMakefile(content, '0.6.1')).toThrow(
      'examples/Makefile: has no "VERSION ?= X.Y.Z" line'
    )
  })

  it('refuses a VERSION ?= that is not a version', () => {
    expect(() => updateExamplesMakefile('VERSION ?= $(shell cat VERSION)\n', '0.6.1')).toThrow(
      'examples/Makefile: VERSION ?= holds "$(shell cat VERSION)", not a version; expected "VERSION ?= X.Y.Z"'
    )
  })
})
