import { plannerOf } from '../../release/phase.js'
import { preparedReport } from '../../steps/prepared-release.js'
import { planPrepare } from './plan.js'

export const planner = plannerOf({ plan: planPrepare, report: preparedReport })
