import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { Git } from '../../src/effects/git.js'
import { GitHubClient, createOctokit } from '../../src/effects/github/client.js'
import { FileEdits } from '../../src/release/files.js'
import { type PlanNote } from '../../src/release/plan.js'
import { parseVersion } from '../../src/release/version.js'
import {
  type ChangelogRequest,
  planChangelog,
  readChangelog
} from '../../src/steps/release-notes.js'
import { makeTempDir } from '../support/tmp.js'

// The changelog of a release on real git: v0.6.0, then two merged pull
// requests (one by a first-time contributor); the notes from history
// offline, from the emulator's generate-notes online.

const TOKEN = 'release-notes-token'
let temp: { dir: string; cleanup: () => void }
let repo: FixtureRepo
let emulator: GitHubEmulator
let github: GitHubClient
let head: string
beforeAll(async () => {
  temp = makeTempDir('release-notes-step')
  repo = await FixtureRepo.create(temp.dir, 'bpfman')
  await repo.commit('Initial', { 'README.md': '#\n' })
  await repo.mergePull(1400, 'anfredette', 'An older change', { 'a.rs': 'a\n' })
  await repo.commit('Release v0.6.0', { 'changelogs/CHANGELOG-v0.6.0.md': 'v0.6.0\n' })
  await repo.tag('v0.6.0', true)
  const merged: [number, string, string][] = [
    [1501, 'anfredette', 'Fix the tc dispatcher priority'],
    [1503, 'new-contributor', 'docs: explain BPFMAN_REL']
  ]
  const merges = []
  for (const [number, user, title] of merged)
    merges.push(await repo.mergePull(number, user, title, { [`${number}.md`]: 'x\n' }))
  head = await repo.git.head()
  await repo.pushAll()
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: repo.remoteDir })
  for (const [index, [number, user, title]] of merged.entries())
    emulator.seedMergedPull('bpfman', 'bpfman', {
      number,
      title,
      user,
      headRef: `pr-${number}`,
      baseRef: 'main',
      mergeCommitSha: merges[index]
    })
  github = new GitHubClient(createOctokit(TOKEN, emulator.url), { owner: 'bpfman', repo: 'bpfman' })
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

function request(overrides: Partial<ChangelogRequest> = {}): ChangelogRequest {
  return {
    repoDir: repo.workDir,
    repository: 'bpfman/bpfman',
    changelogDir: 'changelogs',
    offline: true,
    github: undefined,
    summary: undefined,
    git: new Git(repo.workDir),
    baseCommit: head,
    version: parseVersion('0.6.1'),
    previous: parseVersion('0.6.0'),
    ...overrides
  }
}

async function changelog(
  overrides: Partial<ChangelogRequest> = {}
): Promise<{ path: string; changes: ReturnType<FileEdits['changes']>; notes: PlanNote[] }> {
  const { path, files, notes } = await planChangelog(readChangelog(request(overrides)))
  return { path, changes: new FileEdits(repo.workDir).add(files).changes(), notes }
}

describe('the changelog', () => {
  it('offline: the merged pull requests since the previous release, from git history, with new contributors', async () => {
    const { path, changes, notes } = await changelog({ summary: 'A patch release.' })
    expect(path).toBe('changelogs/CHANGELOG-v0.6.1.md')
    expect(notes).toEqual([])
    expect(changes).toHaveLength(1)
    const text = changes[0].after
    expect(text.startsWith('A patch release.\n\n')).toBe(true)
    expect(text).toContain(
      'Fix the tc dispatcher priority by @anfredette in https://github.com/bpfman/bpfman/pull/1501'
    )
    expect(text).toContain('https://github.com/bpfman/bpfman/pull/1503')
    expect(text).not.toContain('An older change')
    expect(text).toMatch(/New Contributors[\s\S]*@new-contributor/)
    expect(text).not.toMatch(/New Contributors[\s\S]*@anfredette made/)
    expect(changes[0].reason).toBe('release notes since v0.6.0')
  })

  it("online: GitHub's generated notes, asked only when the plan asks for them", async () => {
    const before = emulator.requests.length
    const pending = readChangelog(request({ offline: false, github }))
    expect(emulator.requests.length).toBe(before)
    const edits = new FileEdits(repo.workDir).add((await planChangelog(pending)).files)
    const asked = emulator.requests.slice(before).map((r) => `${r.method} ${r.path}`)
    expect(asked).toEqual(['POST /repos/bpfman/bpfman/releases/generate-notes'])
    expect(edits.changes()[0].after).toContain('pull/1503')
  })

  it('a release that has its changelog keeps it, with a note, and reads no notes', async () => {
    const before = emulator.requests.length
    const { path, changes, notes } = await changelog({
      version: parseVersion('0.6.0'),
      previous: undefined,
      offline: false,
      github
    })
    expect(path).toBe('changelogs/CHANGELOG-v0.6.0.md')
    expect(changes).toEqual([])
    expect(notes).toEqual([{ kind: 'info', path, message: 'exists already; kept as it is' }])
    expect(emulator.requests.length).toBe(before)
  })
})
