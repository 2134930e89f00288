import { loadBpfmanConfig } from '../../release/config.js'
import { InputError, ReleaseError } from '../../release/errors.js'
import { type Git, type Identity } from '../../effects/git.js'
import {
  type GitHubClient,
  type Release,
  type ReleaseWithAssets
} from '../../effects/github/client.js'
import { type RegistryClient } from '../../effects/registry/client.js'
import { type CoprProject } from '../../effects/copr.js'
import { CratesClient } from '../../effects/crates.js'
import { ACTIONS_BOT } from '../../release/identity.js'
import {
  type AnyOperation,
  FailedWith,
  type Operation,
  type Plan,
  type PlanNote
} from '../../release/plan.js'
import { type Progress } from '../../release/progress.js'
import { type ReleaseVersion } from '../../release/version.js'
import { fetchBase, openRepository } from '../../steps/checkout.js'
import { type DispatchedRun } from '../../steps/dispatch.js'
import { makeLatestAmong, publishReleaseOperation } from '../../steps/github-release.js'
import { type PullRef } from '../../steps/release-branch.js'
import { awaitTagRuns } from '../../steps/tag-runs.js'
import { tagWorkflowsIn, workflowsAt } from '../../steps/tree-workflows.js'
import {
  type AssetDecision,
  type AssetOutcome,
  type BuiltAsset,
  type ReleaseYamls,
  assetOperations,
  buildReleaseYamls,
  decideAsset,
  remoteDigestOf
} from './assets.js'
import {
  type CheckGroup,
  type CheckResult,
  blockingFailures,
  runPublicationChecks
} from './checks.js'
import { type HandOver, handOverFor, handOverOperation } from './handover.js'
import { type ImageOutcome, dispatcherTagOperation, latestOfRunOperation } from './images.js'
import { type PublicationPreset, publicationPreset } from './preset.js'
import { planDispatcherRevert, revertBranch } from './revert.js'

export interface PostSettings {
  repoDir: string
  /** owner/name, for links and the manifest. */
  repository: string
  version: ReleaseVersion
  /**
   * The branch the release was made from (the base input, else the manifest's);
   * the revert pull request goes there. undefined: neither says it, and no
   * revert pull request is planned (never main by default: a patch release's
   * base is its patch branch).
   */
  base: string | undefined
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
  /** undefined: the config's dispatcher images that the source pins to the tag (preset.ts). */
  dispatcherImages: string[] | undefined
  /** Move a dispatcher tag that points at another image. */
  force: boolean
  checks: {
    /** undefined: the images the repository's workflows push with the tag (preset.ts). */
    images: string[] | undefined
    /** undefined: the bpfman crates where a workflow at the tag runs cargo publish. */
    crates: string[] | undefined
    /** undefined: crates are not checked. */
    cratesApiUrl: string | undefined
    /** undefined: COPR is not checked. */
    copr: { url: string; project: CoprProject; packageName: string } | undefined
    failOn: CheckGroup[]
    waitSeconds: number
  }
  /** The token's events start workflows: else the revert pull request's step names the manual step. */
  eventsStartWorkflows: boolean
  /** The runs the tag started, waited for before anything else. */
  tagRuns: {
    waitSeconds: number
    /** The run post-release is in, not waited for. */
    own: { id: number; workflow: string } | undefined
  }
  operator: {
    repository: string
    workflow: string
    ref: string
    /** undefined: no token, so the summary shows the link for a maintainer. */
    github: GitHubClient | undefined
  }
  dryRun: boolean
}

export interface PostRelease {
  plan: Plan
  version: ReleaseVersion
  base: string | undefined
  tagCommit: string
  /** The tip of the base branch; undefined without a base. */
  baseCommit: string | undefined
  yamls: ReleaseYamls
  failOn: CheckGroup[]
  /** The release as found when planning. */
  release: Release
  /** The hand-over as planned; its dispatch's product says how it went. */
  handOver: HandOver
  revertBranch: string
  /** The pull request putting :latest back found when planning, when none is opened. */
  revertFound: PullRef | undefined
  /** The operations whose products the report reads. */
  steps: {
    assets: Operation<AssetOutcome>[]
    publish: Operation<Release>
    images: Operation<ImageOutcome>[]
    revert: Operation<PullRef> | undefined
    checks: Operation<CheckResult[]>
    handOver: Operation<DispatchedRun> | undefined
  }
}

interface Refs {
  git: Git
  baseCommit: string | undefined
  tagCommit: string
}

/** Fetches the base branch and the tags; the checkout may be anywhere (the tag, main). */
async function fetchRefs(settings: PostSettings, version: ReleaseVersion): Promise<Refs> {
  const git = await openRepository(settings.repoDir, settings.remote)
  const baseCommit = settings.base
    ? (
        await fetchBase(
          git,
          settings.remote,
          settings.base,
          'give the branch the release was made from'
        )
      ).baseCommit
    : undefined
  const tagCommit = await git.revParse(`refs/tags/${version.tag}`)
  if (!tagCommit) {
    throw new InputError(
      'version',
      `tag ${version.tag} is not in ${settings.remote}; tag-release makes it (and the draft release): run it first`
    )
  }
  return { git, tagCommit, baseCommit }
}

