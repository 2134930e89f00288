import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { Git } from '../../src/effects/git.js'
import { parseVersion } from '../../src/release/version.js'
import { reviewList, startReview } from '../../src/steps/review-list.js'
import { makeTempDir } from '../support/tmp.js'

// The review list on real git: `git grep` finds the files that mention the
// old version, and the list keeps what a human should look at.

let temp: { dir: string; cleanup: () => void }
let repo: FixtureRepo
let git: Git
beforeAll(async () => {
  temp = makeTempDir('review-list-step')
  repo = await FixtureRepo.create(temp.dir, 'bpfman')
  await repo.commit('Release v0.6.0', {
    'Cargo.toml': 'version = "0.6.0"\n',
    'Cargo.lock': '[[package]]\nname = "bpfman"\nversion = "0.6.0"\n',
    'docs/install.md': '# Install\n\nRun bpfman 0.6.0 or later.\nNothing else.\n',
    'docs/old.md': 'Since 0.5.5 and 0.6.0.\n',
    'vendor/lib.md': 'pinned 0.6.0\n',
    'bin/blob.dat': 'binary\u0000 0.6.0\n',
    'README.md': 'No version here.\n'
  })
  git = new Git(repo.workDir)
})
afterAll(() => temp.cleanup())

const tracked = (): Promise<string[]> =>
  git.filesAt('HEAD').then((entries) => entries.map((entry) => entry.name))

describe('startReview', () => {
  it('without a version under review there is no review', () => {
    expect(startReview(git, undefined)).toBeUndefined()
  })

  it('finds the tracked files that hold the version with git grep', async () => {
    const review = startReview(git, '0.6.0')
    expect(review?.version).toBe('0.6.0')
    expect((await review!.holding).sort()).toEqual(
      expect.arrayContaining(['Cargo.toml', 'Cargo.lock', 'docs/install.md', 'docs/old.md'])
    )
    expect(await review!.holding).not.toContain('README.md')
  })
})

describe('reviewList', () => {
  it('each mention of the old version with its line, but excluded folders, binaries and dependency pins', async () => {
    const holding = new Set(await startReview(git, '0.6.0')!.holding)
    const notes = reviewList(await tracked(), holding, repo.workDir, ['vendor/'], [], '0.6.0')
    expect(notes).toEqual([
      // The line is the note's quote, shown as code; the note says nothing more.
      { kind: 'review', path: 'Cargo.toml', line: 1, message: '', quote: 'version = "0.6.0"' },
      {
        kind: 'review',
        path: 'docs/install.md',
        line: 3,
        message: '',
        quote: 'Run bpfman 0.6.0 or later.'
      },
      { kind: 'review', path: 'docs/old.md', line: 1, message: '', quote: 'Since 0.5.5 and 0.6.0.' }
    ])
  })

  it('an edited file is read as the release writes it, not from the disk', async () => {
    const holding = new Set(await startReview(git, '0.6.0')!.holding)
    const edited = [
      {
        path: 'Cargo.toml',
        before: 'version = "0.6.0"\n',
        after: 'version = "0.6.1"\n',
        reason: 'workspace version 0.6.0 -> 0.6.1'
      }
    ]
    const notes = reviewList(await tracked(), holding, repo.workDir, ['vendor/'], edited, '0.6.0')
    expect(notes.map((note) => note.path)).toEqual(['docs/install.md', 'docs/old.md'])
  })

  it('with the versions, lines of the edited files that name a release older than the previous one', async () => {
    const edited = [
      {
        path: 'docs/old.md',
        before: 'Since 0.5.5 and 0.6.0.\n',
        after: 'Since 0.5.5 and 0.6.1.\n',
        reason: 'version reference'
      }
    ]
    const notes = reviewList(await tracked(), new Set(), repo.workDir, [], edited, '0.6.0', {
      previous: parseVersion('0.6.0'),
      version: parseVersion('0.6.1')
    })
    expect(notes).toEqual([
      expect.objectContaining({
        path: 'docs/old.md',
        line: 1,
        message: expect.stringContaining('0.5.5')
      })
    ])
  })
})
