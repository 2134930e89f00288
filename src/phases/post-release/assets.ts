import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ReleaseError } from '../../release/errors.js'
import { assertNoLink } from '../../release/files.js'
import { runRepositoryCode } from '../../effects/exec.js'
import { type Progress } from '../../release/progress.js'
import {
  type GitHubClient,
  type ReleaseAsset,
  type ReleaseWithAssets
} from '../../effects/github/client.js'
import { type Operation } from '../../release/plan.js'
import { BPFMAN_INSTALL_YAMLS } from '../../release/published.js'
import { type ReleaseVersion, isPrerelease } from '../../release/version.js'

export { BPFMAN_INSTALL_YAMLS }
export const DEFAULT_YAMLS_COMMAND = 'make build-release-yamls'
export const DEFAULT_YAMLS_DIRECTORY = 'examples'
export const YAML_CONTENT_TYPE = 'application/yaml'

/** go-xdp-counter, go-app-counter...: the examples whose install files a release ships. */
const COUNTER_EXAMPLE = /^go-[a-z0-9-]+-counter$/

export interface BuiltAsset {
  name: string
  data: Buffer
  /** `sha256:<hex>`, as GitHub reports an asset's digest. */
  digest: string
}

export function sha256Of(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/**
 * The release YAMLs a version must ship: `always` (the bpfman install files)
 * plus, for each go-*-counter example folder of config/vX.Y.Z/ and
 * config/vX.Y.Z-selinux/, its `-install.yaml` and `-install-selinux.yaml`.
 */
export function expectedReleaseYamls(
  examples: { release: readonly string[]; selinux: readonly string[] },
  always: readonly string[] = BPFMAN_INSTALL_YAMLS
): string[] {
  const names = new Set(always)
  for (const example of examples.release)
    if (COUNTER_EXAMPLE.test(example)) names.add(`${example}-install.yaml`)
  for (const example of examples.selinux)
    if (COUNTER_EXAMPLE.test(example)) names.add(`${example}-install-selinux.yaml`)
  return [...names].sort()
}

export interface ReleaseYamls {
  /** Every *.yaml the command wrote, by name. */
  assets: BuiltAsset[]
  expected: string[]
  /** Built but not expected: uploaded all the same, and listed. */
  extra: string[]
  /** The folder the command wrote, relative to the repository. */
  outputDir: string
  /** Why no YAMLs were built (a release candidate on the lighter path). */
  skipped?: string
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())
}

/**
 * Runs the YAML command in `directory` of a checkout of the tag and collects
 * `directory/release-vX.Y.Z/*.yaml`. A missing expected file is an error here,
 * before anything is uploaded.
 */
export async function buildReleaseYamls(request: {
  treeDir: string
  version: ReleaseVersion
  command: string[]
  directory: string
  exampleConfigs: string
  always: readonly string[]
  /** Shows the command while it runs. */
  progress?: Progress
}): Promise<ReleaseYamls> {
  const { treeDir, version, directory } = request
  const outputDir = `${directory}/release-${version.tag}`
  const configs = join(treeDir, request.exampleConfigs)
  // prepare's lighter path for a release candidate makes no example configs, and the
  // process then makes no versioned manifests: nothing to build from.
  if (isPrerelease(version) && !existsSync(join(configs, version.tag))) {
    return {
      assets: [],
      expected: [],
      extra: [],
      outputDir,
      skipped: `release candidate: ${request.exampleConfigs}/${version.tag}/ does not exist at the tag (prepare's lighter path), so no release YAMLs are built or attached`
    }
  }
  const cwd = join(treeDir, directory)
  if (!existsSync(cwd)) {
    throw new InputError(
      'yamls-directory',
      `${directory}/ does not exist at ${version.tag}; give the folder where "${request.command.join(' ')}" runs`
    )
  }
  await runRepositoryCode(request.command[0], request.command.slice(1), {
    cwd,
    progress: request.progress
  })
  const outputPath = join(treeDir, outputDir)
  if (!existsSync(outputPath)) {
    throw new ReleaseError(
      `"${request.command.join(' ')}" in ${directory}/ at ${version.tag} wrote no ${outputDir}/; check the command (input yamls-command)`
    )
  }
  const assets = readdirSync(outputPath)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      assertNoLink(treeDir, `${outputDir}/${name}`) // an asset is the command's file, never a link's target
      const data = readFileSync(join(outputPath, name))
      return { name, data, digest: sha256Of(data) }
    })
  const expected = expectedReleaseYamls(
    {
      release: subfolders(join(configs, version.tag)),
      selinux: subfolders(join(configs, `${version.tag}-selinux`))
    },
    request.always
  )
  const built = new Set(assets.map((asset) => asset.name))
  const missing = expected.filter((name) => !built.has(name))
  if (missing.length > 0) {
    throw new ReleaseError(
      `"${request.command.join(' ')}" at ${version.tag} did not write ${missing.join(', ')} (expected from ${request.exampleConfigs}/${version.tag}/ and ${version.tag}-selinux/ and the bpfman install files); nothing was uploaded. Fix the release YAML target, or list the files that are expected in input expected-assets`
    )
  }
  return {
    assets,
    expected,
    extra: assets.map((a) => a.name).filter((name) => !expected.includes(name)),
    outputDir
  }
}

