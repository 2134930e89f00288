import { existsSync } from 'node:fs'
import { loadBpfmanConfig } from '../release/config.js'
import { InputError, ReleaseError } from '../release/errors.js'
import { Git, type Identity } from '../effects/git.js'
import {
  type GitHubClient,
  type Release,
  type ReleaseWithAssets
} from '../effects/github/client.js'
import { MANIFEST_SCHEMA, type ReleaseManifest } from '../release/manifest.js'
import { type AppliedOperation, type Operation, type Plan, type PlanNote } from '../release/plan.js'
import { type RegistryClient } from '../effects/registry/client.js'
import { ACTIONS_BOT } from '../repo.js'
import { type RunPlanOptions, runPlan } from '../runner.js'
import { type SummaryLink, renderSummary } from '../release/summary.js'
import { type ReleaseVersion, isPrerelease, parseVersion } from '../release/version.js'
import {
  type AssetDecision,
  type AssetOutcome,
  type BuiltAsset,
  type ReleaseYamls,
  assetOperation,
  buildReleaseYamls,
  decideAsset,
  sha256Of
} from '../post/assets.js'
import {
  type CheckGroup,
  type CheckResult,
  blockingFailures,
  runPublicationChecks
} from '../post/checks.js'
import { type CoprProject } from '../effects/copr.js'
import { CratesClient } from '../effects/crates.js'
import { type HandOver, handOverFor, handOverOperation } from '../post/handover.js'
import { type ImageOutcome, dispatcherTagOperation } from '../post/images.js'
import { planDispatcherRevert } from '../post/revert.js'
import { renderChecklist, renderHandOver } from '../post/summary.js'
import { makeLatestFor } from './tag-release.js'
import { withCommitTree } from './verify-release.js'

export interface PostReleaseInputs {
  repoDir: string
  /** owner/name, for links and the manifest. */
  repository: string
  version: string
  /** The branch the release was made from; the revert pull request goes there. */
  base: string
  remote: string
  github: GitHubClient
  identity?: Identity
  configFile?: string
  /** https://github.com, or GITHUB_SERVER_URL, for the hand-over link. */
  serverUrl?: string
  yamls: {
    command: string[]
    /** Where the command runs, relative to the repository: examples. */
    directory: string
    /** Expected besides the example YAMLs: the bpfman install files. */
    always: string[]
  }
  registry: RegistryClient
  /** undefined: the config's dispatcher images (quay.io/bpfman/xdp-dispatcher and tc-dispatcher). */
  dispatcherImages: string[] | undefined
  /** Move a dispatcher tag that points at another image. */
  force: boolean
  checks: {
    images: string[]
    crates: string[]
    /** undefined: crates are not checked. */
    cratesApiUrl: string | undefined
    /** undefined: COPR is not checked. */
    copr: { url: string; project: CoprProject; packageName: string } | undefined
    failOn: CheckGroup[]
    waitSeconds: number
  }
  operator: {
    repository: string
    workflow: string
    ref: string
    /** undefined: no token, so the summary shows the link for a maintainer. */
    github: GitHubClient | undefined
  }
  /** Progress lines while the checks wait. */
  log?: (line: string) => void
}

export interface PostRelease {
  plan: Plan
  version: ReleaseVersion
  base: string
  tagCommit: string
  baseCommit: string
  yamls: ReleaseYamls
  failOn: CheckGroup[]
  /** The release as found when planning; outputs.release once published. */
  release: Release
  handOver: HandOver
  revertBranch: string
  /** Filled in by the operations as they apply. */
  outputs: {
    assets: AssetOutcome[]
    images: ImageOutcome[]
    commit?: string
    pr?: { number: number; url: string }
    release?: Release
    checks?: CheckResult[]
  }
}

interface Refs {
  git: Git
  baseCommit: string
  tagCommit: string
}

