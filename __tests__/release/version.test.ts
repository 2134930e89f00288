import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import {
  assertNoJump,
  assertVersionOrder,
  compareVersions,
  nextVersions,
  parseCherryPicks,
  parsePatchBranch,
  parsePatchOf,
  parseReleaseLine,
  patchBranchName,
  parseVersion,
  previousRelease,
  releaseKind,
  releaseTags,
  tryParseVersion
} from '../../src/release/version.js'

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
    '',
    // Numbers past 2^53: parsed once, they would name release-vInfinity.0.0.
    `${'9'.repeat(400)}.0.0`,
    '0.6.9007199254740993',
    '0.7.0-rc99999999999999999999'
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

  it('orders each of X, Y and Z as a number, and in that order of weight', () => {
    const order = ['0.9.9', '0.10.0', '0.10.2', '0.10.10', '1.0.0-rc1', '1.0.0', '10.0.0']
    const versions = order.map((v) => parseVersion(v))
    for (let i = 1; i < versions.length; i++) {
      expect(compareVersions(versions[i - 1], versions[i])).toBe(-1)
      expect(compareVersions(versions[i], versions[i - 1])).toBe(1)
    }
    expect(compareVersions(parseVersion('0.10.0'), parseVersion('v0.10.0'))).toBe(0)
    expect(releaseTags(['v10.0.0', 'v0.10.0', 'v0.9.9']).map((v) => v.tag)).toEqual([
      'v0.9.9',
      'v0.10.0',
      'v10.0.0'
    ])
  })

  it('picks the highest semver tag below the new version and skips non-semver tags', () => {
    expect(previousRelease(parseVersion('0.6.1'), tags)?.tag).toBe('v0.6.0')
    // A final follows the previous final, an rc the previous release of any kind.
    expect(previousRelease(parseVersion('0.6.0'), tags)?.tag).toBe('v0.5.6')
    expect(previousRelease(parseVersion('0.6.0-rc2'), tags)?.tag).toBe('v0.6.0-rc1')
    expect(previousRelease(parseVersion('0.5.7'), tags)?.tag).toBe('v0.5.6')
    expect(previousRelease(parseVersion('0.1.0'), tags)).toBeUndefined()
    expect(tryParseVersion('v0.4.1.rc1')).toBeUndefined()
  })

  it('names the kind of release', () => {
    expect(releaseKind(parseVersion('0.6.1'), parseVersion('0.6.0'))).toBe('patch')
    expect(releaseKind(parseVersion('0.7.0'), parseVersion('0.6.3'))).toBe('minor')
    expect(releaseKind(parseVersion('1.0.0'), parseVersion('0.6.3'))).toBe('major')
    expect(releaseKind(parseVersion('0.7.0-rc1'), parseVersion('0.6.3'))).toBe('release candidate')
  })
})

/** The InputError that `fn` throws (fails the test when it throws none or another kind). */
function refusal(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError, nothing was thrown')
}

