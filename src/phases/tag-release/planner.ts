import { type PhaseReport, plannerOf } from '../../release/phase.js'
import { type Release } from '../../effects/github/client.js'
import { type ApplyResult } from '../../release/plan.js'
import { type DispatchedRun } from '../../steps/dispatch.js'
import { type Products } from '../../release/plan.js'
import { type SummaryLink } from '../../release/summary.js'
import { type TagSettings, type TaggedRelease, planTagRelease } from './plan.js'

/** The release and the dispatched run, as far as the operations made them. */
export function tagResults(
  tagged: TaggedRelease,
  products: Products | undefined
): { release: Release | undefined; dispatch: DispatchedRun | undefined } {
  const { steps } = tagged
  return {
    release: products?.find(steps.publish) ?? products?.find(steps.draft),
    dispatch: products?.find(steps.dispatch)
  }
}

/** The links of the job summary: tag, release and the dispatched run, as far as they are known. */
function tagReleaseLinks(tagged: TaggedRelease, products: Products): SummaryLink[] {
  const { release, dispatch } = tagResults(tagged, products)
  const links: SummaryLink[] = [{ label: `Tag ${tagged.version.tag}`, url: tagged.tagUrl }]
  if (release) links.push({ label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url })
  if (dispatch?.url) links.push({ label: `Run of ${dispatch.workflow}`, url: dispatch.url })
  return links
}

/** What tag-release reports after it ran (or, in a dry run, would have). */
export function tagReport(
  tagged: TaggedRelease,
  repository: string,
  result: ApplyResult | undefined
): PhaseReport {
  const { version } = tagged

  const { release, dispatch } = tagResults(tagged, result?.products)
  const links = result ? tagReleaseLinks(tagged, result.products) : []
  return {
    manifest: {
      header: {
        repository,
        version,
        previousTag: tagged.previous?.tag ?? null,
        base: tagged.base
      },
      part: {
        tagRelease: {
          commit: tagged.commit,
          release: release ? { id: release.id, url: release.url, draft: release.draft } : null,
          dispatch: dispatch ? { workflow: dispatch.workflow, runId: dispatch.runId ?? null } : null
        }
      }
    },
    outputs: {
      version: version.version,
      tag: version.tag,
      commit: tagged.commit,
      'release-id': release?.id,
      'release-url': release?.url,
      draft: release ? String(release.draft) : '',
      'dispatched-run': dispatch?.runId
    },
    links,
    epilogue: ['', ...links.map((link) => `${link.label}: ${link.url}`)]
  }
}

export const planner = plannerOf({
  plan: planTagRelease,
  report: (tagged: TaggedRelease, settings: TagSettings, result: ApplyResult | undefined) =>
    tagReport(tagged, settings.repository, result)
})