/** Fetches the base branch and the tags; the checkout may be anywhere (the tag, main). */
async function fetchRefs(inputs: PostReleaseInputs, version: ReleaseVersion): Promise<Refs> {
  if (!existsSync(inputs.repoDir)) throw new InputError('repo', `${inputs.repoDir} does not exist`)
  const git = new Git(inputs.repoDir)
  if (!(await git.tryExec(['rev-parse', '--git-dir'])).ok)
    throw new InputError('repo', `${inputs.repoDir} is not a git repository`)
  if (!(await git.hasRemote(inputs.remote)))
    throw new InputError('repo', `${inputs.repoDir} has no remote "${inputs.remote}"`)
  if (!(await git.lsRemoteBranch(inputs.remote, inputs.base))) {
    throw new InputError(
      'base',
      `branch "${inputs.base}" not found on ${inputs.remote}; give the branch the release was made from`
    )
  }
  await git.fetch(inputs.remote, [
    `+refs/heads/${inputs.base}:refs/remotes/${inputs.remote}/${inputs.base}`
  ])
  await git.fetchTags(inputs.remote)
  const tagCommit = await git.revParse(`refs/tags/${version.tag}`)
  if (!tagCommit) {
    throw new InputError(
      'version',
      `tag ${version.tag} is not in ${inputs.remote}; tag-release makes it (and the draft release): run it first`
    )
  }
  return {
    git,
    tagCommit,
    baseCommit: (await git.revParse(`refs/remotes/${inputs.remote}/${inputs.base}`)) as string
  }
}

async function decisionsFor(
  github: GitHubClient,
  state: ReleaseWithAssets,
  tag: string,
  built: BuiltAsset[]
): Promise<AssetDecision[]> {
  const release = { tag, draft: state.release.draft, immutable: state.immutable }
  const decisions: AssetDecision[] = []
  for (const asset of built) {
    const remote = state.assets.find((a) => a.name === asset.name)
    let digest = remote?.digest ?? null
    if (remote && !digest && remote.state === 'uploaded' && remote.size === asset.data.length) {
      digest = sha256Of(await github.downloadReleaseAsset(remote.id))
    }
    decisions.push(decideAsset(asset, remote, release, digest))
  }
  return decisions
}

/**
 * Plans everything after the release: builds the release YAMLs at the tag and
 * compares them with the release's assets (a missing file or an immutable
 * difference is an error here, before anything changes), then the uploads, the
 * publication, the dispatcher tags, the revert pull request, the checks and
 * the hand-over to the operator.
 */
