import { runAction } from '../../src/action.js'
import { operatorRelease } from '../../src/phases/operator-release/index.js'

await runAction(operatorRelease)
