import { existsSync, readFileSync } from 'node:fs'
import { InputError, ReleaseError } from '../release/errors.js'
import { Git, type Identity } from '../effects/git.js'
import {
  type GitHubClient,
  type PullRequest,
  type Release,
  type WorkflowRun,
  describeRun,
  isStatus
} from '../effects/github/client.js'
import { MANIFEST_SCHEMA, type ReleaseManifest, readManifest } from '../release/manifest.js'
import { type Operation, type Plan, type PlanNote } from '../release/plan.js'
import { ACTIONS_BOT, releaseBranch } from '../repo.js'
import { type SummaryLink } from '../release/summary.js'
import {
  type ReleaseVersion,
  compareVersions,
  isPrerelease,
  parseVersion,
  previousRelease,
  releaseTags,
  tryParseVersion
} from '../release/version.js'
import {
  type RepoKind,
  type TreeVerification,
  verifyReleaseTree,
  withCommitTree
} from './verify-release.js'

export type PublishMode = 'now' | 'later'
export const PUBLISH_MODES: readonly PublishMode[] = ['now', 'later']

export function parsePublishMode(text: string): PublishMode {
  if ((PUBLISH_MODES as readonly string[]).includes(text)) return text as PublishMode
  throw new InputError('publish', `"${text}" is not one of ${PUBLISH_MODES.join(', ')}`)
}

export interface TagReleaseInputs {
  repoDir: string
  /** owner/name, for links. */
  repository: string
  /** Empty: taken from the release pull request's branch. */
  version: string | undefined
  /** The merged release pull request; found by its branch when only the version is given. */
  pr: number | undefined
  /** Empty: the pull request's base, else main. */
  base: string | undefined
  remote: string
  github: GitHubClient
  /** The tagger. */
  identity?: Identity
  kind: RepoKind | 'auto'
  publish: PublishMode
  /** A workflow file to dispatch with the tag as input `tag`. */
  dispatchWorkflow?: string
  /** The ref the dispatched workflow runs on; default: the tag. */
  dispatchRef?: string
  /** The label that marks a release pull request whose branch is not release-vX.Y.Z. */
  releaseLabel?: string
  configFile?: string
  /** https://github.com, or GITHUB_SERVER_URL. */
  serverUrl?: string
}

export interface DispatchedRun {
  workflow: string
  runId: number | undefined
  url: string | undefined
}

export interface TaggedRelease {
  plan: Plan
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  kind: RepoKind
  base: string
  commit: string
  pull: PullRequest | undefined
  changelogPath: string
  tagUrl: string
  /** Filled in by the operations as they apply. */
  outputs: { release?: Release; dispatch?: DispatchedRun }
}

const RELEASE_BRANCH = /^release-(v?\d+\.\d+\.\d+(?:-rc\d+)?)$/

/** The version a release branch names: release-v0.6.1 (prepare-release), or release-0.6.1 (the manual process). */
export function versionOfReleaseBranch(branch: string): ReleaseVersion | undefined {
  const match = RELEASE_BRANCH.exec(branch)
  return match ? tryParseVersion(match[1]) : undefined
}

/** The pull request number of a pull_request event (GITHUB_EVENT_PATH), or undefined for other events. */
export function pullNumberFromEvent(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined
  const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
    pull_request?: { number?: unknown }
  }
  const number = payload.pull_request?.number
  return typeof number === 'number' ? number : undefined
}

interface ReleaseRequest {
  version: ReleaseVersion
  base: string
  pull: PullRequest | undefined
}

/**
 * The version, base and pull request of the release: from the inputs and the
 * merged pull request, refusing an unmerged one or one whose branch names
 * another version.
 */
