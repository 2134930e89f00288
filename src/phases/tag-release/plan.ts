import { ReleaseError } from '../../release/errors.js'
import { type Git } from '../../effects/git.js'
import { type GitHubClient, type PullRequest, type Release } from '../../effects/github/client.js'
import { ACTIONS_BOT, type Identity } from '../../release/identity.js'
import { type AnyOperation, type Operation, type Plan, type PlanNote } from '../../release/plan.js'
import { type ReleaseVersion, isPrerelease, previousRelease } from '../../release/version.js'
import { fetchBase, openRepository } from '../../steps/checkout.js'
import { type DispatchedRun, dispatchOnceOperation, isRunFor } from '../../steps/dispatch.js'
import {
  draftReleaseOperation,
  makeLatestAmong,
  publishReleaseOperation
} from '../../steps/github-release.js'
import { type ReleaseRequest, type RequestSettings, resolveRequest } from './request.js'
import { type PublishMode, type RepoKind } from './choices.js'
import { verifyReleaseTree } from './verify.js'
import { type TagWorkflow } from '../../release/repository-workflows.js'
import { WORKFLOWS, tagWorkflowsIn, workflowsAt } from '../../steps/tree-workflows.js'

export interface TagSettings extends RequestSettings {
  repoDir: string
  /** owner/name, for links. */
  repository: string
  remote: string
  /** The tagger. */
  identity?: Identity
  kind: RepoKind | 'auto'
  publish: PublishMode
  /** A workflow file to dispatch with the tag as input `tag`. */
  dispatchWorkflow?: string
  /**
   * Whether events made with the token start workflows (an App or personal
   * token): then the tag push starts the repository's tag-push workflows;
   * with GITHUB_TOKEN it starts none, and tag-release dispatches them.
   */
  eventsStartWorkflows: boolean
  /** The ref the dispatched workflow runs on; default: the tag. */
  dispatchRef?: string
  configFile?: string
  /** https://github.com, or GITHUB_SERVER_URL. */
  serverUrl?: string
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
  /** The operations whose products the report reads. */
  steps: {
    /** undefined when a workflow of the repository creates the release on the tag push. */
    draft: Operation<Release> | undefined
    publish: Operation<Release> | undefined
    dispatch: Operation<DispatchedRun> | undefined
    /** The repository's tag-push workflows that tag-release dispatches (GITHUB_TOKEN). */
    tagWorkflows: Operation<DispatchedRun>[]
  }
}

