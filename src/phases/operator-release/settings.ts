import { join } from 'node:path'
import { createOctokit } from '../../effects/github/client.js'
import { InputError } from '../../release/errors.js'
import {
  type Inputs,
  parseBoolean,
  DEFAULT_RUNS_WAIT_SECONDS,
  parseChoice,
  parseCommand,
  parseSeconds,
  requireInput
} from '../../release/inputs.js'
import { type PhaseContext } from '../../release/phase.js'
import { parseVersion } from '../../release/version.js'
import { checkoutSettings, githubClientFor, releaseLineSettings } from '../../steps/settings.js'
import { type CatalogsInputs } from './catalogs.js'
import { type NextDevInputs } from './next-dev.js'
import { type OperatorPrepareSettings } from './prepare.js'

/**
 * operator-release: the bpfman-operator part of the release process, in three
 * stages that run at different times:
 * - `prepare`, after bpfman is released: VERSION (or Makefile VERSION ?=),
 *   `make bundle`, Containerfile labels, README links, go.mod on bpfman vX.Y.Z,
 *   changelog; branch release-vX.Y.Z, signed commit, pull request (tag-release
 *   then tags the merge as it does for bpfman);
 * - `catalogs`, after the operator release is published: one pull request to
 *   each community operator catalog, from the bot account's fork;
 * - `next-dev`: VERSION to the next -dev version.
 */
export type OperatorStage = 'prepare' | 'catalogs' | 'next-dev'
export const OPERATOR_STAGES: readonly OperatorStage[] = ['prepare', 'catalogs', 'next-dev']

export type OperatorSettings =
  | ({ stage: 'prepare' } & OperatorPrepareSettings)
  | ({ stage: 'catalogs'; dryRun: boolean; base: string } & CatalogsInputs)
  | ({ stage: 'next-dev'; dryRun: boolean } & NextDevInputs)

const WRITE_TOKEN =
  'export a token with contents and pull-requests write access, or use --no-push --offline'

/** operator-release's settings, from the action's inputs or the CLI's flags. */
export async function operatorSettings(
  inputs: Inputs,
  context: PhaseContext
): Promise<OperatorSettings> {
  const { apiUrl, serverUrl, tempDir } = context.environment
  if (!inputs.get('stage')) {
    throw new InputError(inputs.label('stage'), 'is required: prepare, catalogs or next-dev')
  }
  const stage = parseChoice(inputs.get('stage'), OPERATOR_STAGES, inputs.label('stage'))
  const version = parseVersion(requireInput(inputs, 'version', '0.6.1'), inputs.label('version'))
  const checkout = await checkoutSettings(inputs, 'bpfman/bpfman-operator')
  const { repository, remote, offline } = checkout
  const push = remote !== undefined
  const base = inputs.get('base') || 'main'
  const common = {
    repoDir: checkout.repoDir,
    repository,
    version,
    dryRun: checkout.dryRun,
    eventsStartWorkflows: checkout.eventsStartWorkflows,
    identity: checkout.identity,
    configFile: checkout.configFile
  }
  if (stage === 'prepare') {
    const skipBundle = parseBoolean(inputs.get('skip-bundle'), inputs.label('skip-bundle'))
    const bundleCommand = inputs.get('bundle-command')
    if (skipBundle && bundleCommand) {
      throw new InputError(
        inputs.label('skip-bundle'),
        `and ${inputs.label('bundle-command')} exclude each other; give one of them`
      )
    }
    return {
      stage,
      ...common,
      ...releaseLineSettings(inputs),
      remote,
      offline,
      github: githubClientFor(inputs, apiUrl, repository, push || !offline, WRITE_TOKEN),
      bpfman: offline
        ? undefined
        : githubClientFor(
            inputs,
            apiUrl,
            inputs.get('bpfman-repository') || 'bpfman/bpfman',
            true,
            WRITE_TOKEN,
            'token',
            'bpfman-repository'
          ),
      bundleCommand: skipBundle
        ? undefined
        : parseCommand(
            bundleCommand || 'make bundle',
            inputs.label('bundle-command'),
            'make bundle'
          ),
      skipGo: parseBoolean(inputs.get('skip-go'), inputs.label('skip-go'))
    }
  }
  if (stage === 'catalogs') {
    const catalogToken = inputs.get('catalog-token')
    // A dry run plans without the token, and says what it could not check.
    const tokenless = push && !catalogToken && checkout.dryRun
    if (push && !catalogToken && !tokenless) {
      throw new InputError(
        inputs.label('catalog-token'),
        "is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)"
      )
    }
    // The stage only reads the operator's release with the repository's token: the bot's will do.
    const readToken = inputs.get('token') || catalogToken
    return {
      stage,
      ...common,
      base,
      remote,
      push: push && !tokenless,
      notFetched: tokenless ? `a dry run without ${inputs.label('catalog-token')}` : undefined,
      offline,
      github: offline
        ? undefined
        : githubClientFor(
            {
              get: (name) => (name === 'token' ? readToken : inputs.get(name)),
              label: inputs.label
            },
            apiUrl,
            repository,
            true,
            WRITE_TOKEN
          ),
      catalogOctokit:
        push && !tokenless
          ? createOctokit(catalogToken, {
              baseUrl: apiUrl,
              inputs: { token: inputs.label('catalog-token') }
            })
          : undefined,
      catalogToken: push && !tokenless ? catalogToken : undefined,
      gitServerUrl: serverUrl,
      workDir: join(tempDir, 'bpfman-release-catalogs'),
      tagRuns: {
        seconds: parseSeconds(
          inputs.get('runs-wait-seconds'),
          inputs.label('runs-wait-seconds'),
          DEFAULT_RUNS_WAIT_SECONDS
        ),
        dryRun: checkout.dryRun,
        own: context.environment.run
      },
      openshiftVersions: inputs.get('openshift-versions') || undefined
    }
  }
  return {
    stage,
    ...common,
    base,
    remote,
    github: githubClientFor(inputs, apiUrl, repository, push, WRITE_TOKEN)
  }
}