export type AssetAction = 'upload' | 'replace' | 'unchanged'

export interface AssetDecision {
  action: AssetAction
  reason: string
}

function describe(size: number, digest: string | null): string {
  return `${size} bytes${digest ? `, ${digest}` : ''}`
}

/** The release as the asset decisions see it; `force` is the input that replaces a published asset. */
export interface AssetRelease {
  tag: string
  draft: boolean
  immutable: boolean
  force: boolean
}

/**
 * What to do with one built file, given the asset of the same name on the
 * release (if any) and, when GitHub gave no digest, the digest of its bytes.
 * A draft gets a differing asset replaced. A published release's assets are
 * what users downloaded and may have pinned: a difference is refused (exit
 * 2) unless `force`; an immutable release cannot change at all.
 */
export function decideAsset(
  built: BuiltAsset,
  remote: ReleaseAsset | undefined,
  release: AssetRelease,
  remoteDigest: string | null = remote?.digest ?? null
): AssetDecision {
  const frozen = !release.draft && release.immutable
  const refuse = (what: string): never => {
    throw new ReleaseError(
      `${built.name} ${what} on the published release ${release.tag}, which is immutable: its assets cannot change. Check that the YAMLs build the same at ${release.tag} (no dates or downloads in the output); to ship other files, release a new version`
    )
  }
  if (!remote) {
    if (frozen) refuse(`is missing (built: ${describe(built.data.length, built.digest)})`)
    return { action: 'upload', reason: 'new' }
  }
  if (remote.state !== 'uploaded') {
    if (frozen) refuse(`is a broken upload (state ${remote.state})`)
    return { action: 'replace', reason: `the earlier upload broke off (state ${remote.state})` }
  }
  const same = remote.size === built.data.length && remoteDigest === built.digest
  if (same) return { action: 'unchanged', reason: 'same content' }
  const difference = `release: ${describe(remote.size, remoteDigest)}; built: ${describe(built.data.length, built.digest)}`
  if (frozen) refuse(`differs from the file built at ${release.tag} (${difference})`)
  if (!release.draft && !release.force) {
    throw new InputError(
      'force',
      `${built.name} on the published release ${release.tag} differs from the file built at ${release.tag} (${difference}); it was left as it is, since users may have downloaded or pinned it. Check that the YAMLs build the same at ${release.tag} (no dates or downloads in the output); to replace it on purpose, rerun with force (--force): the new file is uploaded before the old one is removed`
    )
  }
  return {
    action: 'replace',
    reason: `content differs (${difference})${release.draft ? '' : '; force: replaced on the published release'}`
  }
}

export interface AssetOutcome {
  name: string
  status: 'uploaded' | 'replaced' | 'unchanged'
  /** Not in the expected list: uploaded all the same. */
  extra: boolean
  digest: string
}

/** The bytes' digest when GitHub gives none: downloaded only when the sizes match. */
export async function remoteDigestOf(
  github: GitHubClient,
  built: BuiltAsset,
  remote: ReleaseAsset | undefined
): Promise<string | null> {
  if (
    !remote ||
    remote.digest ||
    remote.state !== 'uploaded' ||
    remote.size !== built.data.length
  ) {
    return remote?.digest ?? null
  }
  return sha256Of(await github.releases.downloadAsset(remote.id))
}

