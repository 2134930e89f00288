import { createHash } from 'node:crypto'
import { ReleaseError } from '../../release/errors.js'
import { RegistryAuth, type RegistryCredentials } from './auth.js'
import { parseChallenges } from './challenge.js'
import {
  assertManifestReference,
  assertTag,
  defaultRegistryUrl,
  formatImage,
  isDigest,
  parseImageName,
  type ImageReference
} from './reference.js'
import { DEFAULT_RETRY, discard, fetchWithRetry, type RetryPolicy } from '../http-retry.js'

export type { RegistryCredentials } from './auth.js'
export type { RetryPolicy } from '../http-retry.js'
export { parseImageReference, type ImageReference } from './reference.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

const ACCEPT = Object.values(MEDIA_TYPES).join(', ')
/** Content types that say nothing about which manifest schema the body is. */
const GENERIC_CONTENT_TYPES = new Set([
  '',
  'application/json',
  'text/plain',
  'application/octet-stream'
])

export interface RegistryClientOptions {
  /** Registry base URL, e.g. http://127.0.0.1:5000; default https://<host of the image>. */
  registryUrl?: string
  credentials?: RegistryCredentials
  /**
   * The registry host the credentials are for; default the host of
   * registryUrl, else quay.io (registry-username is a quay.io robot account).
   */
  credentialsHost?: string
  fetch?: typeof fetch
  retry?: Partial<RetryPolicy>
  /** Per-request timeout; a timeout counts as a network error and is retried. */
  timeoutMs?: number
}

export interface ResolvedManifest {
  /** `sha256:...`, checked against the bytes of `body`. */
  digest: string
  mediaType: string
  /** The manifest exactly as the registry stores it. */
  body: Buffer
}

export interface AddTagOptions {
  /** Move `newTag` when it already points at another manifest. */
  force?: boolean
}

export interface AddTagResult {
  /** `moved` only with force, when newTag pointed at `previousDigest` before. */
  status: 'created' | 'unchanged' | 'moved'
  digest: string
  previousDigest?: string
}

type Access = 'pull' | 'pull,push'

const DEFAULT_CREDENTIALS_HOST = 'quay.io'

/**
 * A client of the OCI distribution API for the few things a release needs:
 * read a manifest, check a tag, and add a tag by copying the exact manifest
 * bytes (a retag without pulling or pushing any layer). It authenticates
 * anonymously, with HTTP Basic, or with the Bearer token flow, as each
 * registry's 401 asks, and retries 429/5xx/network errors a bounded number of times.
 */