async function decisionsFor(
  github: GitHubClient,
  state: ReleaseWithAssets,
  tag: string,
  force: boolean,
  built: BuiltAsset[]
): Promise<AssetDecision[]> {
  const release = { tag, draft: state.release.draft, immutable: state.immutable, force }
  const decisions: AssetDecision[] = []
  for (const asset of built) {
    const remote = state.assets.find((a) => a.name === asset.name)
    decisions.push(decideAsset(asset, remote, release, await remoteDigestOf(github, asset, remote)))
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
export async function planPostRelease(
  settings: PostSettings,
  progress: Progress
): Promise<PostRelease> {
  const { version } = settings
  const { git, tagCommit, baseCommit } = await fetchRefs(settings, version)
  const github = settings.github
  // The workflows at the tag, read once: what the tag started, and what it publishes.
  const workflows = await workflowsAt(git, tagCommit)
  const found = tagWorkflowsIn(workflows, version.tag)
  const tagWorkflows = found.workflows
  const tagRuns = await awaitTagRuns({
    github,
    tag: version.tag,
    workflows: tagWorkflows,
    own: settings.tagRuns.own,
    seconds: settings.tagRuns.waitSeconds,
    dryRun: settings.dryRun,
    progress
  })
  const notes: PlanNote[] = [...found.notes, ...tagRuns.notes]
  const creators = tagWorkflows.filter((workflow) => workflow.releaseJobs.length > 0)
  const releases = await github.releases.list()
  const release = releases.find((r) => r.tagName === version.tag)
  if (!release) {
    throw new ReleaseError(
      `${github.name} has no release for ${version.tag}; ${creators.length > 0 ? `${creators.map((c) => c.file).join(', ')} creates it on the tag: rerun its release job` : 'tag-release creates its draft: run it'}, then rerun post-release`
    )
  }
  const { config, yamls } = await git.withWorktree(tagCommit, async (treeDir) => {
    const config = loadBpfmanConfig(treeDir, settings.configFile)
    const yamls = await buildReleaseYamls({
      treeDir,
      version,
      command: settings.yamls.command,
      directory: settings.yamls.directory,
      exampleConfigs: config.exampleConfigs,
      always: settings.yamls.always,
      progress
    })
    return { config, yamls }
  })
  const state = await github.releases.withAssets(release.id)
  const decisions = await decisionsFor(github, state, version.tag, settings.force, yamls.assets)
  if (yamls.skipped) notes.push({ kind: 'skipped', message: yamls.skipped })
  if (yamls.extra.length > 0) {
    notes.push({
      kind: 'info',
      message: `built beyond the expected list, uploaded all the same: ${yamls.extra.join(', ')}`
    })
  }
  if (!state.release.draft) {
    notes.push({
      kind: state.immutable || creators.length > 0 ? 'info' : 'warning',
      message: `the release ${version.tag} is published already${creators.length > 0 ? ` (by ${creators.map((c) => c.file).join(', ')})` : ''}${state.immutable ? ' and immutable: its assets must match the built files' : settings.force ? '; force: a changed asset is replaced (the new file uploaded before the old one is removed)' : '; a changed asset is refused unless force'}`
    })
  }
  const assets = assetOperations(
    github,
    { id: release.id, tag: version.tag, force: settings.force },
    yamls.assets.map((built, index) => ({
      built,
      planned: decisions[index],
      extra: yamls.extra.includes(built.name)
    }))
  )
  const publish = publishReleaseOperation({
    github,
    version,
    release,
    makeLatest: makeLatestAmong(version, await git.tags(), releases),
    requiredAssets: yamls.assets.map((asset) => asset.name)
  })

  const preset = await publicationPreset({
    git,
    commit: tagCommit,
    workflows,
    version,
    images: settings.checks.images,
    crates: settings.checks.crates,
    dispatcherImages: settings.dispatcherImages,
    dispatcherSource: config.dispatcherSource,
    configDispatcherImages: config.dispatcherImages
  })
  notes.push(...preset.notes)
  const images = [
    ...preset.dispatcherImages.map((image) =>
      dispatcherTagOperation(settings.registry, image, version.tag, settings.force)
    ),
    ...preset.latestOnly.flatMap(({ image, workflow }) => {
      const run = tagRuns.finished.find((entry) => entry.workflow === workflow)?.run
      if (run)
        return [
          latestOfRunOperation({
            registry: settings.registry,
            github,
            image,
            tag: version.tag,
            workflow,
            tagRun: run,
            tagCommit,
            force: settings.force
          })
        ]
      notes.push({
        kind: 'warning',
        message: `${image}:${version.tag} is not tagged: no finished run of ${workflow} on ${version.tag} was seen (a dry run does not wait); rerun post-release when it has run`
      })
      return []
    })
  ]
  if (settings.dispatcherImages?.length === 0)
    notes.push({
      kind: 'skipped',
      message: 'no dispatcher images to tag (input dispatcher-images)'
    })

  const revert =
    settings.base && baseCommit
      ? await planDispatcherRevert({
          git,
          github,
          remote: settings.remote,
          base: settings.base,
          baseCommit,
          tagCommit,
          version,
          source: config.dispatcherSource,
          images: config.dispatcherImages,
          identity: settings.identity ?? ACTIONS_BOT,
          eventsStartWorkflows: settings.eventsStartWorkflows
        })
      : noBaseRevert(version)
  notes.push(...revert.notes)

  const checks = checksOperation(settings, preset, version, release.id, yamls, progress)
  const serverUrl = settings.serverUrl ?? 'https://github.com'
  const { operator } = settings
  const handOver = handOverFor(
    serverUrl,
    operator.repository,
    operator.workflow,
    operator.ref,
    version,
    operator.github ? 'pending' : 'manual',
    settings.base
  )
  const handOverStep = operator.github
    ? handOverOperation(operator.github, handOver, version)
    : undefined
  if (!handOverStep)
    notes.push({
      kind: 'skipped',
      message: `no operator-token: dispatch ${operator.workflow} in ${operator.repository} by hand (see the summary)`
    })

  const operations: AnyOperation[] = [
    ...assets,
    publish,
    ...images,
    ...revert.operations,
    checks,
    ...(handOverStep ? [handOverStep] : [])
  ]
  const plan: Plan = {
    phase: 'post-release',
    repository: settings.repository,
    version: version.version,
    files: revert.files,
    operations,
    notes
  }
  return {
    plan,
    version,
    base: settings.base,
    tagCommit,
    baseCommit,
    yamls,
    failOn: settings.checks.failOn,
    release,
    handOver,
    revertBranch: revert.branch,
    revertFound: revert.found,
    steps: { assets, publish, images, revert: revert.pull, checks, handOver: handOverStep }
  }
}

/** No base branch known: the revert pull request is not planned, and the plan says why. */
function noBaseRevert(version: ReleaseVersion): Awaited<ReturnType<typeof planDispatcherRevert>> {
  return {
    branch: revertBranch(version),
    files: [],
    operations: [],
    notes: [
      {
        kind: 'warning',
        message: `No base branch: no release manifest names it and the base input is empty, so the pull request putting :latest back is not planned (not sent to main by default); rerun with base (main, or release-vX.Y.Z-patch for a patch release)`
      }
    ],
    pull: undefined,
    found: undefined
  }
}

function checksOperation(
  settings: PostSettings,
  preset: PublicationPreset,
  version: ReleaseVersion,
  releaseId: number,
  yamls: ReleaseYamls,
  progress: Progress
): Operation<CheckResult[]> {
  const { checks } = settings
  const parts = [
    `release ${version.tag} with ${yamls.assets.length} assets`,
    `${preset.images.length} image(s)`,
    checks.cratesApiUrl && preset.crates.length > 0
      ? `${preset.crates.length} crate(s)`
      : 'no crates',
    checks.copr ? 'COPR (report only)' : 'no COPR'
  ]
  return {
    kind: 'check',
    title: `check the publication: ${parts.join(', ')}; wait up to ${checks.waitSeconds}s; fail on ${checks.failOn.join(', ') || 'nothing'}`,
    apply: async () => {
      const results = await runPublicationChecks({
        version,
        github: settings.github,
        releaseId,
        assets: yamls.assets,
        registry: settings.registry,
        images: preset.images,
        crates: checks.cratesApiUrl ? new CratesClient(checks.cratesApiUrl) : undefined,
        crateNames: preset.crates,
        copr: checks.copr
          ? {
              baseUrl: checks.copr.url,
              project: checks.copr.project,
              packageName: checks.copr.packageName
            }
          : undefined,
        waitMs: checks.waitSeconds * 1000,
        progress
      })
      const count = (status: CheckResult['status']): number =>
        results.filter((r) => r.status === status).length
      const blocking = blockingFailures(results, checks.failOn)
      if (blocking.length > 0) {
        throw new FailedWith(
          `${blocking.length} publication check(s) failed: ${blocking.map((r) => `${r.name} (${r.detail})`).join('; ')}. When they are published, rerun (or raise wait-seconds); fail-on chooses which failures fail the job`,
          results
        )
      }
      return {
        status: 'done',
        detail: `${count('passed')} passed, ${count('failed')} failed (reported only), ${count('not checked')} not checked`,
        value: results
      }
    }
  }
}
