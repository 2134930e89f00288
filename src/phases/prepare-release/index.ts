import { type Phase } from '../../release/phase.js'
import { preparedReport } from '../../steps/prepared-release.js'
import { planPrepare } from './plan.js'
import { type PrepareSettings, prepareSettings } from './settings.js'

/** prepare-release: bpfman's release branch, one signed-off commit, the pull request. */
export const prepareRelease: Phase<PrepareSettings> = {
  name: 'prepare-release',
  settings: prepareSettings,
  plan: async (settings) => {
    const prepared = await planPrepare(settings)
    return {
      plan: prepared.plan,
      repository: settings.repository,
      version: prepared.version,
      report: (result) => preparedReport(prepared, settings, result)
    }
  }
}
