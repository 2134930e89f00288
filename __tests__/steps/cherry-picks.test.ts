import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { InputError, ReleaseError } from '../../src/release/errors.js'
import {
  assertVersionOrder,
  parseCherryPicks,
  parseReleaseLine,
  parseVersion
} from '../../src/release/version.js'
import {
  type CherryPickRequest,
  applyCherryPicks,
  describePicks,
  isEarlierReleaseBranch,
  planCherryPicks,
  pullOfCommitOffline,
  pullsOfPicks
} from '../../src/steps/cherry-picks.js'
import { makeTempDir } from '../support/tmp.js'

const RELEASER = { name: 'Release Bot', email: 'release-bot@example.com' }
const PATCH = 'release-v0.6.0-patch'
const lines = (first: string, count = 8): string =>
  [first, ...Array.from({ length: count - 1 }, (_, i) => `line ${i + 2}`)].join('\n') + '\n'

/**
 * main: v0.6.0, PR #1 (a.txt), PR #2 (two commits, b.txt), v0.6.1, PR #3 (c.txt),
 * PR #4 (d.txt), a direct commit (h.txt), PR #5 (e.txt), PR #6 (f.txt), PR #7 (g.txt).
 * release-v0.6.0-patch from v0.6.0: #1's commit picked without -x (same patch id),
 * #4's picked with -x (its trailer), e.txt changed otherwise (so #5 conflicts), and
 * f.txt given #6's change together with another (a different patch id: #6's pick is empty).
 * The checkout ends on main.
 */
interface World {
  repo: FixtureRepo
  git: FixtureGit
  patchTip: string
  pr: Record<number, { merge: string; commits: string[]; title: string }>
  direct: string
}

async function mergePullOfCommits(
  repo: FixtureRepo,
  number: number,
  user: string,
  title: string,
  commits: { message: string; files: Record<string, string> }[]
): Promise<{ merge: string; commits: string[]; title: string }> {
  const branch = `pr-${number}`
  await repo.git.exec(['checkout', '--quiet', '-b', branch])
  const made: string[] = []
  for (const commit of commits) made.push(await repo.commit(commit.message, commit.files))
  await repo.git.exec(['checkout', '--quiet', 'main'])
  await repo.git.exec(
    [
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      `Merge pull request #${number} from ${user}/${branch}`
    ].concat(['-m', title, branch]),
    undefined,
    {
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
      GIT_AUTHOR_NAME: 'Fixture Maintainer',
      GIT_AUTHOR_EMAIL: 'maintainer@example.com'
    }
  )
  await repo.git.exec(['branch', '-D', '--quiet', branch])
  return { merge: await repo.git.head(), commits: made, title }
}

async function buildWorld(root: string): Promise<World> {
  const repo = await FixtureRepo.create(root, 'bpfman')
  const git = repo.git
  await repo.commit('Initial', {
    'a.txt': lines('a'),
    'b.txt': lines('b'),
    'c.txt': lines('c'),
    'd.txt': lines('d'),
    'e.txt': lines('e'),
    'f.txt': lines('f'),
    'g.txt': lines('g')
  })
  await repo.tag('v0.6.0')
  const pr: World['pr'] = {}
  const single = (number: number, user: string, title: string, files: Record<string, string>) =>
    mergePullOfCommits(repo, number, user, title, [{ message: title, files }])
  pr[1] = await single(1, 'alice', 'Fix a', { 'a.txt': lines('a fixed') })
  pr[2] = await mergePullOfCommits(repo, 2, 'bob', 'Fix b in two steps', [
    { message: 'b: first step', files: { 'b.txt': lines('b first') } },
    { message: 'b: second step', files: { 'b.txt': lines('b second') } }
  ])
  await repo.tag('v0.6.1')
  pr[3] = await single(3, 'carol', 'Fix c', { 'c.txt': lines('c fixed') })
  pr[4] = await single(4, 'alice', 'Fix d', { 'd.txt': lines('d fixed') })
  const direct = await repo.commit('A direct commit', { 'h.txt': 'h\n' })
  pr[5] = await single(5, 'dave', 'Fix e', { 'e.txt': lines('e fixed on main') })
  pr[6] = await single(6, 'erin', 'Fix f', { 'f.txt': lines('f fixed') })
  pr[7] = await single(7, 'frank', 'Fix g', { 'g.txt': lines('g fixed') })

  await git.exec(['checkout', '--quiet', '-b', PATCH, 'v0.6.0'])
  await git.exec(['cherry-pick', pr[1].commits[0]])
  await git.exec(['cherry-pick', '-x', pr[4].commits[0]])
  await repo.commit('e: a fix of the patch line', { 'e.txt': lines('e fixed on the patch line') })
  await repo.commit('f and g together', { 'f.txt': lines('f fixed'), 'h2.txt': 'other\n' })
  const patchTip = await git.head()
  await git.exec(['checkout', '--quiet', 'main'])
  await repo.pushAll()
  return { repo, git, patchTip, pr, direct }
}

