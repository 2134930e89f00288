import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { runCli } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'

let temp: { dir: string; cleanup: () => void }
let workDir: string
let remoteDir: string
let git: FixtureGit

beforeAll(async () => {
  temp = makeTempDir('release-candidates')
  const fixture = await createBpfmanFixture(temp.dir, { releases: ['0.5.6', '0.6.0'] })
  ;({ workDir, remoteDir } = fixture)
  git = new FixtureGit(workDir)
})
afterAll(() => temp.cleanup())

const prepare = (version: string, ...more: string[]) =>
  runCli(['prepare', '--repo', workDir, '--version', version, '--no-push', '--offline', ...more])

/** Merges the local release branch into main as GitHub would, and tags the merge commit. */
async function mergeAndTag(version: string, pull: number): Promise<void> {
  await git.exec([
    'merge',
    '--quiet',
    '--no-ff',
    '-m',
    `Merge pull request #${pull} from bpfman/release-v${version}\n\nRelease v${version}`,
    `release-v${version}`
  ])
  await git.exec(['tag', '--annotate', '-m', `v${version}`, `v${version}`])
}

const changedFiles = async (version: string): Promise<string[]> =>
  (await git.exec(['diff', '--name-only', 'main', `release-v${version}`])).trim().split('\n')

/** A refused prepare: exit 2, one line naming the version, and nothing changed. */
async function expectRefused(version: string, message: string): Promise<void> {
  const before = await repoSnapshot(workDir, remoteDir)
  const result = await prepare(version)
  expect(result.status).toBe(2)
  expect(result.stderr).toContain(message)
  expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
}

describe('bpfman release candidates: rc1 -> rc2 -> final', () => {
  it('rc1 takes the lighter path: Cargo.toml, Cargo.lock and the changelog only', async () => {
    const result = await prepare('0.7.0-rc1')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(await changedFiles('0.7.0-rc1')).toEqual([
      'Cargo.lock',
      'Cargo.toml',
      'changelogs/CHANGELOG-v0.7.0-rc1.md'
    ])
    expect(result.stdout).toContain(
      'release candidate: the lighter path edits Cargo.toml, Cargo.lock, the changelog; not examples/Makefile, the example config folders, the dispatcher images, the docs and RELEASE.md (prereleaseEdits in the config)'
    )
    // The files it leaves on the final release on purpose are not a review list.
    expect(result.stdout).not.toContain('please review')
    const changelog = await git.exec([
      'show',
      'release-v0.7.0-rc1:changelogs/CHANGELOG-v0.7.0-rc1.md'
    ])
    expect(changelog).toContain('compare/v0.6.0...v0.7.0-rc1')
    await mergeAndTag('0.7.0-rc1', 1600)
  })

  it('refuses rc1 again, rc0, and an rc below the line, each naming what to choose', async () => {
    await expectRefused(
      '0.7.0-rc1',
      'version: tag v0.7.0-rc1 already exists: 0.7.0-rc1 is released; choose 0.7.0-rc2 or 0.7.0'
    )
    await expectRefused(
      '0.7.0-rc0',
      'version: 0.7.0-rc0: release candidates are numbered from rc1; choose 0.7.0-rc1'
    )
    await expectRefused(
      '0.6.0-rc3',
      'version: 0.6.0-rc3 is a release candidate of 0.6.0, which is released (tag v0.6.0)'
    )
    await expectRefused(
      '0.5.7',
      'version: 0.5.7 is not greater than 0.7.0-rc1, the newest release on main (tag v0.7.0-rc1); choose 0.7.0-rc2 or 0.7.0'
    )
  })

  it('rc2 compares with rc1 (the previous release of any kind)', async () => {
    await git.exec(['commit', '--quiet', '--allow-empty', '-m', 'Fix found in rc1 (#1601)'])
    const result = await prepare('0.7.0-rc2')
    expect(result.status).toBe(0)
    const changelog = await git.exec([
      'show',
      'release-v0.7.0-rc2:changelogs/CHANGELOG-v0.7.0-rc2.md'
    ])
    expect(changelog).toContain('* Fix found in rc1 by Fixture Maintainer in ')
    expect(changelog).toContain('compare/v0.7.0-rc1...v0.7.0-rc2')
    expect(changelog).not.toContain('pull/1502')
    await mergeAndTag('0.7.0-rc2', 1602)
  })

  it('the final edits everything and compares with the previous final; changelog-since changes it', async () => {
    const result = await prepare('0.7.0')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const changed = await changedFiles('0.7.0')
    expect(changed).toEqual(
      expect.arrayContaining([
        'Cargo.toml',
        'Cargo.lock',
        'RELEASE.md',
        'bpfman/src/lib.rs',
        'examples/Makefile',
        'changelogs/CHANGELOG-v0.7.0.md',
        'examples/config/v0.7.0/go-xdp-counter/kustomization.yaml'
      ])
    )
    const show = (path: string) => git.exec(['show', `release-v0.7.0:${path}`])
    const changelog = await show('changelogs/CHANGELOG-v0.7.0.md')
    expect(changelog).toContain('compare/v0.6.0...v0.7.0')
    expect(changelog).toContain('pull/1502')
    expect(changelog).toContain('Fix found in rc1')
    expect(await show('examples/Makefile')).toContain('VERSION ?= 0.7.0\n')

    await git.exec(['branch', '--quiet', '-D', 'release-v0.7.0'])
    const since = await prepare('0.7.0', '--changelog-since', 'v0.7.0-rc2')
    expect(since.status).toBe(0)
    expect(await show('changelogs/CHANGELOG-v0.7.0.md')).toContain('compare/v0.7.0-rc2...v0.7.0')
  })
})
