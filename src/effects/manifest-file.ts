import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { InputError } from '../release/errors.js'
import { type ReleaseManifest, parseManifest } from '../release/manifest.js'
import { type ReleaseVersion, tryParseVersion } from '../release/version.js'
import { parseRepository } from './github/repository.js'

/**
 * Where an action keeps a release's manifest when no path is given: a file
 * in the runner's temp folder named from an owner/name and a release tag,
 * each checked first, so that no value can lead the path elsewhere.
 */
export function defaultManifestPath(tempDir: string, repository: string, tag: string): string {
  const { owner, repo } = parseRepository(repository, 'repository')
  if (tryParseVersion(tag)?.tag !== tag) {
    throw new InputError('version', `"${tag}" is not a release tag (vX.Y.Z or vX.Y.Z-rcN)`)
  }
  return join(tempDir, `release-manifest-${owner}-${repo}-${tag}.json`)
}

/**
 * The manifest of one release at `path`, read once and validated: a file
 * that is not a manifest, or is another release's, is bad input. Without
 * `version`, only its repository is checked.
 */
export function readManifestFile(
  path: string,
  repository: string,
  version: ReleaseVersion | undefined,
  input: string
): ReleaseManifest | undefined {
  if (!existsSync(path)) return undefined
  if (statSync(path).isDirectory()) {
    throw new InputError(input, `${path} is a folder; give the path of the manifest file`)
  }
  const manifest = parseManifest(readFileSync(path, 'utf8'), path, input)
  if ((version && manifest.tag !== version.tag) || manifest.repository !== repository) {
    throw new InputError(
      input,
      `${path} is the manifest of ${manifest.repository} ${manifest.tag}, not ${repository}${version ? ` ${version.tag}` : ''}; give another path or remove it`
    )
  }
  return manifest
}

export function writeManifestFile(path: string, manifest: ReleaseManifest): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
}
