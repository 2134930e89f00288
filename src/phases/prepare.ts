import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BpfmanConfig, loadBpfmanConfig } from '../release/config.js'
import {
  changelogPath,
  formatChangelog,
  firstContributions,
  formatReleaseNotes,
  mergedPullsFromLog,
  summaryParagraph
} from '../release/changelog.js'
import { InputError } from '../release/errors.js'
import { run } from '../effects/exec.js'
import { type Git, type Identity } from '../effects/git.js'
import { type GitHubClient } from '../effects/github/client.js'
import { type FileChange, type Plan, type PlanNote } from '../release/plan.js'
import { MANIFEST_SCHEMA, type ReleaseManifest } from '../release/manifest.js'
import { notesMarkdown } from '../release/summary.js'
import {
  ACTIONS_BOT,
  type BaseCheckout,
  inspectCheckout,
  publishBranchOperations,
  readRepoFile,
  releaseBranch,
  requireRepoFile
} from '../repo.js'
import { updateCargoLock } from '../updaters/cargo-lock.js'
import { updateCargoToml } from '../updaters/cargo-toml.js'
import { updateDispatcherImages } from '../updaters/dispatcher-images.js'
import { applyDocPatterns, findVersionMentions, isReviewExcluded } from '../updaters/docs.js'
import { planExampleConfigs } from '../updaters/example-configs.js'
import { updateExamplesMakefile } from '../updaters/examples-makefile.js'
import {
  type ReleaseVersion,
  assertNewRelease,
  isPrerelease,
  parseVersion,
  previousRelease
} from '../release/version.js'

export type LockfileMode = 'workspace' | 'generate' | 'none'
export const LOCKFILE_MODES: readonly LockfileMode[] = ['workspace', 'generate', 'none']

export interface PrepareInputs {
  repoDir: string
  version: string
  /** The branch the release is made from: main, or release-vX.Y.Z-patch. */
  base: string
  /** owner/name, for links and the API. */
  repository: string
  lockfile: LockfileMode
  summary?: string
  /** Build the changelog from git history instead of the generate-notes API. */
  offline: boolean
  /** The remote to push to and open the pull request against; undefined applies locally only. */
  remote: string | undefined
  github: GitHubClient | undefined
  identity?: Identity
  configFile?: string
}

export interface PreparedRelease {
  plan: Plan
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  branch: string
  base: string
  baseCommit: string
  changelogPath: string
  /** Filled in by the operations as they apply. */
  outputs: { commit?: string; pr?: { number: number; url: string } }
}

/** The manifest a prepare writes (bpfman's, and the operator's stage prepare): tag-release reads it. */
export function preparedManifest(prepared: PreparedRelease, repository: string): ReleaseManifest {
  const { version, previous, outputs } = prepared
  return {
    schema: MANIFEST_SCHEMA,
    repository,
    version: version.version,
    tag: version.tag,
    previousTag: previous?.tag ?? null,
    prerelease: version.rc !== undefined,
    base: prepared.base,
    prepare: {
      branch: prepared.branch,
      commit: outputs.commit ?? '',
      pr: outputs.pr ?? null,
      changelogPath: prepared.changelogPath,
      files: prepared.plan.files.map((file) => file.path)
    }
  }
}

export function parseLockfileMode(text: string): LockfileMode {
  if ((LOCKFILE_MODES as readonly string[]).includes(text)) return text as LockfileMode
  throw new InputError('lockfile', `"${text}" is not one of ${LOCKFILE_MODES.join(', ')}`)
}

/**
 * The checks every prepare starts with, before it reads a file: the version,
 * the checkout (clean, on the base branch, fetched), a new tag that moves its
 * line forward; and the previous release.
 */
export async function startRelease(
  inputs: Pick<PrepareInputs, 'version' | 'repoDir' | 'base' | 'remote' | 'github' | 'offline'>
): Promise<{
  version: ReleaseVersion
  checkout: BaseCheckout
  previous: ReleaseVersion | undefined
}> {
  const version = parseVersion(inputs.version)
  if (inputs.remote && !inputs.github)
    throw new Error('a GitHub client is needed to open the pull request')
  if (!inputs.offline && !inputs.github)
    throw new Error('a GitHub client is needed to generate the release notes; use offline')
  const checkout = await inspectCheckout(inputs.repoDir, inputs.base, inputs.remote)
  assertNewRelease(version, checkout.tags)
  return { version, checkout, previous: previousRelease(version, checkout.mergedTags) }
}

