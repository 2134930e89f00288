import { phaseOf } from '../../release/phase.js'
import { preparedReport } from '../../steps/prepared-release.js'
import { planPrepare } from './plan.js'
import { prepareSettings } from './settings.js'

/** prepare-release: bpfman's release branch, one signed-off commit, the pull request. */
export const prepareRelease = phaseOf({
  name: 'prepare-release',
  settings: prepareSettings,
  plan: planPrepare,
  report: preparedReport
})