async function resolveRequest(
  inputs: TagReleaseInputs,
  notes: PlanNote[]
): Promise<ReleaseRequest> {
  const given = inputs.version ? parseVersion(inputs.version) : undefined
  let pull: PullRequest | undefined
  if (inputs.pr !== undefined) {
    try {
      pull = await inputs.github.getPull(inputs.pr)
    } catch (error) {
      if (isStatus(error, 404)) {
        throw new InputError(
          'pr-number',
          `pull request #${inputs.pr} not found in ${inputs.github.name}`
        )
      }
      throw error
    }
  } else if (given) {
    pull = await inputs.github.findMergedPull(releaseBranch(given))
  }
  if (!pull) {
    if (!given) {
      throw new InputError(
        'version',
        'is empty and there is no release pull request to take it from; give version (e.g. 0.6.1) or pr-number'
      )
    }
    const base = inputs.base || 'main'
    notes.push({
      kind: 'warning',
      message: `no pull request from ${releaseBranch(given)} found; tagging the tip of ${base}`
    })
    return { version: given, base, pull: undefined }
  }
  const name = `pull request #${pull.number} (${pull.headRef})`
  if (!pull.merged) {
    throw new InputError(
      'pr-number',
      pull.state === 'open'
        ? `${name} is still open; merge it, then tag-release runs`
        : `${name} was closed without merging; nothing to tag. Open and merge a release pull request, or give the version of a merged one`
    )
  }
  const fromBranch = versionOfReleaseBranch(pull.headRef)
  if (given && fromBranch && given.version !== fromBranch.version) {
    throw new InputError(
      'version',
      `${given.version} does not match ${name}, which releases ${fromBranch.version}`
    )
  }
  const label = inputs.releaseLabel ?? 'release'
  const fromTitle = pull.labels.includes(label) ? versionInTitle(pull.title) : undefined
  const version = given ?? fromBranch ?? fromTitle
  if (!version) {
    throw new InputError(
      'version',
      `${name} is not a release pull request (its branch is not release-vX.Y.Z, and it has no "${label}" label with the version in its title); give version`
    )
  }
  if (inputs.base && inputs.base !== pull.baseRef) {
    throw new InputError(
      'base',
      `"${inputs.base}" is not the base of ${name}, which merged into ${pull.baseRef}; leave base empty or give ${pull.baseRef}`
    )
  }
  return { version, base: pull.baseRef, pull }
}

function versionInTitle(title: string): ReleaseVersion | undefined {
  const match = /\bv?\d+\.\d+\.\d+(?:-rc\d+)?\b/.exec(title)
  return match ? tryParseVersion(match[0]) : undefined
}

/** Fetches the base branch and the tags, and finds the commit to tag on the base branch. */
async function locateCommit(
  inputs: TagReleaseInputs,
  request: ReleaseRequest
): Promise<{ git: Git; commit: string }> {
  const { repoDir, remote } = inputs
  if (!existsSync(repoDir)) throw new InputError('repo', `${repoDir} does not exist`)
  const git = new Git(repoDir)
  if (!(await git.tryExec(['rev-parse', '--git-dir'])).ok) {
    throw new InputError('repo', `${repoDir} is not a git repository`)
  }
  if (!(await git.hasRemote(remote))) {
    throw new InputError('repo', `${repoDir} has no remote "${remote}"`)
  }
  const base = request.base
  if (!(await git.lsRemoteBranch(remote, base))) {
    throw new InputError(
      'base',
      `branch "${base}" not found on ${remote}; give the branch the release pull request merged into`
    )
  }
  const baseRef = `refs/remotes/${remote}/${base}`
  await git.fetch(remote, [`+refs/heads/${base}:${baseRef}`])
  await git.fetchTags(remote)
  const baseTip = (await git.revParse(baseRef)) as string
  const pull = request.pull
  if (!pull) return { git, commit: baseTip }
  const commit = pull.mergeCommitSha
  if (!commit) {
    throw new ReleaseError(
      `pull request #${pull.number} is merged but GitHub gives no merge commit; give the version and rerun`
    )
  }
  if (!(await git.revParse(commit))) {
    await git.tryExec(['fetch', '--quiet', '--no-tags', remote, commit])
  }
  if (!(await git.revParse(commit)) || !(await git.isAncestor(commit, baseRef))) {
    throw new ReleaseError(
      `the merge commit ${commit.slice(0, 12)} of pull request #${pull.number} is not on ${base} (${remote}/${base} is at ${baseTip.slice(0, 12)}); refusing to tag a commit outside the base branch`
    )
  }
  return { git, commit }
}

