import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { GitHubClient } from '../../../src/effects/github/client.js'
import {
  GitFixture,
  failure,
  git,
  validatedOperations,
  validatingOctokit,
  type Octokit
} from './helpers.js'

const owner = 'bpfman'
const repo = 'bpfman'

/*
 * GET /repos/{owner}/{repo}/contents/{path} against real git: every answer
 * checked against GitHub's OpenAPI description by the validating Octokit.
 */
describe('GitHub emulator: repository contents', () => {
  let emulator: GitHubEmulator
  let octokit: Octokit
  let fixture: GitFixture
  const bytes = Buffer.from([0xff, 0x00, 0xfe, 0x0a, ...Buffer.from('x'.repeat(100))])

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: 'test-token' })
    octokit = validatingOctokit(emulator.url)
    fixture = await GitFixture.create('bpfman')
    await fixture.commit('v1', {
      '.github/workflows/build.yml': 'name: Build v1\n',
      '.github/workflows/notes.md': 'not a workflow\n'
    })
    await git(
      fixture.work,
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'tag',
      '-a',
      '-m',
      'v0.1.0',
      'v0.1.0'
    )
    await writeFile(join(fixture.work, 'blob.bin'), bytes)
    await symlink('.github/workflows/build.yml', join(fixture.work, 'build-link'))
    await fixture.commit('main', { '.github/workflows/build.yml': 'name: Build main\n' })
    await fixture.push('main', 'v0.1.0')
    emulator.addRepo({ owner, name: repo, gitDir: fixture.bare })
  }, 60_000)

  afterAll(async () => {
    await emulator.close()
    await fixture.remove()
  })

  const get = (path: string, ref?: string) =>
    octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) })

  it('a folder at a tag: its entries; a file: its bytes in base64', async () => {
    const { data } = await get('.github/workflows', 'v0.1.0')
    expect(Array.isArray(data) && data.map((entry) => [entry.name, entry.type])).toEqual([
      ['build.yml', 'file'],
      ['notes.md', 'file']
    ])
    const file = await get('.github/workflows/build.yml', 'v0.1.0')
    expect(file.data).toMatchObject({ type: 'file', encoding: 'base64', size: 15 })
    const binary = (await get('blob.bin')).data as { content: string }
    expect(binary.content.split('\n')[0]).toHaveLength(60)
    expect(Buffer.from(binary.content, 'base64').equals(bytes)).toBe(true)
    expect((await get('build-link')).data).toMatchObject({
      type: 'symlink',
      target: '.github/workflows/build.yml'
    })
    expect(validatedOperations).toContain('repos/get-content 200')
  })

  it("GitHub's 404 for a path that is not there and for a ref that names no commit", async () => {
    expect((await failure(get('.github/missing', 'v0.1.0'))).status).toBe(404)
    const noRef = await failure(get('.github/workflows', 'v9.9.9'))
    expect(noRef).toMatchObject({
      status: 404,
      data: { message: 'No commit found for the ref v9.9.9' }
    })
    expect(validatedOperations).toContain('repos/get-content 404')
  })

  it("the client's folder and text: the default branch when the ref is main, undefined where nothing is", async () => {
    const client = new GitHubClient(octokit as never, { owner, repo })
    expect(await client.contents.text('main', '.github/workflows/build.yml')).toBe(
      'name: Build main\n'
    )
    expect(await client.contents.text('v0.1.0', '.github/workflows/build.yml')).toBe(
      'name: Build v1\n'
    )
    expect(await client.contents.text('v0.1.0', '.github/workflows')).toBeUndefined()
    expect(await client.contents.folder('v0.1.0', '.github/workflows/build.yml')).toBeUndefined()
    expect(await client.contents.folder('v9.9.9', '.github/workflows')).toBeUndefined()
    expect((await client.contents.folder('main', '.github'))?.map((entry) => entry.type)).toEqual([
      'dir'
    ])
  })
})
