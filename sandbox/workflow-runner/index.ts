/**
 * The local workflow runner:
 *
 *   const runner = new WorkflowRunner({
 *     emulator, token,
 *     sources: { 'bpfman/release-actions': ROOT },        // uses: bpfman/release-actions/...@v1
 *     remotes: { 'bpfman/bpfman': bpfman.remoteDir },     // actions/checkout, workflow files
 *     env: { GITHUB_SERVER_URL: ... }, secrets: { ... }
 *   })
 *   const run = await runner.run({
 *     repository: 'bpfman/bpfman',
 *     workflow: '.github/workflows/prepare-release.yml',  // or an absolute file
 *     trigger: { event: 'workflow_dispatch', inputs: { version: '0.6.1' } }
 *   })
 *   run.conclusion, run.errors, run.jobs.prepare.outputs, .permissions, .steps, .summary, run.artifacts
 *   await runner.runDispatches()   // each workflow_dispatch the emulator recorded, not run yet
 *   await runner.run({ repository, workflow, trigger: { event: 'pull_request', action: 'closed', number } })
 *   await runner.run({ repository, workflow, trigger: { event: 'push', ref: 'refs/tags/v0.6.1' } })
 */
export {
  WorkflowRunner,
  type Unstarted,
  type WorkflowRunnerOptions,
  runUntilQuiet
} from './runner.js'
export type { Concurrency, JobResult, Result, StepResult, WorkflowRun } from './results.js'
export { type Trigger, matchesFilters } from './events.js'
export { ManifestTrail } from './manifests.js'
export { type Combination, expandMatrix } from './matrix.js'
export { STAND_INS, type StandIn } from './stand-ins.js'
export { loadWorkflow, type Permissions, type WorkflowDef } from './workflow.js'