describe('assertVersionOrder', () => {
  // main: v0.5.6, v0.6.0-rc1, v0.6.0, v0.6.1, v0.7.0-rc1, v0.7.0-rc2 and non-release tags.
  const main = ['v0.4.1.rc1', 'bpfd-v0.1.0', 'v0.5.6', 'v0.6.0-rc1', 'v0.6.0', 'v0.6.1']
  const mainRcs = [...main, 'v0.7.0-rc1', 'v0.7.0-rc2']
  // release-v0.6.0-patch: from v0.6.0, released v0.6.2 (v0.6.1 was released from main).
  const patchLine = ['v0.5.6', 'v0.6.0-rc1', 'v0.6.0', 'v0.6.2']
  const all = [...mainRcs, 'v0.6.2']
  const check = (version: string, merged: string[], tags: string[], base: string) => () =>
    assertVersionOrder(parseVersion(version), merged, tags, base)

  describe('on main', () => {
    it.each([
      ['0.7.0-rc3', mainRcs],
      ['0.7.0', mainRcs],
      ['0.6.2', main],
      ['0.7.0', main],
      ['0.7.0-rc1', main],
      ['1.0.0', mainRcs],
      ['0.1.0', []]
    ])('accepts %s', (version, tags) => {
      expect(check(version, tags, tags, 'main')).not.toThrow()
    })

    it('refuses a version below a release tag on main: names both and what to choose', () => {
      const error = refusal(check('0.5.7', main, main, 'main'))
      expect(error.input).toBe('version')
      expect(error.message).toBe(
        'version: 0.5.7 is not greater than 0.6.1, the newest release on main (tag v0.6.1); choose 0.6.2 or 0.7.0, or release 0.5.7 from a patch branch: patch-of v0.5.6'
      )
      expect(error.message).not.toContain('\n')
    })

    it('refuses 0.5.7 on a main that holds v0.6.0, though 0.5 has no 0.5.7', () => {
      const tags = ['v0.5.6', 'v0.6.0']
      expect(refusal(check('0.5.7', tags, tags, 'main')).message).toBe(
        'version: 0.5.7 is not greater than 0.6.0, the newest release on main (tag v0.6.0); choose 0.6.1 or 0.7.0, or release 0.5.7 from a patch branch: patch-of v0.5.6'
      )
    })

    it('says patch-of only where a patch branch could release the version', () => {
      // No final release of 0.4 to patch; 0.6.1 is taken on the 0.6 line.
      expect(refusal(check('0.4.9', main, main, 'main')).message).toBe(
        'version: 0.4.9 is not greater than 0.6.1, the newest release on main (tag v0.6.1); choose 0.6.2 or 0.7.0'
      )
      const tags = [...main, 'v0.7.0']
      expect(refusal(check('0.6.1-rc1', tags, tags, 'main')).message).toBe(
        'version: 0.6.1-rc1 is a release candidate of 0.6.1, which is released (tag v0.6.1); choose 0.7.1-rc1 or 0.8.0-rc1'
      )
      expect(refusal(check('0.6.2-rc1', tags, tags, 'main')).message).toBe(
        'version: 0.6.2-rc1 is not greater than 0.7.0, the newest release on main (tag v0.7.0); choose 0.7.1-rc1 or 0.8.0-rc1, or release 0.6.2-rc1 from a patch branch: patch-of v0.6.1'
      )
    })

    it('refuses an existing tag', () => {
      expect(refusal(check('0.6.1', main, main, 'main')).message).toBe(
        'version: tag v0.6.1 already exists: 0.6.1 is released; choose 0.6.2 or 0.7.0'
      )
    })

    it('refuses an existing tag that is not on the base branch', () => {
      expect(refusal(check('0.6.2', main, all, 'main')).message).toBe(
        'version: tag v0.6.2 already exists: 0.6.2 is released; choose 0.6.3 or 0.7.0'
      )
    })

    it('refuses a patch below one another branch released', () => {
      const tags = ['v0.6.0', 'v0.6.3']
      expect(refusal(check('0.6.2', ['v0.6.0'], tags, 'main')).message).toBe(
        'version: 0.6.2 is not greater than 0.6.3, the newest release of 0.6 (tag v0.6.3); choose 0.6.4 or 0.7.0'
      )
    })

    it('refuses a release below a release candidate on main', () => {
      expect(refusal(check('0.6.2', mainRcs, mainRcs, 'main')).message).toBe(
        'version: 0.6.2 is not greater than 0.7.0-rc2, the newest release on main (tag v0.7.0-rc2); choose 0.7.0-rc3 or 0.7.0, or release 0.6.2 from a patch branch: patch-of v0.6.1'
      )
    })
  })

  describe('release candidates', () => {
    it('refuses rc0', () => {
      expect(refusal(check('0.8.0-rc0', mainRcs, mainRcs, 'main')).message).toBe(
        'version: 0.8.0-rc0: release candidates are numbered from rc1; choose 0.8.0-rc1'
      )
    })

    it('refuses the same rc again', () => {
      expect(refusal(check('0.7.0-rc2', mainRcs, mainRcs, 'main')).message).toBe(
        'version: tag v0.7.0-rc2 already exists: 0.7.0-rc2 is released; choose 0.7.0-rc3 or 0.7.0'
      )
    })

    it('refuses an rc number that does not rise, on the base branch or elsewhere', () => {
      const tags = [...main, 'v0.7.0-rc1', 'v0.7.0-rc3']
      expect(refusal(check('0.7.0-rc2', tags, tags, 'main')).message).toBe(
        'version: 0.7.0-rc2 is not greater than 0.7.0-rc3, the newest release on main (tag v0.7.0-rc3); choose 0.7.0-rc4 or 0.7.0'
      )
      // rc3 was cut from another branch: rc2 on main still comes too late.
      expect(refusal(check('0.7.0-rc2', [...main, 'v0.7.0-rc1'], tags, 'main')).message).toBe(
        'version: 0.7.0-rc2 is not greater than 0.7.0-rc3, the newest release of 0.7 (tag v0.7.0-rc3); choose 0.7.0-rc4 or 0.7.0'
      )
    })

    it('orders rc numbers as numbers: rc10 after rc9', () => {
      const tags = [...main, 'v0.7.0-rc9']
      expect(check('0.7.0-rc10', tags, tags, 'main')).not.toThrow()
      const ten = [...tags, 'v0.7.0-rc10']
      expect(refusal(check('0.7.0-rc9', ten, ten, 'main')).message).toContain(
        'choose 0.7.0-rc11 or 0.7.0'
      )
    })

    it('allows the final after its rcs, and refuses an rc of a released version', () => {
      const tags = [...mainRcs, 'v0.7.0']
      expect(check('0.7.0', mainRcs, mainRcs, 'main')).not.toThrow()
      expect(refusal(check('0.7.0-rc3', tags, tags, 'main')).message).toBe(
        'version: 0.7.0-rc3 is a release candidate of 0.7.0, which is released (tag v0.7.0); choose 0.7.1-rc1 or 0.8.0-rc1'
      )
    })

    it('refuses an rc of a version released on another branch', () => {
      expect(refusal(check('0.6.2-rc1', main, all, 'main')).message).toBe(
        'version: 0.6.2-rc1 is a release candidate of 0.6.2, which is released (tag v0.6.2); choose 0.6.3-rc1 or 0.7.0-rc1'
      )
    })
  })

  describe('on a patch branch', () => {
    const base = 'release-v0.6.0-patch'

    it.each([
      ['0.6.3', patchLine, all],
      ['0.6.3-rc1', patchLine, all],
      ['0.6.1', ['v0.6.0'], ['v0.6.0']],
      ['0.6.4', ['v0.6.0'], ['v0.6.0']]
    ])('accepts %s', (version, merged, tags) => {
      expect(check(version, merged, tags, base)).not.toThrow()
    })

    it('refuses 0.6.1 on release-v0.6.0-patch holding v0.6.1', () => {
      const tags = ['v0.6.0', 'v0.6.1']
      expect(refusal(check('0.6.1', tags, tags, base)).message).toBe(
        'version: tag v0.6.1 already exists: 0.6.1 is released; choose 0.6.2'
      )
    })

    it('refuses a patch below a release on the branch', () => {
      const tags = ['v0.6.0', 'v0.6.1-rc1', 'v0.6.1', 'v0.6.2']
      // 0.6.1-rc2 is an rc of a released version, 0.6.1 is tagged.
      expect(refusal(check('0.6.1-rc2', tags, tags, base)).message).toBe(
        'version: 0.6.1-rc2 is a release candidate of 0.6.1, which is released (tag v0.6.1); choose 0.6.3-rc1'
      )
    })

    it('refuses a version that is not a patch of the line', () => {
      for (const version of ['0.7.0', '1.6.1', '0.5.9', '0.6.0-rc2', '0.7.0-rc1']) {
        const error = refusal(check(version, patchLine, all, base))
        expect(error.input).toBe('version')
      }
      expect(refusal(check('0.7.0', patchLine, all, base)).message).toBe(
        'version: 0.7.0 is not a patch of 0.6.0: release-v0.6.0-patch starts from tag v0.6.0 and releases 0.6.1 and later; choose 0.6.3'
      )
      expect(refusal(check('0.7.0-rc1', ['v0.6.0'], ['v0.6.0'], base)).message).toBe(
        'version: 0.7.0-rc1 is not a patch of 0.6.0: release-v0.6.0-patch starts from tag v0.6.0 and releases 0.6.1 and later; choose 0.6.1-rc1'
      )
    })

    it('refuses an rc below the newest release on the branch', () => {
      const merged = ['v0.6.0', 'v0.6.2-rc1']
      expect(refusal(check('0.6.1-rc1', merged, merged, base)).message).toBe(
        'version: 0.6.1-rc1 is not greater than 0.6.2-rc1, the newest release on release-v0.6.0-patch (tag v0.6.2-rc1); choose 0.6.2-rc2 or 0.6.2'
      )
    })

    it('refuses a patch that another branch released past', () => {
      // main released 0.6.1 and 0.6.2; the patch branch holds only v0.6.0.
      const tags = ['v0.6.0', 'v0.6.1', 'v0.6.2']
      expect(refusal(check('0.6.2', ['v0.6.0'], tags, base)).message).toContain('choose 0.6.3')
      expect(refusal(check('0.6.1-rc1', ['v0.6.0'], tags, base)).message).toBe(
        'version: 0.6.1-rc1 is a release candidate of 0.6.1, which is released (tag v0.6.1); choose 0.6.3-rc1'
      )
    })

    it('refuses a base named like a patch branch that patches no final release', () => {
      for (const name of [
        'release-v0.6-patch',
        'release-v0.7.0-rc1-patch',
        'release-0.6.0-patch'
      ]) {
        const error = refusal(check('0.6.1', ['v0.6.0'], ['v0.6.0'], name))
        expect(error.input).toBe('base')
        expect(error.message).toContain('release-vX.Y.Z-patch')
      }
    })
  })
})

