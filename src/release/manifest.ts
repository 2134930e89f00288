import { InputError } from './errors.js'
import { type ReleaseVersion, isPrerelease } from './version.js'

/**
 * The release manifest: what the phases learned, written as JSON for the next
 * job (moved between workflows as an artifact). Each phase adds its part;
 * keys are camelCase throughout.
 */
export const MANIFEST_SCHEMA = 2

/** The most a manifest may hold; the phases' own stay far below it (a few KB). */
export const MANIFEST_MAX_BYTES = 1024 * 1024

export interface PullLink {
  number: number
  url: string
}

export interface ManifestPrepare {
  branch: string
  commit: string
  pr: PullLink | null
  changelogPath: string
  files: string[]
}

export interface ManifestTagRelease {
  commit: string
  release: { id: number; url: string; draft: boolean } | null
  dispatch: { workflow: string; runId: number | null } | null
}

export interface ManifestPostRelease {
  commit: string
  release: { id: number; url: string; draft: boolean }
  assets: { name: string; status: string; extra: boolean; digest: string }[]
  extraAssets: string[]
  images: { image: string; tag: string; digest: string; status: string; previousDigest?: string }[]
  revertPr: PullLink | null
  checks: { group: string; name: string; status: string; detail: string }[] | null
  handOver: { repository: string; workflow: string; status: string; runId: number | null }
}

export interface ManifestCatalog {
  repository: string
  folder: string
  branch: string
  status: string
  fork: string | null
  commit: string | null
  pr: PullLink | null
}

export interface ManifestNextDev {
  version: string | null
  branch: string | null
  commit: string | null
  pr: PullLink | null
}

/** The parts a phase (or an operator stage) adds. */
export interface ManifestParts {
  prepare: ManifestPrepare
  tagRelease: ManifestTagRelease
  postRelease: ManifestPostRelease
  operator: { catalogs?: ManifestCatalog[]; nextDev?: ManifestNextDev }
}

export interface ReleaseManifest extends Partial<ManifestParts> {
  schema: typeof MANIFEST_SCHEMA
  repository: string
  version: string
  tag: string
  previousTag: string | null
  prerelease: boolean
  base: string
}

/** What a phase knows of the release when there is no manifest to extend. */
export interface ManifestHeader {
  repository: string
  version: ReleaseVersion
  previousTag: string | null
  base: string
}

/** The manifest to write: the one of this release there was (else a new one) with `part` added. */
export function extendManifest(
  existing: ReleaseManifest | undefined,
  header: ManifestHeader,
  part: Partial<ManifestParts>
): ReleaseManifest {
  const manifest: ReleaseManifest = existing ?? {
    schema: MANIFEST_SCHEMA,
    repository: header.repository,
    version: header.version.version,
    tag: header.version.tag,
    previousTag: header.previousTag,
    prerelease: isPrerelease(header.version),
    base: header.base
  }
  const operator = part.operator ? { ...manifest.operator, ...part.operator } : manifest.operator
  return { ...manifest, ...part, ...(operator ? { operator } : {}) }
}

type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'string?'
  | 'number?'
  | 'object'
  | 'object?'
  | 'array'
  | 'array?'

const HEADER: Record<string, Shape> = {
  repository: 'string',
  version: 'string',
  tag: 'string',
  previousTag: 'string?',
  prerelease: 'boolean',
  base: 'string'
}

const PARTS: Record<keyof ManifestParts, Record<string, Shape>> = {
  prepare: {
    branch: 'string',
    commit: 'string',
    pr: 'object?',
    changelogPath: 'string',
    files: 'array'
  },
  tagRelease: { commit: 'string', release: 'object?', dispatch: 'object?' },
  postRelease: {
    commit: 'string',
    release: 'object',
    assets: 'array',
    extraAssets: 'array',
    images: 'array',
    revertPr: 'object?',
    checks: 'array?',
    handOver: 'object'
  },
  operator: { catalogs: 'array?', nextDev: 'object?' }
}

function shapeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

function fits(value: unknown, shape: Shape): boolean {
  const optional = shape.endsWith('?')
  if (optional && (value === null || value === undefined)) return true
  const kind = shape.replace('?', '')
  if (kind === 'array') return Array.isArray(value)
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  return typeof value === kind
}

function checkFields(
  record: Record<string, unknown>,
  fields: Record<string, Shape>,
  prefix: string,
  fail: (field: string, problem: string) => never
): void {
  for (const [field, shape] of Object.entries(fields)) {
    const value = record[field]
    if (!fits(value, shape)) {
      fail(
        `${prefix}${field}`,
        value === undefined
          ? 'is missing'
          : `is ${shapeOf(value)}, not ${shape.replace('?', ' or null')}`
      )
    }
  }
}

/**
 * Reads a manifest's JSON text, checking every field it relies on. `path`
 * and `input` name it in the error: which file, which field, what to do.
 */
export function parseManifest(text: string, path: string, input: string): ReleaseManifest {
  const fail = (field: string, problem: string): never => {
    throw new InputError(
      input,
      `${path} is not a release manifest this version of release-actions reads: ${field} ${problem}; remove the file (or give another path) and rerun`
    )
  }
  const bytes = Buffer.byteLength(text)
  if (bytes > MANIFEST_MAX_BYTES) {
    fail('the file', `is ${bytes} bytes, over the ${MANIFEST_MAX_BYTES} a manifest may hold`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return fail('the file', `is not JSON (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('the file', `holds ${shapeOf(parsed)}, not an object`)
  }
  const record = parsed as Record<string, unknown>
  if (record.schema !== MANIFEST_SCHEMA) {
    fail(
      'schema',
      `is ${JSON.stringify(record.schema)}; this version reads schema ${MANIFEST_SCHEMA}`
    )
  }
  checkFields(record, HEADER, '', fail)
  for (const [part, fields] of Object.entries(PARTS)) {
    const value = record[part]
    if (value === undefined) continue
    if (!fits(value, 'object')) fail(part, `is ${shapeOf(value)}, not an object`)
    checkFields(value as Record<string, unknown>, fields, `${part}.`, fail)
  }
  return record as unknown as ReleaseManifest
}
