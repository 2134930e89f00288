/**
 * The actions the repositories' own tag-push workflows publish with, as
 * stand-ins that do what their documentation says on the sandbox's world:
 * softprops/action-gh-release finds the release by tag (a draft is not found
 * that way), updates it or creates it and uploads files; docker/metadata-action
 * turns its tag rules into image tags for the event; docker/build-push-action
 * and redhat-actions/push-to-registry push an image under each tag to the
 * sandbox's registry. The set-up and
 * login actions have nothing to do here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { getOctokit } from '@actions/github'
import { pushImage, type TestRegistry } from '../oci-registry.js'
import type { StandIn, StepWorld } from './stand-ins.js'

/** Where the stand-ins push images: the sandbox's registry, whatever host an image names. */
export const REGISTRY_ENV = 'SANDBOX_REGISTRY_URL'

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined
  return /^true$/i.test(value)
}

function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** softprops/action-gh-release v2, as its README and source describe it. */
export const ghRelease: StandIn = {
  action: 'softprops/action-gh-release',
  inputs: {
    body: {},
    body_path: {},
    name: {},
    tag_name: {},
    draft: {},
    prerelease: {},
    files: {},
    fail_on_unmatched_files: { default: 'false' },
    target_commitish: {},
    token: { default: '${{ github.token }}' },
    make_latest: {}
  },
  outputs: ['url', 'id', 'upload_url', 'assets'],
  async run(world, inputs) {
    const [owner, repo] = world.github.repository.split('/')
    const octokit = getOctokit(inputs.token, { baseUrl: world.emulator.url })
    const tag =
      inputs.tag_name ||
      (world.github.ref.startsWith('refs/tags/') ? world.github.ref.slice('refs/tags/'.length) : '')
    if (!tag) throw new Error('⚠️ GitHub Releases requires a tag')
    const body = inputs.body_path
      ? readFileSync(resolve(world.workspace, inputs.body_path), 'utf8')
      : inputs.body || undefined
    const draft = flag(inputs.draft)
    const prerelease = flag(inputs.prerelease)
    // A draft is not found by its tag: only with draft: true does the action look through the list.
    let existing:
      { id: number; draft: boolean; prerelease: boolean; name: string | null } | undefined
    if (draft) {
      const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo })
      existing = all.find((release) => release.tag_name === tag)
    }
    if (!existing) {
      try {
        existing = (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error
      }
    }
    const release = existing
      ? (
          await octokit.rest.repos.updateRelease({
            owner,
            repo,
            release_id: existing.id,
            tag_name: tag,
            name: inputs.name || existing.name || tag,
            ...(body === undefined ? {} : { body }),
            draft: draft ?? existing.draft,
            prerelease: prerelease ?? existing.prerelease
          })
        ).data
      : (
          await octokit.rest.repos.createRelease({
            owner,
            repo,
            tag_name: tag,
            name: inputs.name || tag,
            body,
            draft,
            prerelease,
            target_commitish: inputs.target_commitish || undefined
          })
        ).data
    world.log(`${existing ? 'updated' : 'created'} release ${tag} (id ${release.id})`)
    const uploaded: string[] = []
    for (const file of lines(inputs.files)) {
      const path = resolve(world.workspace, file)
      if (!existsSync(path)) {
        if (flag(inputs.fail_on_unmatched_files))
          throw new Error(`⚠️ Pattern '${file}' does not match any files.`)
        world.log(`🤔 Pattern '${file}' does not match any files.`)
        continue
      }
      const name = basename(path)
      const current = (
        await octokit.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id })
      ).data.find((asset) => asset.name === name)
      if (current)
        await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: current.id })
      // Through the release's upload_url, as the action posts to it.
      await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data: readFileSync(path),
        headers: { 'content-type': 'application/octet-stream' }
      })
      uploaded.push(name)
    }
    return {
      url: release.html_url,
      id: String(release.id),
      upload_url: release.upload_url,
      assets: JSON.stringify(uploaded)
    }
  }
}

/** The tags one docker/metadata-action rule gives for the run's ref, or none. */
function tagsOfRule(rule: string, world: StepWorld, defaultBranch: string): string[] {
  const attributes = Object.fromEntries(
    rule.split(',').map((part) => {
      const [key, ...rest] = part.split('=')
      return [key.trim(), rest.join('=').trim()]
    })
  )
  const ref = world.github.ref
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
  const enable = attributes.enable ?? 'true'
  if (enable === '{{is_default_branch}}' ? branch !== defaultBranch : enable === 'false') return []
  switch (attributes.type) {
    case 'ref':
      if (attributes.event === 'tag') return tag ? [tag] : []
      if (attributes.event === 'branch') return branch ? [branch.replace(/[^\w.-]/g, '-')] : []
      return []
    case 'raw':
      return attributes.value ? [attributes.value] : []
    case 'sha':
      return [
        `sha-${attributes.format === 'long' ? world.github.sha : world.github.sha.slice(0, 7)}`
      ]
    default:
      return []
  }
}