/** The release and its assets, fetched once for all the asset operations of one apply. */
export type ReleaseState = () => Promise<ReleaseWithAssets>

/** The decision for a file against the release as it is at apply time (`state`, fetched once per apply). */
export async function currentDecision(
  github: GitHubClient,
  state: ReleaseState,
  tag: string,
  force: boolean,
  built: BuiltAsset
): Promise<{
  decision: AssetDecision
  remote: ReleaseAsset | undefined
  uploadUrl: string
  assets: ReleaseAsset[]
}> {
  const current = await state()
  const remote = current.assets.find((asset) => asset.name === built.name)
  const release = { tag, draft: current.release.draft, immutable: current.immutable, force }
  const decision = decideAsset(built, remote, release, await remoteDigestOf(github, built, remote))
  return { decision, remote, uploadUrl: current.uploadUrl, assets: current.assets }
}

export interface PlannedAsset {
  built: BuiltAsset
  planned: AssetDecision
  /** Not in the expected list. */
  extra: boolean
}

/**
 * One operation per built file: upload it, replace a differing one, or leave an
 * equal one. The release's assets are listed again at apply time, once for all
 * the files (the first operation applied lists them; each operation touches only
 * its own asset), so the API calls do not grow with the number of files.
 */
export function assetOperations(
  github: GitHubClient,
  release: { id: number; tag: string; force: boolean },
  assets: readonly PlannedAsset[]
): Operation<AssetOutcome>[] {
  let listed: Promise<ReleaseWithAssets> | undefined
  const state: ReleaseState = () => (listed ??= github.releases.withAssets(release.id))
  return assets.map((asset) => assetOperation(github, state, release, asset))
}

/** The name a replacement is uploaded under before the old asset goes (names are unique per release). */
export function replacementName(name: string): string {
  return `release-actions-replacing.${name}`
}

/**
 * Replaces `remote` with the built file without a moment where the release
 * lacks it: the new bytes are uploaded under replacementName (a leftover of
 * an interrupted run is removed first), then the old asset is deleted and
 * the new one renamed (PATCH /releases/assets/{id}).
 */
async function replaceAsset(
  github: GitHubClient,
  uploadUrl: string,
  assets: readonly ReleaseAsset[],
  remote: ReleaseAsset,
  built: BuiltAsset
): Promise<void> {
  const temporary = replacementName(built.name)
  const leftover = assets.find((asset) => asset.name === temporary)
  if (leftover) await github.releases.deleteAsset(leftover.id)
  const uploaded = await github.releases.uploadAsset(
    uploadUrl,
    temporary,
    built.data,
    YAML_CONTENT_TYPE
  )
  await github.releases.deleteAsset(remote.id)
  await github.releases.renameAsset(uploaded.id, built.name)
}

function assetOperation(
  github: GitHubClient,
  state: ReleaseState,
  { tag, force }: { tag: string; force: boolean },
  { built, planned, extra }: PlannedAsset
): Operation<AssetOutcome> {
  const verb = { upload: 'upload', replace: 'replace', unchanged: 'keep' }[planned.action]
  return {
    kind: 'github',
    title: `${verb} ${built.name} on the release ${tag} (${planned.reason})${extra ? ' [not in the expected list]' : ''}`,
    apply: async () => {
      const { decision, remote, uploadUrl, assets } = await currentDecision(
        github,
        state,
        tag,
        force,
        built
      )
      const outcome = (status: AssetOutcome['status']): AssetOutcome => ({
        name: built.name,
        status,
        extra,
        digest: built.digest
      })
      if (decision.action === 'unchanged') {
        return { status: 'unchanged', detail: 'same content', value: outcome('unchanged') }
      }
      if (remote) await replaceAsset(github, uploadUrl, assets, remote, built)
      else await github.releases.uploadAsset(uploadUrl, built.name, built.data, YAML_CONTENT_TYPE)
      return {
        status: 'done',
        detail: remote ? `replaced (${decision.reason})` : 'uploaded',
        value: outcome(remote ? 'replaced' : 'uploaded')
      }
    }
  }
}
