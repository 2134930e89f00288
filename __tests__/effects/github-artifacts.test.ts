import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import { downloadArtifact, findArtifact, readZip } from '../../src/effects/github/artifacts.js'
import { storedZip } from '../../sandbox/fixtures/go-proxy.js'
import { zipArchive } from '../../sandbox/github/zip.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import {
  failure,
  validatedOperations,
  validatingOctokit
} from '../sandbox/github-emulator/helpers.js'
import { documentedStatuses } from '../support/openapi.js'

const TOKEN = 'test-token'
const repository = { owner: 'bpfman', repo: 'bpfman' }
const manifest = (tag: string): Buffer => Buffer.from(JSON.stringify({ tag, files: ['a'] }))

describe('artifacts through the REST API', () => {
  let emulator: GitHubEmulator
  let runs: number[]

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: TOKEN })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
    runs = [1, 2].map(
      (n) =>
        emulator.state.addWorkflowRun('bpfman', 'bpfman', {
          workflow: 'prepare-release.yml',
          event: 'workflow_dispatch',
          displayTitle: `run ${n}`
        }).id
    )
    emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: runs[0],
      name: 'release-manifest-v0.6.1',
      files: [{ path: 'release-manifest.json', data: manifest('first') }]
    })
    emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: runs[0],
      name: 'other',
      files: [{ path: 'x.txt', data: Buffer.from('x') }]
    })
    emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: runs[1],
      name: 'release-manifest-v0.6.1',
      files: [
        { path: 'release-manifest.json', data: manifest('second') },
        { path: 'notes/CHANGELOG.md', data: Buffer.from('# notes\n'.repeat(200)) }
      ]
    })
  })
  afterAll(() => emulator.close())

  it('lists artifacts newest first, by name, with their workflow run, as GitHub documents', async () => {
    const octokit = validatingOctokit(emulator.url, TOKEN)
    const all = await octokit.rest.actions.listArtifactsForRepo(repository)
    expect(all.data.total_count).toBe(3)
    expect(all.data.artifacts.map((a) => [a.name, a.workflow_run?.id])).toEqual([
      ['release-manifest-v0.6.1', runs[1]],
      ['other', runs[0]],
      ['release-manifest-v0.6.1', runs[0]]
    ])
    const named = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name: 'other' })
    expect(named.data.artifacts.map((a) => a.name)).toEqual(['other'])
    const ofRun = await octokit.rest.actions.listWorkflowRunArtifacts({
      ...repository,
      run_id: runs[0]
    })
    expect(ofRun.data.artifacts.map((a) => a.name)).toEqual(['other', 'release-manifest-v0.6.1'])
    const one = await octokit.rest.actions.getArtifact({
      ...repository,
      artifact_id: all.data.artifacts[0].id
    })
    expect(one.data.archive_download_url).toBe(`${one.data.url}/zip`)
    expect(one.data.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const other = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'bpfman',
      repo: 'bpfman-operator'
    })
    expect(other.data).toEqual({ total_count: 0, artifacts: [] })
    expect(
      (
        await failure(
          octokit.rest.actions.listWorkflowRunArtifacts({
            owner: 'bpfman',
            repo: 'bpfman-operator',
            run_id: runs[0]
          })
        )
      ).status
    ).toBe(404)
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'actions/list-artifacts-for-repo 200',
        'actions/list-workflow-run-artifacts 200',
        'actions/get-artifact 200'
      ])
    )
  })

  it('answers a zip download with a redirect to a URL that needs no credentials', async () => {
    const [artifact] = emulator.state.artifacts
    const api = `${emulator.url}/repos/bpfman/bpfman/actions/artifacts/${artifact.id}/zip`
    expect((await fetch(api, { redirect: 'manual' })).status).toBe(401)
    const redirect = await fetch(api, {
      redirect: 'manual',
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(redirect.status).toBe(302)
    expect(documentedStatuses('GET', new URL(api).pathname)).toContain(302)
    const location = redirect.headers.get('location') ?? ''
    const bytes = Buffer.from(await (await fetch(location)).arrayBuffer())
    expect(readZip(bytes)).toEqual(artifact.files)
    const gone = await fetch(api.replace(/\/zip$/, '/tar'), {
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(gone.status).toBe(404)
    const expired = emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: runs[0],
      name: 'expired',
      files: [{ path: 'x', data: Buffer.from('x') }]
    })
    expired.expired = true
    const octokit = validatingOctokit(emulator.url, TOKEN)
    const answer = await failure(
      octokit.rest.actions.downloadArtifact({
        ...repository,
        artifact_id: expired.id,
        archive_format: 'zip'
      })
    )
    expect(answer.status).toBe(410)
    emulator.state.artifacts.splice(emulator.state.artifacts.indexOf(expired), 1)
  })

  it('finds and downloads the newest artifact of a name, in the repository or one run', async () => {
    const octokit = validatingOctokit(emulator.url, TOKEN)
    const newest = await downloadArtifact(octokit, repository, 'release-manifest-v0.6.1')
    expect(newest?.runId).toBe(runs[1])
    expect(newest?.files.map((f) => [f.path, f.data.length])).toEqual([
      ['release-manifest.json', manifest('second').length],
      ['notes/CHANGELOG.md', 1600]
    ])
    expect(JSON.parse(newest!.files[0].data.toString()).tag).toBe('second')
    const ofFirst = await downloadArtifact(octokit, repository, 'release-manifest-v0.6.1', {
      runId: runs[0]
    })
    expect(JSON.parse(ofFirst!.files[0].data.toString()).tag).toBe('first')
    expect(await findArtifact(octokit, repository, 'release-manifest-v9.9.9')).toBeUndefined()
    emulator.state.artifacts.find((a) => a.runId === runs[1] && a.name !== 'other')!.expired = true
    expect((await findArtifact(octokit, repository, 'release-manifest-v0.6.1'))?.runId).toBe(
      runs[0]
    )
  })

  it('reads stored and deflated entries, skips directories, and refuses damage', () => {
    expect(
      readZip(
        storedZip([
          ['a.txt', 'alpha'],
          ['dir/', ''],
          ['dir/b', 'beta']
        ])
      )
    ).toEqual([
      { path: 'a.txt', data: Buffer.from('alpha') },
      { path: 'dir/b', data: Buffer.from('beta') }
    ])
    const deflated = emulator.state.artifacts.find((a) => a.files.length === 2)!.zip
    expect(deflated.readUInt16LE(8)).toBe(0) // the small manifest is stored
    expect(deflateRawSync(Buffer.from('# notes\n'.repeat(200))).length).toBeLessThan(1600)
    expect(readZip(deflated)[1].data.toString()).toBe('# notes\n'.repeat(200))
    const damaged = Buffer.from(storedZip([['a.txt', 'alpha']]))
    damaged[30 + 5] ^= 0xff
    expect(() => readZip(damaged)).toThrow('a.txt is damaged')
    expect(() => readZip(Buffer.from('not a zip at all, not even close'))).toThrow('not a zip file')
    expect(() => readZip(storedZip([['../evil', 'x']]))).toThrow('points outside the archive')
  })

  it('stops a zip bomb: an entry inflating past what its header says, past the byte limit, or too many entries', () => {
    // 64 MB of zeros deflate to 64 KB; the header then claims 100 bytes (the hole let it inflate in full).
    const bomb = zipArchive([{ path: 'manifest.json', data: Buffer.alloc(64 * 1024 * 1024) }])
    expect(bomb.length).toBeLessThan(128 * 1024)
    const lying = Buffer.from(bomb)
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    lying.writeUInt32LE(100, central + 24)
    expect(() => readZip(lying, 'bomb')).toThrow(
      'bomb: manifest.json inflates past the 100 bytes its header says; it is damaged or a zip bomb'
    )
    expect(() => readZip(bomb, 'bomb', { maxBytes: 1024 * 1024, maxEntries: 10 })).toThrow(
      'bomb: manifest.json inflates past 1048576 bytes, the most this reads'
    )
    const many = storedZip(Array.from({ length: 1001 }, (_, i): [string, string] => [`f${i}`, 'x']))
    expect(() => readZip(many, 'many')).toThrow('many holds 1001 entries, over the 1000 this reads')
  })
})
