import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { InputError } from './release/errors.js'
import { type RunEnvironment } from './release/phase.js'

/** The run's environment as the phases take it, from the variables the runner (or a shell) sets. */
export function runEnvironment(env: NodeJS.ProcessEnv): RunEnvironment {
  return {
    apiUrl: urlOf(env, 'GITHUB_API_URL', 'https://api.github.com'),
    serverUrl: urlOf(env, 'GITHUB_SERVER_URL', 'https://github.com').replace(/\/+$/, ''),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    eventPullNumber: pullNumberFromEvent(env.GITHUB_EVENT_PATH),
    run: workflowRun(env)
  }
}

/** owner/repo/.github/workflows/release.yml@refs/tags/v0.6.1 and run 42: { id: 42, workflow: 'release.yml' }. */
function workflowRun(env: NodeJS.ProcessEnv): RunEnvironment['run'] {
  const id = Number(env.GITHUB_RUN_ID)
  const workflow = /\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  return Number.isSafeInteger(id) && id > 0 && workflow ? { id, workflow } : undefined
}

function urlOf(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback
  if (!URL.canParse(value)) {
    throw new InputError(name, `"${value}" is not a URL; unset it, or give one such as ${fallback}`)
  }
  return value
}

/** The pull request number of a pull_request event (GITHUB_EVENT_PATH), or undefined for other events. */
export function pullNumberFromEvent(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined
  const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
    pull_request?: { number?: unknown }
  }
  const number = payload.pull_request?.number
  return typeof number === 'number' ? number : undefined
}
