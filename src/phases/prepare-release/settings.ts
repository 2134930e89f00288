import { type Inputs, parseChoice, requireInput } from '../../release/inputs.js'
import { type PhaseContext } from '../../release/phase.js'
import { parseVersion } from '../../release/version.js'
import { type LockfileMode, LOCKFILE_MODES } from '../../steps/lockfile-mode.js'
import { type ReleaseBranchSettings } from '../../steps/prepared-release.js'
import { checkoutSettings, githubClientFor, releaseLineSettings } from '../../steps/settings.js'

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
    ...releaseLineSettings(inputs),
    lockfile: parseChoice(
      inputs.get('lockfile') || 'workspace',
      LOCKFILE_MODES,
      inputs.label('lockfile')
    ),
    github: githubClientFor(
      inputs,
      context.environment.apiUrl,
      checkout.repository,
      checkout.remote !== undefined || !checkout.offline,
      'export a token with contents and pull-requests write access, or use --no-push --offline'
    )
  }
}
