import { nextDevBranch } from '../../release/branches.js'
import { loadOperatorConfig } from '../../release/config.js'
import { InputError } from '../../release/errors.js'
import { type Identity } from '../../effects/git.js'
import { type GitHubClient } from '../../effects/github/client.js'
import { FileEdits } from '../../release/files.js'
import { ACTIONS_BOT, commitMessage } from '../../release/identity.js'
import { type Plan, type PlanNote } from '../../release/plan.js'
import { type ReleaseVersion } from '../../release/version.js'
import { inspectCheckout } from '../../steps/checkout.js'
import { findVersionSource, setVersion } from '../../steps/operator-version.js'
import {
  type PublishedBranch,
  branchGuard,
  publishBranchOperations
} from '../../steps/release-branch.js'

export interface NextDevInputs {
  repoDir: string
  /** The release that was just made: 0.6.0. */
  version: ReleaseVersion
  base: string
  repository: string
  remote: string | undefined
  github: GitHubClient | undefined
  identity?: Identity
  configFile?: string
  /** The token's events start workflows (default): else the pull request's step names the manual step. */
  eventsStartWorkflows?: boolean
}

export interface NextDevResult {
  plan: Plan
  version: ReleaseVersion
  /** 0.7.0-dev after 0.6.0; undefined when there is none to set (no VERSION file, a patch line). */
  nextVersion: string | undefined
  branch: string | undefined
  /** undefined when there is nothing to publish. */
  publish: PublishedBranch | undefined
}

/**
 * The development version after a release, as bpfman-operator moves it: the
 * next minor `-dev` after a final release (0.7.0-dev after 0.6.0, as after
 * the 0.6.0 release); after a release candidate, its own `-dev` (0.7.0-dev
 * after 0.7.0-rc1), since the final release is still to come.
 */
export function developmentVersion(version: ReleaseVersion): string {
  return version.rc === undefined
    ? `${version.major}.${version.minor + 1}.0-dev`
    : `${version.major}.${version.minor}.${version.patch}-dev`
}

export { nextDevBranch }

/** After a release: a pull request that sets the VERSION file to the next -dev version. */
export async function planOperatorNextDev(inputs: NextDevInputs): Promise<NextDevResult> {
  const { version } = inputs
  if (inputs.remote && !inputs.github)
    throw new InputError('token', 'a GitHub token is needed to open the pull request')
  const checkout = await inspectCheckout(inputs.repoDir, inputs.base, inputs.remote)
  if (!checkout.tags.includes(version.tag)) {
    throw new InputError(
      'version',
      `tag ${version.tag} not found; next-dev runs after the release is tagged (tag-release), then rerun`
    )
  }
  const config = loadOperatorConfig(inputs.repoDir, inputs.configFile)
  const source = findVersionSource(inputs.repoDir, config)
  const notes: PlanNote[] = []
  const plan: Plan = {
    phase: 'operator-release next-dev',
    repository: inputs.repository,
    version: version.version,
    files: [],
    operations: [],
    notes
  }
  if (!checkout.mergedTags.includes(version.tag)) {
    notes.push({
      kind: 'info',
      message: `${version.tag} is not in ${inputs.base}'s history (a release of a patch line): ${inputs.base} keeps its development version`
    })
    return { plan, version, nextVersion: undefined, branch: undefined, publish: undefined }
  }
  if (source.kind !== 'version-file') {
    notes.push({
      kind: 'info',
      path: source.path,
      message: `the repository keeps its version in the Makefile (no ${config.versionFile} file): no -dev version to set`
    })
    return { plan, version, nextVersion: undefined, branch: undefined, publish: undefined }
  }
  const nextVersion = developmentVersion(version)
  const branch = nextDevBranch(nextVersion)
  if (source.version === nextVersion) {
    notes.push({
      kind: 'info',
      path: source.path,
      message: `already holds ${nextVersion}; nothing to do`
    })
    return { plan, version, nextVersion, branch, publish: undefined }
  }
  if (source.version !== version.version) {
    throw new InputError(
      'version',
      `${source.path} on ${inputs.base} holds ${source.version}, not the release ${version.version}; next-dev moves ${version.version} to ${nextVersion} only. Check the version, or edit ${source.path} by hand`
    )
  }
  const edits = new FileEdits(inputs.repoDir)
  edits.set(
    source.path,
    setVersion(source, nextVersion),
    `version ${version.version} -> ${nextVersion}`
  )
  plan.files = edits.changes()
  const identity = inputs.identity ?? ACTIONS_BOT
  const title = `Set ${source.path} to ${nextVersion}`
  const guard = branchGuard({
    git: checkout.git,
    remote: inputs.remote,
    branch,
    baseCommit: checkout.baseCommit,
    subject: title
  })
  const publish = publishBranchOperations({
    git: checkout.git,
    github: inputs.github,
    remote: inputs.remote,
    baseBranch: inputs.base,
    baseCommit: checkout.baseCommit,
    branch,
    files: plan.files,
    commitMessage: commitMessage(
      title,
      [`The development version after the ${version.tag} release.`],
      identity
    ),
    identity,
    pull: {
      title,
      body: `Moves ${source.path} from the released ${version.version} to ${nextVersion}, the development version until the next release. Made by release-actions operator-release (stage next-dev).`,
      labels: []
    },
    guard,
    eventsStartWorkflows: inputs.eventsStartWorkflows ?? true
  })
  plan.operations = publish.operations
  return { plan, version, nextVersion, branch, publish }
}
