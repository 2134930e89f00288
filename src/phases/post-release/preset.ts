import { type Git } from '../../effects/git.js'
import { BPFMAN_CRATES } from '../../effects/crates.js'
import { type PlanNote } from '../../release/plan.js'
import { imagesPublishedByWorkflows, publishesCrates } from '../../release/repository-workflows.js'
import { type ReleaseVersion } from '../../release/version.js'
import { PUBLISHED_IMAGES } from './images.js'
import { dispatcherPin } from './revert.js'
import { WORKFLOWS } from '../../steps/tree-workflows.js'

/** What post-release checks and tags when its inputs leave it to the tree. */
export interface PublicationPreset {
  images: string[]
  crates: string[]
  /** The dispatcher images to tag `vX.Y.Z` on what `latest` points at. */
  dispatcherImages: string[]
  /**
   * Images of the release process that the repository's workflows push as
   * `:latest` only (bpfman's daemon image today), each with the workflow that
   * pushes it: tagged `vX.Y.Z` on the digest the tag's run of it pushed.
   */
  latestOnly: { image: string; workflow: string }[]
  notes: PlanNote[]
}

export interface PresetRequest {
  git: Git
  /** The tag's commit: the workflows that ran for the tag are the ones there. */
  commit: string
  /** The workflow files at the tag (workflowsAt): file name -> text. */
  workflows: ReadonlyMap<string, string>
  version: ReleaseVersion
  /** undefined: decided from the tree. */
  images: string[] | undefined
  crates: string[] | undefined
  dispatcherImages: string[] | undefined
  dispatcherSource: string
  configDispatcherImages: readonly string[]
}

/**
 * The images, crates and dispatcher tags of this release, decided from the
 * repository at the tag where the inputs leave them open: the images its
 * workflows push with the tag, crates where a workflow runs `cargo publish`,
 * and the dispatchers that prepare pinned to the tag in the source, unless a
 * workflow pushes them with the tag already. Each decision is a plan note.
 */
export async function publicationPreset(request: PresetRequest): Promise<PublicationPreset> {
  const { git, commit, version } = request
  const notes: PlanNote[] = []
  const { workflows } = request
  const published = imagesPublishedByWorkflows(workflows)
  const tagged = new Set(published.tagged.keys())
  const latestOnly = published.latestOnly
  const imageWorkflows = [...new Set(published.tagged.values())]
  for (const name of published.unread)
    notes.push({
      kind: 'warning',
      path: `${WORKFLOWS}/${name}`,
      message: 'not valid YAML: not read for the images it publishes'
    })

  let images = request.images
  if (images === undefined) {
    if (tagged.size > 0) {
      images = [...tagged].sort()
      notes.push({
        kind: 'info',
        message: `checks the ${images.length} images that ${imageWorkflows.join(', ')} push${imageWorkflows.length === 1 ? 'es' : ''} with ${version.tag} (input images overrides)`
      })
    } else {
      images = [...PUBLISHED_IMAGES]
      notes.push({
        kind: 'info',
        message: `no workflow at ${version.tag} pushes images with the tag: checks the release process's ${images.length} images (input images overrides)`
      })
    }
  }
  // Listed by the release process but pushed as :latest only: tagged from the tag's own run.
  const latestTagged = [...latestOnly]
    .filter(
      ([image]) => !tagged.has(image) && (PUBLISHED_IMAGES as readonly string[]).includes(image)
    )
    .map(([image, workflow]) => ({ image, workflow }))
  for (const [image] of [...latestOnly].filter(([image]) => !tagged.has(image)))
    notes.push({
      kind: 'info',
      message: latestTagged.some((entry) => entry.image === image)
        ? `${image} is pushed as :latest only by the repository's workflows: tagged ${version.tag} on the digest the run on ${version.tag} pushed, as the release process tags the dispatchers`
        : `${image} is pushed as :latest only by the repository's workflows: no ${version.tag} tag is checked for it`
    })
  if (request.images === undefined)
    images = [
      ...images,
      ...latestTagged.map((entry) => entry.image).filter((i) => !images!.includes(i))
    ]

  let crates = request.crates
  if (crates === undefined) {
    const publishers = [...workflows]
      .filter(([, text]) => publishesCrates(text))
      .map(([name]) => name)
    crates = publishers.length > 0 ? [...BPFMAN_CRATES] : []
    notes.push({
      kind: 'info',
      message:
        publishers.length > 0
          ? `checks the crates ${crates.join(', ')}: ${publishers.join(', ')} run${publishers.length === 1 ? 's' : ''} cargo publish`
          : `no workflow at ${version.tag} runs cargo publish: crates are not checked (input crates overrides)`
    })
  }

  let dispatcherImages = request.dispatcherImages
  if (dispatcherImages === undefined) {
    const source = await git.readBlob(commit, request.dispatcherSource)
    const pinned = request.configDispatcherImages.filter((image) => {
      const pin = source === undefined ? undefined : dispatcherPin(source, image)
      return pin?.kind === 'tag' && pin.tag === version.tag
    })
    dispatcherImages = pinned.filter((image) => !tagged.has(image))
    const built = pinned.filter((image) => tagged.has(image))
    if (built.length > 0)
      notes.push({
        kind: 'info',
        message: `${built.join(' and ')} ${built.length > 1 ? 'are' : 'is'} pushed with ${version.tag} by the image workflow: not tagged from :latest`
      })
    if (pinned.length === 0)
      notes.push({
        kind: 'skipped',
        path: request.dispatcherSource,
        message: `the dispatcher images are not pinned to ${version.tag} there: none is tagged from :latest (input dispatcher-images overrides)`
      })
  }
  return { images, crates, dispatcherImages, latestOnly: latestTagged, notes }
}
