import { runAction } from '../../src/action.js'
import { postRelease } from '../../src/phases/post-release/index.js'

await runAction(postRelease)
