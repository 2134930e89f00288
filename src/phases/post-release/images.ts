import { PUBLISHED_IMAGES } from '../../release/published.js'
import { InputError } from '../../release/errors.js'
import { parseList } from '../../release/inputs.js'
import { type Operation } from '../../release/plan.js'
import { ReleaseError } from '../../release/errors.js'
import { type GitHubClient, type WorkflowRun, describeRun } from '../../effects/github/client.js'
import { type RegistryClient, parseImageReference } from '../../effects/registry/client.js'

export { PUBLISHED_IMAGES }

/** A comma- or newline-separated list input; each entry an image name without tag. */
export function parseImageList(text: string, input: string): string[] {
  const images = parseList(text)
  for (const image of images) {
    const parsed = parseImageReference(image)
    if (parsed.tag || parsed.digest) {
      throw new InputError(
        input,
        `"${image}" carries a tag or digest; list image names only (e.g. quay.io/bpfman/xdp-dispatcher)`
      )
    }
  }
  return images
}

export interface ImageOutcome {
  image: string
  tag: string
  digest: string
  status: 'created' | 'unchanged' | 'moved'
  previousDigest?: string
}

/**
 * Adds `tag` to the manifest that `latest` points at, by the OCI distribution
 * API: nothing to do when the tag is there with that digest; another digest is
 * an error unless `force` moves it.
 */
export function dispatcherTagOperation(
  registry: RegistryClient,
  image: string,
  tag: string,
  force: boolean
): Operation<ImageOutcome> {
  return {
    kind: 'registry',
    title: `tag ${image}:latest as ${tag}${force ? ' (force: move the tag if it points at another image)' : ''}`,
    apply: async () => {
      const result = await registry.addTag(image, 'latest', tag, { force })
      const value = { image, tag, ...result }
      if (result.status === 'unchanged')
        return { status: 'unchanged', detail: `${image}:${tag} is ${result.digest}`, value }
      const moved = result.status === 'moved' ? ` (moved from ${result.previousDigest})` : ''
      return { status: 'done', detail: `${image}:${tag} -> ${result.digest}${moved}`, value }
    }
  }
}

/**
 * Tags `vX.Y.Z` on the digest an image workflow's run on the tag pushed as
 * `:latest` (bpfman's daemon image today), as the release process tags the
 * dispatchers. Checked first: a later run of that workflow on another commit
 * (main, after the release) may have moved `:latest`, and its build is not the
 * release's; then nothing is tagged, and the error says how to tag by hand.
 */
export function latestOfRunOperation(request: {
  registry: RegistryClient
  github: GitHubClient
  image: string
  tag: string
  workflow: string
  tagRun: WorkflowRun
  tagCommit: string
  force: boolean
}): Operation<ImageOutcome> {
  const { image, tag, workflow, tagRun } = request
  return {
    kind: 'registry',
    title: `tag ${image}:latest as ${tag}: the build of ${workflow} run ${tagRun.id} on ${tag}, unless a later run moved :latest`,
    apply: async () => {
      const later = (await request.github.workflows.listRuns(workflow)).filter(
        // Runs that push (not a pull request's), after the tag's, of another commit.
        (run) =>
          (run.event === 'push' || run.event === 'workflow_dispatch') &&
          run.id > tagRun.id &&
          run.headSha !== undefined &&
          run.headSha !== request.tagCommit
      )
      if (later.length > 0)
        throw new ReleaseError(
          `${image}:latest may be the build of a later run of ${workflow} (${later.map((run) => describeRun(run)).join('; ')}), not of ${tag}'s run ${tagRun.id}: tag the digest that run ${tagRun.id} pushed as ${tag} by hand (its log names it), then rerun post-release`
        )
      const result = await request.registry.addTag(image, 'latest', tag, { force: request.force })
      const value = { image, tag, ...result }
      if (result.status === 'unchanged')
        return { status: 'unchanged', detail: `${image}:${tag} is ${result.digest}`, value }
      return {
        status: 'done',
        detail: `${image}:${tag} -> ${result.digest} (run ${tagRun.id})`,
        value
      }
    }
  }
}
