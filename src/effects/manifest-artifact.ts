import { existsSync } from 'node:fs'
import { type PlanNote } from '../release/plan.js'
import { InputError } from '../release/errors.js'
import { MANIFEST_MAX_BYTES, parseManifest } from '../release/manifest.js'
import { tryParseVersion } from '../release/version.js'
import {
  type ArtifactInfo,
  type Octokit,
  type RunOrigin,
  downloadArtifactFiles,
  getRunOrigin,
  listArtifacts
} from './github/artifacts.js'
import { type RepoRef, parseRepository } from './github/repository.js'
import { writeManifestFile } from './manifest-file.js'

export interface ManifestArtifactRequest {
  /** The artifact's name (manifest-artifact); empty: nothing to fetch. */
  name: string
  /** owner/name whose newest artifact of that name is taken (manifest-repository). */
  repository: string
  /** The version input as given (may be empty): the release the manifest must be of. */
  version: string
  /** Where the manifest file goes for a repository and tag (the manifest-path input or the default). */
  manifestPath(repository: string, tag: string): string | undefined
  /** The manifest-path input as given; a file there means nothing is downloaded. */
  givenPath: string
}

/** The events the release chain's runs start on: a dispatch, a tag push, a merged release PR. */
const CHAIN_EVENTS = new Set(['workflow_dispatch', 'push', 'pull_request'])

/** A manifest artifact holds one small JSON file. */
const MANIFEST_ZIP_LIMITS = { maxBytes: MANIFEST_MAX_BYTES, maxEntries: 16 }

/**
 * Downloads the release manifest when manifest-path holds no file, and writes
 * it where the phase reads it. It is taken only from a run of this release's
 * chain in `repository` itself: a workflow under .github/workflows/, started
 * by a dispatch, a push or a pull request, on the repository's own code (not a
 * fork's) and on the release's branches (the default branch, release-vX.Y.Z,
 * a release-vX.Y.Z-patch branch, or the tag). Newer artifacts of the name from
 * other runs are passed over with a warning. The manifest must then be the one
 * of `repository` and the release's tag; the file's path is built from those
 * checked values, never from the artifact's content.
 */
export async function fetchManifestArtifact(
  octokit: Octokit,
  request: ManifestArtifactRequest
): Promise<PlanNote[]> {
  const { name, repository } = request
  if (!name) return []
  if (request.givenPath && existsSync(request.givenPath)) return []
  const ref = parseRepository(repository, 'manifest-repository')
  const none = (why: string): PlanNote => ({
    kind: 'warning',
    message: `No release manifest: ${repository} has no artifact named ${name}${why}; nothing is taken from a manifest (give the inputs it would have told)`
  })
  const artifacts = await listArtifacts(octokit, ref, name)
  if (artifacts.length === 0) return [none('')]
  const tag = releaseTagOf(request, ref)
  if (!tag) {
    return [
      {
        kind: 'warning',
        message: `No release manifest: the name ${name} does not say the release (release-manifest-${ref.owner}-${ref.repo}-vX.Y.Z) and no version was given; nothing is taken from a manifest`
      }
    ]
  }
  const notes: PlanNote[] = []
  const artifact = await newestFromTheChain(octokit, ref, artifacts, tag, notes)
  if (!artifact) {
    notes.push(none(' from a run of its release workflows'))
    return notes
  }
  const files = await downloadArtifactFiles(octokit, ref, artifact, { limits: MANIFEST_ZIP_LIMITS })
  const file = files.find((entry) => entry.path.endsWith('.json')) ?? files[0]
  if (!file) {
    notes.push({
      kind: 'warning',
      message: `No release manifest: artifact ${name} (${artifact.id}) of ${repository} is empty; nothing is taken from a manifest`
    })
    return notes
  }
  const label = `artifact ${name} (${artifact.id}) ${file.path}`
  const manifest = parseManifest(file.data.toString('utf8'), label, 'manifest-artifact')
  if (manifest.repository.toLowerCase() !== repository.toLowerCase() || manifest.tag !== tag) {
    throw new InputError(
      'manifest-artifact',
      `${label} is the manifest of ${JSON.stringify(manifest.repository)} ${JSON.stringify(manifest.tag)}, not of ${repository} ${tag}; nothing in it is used. Check which run uploaded it (run ${artifact.runId})`
    )
  }
  const path = request.givenPath || request.manifestPath(repository, tag)
  if (path && !existsSync(path)) writeManifestFile(path, manifest)
  notes.push({
    kind: 'info',
    message: `Release manifest of ${repository} ${tag} from artifact ${name} (${artifact.id}, run ${artifact.runId}) of ${repository}`
  })
  return notes
}

/** The release tag: the version input's, else the one the artifact's conventional name ends with. */
function releaseTagOf(request: ManifestArtifactRequest, ref: RepoRef): string | undefined {
  const fromVersion = tryParseVersion(request.version.trim())
  if (fromVersion) return fromVersion.tag
  const prefix = `release-manifest-${ref.owner}-${ref.repo}-`
  if (!request.name.toLowerCase().startsWith(prefix.toLowerCase())) return undefined
  const tag = request.name.slice(prefix.length)
  return tryParseVersion(tag)?.tag === tag ? tag : undefined
}

/** The newest artifact named `name` uploaded by a run of the release chain; the others get a warning. */
async function newestFromTheChain(
  octokit: Octokit,
  ref: RepoRef,
  artifacts: ArtifactInfo[],
  tag: string,
  notes: PlanNote[]
): Promise<(ArtifactInfo & { runId: number }) | undefined> {
  let defaultBranch: string | undefined
  const branches = async (): Promise<string[]> => {
    defaultBranch ??= (await octokit.rest.repos.get({ ...ref })).data.default_branch
    return [tag, `release-${tag}`, defaultBranch]
  }
  for (const artifact of artifacts) {
    const runId = artifact.runId
    const why =
      runId === undefined
        ? 'no workflow run is named as its uploader'
        : untrustedBecause(await getRunOrigin(octokit, ref, runId), ref, await branches())
    if (!why) return { ...artifact, runId: runId as number }
    notes.push({
      kind: 'warning',
      message: `Artifact ${artifact.name} (${artifact.id}) of ${ref.owner}/${ref.repo} passed over: ${why}; a release manifest is taken only from the release workflows' own runs`
    })
  }
  return undefined
}

/** Why a run is not one of the release chain's, or undefined when it is. */
export function untrustedBecause(
  run: RunOrigin,
  ref: RepoRef,
  branches: string[]
): string | undefined {
  const repository = `${ref.owner}/${ref.repo}`
  const of = `run ${run.id} (${run.path}, ${run.event})`
  if (run.headRepository?.toLowerCase() !== repository.toLowerCase())
    return `${of} ran ${run.headRepository ?? 'unknown'}'s code, not ${repository}'s (a fork's pull request)`
  if (!CHAIN_EVENTS.has(run.event))
    return `${of} was started by ${run.event}, not by a dispatch, a push or a pull request`
  if (!run.path.startsWith('.github/workflows/'))
    return `${of} is not a workflow file of the repository`
  const branch = run.headBranch ?? ''
  if (!branches.includes(branch) && !/^release-v.+-patch$/.test(branch))
    return `${of} ran on ${branch || 'no branch'}, not on ${branches.join(', ')} or a release-vX.Y.Z-patch branch`
  return undefined
}