/** A tag may exist only on the commit being released: it is never moved or deleted. */
async function existingTag(
  git: Git,
  remote: string,
  tag: string,
  commit: string
): Promise<'remote' | 'local' | undefined> {
  const remoteTag = await git.lsRemoteTag(remote, tag)
  const localTag = await git.revParse(`refs/tags/${tag}`)
  for (const [where, at] of [
    [`${remote}`, remoteTag],
    ['this checkout', localTag]
  ] as const) {
    if (at && at !== commit) {
      throw new ReleaseError(
        `tag ${tag} already exists in ${where} on ${at.slice(0, 12)}, not on the commit being released (${commit.slice(0, 12)}); a tag is never moved or deleted: release the next version instead`
      )
    }
  }
  return remoteTag ? 'remote' : localTag ? 'local' : undefined
}

/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
export function makeLatestFor(
  version: ReleaseVersion,
  otherTags: readonly string[]
): 'true' | 'false' {
  if (isPrerelease(version)) return 'false'
  const higher = releaseTags(otherTags).some(
    (tag) => tag.rc === undefined && compareVersions(tag, version) > 0
  )
  return higher ? 'false' : 'true'
}

/** Whether a workflow run was started for `tag`: by its inputs (the emulator) or its run-name. */
export function isRunForTag(run: WorkflowRun, tag: string): boolean {
  if (run.inputs && run.inputs.tag === tag) return true
  return new RegExp(`(^|[^\\w.-])${tag.replace(/[.]/g, '\\.')}($|[^\\w.-])`).test(run.displayTitle)
}

export { isLiveOrSucceeded } from '../effects/github/client.js'

/** Verifies the merged tree, then plans: tag, draft release, publication, dispatch. Changes nothing. */
export async function planTagRelease(inputs: TagReleaseInputs): Promise<TaggedRelease> {
  const notes: PlanNote[] = []
  const request = await resolveRequest(inputs, notes)
  const { version, base, pull } = request
  const { git, commit } = await locateCommit(inputs, request)
  const tagState = await existingTag(git, inputs.remote, version.tag, commit)
  const previous = previousRelease(version, await git.tagsMergedInto(commit))
  const verified: TreeVerification = await withCommitTree(git, commit, (treeDir, treeGit) =>
    verifyReleaseTree(
      { treeDir, git: treeGit, commit, version, previous, configFile: inputs.configFile },
      inputs.kind
    )
  )
  notes.push({
    kind: 'info',
    message: `verified at ${version.version}: ${verified.checked.join(', ')}`
  })

  const releases = await inputs.github.listReleases()
  const published = releases.filter((release) => !release.draft).map((release) => release.tagName)
  const makeLatest = makeLatestFor(version, [...(await git.tags()), ...published])
  if (makeLatest === 'false' && !isPrerelease(version)) {
    notes.push({
      kind: 'info',
      message: `a higher release exists: ${version.tag} will not be marked as the latest release`
    })
  }
  const existing = releases.find((release) => release.tagName === version.tag)
  const identity = inputs.identity ?? ACTIONS_BOT
  const outputs: TaggedRelease['outputs'] = {}
  const fields = {
    name: version.tag,
    body: verified.changelog,
    prerelease: isPrerelease(version),
    makeLatest
  }

  const operations: Operation[] = [
    tagOperation(git, inputs.remote, version, commit, identity, tagState),
    releaseOperation(
      inputs.github,
      version,
      commit,
      fields,
      existing,
      outputs,
      verified.changelogPath
    )
  ]
  if (inputs.publish === 'now') {
    operations.push(publishOperation(inputs.github, version, makeLatest, outputs))
  }
  if (inputs.dispatchWorkflow) {
    operations.push(
      dispatchOperation(
        inputs.github,
        inputs.dispatchWorkflow,
        inputs.dispatchRef || version.tag,
        version,
        outputs
      )
    )
  }
  const plan: Plan = {
    phase: 'tag-release',
    repository: inputs.repository,
    version: version.version,
    files: [],
    operations,
    notes
  }
  const serverUrl = inputs.serverUrl ?? 'https://github.com'
  return {
    plan,
    version,
    previous,
    kind: verified.kind,
    base,
    commit,
    pull,
    changelogPath: verified.changelogPath,
    tagUrl: `${serverUrl}/${inputs.repository}/tree/${version.tag}`,
    outputs
  }
}

