import { InputError } from '../../release/errors.js'

/** An image reference split as the distribution spec names its parts. */
export interface ImageReference {
  /** Registry host, with port when given: `quay.io`, `127.0.0.1:5000`, `docker.io`. */
  host: string
  /** Repository path inside the registry: `bpfman/xdp-dispatcher`. */
  repository: string
  tag?: string
  digest?: string
}

export const DOCKER_HUB_HOST = 'docker.io'
const DOCKER_HUB_API = 'https://registry-1.docker.io'

const EXAMPLE = 'quay.io/bpfman/xdp-dispatcher:latest'
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 }

export function isTag(value: string): boolean {
  return TAG.test(value)
}

export function isDigest(value: string): boolean {
  if (!DIGEST.test(value)) return false
  const [algorithm, hex] = value.split(':') as [string, string]
  const length = HEX_LENGTH[algorithm]
  return length === undefined || (hex.length === length && /^[a-f0-9]+$/.test(hex))
}

/**
 * Parses `host/repository[:tag][@digest]`. A first path component counts as the
 * host when it has a dot or a port or is `localhost`, as docker does; otherwise
 * the image is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
export function parseImageReference(ref: string): ImageReference {
  const fail = (why: string): never => {
    throw new InputError(
      'image',
      `"${ref}" is not an image reference: ${why} (expected host/repository[:tag][@digest], e.g. ${EXAMPLE})`
    )
  }
  const text = ref.trim()
  if (text === '') fail('it is empty')

  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) fail(`"${digest}" is not a digest like sha256:<64 hex digits>`)
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!isTag(tag)) fail(`"${tag}" is not a valid tag`)
  }

  const parts = rest.split('/')
  let host = DOCKER_HUB_HOST
  const first = parts[0] ?? ''
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    host = first
    parts.shift()
    if (!HOST.test(host)) fail(`"${host}" is not a registry host`)
  }
  if (host === 'index.docker.io' || host === 'registry-1.docker.io') host = DOCKER_HUB_HOST
  if (host === DOCKER_HUB_HOST && parts.length === 1) parts.unshift('library')

  for (const part of parts) {
    if (!PATH_COMPONENT.test(part))
      fail(`repository part "${part}" must be lowercase letters, digits and separators`)
  }
  const repository = parts.join('/')
  if (repository.length > 255) fail('the repository name is longer than 255 characters')

  const parsed: ImageReference = { host, repository }
  if (tag !== undefined) parsed.tag = tag
  if (digest !== undefined) parsed.digest = digest
  return parsed
}

/** Parses an image name that must carry neither tag nor digest (they are passed apart). */
export function parseImageName(image: string): ImageReference {
  const parsed = parseImageReference(image)
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    throw new InputError(
      'image',
      `"${image}" must name the repository only, without :tag or @digest (pass the tag separately), e.g. quay.io/bpfman/xdp-dispatcher`
    )
  }
  return parsed
}

/** A tag or a digest, as the last part of a manifest URL. */
export function assertManifestReference(reference: string, input: string): void {
  if (!isTag(reference) && !isDigest(reference)) {
    throw new InputError(
      input,
      `"${reference}" is neither a tag (like v0.6.1) nor a digest (like sha256:<64 hex digits>)`
    )
  }
}

export function assertTag(tag: string, input: string): void {
  if (!isTag(tag)) {
    throw new InputError(
      input,
      `"${tag}" is not a valid tag: letters, digits, '_', '.', '-', at most 128, not starting with '.' or '-'`
    )
  }
}

/** `quay.io/bpfman/xdp-dispatcher:latest` or `...@sha256:...`, for messages. */
export function formatImage(image: ImageReference, reference: string): string {
  const name = `${image.host}/${image.repository}`
  return isDigest(reference) ? `${name}@${reference}` : `${name}:${reference}`
}

/** The HTTPS endpoint of a registry host (Docker Hub's API lives on another host). */
export function defaultRegistryUrl(host: string): string {
  return host === DOCKER_HUB_HOST ? DOCKER_HUB_API : `https://${host}`
}
