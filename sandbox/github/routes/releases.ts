import semver from 'semver'
import { randomBytes } from 'node:crypto'
import { Emulation, booleanField, integerParam, stringField } from '../emulation.js'
import { releaseNotesBody, type NotesPull } from '../release-notes.js'
import {
  bodyOf,
  json,
  noContent,
  notFound,
  paginate,
  refused,
  validationFailed,
  type Reply,
  type RequestContext,
  type Router
} from '../router.js'
import {
  repoKey,
  timestamp,
  type AssetRecord,
  type MakeLatest,
  type PullRecord,
  type ReleaseRecord,
  type RepoRecord
} from '../state.js'

const DOCS_CREATE = 'https://docs.github.com/rest/releases/releases#create-a-release'
const DOCS_UPDATE = 'https://docs.github.com/rest/releases/releases#update-a-release'
const DOCS_UPLOAD = 'https://docs.github.com/rest/releases/assets#upload-a-release-asset'

export function registerReleaseRoutes(router: Router, emulation: Emulation): void {
  const R = '/repos/{owner}/{repo}/releases'
  router.add('POST', `${R}/generate-notes`, async (request) => {
    const repo = emulation.repo(request)
    const body = bodyOf(request)
    const tagName = stringField(body, 'tag_name')
    if (!tagName)
      throw validationFailed([{ resource: 'Release', code: 'missing_field', field: 'tag_name' }])
    const notes = await generateNotes(emulation, repo, {
      tagName,
      targetCommitish: stringField(body, 'target_commitish'),
      previousTagName: stringField(body, 'previous_tag_name')
    })
    return json(200, notes)
  })
  router.add('GET', R, (request) => {
    const repo = emulation.repo(request)
    const releases = newestFirst(emulation.state.releasesOf(repoKey(repo.owner, repo.name))).filter(
      (release) => request.authenticated || !release.draft
    )
    return paginate(
      request,
      emulation.baseUrl,
      releases.map((release) => emulation.views.release(release))
    )
  })
  router.add('POST', R, (request) => createRelease(emulation, request))
  router.add('GET', `${R}/latest`, (request) => {
    const repo = emulation.repo(request)
    const latest = latestRelease(emulation, repo)
    if (!latest) throw notFound()
    return json(200, emulation.views.release(latest))
  })
  router.add('GET', `${R}/tags/{tag}`, (request) => {
    const repo = emulation.repo(request)
    const release = newestFirst(emulation.state.releasesOf(repoKey(repo.owner, repo.name))).find(
      (r) => !r.draft && r.tagName === request.params.tag
    )
    if (!release) throw notFound()
    return json(200, emulation.views.release(release))
  })
  router.add('GET', `${R}/{release_id}`, (request) => {
    return json(200, emulation.views.release(visibleRelease(emulation, request)))
  })
  router.add('PATCH', `${R}/{release_id}`, (request) => updateRelease(emulation, request))
  router.add('DELETE', `${R}/{release_id}`, (request) => {
    const repo = emulation.repo(request)
    const release = visibleRelease(emulation, request)
    removeAll(emulation.state.assets, (asset) => asset.releaseId === release.id)
    removeAll(emulation.state.releases, (r) => r.id === release.id)
    if (repo.latestReleaseId === release.id) repo.latestReleaseId = undefined
    return noContent()
  })

  router.add('GET', `${R}/{release_id}/assets`, (request) => {
    const release = visibleRelease(emulation, request)
    const assets = emulation.state.assetsOf(release.id).map((asset) => emulation.views.asset(asset))
    return paginate(request, emulation.baseUrl, assets)
  })
  router.add('POST', `${R}/{release_id}/assets`, (request) => uploadAsset(emulation, request))
  router.add('GET', `${R}/assets/{asset_id}`, (request) => {
    const { asset } = assetOf(emulation, request)
    if ((request.headers.accept ?? '').includes('application/octet-stream')) return download(asset)
    return json(200, emulation.views.asset(asset))
  })
  router.add('PATCH', `${R}/assets/{asset_id}`, (request) => {
    const { release, asset } = assetOf(emulation, request)
    const body = bodyOf(request)
    const name = stringField(body, 'name')
    const label = stringField(body, 'label')
    if (name !== undefined) {
      const clean = assetName(name)
      if (emulation.state.assetsOf(release.id).some((a) => a !== asset && a.name === clean)) {
        throw validationFailed([
          { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }
        ])
      }
      asset.name = clean
    }
    if (label !== undefined) asset.label = label
    asset.updatedAt = timestamp()
    return json(200, emulation.views.asset(asset))
  })
  router.add('DELETE', `${R}/assets/{asset_id}`, (request) => {
    const { release, asset } = assetOf(emulation, request)
    if (release.immutable) throw refused(422, 'Cannot delete assets from an immutable release.')
    removeAll(emulation.state.assets, (a) => a.id === asset.id)
    return noContent()
  })

  // github.com's download links (browser_download_url), served for clients that fetch assets.
  router.add(
    'GET',
    '/{owner}/{repo}/releases/download/{tag}/{name}',
    (request) => {
      const repo = emulation.repo(request)
      const release = emulation.state
        .releasesOf(repoKey(repo.owner, repo.name))
        .find((r) => (r.draft ? r.untaggedName : r.tagName) === request.params.tag)
      if (!release || (release.draft && !request.authenticated)) throw notFound()
      const asset = emulation.state.assetsOf(release.id).find((a) => a.name === request.params.name)
      if (!asset) throw notFound()
      return download(asset)
    },
    { anonymous: true }
  )
}