export class RegistryClient {
  private readonly fetchFn: typeof fetch
  private readonly retry: RetryPolicy
  private readonly timeoutMs: number
  private readonly auth: RegistryAuth

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.fetchFn = options.fetch ?? fetch
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.auth = new RegistryAuth({
      credentials: options.credentials,
      credentialsHost:
        options.credentialsHost ??
        (options.registryUrl ? new URL(options.registryUrl).host : DEFAULT_CREDENTIALS_HOST),
      fetch: this.fetchFn,
      retry: this.retry,
      timeoutMs: this.timeoutMs
    })
  }

  /**
   * The manifest that `reference` (a tag or a digest) names, or undefined when
   * the registry has no such tag or repository.
   */
  async resolve(image: string, reference: string): Promise<ResolvedManifest | undefined> {
    const name = parseImageName(image)
    assertManifestReference(reference, 'reference')
    const what = `reading ${formatImage(name, reference)}`
    const response = await this.request(name, 'GET', reference, 'pull', what)
    if (response.status === 404) {
      await discard(response)
      return undefined
    }
    if (response.status !== 200) throw await this.failure(response, what)

    const body = Buffer.from(await response.arrayBuffer())
    const digest = verifiedDigest(
      body,
      response.headers.get('docker-content-digest'),
      reference,
      what
    )
    return {
      digest,
      mediaType: manifestMediaType(response.headers.get('content-type'), body, what),
      body
    }
  }

  /** Whether `reference` (a tag or a digest) exists in the repository; asks with HEAD. */
  async exists(image: string, reference: string): Promise<boolean> {
    const name = parseImageName(image)
    assertManifestReference(reference, 'tag')
    const what = `checking ${formatImage(name, reference)}`
    const response = await this.request(name, 'HEAD', reference, 'pull', what)
    await discard(response)
    if (response.status === 200) return true
    if (response.status === 404) return false
    throw await this.failure(response, what)
  }

  /**
   * Points `newTag` at the manifest `sourceTag` points at, by putting the same
   * bytes with the same media type, so the digest stays the same. Idempotent:
   * a tag already there with that digest is `unchanged`. A tag on another
   * manifest is an error naming both digests, unless `force` moves it.
   */
  async addTag(
    image: string,
    sourceTag: string,
    newTag: string,
    options: AddTagOptions = {}
  ): Promise<AddTagResult> {
    const name = parseImageName(image)
    assertManifestReference(sourceTag, 'source tag')
    assertTag(newTag, 'new tag')
    const source = await this.resolve(image, sourceTag)
    if (!source) {
      throw new ReleaseError(
        `cannot tag ${formatImage(name, newTag)}: ${formatImage(name, sourceTag)} does not exist in ${this.baseUrl(name)}; check the image name and that ${sourceTag} was pushed`
      )
    }
    const current = await this.resolve(image, newTag)
    if (current?.digest === source.digest) return { status: 'unchanged', digest: source.digest }
    if (current && !options.force) {
      throw new ReleaseError(
        `${formatImage(name, newTag)} already points at ${current.digest}, not at ${source.digest} (${formatImage(name, sourceTag)}); check which image the release should carry, and use force to move the tag`
      )
    }

    const what = `tagging ${formatImage(name, sourceTag)} as ${newTag}`
    const response = await this.request(name, 'PUT', newTag, 'pull,push', what, {
      body: source.body,
      contentType: source.mediaType
    })
    if (response.status !== 201 && response.status !== 200) throw await this.failure(response, what)
    await discard(response)
    const stored = response.headers.get('docker-content-digest')
    if (stored && stored !== source.digest) {
      throw new ReleaseError(
        `${what}: the registry stored the manifest as ${stored}, not as ${source.digest}; the registry rewrote the manifest, so the tag does not name the same image`
      )
    }
    const result: AddTagResult = { status: current ? 'moved' : 'created', digest: source.digest }
    if (current) result.previousDigest = current.digest
    return result
  }

  private baseUrl(name: ImageReference): string {
    return (this.options.registryUrl ?? defaultRegistryUrl(name.host)).replace(/\/+$/, '')
  }

  /**
   * One manifest request: sends what earlier challenges taught, answers one
   * 401 (Basic or a Bearer token), and says clearly when access is still refused.
   */
  private async request(
    name: ImageReference,
    method: 'GET' | 'HEAD' | 'PUT',
    reference: string,
    access: Access,
    what: string,
    upload?: { body: Buffer; contentType: string }
  ): Promise<Response> {
    const url = `${this.baseUrl(name)}/v2/${name.repository}/manifests/${reference}`
    const origin = new URL(url).origin
    const scope = `repository:${name.repository}:${access}`
    const send = async (authorization: string | undefined): Promise<Response> => {
      const headers: Record<string, string> = { accept: ACCEPT }
      if (authorization) headers.authorization = authorization
      if (upload) headers['content-type'] = upload.contentType
      const init: RequestInit = { method, headers }
      if (upload) init.body = upload.body
      return (await fetchWithRetry(this.fetchFn, url, init, this.retry, this.timeoutMs, what))
        .response
    }

    const response = await send(this.auth.cached(origin, scope))
    if (response.status !== 401) return response
    await discard(response)
    const challenges = parseChallenges(response.headers.get('www-authenticate'))
    const retried = await send(await this.auth.answer(origin, scope, challenges, what))
    if (retried.status === 401 || retried.status === 403)
      throw await this.denied(retried, name, access, what)
    return retried
  }

  private async denied(
    response: Response,
    name: ImageReference,
    access: Access,
    what: string
  ): Promise<ReleaseError> {
    const detail = await registryErrorText(response)
    const credentials = this.options.credentials
    const who = credentials ? `the credentials of ${credentials.username}` : 'anonymous access'
    const permission = access === 'pull' ? 'read' : 'write'
    return new ReleaseError(
      `${what}: the registry refused ${who} (HTTP ${response.status}${detail ? `: ${detail}` : ''}); check that the account (or robot token) has ${permission} permission on ${name.host}/${name.repository}${credentials ? '' : ', and pass registry credentials'}`
    )
  }

  private async failure(response: Response, what: string): Promise<ReleaseError> {
    const detail = await registryErrorText(response)
    const hint =
      response.status === 429 || response.status >= 500
        ? `still failing after ${this.retry.attempts} tries; try again later`
        : 'check the image name, the tag and the registry URL'
    return new ReleaseError(
      `${what}: the registry answered HTTP ${response.status}${detail ? ` (${detail})` : ''}; ${hint}`
    )
  }
}

/**
 * The manifest's digest: the registry's Docker-Content-Digest header checked
 * against the bytes (and against the reference when that is a digest), or the
 * bytes' sha256 when the registry sends no header.
 */
function verifiedDigest(
  body: Buffer,
  header: string | null,
  reference: string,
  what: string
): string {
  const claimed = header?.trim() || (isDigest(reference) ? reference : undefined)
  const computed = digestOf(body, claimed?.split(':')[0] ?? 'sha256', what)
  if (header && header.trim() !== computed) {
    throw new ReleaseError(
      `${what}: the registry says the manifest is ${header.trim()} but its bytes hash to ${computed}; the manifest was altered in transit or by a proxy`
    )
  }
  if (isDigest(reference) && reference !== computed) {
    throw new ReleaseError(
      `${what}: the registry returned a manifest whose bytes hash to ${computed}, not to the requested digest`
    )
  }
  return computed
}

function digestOf(body: Buffer, algorithm: string, what: string): string {
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    throw new ReleaseError(
      `${what}: the registry uses digest algorithm "${algorithm}", which this client cannot check`
    )
  }
  return `${algorithm}:${createHash(algorithm).update(body).digest('hex')}`
}

/** The media type to put the manifest back with: the registry's Content-Type, else the body's mediaType. */
function manifestMediaType(contentType: string | null, body: Buffer, what: string): string {
  const fromHeader = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!GENERIC_CONTENT_TYPES.has(fromHeader)) return fromHeader
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { mediaType?: unknown }
    if (typeof parsed.mediaType === 'string' && parsed.mediaType) return parsed.mediaType
  } catch {
    // Falls through to the error below.
  }
  throw new ReleaseError(
    `${what}: the registry gave no manifest media type (Content-Type "${contentType ?? ''}") and the manifest names none`
  )
}

/** `MANIFEST_UNKNOWN: manifest unknown` from a distribution error body, or a short text. */
async function registryErrorText(response: Response): Promise<string> {
  let text: string
  try {
    text = await response.text()
  } catch {
    return ''
  }
  try {
    const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
    }
  } catch {
    // Not JSON: show a little of it.
  }
  const short = text.trim().replace(/\s+/g, ' ')
  return short.length > 200 ? `${short.slice(0, 200)}…` : short
}
