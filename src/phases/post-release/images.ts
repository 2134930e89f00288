import { PUBLISHED_IMAGES } from '../../release/published.js'
import { InputError } from '../../release/errors.js'
import { parseList } from '../../release/inputs.js'
import { type Operation } from '../../release/plan.js'
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
