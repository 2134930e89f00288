import { existsSync } from 'node:fs'
import { type PlanNote } from '../release/plan.js'
import { InputError } from '../release/errors.js'
import { parseManifest } from '../release/manifest.js'
import { type Octokit, downloadArtifact } from './github/artifacts.js'
import { writeManifestFile } from './manifest-file.js'

export interface ManifestArtifactRequest {
  /** The artifact's name (manifest-artifact); empty: nothing to fetch. */
  name: string
  /** owner/name whose newest artifact of that name is taken (manifest-repository). */
  repository: string
  /** Where the manifest file goes for a repository and tag (the manifest-path input or the default). */
  manifestPath(repository: string, tag: string): string | undefined
  /** The manifest-path input as given; a file there means nothing is downloaded. */
  givenPath: string
}

/**
 * Downloads the release manifest from the newest artifact named `name` in
 * `repository` when manifest-path holds no file, and writes it where the
 * phase reads it. The notes say where the manifest came from, or that there
 * is none (the phase then takes nothing the manifest would have told it).
 */
export async function fetchManifestArtifact(
  octokit: Octokit,
  request: ManifestArtifactRequest
): Promise<PlanNote[]> {
  const { name, repository } = request
  if (!name) return []
  if (request.givenPath && existsSync(request.givenPath)) return []
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new InputError('manifest-repository', `"${repository}" is not owner/name`)
  }
  const artifact = await downloadArtifact(octokit, { owner, repo }, name)
  if (!artifact) {
    return [
      {
        kind: 'warning',
        message: `No release manifest: ${repository} has no artifact named ${name}; nothing is taken from a manifest (give the inputs it would have told)`
      }
    ]
  }
  const file = artifact.files.find((entry) => entry.path.endsWith('.json')) ?? artifact.files[0]
  if (!file) {
    return [
      {
        kind: 'warning',
        message: `No release manifest: artifact ${name} (${artifact.id}) of ${repository} is empty; nothing is taken from a manifest`
      }
    ]
  }
  const label = `artifact ${name} (${artifact.id}) ${file.path}`
  const manifest = parseManifest(file.data.toString('utf8'), label, 'manifest-artifact')
  const path = request.givenPath || request.manifestPath(manifest.repository, manifest.tag)
  if (path && !existsSync(path)) writeManifestFile(path, manifest)
  return [
    {
      kind: 'info',
      message: `Release manifest of ${manifest.repository} ${manifest.tag} from artifact ${name} (${artifact.id}, run ${artifact.runId ?? 'unknown'}) of ${repository}`
    }
  ]
}
