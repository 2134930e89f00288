import { type CoprProject, isRpmOf, latestCoprBuild } from '../effects/copr.js'
import { type CratesClient } from '../effects/crates.js'
import { type GitHubClient, type PullRequest, type WorkflowRun } from '../effects/github/client.js'
import { DEFAULT_RETRY, fetchWithRetry } from '../effects/http-retry.js'
import { type RegistryClient } from '../effects/registry/client.js'
import { catalogBranch, releaseBranch, revertBranch } from '../release/branches.js'
import { BPFMAN_PRESET, OPERATOR_PRESET } from '../release/config.js'
import { messageOf } from '../release/errors.js'
import { type RowState, type Stage, type StatusRow } from '../release/release-state.js'
import {
  type ReleaseVersion,
  compareVersions,
  isPrerelease,
  parsePatchBranch,
  tryParseVersion
} from '../release/version.js'
import { type ImageCheck, type ImageSource, releaseImages } from './images.js'

/** One repository's part of the release: what `status` looks for there. */
export interface RepositoryTarget {
  github: GitHubClient
  /** Images with tag vX.Y.Z: this list, or `{ fallback }` for those the repository's workflows at the tag push. */
  images: ImageSource
  /** Files the GitHub release must carry. */
  expectedAssets: readonly string[]
}

export interface StatusRequest {
  version: ReleaseVersion
  bpfman: RepositoryTarget
  operator: RepositoryTarget
  registry: RegistryClient
  /** undefined: docs not checked. The versioned docs are at `${docsUrl}/vX.Y.Z/`. */
  docsUrl: string | undefined
  crates: { client: CratesClient; names: readonly string[] } | undefined
  copr: { baseUrl: string; project: CoprProject; packageName: string } | undefined
  /** The community catalogs (owner/name) and the operator's package name there. */
  catalogs: { github: GitHubClient; packageName: string; forkOwner: string | undefined }[]
  fetch?: typeof fetch
}

/** Every row of the release, in the order of the process; nothing is changed anywhere. */
export async function releaseRows(request: StatusRequest): Promise<StatusRow[]> {
  const { version } = request
  const [bpfman, docs, crates, copr, revert, operator, catalogs, nextDev] = await Promise.all([
    repositoryRows(request.bpfman, version, request.registry),
    request.docsUrl ? docsRows(request, request.docsUrl) : [],
    request.crates ? crateRows(request, request.crates) : [],
    request.copr ? coprRows(request, request.copr) : [],
    revertRows(request.bpfman.github, version),
    repositoryRows(request.operator, version, request.registry),
    // The catalogs take final releases only (operator-release catalogs skips a candidate).
    isPrerelease(version)
      ? []
      : Promise.all(request.catalogs.map((catalog) => catalogRows(catalog, version))),
    nextDevRows(request.operator.github, version)
  ])
  return [
    ...bpfman,
    ...docs,
    ...crates,
    ...copr,
    ...revert,
    ...operator,
    ...catalogs.flat(),
    ...nextDev
  ]
}

type RowOf = (
  stage: Stage,
  item: string,
  state: RowState,
  detail: string,
  link?: string
) => StatusRow

function rowsOf(repository: string): RowOf {
  return (stage, item, state, detail, link) => ({
    repository,
    stage,
    item,
    state,
    detail,
    ...(link ? { link } : {})
  })
}

/** A probe that throws is a failed row saying why, not a failed command. */
async function guarded(row: RowOf, stage: Stage, item: string, probe: () => Promise<StatusRow[]>) {
  try {
    return await probe()
  } catch (error) {
    return [row(stage, item, 'failed', `could not be read: ${messageOf(error)}`)]
  }
}

