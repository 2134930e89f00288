import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import { validateResponse } from '../../support/openapi.js'
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

describe('GitHub emulator: releases, assets and generated notes', () => {
  let emulator: GitHubEmulator
  let octokit: Octokit
  let fixture: GitFixture

  /** A pull request by `token`'s user, merged through the API; returns its merge commit. */
  async function mergedPull(token: string, branch: string, title: string): Promise<string> {
    await git(fixture.work, 'pull', '--quiet', 'origin', 'main')
    await fixture.pushBranch(branch, { [`${branch}.txt`]: `${title}\n` })
    const author = validatingOctokit(emulator.url, token)
    const pull = await author.rest.pulls.create({ owner, repo, head: branch, base: 'main', title })
    return emulator.mergePull(owner, repo, pull.data.number)
  }

  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      token: 'test-token',
      tokens: { 'alice-token': 'alice', 'bob-token': 'bob', 'carol-token': 'carol' }
    })
    octokit = validatingOctokit(emulator.url)
    fixture = await GitFixture.create('bpfman')
    await fixture.commit('initial', { 'README.md': 'bpfman\n' })
    await fixture.push('main')
    emulator.addRepo({ owner, name: repo, gitDir: fixture.bare })
  })

  afterAll(async () => {
    await emulator.close()
    await fixture.remove()
  })

  describe('generate-notes', () => {
    let v060: string

    beforeAll(async () => {
      await mergedPull('alice-token', 'first', 'Add the loader')
      v060 = await fixture.bareGit('rev-parse', 'main')
      await fixture.bareGit('tag', 'v0.6.0', v060)
      await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v0.6.0' })
      await mergedPull('bob-token', 'second', 'Fix the dispatcher image tag')
      await mergedPull('alice-token', 'third', 'Bump aya to 0.13')
    })

    it("writes GitHub's format for the pull requests merged between the tags", async () => {
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo,
        tag_name: 'v0.6.1',
        target_commitish: 'main',
        previous_tag_name: 'v0.6.0'
      })
      expect(data).toEqual({
        name: 'v0.6.1',
        body: [
          "## What's Changed",
          '* Fix the dispatcher image tag by @bob in https://github.com/bpfman/bpfman/pull/2',
          '* Bump aya to 0.13 by @alice in https://github.com/bpfman/bpfman/pull/3',
          '',
          '## New Contributors',
          '* @bob made their first contribution in https://github.com/bpfman/bpfman/pull/2',
          '',
          '**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.6.0...v0.6.1'
        ].join('\n')
      })
    })

    it('starts from the previous published release when previous_tag_name is not given', async () => {
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo,
        tag_name: 'v0.6.1'
      })
      expect(data.body).toContain('/pull/2')
      expect(data.body).not.toContain('/pull/1\n')
      expect(data.body).toMatch(/compare\/v0\.6\.0\.\.\.v0\.6\.1$/)
    })

    it('stops at the target and includes pull requests seeded by a test', async () => {
      const afterBob = await fixture.bareGit('rev-parse', 'main~1')
      const direct = await fixture.bareGit('rev-parse', 'main~1^2')
      emulator.seedMergedPull(owner, repo, {
        number: 40,
        title: 'Seeded change',
        user: 'dave',
        mergeCommitSha: direct
      })
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo,
        tag_name: 'v0.6.1',
        target_commitish: afterBob,
        previous_tag_name: 'v0.6.0'
      })
      expect(data.body).not.toContain('Bump aya')
      expect(data.body).toContain(
        '* Seeded change by @dave in https://github.com/bpfman/bpfman/pull/40'
      )
      expect(data.body).toContain(
        '* @dave made their first contribution in https://github.com/bpfman/bpfman/pull/40'
      )
    })

    it('lists everyone as new and links the commits for a first release; refuses an unknown previous tag', async () => {
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo,
        tag_name: 'v0.6.0'
      })
      expect(data.body).toBe(
        [
          "## What's Changed",
          '* Add the loader by @alice in https://github.com/bpfman/bpfman/pull/1',
          '',
          '## New Contributors',
          '* @alice made their first contribution in https://github.com/bpfman/bpfman/pull/1',
          '',
          '**Full Changelog**: https://github.com/bpfman/bpfman/commits/v0.6.0'
        ].join('\n')
      )
      const unknown = await failure(
        octokit.rest.repos.generateReleaseNotes({
          owner,
          repo,
          tag_name: 'v0.6.1',
          previous_tag_name: 'v0.1.0'
        })
      )
      expect(unknown.status).toBe(422)
    })

    it('uses every merged pull request when the repository has no gitDir', async () => {
      emulator.addRepo({ owner, name: 'no-git' })
      emulator.seedMergedPull(owner, 'no-git', { title: 'One', user: 'dependabot[bot]' })
      emulator.seedMergedPull(owner, 'no-git', { title: 'Two', user: 'erin' })
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo: 'no-git',
        tag_name: 'v1.1.0',
        previous_tag_name: 'v1.0.0'
      })
      expect(data.body).toBe(
        [
          "## What's Changed",
          '* One by @dependabot in https://github.com/bpfman/no-git/pull/1',
          '* Two by @erin in https://github.com/bpfman/no-git/pull/2',
          '',
          '## New Contributors',
          '* @dependabot made their first contribution in https://github.com/bpfman/no-git/pull/1',
          '* @erin made their first contribution in https://github.com/bpfman/no-git/pull/2',
          '',
          '**Full Changelog**: https://github.com/bpfman/no-git/compare/v1.0.0...v1.1.0'
        ].join('\n')
      )
    })
  })

  describe('release lifecycle', () => {
    let draftId: number

    it('creates a draft that is not visible by tag', async () => {
      const created = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v0.6.1',
        name: 'v0.6.1',
        body: 'notes',
        draft: true
      })
      expect(created.status).toBe(201)
      expect(created.data).toMatchObject({
        draft: true,
        published_at: null,
        tarball_url: null,
        tag_name: 'v0.6.1'
      })
      expect(created.data.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]+$/)
      expect(created.data.upload_url).toBe(
        `${emulator.url}/repos/bpfman/bpfman/releases/${created.data.id}/assets{?name,label}`
      )
      draftId = created.data.id

      expect(
        await failure(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v0.6.1' }))
      ).toMatchObject({
        status: 404
      })
      const listed = await octokit.rest.repos.listReleases({ owner, repo })
      expect(listed.data.map((release) => [release.tag_name, release.draft])).toEqual([
        ['v0.6.1', true],
        ['v0.6.0', false]
      ])
      expect(
        (await octokit.rest.repos.getRelease({ owner, repo, release_id: draftId })).data.draft
      ).toBe(true)
      expect(await fixture.bareGit('tag', '--list', 'v0.6.1')).toBe('')
    })

    it('uploads assets through upload_url, refuses a repeated name, and replaces by delete + upload', async () => {
      const { data: release } = await octokit.rest.repos.getRelease({
        owner,
        repo,
        release_id: draftId
      })
      const upload = (name: string, content: string) =>
        octokit.rest.repos.uploadReleaseAsset({
          owner,
          repo,
          release_id: draftId,
          url: release.upload_url,
          name,
          data: content,
          headers: { 'content-type': 'application/yaml' }
        })
      const first = await upload('bpfman-crds-install.yaml', 'kind: CustomResourceDefinition\n')
      expect(first.status).toBe(201)
      expect(first.data).toMatchObject({
        name: 'bpfman-crds-install.yaml',
        size: 31,
        state: 'uploaded',
        content_type: 'application/yaml'
      })
      expect(first.data.digest).toMatch(/^sha256:[0-9a-f]{64}$/)

      const repeated = await failure(upload('bpfman-crds-install.yaml', 'other'))
      expect(repeated).toMatchObject({
        status: 422,
        data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] }
      })

      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: first.data.id })
      const replaced = await upload(
        'bpfman-crds-install.yaml',
        'kind: CustomResourceDefinition # v2\n'
      )
      expect(replaced.data.id).not.toBe(first.data.id)
      const assets = await octokit.rest.repos.listReleaseAssets({
        owner,
        repo,
        release_id: draftId
      })
      expect(assets.data.map((asset) => [asset.name, asset.size])).toEqual([
        ['bpfman-crds-install.yaml', 36]
      ])
      expect(emulator.state.assets.map((asset) => asset.data.toString())).toEqual([
        'kind: CustomResourceDefinition # v2\n'
      ])

      // GitHub renames special characters; uploading with baseUrl alone reaches the same route.
      const renamed = await octokit.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: draftId,
        baseUrl: emulator.url,
        name: 'operator bundle.yaml',
        data: 'bundle\n'
      })
      expect(renamed.data.name).toBe('operator.bundle.yaml')
    })

    it('serves asset metadata, and the bytes for Accept: application/octet-stream', async () => {
      const [asset] = emulator.state.assetsOf(draftId)
      const meta = await octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id })
      expect(meta.data.browser_download_url).toMatch(
        /\/bpfman\/bpfman\/releases\/download\/untagged-[0-9a-f]+\/bpfman-crds-install\.yaml$/
      )
      const bytes = await octokit.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' }
      })
      expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe(
        'kind: CustomResourceDefinition # v2\n'
      )
    })

    it('publishes a draft: published_at, the tag at the target in git, visible by tag and as latest', async () => {
      const main = await fixture.bareGit('rev-parse', 'main')
      const published = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: draftId,
        draft: false
      })
      expect(published.data.draft).toBe(false)
      expect(published.data.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      expect(published.data.html_url).toBe('https://github.com/bpfman/bpfman/releases/tag/v0.6.1')
      expect(await fixture.bareGit('rev-parse', 'v0.6.1')).toBe(main)

      const byTag = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v0.6.1' })
      expect(byTag.data.id).toBe(draftId)
      expect((await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe(
        'v0.6.1'
      )

      const download = await fetch(published.data.assets[0].browser_download_url)
      expect(await download.text()).toBe('kind: CustomResourceDefinition # v2\n')
    })

    it('refuses a second published release for a tag, but allows drafts', async () => {
      const second = await failure(
        octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v0.6.1' })
      )
      expect(second).toMatchObject({
        status: 422,
        data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] }
      })
      const draft = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v0.6.1',
        draft: true
      })
      const publishing = await failure(
        octokit.rest.repos.updateRelease({ owner, repo, release_id: draft.data.id, draft: false })
      )
      expect(publishing.status).toBe(422)
      expect(
        await octokit.rest.repos.deleteRelease({ owner, repo, release_id: draft.data.id })
      ).toMatchObject({
        status: 204
      })
      expect(
        await failure(octokit.rest.repos.getRelease({ owner, repo, release_id: draft.data.id }))
      ).toMatchObject({
        status: 404
      })
    })

    it('moves latest as make_latest says: default true, false, legacy, and never to a prerelease', async () => {
      const latest = async () =>
        (await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name
      await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v0.5.9',
        make_latest: 'false'
      })
      expect(await latest()).toBe('v0.6.1')
      await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v0.7.0-rc1',
        prerelease: true
      })
      expect(await latest()).toBe('v0.6.1')
      const old = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v0.5.8' })
      expect(await latest()).toBe('v0.5.8')
      await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: old.data.id,
        make_latest: 'legacy'
      })
      expect(await latest()).toBe('v0.6.1')
      await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: old.data.id,
        make_latest: 'true'
      })
      expect(await latest()).toBe('v0.5.8')
      await octokit.rest.repos.deleteRelease({ owner, repo, release_id: old.data.id })
      expect(await latest()).toBe('v0.6.1')
    })

    it('freezes the assets of a published release when the repository has immutable releases', async () => {
      emulator.state.setImmutableReleases(owner, repo, true)
      const draft = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v0.6.2',
        draft: true
      })
      const upload = (name: string) =>
        octokit.rest.repos.uploadReleaseAsset({
          owner,
          repo,
          release_id: draft.data.id,
          url: draft.data.upload_url,
          name,
          data: name
        })
      const onDraft = await upload('before.yaml')
      expect(onDraft.status).toBe(201)
      const published = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: draft.data.id,
        draft: false
      })
      expect(published.data.immutable).toBe(true)

      expect(await failure(upload('after.yaml'))).toMatchObject({
        status: 422,
        data: { message: 'Cannot upload assets to an immutable release.' }
      })
      expect(
        await failure(
          octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: onDraft.data.id })
        )
      ).toMatchObject({
        status: 422
      })
      expect(emulator.state.assetsOf(draft.data.id).map((asset) => asset.name)).toEqual([
        'before.yaml'
      ])
      const edited = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: draft.data.id,
        body: 'edited'
      })
      expect(edited.data.body).toBe('edited')
      emulator.state.setImmutableReleases(owner, repo, false)
    })
  })

  it('shows drafts only to callers with credentials', async () => {
    const open = await startGitHubEmulator()
    try {
      open.addRepo({ owner, name: repo })
      const authed = validatingOctokit(open.url)
      const draft = await authed.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v1.0.0',
        draft: true
      })
      await authed.rest.repos.createRelease({ owner, repo, tag_name: 'v0.9.0' })
      const anonymous = await fetch(`${open.url}/repos/${owner}/${repo}/releases`)
      const body = (await anonymous.json()) as { tag_name: string }[]
      expect(body.map((release) => release.tag_name)).toEqual(['v0.9.0'])
      expect(validateResponse('GET', `/repos/${owner}/${repo}/releases`, 200, body)).toEqual([])
      expect(
        (await fetch(`${open.url}/repos/${owner}/${repo}/releases/${draft.data.id}`)).status
      ).toBe(404)
      expect((await authed.rest.repos.listReleases({ owner, repo })).data).toHaveLength(2)
    } finally {
      await open.close()
    }
  })

  it('validated every response it checked against the OpenAPI description', () => {
    expect([...validatedOperations]).toEqual(
      expect.arrayContaining([
        'repos/generate-release-notes 200',
        'repos/create-release 201',
        'repos/create-release 422',
        'repos/list-releases 200',
        'repos/get-release 200',
        'repos/get-release-by-tag 200',
        'repos/get-release-by-tag 404',
        'repos/update-release 200',
        'repos/get-latest-release 200',
        'repos/upload-release-asset 201',
        'repos/upload-release-asset 422',
        'repos/list-release-assets 200',
        'repos/get-release-asset 200',
        'repos/delete-release-asset 204',
        'repos/delete-release 204'
      ])
    )
  })
})
