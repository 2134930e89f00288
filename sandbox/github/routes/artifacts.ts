import { randomBytes } from 'node:crypto'
import { Emulation, integerParam } from '../emulation.js'
import {
  notFound,
  paginate,
  refused,
  json,
  type RequestContext,
  type Reply,
  type Router
} from '../router.js'
import { repoKey, type ArtifactRecord, type RepoRecord } from '../state.js'
import { nodeId } from '../views.js'

const R = '/repos/{owner}/{repo}/actions'

/**
 * The REST artifacts API over the emulator's artifact store, which the local
 * workflow runner's actions/upload-artifact fills (`emulator.state.addArtifact`).
 * A zip download answers as GitHub does: 302 to a short-lived URL that serves
 * the bytes without credentials.
 */
export function registerArtifactRoutes(router: Router, emulation: Emulation): void {
  /** Download tokens handed out in redirects, by artifact id. */
  const signed = new Map<string, number>()

  router.add('GET', `${R}/artifacts`, (request) => {
    const repo = emulation.repo(request)
    const artifacts = newestFirst(filtered(emulation, repo, request))
    return listReply(emulation, repo, request, artifacts)
  })

  router.add('GET', `${R}/runs/{run_id}/artifacts`, (request) => {
    const repo = emulation.repo(request)
    const runId = integerParam(request, 'run_id')
    const run = emulation.state.run(runId)
    if (!run || run.repoKey !== repoKey(repo.owner, repo.name)) throw notFound()
    const artifacts = newestFirst(
      filtered(emulation, repo, request).filter((a) => a.runId === runId)
    )
    if (request.query.get('direction') === 'asc') artifacts.reverse()
    return listReply(emulation, repo, request, artifacts)
  })

  router.add('GET', `${R}/artifacts/{artifact_id}`, (request) => {
    const { repo, artifact } = artifactOf(emulation, request)
    return json(200, artifactView(emulation, repo, artifact))
  })

  router.add('GET', `${R}/artifacts/{artifact_id}/{archive_format}`, (request) => {
    const { artifact } = artifactOf(emulation, request)
    if (request.params.archive_format !== 'zip') throw notFound()
    if (artifact.expired) throw refused(410, 'Artifact has expired')
    const token = randomBytes(12).toString('hex')
    signed.set(token, artifact.id)
    return {
      status: 302,
      headers: { location: `${emulation.baseUrl}/_emulator/artifact-downloads/${token}.zip` }
    }
  })

  // The storage URL a zip download redirects to: no credentials, as blob storage's SAS links.
  router.add(
    'GET',
    '/_emulator/artifact-downloads/{file}',
    (request): Reply => {
      const id = signed.get(request.params.file.replace(/\.zip$/, ''))
      const artifact = emulation.state.artifacts.find((a) => a.id === id)
      if (!artifact) throw notFound()
      return {
        status: 200,
        bytes: artifact.zip,
        headers: {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename=${artifact.name}.zip`
        }
      }
    },
    { anonymous: true }
  )
}

function filtered(
  emulation: Emulation,
  repo: RepoRecord,
  request: RequestContext
): ArtifactRecord[] {
  const name = request.query.get('name')
  return emulation.state
    .artifactsOf(repoKey(repo.owner, repo.name))
    .filter((artifact) => !name || artifact.name === name)
}

function newestFirst(artifacts: ArtifactRecord[]): ArtifactRecord[] {
  return [...artifacts].sort((a, b) =>
    a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1
  )
}

function listReply(
  emulation: Emulation,
  repo: RepoRecord,
  request: RequestContext,
  artifacts: ArtifactRecord[]
): Reply {
  const page = paginate(request, emulation.baseUrl, artifacts)
  return {
    ...page,
    json: {
      total_count: artifacts.length,
      artifacts: page.json.map((artifact) => artifactView(emulation, repo, artifact))
    }
  }
}

function artifactOf(
  emulation: Emulation,
  request: RequestContext
): { repo: RepoRecord; artifact: ArtifactRecord } {
  const repo = emulation.repo(request)
  const id = integerParam(request, 'artifact_id')
  const artifact = emulation.state
    .artifactsOf(repoKey(repo.owner, repo.name))
    .find((a) => a.id === id)
  if (!artifact) throw notFound()
  return { repo, artifact }
}

/** GitHub's `artifact` schema. */
function artifactView(emulation: Emulation, repo: RepoRecord, artifact: ArtifactRecord) {
  const run = emulation.state.run(artifact.runId)
  const headRepo = run ? emulation.state.repoByKey(run.headRepoKey) : repo
  const url = `${emulation.views.repoUrl(repo)}/actions/artifacts/${artifact.id}`
  return {
    id: artifact.id,
    node_id: nodeId('MDg6QXJ0aWZhY3', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.updatedAt,
    digest: artifact.digest,
    workflow_run: {
      id: artifact.runId,
      repository_id: repo.id,
      head_repository_id: headRepo.id,
      head_branch: artifact.headBranch ?? '',
      head_sha: artifact.headSha
    }
  }
}
