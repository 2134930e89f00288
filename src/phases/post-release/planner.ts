import { type PhaseReport, plannerOf } from '../../release/phase.js'
import { type ApplyResult } from '../../release/plan.js'
import { type Products } from '../../release/plan.js'
import { type SummaryLink } from '../../release/summary.js'
import { type Release } from '../../effects/github/client.js'
import { type PullRef } from '../../steps/release-branch.js'
import { type AssetOutcome } from './assets.js'
import { type CheckResult } from './checks.js'
import { type HandOver, handOverAfter } from './handover.js'
import { type ImageOutcome } from './images.js'
import { type PostRelease, type PostSettings, planPostRelease } from './plan.js'
import { renderChecklist, renderHandOver } from './summary.js'

interface PostResults {
  release: Release
  assets: AssetOutcome[]
  images: ImageOutcome[]
  revertPr: PullRef | undefined
  checks: CheckResult[] | undefined
  handOver: HandOver
}

/** What the operations produced, each as far as it ran. */
function results(post: PostRelease, products: Products | undefined): PostResults {
  const { steps } = post
  return {
    release: products?.find(steps.publish) ?? post.release,
    assets: products?.findAll(steps.assets) ?? [],
    images: products?.findAll(steps.images) ?? [],
    revertPr: products?.find(steps.revert) ?? post.revertFound,
    checks: products?.find(steps.checks),
    handOver: handOverAfter(post.handOver, products?.find(steps.handOver))
  }
}

function postReleaseLinks(r: PostResults): SummaryLink[] {
  const links: SummaryLink[] = [
    { label: `Release${r.release.draft ? ' (draft)' : ''}`, url: r.release.url }
  ]
  if (r.revertPr) links.push({ label: 'Pull request putting :latest back', url: r.revertPr.url })
  if (r.handOver.run?.url)
    links.push({ label: `Operator ${r.handOver.workflow} run`, url: r.handOver.run.url })
  return links
}

/** What post-release reports: the checklist and the hand-over besides the plan. */
function postReport(
  post: PostRelease,
  settings: PostSettings,
  result: ApplyResult | undefined
): PhaseReport {
  const { version } = post
  const r = results(post, result?.products)
  const links = postReleaseLinks(r)
  const epilogue: string[] = []
  if (r.checks) {
    epilogue.push('\nPublication checks:')
    for (const check of r.checks)
      epilogue.push(`  [${check.status}] ${check.name}: ${check.detail}`)
  }
  if (r.handOver.status === 'manual' || r.handOver.status === 'pending') {
    epilogue.push(
      `\nHand-over: start ${r.handOver.workflow} in ${r.handOver.repository} with version=${version.version}:\n  ${r.handOver.workflowUrl}\n  ${r.handOver.command}`
    )
  }
  epilogue.push('', ...links.map((link) => `${link.label}: ${link.url}`))
  return {
    manifest: {
      header: {
        repository: settings.repository,
        version,
        previousTag: null,
        // A new manifest without a known base says so with an empty base.
        base: post.base ?? ''
      },
      part: {
        postRelease: {
          commit: post.tagCommit,
          release: { id: r.release.id, url: r.release.url, draft: r.release.draft },
          assets: r.assets,
          extraAssets: post.yamls.extra,
          images: r.images,
          revertPr: r.revertPr ?? null,
          checks: r.checks ?? null,
          handOver: {
            repository: r.handOver.repository,
            workflow: r.handOver.workflow,
            status: r.handOver.status,
            runId: r.handOver.run?.id ?? null
          }
        }
      }
    },
    outputs: {
      'release-url': r.release.url,
      assets: JSON.stringify(r.assets),
      'images-tagged': JSON.stringify(r.images),
      'revert-pr-url': r.revertPr?.url ?? '',
      checks: JSON.stringify(r.checks ?? [])
    },
    links,
    sections: [renderChecklist(r.checks, post.failOn), renderHandOver(r.handOver)],
    epilogue
  }
}

export const planner = plannerOf({
  plan: (settings: PostSettings, context) => planPostRelease(settings, context.progress),
  report: postReport
})