describe('assertNoJump: a version that skips releases is refused unless allowed', () => {
  const main = ['v0.5.6', 'v0.6.0']
  const rcs = [...main, 'v0.7.0-rc1']
  const jump =
    (version: string, tags: string[], base = 'main', allow = false) =>
    () =>
      assertNoJump(parseVersion(version), tags, tags, base, allow)

  it('names the next versions in order: patch, minor, major, then their first rcs', () => {
    expect(nextVersions(parseVersion('0.6.0'))).toEqual([
      '0.6.1',
      '0.7.0',
      '1.0.0',
      '0.6.1-rc1',
      '0.7.0-rc1',
      '1.0.0-rc1'
    ])
    expect(nextVersions(parseVersion('0.7.0-rc1'))).toEqual(['0.7.0-rc2', '0.7.0'])
    expect(nextVersions(parseVersion('0.6.0'), true)).toEqual(['0.6.1', '0.6.1-rc1'])
  })

  it.each([
    ['0.6.1', main],
    ['0.7.0', main],
    ['1.0.0', main],
    ['0.7.0-rc1', main],
    ['1.0.0-rc1', main],
    ['0.7.0-rc2', rcs],
    ['0.7.0', rcs],
    ['0.1.0', []],
    ['3.2.1', []]
  ])('accepts %s', (version, tags) => {
    expect(jump(version, tags)).not.toThrow()
  })

  it.each([
    ['6.0.1', main, '0.6.1, 0.7.0, 1.0.0 (or 0.6.1-rc1, 0.7.0-rc1, 1.0.0-rc1)'],
    ['0.6.2', main, '0.6.1, 0.7.0, 1.0.0 (or 0.6.1-rc1, 0.7.0-rc1, 1.0.0-rc1)'],
    ['0.8.0', main, '0.6.1, 0.7.0, 1.0.0 (or 0.6.1-rc1, 0.7.0-rc1, 1.0.0-rc1)'],
    ['0.7.1', main, '0.6.1, 0.7.0, 1.0.0 (or 0.6.1-rc1, 0.7.0-rc1, 1.0.0-rc1)'],
    ['0.7.0-rc3', rcs, '0.7.0-rc2 or 0.7.0'],
    ['0.8.0', rcs, '0.7.0-rc2 or 0.7.0']
  ])('refuses %s, naming the next versions', (version, tags, next) => {
    const standing = tags === rcs ? '0.7.0-rc1 (tag v0.7.0-rc1)' : '0.6.0 (tag v0.6.0)'
    expect(jump(version, tags)).toThrow(
      new InputError(
        'version',
        `${version} skips releases after ${standing}, the release it follows on main; the next versions are ${next}. A jump on purpose: allow-jump: true (--allow-jump)`
      )
    )
    expect(jump(version, tags, 'main', true)).not.toThrow()
  })

  it('on a patch branch, follows the newest release of its line', () => {
    const tags = [...main, 'v0.6.1', 'v0.7.0']
    expect(jump('0.6.2', tags, 'release-v0.6.0-patch')).not.toThrow()
    expect(jump('0.6.3', tags, 'release-v0.6.0-patch')).toThrow(
      /0\.6\.3 skips releases after 0\.6\.1 \(tag v0\.6\.1\), the release it follows on release-v0\.6\.0-patch; the next versions are 0\.6\.2 \(or 0\.6\.2-rc1\)/
    )
  })
})

