import { writeManifestFile } from './effects/manifest-file.js'
import { type Host } from './host.js'
import { extendManifest } from './release/manifest.js'
import { type PhaseContext, type PlannedPhase } from './release/phase.js'
import { type ApplyResult, applyPlan, planToJson, renderPlan } from './release/plan.js'
import { phaseStateMarkdown } from './release/release-state.js'
import { renderSummary } from './release/summary.js'

/**
 * A planned phase's second half: print the plan, apply it (a dry run stops
 * there), extend the manifest, set the outputs and write the job summary; the
 * summary also when a step fails, whose error is thrown after it is written.
 */
export async function applyPlanned(
  planned: PlannedPhase,
  dryRun: boolean,
  context: PhaseContext,
  host: Host
): Promise<void> {
  const existing = context.manifest(planned.repository, planned.version)
  const { plan } = planned
  host.print(
    host.json ? JSON.stringify(planToJson(plan), null, 2) : renderPlan(plan, { diffs: host.diffs })
  )
  for (const note of plan.notes) if (note.kind === 'warning') host.warn?.(note)
  let result: ApplyResult | undefined
  if (dryRun) {
    if (!host.json) host.print('\nDry run: nothing was changed.')
  } else {
    if (!host.json) host.print('\nApplying:')
    result = await applyPlan(plan, host.json ? undefined : (line) => host.print(line))
  }
  const report = planned.report(result)
  const path = dryRun ? undefined : host.manifestPath(planned.repository, planned.version.tag)
  if (path && report.manifest) {
    writeManifestFile(path, extendManifest(existing, report.manifest.header, report.manifest.part))
  }
  host.setOutputs({ ...report.outputs, 'manifest-path': path ?? '' })
  if (host.writeSummary) {
    host.writeSummary(
      [
        renderSummary(plan, {
          applied: result?.applied,
          links: report.links,
          dryRun,
          error: result?.error
        }),
        ...(report.sections ?? []),
        phaseStateMarkdown(plan.phase, plan.repository, {
          dryRun,
          stoppedAt: result?.error ? plan.operations[result.applied.length]?.title : undefined
        })
      ]
        .filter(Boolean)
        .join('\n')
    )
  }
  if (result && !host.json) host.epilogue(report.epilogue ?? [])
  if (result?.error) throw result.error
}
