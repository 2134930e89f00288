import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/effects/exec.js'
import { createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { RELEASE_YAMLS_SCRIPT_PATH } from '../../sandbox/fixtures/release-yamls.js'
import { makeTempDir } from '../support/tmp.js'

// The bpfman fixture's release YAML target in every release (releaseYamls:
// 'every-release'), as the sandbox's patch release needs it: a patch branch
// made from an old tag runs `make build-release-yamls` there.

const RELEASES = ['v0.5.5', 'v0.5.6', 'v0.6.0']
const RENDER_COMMIT = 'Render the release YAMLs of the examples'
let temp: { dir: string; cleanup: () => void }

beforeAll(() => {
  temp = makeTempDir('bpfman-fixture')
})
afterAll(() => temp.cleanup())

/** `git ls-tree` of the script at `ref` in the bare remote: "<mode> blob <id>\t<path>", or ''. */
async function scriptEntry(remote: FixtureGit, ref: string): Promise<string> {
  return (await remote.exec(['ls-tree', ref, RELEASE_YAMLS_SCRIPT_PATH])).trim()
}

async function subjects(remote: FixtureGit): Promise<string[]> {
  return (await remote.exec(['log', '--format=%s', 'main'])).trim().split('\n')
}

describe("the bpfman fixture's release YAML target", () => {
  it("'every-release': every release tag's tree has the script, executable, and no extra render commit", async () => {
    const fixture = await createBpfmanFixture(join(temp.dir, 'every'), {
      releaseYamls: 'every-release'
    })
    const remote = new FixtureGit(fixture.remoteDir)
    for (const tag of RELEASES)
      expect(await scriptEntry(remote, tag)).toMatch(
        new RegExp(`^100755 blob [0-9a-f]{40}\\t${RELEASE_YAMLS_SCRIPT_PATH}$`)
      )
    expect(await subjects(remote)).not.toContain(RENDER_COMMIT)

    // A clone of the oldest tag runs the target as the examples' Makefile says.
    const clone = join(temp.dir, 'every-v0.5.5')
    await run('git', ['clone', '--quiet', '--branch', 'v0.5.5', fixture.remoteDir, clone], {
      cwd: temp.dir
    })
    await run('make', ['build-release-yamls'], { cwd: join(clone, 'examples') })
    expect(readdirSync(join(clone, 'examples/release-v0.5.5'))).toContain(
      'go-xdp-counter-install.yaml'
    )
  })

  it('true: one render commit after the last release, and no release tag has the script', async () => {
    const fixture = await createBpfmanFixture(join(temp.dir, 'after'), { releaseYamls: true })
    const remote = new FixtureGit(fixture.remoteDir)
    for (const tag of RELEASES) expect(await scriptEntry(remote, tag)).toBe('')
    expect((await subjects(remote)).filter((subject) => subject === RENDER_COMMIT)).toHaveLength(1)
    expect(await scriptEntry(remote, 'main')).toMatch(/^100755 blob /)
  })
})
