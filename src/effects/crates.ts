import { ReleaseError } from '../release/errors.js'
import { DEFAULT_RETRY, fetchWithRetry } from './http-retry.js'

export const CRATES_API_URL = 'https://crates.io/api/v1'
/** The crates a bpfman release publishes. */
export const BPFMAN_CRATES: readonly string[] = [
  'bpfman',
  'bpfman-api',
  'bpf-log-exporter',
  'bpf-metrics-exporter'
]
/**
 * crates.io refuses requests without a User-Agent that names the client and a
 * way to reach its owner (https://crates.io/data-access).
 */
export const USER_AGENT = 'bpfman-release-actions (https://github.com/bpfman/bpfman)'

export type CrateVersionState =
  { state: 'published'; yanked: boolean } | { state: 'missing'; detail: string }

/** The crates.io API, GET /crates/{name}/{version}, at a configurable base (input crates-api-url). */
export class CratesClient {
  private readonly baseUrl: string

  constructor(
    baseUrl = CRATES_API_URL,
    private readonly options: { userAgent?: string; fetch?: typeof fetch; timeoutMs?: number } = {}
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '')
  }

  async version(name: string, version: string): Promise<CrateVersionState> {
    const url = `${this.baseUrl}/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`
    const what = `reading ${name} ${version} from ${this.baseUrl}`
    const { response } = await fetchWithRetry(
      this.options.fetch ?? fetch,
      url,
      {
        headers: { accept: 'application/json', 'user-agent': this.options.userAgent ?? USER_AGENT }
      },
      { ...DEFAULT_RETRY, attempts: 3 },
      this.options.timeoutMs ?? 30_000,
      what
    )
    if (response.status === 404) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { detail?: string }[] }
      return { state: 'missing', detail: body.errors?.[0]?.detail ?? 'not found' }
    }
    if (response.status !== 200) {
      const text = (await response.text().catch(() => '')).trim().split('\n')[0] ?? ''
      throw new ReleaseError(
        `${what}: HTTP ${response.status}${text ? ` (${text.slice(0, 200)})` : ''}; check input crates-api-url`
      )
    }
    const body = (await response.json().catch(() => undefined)) as
      { version?: { num?: string; yanked?: boolean } } | undefined
    if (body?.version?.num !== version) {
      throw new ReleaseError(
        `${what}: the answer is not a crates.io version record; check input crates-api-url`
      )
    }
    return { state: 'published', yanked: body.version.yanked === true }
  }
}