function tagOperation(
  git: Git,
  remote: string,
  version: ReleaseVersion,
  commit: string,
  identity: Identity,
  state: 'remote' | 'local' | undefined
): Operation {
  const tag = version.tag
  return {
    kind: 'git',
    title:
      state === 'remote'
        ? `tag ${tag} is on ${commit.slice(0, 12)} in ${remote} already`
        : `tag ${commit.slice(0, 12)} as ${tag} (annotated, tagger ${identity.name}) and push it to ${remote}`,
    apply: async () => {
      // Checked again: someone may have tagged since the plan was made.
      const where = await existingTag(git, remote, tag, commit)
      if (where === 'remote') {
        return { status: 'unchanged', detail: `${remote} has ${tag} on ${commit.slice(0, 12)}` }
      }
      if (!where) {
        await git.exec(['tag', '--annotate', '--message', tag, tag, commit], undefined, {
          GIT_COMMITTER_NAME: identity.name,
          GIT_COMMITTER_EMAIL: identity.email
        })
      }
      // Without --force, git refuses to overwrite a tag that appeared on the remote meanwhile.
      await git.push(remote, `refs/tags/${tag}:refs/tags/${tag}`)
      return { status: 'done', detail: `${tag} -> ${commit.slice(0, 12)}` }
    }
  }
}

type ReleaseDraftFields = {
  name: string
  body: string
  prerelease: boolean
  makeLatest: 'true' | 'false'
}

function releaseOperation(
  github: GitHubClient,
  version: ReleaseVersion,
  commit: string,
  fields: ReleaseDraftFields,
  existing: Release | undefined,
  outputs: TaggedRelease['outputs'],
  changelogPath: string
): Operation {
  const what = `${fields.prerelease ? 'prerelease' : 'release'} ${version.tag} (body: ${changelogPath}, make_latest ${fields.makeLatest})`
  return {
    kind: 'github',
    title: existing
      ? existing.draft
        ? `update the draft ${what} in ${github.name}`
        : `release ${version.tag} is published in ${github.name} already; leave it`
      : `create the draft ${what} in ${github.name}`,
    apply: async () => {
      const found = await github.findReleaseByTag(version.tag)
      if (found && !found.draft) {
        outputs.release = found
        return { status: 'unchanged', detail: `published: ${found.url}` }
      }
      if (found) {
        const same =
          found.name === fields.name &&
          found.body === fields.body &&
          found.prerelease === fields.prerelease
        outputs.release = same ? found : await github.updateRelease(found.id, fields)
        return {
          status: same ? 'unchanged' : 'done',
          detail: `${same ? 'draft' : 'updated draft'} ${outputs.release.id}`
        }
      }
      outputs.release = await github.createRelease({
        tag: version.tag,
        target: commit,
        draft: true,
        ...fields
      })
      return { status: 'done', detail: `draft ${outputs.release.id}` }
    }
  }
}

