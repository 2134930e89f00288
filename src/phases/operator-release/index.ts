import { phaseOf } from '../../release/phase.js'
import { operatorSettings } from './settings.js'

/** operator-release: bpfman-operator's stages prepare, catalogs and next-dev. */
export const operatorRelease = phaseOf({
  name: 'operator-release',
  settings: operatorSettings,
  loadPlanner: async () => (await import('./planner.js')).planner
})