describe('patch branches and the patch-of input', () => {
  it('parses a patch branch name; other branches are no patch line', () => {
    expect(parsePatchBranch('release-v0.6.0-patch')).toEqual({
      branch: 'release-v0.6.0-patch',
      patched: parseVersion('0.6.0')
    })
    expect(parsePatchBranch('main')).toBeUndefined()
    expect(parsePatchBranch('release-v0.6.1')).toBeUndefined()
    expect(parsePatchBranch('feature-patch')).toBeUndefined()
    expect(patchBranchName(parseVersion('0.6.0'))).toBe('release-v0.6.0-patch')
  })

  it.each([
    ['v0.6.0', 'v0.6.0'],
    ['0.6.0', 'v0.6.0'],
    [' v1.10.3 ', 'v1.10.3']
  ])('parses patch-of %j to the tag %s', (text, tag) => {
    expect(parsePatchOf(text).tag).toBe(tag)
    expect(parsePatchOf(text, ['v0.6.0', 'v1.10.3']).tag).toBe(tag)
  })

  it.each([
    ['0.6', '"0.6" is not a release; give the release to patch as vX.Y.Z or X.Y.Z (v0.6.0)'],
    ['release-v0.6.0-patch', 'is not a release'],
    ['', 'is not a release'],
    [
      'v0.7.0-rc1',
      'v0.7.0-rc1 is a release candidate; patch branches start from a final release, give v0.7.0 or another vX.Y.Z'
    ]
  ])('refuses patch-of %j', (text, message) => {
    const error = refusal(() => parsePatchOf(text))
    expect(error.input).toBe('patch-of')
    expect(error.message).toContain(message)
  })

  it('refuses patch-of a release that has no tag, naming the newest', () => {
    const error = refusal(() => parsePatchOf('0.6.5', ['v0.6.0', 'v0.6.1', 'v0.7.0-rc1']))
    expect(error.message).toBe(
      'patch-of: tag v0.6.5 does not exist; give a released version to patch (the newest is v0.6.1)'
    )
  })
})

