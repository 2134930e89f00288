import { type Inputs, parseBoolean, parseChoice, requireInput } from '../../release/inputs.js'
import { type PhaseContext } from '../../release/phase.js'
import { parseVersion } from '../../release/version.js'
import { type LockfileMode, LOCKFILE_MODES } from '../../steps/lockfile-mode.js'
import { type ReleaseBranchSettings } from '../../steps/prepared-release.js'
import { checkoutSettings, githubClientFor } from '../../steps/settings.js'

export interface PrepareSettings extends ReleaseBranchSettings {
  lockfile: LockfileMode
}

/** prepare-release's settings, from the action's inputs or the CLI's flags. */
export async function prepareSettings(
  inputs: Inputs,
  context: PhaseContext
): Promise<PrepareSettings> {
  const version = parseVersion(requireInput(inputs, 'version', '0.6.1'), inputs.label('version'))
  const checkout = await checkoutSettings(inputs, 'bpfman/bpfman')
  return {
    ...checkout,
    version,
    base: inputs.get('base') || 'main',
    lockfile: parseChoice(
      inputs.get('lockfile') || 'workspace',
      LOCKFILE_MODES,
      inputs.label('lockfile')
    ),
    summary: inputs.get('summary') || undefined,
    changelogSince: inputs.get('changelog-since') || undefined,
    patchOf: inputs.get('patch-of') || undefined,
    cherryPick: inputs.get('cherry-pick') || undefined,
    allowJump: parseBoolean(inputs.get('allow-jump'), inputs.label('allow-jump')),
    patchLines: true,
    replace: parseBoolean(inputs.get('replace'), inputs.label('replace')),
    github: githubClientFor(
      inputs,
      context.environment.apiUrl,
      checkout.repository,
      checkout.remote !== undefined || !checkout.offline,
      'export a token with contents and pull-requests write access, or use --no-push --offline'
    )
  }
}