export async function planPostRelease(inputs: PostReleaseInputs): Promise<PostRelease> {
  const version = parseVersion(inputs.version)
  const { git, tagCommit, baseCommit } = await fetchRefs(inputs, version)
  const releases = await inputs.github.listReleases()
  const release = releases.find((r) => r.tagName === version.tag)
  if (!release) {
    throw new ReleaseError(
      `${inputs.github.name} has no release for ${version.tag}; tag-release creates its draft: run it, then rerun post-release`
    )
  }
  const { config, yamls } = await withCommitTree(git, tagCommit, async (treeDir) => {
    const config = loadBpfmanConfig(treeDir, inputs.configFile)
    const yamls = await buildReleaseYamls({
      treeDir,
      version,
      command: inputs.yamls.command,
      directory: inputs.yamls.directory,
      exampleConfigs: config.exampleConfigs,
      always: inputs.yamls.always
    })
    return { config, yamls }
  })
  const state = await inputs.github.getReleaseAssets(release.id)
  const decisions = await decisionsFor(inputs.github, state, version.tag, yamls.assets)
  const notes: PlanNote[] = []
  if (yamls.extra.length > 0) {
    notes.push({
      kind: 'info',
      message: `built beyond the expected list, uploaded all the same: ${yamls.extra.join(', ')}`
    })
  }
  if (!state.release.draft) {
    notes.push({
      kind: state.immutable ? 'info' : 'warning',
      message: `the release ${version.tag} is published already${state.immutable ? ' and immutable: its assets must match the built files' : '; changed assets are replaced on the published release'}`
    })
  }
  const outputs: PostRelease['outputs'] = { assets: [], images: [] }
  const operations: Operation[] = yamls.assets.map((asset, index) =>
    assetOperation(
      inputs.github,
      release.id,
      version.tag,
      asset,
      decisions[index],
      yamls.extra.includes(asset.name),
      outputs.assets
    )
  )
  const published = releases.filter((r) => !r.draft).map((r) => r.tagName)
  operations.push(
    publishOperation(
      inputs.github,
      release,
      version,
      makeLatestFor(version, [...(await git.tags()), ...published]),
      yamls,
      outputs
    )
  )

  const dispatcherImages = inputs.dispatcherImages ?? config.dispatcherImages
  for (const image of dispatcherImages) {
    operations.push(
      dispatcherTagOperation(inputs.registry, image, version.tag, inputs.force, outputs.images)
    )
  }
  if (dispatcherImages.length === 0)
    notes.push({
      kind: 'skipped',
      message: 'no dispatcher images to tag (input dispatcher-images)'
    })

  const revert = await planDispatcherRevert({
    git,
    github: inputs.github,
    remote: inputs.remote,
    base: inputs.base,
    baseCommit,
    tagCommit,
    version,
    source: config.dispatcherSource,
    images: config.dispatcherImages,
    identity: inputs.identity ?? ACTIONS_BOT,
    outputs
  })
  operations.push(...revert.operations)
  notes.push(...revert.notes)

  const failOn = inputs.checks.failOn
  operations.push(checksOperation(inputs, version, release.id, yamls, outputs))

  const serverUrl = inputs.serverUrl ?? 'https://github.com'
  const { operator } = inputs
  const handOver = handOverFor(
    serverUrl,
    operator.repository,
    operator.workflow,
    operator.ref,
    version,
    operator.github ? 'pending' : 'manual'
  )
  if (operator.github) operations.push(handOverOperation(operator.github, handOver, version))
  else
    notes.push({
      kind: 'skipped',
      message: `no operator-token: dispatch ${operator.workflow} in ${operator.repository} by hand (see the summary)`
    })

  const plan: Plan = {
    phase: 'post-release',
    repository: inputs.repository,
    version: version.version,
    files: revert.files,
    operations,
    notes
  }
  return {
    plan,
    version,
    base: inputs.base,
    tagCommit,
    baseCommit,
    yamls,
    failOn,
    release,
    handOver,
    revertBranch: revert.branch,
    outputs
  }
}

function publishOperation(
  github: GitHubClient,
  release: Release,
  version: ReleaseVersion,
  makeLatest: 'true' | 'false',
  yamls: ReleaseYamls,
  outputs: PostRelease['outputs']
): Operation {
  return {
    kind: 'github',
    title: release.draft
      ? `publish the draft release ${version.tag} (make_latest ${makeLatest})`
      : `the release ${version.tag} is published already; leave it`,
    apply: async () => {
      const state = await github.getReleaseAssets(release.id)
      if (!state.release.draft) {
        outputs.release = state.release
        return { status: 'unchanged', detail: state.release.url }
      }
      const missing = yamls.assets.filter(
        (asset) => !state.assets.some((a) => a.name === asset.name)
      )
      if (missing.length > 0) {
        throw new ReleaseError(
          `the draft lacks ${missing.map((a) => a.name).join(', ')}; not publishing it`
        )
      }
      outputs.release = await github.updateRelease(release.id, { draft: false, makeLatest })
      return { status: 'done', detail: outputs.release.url }
    }
  }
}

function checksOperation(
  inputs: PostReleaseInputs,
  version: ReleaseVersion,
  releaseId: number,
  yamls: ReleaseYamls,
  outputs: PostRelease['outputs']
): Operation {
  const { checks } = inputs
  const parts = [
    `release ${version.tag} with ${yamls.assets.length} assets`,
    `${checks.images.length} image(s)`,
    checks.cratesApiUrl ? `${checks.crates.length} crate(s)` : 'no crates',
    checks.copr ? 'COPR (report only)' : 'no COPR'
  ]
  return {
    kind: 'check',
    title: `check the publication: ${parts.join(', ')}; wait up to ${checks.waitSeconds}s; fail on ${checks.failOn.join(', ') || 'nothing'}`,
    apply: async () => {
      const results = await runPublicationChecks({
        version,
        github: inputs.github,
        releaseId,
        assets: yamls.assets,
        registry: inputs.registry,
        images: checks.images,
        crates: checks.cratesApiUrl ? new CratesClient(checks.cratesApiUrl) : undefined,
        crateNames: checks.crates,
        copr: checks.copr
          ? {
              baseUrl: checks.copr.url,
              project: checks.copr.project,
              packageName: checks.copr.packageName
            }
          : undefined,
        waitMs: checks.waitSeconds * 1000,
        log: inputs.log
      })
      outputs.checks = results
      const count = (status: CheckResult['status']): number =>
        results.filter((r) => r.status === status).length
      const blocking = blockingFailures(results, checks.failOn)
      if (blocking.length > 0) {
        throw new ReleaseError(
          `${blocking.length} publication check(s) failed: ${blocking.map((r) => `${r.name} (${r.detail})`).join('; ')}. When they are published, rerun (or raise wait-seconds); fail-on chooses which failures fail the job`
        )
      }
      return {
        status: 'done',
        detail: `${count('passed')} passed, ${count('failed')} failed (reported only), ${count('not checked')} not checked`
      }
    }
  }
}

