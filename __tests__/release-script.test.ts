import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('../scripts/release.sh', import.meta.url))
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

function repository(): { work: string; remote: string; commit: (name: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'release-script-'))
  const remote = join(root, 'remote.git')
  const work = join(root, 'work')
  git(root, 'init', '--quiet', '--bare', remote)
  git(root, 'clone', '--quiet', remote, work)
  git(work, 'config', 'user.name', 'test')
  git(work, 'config', 'user.email', 'test@example.com')
  const commit = (name: string): string => {
    writeFileSync(join(work, name), name)
    git(work, 'add', name)
    git(work, 'commit', '--quiet', '-m', name)
    return git(work, 'rev-parse', 'HEAD')
  }
  return { work, remote, commit }
}
const release = (cwd: string, version: string) =>
  spawnSync('bash', [SCRIPT, version], { cwd, encoding: 'utf8' })
const remoteTag = (remote: string, tag: string): string =>
  git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`)

describe('scripts/release.sh', () => {
  it('tags vX.Y.Z, moves the major tag, and refuses what would break v1 users', () => {
    const { work, remote, commit } = repository()
    const first = commit('a')
    expect(release(work, '1.0.0').status).toBe(0)
    expect(remoteTag(remote, 'v1.0.0')).toBe(first)
    expect(remoteTag(remote, 'v1')).toBe(first)

    const second = commit('b')
    expect(release(work, 'v1.1.0').status).toBe(0)
    expect(remoteTag(remote, 'v1.1.0')).toBe(second)
    expect(remoteTag(remote, 'v1')).toBe(second)
    // A rerun on the same commit changes nothing.
    expect(release(work, '1.1.0').status).toBe(0)
    expect(remoteTag(remote, 'v1')).toBe(second)

    commit('c')
    const breaking = release(work, '2.0.0')
    expect(breaking.status).toBe(1)
    expect(breaking.stderr).toContain('breaking change')
    const backwards = release(work, '1.0.5')
    expect(backwards.status).toBe(1)
    expect(backwards.stderr).toContain('not above the latest release v1.1.0')
    const moved = release(work, '1.1.0')
    expect(moved.status).toBe(1)
    expect(moved.stderr).toContain('tags are never moved')
    expect(release(work, '1.2').status).toBe(1)
    expect(remoteTag(remote, 'v1')).toBe(second)
  })
})
