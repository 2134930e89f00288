import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../src/effects/git.js'
import { makeTempDir } from '../support/tmp.js'

// The identity, the remotes and their URLs come from one `git config --list`
// read: each answer must be the one git's own command gives.
describe('Git.config answers', () => {
  const { dir: root, cleanup } = makeTempDir('git-config')
  afterAll(cleanup)
  const home = join(root, 'home')
  const repo = join(root, 'repo')
  mkdirSync(home)
  mkdirSync(repo)
  // A home of its own: the machine's global config stays out of it.
  const isolated = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' }
  const env = { ...process.env, ...isolated }
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', env })
  const gitsAnswer = (...args: string[]): string | undefined => {
    const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env })
    return result.status === 0 ? result.stdout.trim() : undefined
  }
  git('init', '--quiet')
  git('config', '--global', 'user.name', 'Global Name')
  git('config', '--global', 'user.email', 'global@example.com')
  git('config', 'user.name', 'Local Name') // the local scope is read last and wins
  git('remote', 'add', 'origin', 'gh:bpfman/bpfman')
  git('remote', 'add', 'Upper.Dotted', 'https://example.com/a/b.git')
  git('config', '--add', 'remote.Upper.Dotted.url', 'https://second.example.com/a/b.git')
  git('config', 'remote.fetch-only.fetch', '+refs/heads/*:refs/remotes/fetch-only/*')
  git('config', '--global', 'url.https://github.com/.insteadOf', 'gh:')
  git('config', '--global', 'url.https://mirror.example.com/bpfman/.insteadOf', 'gh:bpfman/')
  git('config', 'url.ssh://git@example.com/.insteadOf', 'https://example.com/')

  const opened = (): Git => new Git(repo, isolated)

  it("gives git remote get-url's URL: the first one, the longest insteadOf applied", async () => {
    const reader = opened()
    for (const remote of ['origin', 'Upper.Dotted', 'fetch-only', 'missing', 'upper.dotted']) {
      expect({ remote, url: await reader.remoteUrl(remote) }).toEqual({
        remote,
        url: gitsAnswer('remote', 'get-url', remote)
      })
    }
    expect(await reader.remoteUrl('origin')).toBe('https://mirror.example.com/bpfman/bpfman')
  })

  it('lists the remotes git remote lists', async () => {
    const reader = opened()
    const listed = (gitsAnswer('remote') ?? '').split('\n')
    for (const remote of [...listed, 'missing', 'upper.dotted', 'Upper'])
      expect({ remote, has: await reader.hasRemote(remote) }).toEqual({
        remote,
        has: listed.includes(remote)
      })
  })

  it("takes the identity git commits with: each key's last value", async () => {
    expect(await opened().identity()).toEqual({
      name: gitsAnswer('config', 'user.name'),
      email: gitsAnswer('config', 'user.email')
    })
    expect(await opened().identity()).toEqual({ name: 'Local Name', email: 'global@example.com' })
  })
})