/**
 * Applies the plan and keeps what was applied when a step fails, so the
 * summary can still show the steps done and the checklist.
 */
export async function runPostRelease(
  post: PostRelease,
  options: RunPlanOptions
): Promise<{ applied: AppliedOperation[]; error?: unknown }> {
  const applied: AppliedOperation[] = []
  const recording: Plan = {
    ...post.plan,
    operations: post.plan.operations.map((op) => ({
      ...op,
      apply: async () => {
        const outcome = await op.apply()
        applied.push({ title: op.title, outcome })
        return outcome
      }
    }))
  }
  try {
    await runPlan(recording, options)
  } catch (error) {
    return { applied, error }
  }
  return { applied }
}

export function postReleaseLinks(post: PostRelease): SummaryLink[] {
  const release = post.outputs.release ?? post.release
  const links: SummaryLink[] = [
    { label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url }
  ]
  if (post.outputs.pr)
    links.push({ label: 'Pull request putting :latest back', url: post.outputs.pr.url })
  if (post.handOver.run?.url)
    links.push({ label: `Operator ${post.handOver.workflow} run`, url: post.handOver.run.url })
  return links
}

/** The job summary: the plan and steps, then the publication checklist and the hand-over. */
export function renderPostReleaseSummary(
  post: PostRelease,
  options: { applied?: AppliedOperation[]; dryRun?: boolean }
): string {
  return [
    renderSummary(post.plan, { ...options, links: postReleaseLinks(post) }),
    renderChecklist(post.outputs.checks, post.failOn),
    renderHandOver(post.handOver)
  ]
    .filter(Boolean)
    .join('\n')
}

/** The action outputs, JSON where a list. */
export function postReleaseOutputs(
  post: PostRelease,
  manifestPath: string
): Record<string, string> {
  const release = post.outputs.release ?? post.release
  return {
    'release-url': release.url,
    assets: JSON.stringify(post.outputs.assets),
    'images-tagged': JSON.stringify(post.outputs.images),
    'revert-pr-url': post.outputs.pr?.url ?? '',
    checks: JSON.stringify(post.outputs.checks ?? []),
    'manifest-path': manifestPath
  }
}

/** The manifest with post_release filled in: the one tag-release wrote, or a fresh one. */
export function postReleaseManifest(
  post: PostRelease,
  repository: string,
  existing: ReleaseManifest | undefined
): ReleaseManifest {
  const { version, outputs } = post
  const base: ReleaseManifest = existing ?? {
    schema: MANIFEST_SCHEMA,
    repository,
    version: version.version,
    tag: version.tag,
    previousTag: null,
    prerelease: isPrerelease(version),
    base: post.base
  }
  const release = outputs.release ?? post.release
  return {
    ...base,
    post_release: {
      commit: post.tagCommit,
      release: { id: release.id, url: release.url, draft: release.draft },
      assets: outputs.assets,
      extraAssets: post.yamls.extra,
      images: outputs.images,
      revertPr: outputs.pr ?? null,
      checks: outputs.checks ?? null,
      handOver: {
        repository: post.handOver.repository,
        workflow: post.handOver.workflow,
        status: post.handOver.status,
        runId: post.handOver.run?.id ?? null
      }
    }
  }
}
