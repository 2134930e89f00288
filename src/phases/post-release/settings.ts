import { COPR_PACKAGE, COPR_URL, parseCoprProject } from '../../effects/copr.js'
import { CRATES_API_URL } from '../../effects/crates.js'
import { RegistryClient, type RegistryCredentials } from '../../effects/registry/client.js'
import { parseRepository, repositoryName } from '../../effects/github/repository.js'
import { InputError } from '../../release/errors.js'
import { assertRepoPath } from '../../release/repo-path.js'
import {
  type Inputs,
  parseBoolean,
  parseCommand,
  DEFAULT_RUNS_WAIT_SECONDS,
  parseList,
  parseSeconds,
  parseUrl,
  requireInput
} from '../../release/inputs.js'
import { type PhaseContext } from '../../release/phase.js'
import { parseVersion } from '../../release/version.js'
import { checkBaseInput } from '../../steps/checkout.js'
import { checkoutSettings, githubClientFor } from '../../steps/settings.js'
import { BPFMAN_INSTALL_YAMLS, DEFAULT_YAMLS_COMMAND, DEFAULT_YAMLS_DIRECTORY } from './assets.js'
import { DEFAULT_FAIL_ON, parseFailOn } from './checks.js'
import { OPERATOR_REPOSITORY, OPERATOR_WORKFLOW } from './handover.js'
import { parseImageList } from './images.js'
import { type PostSettings } from './plan.js'

export const DEFAULT_WAIT_SECONDS = 300

/** The post-release choices as the user gave them: clients are made from them in postSettings. */
export interface PostOptions extends Pick<
  PostSettings,
  'yamls' | 'dispatcherImages' | 'force' | 'checks'
> {
  runsWaitSeconds: number
  registry: { url: string | undefined; credentials: RegistryCredentials | undefined }
  operator: { repository: string; workflow: string; ref: string; token: string | undefined }
}

/**
 * post-release's own choices, read the same way from the action's inputs and
 * the CLI's flags of the same names: '' means the default; `none` turns a list off.
 */
export function postOptions(inputs: Inputs): PostOptions {
  const get = (name: string): string => inputs.get(name).trim()
  const or = (name: string, fallback: string): string => get(name) || fallback
  const label = (name: string): string => inputs.label(name)
  const username = get('registry-username')
  const password = inputs.get('registry-password')
  if (Boolean(username) !== Boolean(password)) {
    throw new InputError(
      label(username ? 'registry-password' : 'registry-username'),
      'give both registry-username and registry-password (a robot account), or neither'
    )
  }
  const coprProject = get('copr-project')
  // Read only with copr-project: given alone (the action's defaults aside), it is a mistake.
  for (const [name, fallback] of [
    ['copr-url', COPR_URL],
    ['copr-package', COPR_PACKAGE]
  ])
    if (!coprProject && get(name) && get(name).replace(/\/+$/, '') !== fallback)
      throw new InputError(
        label(name),
        `is read only with ${label('copr-project')}; give ${label('copr-project')} too (e.g. @ebpf-sig/bpfman), or leave ${label(name)} out`
      )
  const images = get('images')
  const crates = get('crates')
  const dispatcherImages = get('dispatcher-images')
  return {
    yamls: {
      command: parseCommand(
        or('yamls-command', DEFAULT_YAMLS_COMMAND),
        label('yamls-command'),
        DEFAULT_YAMLS_COMMAND
      ),
      directory: assertRepoPath(
        or('yamls-directory', DEFAULT_YAMLS_DIRECTORY).replace(/\/+$/, ''),
        label('yamls-directory')
      ),
      always:
        get('expected-assets') === 'none'
          ? []
          : parseList(or('expected-assets', BPFMAN_INSTALL_YAMLS.join(',')))
    },
    registry: {
      url: get('registry-url') ? parseUrl(get('registry-url'), label('registry-url')) : undefined,
      credentials: username ? { username, password } : undefined
    },
    dispatcherImages:
      dispatcherImages === ''
        ? undefined
        : dispatcherImages === 'none'
          ? []
          : parseImageList(dispatcherImages, label('dispatcher-images')),
    force: parseBoolean(get('force'), label('force')),
    checks: {
      // '' leaves them to the tree at the tag: see preset.ts.
      images:
        images === ''
          ? undefined
          : images === 'none'
            ? []
            : parseImageList(images, label('images')),
      crates: crates === '' ? undefined : crates === 'none' ? [] : parseList(crates),
      cratesApiUrl:
        get('crates-api-url') === 'none'
          ? undefined
          : parseUrl(or('crates-api-url', CRATES_API_URL), label('crates-api-url')),
      copr: coprProject
        ? {
            url: parseUrl(or('copr-url', COPR_URL), label('copr-url')),
            project: parseCoprProject(coprProject),
            packageName: or('copr-package', COPR_PACKAGE)
          }
        : undefined,
      failOn: parseFailOn(or('fail-on', DEFAULT_FAIL_ON)),
      waitSeconds: parseSeconds(get('wait-seconds'), label('wait-seconds'), DEFAULT_WAIT_SECONDS)
    },
    runsWaitSeconds: parseSeconds(
      get('runs-wait-seconds'),
      label('runs-wait-seconds'),
      DEFAULT_RUNS_WAIT_SECONDS
    ),
    operator: {
      repository: repositoryName(
        parseRepository(
          or('operator-repository', OPERATOR_REPOSITORY),
          label('operator-repository')
        )
      ),
      workflow: or('operator-workflow', OPERATOR_WORKFLOW),
      ref: or('operator-ref', 'main'),
      token: inputs.get('operator-token') || undefined
    }
  }
}

/**
 * post-release's settings: the checkout, the clients, and its own choices.
 * The base branch is the input, else the one the release manifest names; with
 * neither it is undefined, and the plan says that no revert pull request is made.
 */
export async function postSettings(inputs: Inputs, context: PhaseContext): Promise<PostSettings> {
  const version = parseVersion(requireInput(inputs, 'version', '0.6.1'), inputs.label('version'))
  const options = postOptions(inputs)
  const checkout = await checkoutSettings(inputs, 'bpfman/bpfman')
  // Inputs before state: the base branch and the manifest before any request.
  const base = inputs.get('base').trim()
  if (base) await checkBaseInput(checkout.repoDir, checkout.fetchRemote, base, inputs.label('base'))
  const manifest = context.manifest(checkout.repository, version)
  const { token, ...operator } = options.operator
  const { runsWaitSeconds, ...choices } = options
  return {
    ...choices,
    tagRuns: { waitSeconds: runsWaitSeconds, own: context.environment.run },
    repoDir: checkout.repoDir,
    repository: checkout.repository,
    version,
    // The input, else the manifest's: never a default (a patch release's base is its patch branch).
    base: base || manifest?.base,
    remote: checkout.fetchRemote,
    github: githubClientFor(
      inputs,
      context.environment.apiUrl,
      checkout.repository,
      true,
      'export a token with contents and pull-requests write access'
    ) as NonNullable<ReturnType<typeof githubClientFor>>,
    identity: checkout.identity,
    configFile: checkout.configFile,
    serverUrl: context.environment.serverUrl,
    dryRun: checkout.dryRun,
    eventsStartWorkflows: checkout.eventsStartWorkflows,
    registry: new RegistryClient({
      registryUrl: options.registry.url,
      credentials: options.registry.credentials
    }),
    operator: {
      ...operator,
      github: githubClientFor(
        inputs,
        context.environment.apiUrl,
        operator.repository,
        token !== undefined,
        'a token of the operator repository',
        'operator-token',
        'operator-repository'
      )
    }
  }
}
