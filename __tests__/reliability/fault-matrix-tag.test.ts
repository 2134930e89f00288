import { afterAll } from '@jest/globals'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import {
  TOKEN,
  type World,
  removeTemplates,
  startMergedWorld
} from '../phases/tag-release/world.js'
import { describePhaseMatrix } from './phase-matrix.js'
import { host, useQuickRetries } from './matrix.js'

// The fault matrix of tag-release, as fault-matrix-prepare.test.ts does it for
// prepare-release: a clean run on a merged release pull request records its
// GitHub requests, pushes, fetches and ls-remotes; then each request meets
// every kind of STANDARD_FAULTS, each push a hang-up before and after its
// refs moved, each fetch and ls-remote a reset connection, each in a fresh
// copy of the merged world (phase-matrix.ts). The phase must finish in the
// same run with the clean end state.

useQuickRetries()
afterAll(() => removeTemplates())

let pr = 0

async function tag(world: World): Promise<void> {
  process.env.GITHUB_API_URL = world.emulator.url
  await runPhase(
    tagRelease,
    inputsFrom({
      'working-directory': world.workDir,
      'pr-number': String(pr),
      token: TOKEN,
      repository: world.repository,
      'dispatch-workflow': 'publish.yml',
      'committer-name': 'Release Bot',
      'committer-email': 'release-bot@example.com'
    }),
    host
  )
}

describePhaseMatrix(
  'tag-release',
  async () => {
    const merged = await startMergedWorld()
    pr = merged.pr
    return merged.world
  },
  tag
)
