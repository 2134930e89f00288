import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { registerFixtureRepo } from '../../../sandbox/fixtures/github.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { runActionProcess, type ActionRun } from '../../../sandbox/run-action.js'
import { makeTempDir } from '../../support/tmp.js'

const ENTRY = fileURLToPath(new URL('../../../actions/prepare-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../../actions/prepare-release/action.yml', import.meta.url)
)
const TOKEN = 'ghs_prepare_test_token'

let emulator: GitHubEmulator
let temp: { dir: string; cleanup: () => void }
let workDir: string
let remoteDir: string

beforeEach(async () => {
  temp = makeTempDir('prepare-action')
  const fixture = await createBpfmanFixture(temp.dir, { newExamples: ['go-tcx-counter'] })
  workDir = fixture.workDir
  remoteDir = fixture.remoteDir
  emulator = await startGitHubEmulator({ token: TOKEN })
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman', remoteDir)
})
afterEach(async () => {
  await emulator.close()
  temp.cleanup()
})

function prepare(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runActionProcess({
    entry: ENTRY,
    actionYml: ACTION_YML,
    cwd: workDir,
    inputs: {
      version: '0.6.1',
      token: TOKEN,
      repository: 'bpfman/bpfman',
      'manifest-path': join(temp.dir, 'manifest.json'),
      ...inputs
    },
    env: { GITHUB_API_URL: emulator.url }
  })
}

const pullsOf = () =>
  emulator.state.pulls.filter((pull) => pull.repoKey === 'bpfman/bpfman' && pull.state === 'open')

