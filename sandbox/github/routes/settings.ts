/**
 * The repository settings `bpfman-release doctor --online` reads: the names
 * of its Actions secrets and variables, the Actions workflow permissions, the
 * classic branch protection's required status checks and the rules of
 * rulesets on a branch. Tests set them on the repository's `settings`
 * (state.ts); absent, they are GitHub's defaults: none, read-only, no
 * protection. Read-only: the routes that change them are not modelled.
 * Who may read them is permissions.ts's job (secrets, variables and
 * administration scopes; settings reads need a collaborator).
 */
import { Emulation } from '../emulation.js'
import { json, paginate, refused, type RequestContext, type Router } from '../router.js'
import type { RepoRecord } from '../state.js'

const PROTECTION_DOCS =
  'https://docs.github.com/rest/branches/branch-protection#get-status-checks-protection'

export function registerSettingsRoutes(router: Router, emulation: Emulation): void {
  const created = (repo: RepoRecord): string => repo.createdAt

  /** A page of `items` in GitHub's `{total_count, <key>: [...]}` envelope. */
  const listOf = (request: RequestContext, key: string, items: unknown[]) => {
    const page = paginate(request, emulation.baseUrl, items)
    return json(200, { total_count: items.length, [key]: page.json }, page.headers)
  }

  router.add('GET', '/repos/{owner}/{repo}/actions/secrets', (request) => {
    const repo = emulation.repo(request)
    const names = [...(repo.settings?.secrets ?? [])].sort()
    return listOf(
      request,
      'secrets',
      names.map((name) => ({ name, created_at: created(repo), updated_at: created(repo) }))
    )
  })

  router.add('GET', '/repos/{owner}/{repo}/actions/variables', (request) => {
    const repo = emulation.repo(request)
    const variables = Object.entries(repo.settings?.variables ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1
    )
    return listOf(
      request,
      'variables',
      variables.map(([name, value]) => ({
        name,
        value,
        created_at: created(repo),
        updated_at: created(repo)
      }))
    )
  })

  router.add('GET', '/repos/{owner}/{repo}/actions/permissions/workflow', (request) => {
    const settings = emulation.repo(request).settings
    return json(200, {
      default_workflow_permissions: settings?.defaultWorkflowPermissions ?? 'read',
      can_approve_pull_request_reviews: settings?.canApprovePullRequestReviews ?? false
    })
  })

  router.add(
    'GET',
    '/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks',
    (request) => {
      const repo = emulation.repo(request)
      const { branch } = request.params
      const protection = repo.settings?.protection?.[branch]
      if (!protection) throw refused(404, 'Branch not protected', PROTECTION_DOCS)
      const url = `${emulation.baseUrl}/repos/${repo.owner}/${repo.name}/branches/${encodeURIComponent(branch)}/protection/required_status_checks`
      return json(200, {
        url,
        strict: protection.strict,
        contexts: protection.contexts,
        checks: protection.contexts.map((context) => ({ context, app_id: null })),
        contexts_url: `${url}/contexts`
      })
    }
  )

  router.add('GET', '/repos/{owner}/{repo}/rules/branches/{branch}', (request) => {
    const repo = emulation.repo(request)
    const checks = repo.settings?.rulesetChecks?.[request.params.branch] ?? []
    const rules =
      checks.length === 0
        ? []
        : [
            {
              type: 'required_status_checks',
              parameters: {
                strict_required_status_checks_policy: false,
                do_not_enforce_on_create: false,
                required_status_checks: checks.map((context) => ({ context }))
              },
              ruleset_source_type: 'Repository',
              ruleset_source: `${repo.owner}/${repo.name}`,
              ruleset_id: 1
            }
          ]
    return paginate(request, emulation.baseUrl, rules)
  })
}
