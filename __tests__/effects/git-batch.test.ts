import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BatchGit, parseBatch } from '../../src/effects/git-batch.js'
import { makeTempDir } from '../support/tmp.js'

describe('BatchGit.readBlobs', () => {
  const { dir, cleanup } = makeTempDir('git-batch')
  afterAll(cleanup)

  it('reads every file of a folder in one cat-file, bytes intact, undefined for what is not there', async () => {
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
    git('init', '--quiet')
    mkdirSync(join(dir, 'bundle/manifests'), { recursive: true })
    const files: Record<string, string> = {
      'bundle/manifests/csv.yaml': 'name: café ✓\nspec: {}\n',
      'bundle/manifests/with space.yaml': 'a: 1\n\n\n',
      'bundle/empty.yaml': '',
      'bundle/metadata.yaml': 'x\ny'
    }
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content)
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'files')

    const batch = new BatchGit(dir)
    const specs = [...Object.keys(files), 'bundle/absent.yaml', 'bundle'].map(
      (path) => `HEAD:${path}`
    )
    expect(await batch.readBlobs(specs)).toEqual([...Object.values(files), undefined, undefined])
    expect(await batch.readBlobs([])).toEqual([])
  })

  it('says so when git answers fewer objects than asked', () => {
    expect(() => parseBatch(Buffer.from('abc missing\n'), 2)).toThrow(/answered 1 of 2/)
  })
})