function removeAll<T>(list: T[], predicate: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i])) list.splice(i, 1)
}

function newestFirst(releases: ReleaseRecord[]): ReleaseRecord[] {
  return [...releases].sort((a, b) =>
    a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1
  )
}

/** A release by id; drafts exist only for clients with credentials, as on GitHub. */
function visibleRelease(emulation: Emulation, request: RequestContext): ReleaseRecord {
  const repo = emulation.repo(request)
  const release = emulation.state.release(
    repoKey(repo.owner, repo.name),
    integerParam(request, 'release_id')
  )
  if (!release || (release.draft && !request.authenticated)) throw notFound()
  return release
}

function assetOf(
  emulation: Emulation,
  request: RequestContext
): { release: ReleaseRecord; asset: AssetRecord } {
  const repo = emulation.repo(request)
  const id = integerParam(request, 'asset_id')
  const asset = emulation.state.assets.find((a) => a.id === id)
  const release = asset && emulation.state.release(repoKey(repo.owner, repo.name), asset.releaseId)
  if (!asset || !release || (release.draft && !request.authenticated)) throw notFound()
  return { release, asset }
}

function download(asset: AssetRecord): Reply {
  asset.downloadCount++
  return {
    status: 200,
    bytes: asset.data,
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename=${asset.name}`
    }
  }
}

function makeLatestField(body: Record<string, unknown>): MakeLatest | undefined {
  const value = stringField(body, 'make_latest')
  if (value === undefined) return undefined
  if (value !== 'true' && value !== 'false' && value !== 'legacy') {
    throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'make_latest' }])
  }
  return value
}

async function createRelease(emulation: Emulation, request: RequestContext): Promise<Reply> {
  const repo = emulation.repo(request)
  const body = bodyOf(request)
  const tagName = stringField(body, 'tag_name')
  if (!tagName)
    throw validationFailed(
      [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }],
      DOCS_CREATE
    )
  const targetCommitish = stringField(body, 'target_commitish') ?? repo.defaultBranch
  const makeLatest = makeLatestField(body) ?? 'true'
  let name = stringField(body, 'name') ?? null
  let text = stringField(body, 'body') ?? null
  if (booleanField(body, 'generate_release_notes')) {
    const notes = await generateNotes(emulation, repo, { tagName, targetCommitish })
    name ??= notes.name
    text = text ? `${text}\n\n${notes.body}` : notes.body
  }
  const now = timestamp()
  const release: ReleaseRecord = {
    id: emulation.state.nextId('release'),
    repoKey: repoKey(repo.owner, repo.name),
    tagName,
    targetCommitish,
    name,
    body: text,
    draft: booleanField(body, 'draft') ?? false,
    prerelease: booleanField(body, 'prerelease') ?? false,
    immutable: false,
    makeLatest,
    author: request.login,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    untaggedName: `untagged-${randomBytes(10).toString('hex')}`
  }
  if (!release.draft) await publish(emulation, repo, release, DOCS_CREATE, request)
  emulation.state.releases.push(release)
  return json(201, emulation.views.release(release), {
    location: `${emulation.views.repoUrl(repo)}/releases/${release.id}`
  })
}

async function updateRelease(emulation: Emulation, request: RequestContext): Promise<Reply> {
  const repo = emulation.repo(request)
  const release = visibleRelease(emulation, request)
  const body = bodyOf(request)
  const tagName = stringField(body, 'tag_name')
  const targetCommitish = stringField(body, 'target_commitish')
  const draft = booleanField(body, 'draft')
  const makeLatest = makeLatestField(body)
  if (
    release.immutable &&
    ((tagName !== undefined && tagName !== release.tagName) || draft === true)
  ) {
    throw validationFailed(
      [
        {
          resource: 'Release',
          code: 'custom',
          message: 'Cannot change the tag or publication of an immutable release'
        }
      ],
      DOCS_UPDATE
    )
  }
  if (tagName !== undefined) release.tagName = tagName
  if (targetCommitish !== undefined) release.targetCommitish = targetCommitish
  const name = stringField(body, 'name')
  if (name !== undefined) release.name = name
  const text = stringField(body, 'body')
  if (text !== undefined) release.body = text
  const prerelease = booleanField(body, 'prerelease')
  if (prerelease !== undefined) release.prerelease = prerelease
  if (makeLatest !== undefined) release.makeLatest = makeLatest

  if (draft === false && release.draft) {
    await publish(emulation, repo, release, DOCS_UPDATE, request)
  } else if (draft === true && !release.draft) {
    release.draft = true
    release.publishedAt = null
    if (repo.latestReleaseId === release.id) repo.latestReleaseId = undefined
  } else if (!release.draft && makeLatest !== undefined) {
    applyMakeLatest(repo, release)
  }
  release.updatedAt = timestamp()
  return json(200, emulation.views.release(release))
}

/**
 * Publishing: one published release per tag; the tag is created at the target
 * when git lacks it; immutable-releases repos freeze the release; make_latest
 * (default true) moves "latest". Creating that tag on a commit whose
 * .github/workflows/ differs from the default branch's takes a token that may
 * change workflows: otherwise GitHub answers 404 (enforced since 2023-11-02).
 */
async function publish(
  emulation: Emulation,
  repo: RepoRecord,
  release: ReleaseRecord,
  docs: string,
  request: RequestContext
): Promise<void> {
  const taken = emulation.state
    .releasesOf(release.repoKey)
    .some((other) => other.id !== release.id && !other.draft && other.tagName === release.tagName)
  if (taken)
    throw validationFailed(
      [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      docs
    )
  const git = emulation.git(repo)
  if (git) {
    await git.exclusive(async () => {
      if (await git.tagSha(release.tagName)) return
      const target = await git.resolveCommit(release.targetCommitish)
      if (!target)
        throw validationFailed(
          [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
          docs
        )
      if (
        !request.mayChangeWorkflows &&
        (await git.workflowsDiffer(target, `refs/heads/${repo.defaultBranch}`))
      )
        throw notFound()
      await git.createTag(release.tagName, target)
    })
  }
  release.draft = false
  release.publishedAt = timestamp()
  emulation.state.addEvent({
    repoKey: release.repoKey,
    name: 'release',
    action: 'published',
    releaseId: release.id,
    ref: `refs/tags/${release.tagName}`,
    madeWith: request.madeWith ?? 'user',
    actor: request.login
  })
  release.immutable = repo.immutableReleases
  applyMakeLatest(repo, release)
}

function applyMakeLatest(repo: RepoRecord, release: ReleaseRecord): void {
  if (release.makeLatest === 'true' && !release.prerelease) repo.latestReleaseId = release.id
  else if (release.makeLatest === 'legacy' || repo.latestReleaseId === release.id)
    repo.latestReleaseId = undefined
}

/**
 * The release GET /releases/latest answers: the one pinned by make_latest=true,
 * else (legacy) the highest semantic version, then the newest, among published
 * non-prereleases that were not published with make_latest=false.
 */
export function latestRelease(emulation: Emulation, repo: RepoRecord): ReleaseRecord | undefined {
  const candidates = emulation.state
    .releasesOf(repoKey(repo.owner, repo.name))
    .filter((release) => !release.draft && !release.prerelease)
  const pinned = candidates.find((release) => release.id === repo.latestReleaseId)
  if (pinned) return pinned
  return highestVersionFirst(candidates.filter((release) => release.makeLatest !== 'false'))[0]
}

/** Releases by semantic version of their tags, highest first; ties and non-versions newest first. */
function highestVersionFirst(releases: ReleaseRecord[]): ReleaseRecord[] {
  return newestFirst(releases).sort((a, b) => {
    const va = semver.parse(a.tagName.replace(/^v/, ''), { loose: true })
    const vb = semver.parse(b.tagName.replace(/^v/, ''), { loose: true })
    if (va && vb) return semver.rcompare(va, vb)
    return va ? -1 : vb ? 1 : 0
  })
}

/** GitHub renames uploaded files: characters outside [A-Za-z0-9._+@-] become dots. */
export function assetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '')
}

function uploadAsset(emulation: Emulation, request: RequestContext): Reply {
  const release = visibleRelease(emulation, request)
  const rawName = request.query.get('name')
  if (!rawName)
    throw validationFailed(
      [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }],
      DOCS_UPLOAD
    )
  if (release.immutable) throw refused(422, 'Cannot upload assets to an immutable release.')
  const name = assetName(rawName)
  if (emulation.state.assetsOf(release.id).some((asset) => asset.name === name)) {
    throw validationFailed(
      [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      DOCS_UPLOAD
    )
  }
  const now = timestamp()
  const asset: AssetRecord = {
    id: emulation.state.nextId('asset'),
    releaseId: release.id,
    name,
    label: request.query.get('label'),
    contentType: request.headers['content-type'] ?? 'application/octet-stream',
    data: request.raw,
    uploader: request.login,
    downloadCount: 0,
    createdAt: now,
    updatedAt: now
  }
  emulation.state.assets.push(asset)
  return json(201, emulation.views.asset(asset))
}

/**
 * GitHub's generated notes. The pull requests are those merged in the
 * emulator whose merge commits lie between the previous tag and the target in
 * the gitDir's history (all merged ones when the repo has no gitDir). Without
 * previous_tag_name the previous published release reachable from the target
 * is the start.
 */
export async function generateNotes(
  emulation: Emulation,
  repo: RepoRecord,
  input: { tagName: string; targetCommitish?: string; previousTagName?: string }
): Promise<{ name: string; body: string }> {
  const key = repoKey(repo.owner, repo.name)
  const merged = emulation.state.pullsOf(key).filter((pull) => pull.mergedAt && pull.mergeCommitSha)
  let previousTag = input.previousTagName
  let inRange = merged
  const earlierUsers = new Set<string>()
  const git = emulation.git(repo)
  if (git) {
    const target =
      (await git.tagSha(input.tagName)) ??
      (await git.resolveCommit(input.targetCommitish ?? repo.defaultBranch))
    if (!target)
      throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }])
    previousTag ??= await previousReleaseTag(emulation, repo, input.tagName, target)
    let previousSha: string | undefined
    if (previousTag !== undefined) {
      previousSha = await git.tagSha(previousTag)
      if (!previousSha)
        throw validationFailed([
          { resource: 'Release', code: 'invalid', field: 'previous_tag_name' }
        ])
    }
    const range = new Set(await git.commitsBetween(previousSha, target))
    const before = new Set(previousSha ? await git.commitsBetween(undefined, previousSha) : [])
    inRange = merged.filter((pull) => range.has(pull.mergeCommitSha as string))
    for (const pull of merged)
      if (before.has(pull.mergeCommitSha as string)) earlierUsers.add(pull.user)
  }
  const ordered = [...inRange].sort((a, b) => byMergeTime(a, b))
  const newContributors: NotesPull[] = []
  for (const pull of ordered) {
    if (earlierUsers.has(pull.user)) continue
    earlierUsers.add(pull.user)
    newContributors.push(pull)
  }
  const body = releaseNotesBody({
    owner: repo.owner,
    repo: repo.name,
    tag: input.tagName,
    previousTag,
    pulls: ordered,
    newContributors
  })
  return { name: input.tagName, body }
}

function byMergeTime(a: PullRecord, b: PullRecord): number {
  const at = a.mergedAt ?? ''
  const bt = b.mergedAt ?? ''
  return at === bt ? a.number - b.number : at < bt ? -1 : 1
}

async function previousReleaseTag(
  emulation: Emulation,
  repo: RepoRecord,
  tagName: string,
  target: string
): Promise<string | undefined> {
  const git = emulation.git(repo)
  if (!git) return undefined
  const published = highestVersionFirst(
    emulation.state
      .releasesOf(repoKey(repo.owner, repo.name))
      .filter((r) => !r.draft && r.tagName !== tagName)
  )
  for (const release of published) {
    const sha = await git.tagSha(release.tagName)
    if (sha && sha !== target && (await git.isAncestor(sha, target))) return release.tagName
  }
  return undefined
}