describe('parseCherryPicks', () => {
  const full = '0123456789abcdef0123456789abcdef01234567'

  it('parses commits and pull requests in order', () => {
    expect(parseCherryPicks(`abc1234,#123, ${full.toUpperCase()} ,#7`)).toEqual([
      { kind: 'commit', ref: 'abc1234', sha: 'abc1234' },
      { kind: 'pull', ref: '#123', number: 123 },
      { kind: 'commit', ref: full, sha: full },
      { kind: 'pull', ref: '#7', number: 7 }
    ])
  })

  it('takes a multi-line input and an empty one', () => {
    expect(parseCherryPicks('abc1234\n#12\n').map((ref) => ref.ref)).toEqual(['abc1234', '#12'])
    expect(parseCherryPicks('')).toEqual([])
    expect(parseCherryPicks('  \n')).toEqual([])
  })

  it.each([
    ['abc123', '"abc123" is not a REF'],
    ['#0', '"#0" is not a REF'],
    ['#01', '"#01" is not a REF'],
    ['#', '"#" is not a REF'],
    ['123', '"123" is not a REF'],
    ['main', '"main" is not a REF'],
    ['HEAD~1', '"HEAD~1" is not a REF'],
    [`${full}0`, 'is not a REF'],
    ['abc1234;#12', '"abc1234;#12" is not a REF'],
    ['abc1234,,#12', 'has an empty entry'],
    ['abc1234,', 'has an empty entry'],
    ['#12,#12', '#12 is listed twice; give each REF once'],
    ['ABC1234,abc1234', 'abc1234 is listed twice']
  ])('refuses %j', (text, message) => {
    const error = refusal(() => parseCherryPicks(text))
    expect(error.input).toBe('cherry-pick')
    expect(error.message).toContain(message)
    expect(error.message.startsWith('cherry-pick: ')).toBe(true)
  })

  it('says what a REF is', () => {
    expect(refusal(() => parseCherryPicks('main')).message).toBe(
      'cherry-pick: "main" is not a REF; give a commit SHA (7 to 40 hex digits, abc1234) or a pull request #N (#123), separated by commas'
    )
  })
})

