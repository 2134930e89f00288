import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ReleaseError } from './errors.js'

/**
 * The release manifest: what one phase learned, written as JSON for the next
 * job (moved between workflows as an artifact). Each phase adds its part.
 */
export const MANIFEST_SCHEMA = 1

export interface ReleaseManifest {
  schema: typeof MANIFEST_SCHEMA
  repository: string
  version: string
  tag: string
  previousTag: string | null
  prerelease: boolean
  base: string
  prepare?: {
    branch: string
    commit: string
    pr: { number: number; url: string } | null
    changelogPath: string
    files: string[]
  }
  tag_release?: {
    commit: string
    release: { id: number; url: string; draft: boolean } | null
    dispatch: { workflow: string; runId: number | null } | null
  }
  post_release?: Record<string, unknown>
  operator?: Record<string, unknown>
}

export function defaultManifestPath(repository: string, tag: string): string {
  const dir = process.env.RUNNER_TEMP || tmpdir()
  return join(dir, `release-manifest-${repository.replace('/', '-')}-${tag}.json`)
}

export function writeManifest(path: string, manifest: ReleaseManifest): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
}

export function readManifest(path: string): ReleaseManifest {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ReleaseError(`manifest ${path} could not be read: ${(error as Error).message}`)
  }
  const manifest = parsed as Partial<ReleaseManifest>
  if (manifest.schema !== MANIFEST_SCHEMA) {
    throw new ReleaseError(
      `manifest ${path} has schema ${String(manifest.schema)}; this version of release-actions reads schema ${MANIFEST_SCHEMA}`
    )
  }
  return manifest as ReleaseManifest
}
