import { ReleaseError } from '../release/errors.js'
import { type GitHubClient, type Release } from '../effects/github/client.js'
import { type Operation } from '../release/plan.js'
import {
  type ReleaseVersion,
  compareVersions,
  isPrerelease,
  releaseTags
} from '../release/version.js'

export type MakeLatest = 'true' | 'false'

/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
export function makeLatestFor(version: ReleaseVersion, otherTags: readonly string[]): MakeLatest {
  if (isPrerelease(version)) return 'false'
  const higher = releaseTags(otherTags).some(
    (tag) => tag.rc === undefined && compareVersions(tag, version) > 0
  )
  return higher ? 'false' : 'true'
}

/** make_latest against the repository's tags and its published releases. */
export function makeLatestAmong(
  version: ReleaseVersion,
  tags: readonly string[],
  releases: readonly Release[]
): MakeLatest {
  const published = releases.filter((release) => !release.draft).map((release) => release.tagName)
  return makeLatestFor(version, [...tags, ...published])
}

export interface DraftFields {
  name: string
  body: string
  prerelease: boolean
  makeLatest: MakeLatest
}

/**
 * Creates the release of `version` as a draft on `commit`, or brings the
 * existing draft's fields up to date; a published release is left alone.
 * Drafts have no tag yet, so the release is found by listing.
 */
export function draftReleaseOperation(
  github: GitHubClient,
  version: ReleaseVersion,
  commit: string,
  fields: DraftFields,
  existing: Release | undefined,
  bodySource: string
): Operation<Release> {
  const what = `${fields.prerelease ? 'prerelease' : 'release'} ${version.tag} (body: ${bodySource}, make_latest ${fields.makeLatest})`
  return {
    kind: 'github',
    title: existing
      ? existing.draft
        ? `update the draft ${what} in ${github.name}`
        : `release ${version.tag} is published in ${github.name} already; leave it`
      : `create the draft ${what} in ${github.name}`,
    apply: async () => {
      const found = await github.releases.findByTag(version.tag)
      if (found && !found.draft) {
        return { status: 'unchanged', detail: `published: ${found.url}`, value: found }
      }
      if (found) {
        const same =
          found.name === fields.name &&
          found.body === fields.body &&
          found.prerelease === fields.prerelease
        const release = same ? found : await github.releases.update(found.id, fields)
        return {
          status: same ? 'unchanged' : 'done',
          detail: `${same ? 'draft' : 'updated draft'} ${release.id}`,
          value: release
        }
      }
      const release = await github.releases.create({
        tag: version.tag,
        target: commit,
        draft: true,
        ...fields
      })
      return { status: 'done', detail: `draft ${release.id}`, value: release }
    }
  }
}

export interface PublishRequest {
  github: GitHubClient
  version: ReleaseVersion
  /** The release, as planned; or the operation that drafts it in this run. */
  release: Release | Operation<Release>
  makeLatest: MakeLatest
  /** Assets that must be on the draft before it is published. */
  requiredAssets?: readonly string[]
  /** Why it is published now, for the title: "publish: now". */
  why?: string
}

/** Publishes the draft (a published release is left as it is), after checking its assets. */
export function publishReleaseOperation(request: PublishRequest): Operation<Release> {
  const { github, version, makeLatest } = request
  const planned = 'id' in request.release ? request.release : undefined
  const title =
    planned?.draft === false
      ? `the release ${version.tag} is published already; leave it`
      : request.why
        ? `publish the release ${version.tag} (${request.why})`
        : `publish the draft release ${version.tag} (make_latest ${makeLatest})`
  return {
    kind: 'github',
    title,
    apply: async (products) => {
      const release = planned ?? products.of(request.release as Operation<Release>)
      const state = await github.releases.withAssets(release.id)
      if (!state.release.draft) {
        return { status: 'unchanged', detail: state.release.url, value: state.release }
      }
      const missing = (request.requiredAssets ?? []).filter(
        (name) => !state.assets.some((asset) => asset.name === name)
      )
      if (missing.length > 0) {
        throw new ReleaseError(`the draft lacks ${missing.join(', ')}; not publishing it`)
      }
      const published = await github.releases.update(release.id, { draft: false, makeLatest })
      return { status: 'done', detail: published.url, value: published }
    }
  }
}
