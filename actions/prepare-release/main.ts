import { runAction } from '../../src/action.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'

await runAction(prepareRelease)
