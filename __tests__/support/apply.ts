import { type ApplyResult, type Plan, applyPlan } from '../../src/release/plan.js'

/** Applies a plan as the driver does, and throws the step's error as the phase would. */
export async function applyOrThrow(plan: Plan): Promise<ApplyResult> {
  const result = await applyPlan(plan)
  if (result.error) throw result.error
  return result
}
