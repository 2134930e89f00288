import { type Octokit, type RepoApi } from './api.js'
import { Contents } from './contents.js'
import { Labels } from './labels.js'
import { Pulls } from './pulls.js'
import { Releases } from './releases.js'
import { Repos } from './repos.js'
import { type RepoRef, repositoryName } from './repository.js'
import { Workflows } from './workflows.js'

export { type Octokit, createOctokit, isStatus } from './api.js'
export { type ContentEntry } from './contents.js'
export { isRefusal } from './failures.js'
export { type PullRequest } from './pulls.js'
export {
  type Release,
  type ReleaseAsset,
  type ReleaseFields,
  type ReleaseWithAssets
} from './releases.js'
export {
  type RepoRef,
  parseRepository,
  repositoryFromRemoteUrl,
  repositoryName
} from './repository.js'
export { type WorkflowRun, describeRun, isLiveOrSucceeded } from './workflows.js'

/**
 * The GitHub calls of one repository, by resource family. Each call that
 * creates something looks for it first, so a rerun never makes a second one.
 */
export class GitHubClient implements RepoApi {
  readonly pulls: Pulls
  readonly labels: Labels
  readonly releases: Releases
  readonly workflows: Workflows
  readonly repos: Repos
  readonly contents: Contents

  constructor(
    readonly octokit: Octokit,
    readonly ref: RepoRef
  ) {
    this.pulls = new Pulls(this)
    this.labels = new Labels(this)
    this.releases = new Releases(this)
    this.workflows = new Workflows(this)
    this.repos = new Repos(this)
    this.contents = new Contents(this)
  }

  get name(): string {
    return repositoryName(this.ref)
  }

  /** The same account's client for another repository. */
  forRepository(ref: RepoRef): GitHubClient {
    return new GitHubClient(this.octokit, ref)
  }
}
