import { InputError } from '../../release/errors.js'
import { type Inputs, parseChoice } from '../../release/inputs.js'
import { parseVersion } from '../../release/version.js'
import { type PhaseContext } from '../../release/phase.js'
import { checkBaseInput } from '../../steps/checkout.js'
import { checkoutSettings, githubClientFor } from '../../steps/settings.js'
import { type PublishMode, PUBLISH_MODES, parseRepoKind } from './choices.js'
import { type TagSettings } from './plan.js'

export interface TagReleaseSettings extends TagSettings {
  dryRun: boolean
}

function pullNumber(inputs: Inputs, context: PhaseContext): number | undefined {
  const text = inputs.get('pr-number')
  if (!text) return context.environment.eventPullNumber
  if (!/^[1-9]\d{0,9}$/.test(text) || !Number.isSafeInteger(Number(text)))
    throw new InputError(
      inputs.label('pr-number'),
      `"${text}" is not a pull request number; give the number of the release pull request, e.g. 1234`
    )
  return Number(text)
}

/** tag-release's settings, from the action's inputs or the CLI's flags. */
export async function tagSettings(
  inputs: Inputs,
  context: PhaseContext
): Promise<TagReleaseSettings> {
  const given = inputs.get('version')
  const version = given ? parseVersion(given, inputs.label('version')) : undefined
  const pr = pullNumber(inputs, context)
  if (!version && pr === undefined) {
    throw new InputError(
      inputs.label('version'),
      `or ${inputs.label('pr-number')} is required, e.g. ${inputs.label('version')} 0.6.1`
    )
  }
  const checkout = await checkoutSettings(inputs, 'bpfman/bpfman')
  // Inputs before state: the base branch and the manifest before any request.
  const base = inputs.get('base')
    ? await checkBaseInput(
        checkout.repoDir,
        checkout.fetchRemote,
        inputs.get('base'),
        inputs.label('base')
      )
    : undefined
  context.manifest(checkout.repository, version)
  return {
    repoDir: checkout.repoDir,
    repository: checkout.repository,
    remote: checkout.fetchRemote,
    dryRun: checkout.dryRun,
    identity: checkout.identity,
    configFile: checkout.configFile,
    version,
    pr,
    base,
    github: githubClientFor(
      inputs,
      context.environment.apiUrl,
      checkout.repository,
      true,
      'export a token with contents and actions write access'
    ) as NonNullable<ReturnType<typeof githubClientFor>>,
    kind: parseRepoKind(inputs.get('kind'), inputs.label('kind')),
    publish: parseChoice<PublishMode>(
      inputs.get('publish') || 'later',
      PUBLISH_MODES,
      inputs.label('publish')
    ),
    dispatchWorkflow: inputs.get('dispatch-workflow') || undefined,
    dispatchRef: inputs.get('dispatch-ref') || undefined,
    eventsStartWorkflows: checkout.eventsStartWorkflows,
    releaseLabel: inputs.get('release-label') || undefined,
    serverUrl: context.environment.serverUrl
  }
}
