import { runAction } from '../../src/action.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'

await runAction(tagRelease)
