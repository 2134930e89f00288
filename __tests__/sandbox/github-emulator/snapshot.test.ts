import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { createOctokit, type Octokit } from '../../../src/effects/github/client.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { FixtureRepo } from '../../../sandbox/fixtures/git-fixture.js'
import { makeTempDir, snapshotDir } from '../../support/tmp.js'

const owner = 'bpfman'
const repo = 'bpfman'
let emulator: GitHubEmulator
let octokit: Octokit

beforeEach(async () => {
  emulator = await startGitHubEmulator({ token: 'test-token' })
  emulator.addRepo({ owner, name: repo })
  octokit = createOctokit('test-token', emulator.url)
})

afterEach(async () => {
  await emulator.close()
})

async function releaseWithAsset(tag: string, content: string): Promise<number> {
  const { data: release } = await octokit.rest.repos.createRelease({
    owner,
    repo,
    tag_name: tag,
    draft: true
  })
  await octokit.rest.repos.uploadReleaseAsset({
    owner,
    repo,
    release_id: release.id,
    url: release.upload_url,
    name: `${tag}.txt`,
    data: content,
    headers: { 'content-type': 'text/plain' }
  } as never)
  return release.id
}

async function download(id: number): Promise<string> {
  const { data: assets } = await octokit.rest.repos.listReleaseAssets({
    owner,
    repo,
    release_id: id
  })
  const response = await fetch(assets[0].url, {
    headers: { authorization: 'token test-token', accept: 'application/octet-stream' }
  })
  return response.text()
}

it('restore puts back the records, ids and requests a snapshot copied, and drops faults', async () => {
  await octokit.rest.issues.createLabel({ owner, repo, name: 'release' })
  const first = await releaseWithAsset('v0.6.0', 'first asset')
  const snapshot = emulator.snapshot()
  const requests = emulator.requests.length

  await octokit.rest.issues.createLabel({ owner, repo, name: 'later' })
  await releaseWithAsset('v0.6.1', 'second asset')
  const unfired = emulator.injectFault({ kind: 'server-error', nth: 1 })
  emulator.restore(snapshot)

  expect(emulator.requests).toHaveLength(requests)
  const { data: labels } = await octokit.rest.issues.listLabelsForRepo({ owner, repo })
  expect(labels.map((label) => label.name)).toEqual(['release'])
  const { data: releases } = await octokit.rest.repos.listReleases({ owner, repo })
  expect(releases.map((release) => release.tag_name)).toEqual(['v0.6.0'])
  expect(await download(first)).toBe('first asset')
  expect(unfired.fired).toBe(false)
  // Ids go on from where the snapshot was, as they would have then.
  const again = await releaseWithAsset('v0.6.1', 'second asset')
  expect(again).toBe(first + 1)

  // The snapshot itself is untouched by what the restored state went through.
  emulator.restore(snapshot)
  const { data: restored } = await octokit.rest.repos.listReleases({ owner, repo })
  expect(restored.map((release) => release.tag_name)).toEqual(['v0.6.0'])
})

it('snapshotDir puts a checkout and its bare remote back as they were', async () => {
  const temp = makeTempDir('snapshot')
  try {
    const repo = await FixtureRepo.create(temp.dir, 'bpfman')
    await repo.commit('First', { 'a.txt': 'a\n' })
    await repo.pushAll()
    const head = await repo.git.exec(['rev-parse', 'HEAD'])
    const snapshot = snapshotDir(temp.dir)
    await repo.commit('Second', { 'b.txt': 'b\n' })
    await repo.pushAll()
    snapshot.restore()
    expect(await repo.git.exec(['rev-parse', 'HEAD'])).toBe(head)
    expect(await new FixtureGit(repo.remoteDir).exec(['rev-parse', 'main'])).toBe(head)
    expect(await repo.git.exec(['status', '--porcelain'])).toBe('')
    snapshot.remove()
  } finally {
    temp.cleanup()
  }
})
