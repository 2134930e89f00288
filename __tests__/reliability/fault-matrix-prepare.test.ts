import { afterAll } from '@jest/globals'
import { runPhase } from '../../src/driver.js'
import { inputsFrom } from '../../src/release/inputs.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'
import { TOKEN, type World, removeTemplates, startWorld } from '../phases/tag-release/world.js'
import { describePhaseMatrix } from './phase-matrix.js'
import { host, useQuickRetries } from './matrix.js'

// The fault matrix: a clean run of a phase records its GitHub requests; then,
// for each request k and each fault kind, a fresh world runs the phase with
// that fault on its k-th request. The phase must finish in the same run, and
// the end state must equal the clean run's (pull requests, labels, branches
// and tags by tree, parent and message), with no duplicate.
//
// Covered here: prepare-release, in-process through runPhase, every request
// of a clean run x every kind of STANDARD_FAULTS (500, 502, 503, 429,
// secondary and primary rate limits, dropped connection, lost response,
// delay): its 7 requests, 63 runs; and its git pushes, fetches and
// ls-remotes (phase-matrix.ts). tag-release, post-release and the operator
// stages have their own files (fault-matrix-tag, fault-matrix-post,
// fault-matrix-operator), so that two jest workers run them side by side.

useQuickRetries()
afterAll(() => removeTemplates())

async function prepare(world: World): Promise<void> {
  process.env.GITHUB_API_URL = world.emulator.url
  await runPhase(
    prepareRelease,
    inputsFrom({
      'working-directory': world.workDir,
      version: '0.6.1',
      token: TOKEN,
      repository: world.repository,
      'committer-name': 'Release Bot',
      'committer-email': 'release-bot@example.com'
    }),
    host
  )
}

describePhaseMatrix('prepare-release', () => startWorld('bpfman'), prepare)