describe('prepare-release action', () => {
  it('pushes one signed-off commit on release-v0.6.1 and opens one labelled pull request', async () => {
    const run = await prepare()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const pulls = pullsOf()
    expect(pulls).toHaveLength(1)
    const [pull] = pulls
    expect(pull.title).toBe('Release v0.6.1')
    expect(pull.head.ref).toBe('release-v0.6.1')
    expect(pull.base.ref).toBe('main')
    expect(pull.labels).toEqual(['release'])
    expect(pull.body).toContain('docs/developer-guide/api-spec.md:3')

    expect(run.outputs).toEqual({
      version: '0.6.1',
      tag: 'v0.6.1',
      'previous-tag': 'v0.6.0',
      branch: 'release-v0.6.1',
      'pr-number': String(pull.number),
      'pr-url': `https://github.com/bpfman/bpfman/pull/${pull.number}`,
      'changelog-path': 'changelogs/CHANGELOG-v0.6.1.md',
      'manifest-path': join(temp.dir, 'manifest.json')
    })
    expect(run.summary).toContain(
      `- Pull request: https://github.com/bpfman/bpfman/pull/${pull.number}`
    )
    expect(run.summary).toContain('### Left alone, please review (3)')

    const remote = new FixtureGit(remoteDir)
    const tip = (await remote.exec(['rev-parse', 'refs/heads/release-v0.6.1'])).trim()
    expect(await remote.exec(['rev-parse', 'refs/heads/release-v0.6.1^'])).toBe(
      await remote.exec(['rev-parse', 'main'])
    )
    expect(await remote.exec(['log', '-1', '--format=%B', tip])).toContain(
      'Signed-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
    )
    const changelog = await remote.exec(['show', `${tip}:changelogs/CHANGELOG-v0.6.1.md`])
    expect(changelog).toBe(
      [
        'The v0.6.1 release is a patch release. The changes since v0.6.0 are listed below.',
        '',
        "## What's Changed",
        '* Fix the tc dispatcher priority on reload by @anfredette in https://github.com/bpfman/bpfman/pull/1501',
        '* Add go-tcx-counter example by @dave-tucker in https://github.com/bpfman/bpfman/pull/1502',
        '* docs: explain the BPFMAN_REL variable by @new-contributor in https://github.com/bpfman/bpfman/pull/1503',
        '',
        '## New Contributors',
        '* @anfredette made their first contribution in https://github.com/bpfman/bpfman/pull/1501',
        '* @dave-tucker made their first contribution in https://github.com/bpfman/bpfman/pull/1502',
        '* @new-contributor made their first contribution in https://github.com/bpfman/bpfman/pull/1503',
        '',
        '**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.6.0...v0.6.1',
        ''
      ].join('\n')
    )
    const manifest = JSON.parse(readFileSync(join(temp.dir, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({
      schema: 2,
      repository: 'bpfman/bpfman',
      version: '0.6.1',
      tag: 'v0.6.1',
      previousTag: 'v0.6.0',
      prerelease: false,
      base: 'main',
      prepare: {
        branch: 'release-v0.6.1',
        commit: tip,
        pr: { number: pull.number },
        changelogPath: 'changelogs/CHANGELOG-v0.6.1.md'
      }
    })
  })

  it('a rerun changes nothing: same commit, the same pull request, no second label', async () => {
    expect((await prepare()).status).toBe(0)
    const remote = new FixtureGit(remoteDir)
    const tip = await remote.exec(['rev-parse', 'refs/heads/release-v0.6.1'])
    const requestsBefore = emulator.state.requests.length
    const again = await prepare()
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/unchanged\s+commit/)
    expect(again.stdout).toMatch(/unchanged\s+push/)
    expect(again.stdout).toMatch(/unchanged\s+open the pull request/)
    expect(await remote.exec(['rev-parse', 'refs/heads/release-v0.6.1'])).toBe(tip)
    expect(pullsOf()).toHaveLength(1)
    const writes = emulator.state.requests
      .slice(requestsBefore)
      .filter((r) => r.method !== 'GET' && !r.path.endsWith('/generate-notes'))
    expect(writes).toEqual([])
  })

  it.each<[string, string, string | RegExp]>([
    ['the pull request', 'POST', '/repos/bpfman/bpfman/pulls'],
    ['the labels', 'POST', /^\/repos\/bpfman\/bpfman\/issues\/\d+\/labels$/]
  ])(
    'a lost answer at %s: the same run looks it up and finishes, one pull request, labelled',
    async (_step, method, route) => {
      const fault = emulator.failNext(method, route, 502, { afterHandling: true })
      const run = await prepare()
      expect(fault.fired).toBe(true)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(pullsOf()).toHaveLength(1)
      expect(pullsOf()[0].labels).toEqual(['release'])
      const again = await prepare()
      expect(again.status).toBe(0)
      expect(pullsOf()).toHaveLength(1)
    }
  )

  it('when main moved on, a rerun replaces its own release commit with one on the new base', async () => {
    expect((await prepare()).status).toBe(0)
    const git = new FixtureGit(workDir)
    await git.exec(['commit', '--quiet', '--allow-empty', '-m', 'Another change'])
    await git.exec(['push', '--quiet', 'origin', 'main'])
    const again = await prepare()
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    const remote = new FixtureGit(remoteDir)
    expect(await remote.exec(['rev-parse', 'refs/heads/release-v0.6.1^'])).toBe(
      await remote.exec(['rev-parse', 'main'])
    )
    expect(pullsOf()).toHaveLength(1)
  })

  it('refuses to overwrite a release branch that holds commits of someone else', async () => {
    const git = new FixtureGit(workDir)
    await git.exec(['checkout', '--quiet', '-b', 'release-v0.6.1'])
    await git.exec(['commit', '--quiet', '--allow-empty', '-m', 'Hand-made release work'])
    await git.exec(['push', '--quiet', 'origin', 'release-v0.6.1'])
    await git.exec(['checkout', '--quiet', 'main'])
    const before = await new FixtureGit(remoteDir).exec(['rev-parse', 'refs/heads/release-v0.6.1'])
    const run = await prepare()
    expect(run.status).toBe(2)
    expect(run.stdout + run.stderr).toContain('that release-actions did not make: ')
    // The summary says what was refused and why, as the log does.
    const error = /^::error::(.*)$/m.exec(run.stdout)?.[1] ?? ''
    expect(error).toContain('that release-actions did not make: ')
    expect(run.summary).toContain('## prepare-release: refused')
    expect(run.summary).toContain(`\`\`\`text\n${error}\n\`\`\``)
    expect(await new FixtureGit(remoteDir).exec(['rev-parse', 'refs/heads/release-v0.6.1'])).toBe(
      before
    )
    expect(pullsOf()).toHaveLength(0)
  })

  it('dry-run plans against the remote, writes the summary, and changes nothing', async () => {
    const refsBefore = await new FixtureGit(remoteDir).exec(['for-each-ref'])
    const run = await prepare({ 'dry-run': 'true' })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('open the pull request release-v0.6.1 -> main')
    expect(run.summary).toContain('(dry run: nothing changed)')
    expect(run.outputs['pr-number']).toBe('')
    expect(await new FixtureGit(remoteDir).exec(['for-each-ref'])).toBe(refsBefore)
    expect(pullsOf()).toHaveLength(0)
  })

  it('a refused run leaves a job summary saying what was refused, why and what to do', async () => {
    const run = await prepare({ version: '6.0.1' })
    expect(run.status).toBe(2)
    const message =
      'version: 6.0.1 skips releases after 0.6.0 (tag v0.6.0), the release it follows on main; the next versions are 0.6.1, 0.7.0, 1.0.0 (or 0.6.1-rc1, 0.7.0-rc1, 1.0.0-rc1). A jump on purpose: allow-jump: true (--allow-jump)'
    expect(run.stdout).toContain(`::error::${message}`)
    expect(run.summary).toBe(
      [
        '## prepare-release: refused',
        '',
        '**Refused, nothing changed** (bad input, exit code 2). What was refused, why, and what to do:',
        '',
        '```text',
        message,
        '```',
        ''
      ].join('\n')
    )
    expect(pullsOf()).toHaveLength(0)
  })

  it('masks the token and fails cleanly on bad input', async () => {
    const run = await prepare({ version: '0.6' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(run.stdout).toContain('::error::version: "0.6" is not a release version')
    expect(pullsOf()).toHaveLength(0)
  })
})