/** The release PR, the tag, the GitHub release, the runs the tag started and the images. */
async function repositoryRows(
  target: RepositoryTarget,
  version: ReleaseVersion,
  registry: RegistryClient
): Promise<StatusRow[]> {
  const { github } = target
  const row = rowsOf(github.name)
  // Read once: the tag's row shows it, and the images are read from the workflows at it.
  const tagCommit = github.repos.commitOf(version.tag)
  const [pull, tag, release, runs, images] = await Promise.all([
    guarded(row, 'release PR', releaseBranch(version), () =>
      pullRows(github, row, releaseBranch(version), 'release PR')
    ),
    guarded(row, 'tag', version.tag, async () => {
      const commit = await tagCommit
      return [
        commit
          ? row('tag', version.tag, 'done', `on ${commit.slice(0, 12)}`)
          : row('tag', version.tag, 'missing', 'no such tag')
      ]
    }),
    guarded(row, 'GitHub release', version.tag, () => releaseRow(target, row, version)),
    guarded(row, 'tag runs', version.tag, async () => {
      const found = await github.workflows.repositoryRuns({ branch: version.tag })
      if (found.length === 0)
        return [row('tag runs', version.tag, 'missing', 'no workflow run of the tag')]
      return newestPerWorkflow(found).map((run) =>
        row('tag runs', workflowFile(run), runState(run), runDetail(run), run.url)
      )
    }),
    guarded(row, 'images', version.tag, async () => {
      const images = await releaseImages(github, version, target.images, tagCommit)
      const rows = await Promise.all(
        images.checks.map((check) =>
          guarded(row, 'images', `${check.image}:${version.tag}`, () =>
            imageRows(registry, row, version, check, images.fallback)
          )
        )
      )
      return rows.flat()
    })
  ])
  return [...pull, ...tag, ...release, ...runs, ...images]
}

/**
 * An image's row: done when the registry has its tag vX.Y.Z. An image the
 * workflows push as :latest only gets no tag from the release, unless a
 * maintainer or post-release tagged it: its row is done when the tag is
 * there, or else when :latest is (the tag's image workflow pushed it), so
 * that it cannot hold a finished release "in progress" for a tag nobody makes.
 */
async function imageRows(
  registry: RegistryClient,
  row: RowOf,
  version: ReleaseVersion,
  check: ImageCheck,
  fallback: string | undefined
): Promise<StatusRow[]> {
  const item = `${check.image}:${version.tag}`
  const found = await registry.resolve(check.image, version.tag)
  if (check.latestOnly) {
    const pushedBy = `${check.workflow} at ${version.tag} pushes it as :latest only`
    if (found)
      return [row('images', item, 'done', `${found.digest}; ${pushedBy}, and it is tagged too`)]
    const latest = await registry.resolve(check.image, 'latest')
    return [
      latest
        ? row(
            'images',
            `${check.image}:latest`,
            'done',
            `${latest.digest}; ${pushedBy}: no ${version.tag} tag is expected`
          )
        : row(
            'images',
            `${check.image}:latest`,
            'missing',
            `no :latest in the registry; ${pushedBy}`
          )
    ]
  }
  const source =
    fallback ?? (check.workflow ? `${check.workflow} at ${version.tag} pushes it` : undefined)
  const why = source ? ` (${source})` : ''
  return [
    found
      ? row('images', item, 'done', `${found.digest}${why}`)
      : row('images', item, 'missing', `no such tag in the registry${why}`)
  ]
}

/** A pull request's row: merged done, open in progress (failed when a check failed), closed failed. */
async function pullRows(
  github: GitHubClient,
  row: RowOf,
  branch: string,
  stage: Stage,
  found?: PullRequest
): Promise<StatusRow[]> {
  const pull = found ?? (await github.pulls.findMerged(branch))
  if (!pull) return [row(stage, branch, 'missing', `no pull request from ${branch}`)]
  const item = `pull request #${pull.number}`
  if (pull.merged)
    return [
      row(
        stage,
        item,
        'done',
        `merged (${pull.mergeCommitSha?.slice(0, 12) ?? 'merge commit unknown'})`,
        pull.url
      )
    ]
  if (pull.state !== 'open') return [row(stage, item, 'failed', 'closed without merging', pull.url)]
  const checks = await github.workflows.repositoryRuns({ headSha: pull.headSha })
  const newest = newestPerWorkflow(checks)
  const failed = newest.filter((run) => runState(run) === 'failed')
  const running = newest.filter((run) => runState(run) === 'in progress')
  if (failed.length > 0)
    return [
      row(
        stage,
        item,
        'failed',
        `open; failed: ${failed.map(workflowFile).join(', ')}`,
        failed[0].url
      )
    ]
  const ci =
    newest.length === 0
      ? 'no CI run on its head'
      : running.length > 0
        ? `CI running: ${running.map(workflowFile).join(', ')}`
        : `CI passed: ${newest.map(workflowFile).join(', ')}`
  return [row(stage, item, 'in progress', `open, waiting for review; ${ci}`, pull.url)]
}

