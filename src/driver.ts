import { readManifestFile } from './effects/manifest-file.js'
import { type Host } from './host.js'
import { lazy } from './release/lazy.js'
import { forgetRepositories } from './effects/repositories.js'
import { type Inputs } from './release/inputs.js'
import { type ReleaseManifest } from './release/manifest.js'
import { type Phase, type PhaseContext } from './release/phase.js'
import { NO_PROGRESS } from './release/progress.js'

export type { Phase, PhaseContext, PhaseReport, PlannedPhase } from './release/phase.js'

// What runs after the plan (printing it, applying it, the manifest, outputs
// and summary; with them the plan's renderer and the diff library) loads with
// the plan, not at start-up, where a phase may still fail at its first input.
const loadApply = lazy(() => import('./apply-planned.js'))

/**
 * settings -> plan -> print -> apply (a dry run stops here) -> manifest ->
 * outputs and job summary; the summary also when a step fails, whose error
 * is thrown after it is written. What the run read of its repositories is
 * forgotten when it ends.
 */
export async function runPhase<S extends { dryRun: boolean }>(
  phase: Phase<S>,
  inputs: Inputs,
  host: Host
): Promise<void> {
  const manifests = new Map<string, ReleaseManifest | undefined>()
  const context: PhaseContext = {
    environment: host.environment,
    progress: host.json ? NO_PROGRESS : (host.progress ?? NO_PROGRESS),
    manifest: (repository, version) => {
      const path = host.manifestPath(repository, version?.tag)
      if (!path) return undefined
      const key = `${path}\0${version?.tag ?? ''}`
      if (!manifests.has(key))
        manifests.set(key, readManifestFile(path, repository, version, host.manifestInput))
      return manifests.get(key)
    }
  }
  try {
    const fetched = (await host.fetchManifest?.()) ?? []
    const settings = await phase.settings(inputs, context)
    const planned = await phase.plan(settings, context)
    planned.plan.notes.push(...fetched)
    const { applyPlanned } = await loadApply()
    await applyPlanned(planned, settings.dryRun, context, host)
  } finally {
    forgetRepositories()
  }
}
