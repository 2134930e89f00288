import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Git } from '../../src/effects/git.js'
import { makeTempDir } from '../support/tmp.js'

// commitFiles writes the commit with one fast-import, modes from the parent's
// listing: its tree must be the one git's own index makes of the same files.
describe('Git.commitFiles', () => {
  const { dir, cleanup } = makeTempDir('git-commit-files')
  afterAll(cleanup)
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  const identity = { name: 'Release Bot', email: 'bot@example.com' }

  it('makes the tree git add would: modes kept, new folders, untouched entries as they were', async () => {
    git('init', '--quiet', '--initial-branch=main')
    write('Cargo.toml', 'version = "0.6.0"\n')
    write('scripts/release.sh', 'echo 0.6.0\n')
    chmodSync(join(dir, 'scripts/release.sh'), 0o755)
    write('examples/config/v0.6.0/app/kustomization.yaml', 'newTag: v0.6.0\n')
    write('docs/a b/guide.md', 'v0.6.0 é\n')
    write('z-last.txt', 'kept\n')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'base')
    const parent = git('rev-parse', 'HEAD')

    const files = [
      { path: 'Cargo.toml', content: 'version = "0.6.1"\n' },
      { path: 'scripts/release.sh', content: 'echo 0.6.1\n' },
      { path: 'examples/config/v0.6.1/app/kustomization.yaml', content: 'newTag: v0.6.1\n' },
      { path: 'examples/config/v0.6.1-selinux/app/kustomization.yaml', content: 'x: 1\n' },
      { path: 'docs/a b/guide.md', content: 'v0.6.1 é\n' },
      { path: 'changelogs/CHANGELOG-v0.6.1.md', content: '# v0.6.1\n' }
    ]
    const made = await new Git(dir).commitFiles(parent, files, 'Release v0.6.1\n', identity)

    // The same files through git's index, in the work tree.
    for (const file of files) write(file.path, file.content)
    git('add', '.')
    expect(made.tree).toBe(git('write-tree'))
    expect(git('rev-parse', `${made.commit}^{tree}`)).toBe(made.tree)
    expect(git('rev-parse', `${made.commit}^`)).toBe(parent)
    expect(git('ls-tree', made.commit, 'scripts/release.sh').split(' ')[0]).toBe('100755')
    expect(git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%B', made.commit)).toBe(
      'Release Bot <bot@example.com>|Release Bot <bot@example.com>|Release v0.6.1'
    )
    // Nothing moved: no branch, no index of the checkout.
    expect(git('rev-parse', 'HEAD')).toBe(parent)
  })

  it('keeps no ref, and quotes the paths fast-import would misread', async () => {
    const parent = git('rev-parse', 'HEAD')
    const refsBefore = git('for-each-ref')
    const files = [
      { path: '"quoted".md', content: 'a\n' },
      { path: 'back\\slash/tab\tname', content: 'b\n' },
      { path: 'new line\n.txt', content: '' }
    ]
    const made = await new Git(dir).commitFiles(parent, files, 'Odd paths\n', identity)
    expect(git('ls-tree', '-r', '--name-only', '-z', made.commit).split('\0')).toEqual(
      expect.arrayContaining(files.map((file) => file.path))
    )
    for (const file of files) {
      expect(
        execFileSync('git', ['cat-file', 'blob', `${made.commit}:${file.path}`], {
          cwd: dir,
          encoding: 'utf8'
        })
      ).toBe(file.content)
    }
    expect(git('for-each-ref')).toBe(refsBefore)
  })

  it('says when git refuses the commit', async () => {
    await expect(
      new Git(dir).commitFiles(
        git('rev-parse', 'HEAD'),
        [{ path: 'a/', content: 'x' }],
        'm\n',
        identity
      )
    ).rejects.toThrow(
      /git -c fastimport.unpackLimit=0 fast-import .* failed with exit code 128:\n.*Empty path component/s
    )
  })

  it('refuses a path outside the repository or inside .git/, and writes nothing', async () => {
    const parent = git('rev-parse', 'HEAD')
    const objects = git('count-objects', '-v')
    for (const path of [
      '../outside/Makefile',
      'a/../../b',
      '/etc/passwd',
      '.git/hooks/pre-commit',
      'x/.GIT/config'
    ]) {
      await expect(
        new Git(dir).commitFiles(parent, [{ path, content: 'x\n' }], 'bad\n', identity)
      ).rejects.toThrow(`refusing to commit ${JSON.stringify(path)}`)
    }
    expect(git('count-objects', '-v')).toBe(objects)
  })
})