/** Fetches the base branch and the tags, and finds the commit to tag on the base branch. */
async function locateCommit(
  settings: TagSettings,
  request: ReleaseRequest
): Promise<{ git: Git; commit: string }> {
  const { remote } = settings
  const git = await openRepository(settings.repoDir, remote)
  const { baseRef, baseCommit: baseTip } = await fetchBase(
    git,
    remote,
    request.base,
    'give the branch the release pull request merged into'
  )
  const pull = request.pull
  if (!pull) return { git, commit: baseTip }
  const commit = pull.mergeCommitSha
  if (!commit) {
    throw new ReleaseError(
      `pull request #${pull.number} is merged but GitHub gives no merge commit; give the version and rerun`
    )
  }
  if (!(await git.revParse(commit))) await git.fetchCommit(remote, commit)
  if (!(await git.revParse(commit)) || !(await git.isAncestor(commit, baseRef))) {
    throw new ReleaseError(
      `the merge commit ${commit.slice(0, 12)} of pull request #${pull.number} is not on ${request.base} (${remote}/${request.base} is at ${baseTip.slice(0, 12)}); refusing to tag a commit outside the base branch`
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

/** Verifies the merged tree, then plans: tag, draft release, publication, dispatch. Changes nothing. */
export async function planTagRelease(settings: TagSettings): Promise<TaggedRelease> {
  const notes: PlanNote[] = []
  const request = await resolveRequest(settings, notes)
  const { version, base, pull } = request
  const { git, commit } = await locateCommit(settings, request)
  const tagState = await existingTag(git, settings.remote, version.tag, commit)
  const previous = previousRelease(version, await git.tagsMergedInto(commit))
  const verified = await git.withWorktree(commit, (treeDir, treeGit) =>
    verifyReleaseTree(
      { treeDir, git: treeGit, commit, version, previous, configFile: settings.configFile },
      settings.kind
    )
  )
  notes.push({
    kind: 'info',
    message: `verified at ${version.version}: ${verified.checked.join(', ')}`
  })

  const github = settings.github
  const releases = await github.releases.list()
  const makeLatest = makeLatestAmong(version, await git.tags(), releases)
  if (makeLatest === 'false' && !isPrerelease(version)) {
    notes.push({
      kind: 'info',
      message: `a higher release exists: ${version.tag} will not be marked as the latest release`
    })
  }
  const found = tagWorkflowsIn(await workflowsAt(git, commit), version.tag)
  notes.push(...found.notes)
  const tagWorkflows = found.workflows
  const creators = tagWorkflows.filter((workflow) => workflow.releaseJobs.length > 0)
  const draft =
    creators.length > 0
      ? undefined
      : draftReleaseOperation(
          github,
          version,
          commit,
          {
            name: version.tag,
            body: verified.changelog,
            prerelease: isPrerelease(version),
            makeLatest
          },
          releases.find((release) => release.tagName === version.tag),
          verified.changelogPath
        )
  if (creators.length > 0)
    notes.push({
      kind: creators.length > 1 ? 'warning' : 'info',
      message: `${creators.map((c) => `${c.file} (job ${c.releaseJobs.join(', ')})`).join(' and ')} create${creators.length > 1 ? '' : 's'} the GitHub release of ${version.tag} when the tag is pushed: tag-release makes none${creators.length > 1 ? ', and two workflows make two releases: keep one' : ''}`
    })
  const publish =
    draft && settings.publish === 'now'
      ? publishReleaseOperation({
          github,
          version,
          release: draft,
          makeLatest,
          why: 'publish: now'
        })
      : undefined
  const started = startTagWorkflows(settings, tagWorkflows, version, notes)
  const dispatch =
    settings.dispatchWorkflow &&
    !(
      settings.eventsStartWorkflows &&
      tagWorkflows.some((workflow) => workflow.file === settings.dispatchWorkflow)
    )
      ? dispatchOperation(
          github,
          settings.dispatchWorkflow,
          settings.dispatchRef || version.tag,
          version
        )
      : undefined
  const operations: AnyOperation[] = [
    tagOperation(git, settings.remote, version, commit, settings.identity ?? ACTIONS_BOT, tagState),
    ...(draft ? [draft] : []),
    ...(publish ? [publish] : []),
    ...started,
    ...(dispatch ? [dispatch] : [])
  ]
  const plan: Plan = {
    phase: 'tag-release',
    repository: settings.repository,
    version: version.version,
    files: [],
    operations,
    notes
  }
  const serverUrl = settings.serverUrl ?? 'https://github.com'
  return {
    plan,
    version,
    previous,
    kind: verified.kind,
    base,
    commit,
    pull,
    changelogPath: verified.changelogPath,
    tagUrl: `${serverUrl}/${settings.repository}/tree/${version.tag}`,
    steps: { draft, publish, dispatch, tagWorkflows: started }
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
      if (!where) await git.createAnnotatedTag(tag, commit, identity)
      // Without --force, git refuses to overwrite a tag that appeared on the remote meanwhile.
      await git.push(remote, `refs/tags/${tag}:refs/tags/${tag}`)
      return { status: 'done', detail: `${tag} -> ${commit.slice(0, 12)}` }
    }
  }
}

/**
 * What starts the repository's own tag-push workflows: the tag push itself when
 * the token's events start workflows; else a dispatch on the tag of each one
 * that accepts it, and for each one that does not, the manual step in a note.
 * The workflow tag-release dispatches with `tag` (dispatch-workflow) is left to it.
 */
function startTagWorkflows(
  settings: TagSettings,
  workflows: TagWorkflow[],
  version: ReleaseVersion,
  notes: PlanNote[]
): Operation<DispatchedRun>[] {
  const { tag } = version
  const own = workflows.filter((workflow) => workflow.file !== settings.dispatchWorkflow)
  if (settings.eventsStartWorkflows && workflows.length > 0) {
    notes.push({
      kind: 'info',
      message: `the push of ${tag} starts ${workflows.map((w) => w.file).join(', ')}`
    })
    return []
  }
  for (const workflow of own.filter((w) => !w.dispatchable))
    notes.push({
      kind: 'warning',
      path: `${WORKFLOWS}/${workflow.file}`,
      message: `manual step: a tag pushed with GITHUB_TOKEN starts no workflow, and ${workflow.file} runs on a push only: add workflow_dispatch: to its on: (README, Adopting) and run it on ${tag}, or configure the release App (README, Adopting)`
    })
  return own
    .filter((workflow) => workflow.dispatchable)
    .map((workflow) =>
      dispatchOnceOperation({
        github: settings.github,
        workflow: workflow.file,
        ref: tag,
        inputs: {},
        matches: (run) => run.headBranch === tag,
        title: `dispatch ${workflow.file} on ${tag} (a tag pushed with GITHUB_TOKEN starts no workflow), unless a run on ${tag} is queued, running or succeeded`,
        refusalHint: `${workflow.file} must declare on.workflow_dispatch at ${tag}`,
        refusals: [422, 404]
      })
    )
}

function dispatchOperation(
  github: GitHubClient,
  workflow: string,
  ref: string,
  version: ReleaseVersion
): Operation<DispatchedRun> {
  const tag = version.tag
  return dispatchOnceOperation({
    github,
    workflow,
    ref,
    inputs: { tag },
    matches: (run) => isRunFor(run, 'tag', [tag]),
    title: `dispatch ${workflow} on ${ref} with tag=${tag}, unless a run for ${tag} is queued, running or succeeded`,
    refusalHint: `The workflow must exist on ${ref} and declare on.workflow_dispatch.inputs.tag`,
    refusals: [422, 404]
  })
}
