/**
 * Triggers: what starts a run (a dispatch with inputs, a pull request closed,
 * a pushed tag, a dispatch the emulator recorded), the event payload GitHub
 * would write to GITHUB_EVENT_PATH, and whether a workflow's `on:` filters let
 * the event through.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { GitHubEmulator } from '../github/index.js'
import type { DispatchRecord } from '../github/state.js'
import type { WorkflowDef } from './workflow.js'
import { matchesFilters } from '../../src/release/repository-workflows.js'

export { matchesFilters }

const execFileAsync = promisify(execFile)

export type Trigger =
  | {
      event: 'workflow_dispatch'
      inputs?: Record<string, string | boolean | number>
      /** A branch or tag; default: the repository's default branch. */
      ref?: string
    }
  | { event: 'pull_request'; action?: string; number: number }
  | { event: 'push'; ref: string }
  /** A workflow_dispatch the emulator recorded (`emulator.state.dispatches`), run with its own run id. */
  | { event: 'dispatch'; dispatch: DispatchRecord }

/** The event as the run sees it: github.event_name, github.event, github.ref and sha. */
export interface ResolvedEvent {
  name: string
  payload: Record<string, unknown>
  ref: string
  sha: string
  headRef: string
  baseRef: string
  /** workflow_dispatch inputs as sent (strings). */
  inputs?: Record<string, unknown>
  /** The run the emulator already recorded for a dispatch. */
  runId?: number
}

async function api(
  emulator: GitHubEmulator,
  token: string,
  path: string
): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.url}${path}`, {
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' }
  })
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

async function revParse(remote: string | undefined, ref: string): Promise<string> {
  if (!remote) throw new Error(`no bare remote to resolve ${ref} in: map the repository in remotes`)
  try {
    const { stdout } = await execFileAsync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
      cwd: remote
    })
    return stdout.trim()
  } catch {
    throw new Error(`no ref ${ref} in ${remote}`)
  }
}

async function fullRef(remote: string | undefined, ref: string): Promise<string> {
  if (ref.startsWith('refs/')) return ref
  if (!remote) return `refs/heads/${ref}`
  try {
    await execFileAsync('git', ['rev-parse', '--verify', `refs/heads/${ref}`], { cwd: remote })
    return `refs/heads/${ref}`
  } catch {
    return `refs/tags/${ref}`
  }
}

export async function resolveEvent(
  trigger: Trigger,
  context: {
    emulator: GitHubEmulator
    token: string
    repository: string
    remote: string | undefined
    actor: string
    workflowPath: string
  }
): Promise<ResolvedEvent> {
  const { emulator, token, repository } = context
  const repo = await api(emulator, token, `/repos/${repository}`)
  const sender = { login: context.actor, type: 'User' }
  switch (trigger.event) {
    case 'workflow_dispatch':
    case 'dispatch': {
      const record = trigger.event === 'dispatch' ? trigger.dispatch : undefined
      const ref = await fullRef(
        context.remote,
        record?.ref ??
          (trigger.event === 'workflow_dispatch' ? trigger.ref : undefined) ??
          String(repo.default_branch)
      )
      const run = record ? emulator.state.run(record.runId) : undefined
      const sha = run?.headSha ?? (await revParse(context.remote, ref))
      const inputs =
        record?.inputs ?? (trigger.event === 'workflow_dispatch' ? (trigger.inputs ?? {}) : {})
      const stringInputs = Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [name, String(value)])
      )
      return {
        name: 'workflow_dispatch',
        payload: {
          inputs: stringInputs,
          ref,
          repository: repo,
          sender,
          workflow: context.workflowPath
        },
        ref,
        sha,
        headRef: '',
        baseRef: '',
        inputs: stringInputs,
        runId: record?.runId
      }
    }
    case 'pull_request': {
      const pull = await api(emulator, token, `/repos/${repository}/pulls/${trigger.number}`)
      const head = pull.head as { ref: string; sha: string }
      const base = pull.base as { ref: string }
      const sha = pull.merged ? String(pull.merge_commit_sha) : head.sha
      return {
        name: 'pull_request',
        payload: {
          action: trigger.action ?? 'closed',
          number: trigger.number,
          pull_request: pull,
          repository: repo,
          sender
        },
        ref: `refs/pull/${trigger.number}/merge`,
        sha,
        headRef: head.ref,
        baseRef: base.ref
      }
    }
    case 'push': {
      const ref = await fullRef(context.remote, trigger.ref)
      const sha = await revParse(context.remote, ref)
      return {
        name: 'push',
        payload: {
          ref,
          before: '0'.repeat(40),
          after: sha,
          created: true,
          deleted: false,
          forced: false,
          base_ref: null,
          repository: repo,
          pusher: { name: context.actor },
          sender
        },
        ref,
        sha,
        headRef: '',
        baseRef: ''
      }
    }
  }
}

/** Whether the workflow's `on:` starts a run for this event; else why not. */
export function triggers(workflow: WorkflowDef, event: ResolvedEvent): string | undefined {
  const on = workflow.events as Record<string, Record<string, string[] | undefined> | undefined>
  if (!(event.name in on)) return `it has no ${event.name} trigger`
  const filter = on[event.name] ?? {}
  if (event.name === 'pull_request') {
    const types = filter.types ?? ['opened', 'synchronize', 'reopened']
    const action = String(event.payload.action)
    if (!types.includes(action)) return `pull_request ${action} is not in its types`
    if (!matchesFilters(event.baseRef, filter.branches))
      return `base ${event.baseRef} is not in its branches`
    if (filter['branches-ignore'] && matchesFilters(event.baseRef, filter['branches-ignore']))
      return `base ${event.baseRef} is in its branches-ignore`
  }
  if (event.name === 'push') {
    const tag = event.ref.startsWith('refs/tags/')
    const name = event.ref.replace(/^refs\/(heads|tags)\//, '')
    const [include, exclude] = tag ? ['tags', 'tags-ignore'] : ['branches', 'branches-ignore']
    const other = tag ? ['branches', 'branches-ignore'] : ['tags', 'tags-ignore']
    const constrained = filter[include] || filter[exclude]
    if (!constrained && other.some((key) => filter[key]))
      return `it filters only ${tag ? 'branches' : 'tags'}`
    if (!matchesFilters(name, filter[include])) return `${name} is not in its ${include}`
    if (filter[exclude] && matchesFilters(name, filter[exclude]))
      return `${name} is in its ${exclude}`
  }
  return undefined
}