function publishOperation(
  github: GitHubClient,
  version: ReleaseVersion,
  makeLatest: 'true' | 'false',
  outputs: TaggedRelease['outputs']
): Operation {
  return {
    kind: 'github',
    title: `publish the release ${version.tag} (publish: now)`,
    apply: async () => {
      const release = outputs.release as Release
      if (!release.draft) return { status: 'unchanged', detail: release.url }
      outputs.release = await github.updateRelease(release.id, { draft: false, makeLatest })
      return { status: 'done', detail: outputs.release.url }
    }
  }
}

function dispatchOperation(
  github: GitHubClient,
  workflow: string,
  ref: string,
  version: ReleaseVersion,
  outputs: TaggedRelease['outputs']
): Operation {
  const tag = version.tag
  return {
    kind: 'github',
    title: `dispatch ${workflow} on ${ref} with tag=${tag}, unless a run for ${tag} is queued, running or succeeded`,
    apply: async () => {
      let dispatched: Awaited<ReturnType<GitHubClient['dispatchOnce']>>
      try {
        dispatched = await github.dispatchOnce(workflow, ref, { tag }, (run) =>
          isRunForTag(run, tag)
        )
      } catch (error) {
        if (isStatus(error, 422) || isStatus(error, 404)) {
          throw new ReleaseError(
            `${github.name} refused to dispatch ${workflow} on ${ref}: ${(error as Error).message}. The workflow must exist on ${ref} and declare on.workflow_dispatch.inputs.tag`
          )
        }
        throw error
      }
      const { runId, url } = dispatched
      outputs.dispatch = { workflow, runId, url }
      if (!dispatched.started && dispatched.run) {
        return { status: 'unchanged', detail: describeRun(dispatched.run) }
      }
      return {
        status: 'done',
        detail: runId ? `run ${runId} ${url ?? ''}`.trim() : 'dispatched; the run is not listed yet'
      }
    }
  }
}

/** The links of the job summary: tag, release and the dispatched run, as far as they are known. */
export function tagReleaseLinks(tagged: TaggedRelease): SummaryLink[] {
  const links: SummaryLink[] = [{ label: `Tag ${tagged.version.tag}`, url: tagged.tagUrl }]
  const release = tagged.outputs.release
  if (release) links.push({ label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url })
  const dispatch = tagged.outputs.dispatch
  if (dispatch?.url) links.push({ label: `Run of ${dispatch.workflow}`, url: dispatch.url })
  return links
}

/** The manifest at `path` when there is one (prepare-release's), refusing one of another release. */
export function readManifestFor(
  path: string,
  version: ReleaseVersion
): ReleaseManifest | undefined {
  if (!existsSync(path)) return undefined
  const manifest = readManifest(path)
  if (manifest.tag !== version.tag) {
    throw new InputError(
      'manifest-path',
      `${path} is the manifest of ${manifest.tag}, not ${version.tag}; give another path or remove it`
    )
  }
  return manifest
}

/** The manifest for the next job: the one prepare-release wrote, or a fresh one, with tag_release filled in. */
export function tagReleaseManifest(
  tagged: TaggedRelease,
  repository: string,
  existing: ReleaseManifest | undefined
): ReleaseManifest {
  const { version, outputs } = tagged
  const base: ReleaseManifest = existing ?? {
    schema: MANIFEST_SCHEMA,
    repository,
    version: version.version,
    tag: version.tag,
    previousTag: tagged.previous?.tag ?? null,
    prerelease: isPrerelease(version),
    base: tagged.base
  }
  const release = outputs.release
  return {
    ...base,
    tag_release: {
      commit: tagged.commit,
      release: release ? { id: release.id, url: release.url, draft: release.draft } : null,
      dispatch: outputs.dispatch
        ? { workflow: outputs.dispatch.workflow, runId: outputs.dispatch.runId ?? null }
        : null
    }
  }
}