/** What the throwaway worktrees left in the checkout's git directory (nothing, after each pick). */
function leftovers(): string[] {
  const dir = join(worldDir, '.git', 'release-actions')
  return existsSync(dir) ? readdirSync(dir) : []
}
let worldDir = ''

/** Everything a pick could move: refs, HEAD, the index and work tree, the worktrees. */
async function snapshot(git: FixtureGit): Promise<Record<string, string>> {
  return {
    refs: await git.exec(['for-each-ref', '--format=%(refname) %(objectname)']),
    head: await git.exec(['rev-parse', 'HEAD']),
    symbolic: await git.exec(['symbolic-ref', 'HEAD']),
    status: await git.exec(['status', '--porcelain', '--untracked-files=all']),
    index: await git.exec(['ls-files', '--stage']),
    worktrees: await git.exec(['worktree', 'list', '--porcelain']),
    remote: await new FixtureGit(`${worldDir}/../remotes/bpfman.git`).exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)'
    ])
  }
}

describe('cherry-picks of a patch release, with real git', () => {
  let tmp: { dir: string; cleanup: () => void }
  let world: World
  const request = (refs: string, extra: Partial<CherryPickRequest> = {}): CherryPickRequest => ({
    git: world.git,
    patchBranch: PATCH,
    patchTip: world.patchTip,
    refs: parseCherryPicks(refs),
    mainRef: 'main',
    ...extra
  })

  beforeAll(async () => {
    tmp = makeTempDir('cherry-picks')
    world = await buildWorld(tmp.dir)
    worldDir = world.repo.workDir
  })
  afterAll(() => tmp.cleanup())

  describe('Git', () => {
    it('finds a pull request merge commit offline, by its subject', async () => {
      const { git, pr } = world
      expect(await git.mergeCommitOfPull(2, 'main')).toBe(pr[2].merge)
      expect(await git.mergeCommitOfPull(7, 'main')).toBe(pr[7].merge)
      expect(await git.mergeCommitOfPull(99, 'main')).toBeUndefined()
      // #1 must not match #12-like numbers, nor be found on a branch that lacks it.
      expect(await git.mergeCommitOfPull(1, 'main')).toBe(pr[1].merge)
      expect(await git.mergeCommitOfPull(1, PATCH)).toBeUndefined()
      expect(await git.mergeCommitOfPull(3, 'v0.6.1')).toBeUndefined()
    })

    it('finds a squash merge "Title (#N)" on the first-parent line', async () => {
      const { dir, cleanup } = makeTempDir('squash')
      try {
        const repo = await FixtureRepo.create(dir, 'squash')
        await repo.commit('Initial', { 'a.txt': 'a\n' })
        await repo.commit('Fix the thing (#12)', { 'a.txt': 'b\n' })
        const squash = await repo.git.head()
        await repo.commit('Another (#123)', { 'a.txt': 'c\n' })
        expect(await repo.git.mergeCommitOfPull(12, 'main')).toBe(squash)
        expect(await repo.git.mergeCommitOfPull(1, 'main')).toBeUndefined()
        expect(await pullOfCommitOffline(repo.git, squash, 'main', 'bpfman/bpfman')).toEqual({
          number: 12,
          title: 'Fix the thing',
          author: 'Fixture Maintainer'
        })
      } finally {
        cleanup()
      }
    })

    it('gives a merge commit the patch id of the change it merged (mainline 1)', async () => {
      const { git, pr } = world
      const single = pr[3]
      expect(await git.patchId(single.merge)).toBe(await git.patchId(single.commits[0]))
      expect(await git.patchId(pr[2].merge)).not.toBe(await git.patchId(pr[2].commits[1]))
      expect(await git.patchId(pr[2].merge)).toMatch(/^[0-9a-f]{40}$/)
      const empty = await world.repo.commit('Empty')
      expect(await git.patchId(empty)).toBeUndefined()
      await git.exec(['reset', '--quiet', '--hard', 'HEAD^'])
    })

    it('says where a change already is in a branch', async () => {
      const { git, pr, patchTip } = world
      expect(await git.findChangeInBranch(pr[1].commits[0], patchTip)).toEqual({
        commit: await git.revParse(`${PATCH}~3`),
        how: 'patch-id'
      })
      expect(await git.findChangeInBranch(pr[4].commits[0], patchTip)).toEqual({
        commit: await git.revParse(`${PATCH}~2`),
        how: 'trailer'
      })
      const initial = (await git.revParse('v0.6.0')) as string
      expect(await git.findChangeInBranch(initial, patchTip)).toEqual({
        commit: initial,
        how: 'ancestor'
      })
      expect(await git.findChangeInBranch(pr[3].commits[0], patchTip)).toBeUndefined()
      // f.txt's change is there, but with another one: not the same patch.
      expect(await git.findChangeInBranch(pr[6].commits[0], patchTip)).toBeUndefined()
    })

    it('reads the (cherry picked from commit …) trailer', async () => {
      const { git, pr } = world
      expect(await git.cherryPickedFrom(`${PATCH}~2`)).toEqual([pr[4].commits[0]])
      expect(await git.cherryPickedFrom(`${PATCH}~3`)).toEqual([])
    })

    it('finds the commit that brought a commit into the main line', async () => {
      const { git, pr, direct } = world
      expect(await git.commitThatBrought(pr[2].commits[0], 'main')).toBe(pr[2].merge)
      expect(await git.commitThatBrought(pr[2].commits[1], 'main')).toBe(pr[2].merge)
      expect(await git.commitThatBrought(pr[7].commits[0], 'main')).toBe(pr[7].merge)
      expect(await git.commitThatBrought(pr[5].merge, 'main')).toBe(pr[5].merge)
      expect(await git.commitThatBrought(direct, 'main')).toBe(direct)
      expect(await git.commitThatBrought(world.patchTip, 'main')).toBeUndefined()
    })
  })

  describe('plan', () => {
    it('resolves SHAs and #N offline, skips what the patch branch holds, keeps the order', async () => {
      const { pr } = world
      const plan = await planCherryPicks(
        request(`#2,${pr[3].commits[0].slice(0, 7)},#1,${pr[4].commits[0]}`)
      )
      expect(
        plan.picks.map((pick) => [pick.ref.ref, pick.commit, pick.merge, pick.action])
      ).toEqual([
        ['#2', pr[2].merge, true, 'pick'],
        [pr[3].commits[0].slice(0, 7), pr[3].commits[0], false, 'pick'],
        ['#1', pr[1].merge, true, 'skip'],
        [pr[4].commits[0], pr[4].commits[0], false, 'skip']
      ])
      expect(plan.start).toBe(world.patchTip)
      expect(plan.notes.map((note) => note.message)).toEqual([
        `cherry-pick #1 (${pr[1].merge.slice(0, 12)}) "Merge pull request #1 from alice/pr-1": already in ${PATCH}, as ${(await world.git.revParse(`${PATCH}~3`))?.slice(0, 12)} (same patch id); not picked`,
        `cherry-pick ${pr[4].commits[0].slice(0, 12)} "Fix d": already in ${PATCH}, as ${(await world.git.revParse(`${PATCH}~2`))?.slice(0, 12)} (cherry picked from it); not picked`
      ])
      expect(describePicks(plan)[0]).toBe(
        `pick #2 (${pr[2].merge.slice(0, 12)}) "Merge pull request #2 from bob/pr-2" (merge commit, as mainline 1)`
      )
      expect(describePicks(plan)[2]).toMatch(/^skip \(in release-v0\.6\.0-patch\): #1 /)
    })

    it('resolves #N online through the function it is given', async () => {
      const asked: number[] = []
      const plan = await planCherryPicks(
        request('#3', {
          mergeCommitOfPull: async (number) => {
            asked.push(number)
            return world.pr[3].commits[0]
          }
        })
      )
      expect(asked).toEqual([3])
      expect(plan.picks[0]).toMatchObject({ commit: world.pr[3].commits[0], merge: false })
    })

    it.each([
      ['1234567', 'cherry-pick: 1234567 is not a commit of this repository'],
      ['#99', 'cherry-pick: #99: no commit "Merge pull request #99 from …" (or "… (#99)") on main'],
      ['#8', 'no commit "Merge pull request #8 from …"']
    ])('refuses %s with an InputError and the fix', async (refs, message) => {
      const error = await planCherryPicks(request(refs)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toContain(message)
    })

    it('refuses a pull request that is not merged (online), and one commit named twice', async () => {
      const online = await planCherryPicks(
        request('#3', { mergeCommitOfPull: async () => undefined })
      ).catch((e: unknown) => e)
      expect((online as Error).message).toBe(
        'cherry-pick: #3 is not a merged pull request; give a merged pull request or a commit SHA'
      )
      const twice = await planCherryPicks(request(`#2,${world.pr[2].merge}`)).catch(
        (e: unknown) => e
      )
      expect(twice).toBeInstanceOf(InputError)
      expect((twice as Error).message).toContain(`${world.pr[2].merge} and #2 are the same commit`)
    })
  })

  describe('apply', () => {
    it('makes one signed-off commit per pick on the patch branch tip, moving nothing', async () => {
      const { git, pr, patchTip } = world
      const before = await snapshot(git)
      const plan = await planCherryPicks(request(`#2,${pr[3].commits[0]},#1`))
      const applied = await applyCherryPicks(git, plan, RELEASER)
      expect(await snapshot(git)).toEqual(before)
      expect(leftovers()).toEqual([])

      const made = (await git.log(`${patchTip}..${applied.tip}`, '%H')).reverse()
      expect(made).toHaveLength(2)
      expect(applied.commits).toEqual([
        { ref: '#2', source: pr[2].merge, commit: made[0] },
        { ref: pr[3].commits[0], source: pr[3].commits[0], commit: made[1] }
      ])
      expect(await git.parentsOf(made[0])).toEqual([patchTip])
      // The merge commit went in as the change it merged: both of #2's steps.
      expect(await git.readBlob(made[0], 'b.txt')).toBe(lines('b second'))
      expect(await git.readBlob(applied.tip, 'c.txt')).toBe(lines('c fixed'))
      expect(await git.readBlob(applied.tip, 'e.txt')).toBe(lines('e fixed on the patch line'))

      const message = await git.exec(['log', '-1', '--format=%B', made[1]])
      expect(message).toBe(
        `Fix c\n\nSigned-off-by: Fixture Maintainer <maintainer@example.com>\n(cherry picked from commit ${pr[3].commits[0]})\nSigned-off-by: Release Bot <release-bot@example.com>\n\n`
      )
      expect(await git.exec(['log', '-1', '--format=%an <%ae>|%cn <%ce>', made[1]])).toBe(
        'Fixture Maintainer <maintainer@example.com>|Release Bot <release-bot@example.com>\n'
      )
      expect(await git.cherryPickedFrom(made[0])).toEqual([pr[2].merge])
      expect(await git.patchId(made[1])).toBe(await git.patchId(pr[3].commits[0]))
    })

    it('recognises the picks of an earlier run and does not pick twice', async () => {
      const { git, pr, patchTip } = world
      const refs = `#2,${pr[3].commits[0]}`
      const first = await applyCherryPicks(git, await planCherryPicks(request(refs)), RELEASER)
      // The earlier run's release branch: its picks, then the release commit.
      const release = await git.commitFiles(
        first.tip,
        [{ path: 'Cargo.toml', content: 'version = "0.6.2"\n' }],
        'Release v0.6.2',
        RELEASER
      )
      const rerun = await planCherryPicks(request(refs, { releaseTip: release.commit }))
      expect(rerun.picks.map((pick) => pick.action)).toEqual(['reuse', 'reuse'])
      expect(rerun.start).toBe(first.tip)
      expect(rerun.notes[0].message).toContain('an earlier run picked it as')
      const again = await applyCherryPicks(git, rerun, RELEASER)
      expect(again.tip).toBe(first.tip)
      expect(again.commits).toEqual(first.commits)

      // An earlier run that got as far as the first pick: that one is kept, the second made on it.
      const partial = await planCherryPicks(request(refs, { releaseTip: first.commits[0].commit }))
      expect(partial.picks.map((pick) => pick.action)).toEqual(['reuse', 'pick'])
      const finished = await applyCherryPicks(git, partial, RELEASER)
      expect(await git.parentsOf(finished.tip)).toEqual([first.commits[0].commit])
      expect(finished.commits.map((c) => c.source)).toEqual([pr[2].merge, pr[3].commits[0]])

      // Another order, or a release branch on an older patch tip: picked anew.
      const reordered = await planCherryPicks(
        request(`${pr[3].commits[0]},#2`, { releaseTip: release.commit })
      )
      expect(reordered.picks.map((pick) => pick.action)).toEqual(['pick', 'pick'])
      // The patch branch moved since the earlier run: every pick is made again on its new tip.
      const moved = await git.commitFiles(
        patchTip,
        [{ path: 'x.txt', content: 'x\n' }],
        'Another fix of the patch line',
        RELEASER
      )
      const onMoved = await planCherryPicks(
        request(refs, { releaseTip: release.commit, patchTip: moved.commit })
      )
      expect(onMoved.picks.map((pick) => pick.action)).toEqual(['pick', 'pick'])
      expect(onMoved.start).toBe(moved.commit)
    })

    it("tells an earlier run's release branch from someone else's", async () => {
      const { git, pr, patchTip } = world
      const picks = await applyCherryPicks(
        git,
        await planCherryPicks(request(`#2,${pr[3].commits[0]}`)),
        RELEASER
      )
      const release = async (parent: string, subject = 'Release v0.6.2') =>
        (
          await git.commitFiles(
            parent,
            [{ path: 'Cargo.toml', content: '0.6.2\n' }],
            subject,
            RELEASER
          )
        ).commit
      expect(
        await isEarlierReleaseBranch(git, patchTip, await release(picks.tip), 'Release v0.6.2')
      ).toBe(true)
      expect(
        await isEarlierReleaseBranch(git, patchTip, await release(patchTip), 'Release v0.6.2')
      ).toBe(true)
      // On an older patch tip, with the patch branch moved on since: still ours.
      const moved = (
        await git.commitFiles(patchTip, [{ path: 'x.txt', content: 'x\n' }], 'More', RELEASER)
      ).commit
      expect(
        await isEarlierReleaseBranch(git, moved, await release(picks.tip), 'Release v0.6.2')
      ).toBe(true)
      expect(
        await isEarlierReleaseBranch(
          git,
          patchTip,
          await release(picks.tip, 'Other'),
          'Release v0.6.2'
        )
      ).toBe(false)
      const stranger = (
        await git.commitFiles(picks.tip, [{ path: 'y.txt', content: 'y\n' }], 'Mine', RELEASER)
      ).commit
      expect(
        await isEarlierReleaseBranch(git, patchTip, await release(stranger), 'Release v0.6.2')
      ).toBe(false)
    })

    it('stops at a conflict naming the REF, its commit and the files, with nothing changed', async () => {
      const { git, pr } = world
      const before = await snapshot(git)
      const plan = await planCherryPicks(request(`${pr[3].commits[0]},#5,#7`))
      const error = await applyCherryPicks(git, plan, RELEASER).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ReleaseError)
      expect((error as Error).message).toBe(
        `cherry-pick #5 (${pr[5].merge.slice(0, 12)}) "Merge pull request #5 from dave/pr-5" conflicts with ${PATCH} (${world.patchTip.slice(0, 12)}) in e.txt; nothing was committed. Land a backport of it on ${PATCH} (or leave it out of cherry-pick) and rerun`
      )
      expect(await snapshot(git)).toEqual(before)
      expect(before.worktrees.match(/^worktree /gm)).toHaveLength(1)
      expect(leftovers()).toEqual([])
    })

    it('leaves out a pick whose change turns out to be there already', async () => {
      const { git, pr } = world
      const plan = await planCherryPicks(request(`#6,#7`))
      expect(plan.picks.map((pick) => pick.action)).toEqual(['pick', 'pick'])
      const applied = await applyCherryPicks(git, plan, RELEASER)
      expect(applied.commits.map((c) => c.ref)).toEqual(['#7'])
      expect(applied.notes).toEqual([
        {
          kind: 'skipped',
          message: `cherry-pick #6 (${pr[6].merge.slice(0, 12)}) "Merge pull request #6 from erin/pr-6": its change is already in ${PATCH}; nothing to commit, left out`
        }
      ])
      expect(await git.parentsOf(applied.tip)).toEqual([world.patchTip])
    })

    it("runs none of the checkout's hooks", async () => {
      const hooks = join(world.repo.workDir, '.git', 'hooks')
      const marker = join(tmp.dir, 'hook-ran')
      for (const hook of ['post-checkout', 'prepare-commit-msg', 'commit-msg', 'post-commit']) {
        writeFileSync(join(hooks, hook), `#!/bin/sh\necho ${hook} >> '${marker}'\n`, {
          mode: 0o755
        })
      }
      try {
        const plan = await planCherryPicks(request(world.pr[3].commits[0]))
        const applied = await applyCherryPicks(world.git, plan, RELEASER)
        expect(applied.commits).toHaveLength(1)
        expect(existsSync(marker)).toBe(false)
      } finally {
        for (const hook of ['post-checkout', 'prepare-commit-msg', 'commit-msg', 'post-commit'])
          rmSync(join(hooks, hook))
      }
    })

    it('returns the patch branch tip when every pick is skipped', async () => {
      const plan = await planCherryPicks(request('#1'))
      expect(await applyCherryPicks(world.git, plan, RELEASER)).toEqual({
        tip: world.patchTip,
        commits: [],
        notes: []
      })
    })
  })

  describe('the changelog input', () => {
    it('reads each pick back to its pull request through the trailer (offline)', async () => {
      const { git, pr, direct } = world
      const picks = await applyCherryPicks(
        git,
        await planCherryPicks(request(`#2,${pr[3].commits[0]}`)),
        RELEASER
      )
      const { pulls, notes } = await pullsOfPicks(
        git,
        [...picks.commits.map((c) => c.commit), direct],
        { mainRef: 'main', repository: 'bpfman/bpfman' }
      )
      expect(pulls).toEqual([
        { number: 2, title: 'Fix b in two steps', author: 'bob' },
        { number: 3, title: 'Fix c', author: 'carol' }
      ])
      expect(notes).toEqual([
        {
          kind: 'info',
          message: `${direct.slice(0, 12)} "A direct commit" came from no pull request on main; the changelog does not list it`
        }
      ])
    })

    it('takes planned picks (no trailer yet) as their own sources, and asks online when told', async () => {
      const { git, pr } = world
      const offline = await pullsOfPicks(git, [pr[2].commits[1], pr[7].merge, pr[2].merge], {
        mainRef: 'main',
        repository: 'bpfman/bpfman'
      })
      expect(offline.pulls.map((pull) => pull.number)).toEqual([2, 7])
      const asked: string[] = []
      const online = await pullsOfPicks(git, [pr[3].commits[0]], {
        mainRef: 'main',
        repository: 'bpfman/bpfman',
        pullOfCommit: async (sha) => {
          asked.push(sha)
          return { number: 3, title: 'Fix c (from the API)', author: 'carol' }
        }
      })
      expect(asked).toEqual([pr[3].commits[0]])
      expect(online.pulls[0].title).toBe('Fix c (from the API)')
    })
  })

  it('composes the way prepare uses it: line, version order, picks, release commit, changelog', async () => {
    const { git, pr } = world
    const tags = await git.tags()
    const line = parseReleaseLine(
      { base: 'main', patchOf: 'v0.6.0', cherryPick: `#2,${pr[3].commits[0].slice(0, 8)},#1` },
      tags
    )
    expect(line.base).toBe(PATCH)
    const mergedTags = await git.tagsMergedInto(line.base)
    expect(() => assertVersionOrder(parseVersion('0.6.1'), mergedTags, tags, line.base)).toThrow(
      'version: tag v0.6.1 already exists: 0.6.1 is released; choose 0.6.2'
    )
    expect(() =>
      assertVersionOrder(parseVersion('0.6.2'), mergedTags, tags, line.base)
    ).not.toThrow()

    const patchTip = (await git.revParse(line.base)) as string
    const plan = await planCherryPicks({
      git,
      patchBranch: line.base,
      patchTip,
      refs: line.picks,
      mainRef: 'main'
    })
    const picks = await applyCherryPicks(git, plan, RELEASER)
    const release = await git.commitFiles(
      picks.tip,
      [{ path: 'Cargo.toml', content: 'version = "0.6.2"\n' }],
      'Release v0.6.2',
      RELEASER
    )
    expect(await isEarlierReleaseBranch(git, patchTip, release.commit, 'Release v0.6.2')).toBe(true)
    const { pulls } = await pullsOfPicks(
      git,
      picks.commits.map((pick) => pick.commit),
      { mainRef: 'main', repository: 'bpfman/bpfman' }
    )
    expect(pulls.map((pull) => `#${pull.number} ${pull.title} by @${pull.author}`)).toEqual([
      '#2 Fix b in two steps by @bob',
      '#3 Fix c by @carol'
    ])
    expect([...plan.notes, ...picks.notes].map((note) => note.kind)).toEqual(['skipped'])
  })
})
