import { phaseOf } from '../../release/phase.js'
import { prepareSettings } from './settings.js'

/** prepare-release: bpfman's release branch, one signed-off commit, the pull request. */
export const prepareRelease = phaseOf({
  name: 'prepare-release',
  settings: prepareSettings,
  loadPlanner: async () => (await import('./planner.js')).planner
})
