/**
 * Workflow artifacts through GitHub's REST artifacts API: the newest artifact
 * of a name (in a repository, or in one workflow run), downloaded and unzipped
 * in memory. This is how a phase reads the release manifest that another
 * workflow uploaded, given only a token with `actions: read`.
 *
 * Why not @actions/artifact: its download goes through the same REST routes
 * (list, then the zip's redirect) but writes the files to disk with
 * unzip-stream, and it pulls in @azure/storage-blob, archiver and their
 * dependencies (several MB in every bundle) for uploads we never make. An
 * artifact zip from GitHub holds stored or deflated entries only, which
 * node:zlib reads; the reader below is the whole of what we need.
 */
import { crc32, inflateRawSync } from 'node:zlib'
import type { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

export interface ArtifactFile {
  /** The path inside the artifact, `/`-separated. */
  path: string
  data: Buffer
}

export interface ArtifactInfo {
  id: number
  name: string
  /** The workflow run that uploaded it. */
  runId: number | undefined
  createdAt: string | null
  sizeInBytes: number
}

export interface DownloadedArtifact extends ArtifactInfo {
  files: ArtifactFile[]
}

export interface RepositoryRef {
  owner: string
  repo: string
}

/**
 * The newest unexpired artifact named `name`: in the repository, or in the
 * workflow run `runId` when given. Undefined when there is none.
 */
export async function findArtifact(
  octokit: Octokit,
  repository: RepositoryRef,
  name: string,
  options: { runId?: number } = {}
): Promise<ArtifactInfo | undefined> {
  const { data } =
    options.runId === undefined
      ? await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 100 })
      : await octokit.rest.actions.listWorkflowRunArtifacts({
          ...repository,
          run_id: options.runId,
          name,
          per_page: 100
        })
  // GitHub lists newest first; sorted again so the answer does not rest on that.
  const newest = data.artifacts
    .filter((artifact) => artifact.name === name && !artifact.expired)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0]
  if (!newest) return undefined
  return {
    id: newest.id,
    name: newest.name,
    runId: newest.workflow_run?.id,
    createdAt: newest.created_at,
    sizeInBytes: newest.size_in_bytes
  }
}

/**
 * Finds the newest artifact named `name` (see findArtifact), downloads its
 * zip and returns the files in it; undefined when no such artifact exists.
 */
export async function downloadArtifact(
  octokit: Octokit,
  repository: RepositoryRef,
  name: string,
  options: { runId?: number } = {}
): Promise<DownloadedArtifact | undefined> {
  const artifact = await findArtifact(octokit, repository, name, options)
  if (!artifact) return undefined
  // GitHub answers 302 to a short-lived storage URL; fetch follows it.
  const response = await octokit.rest.actions.downloadArtifact({
    ...repository,
    artifact_id: artifact.id,
    archive_format: 'zip'
  })
  const bytes = Buffer.from(response.data as ArrayBuffer)
  return { ...artifact, files: readZip(bytes, `artifact ${name} (${artifact.id})`) }
}

/**
 * The files of a zip archive with stored or deflated entries (what GitHub's
 * artifact zips hold). Directories are left out; CRCs are checked. Zip64,
 * encryption and other methods are refused with an error naming the entry.
 */
export function readZip(zip: Buffer, label = 'zip archive'): ArtifactFile[] {
  const end = findEndOfCentralDirectory(zip, label)
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  if (count === 0xffff || offset === 0xffffffff) throw new Error(`${label}: zip64 is not supported`)
  const files: ArtifactFile[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50)
      throw new Error(`${label}: damaged central directory (entry ${i + 1} of ${count})`)
    const flags = zip.readUInt16LE(offset + 8)
    const method = zip.readUInt16LE(offset + 10)
    const crc = zip.readUInt32LE(offset + 16)
    const compressedSize = zip.readUInt32LE(offset + 20)
    const size = zip.readUInt32LE(offset + 24)
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    const localOffset = zip.readUInt32LE(offset + 42)
    const path = zip.toString('utf8', offset + 46, offset + 46 + nameLength)
    offset += 46 + nameLength + extraLength + commentLength
    if (path.endsWith('/')) continue
    if (flags & 1) throw new Error(`${label}: ${path} is encrypted`)
    if (path.startsWith('/') || path.split('/').includes('..'))
      throw new Error(`${label}: ${path} points outside the archive`)
    if (zip.readUInt32LE(localOffset) !== 0x04034b50)
      throw new Error(`${label}: ${path} has no local header`)
    const start =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const body = zip.subarray(start, start + compressedSize)
    let data: Buffer
    if (method === 0) data = Buffer.from(body)
    else if (method === 8) data = inflateRawSync(body)
    else throw new Error(`${label}: ${path} uses compression method ${method}`)
    if (data.length !== size || crc32(data) !== crc)
      throw new Error(`${label}: ${path} is damaged (size or CRC does not match)`)
    files.push({ path, data })
  }
  return files
}

function findEndOfCentralDirectory(zip: Buffer, label: string): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at
  }
  throw new Error(`${label}: not a zip file`)
}
