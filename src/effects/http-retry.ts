import { setTimeout as sleep } from 'node:timers/promises'
import { ReleaseError } from '../release/errors.js'
import { secondMs } from './test-knobs.js'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 }

export interface RetriedResponse {
  response: Response
  attempts: number
}

export function isRetriableStatus(status: number): boolean {
  return status === 429 || status >= 500
}

/**
 * fetch with bounded retries on 429, 5xx and network errors (including the
 * per-try timeout), backing off exponentially and honouring Retry-After up to
 * maxDelayMs, each of its seconds secondMs() long. Returns the last response
 * even when it is still a 429/5xx, so the caller can say what the registry
 * answered; throws only when no try got an answer.
 */
export async function fetchWithRetry(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  policy: RetryPolicy,
  timeoutMs: number,
  what: string
): Promise<RetriedResponse> {
  const attempts = Math.max(1, Math.floor(policy.attempts))
  let lastError: unknown
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined
    try {
      response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      lastError = error
    }
    if (response && (!isRetriableStatus(response.status) || attempt >= attempts)) {
      return { response, attempts: attempt }
    }
    if (!response && attempt >= attempts) {
      throw new ReleaseError(
        `${what}: could not reach ${new URL(url).origin} after ${attempt} ${attempt === 1 ? 'try' : 'tries'} (${networkErrorText(lastError)}); check the registry URL and the network`
      )
    }
    const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined
    if (response) await discard(response)
    await sleep((backoffMs(policy, attempt, retryAfter) * secondMs()) / 1000)
  }
}

function backoffMs(policy: RetryPolicy, attempt: number, retryAfter: number | undefined): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1)
  const wanted = retryAfter ?? exponential / 2 + Math.random() * (exponential / 2)
  return Math.min(policy.maxDelayMs, Math.max(0, wanted))
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return seconds * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : date - Date.now()
}

// Duck-typed: fetch's errors come from node's own realm, where `instanceof Error`
// against another realm's Error (a test VM's, say) is false.
function networkErrorText(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error)
  const { name, message, cause } = error as {
    name?: string
    message?: string
    cause?: { code?: string; message?: string }
  }
  if (name === 'TimeoutError') return 'timed out'
  return cause?.code ?? cause?.message ?? message ?? String(error)
}

/** Reads and drops a body we do not need, so the connection can be reused. */
export async function discard(response: Response): Promise<void> {
  try {
    await response.arrayBuffer()
  } catch {
    // A body that fails to arrive changes nothing here.
  }
}
