import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CHANGELOG_LOG_FORMAT,
  type CommitRecord,
  changelogLogArgs,
  firstContributions,
  formatReleaseNotes,
  mergedPulls,
  noreplyLogin,
  parseCommitLog
} from '../../src/release/changelog.js'
import { makeTempDir } from '../support/tmp.js'

const DEPENDABOT = {
  authorName: 'dependabot[bot]',
  authorEmail: '49699333+dependabot[bot]@users.noreply.github.com'
}
const DAVE = { authorName: 'Dave Tucker', authorEmail: 'dave@dtucker.co.uk' }
const ANNA = { authorName: 'Anna', authorEmail: '1234+anna-dev@users.noreply.github.com' }
const MAINTAINER = { authorName: 'Billy McFall', authorEmail: 'billy@example.com' }

function sha(n: number): string {
  return n.toString(16).padStart(40, '0')
}

function commit(
  n: number,
  parents: number[],
  who: { authorName: string; authorEmail: string },
  subject: string,
  body = ''
): CommitRecord {
  return { sha: sha(n), parents: parents.map(sha), ...who, subject, body }
}

/**
 * The shape of bpfman's main since v0.6.0 (newest first, as git log prints it):
 * a dependabot PR from a branch of the repository itself, a fork PR with a
 * title in the merge body, a fork PR whose merge body is empty, a squash merge.
 */
const HISTORY: CommitRecord[] = [
  commit(
    20,
    [19, 18],
    MAINTAINER,
    'Merge pull request #1510 from bpfman/dependabot/cargo/tokio-1.43.0'
  ),
  commit(
    18,
    [15],
    DEPENDABOT,
    'build(deps): bump tokio from 1.42.0 to 1.43.0',
    'Bumps tokio...\n\nSigned-off-by: dependabot[bot] <support@github.com>'
  ),
  commit(
    19,
    [17, 16],
    MAINTAINER,
    'Merge pull request #1502 from dave-tucker/tcx-example',
    'Add go-tcx-counter example'
  ),
  commit(16, [14], DAVE, 'examples: fix the tcx counter config'),
  commit(14, [12], DAVE, 'examples: add go-tcx-counter'),
  commit(17, [15, 13], MAINTAINER, 'Merge pull request #1499 from anna-dev/docs-typo'),
  commit(13, [12], ANNA, 'docs: fix a typo in quick-start'),
  commit(15, [12], ANNA, 'Release notes for v0.6.0 (#1497)'),
  commit(
    12,
    [11],
    MAINTAINER,
    'Merge pull request #1490 from bpfman/release-v0.6.0',
    'Release v0.6.0'
  )
].map((record) => record)

