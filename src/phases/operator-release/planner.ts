import { type PhaseReport, type PlannedPhase, type Planner } from '../../release/phase.js'
import { type ManifestParts } from '../../release/manifest.js'
import { type ApplyResult } from '../../release/plan.js'
import { type Progress } from '../../release/progress.js'
import { type ReleaseVersion } from '../../release/version.js'
import { preparedLinks, preparedReport } from '../../steps/prepared-release.js'
import { type CatalogsResult, planOperatorCatalogs } from './catalogs.js'
import { type NextDevResult, planOperatorNextDev } from './next-dev.js'
import { planOperatorPrepare } from './prepare.js'
import { type OperatorSettings } from './settings.js'

function catalogsReport(result: CatalogsResult, applied: ApplyResult | undefined): StageReport {
  const catalogs = result.catalogs.map((catalog) => {
    const steps = catalog.steps
    const fork = applied?.products.find(steps?.fork)
    const commit = applied?.products.find(steps?.commit)
    const pr = applied?.products.find(steps?.pull)
    return { catalog, fork, commit, pr }
  })
  const pulls = catalogs.map(({ catalog, pr }) => ({
    repository: catalog.repository,
    status: catalog.status,
    number: pr?.number ?? null,
    url: pr?.url ?? null
  }))
  return {
    operator: {
      catalogs: catalogs.map(({ catalog, fork, commit, pr }) => ({
        repository: catalog.repository,
        folder: catalog.folder,
        branch: catalog.branch,
        status: catalog.status,
        fork: fork ? `${fork.owner}/${fork.repo}` : null,
        commit: commit?.commit ?? null,
        pr: pr ?? null
      }))
    },
    outputs: { branch: result.catalogs[0]?.branch, 'catalog-pulls': JSON.stringify(pulls) },
    links: pulls
      .filter((pull) => pull.url)
      .map((pull) => ({ label: `Pull request to ${pull.repository}`, url: pull.url as string })),
    epilogue: catalogs.flatMap(({ catalog, pr }) =>
      pr
        ? [`Pull request to ${catalog.repository}: ${pr.url}`]
        : catalog.status === 'in-catalog'
          ? [`${catalog.repository} already holds ${catalog.folder}.`]
          : []
    )
  }
}

function nextDevReport(
  result: NextDevResult,
  applied: ApplyResult | undefined,
  repoDir: string,
  base: string
): StageReport {
  const commit = applied?.products.find(result.publish?.commit)
  const pr = applied?.products.find(result.publish?.pull)
  const epilogue: string[] = []
  if (applied && !applied.error && result.branch && result.plan.operations.length > 0) {
    epilogue.push(
      pr
        ? `\nPull request: ${pr.url}`
        : `\nNothing was pushed; inspect it with: git -C ${repoDir} log -p ${base}..${result.branch}`
    )
  }
  return {
    operator: {
      nextDev: {
        version: result.nextVersion ?? null,
        branch: result.branch ?? null,
        commit: commit ?? null,
        pr: pr ?? null
      }
    },
    outputs: {
      branch: result.branch,
      'pr-number': pr?.number,
      'pr-url': pr?.url,
      'next-version': result.nextVersion
    },
    links: preparedLinks(pr),
    epilogue
  }
}

/** The stage's plan, with the release it belongs to. */
export const planner: Planner<OperatorSettings> = async (settings, context) => {
  const { version } = settings
  return {
    ...(await planStage(settings, version, context.progress)),
    repository: settings.repository,
    version
  }
}

type StageReport = Omit<PhaseReport, 'manifest'> & { operator: ManifestParts['operator'] }

/** The stage's plan, and its report in the manifest's `operator` part, with the stage's outputs. */
async function planStage(
  settings: OperatorSettings,
  version: ReleaseVersion,
  progress: Progress
): Promise<Pick<PlannedPhase, 'plan' | 'report'>> {
  const header = {
    repository: settings.repository,
    version,
    previousTag: null,
    base: settings.base
  }
  const stageOutputs = { stage: settings.stage, version: version.version, tag: version.tag }
  const withStage = ({ operator, outputs, ...rest }: StageReport): PhaseReport => ({
    ...rest,
    manifest: { header, part: { operator } },
    outputs: { ...stageOutputs, ...outputs }
  })
  if (settings.stage === 'prepare') {
    const prepared = await planOperatorPrepare(settings, progress)
    return {
      plan: prepared.plan,
      report: (result) => {
        const report = preparedReport(prepared, settings, result)
        return { ...report, outputs: { stage: settings.stage, ...report.outputs } }
      }
    }
  }
  if (settings.stage === 'catalogs') {
    const planned = await planOperatorCatalogs(settings)
    return { plan: planned.plan, report: (result) => withStage(catalogsReport(planned, result)) }
  }
  const planned = await planOperatorNextDev(settings)
  return {
    plan: planned.plan,
    report: (result) => withStage(nextDevReport(planned, result, settings.repoDir, settings.base))
  }
}
