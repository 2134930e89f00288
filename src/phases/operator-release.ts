import { existsSync } from 'node:fs'
import { InputError } from '../release/errors.js'
import { MANIFEST_SCHEMA, type ReleaseManifest, readManifest } from '../release/manifest.js'
import { type CatalogsResult } from '../operator/catalogs.js'
import { type NextDevResult } from '../operator/next-dev.js'

/**
 * operator-release: the bpfman-operator part of the release process, in three
 * stages that run at different times:
 * - `prepare`, after bpfman is released: VERSION (or Makefile VERSION ?=),
 *   `make bundle`, Containerfile labels, README links, go.mod on bpfman vX.Y.Z,
 *   changelog; branch release-vX.Y.Z, signed commit, pull request (tag-release
 *   then tags the merge as it does for bpfman);
 * - `catalogs`, after the operator release is published: one pull request to
 *   each community operator catalog, from the bot account's fork;
 * - `next-dev`: VERSION to the next -dev version.
 */
export type OperatorStage = 'prepare' | 'catalogs' | 'next-dev'
export const OPERATOR_STAGES: readonly OperatorStage[] = ['prepare', 'catalogs', 'next-dev']

export function parseOperatorStage(text: string, input = 'stage'): OperatorStage {
  if ((OPERATOR_STAGES as readonly string[]).includes(text)) return text as OperatorStage
  throw new InputError(input, `"${text}" is not one of ${OPERATOR_STAGES.join(', ')}`)
}

export { preparedManifest } from './prepare.js'
export {
  parseBundleCommand,
  planOperatorPrepare,
  type OperatorPrepareInputs
} from '../operator/prepare.js'
export {
  planOperatorCatalogs,
  type CatalogsInputs,
  type CatalogsResult
} from '../operator/catalogs.js'
export {
  developmentVersion,
  planOperatorNextDev,
  type NextDevInputs,
  type NextDevResult
} from '../operator/next-dev.js'

/** The manifest at `path` when it is this release's, else a new one: later stages add their part. */
export function manifestToExtend(
  path: string,
  repository: string,
  version: { version: string; tag: string; rc: number | undefined },
  base: string
): ReleaseManifest {
  if (existsSync(path)) {
    const existing = readManifest(path)
    if (existing.repository === repository && existing.version === version.version) return existing
  }
  return {
    schema: MANIFEST_SCHEMA,
    repository,
    version: version.version,
    tag: version.tag,
    previousTag: null,
    prerelease: version.rc !== undefined,
    base
  }
}

/** Adds the catalogs stage's pull requests to the manifest's `operator` part. */
export function withCatalogs(manifest: ReleaseManifest, result: CatalogsResult): ReleaseManifest {
  return {
    ...manifest,
    operator: {
      ...manifest.operator,
      catalogs: result.catalogs.map((catalog) => ({
        repository: catalog.repository,
        folder: catalog.folder,
        branch: catalog.branch,
        status: catalog.status,
        fork: catalog.fork ?? null,
        commit: catalog.outputs.commit ?? null,
        pr: catalog.outputs.pr ?? null
      }))
    }
  }
}

/** Adds the next-dev stage's pull request to the manifest's `operator` part. */
export function withNextDev(manifest: ReleaseManifest, result: NextDevResult): ReleaseManifest {
  return {
    ...manifest,
    operator: {
      ...manifest.operator,
      nextDev: {
        version: result.nextVersion ?? null,
        branch: result.branch ?? null,
        commit: result.outputs.commit ?? null,
        pr: result.outputs.pr ?? null
      }
    }
  }
}
