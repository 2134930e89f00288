import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { registerFixtureRepo } from '../../../sandbox/fixtures/github.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { runActionProcess } from '../../../sandbox/run-action.js'
import { makeTempDir } from '../../support/tmp.js'

// How the action's output reads: warnings as annotations, the summary's status
// line, and the pull request body with the copied example folders in one line.
const ENTRY = fileURLToPath(new URL('../../../actions/prepare-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../../actions/prepare-release/action.yml', import.meta.url)
)
const TOKEN = 'ghs_reads_token'
const COPIES = 'examples/config/v0.6.1/ and v0.6.1-selinux/'

let temp: { dir: string; cleanup: () => void }
let emulator: GitHubEmulator
let workDir: string
let remoteDir: string

beforeAll(async () => {
  temp = makeTempDir('prepare-reads-action')
  const fixture = await createBpfmanFixture(temp.dir, { newExamples: ['go-tcx-counter'] })
  workDir = fixture.workDir
  remoteDir = fixture.remoteDir
  // A new example whose SELinux base is missing: the plan warns, with the folder.
  rmSync(join(workDir, 'examples/config/selinux/go-tcx-counter'), { recursive: true })
  await fixture.repo.git.exec(['add', '-A'])
  await fixture.repo.git.exec(['commit', '--quiet', '-m', 'Drop the go-tcx-counter SELinux base'])
  await fixture.repo.pushAll()
  emulator = await startGitHubEmulator({ token: TOKEN })
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman', fixture.remoteDir)
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

const prepare = (inputs: Record<string, string> = {}): ReturnType<typeof runActionProcess> =>
  runActionProcess({
    entry: ENTRY,
    actionYml: ACTION_YML,
    cwd: workDir,
    inputs: { version: '0.6.1', token: TOKEN, repository: 'bpfman/bpfman', ...inputs },
    env: { GITHUB_API_URL: emulator.url }
  })

describe('prepare-release action output', () => {
  it('raises the plan warnings as annotations and starts the summary with a status line', async () => {
    const run = await prepare({ 'dry-run': 'true' })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '::warning file=examples/config/v0.6.1-selinux/go-tcx-counter::selinux/go-tcx-counter/ is missing'
    )
    const [heading, , status] = run.summary.split('\n')
    expect(heading).toBe('## prepare-release 0.6.1 (dry run: nothing changed)')
    expect(status).toMatch(
      /^\*\*Dry run, nothing changed\*\*: 26 file changes and 4 steps planned\. Needs a human: 1 warning to check, \d+ lines? left alone to review \(below\)\.$/
    )
    expect(run.summary).toContain(
      `| \`${COPIES}\` | 16 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1 |`
    )
    // The action's log has every diff.
    expect(run.stdout.match(/^\+\+\+ b\//gm)).toHaveLength(26)
  })

  it('writes the copied folders as one line in the commit message and the pull request body', async () => {
    const run = await prepare()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const [pull] = emulator.state.pulls.filter(
      (p) => p.repoKey === 'bpfman/bpfman' && p.head.ref === 'release-v0.6.1'
    )
    expect(pull.body).toContain(
      `- \`${COPIES}\`: 16 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1\n`
    )
    expect(pull.body).toContain(`<details><summary>One of the 16 files of ${COPIES}</summary>`)
    expect(pull.body?.match(/^\+\+\+ b\//gm)).toEqual(['+++ b/'])
    const message = await new FixtureGit(remoteDir).exec([
      'log',
      '-1',
      '--format=%B',
      'refs/heads/release-v0.6.1'
    ])
    expect(message).toContain(
      `\n- ${COPIES}: 16 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1\n`
    )
    expect(message.match(/copied from/g)).toHaveLength(1)
    expect(run.summary.split('\n')[2]).toMatch(/^\*\*Done\*\*: 4 steps, 4 done; 26 file changes\./)
  })
})
