import { phaseOf } from '../../release/phase.js'
import { tagSettings } from './settings.js'

/** tag-release: verify the merged tree, tag it, draft the release, start publication. */
export const tagRelease = phaseOf({
  name: 'tag-release',
  settings: tagSettings,
  loadPlanner: async () => (await import('./planner.js')).planner
})
