import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/release/errors.js'
import {
  assertNewRelease,
  compareVersions,
  parseVersion,
  previousRelease,
  releaseKind,
  tryParseVersion
} from '../src/release/version.js'

describe('parseVersion', () => {
  it.each([
    ['0.6.1', '0.6.1', 'v0.6.1'],
    ['v0.6.1', '0.6.1', 'v0.6.1'],
    ['0.7.0-rc1', '0.7.0-rc1', 'v0.7.0-rc1'],
    ['v1.10.0-rc12', '1.10.0-rc12', 'v1.10.0-rc12']
  ])('accepts %s', (input, version, tag) => {
    const parsed = parseVersion(input)
    expect(parsed.version).toBe(version)
    expect(parsed.tag).toBe(tag)
  })

  it.each([
    '0.6',
    'v0.4.1.rc1',
    '0.6.1-beta',
    ' 0.6.1',
    '0.6.1 ',
    '0.6.1-rc',
    '00.6.1',
    'bpfd-v0.1.0',
    ''
  ])('refuses %j naming the value and the accepted forms', (input) => {
    expect(() => parseVersion(input)).toThrow(InputError)
    expect(() => parseVersion(input)).toThrow(
      `"${input}" is not a release version; use 0.6.1, v0.6.1 or 0.7.0-rc1`
    )
  })
})

describe('ordering and previous release', () => {
  const tags = [
    'v0.4.1.rc1',
    'bpfd-v0.1.0',
    'bpfd-common-v0.1.0',
    'v0.5.4',
    'v0.5.5',
    'v0.6.0-rc1',
    'v0.6.0',
    'v0.5.6'
  ]

  it('orders rc numbers numerically and finals after their release candidates', () => {
    const order = ['0.6.0-rc9', '0.6.0-rc10', '0.6.0', '0.6.1'].map((v) => parseVersion(v))
    for (let i = 1; i < order.length; i++) expect(compareVersions(order[i - 1], order[i])).toBe(-1)
  })

  it('picks the highest semver tag below the new version and skips non-semver tags', () => {
    expect(previousRelease(parseVersion('0.6.1'), tags)?.tag).toBe('v0.6.0')
    expect(previousRelease(parseVersion('0.6.0'), tags)?.tag).toBe('v0.6.0-rc1')
    expect(previousRelease(parseVersion('0.5.7'), tags)?.tag).toBe('v0.5.6')
    expect(previousRelease(parseVersion('0.1.0'), tags)).toBeUndefined()
    expect(tryParseVersion('v0.4.1.rc1')).toBeUndefined()
  })

  it('refuses an existing tag and a version that does not move its line forward', () => {
    expect(() => assertNewRelease(parseVersion('0.6.0'), tags)).toThrow('tag v0.6.0 already exists')
    expect(() => assertNewRelease(parseVersion('0.5.5-rc1'), tags)).toThrow(
      'is not greater than 0.5.6'
    )
    expect(() => assertNewRelease(parseVersion('0.5.7'), tags)).not.toThrow()
    expect(() => assertNewRelease(parseVersion('0.6.1'), tags)).not.toThrow()
  })

  it('names the kind of release', () => {
    expect(releaseKind(parseVersion('0.6.1'), parseVersion('0.6.0'))).toBe('patch')
    expect(releaseKind(parseVersion('0.7.0'), parseVersion('0.6.3'))).toBe('minor')
    expect(releaseKind(parseVersion('1.0.0'), parseVersion('0.6.3'))).toBe('major')
    expect(releaseKind(parseVersion('0.7.0-rc1'), parseVersion('0.6.3'))).toBe('release candidate')
  })
})
