/**
 * Look-up before resend: a create whose outcome is unknown (isOutcomeUnknown:
 * a 5xx, a lost connection or a timeout after a POST was sent) may have taken
 * effect. The object is looked for first, a few times with short waits since
 * GitHub may not list what it has just made, and sent again only when it is
 * still not there. Bounded: at most `sends` sends, `lookUps` looks per send.
 */
import { secondMs } from '../test-knobs.js'
import { loadCore } from '../../release/lazy.js'
import { isOutcomeUnknown } from './failures.js'

export interface CreateOnceOptions {
  /** Sends in all, the first included. Default 3. */
  sends?: number
  /** Waits before each look-up after an unknown outcome, in seconds. Default 0, 1, 2, 4. */
  lookUpWaits?: readonly number[]
}

const DEFAULT_WAITS = [0, 1, 2, 4] as const

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function createOnce<T>(
  what: string,
  send: () => Promise<T>,
  lookUp: () => Promise<T | undefined>,
  options: CreateOnceOptions = {}
): Promise<T> {
  const sends = options.sends ?? 3
  const waits = options.lookUpWaits ?? DEFAULT_WAITS
  for (let sent = 1; ; sent++) {
    try {
      return await send()
    } catch (error) {
      if (!isOutcomeUnknown(error) || sent >= sends) throw error
      const { info } = await loadCore()
      for (const seconds of waits) {
        if (seconds > 0) await sleep(seconds * secondMs())
        const found = await lookUp()
        if (found !== undefined) {
          info(`${what}: the answer was lost, but GitHub has it: not sent again`)
          return found
        }
      }
      info(`${what}: the answer was lost and GitHub does not have it: sending it again`)
    }
  }
}
