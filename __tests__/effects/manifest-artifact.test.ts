import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fetchManifestArtifact,
  type ManifestArtifactRequest
} from '../../src/effects/manifest-artifact.js'
import { defaultManifestPath } from '../../src/effects/manifest-file.js'
import { InputError } from '../../src/release/errors.js'
import { extendManifest, type ReleaseManifest } from '../../src/release/manifest.js'
import { parseVersion } from '../../src/release/version.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../sandbox/github/index.js'
import { validatedOperations, validatingOctokit } from '../sandbox/github-emulator/helpers.js'

const TOKEN = 'test-token'
const NAME = 'release-manifest-bpfman-bpfman-v0.6.1'
const manifestOf = (repository: string, version: string, base = 'release-0.6'): ReleaseManifest =>
  extendManifest(
    undefined,
    { repository, version: parseVersion(version, 'version'), previousTag: 'v0.6.0', base },
    {}
  )
const manifest = manifestOf('bpfman/bpfman', '0.6.1')
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))

describe('the manifest from an artifact', () => {
  let emulator: GitHubEmulator
  let dir: string
  const octokit = (): ReturnType<typeof validatingOctokit> => validatingOctokit(emulator.url, TOKEN)
  const request = (fields: Partial<ManifestArtifactRequest> = {}): ManifestArtifactRequest => ({
    name: NAME,
    repository: 'bpfman/bpfman',
    version: '',
    givenPath: '',
    manifestPath: () => join(dir, 'manifest.json'),
    ...fields
  })
  /** A run of `workflow` uploading `files` as the artifact NAME. */
  const upload = (
    run: Parameters<GitHubEmulator['state']['addWorkflowRun']>[2],
    data: Buffer,
    name = NAME
  ): number => {
    const id = emulator.state.addWorkflowRun('bpfman', 'bpfman', run).id
    emulator.state.addArtifact('bpfman', 'bpfman', {
      runId: id,
      name,
      files: [{ path: 'release-manifest.json', data }]
    })
    return id
  }
  const tagRelease = {
    workflow: 'tag-release.yml',
    event: 'pull_request',
    headBranch: 'release-v0.6.1'
  }

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ token: TOKEN })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
    emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
    emulator.addRepo({ owner: 'mallory', name: 'bpfman' })
    Object.assign(emulator.state.repoByKey('mallory/bpfman'), {
      fork: true,
      parent: 'bpfman/bpfman'
    })
    emulator.state.forks.push({ parent: 'bpfman/bpfman', fork: 'mallory/bpfman' })
  })
  afterAll(async () => emulator.close())
  beforeEach(() => {
    emulator.state.artifacts.length = 0
    dir = mkdtempSync(join(tmpdir(), 'manifest-artifact-'))
  })

  it('downloads the newest artifact of the name in another repository and writes it where the phase reads it', async () => {
    upload(tagRelease, json(manifest))
    const notes = await fetchManifestArtifact(octokit(), request())
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest)
    expect(notes).toEqual([expect.objectContaining({ kind: 'info' })])
    expect(notes[0].message).toContain('bpfman/bpfman v0.6.1')
  })

  it('leaves a manifest-path that holds a file alone', async () => {
    upload(tagRelease, json(manifest))
    const path = join(dir, 'given.json')
    writeFileSync(path, 'kept')
    const notes = await fetchManifestArtifact(octokit(), request({ givenPath: path }))
    expect(notes).toEqual([])
    expect(readFileSync(path, 'utf8')).toBe('kept')
  })

  it('says so in a note when there is no such artifact', async () => {
    const notes = await fetchManifestArtifact(
      octokit(),
      request({
        name: 'release-manifest-bpfman-bpfman-operator-v9.9.9',
        repository: 'bpfman/bpfman-operator'
      })
    )
    expect(notes).toEqual([expect.objectContaining({ kind: 'warning' })])
    expect(notes[0].message).toContain('No release manifest')
  })

  it("passes over a newer artifact of the name that a fork's pull request uploaded, and takes the release run's", async () => {
    const release = upload(tagRelease, json(manifest))
    // The fork's CI runs in bpfman/bpfman on its pull request and uploads a manifest of the same name.
    const forged = manifestOf('bpfman/bpfman', '0.6.1', 'forged-base')
    const fork = upload(
      {
        workflow: 'ci.yml',
        event: 'pull_request',
        headBranch: 'main',
        headRepository: 'mallory/bpfman'
      },
      json(forged)
    )
    const notes = await fetchManifestArtifact(octokit(), request({ version: '0.6.1' }))
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).base).toBe('release-0.6')
    expect(notes.map((note) => note.kind)).toEqual(['warning', 'info'])
    expect(notes[0].message).toContain(
      `run ${fork} (.github/workflows/ci.yml, pull_request) ran mallory/bpfman's code`
    )
    expect(notes[1].message).toContain(`run ${release}`)
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'actions/get-workflow-run 200',
        'actions/list-artifacts-for-repo 200'
      ])
    )
  })

  it('takes nothing when only untrusted runs uploaded the name: a fork, a feature branch, another event', async () => {
    upload(
      {
        workflow: 'ci.yml',
        event: 'pull_request',
        headBranch: 'main',
        headRepository: 'mallory/bpfman'
      },
      json(manifest)
    )
    upload({ workflow: 'ci.yml', event: 'pull_request', headBranch: 'feature' }, json(manifest))
    upload({ workflow: 'ci.yml', event: 'pull_request_target', headBranch: 'main' }, json(manifest))
    const notes = await fetchManifestArtifact(octokit(), request())
    expect(readdirSync(dir)).toEqual([])
    expect(notes.map((note) => note.message.replace(/\d+/g, 'N'))).toEqual([
      expect.stringContaining('was started by pull_request_target'),
      expect.stringContaining('ran on feature, not on vN.N.N, release-vN.N.N, main'),
      expect.stringContaining("ran mallory/bpfman's code"),
      expect.stringContaining('No release manifest')
    ])
  })

  it('refuses a manifest of another release, or one whose repository would lead the path out of RUNNER_TEMP, and writes nothing', async () => {
    const temp = join(dir, 'runner-temp')
    mkdirSync(temp)
    {
      const traversal = { ...manifest, repository: 'bpfman/bpfman/../../escaped' }
      upload(tagRelease, json(traversal))
      const error = await fetchManifestArtifact(
        octokit(),
        request({ manifestPath: (repository, tag) => defaultManifestPath(temp, repository, tag) })
      ).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toContain(
        'is the manifest of "bpfman/bpfman/../../escaped" "v0.6.1", not of bpfman/bpfman v0.6.1'
      )
      expect(readdirSync(dir)).toEqual(['runner-temp'])
      expect(readdirSync(temp)).toEqual([])

      upload(tagRelease, json(manifestOf('bpfman/bpfman', '0.6.0')))
      await expect(
        fetchManifestArtifact(octokit(), request({ version: 'v0.6.1' }))
      ).rejects.toThrow('is the manifest of "bpfman/bpfman" "v0.6.0", not of bpfman/bpfman v0.6.1')
      expect(existsSync(join(dir, 'manifest.json'))).toBe(false)
    }
  })

  it('takes nothing from an artifact whose name does not say the release when no version is given', async () => {
    upload(tagRelease, json(manifest), 'release-manifest')
    const notes = await fetchManifestArtifact(octokit(), request({ name: 'release-manifest' }))
    expect(readdirSync(dir)).toEqual([])
    expect(notes).toEqual([expect.objectContaining({ kind: 'warning' })])
    expect(notes[0].message).toContain('the name release-manifest does not say the release')
    await fetchManifestArtifact(octokit(), request({ name: 'release-manifest', version: '0.6.1' }))
    expect(readdirSync(dir)).toEqual(['manifest.json'])
  })

  it('refuses a manifest over 1 MB, inflating no more than that of it', async () => {
    // 2 MB of spaces deflate to a few KB: the zip GitHub serves is small.
    const padded = Buffer.concat([
      json(manifest).subarray(0, -1),
      Buffer.from(`,"x":"${' '.repeat(2 * 1024 * 1024)}"}`)
    ])
    upload(tagRelease, padded)
    expect(emulator.state.artifacts[0].zip.length).toBeLessThan(16 * 1024)
    await expect(fetchManifestArtifact(octokit(), request())).rejects.toThrow(
      `artifact ${NAME} (${emulator.state.artifacts[0].id}): release-manifest.json inflates past 1048576 bytes, the most this reads`
    )
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('defaultManifestPath', () => {
  it('builds the path only from an owner/name and a release tag', () => {
    expect(defaultManifestPath('/runner/temp', 'bpfman/bpfman', 'v0.6.1')).toBe(
      '/runner/temp/release-manifest-bpfman-bpfman-v0.6.1.json'
    )
    expect(() =>
      defaultManifestPath('/runner/temp', 'bpfman/bpfman/../../../../tmp/x', 'v0.6.1')
    ).toThrow('"bpfman/bpfman/../../../../tmp/x" is not owner/name')
    expect(() => defaultManifestPath('/runner/temp', 'bpfman/bpfman', 'v0.6.1/../../x')).toThrow(
      '"v0.6.1/../../x" is not a release tag'
    )
  })
})
