import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { InputError } from '../../src/release/errors.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { checkoutSettings, githubClientFor } from '../../src/steps/settings.js'
import { makeTempDir } from '../support/tmp.js'

// The settings every phase reads the same way, on a real checkout whose
// remote URL names a GitHub repository, and a client sent to the emulator.

let temp: { dir: string; cleanup: () => void }
let repo: FixtureRepo
let emulator: GitHubEmulator
const saved = process.env.GITHUB_API_URL
beforeAll(async () => {
  temp = makeTempDir('settings-step')
  repo = await FixtureRepo.create(temp.dir, 'bpfman')
  await repo.commit('Initial', { 'README.md': '#\n' })
  await repo.git.exec(['remote', 'add', 'upstream', 'https://github.com/someone/bpfman-fork.git'])
  emulator = await startGitHubEmulator({ token: 'settings-token' })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  process.env.GITHUB_API_URL = emulator.url
})
afterAll(async () => {
  process.env.GITHUB_API_URL = saved
  await emulator.close()
  temp.cleanup()
})

const settings = (values: Record<string, string>) =>
  checkoutSettings(inputsFrom({ 'working-directory': repo.workDir, ...values }), 'bpfman/bpfman')

describe('checkoutSettings', () => {
  it('pushing to origin by default; the repository given, else from the remote URL, else the fallback', async () => {
    const plain = await settings({})
    expect(plain).toMatchObject({
      repoDir: repo.workDir,
      remote: 'origin',
      fetchRemote: 'origin',
      repository: 'bpfman/bpfman',
      offline: false,
      dryRun: false,
      identity: undefined,
      configFile: undefined
    })
    expect((await settings({ remote: 'upstream' })).repository).toBe('someone/bpfman-fork')
    expect((await settings({ remote: 'upstream', repository: 'bpfman/other' })).repository).toBe(
      'bpfman/other'
    )
  })

  it('no-push pushes nothing and works offline; a dry run without a token is offline too', async () => {
    expect(await settings({ 'no-push': 'true' })).toMatchObject({
      remote: undefined,
      fetchRemote: 'origin',
      offline: true
    })
    expect((await settings({ 'dry-run': 'true' })).offline).toBe(true)
    expect((await settings({ 'dry-run': 'true', token: 't' })).offline).toBe(false)
  })

  it('a committer needs both the name and the email', async () => {
    expect((await settings({ 'committer-name': 'Bot' })).identity).toBeUndefined()
    expect(
      (await settings({ 'committer-name': 'Bot', 'committer-email': 'bot@example.com' })).identity
    ).toEqual({ name: 'Bot', email: 'bot@example.com' })
  })

  it('bad input is refused before anything runs, naming the input', async () => {
    await expect(
      checkoutSettings(inputsFrom({ 'working-directory': join(temp.dir, 'nowhere') }), 'a/b')
    ).rejects.toMatchObject({ input: 'working-directory' })
    await expect(settings({ remote: 'missing' })).rejects.toThrow(
      'remote: ' + `${repo.workDir} has no remote "missing"`
    )
    await expect(settings({ 'no-push': 'maybe' })).rejects.toBeInstanceOf(InputError)
  })
})

describe('githubClientFor', () => {
  it('not needed: no client', () => {
    expect(
      githubClientFor(inputsFrom({}), emulator.url, 'bpfman/bpfman', false, 'x')
    ).toBeUndefined()
  })

  it('a needed token that is missing is bad input, naming what it is for', () => {
    expect(() =>
      githubClientFor(
        inputsFrom({}),
        emulator.url,
        'bpfman/bpfman',
        true,
        'the pull request needs it'
      )
    ).toThrow('token: not set; the pull request needs it')
  })

  it('with the token: a client of the repository that reaches the API', async () => {
    const github = githubClientFor(
      inputsFrom({ token: 'settings-token' }),
      emulator.url,
      'bpfman/bpfman',
      true,
      'x'
    )
    expect(await github?.releases.list()).toEqual([])
  })

  it('a dry run without a token plans, and a request it would send is refused naming the token', async () => {
    const github = githubClientFor(
      inputsFrom({ 'dry-run': 'true' }),
      emulator.url,
      'bpfman/bpfman',
      true,
      'give a token to read the releases'
    )
    const before = emulator.requests.length
    await expect(github?.releases.list()).rejects.toThrow(
      'token: not set, and this dry run needs GitHub to plan (GET /repos/bpfman/bpfman/releases'
    )
    expect(emulator.requests.length).toBe(before)
  })
})
