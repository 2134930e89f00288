/**
 * The GITHUB_TOKEN of a workflow job: scoped to the run's repository, with
 * the job's `permissions:`. A request the token's permissions do not cover is
 * GitHub's 403 "Resource not accessible by integration". Only tokens granted
 * with `emulator.grantToken` are checked; other tokens (PATs) are not.
 */

export type PermissionLevel = 'read' | 'write' | 'none'

export interface TokenGrant {
  /** owner/name: the one repository the token writes to (and reads, when private). */
  repository: string
  permissions: Record<string, PermissionLevel | undefined>
  /** Default github-actions[bot]. */
  login?: string
}

const LEVEL = { none: 0, read: 1, write: 2 }

/** The scopes that allow a route (any one of them suffices); undefined: metadata, always allowed. */
function scopesOf(template: string): string[] | undefined {
  const rest = /^\/repos\/\{owner\}\/\{repo\}(\/.*)?$/.exec(template)?.[1] ?? ''
  if (!template.startsWith('/repos/')) return undefined
  if (rest.startsWith('/pulls')) return ['pull-requests']
  // Labels on a pull request: issues or pull-requests, as GitHub takes either.
  if (rest.startsWith('/issues') || rest.startsWith('/labels')) return ['issues', 'pull-requests']
  if (rest.startsWith('/actions')) return ['actions']
  if (/^\/(releases|git|contents|commits|compare|branches|merges|merge-upstream|tags)\b/.test(rest))
    return ['contents']
  return undefined
}

/** Why the grant does not cover the request, or undefined when it does. */
export function refusal(
  grant: TokenGrant,
  method: string,
  template: string,
  params: Record<string, string>
): string | undefined {
  const scopes = scopesOf(template)
  if (!scopes) return undefined
  const needed = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  const target = `${params.owner}/${params.repo}`.toLowerCase()
  if (needed === 'write' && target !== grant.repository.toLowerCase())
    return `Resource not accessible by integration (the token of ${grant.repository} cannot write to ${target})`
  if (target !== grant.repository.toLowerCase()) return undefined
  const held = Math.max(...scopes.map((scope) => LEVEL[grant.permissions[scope] ?? 'none']))
  if (held >= LEVEL[needed]) return undefined
  return `Resource not accessible by integration (needs ${scopes.map((s) => `${s}: ${needed}`).join(' or ')})`
}
