import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { runCli } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'

// How a maintainer's dry run reads: no token needed, a plan that fits a screen or two.
let temp: { dir: string; cleanup: () => void }
let workDir: string
let remoteDir: string

beforeAll(async () => {
  temp = makeTempDir('prepare-reads')
  await createBpfmanFixture(temp.dir, { newExamples: ['go-tcx-counter'] })
  workDir = join(temp.dir, 'bpfman')
  remoteDir = join(temp.dir, 'remotes', 'bpfman.git')
})

afterAll(() => temp.cleanup())

const prepare = (...flags: string[]): ReturnType<typeof runCli> =>
  runCli(['prepare', '--repo', workDir, '--version', '0.6.1', ...flags])

describe('bpfman-release prepare --dry-run without a token', () => {
  it('plans the push and the pull request, with the changelog from git history', async () => {
    const before = await repoSnapshot(workDir, remoteDir)
    for (const flags of [['--dry-run', '--offline'], ['--dry-run']]) {
      const result = await prepare(...flags)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('[git] push release-v0.6.1 to origin')
      expect(result.stdout).toContain('[github] open the pull request release-v0.6.1 -> main')
      expect(result.stdout).toContain('add    changelogs/CHANGELOG-v0.6.1.md')
    }
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
  })

  it('still refuses a real run without one, naming the variable', async () => {
    const result = await prepare('--offline')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('GITHUB_TOKEN: not set')
  })

  it('a dry run that must read GitHub to plan names the token and the request', async () => {
    const result = await runCli(['tag', '--repo', workDir, '--version', '0.6.0', '--dry-run'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(
      /GITHUB_TOKEN: not set, and this dry run needs GitHub to plan \(GET \/repos\/bpfman\/bpfman\/pulls\?head=/
    )
  })
})

describe('the printed plan of a bpfman release', () => {
  it("shows each edited file's diff and one for each group of copied files", async () => {
    const result = await prepare('--no-push', '--offline', '--dry-run')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '  add    examples/config/v0.6.1/ and v0.6.1-selinux/: 16 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1\n'
    )
    // The new example is its own line: the program its patch targets is its own.
    expect(result.stdout).toContain(
      '  add    examples/config/v0.6.1/go-tcx-counter/kustomization.yaml: new example go-tcx-counter, in the layout of v0.6.0/go-tc-counter/kustomization.yaml, patch target TcxProgram go-tcx-counter-example from base/go-tcx-counter/bytecode.yaml\n'
    )
    expect(result.stdout.match(/^\+\+\+ b\/.*$/gm)).toEqual([
      '+++ b/Cargo.lock',
      '+++ b/Cargo.toml',
      '+++ b/RELEASE.md',
      '+++ b/bpfman/src/lib.rs',
      '+++ b/changelogs/CHANGELOG-v0.6.1.md',
      '+++ b/docs/getting-started/running-release.md',
      '+++ b/docs/quick-start.md',
      '+++ b/examples/Makefile',
      '+++ b/examples/config/v0.6.1/go-app-counter/kustomization.yaml',
      '+++ b/examples/config/v0.6.1-selinux/go-tcx-counter/kustomization.yaml',
      '+++ b/examples/config/v0.6.1/go-tcx-counter/kustomization.yaml'
    ])
    expect(result.stdout).toContain(
      'One of the 16 files of examples/config/v0.6.1/ and v0.6.1-selinux/:\n--- /dev/null\n+++ b/examples/config/v0.6.1/go-app-counter/kustomization.yaml\n'
    )
    expect(result.stdout).toContain("Every file's diff, with 15 more copied files: add --diffs.")
    expect(result.stdout).not.toMatch(/\(\S[^()]*\([^()]*\)[^()]*\)/)
  })

  it('--diffs shows every diff', async () => {
    const result = await prepare('--no-push', '--offline', '--dry-run', '--diffs')
    expect(result.status).toBe(0)
    expect(result.stdout.match(/^\+\+\+ b\//gm)).toHaveLength(26)
    expect(result.stdout).toContain(
      '+++ b/examples/config/v0.6.1/go-tcx-counter/kustomization.yaml'
    )
  })
})