/**
 * A release candidate on prepare's lighter path: no example configs of its own
 * at the tag, so post-release builds and attaches no release YAMLs.
 */
async function withoutExampleConfigs(
  target: RepositoryTarget,
  version: ReleaseVersion
): Promise<boolean> {
  if (!isPrerelease(version) || target.expectedAssets.length === 0) return false
  const folder = `${BPFMAN_PRESET.exampleConfigs}/${version.tag}`
  return (await target.github.contents.folder(version.tag, folder)) === undefined
}

async function releaseRow(
  target: RepositoryTarget,
  row: RowOf,
  version: ReleaseVersion
): Promise<StatusRow[]> {
  const found = await target.github.releases.findByTag(version.tag)
  if (!found)
    return [row('GitHub release', version.tag, 'missing', 'no release, draft or published')]
  const { assets } = await target.github.releases.withAssets(found.id)
  const names = assets.map((asset) => asset.name)
  const expected = (await withoutExampleConfigs(target, version)) ? [] : target.expectedAssets
  const missing = expected.filter((name) => !names.includes(name))
  const kind = found.prerelease ? 'prerelease' : 'release'
  const files = `${expected.length - missing.length} of ${expected.length} expected assets${missing.length > 0 ? ` (missing ${missing.join(', ')})` : ''}, ${names.length} in all`
  if (found.draft)
    return [row('GitHub release', version.tag, 'in progress', `draft ${kind}; ${files}`, found.url)]
  return [
    row(
      'GitHub release',
      version.tag,
      missing.length > 0 ? 'failed' : 'done',
      `published ${kind}; ${files}`,
      found.url
    )
  ]
}

/** The newest run of each workflow: a rerun replaces the run it reran. */
function newestPerWorkflow(runs: readonly WorkflowRun[]): WorkflowRun[] {
  const seen = new Map<string, WorkflowRun>()
  for (const run of runs) {
    const key = run.path ?? run.displayTitle
    const known = seen.get(key)
    if (!known || known.id < run.id) seen.set(key, run)
  }
  return [...seen.values()].sort((a, b) => a.id - b.id)
}

function workflowFile(run: WorkflowRun): string {
  return run.path?.split('/').pop() ?? run.displayTitle
}

export function runState(run: WorkflowRun): RowState {
  if (run.status !== 'completed') return 'in progress'
  return run.conclusion === 'success' ||
    run.conclusion === 'skipped' ||
    run.conclusion === 'neutral'
    ? 'done'
    : 'failed'
}

function runDetail(run: WorkflowRun): string {
  return `${run.event} run ${run.id}: ${run.status}${run.conclusion ? `, ${run.conclusion}` : ''}`
}

async function docsRows(request: StatusRequest, docsUrl: string): Promise<StatusRow[]> {
  const row = rowsOf(request.bpfman.github.name)
  const url = `${docsUrl.replace(/\/+$/, '')}/${request.version.tag}/`
  return guarded(row, 'docs', url, async () => {
    const { response } = await fetchWithRetry(
      request.fetch ?? fetch,
      url,
      { method: 'HEAD', redirect: 'follow' },
      { ...DEFAULT_RETRY, attempts: 2 },
      30_000,
      `reading ${url}`
    )
    if (response.ok) return [row('docs', url, 'done', `HTTP ${response.status}`, url)]
    return [
      row(
        'docs',
        url,
        response.status === 404 ? 'missing' : 'failed',
        `HTTP ${response.status}`,
        url
      )
    ]
  })
}

async function crateRows(
  request: StatusRequest,
  crates: NonNullable<StatusRequest['crates']>
): Promise<StatusRow[]> {
  const row = rowsOf(request.bpfman.github.name)
  const version = request.version.version
  const rows = await Promise.all(
    crates.names.map((name) =>
      guarded(row, 'crates', `${name} ${version}`, async () => {
        const found = await crates.client.version(name, version)
        if (found.state === 'missing')
          return [row('crates', `${name} ${version}`, 'missing', found.detail)]
        return [
          row(
            'crates',
            `${name} ${version}`,
            found.yanked ? 'failed' : 'done',
            found.yanked ? 'yanked' : 'published'
          )
        ]
      })
    )
  )
  return rows.flat()
}

