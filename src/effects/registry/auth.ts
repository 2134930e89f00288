import { ReleaseError } from '../../release/errors.js'
import type { AuthChallenge } from './challenge.js'
import { fetchWithRetry, type RetryPolicy } from '../http-retry.js'

export interface RegistryCredentials {
  username: string
  password: string
}

export interface RegistryAuthOptions {
  credentials?: RegistryCredentials
  /**
   * The registry host (host or host:port) the credentials were given for:
   * they go to it and to a token service on the same host name, over https
   * (or http when that host is a loopback address), and nowhere else.
   */
  credentialsHost: string
  fetch: typeof fetch
  retry: RetryPolicy
  timeoutMs: number
}

interface CachedToken {
  value: string
  expiresAt: number
}

/** Tokens are dropped this long before the expiry the token service gave. */
const EXPIRY_MARGIN_MS = 10_000
/** The distribution spec's default when the token service gives no expires_in. */
const DEFAULT_TOKEN_SECONDS = 60

/**
 * Learns from each 401 how a registry wants to be authenticated and remembers
 * it: Basic per registry origin, Bearer tokens per origin and scope. Secrets
 * stay in here; nothing this class throws contains a password or a token.
 */
export class RegistryAuth {
  private readonly basicOrigins = new Set<string>()
  private readonly tokens = new Map<string, CachedToken>()

  constructor(private readonly options: RegistryAuthOptions) {}

  /** The Authorization header to send before any challenge, from what earlier ones taught. */
  cached(origin: string, scope: string): string | undefined {
    if (this.basicOrigins.has(origin)) return this.basicHeader(origin)
    for (const candidate of scopesCovering(scope)) {
      const token = this.tokens.get(tokenKey(origin, candidate))
      if (token && token.expiresAt > Date.now()) return `Bearer ${token.value}`
    }
    return undefined
  }

  /**
   * Answers a registry's 401 with the Authorization header to retry with:
   * Basic credentials, or a fresh Bearer token from the challenge's realm.
   * `what` says what was being done, for error messages.
   */
  async answer(
    origin: string,
    scope: string,
    challenges: AuthChallenge[],
    what: string
  ): Promise<string> {
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    if (bearer) return `Bearer ${await this.fetchToken(origin, scope, bearer, what)}`

    if (challenges.some((c) => c.scheme === 'basic')) {
      const header = this.basicHeader(origin)
      if (!header) {
        throw new ReleaseError(
          `${what}: ${origin} requires a username and password (HTTP Basic); pass registry credentials${this.options.credentials ? ` (the ones given are for ${this.options.credentialsHost} only)` : ''}`
        )
      }
      this.basicOrigins.add(origin)
      return header
    }

    const schemes = challenges.map((c) => c.scheme).join(', ') || 'none given'
    throw new ReleaseError(
      `${what}: ${origin} answered 401 with an authentication scheme this client does not speak (${schemes}); it speaks Basic and Bearer tokens`
    )
  }

  /** Basic credentials for `url`, when it is where they may go. */
  private basicHeader(url: string): string | undefined {
    const credentials = this.credentialsFor(new URL(url))
    return credentials && basic(credentials)
  }

  /** The credentials, when `url` is on the host they were given for and the connection is safe. */
  private credentialsFor(url: URL): RegistryCredentials | undefined {
    const credentials = this.options.credentials
    if (!credentials) return undefined
    const host = new URL(`https://${this.options.credentialsHost}`).hostname
    if (url.hostname !== host) return undefined
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))
      return credentials
    return undefined
  }

  private async fetchToken(
    origin: string,
    scope: string,
    challenge: AuthChallenge,
    what: string
  ): Promise<string> {
    const { realm, service } = challenge.params
    if (!realm) {
      throw new ReleaseError(
        `${what}: ${origin} asked for a Bearer token but named no realm (token service)`
      )
    }
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      throw new ReleaseError(`${what}: ${origin} named a token realm that is not a URL: "${realm}"`)
    }
    if (service) url.searchParams.set('service', service)
    for (const wanted of (challenge.params.scope ?? scope).split(' ').filter(Boolean)) {
      url.searchParams.append('scope', wanted)
    }
    // The registry's own credentials go to its token service only: a realm on
    // another host (or over http) would receive them from any 401 it names.
    const forRegistry = this.credentialsFor(new URL(origin))
    const credentials = forRegistry && this.credentialsFor(url)
    if (forRegistry && !credentials) {
      throw new ReleaseError(
        `${what}: ${origin} named ${url.protocol}//${url.host}${url.pathname} as its token service; the credentials for ${this.options.credentialsHost} go to that host over https only, so they were not sent`
      )
    }
    const headers: Record<string, string> = { accept: 'application/json' }
    if (credentials) {
      url.searchParams.set('account', credentials.username)
      headers.authorization = basic(credentials)
    }

    const service_ = `the token service ${url.origin}${url.pathname}`
    const { response } = await fetchWithRetry(
      this.options.fetch,
      url.toString(),
      { method: 'GET', headers },
      this.options.retry,
      this.options.timeoutMs,
      what
    )
    const text = await response.text()
    if (response.status === 401 || response.status === 403) {
      const who = credentials ? `the credentials of ${credentials.username}` : 'anonymous access'
      throw new ReleaseError(
        `${what}: ${service_} refused ${who} (HTTP ${response.status}); check the username and password (or robot token)`
      )
    }
    if (!response.ok) {
      throw new ReleaseError(
        `${what}: ${service_} answered HTTP ${response.status}; try again later`
      )
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      throw new ReleaseError(`${what}: ${service_} did not answer JSON`)
    }
    const token = typeof body.token === 'string' && body.token ? body.token : body.access_token
    if (typeof token !== 'string' || token === '') {
      throw new ReleaseError(`${what}: ${service_} answered without a token or access_token`)
    }
    const seconds =
      typeof body.expires_in === 'number' && body.expires_in > 0
        ? body.expires_in
        : DEFAULT_TOKEN_SECONDS
    this.tokens.set(tokenKey(origin, scope), {
      value: token,
      expiresAt: Date.now() + Math.max(seconds * 1000 - EXPIRY_MARGIN_MS, 1000)
    })
    return token
  }
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

/** localhost, 127.0.0.0/8, ::1: a test registry, or a mirror on the runner itself. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

function tokenKey(origin: string, scope: string): string {
  return `${origin} ${scope}`
}

/** A pull,push token serves a pull too. */
function scopesCovering(scope: string): string[] {
  return scope.endsWith(':pull') ? [scope, `${scope},push`] : [scope]
}
