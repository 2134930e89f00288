import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getOctokit } from '@actions/github'
import { fetchManifestArtifact } from '../../src/effects/manifest-artifact.js'
import { extendManifest } from '../../src/release/manifest.js'
import { parseVersion } from '../../src/release/version.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'

const TOKEN = 'test-token'
const manifest = extendManifest(
  undefined,
  {
    repository: 'bpfman/bpfman',
    version: parseVersion('0.6.1', 'version'),
    previousTag: 'v0.6.0',
    base: 'release-0.6'
  },
  {}
)

describe('the manifest from an artifact', () => {
  let emulator: GitHubEmulator
  let dir: string
  const octokit = (): ReturnType<typeof getOctokit> => getOctokit(TOKEN, { baseUrl: emulator.url })

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: TOKEN })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
    const run = emulator.state.addWorkflowRun('bpfman', 'bpfman', {
      workflow: 'tag-release.yml',
      event: 'pull_request',
      displayTitle: 'tag'
    }).id
    emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: run,
      name: 'release-manifest-bpfman-bpfman-v0.6.1',
      files: [{ path: 'release-manifest.json', data: Buffer.from(JSON.stringify(manifest)) }]
    })
    dir = mkdtempSync(join(tmpdir(), 'manifest-artifact-'))
  })
  afterAll(async () => emulator.close())

  it('downloads the newest artifact of the name in another repository and writes it where the phase reads it', async () => {
    const path = join(dir, 'from-artifact.json')
    const notes = await fetchManifestArtifact(octokit(), {
      name: 'release-manifest-bpfman-bpfman-v0.6.1',
      repository: 'bpfman/bpfman',
      givenPath: '',
      manifestPath: () => path
    })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(manifest)
    expect(notes).toEqual([expect.objectContaining({ kind: 'info' })])
    expect(notes[0].message).toContain('bpfman/bpfman v0.6.1')
  })

  it('leaves a manifest-path that holds a file alone', async () => {
    const path = join(dir, 'given.json')
    writeFileSync(path, 'kept')
    const notes = await fetchManifestArtifact(octokit(), {
      name: 'release-manifest-bpfman-bpfman-v0.6.1',
      repository: 'bpfman/bpfman',
      givenPath: path,
      manifestPath: () => path
    })
    expect(notes).toEqual([])
    expect(readFileSync(path, 'utf8')).toBe('kept')
  })

  it('says so in a note when there is no such artifact', async () => {
    const notes = await fetchManifestArtifact(octokit(), {
      name: 'release-manifest-bpfman-bpfman-v9.9.9',
      repository: 'bpfman/bpfman-operator',
      givenPath: '',
      manifestPath: () => join(dir, 'none.json')
    })
    expect(notes).toEqual([expect.objectContaining({ kind: 'warning' })])
    expect(notes[0].message).toContain('No release manifest')
  })
})
