import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../src/effects/git.js'
import { makeTempDir } from '../support/tmp.js'

// Git.status reads --porcelain=v2 --branch (the changes and what is checked out
// in one process): its changes must be the lines git's own v1 format shows.
describe('Git.status', () => {
  const { dir, cleanup } = makeTempDir('git-status')
  afterAll(cleanup)
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8'
    })
  const v1 = (): string[] =>
    git('status', '--porcelain', '--untracked-files=normal').split('\n').filter(Boolean)

  it('has no commit and no changes in a new repository', async () => {
    git('init', '--quiet', '--initial-branch=main')
    expect(await new Git(dir).status()).toEqual({ changes: [], head: undefined, branch: 'main' })
  })

  it('shows each kind of change as the v1 format does', async () => {
    writeFileSync(join(dir, 'kept file.txt'), 'a\n')
    writeFileSync(join(dir, 'renamed.txt'), 'r\n'.repeat(20))
    writeFileSync(join(dir, 'deleted.txt'), 'd\n')
    git('add', '.')
    git('commit', '--quiet', '-m', 'base')
    writeFileSync(join(dir, 'kept file.txt'), 'b\n') // modified, not staged, a space in the name
    git('mv', 'renamed.txt', 'new name.txt') // renamed, staged
    git('rm', '--quiet', 'deleted.txt')
    mkdirSync(join(dir, 'dir'))
    writeFileSync(join(dir, 'dir', 'untracked.txt'), 'u\n')
    writeFileSync(join(dir, 'added.txt'), 'n\n')
    git('add', 'added.txt')
    writeFileSync(join(dir, 'added.txt'), 'n2\n') // staged, then modified

    const status = await new Git(dir).status()
    expect(status.changes.sort()).toEqual(v1().sort())
    expect(status.changes.length).toBe(5)
    expect(status.head).toBe(git('rev-parse', 'HEAD').trim())
    expect(status.branch).toBe('main')
  })

  it('has no branch when HEAD is detached', async () => {
    git('stash', '--quiet', '--include-untracked')
    git('checkout', '--quiet', '--detach')
    const status = await new Git(dir).status()
    expect(status).toEqual({
      changes: [],
      head: git('rev-parse', 'HEAD').trim(),
      branch: undefined
    })
  })

  it('takes a status read ahead once; the next status reads the tree again', async () => {
    const reader = new Git(dir)
    reader.readStatusAhead()
    reader.readStatusAhead() // a second call starts no second read
    expect((await reader.status()).changes).toEqual([])
    writeFileSync(join(dir, 'later.txt'), 'l\n')
    expect((await reader.status()).changes).toEqual(['?? later.txt'])
  })

  it('reports a read ahead that failed at the status call, as a read there would', async () => {
    const outside = makeTempDir('git-status-none')
    try {
      const reader = new Git(outside.dir)
      reader.readStatusAhead()
      await new Promise((resolve) => setTimeout(resolve, 50)) // the read fails meanwhile, unobserved
      await expect(reader.status()).rejects.toThrow(/not a git repository/)
    } finally {
      outside.cleanup()
    }
  })
})
