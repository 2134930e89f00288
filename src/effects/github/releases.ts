import { createOnce } from './create-once.js'
import { type RepoApi } from './api.js'

/** Releases and their assets. */
export class Releases {
  constructor(private readonly api: RepoApi) {}

  /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
  async generateNotes(
    tag: string,
    target: string,
    previousTag: string | undefined
  ): Promise<string> {
    // A POST that only reads (it creates nothing): resent like a GET after a 5xx or a lost answer.
    const { data } = await this.api.octokit.rest.repos.generateReleaseNotes({
      ...this.api.ref,
      tag_name: tag,
      target_commitish: target,
      ...(previousTag ? { previous_tag_name: previousTag } : {}),
      request: { idempotent: true }
    })
    return data.body
  }

  /** Every release, drafts included (GET /releases/tags/{tag} never returns a draft). */
  async list(): Promise<Release[]> {
    const data = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleases, {
      ...this.api.ref,
      per_page: 100
    })
    return (data as ReleaseData[]).map(toRelease)
  }

  /** The release of `tag`, draft or published; found by listing, as drafts have no tag yet. */
  async findByTag(tag: string): Promise<Release | undefined> {
    return (await this.list()).find((release) => release.tagName === tag)
  }

  async create(
    request: { tag: string; target: string; draft: boolean } & ReleaseFields
  ): Promise<Release> {
    return createOnce(
      `release ${request.tag}`,
      async () => {
        const { data } = await this.api.octokit.rest.repos.createRelease({
          ...this.api.ref,
          tag_name: request.tag,
          target_commitish: request.target,
          name: request.name,
          body: request.body,
          draft: request.draft,
          prerelease: request.prerelease,
          make_latest: request.makeLatest
        })
        return toRelease(data as ReleaseData)
      },
      () => this.findByTag(request.tag)
    )
  }

  /**
   * Changes a release's fields; `draft: false` publishes it. After an unknown outcome (a 5xx, a lost answer) the
   * release is read first: when it holds the fields already, the update is not
   * sent again (a published release may refuse changes).
   */
  async update(id: number, fields: Partial<ReleaseFields> & { draft?: boolean }): Promise<Release> {
    return createOnce(
      `update of release ${id}`,
      async () => {
        const { data } = await this.api.octokit.rest.repos.updateRelease({
          ...this.api.ref,
          release_id: id,
          ...(fields.name !== undefined ? { name: fields.name } : {}),
          ...(fields.body !== undefined ? { body: fields.body } : {}),
          ...(fields.prerelease !== undefined ? { prerelease: fields.prerelease } : {}),
          ...(fields.makeLatest !== undefined ? { make_latest: fields.makeLatest } : {}),
          ...(fields.draft !== undefined ? { draft: fields.draft } : {})
        })
        return toRelease(data as ReleaseData)
      },
      async () => {
        const { data } = await this.api.octokit.rest.repos.getRelease({
          ...this.api.ref,
          release_id: id
        })
        const release = toRelease(data as ReleaseData)
        const held = (['name', 'body', 'prerelease', 'draft'] as const).every(
          (field) => fields[field] === undefined || fields[field] === release[field]
        )
        return held ? release : undefined
      }
    )
  }

  /** A release with what the asset calls need: its immutability, upload URL and every asset. */
  async withAssets(releaseId: number): Promise<ReleaseWithAssets> {
    const { data } = await this.api.octokit.rest.repos.getRelease({
      ...this.api.ref,
      release_id: releaseId
    })
    const assets = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleaseAssets, {
      ...this.api.ref,
      release_id: releaseId,
      per_page: 100
    })
    const release = data as ReleaseData & { upload_url: string; immutable?: boolean }
    return {
      release: toRelease(release),
      immutable: release.immutable === true,
      uploadUrl: release.upload_url,
      assets: (assets as ReleaseAssetData[]).map(toReleaseAsset)
    }
  }

  /**
   * Uploads through the release's own upload_url (uploads.github.com on
   * github.com, the API host elsewhere), which Octokit's uploadReleaseAsset
   * would not follow for another API base.
   */
  async uploadAsset(
    uploadUrl: string,
    name: string,
    data: Buffer,
    contentType: string
  ): Promise<ReleaseAsset> {
    return createOnce(
      `asset ${name}`,
      async () => {
        const response = await this.api.octokit.request({
          method: 'POST',
          url: uploadUrl,
          name,
          data,
          // fetch sets Content-Length from the Buffer; Node 24's undici refuses one given by hand.
          headers: { 'content-type': contentType }
        })
        return toReleaseAsset(response.data as ReleaseAssetData)
      },
      async () => {
        const releaseId = releaseIdOf(uploadUrl)
        if (releaseId === undefined) return undefined
        const { assets } = await this.withAssets(releaseId)
        // A broken upload may leave a partial asset: only a whole one counts.
        return assets.find((asset) => asset.name === name && asset.size === data.length)
      }
    )
  }

  /** Renames an asset (PATCH /repos/{owner}/{repo}/releases/assets/{asset_id} with its new name). */
  async renameAsset(assetId: number, name: string): Promise<ReleaseAsset> {
    const { data } = await this.api.octokit.rest.repos.updateReleaseAsset({
      ...this.api.ref,
      asset_id: assetId,
      name
    })
    return toReleaseAsset(data as ReleaseAssetData)
  }

  async deleteAsset(assetId: number): Promise<void> {
    await this.api.octokit.rest.repos.deleteReleaseAsset({ ...this.api.ref, asset_id: assetId })
  }

  /** An asset's bytes (GitHub redirects to its storage; fetch follows). */
  async downloadAsset(assetId: number): Promise<Buffer> {
    const { data } = await this.api.octokit.request(
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      {
        ...this.api.ref,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' }
      }
    )
    return Buffer.from(data as unknown as ArrayBuffer)
  }
}

