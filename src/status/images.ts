// The images `status` looks for: a list the maintainer gives, or the ones the
// repository's own workflows at the release tag push, read as post-release
// reads them (repository-workflows.ts), but through the API, since status
// runs without a checkout. The fixed list of the release process stays the
// fallback while the tree cannot say.
import { type GitHubClient } from '../effects/github/client.js'
import { imagesPublishedByWorkflows } from '../release/repository-workflows.js'
import { type ReleaseVersion } from '../release/version.js'
import { WORKFLOWS } from '../steps/tree-workflows.js'

/** A given list of images, or `{ fallback }`: the tag's workflows decide, this list when they cannot. */
export type ImageSource = readonly string[] | { fallback: readonly string[] }

export interface ImageCheck {
  image: string
  /** The workflow file at the tag that pushes it; undefined for an image of a list. */
  workflow?: string
  /** The workflows push it as :latest only: the release gives it no tag of its own. */
  latestOnly?: boolean
}

export interface ReleaseImages {
  checks: ImageCheck[]
  /** Why the fallback list is checked, when it is. */
  fallback?: string
}

/** The workflow files at `ref` by name, read through the contents API; undefined when the folder is not there. */
export async function workflowsAtRef(
  github: GitHubClient,
  ref: string
): Promise<Map<string, string> | undefined> {
  const entries = await github.contents.folder(ref, WORKFLOWS)
  if (!entries) return undefined
  const files = entries.filter((entry) => entry.type === 'file' && /\.ya?ml$/.test(entry.name))
  const texts = await Promise.all(files.map((entry) => github.contents.text(ref, entry.path)))
  return new Map(
    files.flatMap((entry, i) => (texts[i] === undefined ? [] : [[entry.name, texts[i]]]))
  )
}

/**
 * The images to check for the release: the given list, or those the
 * workflows at the tag push with it and, apart, those they push as :latest
 * only. `tagCommit` is the tag's commit (undefined: no tag yet). A workflow
 * file that is not valid YAML is left out: GitHub runs no such file, so it
 * pushed nothing for the tag.
 */
export async function releaseImages(
  github: GitHubClient,
  version: ReleaseVersion,
  source: ImageSource,
  tagCommit: Promise<string | undefined>
): Promise<ReleaseImages> {
  if (!('fallback' in source)) return { checks: source.map((image) => ({ image })) }
  const fixed = (why: string): ReleaseImages => ({
    checks: source.fallback.map((image) => ({ image })),
    fallback: `the release process's list: ${why}`
  })
  if (!(await tagCommit)) return fixed(`no tag ${version.tag} yet to read the workflows at`)
  const workflows = await workflowsAtRef(github, version.tag)
  if (!workflows || workflows.size === 0)
    return fixed(`no workflow in ${WORKFLOWS} at ${version.tag}`)
  const { tagged, latestOnly } = imagesPublishedByWorkflows(workflows)
  if (tagged.size === 0) return fixed(`no workflow at ${version.tag} pushes images with the tag`)
  const sorted = (images: Map<string, string>) =>
    [...images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    checks: [
      ...sorted(tagged).map(([image, workflow]) => ({ image, workflow })),
      ...sorted(latestOnly).map(([image, workflow]) => ({ image, workflow, latestOnly: true }))
    ]
  }
}