async function coprRows(
  request: StatusRequest,
  copr: NonNullable<StatusRequest['copr']>
): Promise<StatusRow[]> {
  const row = rowsOf(request.bpfman.github.name)
  const item = `${copr.packageName} in ${copr.project.owner}/${copr.project.project}`
  return guarded(row, 'COPR', item, async () => {
    const build = await latestCoprBuild(copr.baseUrl, copr.project, copr.packageName, request.fetch)
    if (!build || !build.version || !isRpmOf(build.version, request.version))
      return [
        row(
          'COPR',
          item,
          'missing',
          build
            ? `the latest build (${build.id}) is of ${build.version ?? 'an unknown version'}`
            : 'no build yet'
        )
      ]
    const state: RowState =
      build.state === 'succeeded'
        ? 'done'
        : ['failed', 'canceled'].includes(build.state)
          ? 'failed'
          : 'in progress'
    return [row('COPR', item, state, `build ${build.id} of ${build.version}: ${build.state}`)]
  })
}

/** The pull request putting the dispatchers' :latest back: a row only where post-release opened one. */
async function revertRows(github: GitHubClient, version: ReleaseVersion): Promise<StatusRow[]> {
  const row = rowsOf(github.name)
  const branch = revertBranch(version)
  return guarded(row, ':latest revert PR', branch, async () => {
    const pull = await github.pulls.findMerged(branch)
    return pull ? pullRows(github, row, branch, ':latest revert PR', pull) : []
  })
}

async function catalogRows(
  catalog: StatusRequest['catalogs'][number],
  version: ReleaseVersion
): Promise<StatusRow[]> {
  const { github } = catalog
  const row = rowsOf(github.name)
  const branch = catalogBranch(catalog.packageName, version)
  return guarded(row, 'catalog PRs', branch, async () => {
    const pull = catalog.forkOwner
      ? await github.pulls.find(
          branch,
          (await github.repos.info())?.defaultBranch ?? 'main',
          'all',
          catalog.forkOwner
        )
      : await github.pulls.findRecent(branch)
    return pullRows(github, row, branch, 'catalog PRs', pull)
  })
}

/** The operator's pull request to the next -dev version: the lowest version-X-dev branch above the release. */
async function nextDevRows(github: GitHubClient, version: ReleaseVersion): Promise<StatusRow[]> {
  const row = rowsOf(github.name)
  return guarded(row, 'next-dev PR', 'version-*-dev', async () => {
    const recent = await github.pulls.recent()
    // next-dev leaves main alone after a release of a patch line (release-vX.Y.Z-patch).
    const release = recent.find((pull) => pull.headRef === releaseBranch(version))
    if (release && parsePatchBranch(release.baseRef) !== undefined)
      return [
        row(
          'next-dev PR',
          'version-*-dev',
          'done',
          `not needed: ${version.tag} is a release of ${release.baseRef}, and main keeps its development version`
        )
      ]
    // Before v0.6.0 the operator kept its version in the Makefile: next-dev sets none then.
    const { versionFile, makefile } = OPERATOR_PRESET
    const [versionText, makefileText] = await Promise.all(
      [versionFile, makefile].map((path) => github.contents.text(version.tag, path))
    )
    if (makefileText !== undefined && versionText === undefined)
      return [
        row(
          'next-dev PR',
          'version-*-dev',
          'done',
          `not needed: ${versionFile} is not in ${version.tag} (the version is in the Makefile), so next-dev sets no -dev version`
        )
      ]
    const candidates = recent
      .map((pull) => ({
        ref: pull.headRef,
        next: tryParseVersion(/^version-(.+)-dev$/.exec(pull.headRef)?.[1] ?? '')
      }))
      .filter((found) => found.next && compareVersions(found.next, version) > 0)
      .sort((a, b) => compareVersions(a.next as ReleaseVersion, b.next as ReleaseVersion))
    const branch = candidates[0]?.ref
    if (!branch)
      return [
        row('next-dev PR', 'version-*-dev', 'missing', 'no pull request to a later -dev version')
      ]
    return pullRows(github, row, branch, 'next-dev PR')
  })
}