describe('parseReleaseLine', () => {
  const tags = ['v0.5.6', 'v0.6.0', 'v0.6.1']

  it('takes main, a patch branch, or patch-of with picks', () => {
    expect(parseReleaseLine({ base: 'main' }, tags)).toEqual({
      base: 'main',
      patch: undefined,
      picks: []
    })
    expect(parseReleaseLine({ base: '' }, tags).base).toBe('main')
    expect(parseReleaseLine({ base: 'release-v0.6.0-patch', cherryPick: '#12' }, tags)).toEqual({
      base: 'release-v0.6.0-patch',
      patch: { branch: 'release-v0.6.0-patch', patched: parseVersion('0.6.0') },
      picks: [{ kind: 'pull', ref: '#12', number: 12 }]
    })
    for (const base of ['main', 'release-v0.6.0-patch']) {
      const line = parseReleaseLine({ base, patchOf: 'v0.6.0', cherryPick: 'abc1234,#12' }, tags)
      expect(line.base).toBe('release-v0.6.0-patch')
      expect(line.picks.map((pick) => pick.ref)).toEqual(['abc1234', '#12'])
    }
  })

  it('refuses a base that patch-of contradicts, picks without a patch branch, a missing tag', () => {
    expect(
      refusal(() => parseReleaseLine({ base: 'release-v0.5.6-patch', patchOf: '0.6.0' }, tags))
        .message
    ).toBe(
      'base: "release-v0.5.6-patch" is not the patch branch of v0.6.0; patch-of v0.6.0 releases from release-v0.6.0-patch: leave base out or give release-v0.6.0-patch'
    )
    const picks = refusal(() => parseReleaseLine({ base: 'main', cherryPick: '#12' }, tags))
    expect(picks.input).toBe('cherry-pick')
    expect(picks.message).toBe(
      'cherry-pick: picks go onto a patch branch, and main is none; give patch-of vX.Y.Z (or base release-vX.Y.Z-patch), or leave cherry-pick out'
    )
    expect(refusal(() => parseReleaseLine({ base: 'main', patchOf: 'v0.6.3' }, tags)).input).toBe(
      'patch-of'
    )
    expect(
      refusal(() => parseReleaseLine({ base: 'release-v0.6.0-patch', cherryPick: 'nope' }, tags))
        .input
    ).toBe('cherry-pick')
  })
})