describe('mergedPulls', () => {
  // The range v0.6.0..main: commit 12 and older are outside it.
  const range = HISTORY.filter((record) => record.sha !== sha(12))
  const pulls = mergedPulls(range, 'bpfman/bpfman')

  it('lists the pull requests oldest first, titled and attributed as GitHub does', () => {
    expect(pulls).toEqual([
      { number: 1497, title: 'Release notes for v0.6.0', author: 'anna-dev' },
      { number: 1499, title: 'docs: fix a typo in quick-start', author: 'anna-dev' },
      { number: 1502, title: 'Add go-tcx-counter example', author: 'dave-tucker' },
      {
        number: 1510,
        title: 'build(deps): bump tokio from 1.42.0 to 1.43.0',
        author: 'dependabot[bot]'
      }
    ])
  })

  it('never titles a pull request "Merge pull request #N from ..."', () => {
    expect(pulls.some((pull) => pull.title.startsWith('Merge pull request'))).toBe(false)
  })

  it('takes the first commit of <merge>^1..<merge>^2 for the title, not the last', () => {
    const records = [
      commit(5, [3, 4], MAINTAINER, 'Merge pull request #7 from someone/two-commits'),
      commit(4, [2], ANNA, 'second commit'),
      commit(2, [1], ANNA, 'first commit'),
      commit(3, [1], MAINTAINER, 'Something on main (#6)')
    ]
    expect(mergedPulls(records, 'bpfman/bpfman')[1]).toEqual({
      number: 7,
      title: 'first commit',
      author: 'anna-dev'
    })
  })

  it('does not count commits of an earlier pull request that a branch was built on', () => {
    // #9's branch started from #8's branch; #8 merged first, so #9 holds commit 4 only.
    const records = [
      commit(6, [5, 4], MAINTAINER, 'Merge pull request #9 from anna-dev/on-top'),
      commit(5, [1, 3], MAINTAINER, 'Merge pull request #8 from dave-tucker/below'),
      commit(4, [3], ANNA, 'on top'),
      commit(3, [1], DAVE, 'below')
    ]
    expect(mergedPulls(records, 'bpfman/bpfman')).toEqual([
      { number: 8, title: 'below', author: 'dave-tucker' },
      { number: 9, title: 'on top', author: 'anna-dev' }
    ])
  })

  it('reads any order of the commits, not only --topo-order', () => {
    const shuffled = [...range].sort((a, b) => (a.subject < b.subject ? -1 : 1))
    expect(mergedPulls(shuffled, 'bpfman/bpfman')).toEqual(pulls)
  })

  it('falls back to the author name for a same-repository branch without a noreply address', () => {
    const records = [
      commit(3, [1, 2], MAINTAINER, 'Merge pull request #4 from bpfman/fix-ci', 'Fix CI'),
      commit(2, [1], MAINTAINER, 'ci: fix')
    ]
    expect(mergedPulls(records, 'bpfman/bpfman')).toEqual([
      { number: 4, title: 'Fix CI', author: 'Billy McFall' }
    ])
  })

  it('finds the new contributors against the pull requests before the previous release', () => {
    const earlier = mergedPulls(
      [
        commit(2, [1, 3], MAINTAINER, 'Merge pull request #1 from dave-tucker/x', 'X'),
        commit(3, [1], DAVE, 'x')
      ],
      'bpfman/bpfman'
    )
    expect(firstContributions(pulls, earlier).map((pull) => pull.author)).toEqual([
      'anna-dev',
      'dependabot[bot]'
    ])
  })
})

describe('formatReleaseNotes', () => {
  it('mentions a login with @ and writes an author known only by name as it is', () => {
    const pulls = [
      { number: 7, title: 'Fix the offset', author: 'Jane Doe' },
      { number: 8, title: 'Bump tokio', author: 'dependabot[bot]' }
    ]
    expect(formatReleaseNotes(pulls, pulls.slice(0, 1), 'bpfman/bpfman', 'v0.6.1', 'v0.6.0')).toBe(
      [
        "## What's Changed",
        '* Fix the offset by Jane Doe in https://github.com/bpfman/bpfman/pull/7',
        '* Bump tokio by @dependabot[bot] in https://github.com/bpfman/bpfman/pull/8',
        '',
        '## New Contributors',
        '* Jane Doe made their first contribution in https://github.com/bpfman/bpfman/pull/7',
        '',
        '**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.6.0...v0.6.1'
      ].join('\n')
    )
  })
})

describe('noreplyLogin', () => {
  it('maps GitHub noreply addresses to the login', () => {
    expect(noreplyLogin('49699333+dependabot[bot]@users.noreply.github.com')).toBe(
      'dependabot[bot]'
    )
    expect(noreplyLogin('anna-dev@users.noreply.github.com')).toBe('anna-dev')
    expect(noreplyLogin('dave@dtucker.co.uk')).toBeUndefined()
  })
})

describe('parseCommitLog', () => {
  it('reads the documented format, bodies with blank lines and root commits included', () => {
    const log =
      `${sha(2)}\x00${sha(1)} ${sha(3)}\x00Billy\x00billy@example.com\x00Merge pull request #1 from a/b\x00Title\n\nMore\n\x1e\n` +
      `${sha(1)}\x00\x00Anna\x00anna@example.com\x00root\x00\x1e\n`
    expect(parseCommitLog(log)).toEqual([
      {
        sha: sha(2),
        parents: [sha(1), sha(3)],
        authorName: 'Billy',
        authorEmail: 'billy@example.com',
        subject: 'Merge pull request #1 from a/b',
        body: 'Title\n\nMore'
      },
      {
        sha: sha(1),
        parents: [],
        authorName: 'Anna',
        authorEmail: 'anna@example.com',
        subject: 'root',
        body: ''
      }
    ])
  })

  it('documents the git log command', () => {
    expect(CHANGELOG_LOG_FORMAT).toBe('--format=%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e')
    expect(changelogLogArgs('v0.6.0..HEAD')).toEqual([
      'log',
      '--topo-order',
      '--format=%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e',
      'v0.6.0..HEAD'
    ])
  })
})

