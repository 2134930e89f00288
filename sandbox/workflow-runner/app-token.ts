/**
 * actions/create-github-app-token (v3.1.1) as a stand-in: signs the App's JWT
 * (RS256 with `private-key`, `iss` the client or App id), finds the App's
 * installation for the repositories (or the owner) as the action does, and asks
 * the emulator for an installation token with the `permission-*` inputs given
 * (all of the installation's when none is). The emulator verifies the JWT's
 * signature. Not done: the post step that revokes the token.
 */
import { createSign } from 'node:crypto'
import type { StandIn } from './stand-ins.js'

/** The action's `permission-*` inputs (its action.yml, v3.1.1). */
const PERMISSIONS = [
  'actions',
  'administration',
  'artifact-metadata',
  'attestations',
  'checks',
  'codespaces',
  'contents',
  'custom-properties-for-organizations',
  'dependabot-secrets',
  'deployments',
  'discussions',
  'email-addresses',
  'enterprise-custom-properties-for-organizations',
  'environments',
  'followers',
  'git-ssh-keys',
  'gpg-keys',
  'interaction-limits',
  'issues',
  'members',
  'merge-queues',
  'metadata',
  'organization-administration',
  'organization-announcement-banners',
  'organization-copilot-seat-management',
  'organization-custom-org-roles',
  'organization-custom-properties',
  'organization-custom-roles',
  'organization-events',
  'organization-hooks',
  'organization-packages',
  'organization-personal-access-token-requests',
  'organization-personal-access-tokens',
  'organization-plan',
  'organization-projects',
  'organization-secrets',
  'organization-self-hosted-runners',
  'organization-user-blocking',
  'packages',
  'pages',
  'profile',
  'pull-requests',
  'repository-custom-properties',
  'repository-hooks',
  'repository-projects',
  'secret-scanning-alerts',
  'secrets',
  'security-events',
  'single-file',
  'starring',
  'statuses',
  'team-discussions',
  'vulnerability-alerts',
  'workflows'
]

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

function jwt(issuer: string, privateKey: string): string {
  const now = Math.floor(Date.now() / 1000)
  const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))
  const claims = base64url(JSON.stringify({ iat: now - 60, exp: now + 540, iss: issuer }))
  const signer = createSign('RSA-SHA256')
  signer.update(`${head}.${claims}`)
  return `${head}.${claims}.${base64url(signer.sign(privateKey))}`
}

export const createAppToken: StandIn = {
  action: 'actions/create-github-app-token',
  inputs: {
    'client-id': {},
    'app-id': {},
    'private-key': {},
    owner: {},
    repositories: {},
    'skip-token-revoke': { default: 'false' },
    'github-api-url': { default: '${{ github.api_url }}' },
    ...Object.fromEntries(PERMISSIONS.map((name) => [`permission-${name}`, {}]))
  },
  outputs: ['token', 'installation-id', 'app-slug'],
  async run(world, inputs) {
    const issuer = inputs['client-id'] || inputs['app-id']
    if (!issuer) throw new Error("Either 'client-id' or 'app-id' input must be set")
    if (!inputs['private-key']) throw new Error('Input required and not supplied: private-key')
    const api = (inputs['github-api-url'] || world.emulator.url).replace(/\/$/, '')
    const bearer = jwt(issuer, inputs['private-key'])
    const call = async (
      method: string,
      path: string,
      body?: unknown
    ): Promise<Record<string, unknown>> => {
      const response = await fetch(`${api}${path}`, {
        method,
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/vnd.github+json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      const data = (await response.json()) as Record<string, unknown>
      if (!response.ok)
        throw new Error(`${method} ${path}: ${response.status} ${String(data.message)}`)
      return data
    }
    const [currentOwner, currentRepo] = world.github.repository.split('/')
    const names = (inputs.repositories ?? '')
      .split(/[\n,]+/)
      .map((name) => name.trim())
      .filter(Boolean)
    const owner = inputs.owner || currentOwner
    const repositories = names.length > 0 ? names : inputs.owner ? [] : [currentRepo]
    const installation =
      repositories.length > 0
        ? await call('GET', `/repos/${owner}/${repositories[0]}/installation`)
        : await call('GET', `/users/${owner}/installation`)
    const permissions = Object.fromEntries(
      PERMISSIONS.filter((name) => inputs[`permission-${name}`]).map((name) => [
        name.replace(/-/g, '_'),
        inputs[`permission-${name}`]
      ])
    )
    const issued = await call(
      'POST',
      `/app/installations/${String(installation.id)}/access_tokens`,
      {
        ...(repositories.length > 0 ? { repositories } : {}),
        ...(Object.keys(permissions).length > 0 ? { permissions } : {})
      }
    )
    world.log(
      `installation token of ${String(installation.app_slug)} for ${repositories.length > 0 ? repositories.map((r) => `${owner}/${r}`).join(', ') : `every repository of ${owner}`}`
    )
    return {
      token: String(issued.token),
      'installation-id': String(installation.id),
      'app-slug': String(installation.app_slug)
    }
  }
}
