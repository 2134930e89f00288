import { describe, expect, it } from '@jest/globals'
import { InputError, ReleaseError, exitCodeFor } from '../../src/release/errors.js'
import { type AnyOperation, applyPlan } from '../../src/release/plan.js'

const planOf = (operations: AnyOperation[]) => ({
  phase: 'prepare-release',
  repository: 'bpfman/bpfman',
  version: '0.6.1',
  files: [],
  operations,
  notes: []
})

const ok: AnyOperation = {
  kind: 'check',
  title: 'look',
  apply: async () => ({ status: 'unchanged' })
}
const failing = (error: Error): AnyOperation => ({
  kind: 'git',
  title: 'push release-v0.6.1 to origin',
  apply: async () => {
    throw error
  }
})

describe('applyPlan', () => {
  it('a step that fails says which, and that a rerun continues', async () => {
    const result = await applyPlan(planOf([ok, failing(new ReleaseError('the remote hung up'))]))
    expect((result.error as Error).message).toBe(
      'step 2 (push release-v0.6.1 to origin) failed: the remote hung up\nA rerun continues from where this stopped.'
    )
    expect(result.applied.map((step) => step.title)).toEqual(['look'])
  })

  it('a refusal while applying stays bad input, and does not say a rerun continues', async () => {
    const refusal = new InputError(
      'branch',
      'origin/release-v0.6.1 holds 1 commit(s) that release-actions did not make'
    )
    const result = await applyPlan(planOf([ok, failing(refusal)]))
    expect(result.error).toBe(refusal)
    expect(refusal.message).toBe(
      'step 2 (push release-v0.6.1 to origin) failed: branch: origin/release-v0.6.1 holds 1 commit(s) that release-actions did not make'
    )
    expect(exitCodeFor(result.error)).toBe(2)
  })
})
