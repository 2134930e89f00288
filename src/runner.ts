import {
  type AppliedOperation,
  type Plan,
  applyPlan,
  planToJson,
  renderPlan
} from './release/plan.js'

export interface RunPlanOptions {
  dryRun: boolean
  /** Print the plan as JSON instead of text. */
  json?: boolean
  print: (text: string) => void
}

/** Prints the plan, then applies it unless this is a dry run. */
export async function runPlan(
  plan: Plan,
  options: RunPlanOptions
): Promise<AppliedOperation[] | undefined> {
  options.print(options.json ? JSON.stringify(planToJson(plan), null, 2) : renderPlan(plan))
  if (options.dryRun) {
    if (!options.json) options.print('\nDry run: nothing was changed.')
    return undefined
  }
  const log = options.json ? () => undefined : (line: string) => options.print(line)
  if (!options.json) options.print('\nApplying:')
  return applyPlan(plan, log)
}