/** docker/metadata-action v5: `images` x the tags its rules give for this ref. */
export const dockerMetadata: StandIn = {
  action: 'docker/metadata-action',
  inputs: { images: {}, tags: {}, labels: {}, flavor: {}, context: { default: 'workflow' } },
  outputs: ['tags', 'labels', 'version', 'json'],
  async run(world, inputs) {
    const images = lines(inputs.images)
    const rules = (inputs.tags ?? '')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean)
    const defaultBranch = 'main'
    const tags = [...new Set(rules.flatMap((rule) => tagsOfRule(rule, world, defaultBranch)))]
    const full = images.flatMap((image) => tags.map((tag) => `${image}:${tag}`))
    const labels = [
      `org.opencontainers.image.revision=${world.github.sha}`,
      `org.opencontainers.image.version=${tags[0] ?? ''}`
    ]
    return {
      tags: full.join('\n'),
      labels: labels.join('\n'),
      version: tags[0] ?? '',
      json: JSON.stringify({
        tags: full,
        labels: Object.fromEntries(labels.map((l) => l.split('=')))
      })
    }
  }
}

/** The sandbox's registry from the step's environment; an image's own host is not dialled. */
function sandboxRegistry(world: StepWorld): TestRegistry {
  const url = world.env[REGISTRY_ENV]
  if (!url)
    throw new Error(
      `${REGISTRY_ENV} is not set: the stand-in pushes to the sandbox's registry only`
    )
  return {
    url,
    host: new URL(url).host,
    pushAuthorization: () => undefined,
    tokenRequests: [],
    storageDir: '',
    stop: async () => undefined
  }
}

/** docker/build-push-action v6: with push, one image (marked with the commit) under every tag. */
export const dockerBuildPush: StandIn = {
  action: 'docker/build-push-action',
  inputs: {
    context: {},
    file: {},
    tags: {},
    labels: {},
    push: { default: 'false' },
    platforms: {},
    'build-args': {},
    'cache-from': {},
    'cache-to': {}
  },
  outputs: ['imageid', 'digest', 'metadata'],
  async run(world, inputs) {
    const tags = lines(inputs.tags)
    if (!flag(inputs.push)) {
      world.log(`built ${tags.length} tag(s), not pushed`)
      return { imageid: '', digest: '', metadata: '{}' }
    }
    const digest = await pushReferences(world, tags, 'build-push-action')
    return {
      imageid: digest,
      digest,
      metadata: JSON.stringify({ 'containerimage.digest': digest })
    }
  }
}

/**
 * Pushes a stand-in image (marked with the commit) to the sandbox's registry under
 * each full reference (host/repository:tag); the last one's digest.
 */
async function pushReferences(
  world: StepWorld,
  references: string[],
  action: string
): Promise<string> {
  const registry = sandboxRegistry(world)
  let digest = ''
  for (const reference of references) {
    const at = reference.lastIndexOf(':')
    if (at < reference.indexOf('/'))
      throw new Error(`${action} (sandbox): ${reference} names no tag`)
    const repository = reference.slice(reference.indexOf('/') + 1, at)
    const pushed = await pushImage(registry, repository, reference.slice(at + 1), {
      marker: `${repository} at ${world.github.sha}`
    })
    digest = pushed.digest
    world.log(`pushed ${reference} (${pushed.digest})`)
  }
  return digest
}

/**
 * redhat-actions/push-to-registry v2: pushes the image under each of `tags`
 * (space or newline separated), each a full reference, or a tag of
 * `registry`/`image`, to the sandbox's registry; `digest` is the image's.
 */
export const pushToRegistry: StandIn = {
  action: 'redhat-actions/push-to-registry',
  inputs: {
    image: {},
    tags: { default: 'latest' },
    registry: {},
    username: {},
    password: {},
    'tls-verify': { default: 'true' },
    digestfile: {},
    'extra-args': {}
  },
  outputs: ['digest', 'registry-path', 'registry-paths'],
  async run(world, inputs) {
    const references = (inputs.tags ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((tag) =>
        tag.includes('/') ? tag : `${inputs.registry ?? ''}/${inputs.image ?? ''}:${tag}`
      )
    const digest = await pushReferences(world, references, 'push-to-registry')
    return {
      digest,
      'registry-path': references[0] ?? '',
      'registry-paths': JSON.stringify(references)
    }
  }
}

/** Set-up and login actions: nothing to install or log in to in the sandbox. */
function nothingToDo(action: string, inputs: string[]): StandIn {
  return {
    action,
    inputs: Object.fromEntries(inputs.map((name) => [name, {}])),
    outputs: [],
    async run(world) {
      world.log(`${action}: nothing to do in the sandbox`)
      return {}
    }
  }
}

export const PUBLICATION_STAND_INS: StandIn[] = [
  ghRelease,
  dockerMetadata,
  dockerBuildPush,
  pushToRegistry,
  nothingToDo('sigstore/cosign-installer', ['cosign-release', 'install-dir']),
  nothingToDo('docker/setup-buildx-action', ['version', 'driver', 'platforms']),
  nothingToDo('docker/setup-qemu-action', ['image', 'platforms']),
  nothingToDo('docker/login-action', ['registry', 'username', 'password', 'logout']),
  nothingToDo('redhat-actions/podman-login', ['registry', 'username', 'password'])
]
