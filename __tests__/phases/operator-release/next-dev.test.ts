import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { InputError } from '../../../src/release/errors.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import {
  developmentVersion,
  type NextDevInputs,
  planOperatorNextDev
} from '../../../src/phases/operator-release/next-dev.js'
import { applyOrThrow } from '../../support/apply.js'
import { parseVersion } from '../../../src/release/version.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import { MAINTAINER, TOKEN, operatorWorld, type OperatorWorld } from './support.js'

let temp: { dir: string; cleanup: () => void }
let emulator: GitHubEmulator
beforeAll(async () => {
  temp = makeTempDir('operator-next-dev')
  emulator = await startGitHubEmulator({ token: TOKEN })
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

function inputs(w: OperatorWorld, overrides: Partial<NextDevInputs> = {}): NextDevInputs {
  return {
    repoDir: w.workDir,
    version: parseVersion('0.6.0'),
    base: 'main',
    repository: 'bpfman/bpfman-operator',
    remote: 'origin',
    github: w.github,
    identity: MAINTAINER,
    ...overrides
  }
}

const openPulls = () =>
  emulator.state.pulls.filter(
    (pull) => pull.repoKey === 'bpfman/bpfman-operator' && pull.state === 'open'
  )

describe('developmentVersion', () => {
  it('is the next minor -dev after a release, and the same version -dev after a release candidate', () => {
    expect(developmentVersion(parseVersion('0.6.0'))).toBe('0.7.0-dev')
    expect(developmentVersion(parseVersion('0.6.1'))).toBe('0.7.0-dev')
    expect(developmentVersion(parseVersion('0.9.3'))).toBe('0.10.0-dev')
    expect(developmentVersion(parseVersion('0.7.0-rc1'))).toBe('0.7.0-dev')
  })
})

describe('operator-release next-dev', () => {
  let w: OperatorWorld
  beforeAll(async () => {
    // Released 0.6.0 and not yet moved to a -dev version.
    w = await operatorWorld(emulator, join(temp.dir, 'version-file'), {
      shape: 'version-file',
      devVersion: false
    })
  })

  it('opens one pull request that sets VERSION 0.6.0 -> 0.7.0-dev, signed off; a rerun changes nothing', async () => {
    const result = await planOperatorNextDev(inputs(w))
    expect(result.plan.files.map(({ path, before, after }) => ({ path, before, after }))).toEqual([
      { path: 'VERSION', before: '0.6.0\n', after: '0.7.0-dev\n' }
    ])
    expect(result.nextVersion).toBe('0.7.0-dev')
    const { products } = await applyOrThrow(result.plan)
    const remote = new FixtureGit(w.remoteDir)
    const tip = (await remote.exec(['rev-parse', 'refs/heads/version-0.7.0-dev'])).trim()
    expect(await remote.readBlob(tip, 'VERSION')).toBe('0.7.0-dev\n')
    expect((await remote.exec(['diff', '--name-only', `${tip}^`, tip])).trim()).toBe('VERSION')
    expect((await remote.exec(['log', '-1', '--format=%B', tip])).trim().split('\n').pop()).toBe(
      'Signed-off-by: Release Maintainer <maintainer@example.com>'
    )
    expect(openPulls()).toMatchObject([
      {
        title: 'Set VERSION to 0.7.0-dev',
        head: { ref: 'version-0.7.0-dev' },
        base: { ref: 'main' }
      }
    ])
    expect(products.find(result.publish?.pull)?.number).toBe(openPulls()[0].number)

    const again = (await applyOrThrow((await planOperatorNextDev(inputs(w))).plan)).applied
    expect(again.map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(openPulls()).toHaveLength(1)
  })

  it('has nothing to do once VERSION holds the -dev version', async () => {
    await w.fixture.repo.commit('Set VERSION to 0.7.0-dev', { VERSION: '0.7.0-dev\n' })
    await w.fixture.repo.pushAll()
    const result = await planOperatorNextDev(inputs(w))
    expect(result.plan.files).toEqual([])
    expect(result.plan.operations).toEqual([])
    expect(result.plan.notes).toEqual([
      { kind: 'info', path: 'VERSION', message: 'already holds 0.7.0-dev; nothing to do' }
    ])
  })

  it('refuses before the tag exists and when VERSION holds another version, changing nothing', async () => {
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    await expect(
      planOperatorNextDev(inputs(w, { version: parseVersion('0.6.1') }))
    ).rejects.toThrow(
      'version: tag v0.6.1 not found; next-dev runs after the release is tagged (tag-release), then rerun'
    )
    await expect(
      planOperatorNextDev(inputs(w, { version: parseVersion('0.5.6') }))
    ).rejects.toThrow(InputError)
    await expect(
      planOperatorNextDev(inputs(w, { version: parseVersion('0.5.6') }))
    ).rejects.toThrow(
      'version: VERSION on main holds 0.7.0-dev, not the release 0.5.6; next-dev moves 0.5.6 to 0.6.0-dev only'
    )
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
  })

  it('leaves main alone after a release of a patch line', async () => {
    const { repo } = w.fixture
    await repo.git.exec(['checkout', '--quiet', '-b', 'release-v0.6.0-patch', 'v0.6.0'])
    await repo.commit('Release v0.6.1', { VERSION: '0.6.1\n' })
    await repo.git.exec(['tag', '-a', '-m', 'v0.6.1', 'v0.6.1'])
    await repo.git.exec(['push', '--quiet', 'origin', 'release-v0.6.0-patch', 'v0.6.1'])
    await repo.git.exec(['checkout', '--quiet', 'main'])
    const before = await repoSnapshot(w.workDir, w.remoteDir)
    const result = await planOperatorNextDev(inputs(w, { version: parseVersion('0.6.1') }))
    expect(result.nextVersion).toBeUndefined()
    expect(result.plan.files).toEqual([])
    expect(result.plan.operations).toEqual([])
    expect(result.plan.notes).toEqual([
      {
        kind: 'info',
        message:
          "v0.6.1 is not in main's history (a release of a patch line): main keeps its development version"
      }
    ])
    expect(await repoSnapshot(w.workDir, w.remoteDir)).toEqual(before)
  })

  it('has nothing to set where the Makefile holds the version (before v0.6.0)', async () => {
    const old = await operatorWorld(emulator, join(temp.dir, 'makefile'), { shape: 'makefile' })
    const result = await planOperatorNextDev(inputs(old, { version: parseVersion('0.5.6') }))
    expect(result.nextVersion).toBeUndefined()
    expect(result.plan.operations).toEqual([])
    expect(result.plan.notes).toEqual([
      {
        kind: 'info',
        path: 'Makefile',
        message:
          'the repository keeps its version in the Makefile (no VERSION file): no -dev version to set'
      }
    ])
  })
})