export interface ReleaseAsset {
  id: number
  name: string
  size: number
  /** `sha256:<hex>`; null where GitHub has not computed it (assets uploaded before June 2025). */
  digest: string | null
  /** `uploaded`; `starter` when an upload broke off and left the name taken. */
  state: string
  url: string
}

export interface ReleaseWithAssets {
  release: Release
  immutable: boolean
  uploadUrl: string
  assets: ReleaseAsset[]
}

type ReleaseAssetData = {
  id: number
  name: string
  size: number
  digest?: string | null
  state: string
  browser_download_url: string
}

function toReleaseAsset(data: ReleaseAssetData): ReleaseAsset {
  return {
    id: data.id,
    name: data.name,
    size: data.size,
    digest: data.digest ?? null,
    state: data.state,
    url: data.browser_download_url
  }
}

export interface Release {
  id: number
  tagName: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  /** The release page; a draft's page says `untagged-...` until it is published. */
  url: string
  targetCommitish: string
}

export interface ReleaseFields {
  name: string
  body: string
  prerelease: boolean
  /** 'false' keeps a patch of an older line from becoming the latest release. */
  makeLatest: 'true' | 'false' | 'legacy'
}

type ReleaseData = {
  id: number
  tag_name: string
  name: string | null
  body?: string | null
  draft: boolean
  prerelease: boolean
  html_url: string
  target_commitish: string
}

function toRelease(data: ReleaseData): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name ?? '',
    body: data.body ?? '',
    draft: data.draft,
    prerelease: data.prerelease,
    url: data.html_url,
    targetCommitish: data.target_commitish
  }
}

/** The release id in an upload_url (…/releases/{id}/assets{?name,label}). */
function releaseIdOf(uploadUrl: string): number | undefined {
  const match = /\/releases\/(\d+)\/assets/.exec(uploadUrl)
  return match ? Number(match[1]) : undefined
}
