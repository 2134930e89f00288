import { phaseOf } from '../../release/phase.js'
import { postSettings } from './settings.js'

/** post-release: assets, publication, dispatcher tags, the revert pull request, checks, hand-over. */
export const postRelease = phaseOf({
  name: 'post-release',
  settings: postSettings,
  loadPlanner: async () => (await import('./planner.js')).planner
})
