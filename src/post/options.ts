import { InputError } from '../release/errors.js'
import { GitHubClient, createOctokit, parseRepository } from '../effects/github/client.js'
import { type PostReleaseInputs } from '../phases/post-release.js'
import { RegistryClient, type RegistryCredentials } from '../effects/registry/client.js'
import {
  BPFMAN_INSTALL_YAMLS,
  DEFAULT_YAMLS_COMMAND,
  DEFAULT_YAMLS_DIRECTORY,
  parseCommand
} from './assets.js'
import { type CheckGroup, DEFAULT_FAIL_ON, parseFailOn } from './checks.js'
import { COPR_PACKAGE, COPR_URL, type CoprProject, parseCoprProject } from '../effects/copr.js'
import { BPFMAN_CRATES, CRATES_API_URL } from '../effects/crates.js'
import { OPERATOR_REPOSITORY, OPERATOR_WORKFLOW } from './handover.js'
import { PUBLISHED_IMAGES, parseImageList } from './images.js'

/**
 * The post-release settings, read the same way by the action (inputs) and the
 * CLI (flags of the same names): `get` answers '' for what was not given, which
 * means the default; `none` turns a list off.
 */
export interface PostSettings {
  yamls: { command: string[]; directory: string; always: string[] }
  dispatcherImages: string[] | undefined
  force: boolean
  registry: { url: string | undefined; credentials: RegistryCredentials | undefined }
  checks: {
    images: string[]
    crates: string[]
    cratesApiUrl: string | undefined
    copr: { url: string; project: CoprProject; packageName: string } | undefined
    failOn: CheckGroup[]
    waitSeconds: number
  }
  operator: { repository: string; workflow: string; ref: string; token: string | undefined }
}

export const DEFAULT_WAIT_SECONDS = 300

function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
}

function parseBoolean(text: string, input: string): boolean {
  if (text === '' || text === 'false') return false
  if (text === 'true') return true
  throw new InputError(input, `"${text}" is not true or false`)
}

function parseUrl(text: string, input: string): string {
  try {
    const url = new URL(text)
    if (url.protocol === 'https:' || url.protocol === 'http:') return text.replace(/\/+$/, '')
  } catch {
    // answered below
  }
  throw new InputError(input, `"${text}" is not an http(s) URL`)
}

export function parseWaitSeconds(text: string): number {
  if (text === '') return DEFAULT_WAIT_SECONDS
  if (!/^\d+$/.test(text) || Number(text) > 6 * 3600) {
    throw new InputError('wait-seconds', `"${text}" is not a number of seconds from 0 to 21600`)
  }
  return Number(text)
}

export function postSettings(get: (name: string) => string): PostSettings {
  const or = (name: string, fallback: string): string => get(name).trim() || fallback
  const username = get('registry-username').trim()
  const password = get('registry-password')
  if (Boolean(username) !== Boolean(password)) {
    throw new InputError(
      username ? 'registry-password' : 'registry-username',
      'give both registry-username and registry-password (a robot account), or neither'
    )
  }
  const coprProject = get('copr-project').trim()
  const images = or('images', PUBLISHED_IMAGES.join(','))
  const crates = or('crates', BPFMAN_CRATES.join(','))
  const dispatcherImages = get('dispatcher-images').trim()
  const token = get('operator-token')
  return {
    yamls: {
      command: parseCommand(or('yamls-command', DEFAULT_YAMLS_COMMAND)),
      directory: or('yamls-directory', DEFAULT_YAMLS_DIRECTORY).replace(/\/+$/, ''),
      always:
        get('expected-assets').trim() === 'none'
          ? []
          : list(or('expected-assets', BPFMAN_INSTALL_YAMLS.join(',')))
    },
    dispatcherImages:
      dispatcherImages === ''
        ? undefined
        : dispatcherImages === 'none'
          ? []
          : parseImageList(dispatcherImages, 'dispatcher-images'),
    force: parseBoolean(get('force').trim(), 'force'),
    registry: {
      url: get('registry-url').trim()
        ? parseUrl(get('registry-url').trim(), 'registry-url')
        : undefined,
      credentials: username ? { username, password } : undefined
    },
    checks: {
      images: images === 'none' ? [] : parseImageList(images, 'images'),
      crates: crates === 'none' ? [] : list(crates),
      cratesApiUrl:
        get('crates-api-url').trim() === 'none'
          ? undefined
          : parseUrl(or('crates-api-url', CRATES_API_URL), 'crates-api-url'),
      copr: coprProject
        ? {
            url: parseUrl(or('copr-url', COPR_URL), 'copr-url'),
            project: parseCoprProject(coprProject),
            packageName: or('copr-package', COPR_PACKAGE)
          }
        : undefined,
      failOn: parseFailOn(or('fail-on', DEFAULT_FAIL_ON)),
      waitSeconds: parseWaitSeconds(get('wait-seconds').trim())
    },
    operator: {
      repository: or('operator-repository', OPERATOR_REPOSITORY),
      workflow: or('operator-workflow', OPERATOR_WORKFLOW),
      ref: or('operator-ref', 'main'),
      token: token || undefined
    }
  }
}

/**
 * The services and choices of post-release that its settings make: the
 * registry client, and the operator's client when a token was given.
 * `operatorInput` names the setting in errors (operator-repository, or the flag).
 */
export function postServices(
  settings: PostSettings,
  operatorInput: string
): Pick<
  PostReleaseInputs,
  'yamls' | 'registry' | 'dispatcherImages' | 'force' | 'checks' | 'operator'
> {
  const { token, ...operator } = settings.operator
  return {
    yamls: settings.yamls,
    registry: new RegistryClient({
      registryUrl: settings.registry.url,
      credentials: settings.registry.credentials
    }),
    dispatcherImages: settings.dispatcherImages,
    force: settings.force,
    checks: settings.checks,
    operator: {
      ...operator,
      github: token
        ? new GitHubClient(
            createOctokit(token),
            parseRepository(operator.repository, operatorInput)
          )
        : undefined
    }
  }
}
