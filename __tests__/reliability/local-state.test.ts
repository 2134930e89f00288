import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { runCli } from '../support/cli.js'
import { TOKEN, removeTemplates, startMergedWorld } from '../phases/tag-release/world.js'

// The CLI runs in a maintainer's own clone: it changes nothing there that it
// did not make. Their local tags are never moved by a fetch, and their other
// worktrees keep their records, even while a worktree's folder is away.

afterAll(removeTemplates)

const tag = (workDir: string, apiUrl: string, pr: number) =>
  runCli(
    [...['tag', '--repo', workDir, '--pr', String(pr)], ...['--dispatch-workflow', 'publish.yml']],
    { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: apiUrl }
  )

describe("bpfman-release leaves a maintainer's local state alone", () => {
  it('a local tag that differs from the remote one is never moved: the run refuses, naming it', async () => {
    const { world, pr } = await startMergedWorld()
    try {
      const git = new FixtureGit(world.workDir)
      const remoteTag = (await git.exec(['rev-parse', 'refs/tags/v0.6.0'])).trim()
      // The maintainer's own v0.6.0, on another commit (a tag they made by hand, say).
      await git.exec(['tag', '--force', 'v0.6.0', 'HEAD~1'])
      const mine = (await git.exec(['rev-parse', 'refs/tags/v0.6.0'])).trim()
      expect(mine).not.toBe(remoteTag)

      const run = await tag(world.workDir, world.emulator.url, pr)
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('the local tag v0.6.0 of this checkout differs from origin')
      expect(run.stderr).toContain('git tag -d v0.6.0')
      expect((await git.exec(['rev-parse', 'refs/tags/v0.6.0'])).trim()).toBe(mine)
      expect(world.emulator.state.releases).toHaveLength(0)
    } finally {
      await world.cleanup()
    }
  })

  it("a maintainer's worktree whose folder is away keeps its record (no worktree prune)", async () => {
    const { world, pr } = await startMergedWorld()
    try {
      const git = new FixtureGit(world.workDir)
      const theirs = join(world.workDir, '..', 'their-worktree')
      await git.exec(['worktree', 'add', '--quiet', '--detach', theirs, 'HEAD'])
      // On a drive that is not mounted now: git would prune it, as stale.
      renameSync(theirs, `${theirs}-away`)
      const record = join(world.workDir, '.git', 'worktrees', 'their-worktree')
      expect(existsSync(record)).toBe(true)

      const run = await tag(world.workDir, world.emulator.url, pr)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(existsSync(record)).toBe(true)
      // Its own throwaway worktrees are gone.
      const listed = await git.exec(['worktree', 'list', '--porcelain'])
      expect(listed.match(/^worktree /gm)).toHaveLength(2)
      renameSync(`${theirs}-away`, theirs)
      expect((await new FixtureGit(theirs).exec(['rev-parse', 'HEAD'])).trim()).toBeTruthy()
    } finally {
      await world.cleanup()
    }
  })
})