describe('the offline changelog from a real git repository', () => {
  let repo: ReturnType<typeof makeTempDir>
  const git = (args: string[], who = MAINTAINER): string =>
    execFileSync('git', args, {
      cwd: repo.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: who.authorName,
        GIT_AUTHOR_EMAIL: who.authorEmail,
        GIT_COMMITTER_NAME: MAINTAINER.authorName,
        GIT_COMMITTER_EMAIL: MAINTAINER.authorEmail,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1'
      }
    })
  const change = (file: string, who: typeof MAINTAINER, subject: string): void => {
    writeFileSync(join(repo.dir, file), `${subject}\n`)
    git(['add', file])
    git(['commit', '-q', '-m', subject], who)
  }

  beforeAll(() => {
    repo = makeTempDir('changelog')
    git(['init', '-q', '-b', 'main'])
    change('README.md', MAINTAINER, 'Initial commit')
    git(['tag', 'v0.6.0'])
    // A dependabot PR from a branch of the repository, merged with an empty body.
    git(['checkout', '-q', '-b', 'dependabot/cargo/tokio-1.43.0'])
    change('Cargo.lock', DEPENDABOT, 'build(deps): bump tokio from 1.42.0 to 1.43.0')
    git(['checkout', '-q', 'main'])
    change('docs.md', ANNA, 'docs: clarify the release steps (#1501)')
    git([
      'merge',
      '-q',
      '--no-ff',
      'dependabot/cargo/tokio-1.43.0',
      '-m',
      'Merge pull request #1510 from bpfman/dependabot/cargo/tokio-1.43.0'
    ])
    // A fork PR with two commits, its title in the merge body.
    git(['checkout', '-q', '-b', 'tcx', 'main'])
    change('tcx.yaml', DAVE, 'examples: add go-tcx-counter')
    change('tcx.yaml', DAVE, 'examples: fix go-tcx-counter')
    git(['checkout', '-q', 'main'])
    git([
      'merge',
      '-q',
      '--no-ff',
      'tcx',
      '-m',
      'Merge pull request #1502 from dave-tucker/tcx\n\nAdd go-tcx-counter example'
    ])
  })
  afterAll(() => repo.cleanup())

  it("runs the documented git log and gets GitHub's notes", () => {
    const pulls = mergedPulls(
      parseCommitLog(git(changelogLogArgs('v0.6.0..HEAD'))),
      'bpfman/bpfman'
    )
    const earlier = mergedPulls(parseCommitLog(git(changelogLogArgs('v0.6.0'))), 'bpfman/bpfman')
    expect(
      formatReleaseNotes(
        pulls,
        firstContributions(pulls, earlier),
        'bpfman/bpfman',
        'v0.6.1',
        'v0.6.0'
      )
    ).toBe(
      [
        "## What's Changed",
        '* docs: clarify the release steps by @anna-dev in https://github.com/bpfman/bpfman/pull/1501',
        '* build(deps): bump tokio from 1.42.0 to 1.43.0 by @dependabot[bot] in https://github.com/bpfman/bpfman/pull/1510',
        '* Add go-tcx-counter example by @dave-tucker in https://github.com/bpfman/bpfman/pull/1502',
        '',
        '## New Contributors',
        '* @anna-dev made their first contribution in https://github.com/bpfman/bpfman/pull/1501',
        '* @dependabot[bot] made their first contribution in https://github.com/bpfman/bpfman/pull/1510',
        '* @dave-tucker made their first contribution in https://github.com/bpfman/bpfman/pull/1502',
        '',
        '**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.6.0...v0.6.1'
      ].join('\n')
    )
  })
})
