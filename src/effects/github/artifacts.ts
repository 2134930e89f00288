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

/** How much an artifact may hold once unzipped: a zip bomb stops at the first limit it passes. */
export interface ZipLimits {
  /** The files' bytes together, inflated. */
  maxBytes: number
  maxEntries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxBytes: 64 * 1024 * 1024, maxEntries: 1000 }

/** What a zip adds around its files: headers, names, the central directory. */
const ZIP_OVERHEAD_BYTES = 64 * 1024

/**
 * The unexpired artifacts named `name`, newest first: in the repository, or
 * in the workflow run `runId` when given.
 */
export async function listArtifacts(
  octokit: Octokit,
  repository: RepositoryRef,
  name: string,
  options: { runId?: number } = {}
): Promise<ArtifactInfo[]> {
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
  return data.artifacts
    .filter((artifact) => artifact.name === name && !artifact.expired)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)
    .map((artifact) => ({
      id: artifact.id,
      name: artifact.name,
      runId: artifact.workflow_run?.id,
      createdAt: artifact.created_at,
      sizeInBytes: artifact.size_in_bytes
    }))
}

/** The newest unexpired artifact named `name` (see listArtifacts); undefined when there is none. */
export async function findArtifact(
  octokit: Octokit,
  repository: RepositoryRef,
  name: string,
  options: { runId?: number } = {}
): Promise<ArtifactInfo | undefined> {
  return (await listArtifacts(octokit, repository, name, options))[0]
}

/** What a workflow run was: which workflow file, started by what, on whose code. */
export interface RunOrigin {
  id: number
  /** `.github/workflows/<file>`. */
  path: string
  event: string
  /** owner/name of the repository the run's code came from: a fork's for a pull request from a fork. */
  headRepository: string | undefined
  headBranch: string | null
}

export async function getRunOrigin(
  octokit: Octokit,
  repository: RepositoryRef,
  runId: number
): Promise<RunOrigin> {
  const { data } = await octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId })
  return {
    id: data.id,
    path: data.path,
    event: data.event,
    headRepository: data.head_repository?.full_name,
    headBranch: data.head_branch
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
  options: { runId?: number; limits?: ZipLimits } = {}
): Promise<DownloadedArtifact | undefined> {
  const artifact = await findArtifact(octokit, repository, name, options)
  if (!artifact) return undefined
  return { ...artifact, files: await downloadArtifactFiles(octokit, repository, artifact, options) }
}

/**
 * The files of `artifact`: its zip downloaded and read within `limits` (an
 * artifact whose zip alone is over them is refused before it is downloaded).
 */
export async function downloadArtifactFiles(
  octokit: Octokit,
  repository: RepositoryRef,
  artifact: ArtifactInfo,
  options: { limits?: ZipLimits } = {}
): Promise<ArtifactFile[]> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS
  const label = `artifact ${artifact.name} (${artifact.id})`
  if (artifact.sizeInBytes > limits.maxBytes + ZIP_OVERHEAD_BYTES) {
    throw new Error(
      `${label} is ${artifact.sizeInBytes} bytes, over the ${limits.maxBytes} bytes this reads; it is not what the release workflows upload`
    )
  }
  // GitHub answers 302 to a short-lived storage URL; fetch follows it.
  const response = await octokit.rest.actions.downloadArtifact({
    ...repository,
    artifact_id: artifact.id,
    archive_format: 'zip'
  })
  return readZip(Buffer.from(response.data as ArrayBuffer), label, limits)
}

/**
 * The files of a zip archive with stored or deflated entries (what GitHub's
 * artifact zips hold). Directories are left out; CRCs are checked. Zip64,
 * encryption and other methods are refused with an error naming the entry,
 * and so is an archive past `limits`: no entry is inflated beyond what is
 * left of maxBytes, whatever size its header claims.
 */
export function readZip(
  zip: Buffer,
  label = 'zip archive',
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): ArtifactFile[] {
  const end = findEndOfCentralDirectory(zip, label)
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  if (count === 0xffff || offset === 0xffffffff) throw new Error(`${label}: zip64 is not supported`)
  if (count > limits.maxEntries)
    throw new Error(`${label} holds ${count} entries, over the ${limits.maxEntries} this reads`)
  const tooLarge = (path: string): Error =>
    new Error(`${label}: ${path} inflates past ${limits.maxBytes} bytes, the most this reads`)
  let left = limits.maxBytes
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
    if (size > left) throw tooLarge(path)
    let data: Buffer
    if (method === 0) data = Buffer.from(body)
    else if (method === 8) data = inflate(body, size, `${label}: ${path}`)
    else throw new Error(`${label}: ${path} uses compression method ${method}`)
    if (data.length !== size || crc32(data) !== crc)
      throw new Error(`${label}: ${path} is damaged (size or CRC does not match)`)
    left -= data.length
    files.push({ path, data })
  }
  return files
}

/**
 * Inflates at most one byte more than the entry's header says: an entry that
 * claims 100 bytes and inflates to gigabytes stops there.
 */
function inflate(body: Buffer, size: number, what: string): Buffer {
  try {
    return inflateRawSync(body, { maxOutputLength: size + 1 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Error(
        `${what} inflates past the ${size} bytes its header says; it is damaged or a zip bomb`
      )
    throw error
  }
}

function findEndOfCentralDirectory(zip: Buffer, label: string): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at
  }
  throw new Error(`${label}: not a zip file`)
}
