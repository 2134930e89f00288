/**
 * The GitHub REST emulator for tests and the local sandbox:
 *
 *   const emulator = await startGitHubEmulator({ token: 'test-token' })
 *   emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: '/tmp/x/bpfman.git' })
 *   const octokit = getOctokit('test-token', { baseUrl: emulator.url })
 *   ... emulator.state.pulls, emulator.state.setRunStatus(id, 'completed', 'success')
 *   const fault = emulator.injectFault({ kind: 'lose-response', method: 'POST', path: '/repos/{owner}/{repo}/pulls' })
 *   ... fault.fired, emulator.requests (method, path, status or 'dropped'/'lost')
 *   await emulator.close()
 *
 * Upload assets with `url: release.upload_url`: Octokit's uploadReleaseAsset
 * otherwise defaults to https://uploads.github.com, whatever the baseUrl.
 */
export { GitHubEmulator, startGitHubEmulator, type EmulatorOptions } from './server.js'
export { STANDARD_FAULTS, type FaultHandle, type FaultKind, type FaultSpec } from './faults.js'
export { type TokenGrant } from './permissions.js'
export { type AppInstallation } from './routes/apps.js'
export {
  EmulatorState,
  repoKey,
  syntheticSha,
  timestamp,
  type ArtifactRecord,
  type AssetRecord,
  type DispatchRecord,
  type EmulatorRepo,
  type ForkRecord,
  type LabelRecord,
  type MakeLatest,
  type PullRecord,
  type ReleaseRecord,
  type RepoRecord,
  type RequestRecord,
  type RunConclusion,
  type RunStatus,
  type SeedPull,
  type StateSnapshot,
  type WorkflowRecord,
  type WorkflowRunRecord
} from './state.js'
export { BareRepo, type CommitInfo, type GitRef } from './bare-repo.js'
export { releaseNotesBody, type NotesInput, type NotesPull } from './release-notes.js'
export { Router, HttpError, type Handler, type Reply, type RequestContext } from './router.js'
export { Views } from './views.js'
export { type MergeOptions } from './routes/pulls.js'