/** Computes every edit and step of a bpfman release; changes nothing. */
export async function planPrepare(inputs: PrepareInputs): Promise<PreparedRelease> {
  const { version, checkout, previous } = await startRelease(inputs)
  const config = loadBpfmanConfig(inputs.repoDir, inputs.configFile)
  const notes: PlanNote[] = []

  const { edits, oldVersion } = await planReleaseEdits({
    repoDir: inputs.repoDir,
    config,
    version,
    previous,
    lockfile: inputs.lockfile,
    git: checkout.git,
    baseCommit: checkout.baseCommit,
    notes
  })
  if (oldVersion === version.version) {
    throw new InputError(
      'version',
      `${config.cargoToml} on ${inputs.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`
    )
  }

  const changelog = await planChangelog(
    inputs,
    checkout,
    config.changelogDir,
    version,
    previous,
    edits,
    notes
  )
  const files = edits.changes()
  notes.push(...reviewList(await checkout.git.lsFiles(), inputs.repoDir, config, files, oldVersion))
  return releaseBranchPlan({
    phase: 'prepare-release',
    project: 'bpfman',
    inputs,
    checkout,
    version,
    previous,
    files,
    notes,
    changelogPath: changelog,
    labels: config.labels,
    afterMerge: 'tag-release verifies the merged tree and tags the merge commit.'
  })
}

/**
 * The changelog: kept when the release already has one, else the summary
 * paragraph and the release notes since the previous release. Returns its path.
 */
export async function planChangelog(
  inputs: Pick<PrepareInputs, 'repoDir' | 'repository' | 'offline' | 'github' | 'summary'>,
  checkout: BaseCheckout,
  changelogDir: string,
  version: ReleaseVersion,
  previous: ReleaseVersion | undefined,
  edits: FileEdits,
  notes: PlanNote[]
): Promise<string> {
  const path = changelogPath(changelogDir, version)
  if (readRepoFile(inputs.repoDir, path) !== undefined) {
    notes.push({ kind: 'info', path, message: 'exists already; kept as it is' })
    return path
  }
  const body = await releaseNotes(inputs, checkout.git, checkout.baseCommit, version, previous)
  edits.set(
    path,
    formatChangelog(summaryParagraph(version, previous, inputs.summary), body),
    `release notes since ${previous?.tag ?? 'the first commit'}`
  )
  return path
}

export interface ReleaseBranchRequest {
  phase: string
  /** The project named in the commit and the pull request: bpfman, bpfman-operator. */
  project: string
  inputs: Pick<PrepareInputs, 'repository' | 'base' | 'remote' | 'github' | 'identity'>
  checkout: BaseCheckout
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  files: FileChange[]
  notes: PlanNote[]
  changelogPath: string
  labels: string[]
  /** One line per change, "path: reason"; default: one per file. */
  changeLines?: string[]
  /** What happens when the pull request merges, for its body. */
  afterMerge: string
}

