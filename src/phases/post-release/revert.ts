import { type FileChange } from '../../release/files.js'
import { revertBranch } from '../../release/branches.js'
import { type Git, type Identity } from '../../effects/git.js'
import { type GitHubClient } from '../../effects/github/client.js'
import { commitMessage } from '../../release/identity.js'
import { type AnyOperation, type Operation, type PlanNote } from '../../release/plan.js'
import { type PullRef, branchGuard, publishBranchOperations } from '../../steps/release-branch.js'
import { restoreDispatcherImages } from '../../updaters/dispatcher-images.js'
import { escapeRegExp } from '../../release/text.js'
import { type ReleaseVersion } from '../../release/version.js'

export type DispatcherPin = { kind: 'tag'; tag: string } | { kind: 'digest' } | { kind: 'absent' }

/** How `image` is referenced in the source: by tag (":latest", ":v0.6.1"), by digest, or not at all. */
export function dispatcherPin(content: string, image: string): DispatcherPin {
  const match = new RegExp(
    `"${escapeRegExp(image)}(?::([\\w][\\w.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`
  ).exec(content)
  if (!match) return { kind: 'absent' }
  if (match[2]) return { kind: 'digest' }
  return { kind: 'tag', tag: match[1] ?? 'latest' }
}

export { revertBranch }

export interface RevertRequest {
  git: Git
  github: GitHubClient
  remote: string
  base: string
  baseCommit: string
  tagCommit: string
  version: ReleaseVersion
  source: string
  images: readonly string[]
  identity: Identity
  /** The token's events start workflows: else the pull request's step names the manual step. */
  eventsStartWorkflows: boolean
}

export interface RevertPlan {
  branch: string
  files: FileChange[]
  operations: AnyOperation[]
  notes: PlanNote[]
  /** The operation that opens the pull request, when there is one to open. */
  pull: Operation<PullRef> | undefined
  /** The pull request found when planning (merged, or closed), when none is opened. */
  found: PullRef | undefined
}

/**
 * The pull request that puts `:latest` back on the dispatcher images, when
 * the release pinned them to its tag: planned on the tip of the base branch,
 * nothing when the base already says `:latest` (the pull request merged), when
 * the images are pinned by digest, or when they are not in the source.
 */
export async function planDispatcherRevert(request: RevertRequest): Promise<RevertPlan> {
  const { git, github, version, source } = request
  const branch = revertBranch(version)
  const none = (note: PlanNote, found?: PullRef): RevertPlan => ({
    branch,
    files: [],
    operations: [],
    notes: [note],
    pull: undefined,
    found
  })
  const released = await git.readBlob(request.tagCommit, source)
  if (released === undefined) {
    return none({
      kind: 'info',
      path: source,
      message: `not in the repository at ${version.tag}; no dispatcher images to put back to :latest`
    })
  }
  const pins = request.images.map((image) => ({ image, pin: dispatcherPin(released, image) }))
  const pinnedToRelease = pins
    .filter(({ pin }) => pin.kind === 'tag' && pin.tag === version.tag)
    .map(({ image }) => image)
  if (pinnedToRelease.length === 0) {
    const digest = pins.filter(({ pin }) => pin.kind === 'digest').map(({ image }) => image)
    const message =
      digest.length > 0
        ? `${digest.join(' and ')} ${digest.length > 1 ? 'are' : 'is'} pinned by digest at ${version.tag}: nothing to put back to :latest, no pull request`
        : `the dispatcher images are not pinned to ${version.tag} at ${version.tag}: nothing to put back to :latest, no pull request`
    return none({ kind: 'info', path: source, message })
  }

  const current = (await git.readBlob(request.baseCommit, source)) ?? ''
  const restored = restoreDispatcherImages(current, pinnedToRelease)
  if (restored.changed.length === 0) {
    const merged = await github.pulls.find(branch, request.base, 'all')
    const where = merged
      ? `; pull request #${merged.number} ${merged.state === 'open' ? 'is open' : merged.merged ? 'merged' : 'was closed'}`
      : ''
    return none(
      {
        kind: 'info',
        path: source,
        message: `${request.base} has the dispatcher images on :latest again${where}`
      },
      merged ? { number: merged.number, url: merged.url } : undefined
    )
  }
  const closed = await github.pulls.find(branch, request.base, 'all')
  if (closed && closed.state !== 'open' && !closed.merged) {
    return none(
      {
        kind: 'warning',
        path: source,
        message: `pull request #${closed.number} (${branch}) that puts :latest back was closed without merging; not opening another. Reopen it, or put :latest back by hand`
      },
      { number: closed.number, url: closed.url }
    )
  }

  const files: FileChange[] = [
    {
      path: source,
      before: current,
      after: restored.content,
      reason: `${restored.changed.join(', ')}: ${version.tag} -> latest`
    }
  ]
  const subject = `Put :latest back on the dispatcher images after ${version.tag}`
  const message = commitMessage(
    subject,
    [
      `The ${version.tag} release pinned ${restored.changed.join(' and ')} to :${version.tag} in ${source};`,
      'the release is out, so main goes back to :latest, as the release process asks.'
    ],
    request.identity
  )
  const body = [
    `The ${version.tag} release pinned the dispatcher images to \`:${version.tag}\`. Now that it is published (and the images carry the ${version.tag} tag), this puts \`:latest\` back in \`${source}\`:`,
    '',
    ...restored.changed.map((image) => `- \`${image}\``),
    '',
    'Made by release-actions post-release.'
  ].join('\n')
  const published = publishBranchOperations({
    git,
    github,
    remote: request.remote,
    baseBranch: request.base,
    baseCommit: request.baseCommit,
    branch,
    files,
    commitMessage: message,
    identity: request.identity,
    pull: { title: subject, body, labels: [] },
    guard: branchGuard({
      git,
      remote: request.remote,
      branch,
      baseCommit: request.baseCommit,
      subject
    }),
    eventsStartWorkflows: request.eventsStartWorkflows
  })
  return {
    branch,
    files,
    operations: published.operations,
    notes: [],
    pull: published.pull,
    found: undefined
  }
}
