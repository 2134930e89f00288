/**
 * A GitHub App's installations and the installation tokens they issue, as
 * actions/create-github-app-token asks for them: the App authenticates with a
 * JWT (RS256, signed with its private key, `iss` its id or client id), finds
 * its installation for a repository or an account, and asks for a token for
 * some of the installation's repositories with some of its permissions.
 * Simplified: the JWT's signature, issuer and expiry are checked, not its
 * clock skew rules; a token never expires and revocation (DELETE
 * /installation/token) is not modelled.
 */
import { createPublicKey, createVerify, randomBytes, type KeyObject } from 'node:crypto'
import type { PermissionLevel, TokenGrant } from '../permissions.js'
import { bodyOf, json, notFound, refused, type RequestContext, type Router } from '../router.js'

export interface AppInstallation {
  id: number
  appId: number
  clientId: string
  slug: string
  publicKey: KeyObject
  /** owner of the installation (an organization or a user). */
  account: string
  /** owner/name of each repository the App is installed on. */
  repositories: string[]
  permissions: Record<string, PermissionLevel>
}

const LEVEL = { none: 0, read: 1, write: 2 }

export class AppRegistry {
  readonly installations: AppInstallation[] = []
  private nextId = 60_000_000

  install(app: {
    appId: number
    slug: string
    privateKey: string
    account: string
    repositories: string[]
    permissions: Record<string, PermissionLevel>
  }): AppInstallation {
    const installation: AppInstallation = {
      ...app,
      id: ++this.nextId,
      clientId: `Iv23li${app.appId}`,
      publicKey: createPublicKey(app.privateKey)
    }
    this.installations.push(installation)
    return installation
  }
}

function base64url(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
}

/** The installations of the App whose JWT this request carries; GitHub's 401 otherwise. */
function appOf(registry: AppRegistry, request: RequestContext): AppInstallation[] {
  const jwt = /^bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]
  const parts = jwt?.split('.') ?? []
  const unauthorized = refused(
    401,
    'A JSON web token could not be decoded',
    'https://docs.github.com/rest'
  )
  if (parts.length !== 3) throw unauthorized
  let claims: { iss?: string | number; exp?: number; iat?: number }
  try {
    claims = JSON.parse(base64url(parts[1]).toString('utf8')) as typeof claims
  } catch {
    throw unauthorized
  }
  const apps = registry.installations.filter(
    (i) => String(i.appId) === String(claims.iss) || i.clientId === String(claims.iss)
  )
  if (apps.length === 0) throw refused(401, 'Integration not found')
  const verifier = createVerify('RSA-SHA256')
  verifier.update(`${parts[0]}.${parts[1]}`)
  if (!verifier.verify(apps[0].publicKey, base64url(parts[2])))
    throw refused(401, 'A JSON web token could not be decoded')
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now())
    throw refused(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
    )
  return apps
}

function installationView(installation: AppInstallation): Record<string, unknown> {
  return {
    id: installation.id,
    app_id: installation.appId,
    app_slug: installation.slug,
    account: { login: installation.account },
    permissions: installation.permissions,
    repository_selection: 'selected'
  }
}

export function registerAppRoutes(
  router: Router,
  registry: AppRegistry,
  grant: (token: string, grant: TokenGrant) => void
): void {
  const anonymous = { anonymous: true }
  router.add(
    'GET',
    '/repos/{owner}/{repo}/installation',
    (request) => {
      const key = `${request.params.owner}/${request.params.repo}`.toLowerCase()
      const found = appOf(registry, request).find((i) =>
        i.repositories.some((repo) => repo.toLowerCase() === key)
      )
      if (!found) throw notFound()
      return json(200, installationView(found))
    },
    anonymous
  )
  for (const kind of ['users', 'orgs']) {
    router.add(
      'GET',
      `/${kind}/{account}/installation`,
      (request) => {
        const found = appOf(registry, request).find(
          (i) => i.account.toLowerCase() === request.params.account.toLowerCase()
        )
        if (!found) throw notFound()
        return json(200, installationView(found))
      },
      anonymous
    )
  }
  router.add(
    'POST',
    '/app/installations/{installation_id}/access_tokens',
    (request) => {
      const installation = appOf(registry, request).find(
        (i) => String(i.id) === request.params.installation_id
      )
      if (!installation) throw notFound()
      const body = bodyOf(request)
      const names = Array.isArray(body.repositories) ? body.repositories.map(String) : undefined
      const repositories = names
        ? names.map((name) => `${installation.account}/${name}`)
        : installation.repositories
      const outside = repositories.filter(
        (repo) => !installation.repositories.some((r) => r.toLowerCase() === repo.toLowerCase())
      )
      if (outside.length > 0)
        throw refused(
          422,
          'There is at least one repository that does not exist or is not accessible to the parent installation.'
        )
      // The REST API spells scopes with underscores (pull_requests), workflows with hyphens.
      const asked = Object.fromEntries(
        Object.entries(
          (body.permissions ?? installation.permissions) as Record<string, PermissionLevel>
        ).map(([scope, level]) => [scope.replace(/_/g, '-'), level])
      )
      const excess = Object.entries(asked).filter(
        ([scope, level]) => LEVEL[level] > LEVEL[installation.permissions[scope] ?? 'none']
      )
      if (excess.length > 0)
        throw refused(422, 'The permissions requested are not granted to this installation.')
      const token = `ghs_${randomBytes(18).toString('base64url')}`
      grant(token, {
        kind: 'installation',
        repositories,
        permissions: asked,
        login: `${installation.slug}[bot]`
      })
      return json(201, {
        token,
        expires_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
        permissions: Object.fromEntries(
          Object.entries(asked).map(([scope, level]) => [scope.replace(/-/g, '_'), level])
        ),
        repository_selection: 'selected',
        repositories: repositories.map((full) => ({
          full_name: full,
          name: full.split('/')[1]
        }))
      })
    },
    anonymous
  )
}