/** The plan that publishes a prepared release: branch release-vX.Y.Z, one signed-off commit, pull request. */
export function releaseBranchPlan(request: ReleaseBranchRequest): PreparedRelease {
  const { inputs, checkout, version, previous, files, notes } = request
  const branch = releaseBranch(version)
  const outputs: PreparedRelease['outputs'] = {}
  const identity = inputs.identity ?? ACTIONS_BOT
  const changes = request.changeLines ?? files.map((file) => `${file.path}: ${file.reason}`)
  const following = previous ? ` (previous: ${previous.tag})` : ''
  const commitMessage = [
    `Release ${version.tag}`,
    '',
    `Prepare the ${request.project} ${version.tag} release${following}:`,
    ...changes.map((line) => `- ${line}`),
    '',
    `Signed-off-by: ${identity.name} <${identity.email}>`,
    ''
  ].join('\n')
  const pullBody = [
    `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
    '',
    '### Changes',
    ...changes.map((line) => `- ${line.replace(/^([^:]+):/, '`$1`:')}`),
    '',
    ...notesMarkdown(notes, 100),
    `When this merges, ${request.afterMerge}`
  ].join('\n')
  const operations = publishBranchOperations({
    git: checkout.git,
    github: inputs.github,
    remote: inputs.remote,
    baseBranch: inputs.base,
    baseCommit: checkout.baseCommit,
    branch,
    files,
    commitMessage,
    identity,
    pull: { title: `Release ${version.tag}`, body: pullBody, labels: request.labels },
    outputs
  })
  const plan: Plan = {
    phase: request.phase,
    repository: inputs.repository,
    version: version.version,
    files,
    operations,
    notes
  }
  return {
    plan,
    version,
    previous,
    branch,
    base: inputs.base,
    baseCommit: checkout.baseCommit,
    changelogPath: request.changelogPath,
    outputs
  }
}

export interface ReleaseEditsInput {
  repoDir: string
  config: BpfmanConfig
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  lockfile: LockfileMode
  git: Git
  baseCommit: string
  /** Receives what was skipped or left alone. */
  notes: PlanNote[]
}

/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
export async function planReleaseEdits(
  input: ReleaseEditsInput
): Promise<{ edits: FileEdits; oldVersion: string }> {
  const { repoDir, config, version, notes } = input
  const cargoToml = requireRepoFile(
    repoDir,
    config.cargoToml,
    'bpfman releases start from the workspace Cargo.toml'
  )
  const cargo = updateCargoToml(cargoToml, version.version)
  const edits = new FileEdits(repoDir)
  edits.set(
    config.cargoToml,
    cargo.content,
    `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`
  )
  // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
  const lockFrom = cargo.oldVersion === version.version ? input.previous?.version : cargo.oldVersion
  if (lockFrom !== undefined) await planLockfile(input, lockFrom, edits)
  planMakefile(repoDir, config, version, edits, notes)
  planExamples(
    repoDir,
    config,
    version,
    edits,
    notes,
    await input.git.lsFiles(config.exampleConfigs)
  )
  planDispatchers(repoDir, config, version, edits, notes)
  planDocs(repoDir, config, input.previous, version, edits)
  return { edits, oldVersion: cargo.oldVersion }
}

/** The files a plan writes, each read once and kept only when its content changes. */
export class FileEdits {
  private readonly byPath = new Map<string, FileChange>()
  constructor(private readonly repoDir: string) {}

  set(path: string, after: string, reason: string): void {
    const before = this.byPath.get(path)?.before ?? readRepoFile(this.repoDir, path) ?? null
    if (before === after) return
    this.byPath.set(path, { path, before, after, reason })
  }

  changes(): FileChange[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
  }
}

async function planLockfile(
  input: ReleaseEditsInput,
  oldVersion: string,
  edits: FileEdits
): Promise<void> {
  const { repoDir, config, version, notes } = input
  if (input.lockfile === 'none') {
    notes.push({
      kind: 'skipped',
      path: config.cargoLock,
      message: 'lockfile: none; update it yourself'
    })
    return
  }
  const lock = readOrNote(repoDir, config.cargoLock, notes, 'nothing to update')
  if (lock === undefined) return
  if (input.lockfile === 'workspace') {
    const updated = updateCargoLock(lock, oldVersion, version.version)
    edits.set(
      config.cargoLock,
      updated.content,
      `workspace members ${oldVersion} -> ${version.version}: ${updated.packages.join(', ')}`
    )
    return
  }
  const cargoToml = updateCargoToml(
    requireRepoFile(repoDir, config.cargoToml, ''),
    version.version
  ).content
  edits.set(
    config.cargoLock,
    await generateLockfile(input.git, input.baseCommit, config, cargoToml),
    'cargo generate-lockfile'
  )
}

/** Runs `cargo generate-lockfile` on the new Cargo.toml in a throwaway worktree of the base commit. */
async function generateLockfile(
  git: Git,
  baseCommit: string,
  config: BpfmanConfig,
  cargoToml: string
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'release-lockfile-'))
  const worktree = join(dir, 'tree')
  await git.exec(['worktree', 'add', '--quiet', '--detach', worktree, baseCommit])
  try {
    writeFileSync(join(worktree, config.cargoToml), cargoToml)
    await run('cargo', ['generate-lockfile', '--manifest-path', join(worktree, config.cargoToml)], {
      cwd: worktree
    })
    return readFileSync(join(worktree, config.cargoLock), 'utf8')
  } finally {
    await git.exec(['worktree', 'remove', '--force', worktree])
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The file's content, or undefined with a note that the repository has none (a normal case). */
function readOrNote(
  repoDir: string,
  path: string,
  notes: PlanNote[],
  consequence: string
): string | undefined {
  const content = readRepoFile(repoDir, path)
  if (content === undefined) {
    notes.push({ kind: 'info', path, message: `not in the repository; ${consequence}` })
  }
  return content
}

function planMakefile(
  repoDir: string,
  config: BpfmanConfig,
  version: ReleaseVersion,
  edits: FileEdits,
  notes: PlanNote[]
): void {
  const makefile = readOrNote(repoDir, config.examplesMakefile, notes, 'nothing to update')
  if (makefile === undefined) return
  const updated = updateExamplesMakefile(makefile, version.version)
  edits.set(
    config.examplesMakefile,
    updated.content,
    `VERSION ${updated.oldVersion ?? '?'} -> ${version.version}`
  )
}

function planExamples(
  repoDir: string,
  config: BpfmanConfig,
  version: ReleaseVersion,
  edits: FileEdits,
  notes: PlanNote[],
  paths: string[]
): void {
  if (isPrerelease(version)) {
    notes.push({
      kind: 'skipped',
      path: `${config.exampleConfigs}/`,
      message: 'release candidate: no versioned example configs'
    })
    return
  }
  const prefix = `${config.exampleConfigs}/`
  const files = new Map(
    paths.map((path) => [path.slice(prefix.length), readFileSync(join(repoDir, path), 'utf8')])
  )
  const planned = planExampleConfigs(files, version)
  for (const file of planned.files) edits.set(prefix + file.path, file.content, file.reason)
  notes.push(
    ...planned.notes.map((note) => ({ ...note, path: note.path ? prefix + note.path : note.path }))
  )
}

function planDispatchers(
  repoDir: string,
  config: BpfmanConfig,
  version: ReleaseVersion,
  edits: FileEdits,
  notes: PlanNote[]
): void {
  const source = readOrNote(repoDir, config.dispatcherSource, notes, 'no dispatcher images to pin')
  if (source === undefined) return
  const updated = updateDispatcherImages(source, config.dispatcherImages, version.tag)
  edits.set(
    config.dispatcherSource,
    updated.content,
    `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`
  )
  notes.push(
    ...updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource }))
  )
}

function planDocs(
  repoDir: string,
  config: BpfmanConfig,
  previous: ReleaseVersion | undefined,
  version: ReleaseVersion,
  edits: FileEdits
): void {
  for (const rule of config.docRules) {
    const content = readRepoFile(repoDir, rule.path)
    if (content === undefined) continue
    const updated = applyDocPatterns(content, rule.patterns, previous?.version, version.version)
    edits.set(
      rule.path,
      updated.content,
      `${updated.replacements} version reference(s) -> ${version.version}`
    )
  }
}

/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(
  inputs: Pick<PrepareInputs, 'offline' | 'github' | 'repository'>,
  git: Git,
  baseCommit: string,
  version: ReleaseVersion,
  previous: ReleaseVersion | undefined
): Promise<string> {
  if (!inputs.offline && inputs.github) {
    return inputs.github.generateNotes(version.tag, baseCommit, previous?.tag)
  }
  const format = '--format=%H%x00%an%x00%ae%x00%s%x00%b%x1e'
  const range = previous ? `${previous.tag}..${baseCommit}` : baseCommit
  const pulls = mergedPullsFromLog(await git.exec(['log', format, range]))
  const earlier = previous ? mergedPullsFromLog(await git.exec(['log', format, previous.tag])) : []
  return formatReleaseNotes(
    pulls,
    firstContributions(pulls, earlier),
    inputs.repository,
    version.tag,
    previous?.tag
  )
}

const MAX_FILE_SIZE = 1 << 20

/** Every other mention of the old version, for a human to look at; never edited. */
export function reviewList(
  tracked: string[],
  repoDir: string,
  config: Pick<BpfmanConfig, 'reviewExclude'>,
  files: FileChange[],
  oldVersion: string
): PlanNote[] {
  const changed = new Map(files.map((file) => [file.path, file.after]))
  const notes: PlanNote[] = []
  for (const path of tracked) {
    if (isReviewExcluded(path, config.reviewExclude)) continue
    let content = changed.get(path)
    if (content === undefined) {
      const buffer = readFileSync(join(repoDir, path))
      if (buffer.length > MAX_FILE_SIZE || buffer.includes(0)) continue
      content = buffer.toString('utf8')
    }
    if (!content.includes(oldVersion)) continue
    notes.push(...findVersionMentions(path, content, oldVersion))
  }
  return notes
}
