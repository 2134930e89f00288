import { existsSync, readFileSync } from 'node:fs'

/** The pull request number of a pull_request event (GITHUB_EVENT_PATH), or undefined for other events. */
export function pullNumberFromEvent(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined
  const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
    pull_request?: { number?: unknown }
  }
  const number = payload.pull_request?.number
  return typeof number === 'number' ? number : undefined
}
