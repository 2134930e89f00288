/**
 * Who a token may reach, as GitHub documents it:
 * - a job's GITHUB_TOKEN: the run's repository, with the job's `permissions:`
 *   ("The token's permissions are limited to the repository that contains your workflow");
 * - an App installation token: the repositories and permissions it was issued for;
 * - a personal token: its user's reach (repositories the user owns or collaborates on).
 * Refusals are GitHub's: 403 "Resource not accessible by integration" for an
 * integration token that lacks a permission or reaches outside its
 * repositories, 404 "Not Found" where GitHub hides a private repository or
 * refuses a user without push access.
 *
 * Simplified: reads of a public repository's contents, releases, pull requests
 * and git data are open to every token, as on GitHub; reads of its Actions data
 * (runs, artifacts) by another repository's integration token are refused with
 * 403, the answer the cross-repository artifact download gets with GITHUB_TOKEN.
 */
import type { RepoRecord } from './state.js'

export type PermissionLevel = 'read' | 'write' | 'none'

export interface TokenGrant {
  /**
   * `job` (default): a workflow job's GITHUB_TOKEN, limited to `repository`.
   * `installation`: an App installation token, limited to `repositories`.
   */
  kind?: 'job' | 'installation'
  /** owner/name: the job token's one repository. */
  repository?: string
  /** owner/name of each repository an installation token was issued for. */
  repositories?: string[]
  permissions: Record<string, PermissionLevel | undefined>
  /** Default github-actions[bot] (job) or `<app-slug>[bot]` (installation). */
  login?: string
}

/** A refusal: the status and message GitHub answers with. */
export interface Refusal {
  status: 403 | 404
  message: string
}

const LEVEL = { none: 0, read: 1, write: 2 }
/** Scopes whose reads a public repository does not open to other repositories' tokens. */
const NOT_PUBLIC = new Set(['actions', 'secrets', 'actions-variables', 'administration'])
export const NOT_ACCESSIBLE = 'Resource not accessible by integration'

/** The scopes that allow a route (any one of them suffices); undefined: metadata, always allowed. */
function scopesOf(template: string): string[] | undefined {
  const rest = /^\/repos\/\{owner\}\/\{repo\}(\/.*)?$/.exec(template)?.[1] ?? ''
  if (!template.startsWith('/repos/')) return undefined
  if (rest.startsWith('/pulls')) return ['pull-requests']
  // Labels on a pull request: issues or pull-requests, as GitHub takes either.
  if (rest.startsWith('/issues') || rest.startsWith('/labels')) return ['issues', 'pull-requests']
  // Settings: GitHub's fine-grained permissions Secrets, Variables and Administration.
  if (rest.startsWith('/actions/secrets')) return ['secrets']
  if (rest.startsWith('/actions/variables')) return ['actions-variables']
  if (rest.startsWith('/actions/permissions') || /^\/branches\/[^/]+\/protection/.test(rest))
    return ['administration']
  if (rest.startsWith('/actions')) return ['actions']
  if (/^\/(releases|git|contents|commits|compare|branches|merges|merge-upstream|tags)\b/.test(rest))
    return ['contents']
  return undefined
}

/** The repositories a grant reaches, lower case. */
export function reachOf(grant: TokenGrant): string[] {
  const names =
    grant.kind === 'installation' ? (grant.repositories ?? []) : [grant.repository ?? '']
  return names.map((name) => name.toLowerCase())
}

function describeGrant(grant: TokenGrant): string {
  return grant.kind === 'installation'
    ? `the installation token for ${(grant.repositories ?? []).join(', ')}`
    : `the GITHUB_TOKEN of ${grant.repository}`
}

/** Why an integration token (job or installation) may not make the request, or undefined. */
export function refusal(
  grant: TokenGrant,
  method: string,
  template: string,
  params: Record<string, string>,
  repo: RepoRecord | undefined
): Refusal | undefined {
  const scopes = scopesOf(template)
  if (!scopes) return undefined
  const needed = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  const target = `${params.owner}/${params.repo}`.toLowerCase()
  if (!reachOf(grant).includes(target)) {
    // GitHub does not tell an outsider that a private repository exists.
    if (repo?.private) return { status: 404, message: 'Not Found' }
    if (needed === 'read' && !scopes.some((scope) => NOT_PUBLIC.has(scope))) return undefined
    return {
      status: 403,
      message: `${NOT_ACCESSIBLE} (${describeGrant(grant)} cannot ${needed === 'read' ? 'read' : 'write to'} ${params.owner}/${params.repo})`
    }
  }
  const held = Math.max(...scopes.map((scope) => LEVEL[grant.permissions[scope] ?? 'none']))
  if (held >= LEVEL[needed]) return undefined
  return {
    status: 403,
    message: `${NOT_ACCESSIBLE} (needs ${scopes.map((s) => `${s}: ${needed}`).join(' or ')})`
  }
}

/** Routes of a repository's settings: a user token outside the repository may not read them. */
const SETTINGS_READS =
  /^\/repos\/\{owner\}\/\{repo\}\/(actions\/(secrets|variables|permissions)|branches\/\{branch\}\/protection)/
const MUST_BE_ADMIN = 'Must have admin rights to Repository.'

/** Writes any signed-in user may make to a public repository: a pull request, an issue, a fork. */
const OPEN_TO_ANYONE = new Set([
  'POST /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/forks'
])

/**
 * Why a personal token of `login` may not make the request, or undefined. Its
 * reach: repositories the user owns or collaborates on, and every repository
 * for `admin` (the emulator's own token). A repository added without a
 * `collaborators` list counts every user token as a collaborator.
 */
export function userRefusal(
  user: { login: string; admin: boolean },
  method: string,
  template: string,
  repo: RepoRecord | undefined
): Refusal | undefined {
  if (user.admin || !repo?.collaborators || !template.startsWith('/repos/{owner}/{repo}'))
    return undefined
  const login = user.login.toLowerCase()
  const member =
    repo.owner.toLowerCase() === login ||
    repo.collaborators.some((name) => name.toLowerCase() === login)
  if (member) return undefined
  if (repo.private) return { status: 404, message: 'Not Found' }
  // "Authenticated users must have collaborator access to a repository to read secrets" (and the other settings).
  if (SETTINGS_READS.test(template)) return { status: 403, message: MUST_BE_ADMIN }
  if (method === 'GET' || method === 'HEAD') return undefined
  if (OPEN_TO_ANYONE.has(`${method} ${template}`)) return undefined
  return { status: 404, message: 'Not Found' }
}

/** Whether a grant may change workflow files (`workflows: write`, which GITHUB_TOKEN never has). */
export function mayChangeWorkflows(grant: TokenGrant | undefined): boolean {
  return grant?.kind === 'installation' && grant.permissions.workflows === 'write'
}
