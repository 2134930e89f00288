import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BPFMAN_EDITS, type BpfmanConfig, type BpfmanEdit } from '../release/config.js'
import { runRepositoryCode } from '../effects/exec.js'
import { type Progress } from '../release/progress.js'
import { type LockfileMode } from './lockfile-mode.js'
import { type Git } from '../effects/git.js'
import {
  type FileEdits,
  assertNoLink,
  linkOnPath,
  readRepoFile,
  requireRepoFile
} from '../release/files.js'
import { type PlanNote } from '../release/plan.js'
import { type ReleaseVersion, isPrerelease } from '../release/version.js'
import { updateCargoLock } from '../updaters/cargo-lock.js'
import { updateCargoToml } from '../updaters/cargo-toml.js'
import { updateDispatcherImages } from '../updaters/dispatcher-images.js'
import { planExampleConfigs } from '../updaters/example-configs.js'
import { updateExamplesMakefile } from '../updaters/examples-makefile.js'
import { planDocRules } from './doc-edits.js'

/**
 * Whether this release makes an edit: a final makes every one, a release
 * candidate those of the config's `prereleaseEdits` (the plan says once which it leaves out).
 */
function editsOf({ config, version, notes }: ReleaseEditsInput): (edit: BpfmanEdit) => boolean {
  if (!isPrerelease(version)) return () => true
  const left = BPFMAN_EDITS.filter((edit) => !config.prereleaseEdits.includes(edit))
  if (left.length > 0) {
    notes.push({
      kind: 'skipped',
      message: `release candidate: the lighter path edits Cargo.toml, ${[...config.prereleaseEdits.map((edit) => EDIT_NAMES[edit]), 'the changelog'].join(', ')}; not ${left.map((edit) => EDIT_NAMES[edit]).join(', ')} (prereleaseEdits in the config)`
    })
  }
  return (edit) => config.prereleaseEdits.includes(edit)
}

const EDIT_NAMES: Record<BpfmanEdit, string> = {
  'cargo-lock': 'Cargo.lock',
  'examples-makefile': 'examples/Makefile',
  'example-configs': 'the example config folders',
  dispatcher: 'the dispatcher images',
  docs: 'the docs and RELEASE.md'
}

export interface ReleaseEditsInput {
  repoDir: string
  config: BpfmanConfig
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  lockfile: LockfileMode
  git: Git
  baseCommit: string
  /** The files of the tree, as `git ls-files` lists them. */
  tracked: readonly string[]
  /** Receives the edits. */
  edits: FileEdits
  /** Receives what was skipped or left alone. */
  notes: PlanNote[]
  /** Shows cargo generate-lockfile while it runs. */
  progress?: Progress
}

/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
export async function planReleaseEdits(input: ReleaseEditsInput): Promise<{ oldVersion: string }> {
  const { oldVersion } = planWorkspaceVersion(input)
  await planVersionMentions(input, oldVersion)
  return { oldVersion }
}

/** The workspace version in Cargo.toml (and the path dependencies released with it); the version the tree held. */
export function planWorkspaceVersion(input: ReleaseEditsInput): { oldVersion: string } {
  const { repoDir, config, version, edits } = input
  const cargoToml = requireRepoFile(
    repoDir,
    config.cargoToml,
    'bpfman releases start from the workspace Cargo.toml'
  )
  const cargo = updateCargoToml(cargoToml, version.version)
  edits.set(
    config.cargoToml,
    cargo.content,
    `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`
  )
  return { oldVersion: cargo.oldVersion }
}

/** The edits but the workspace version's, in a tree whose Cargo.toml held `oldVersion`. */
export async function planVersionMentions(
  input: ReleaseEditsInput,
  oldVersion: string
): Promise<void> {
  const { repoDir, config, version, edits } = input
  // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
  const lockFrom = oldVersion === version.version ? input.previous?.version : oldVersion
  const makes = editsOf(input)
  if (lockFrom !== undefined && makes('cargo-lock')) await planLockfile(input, lockFrom, edits)
  if (makes('examples-makefile')) planMakefile(input)
  if (makes('example-configs'))
    planExamples(input, filesUnder(input.tracked, config.exampleConfigs))
  if (makes('dispatcher')) planDispatchers(input)
  if (makes('docs')) {
    planDocRules(repoDir, config.docRules, input.previous, version, edits, 'version reference(s)')
  }
}

/** The files of `tracked` in `folder` (as the pathspec `folder` matches: the folder, or the file itself). */
function filesUnder(tracked: readonly string[], folder: string): string[] {
  const top = folder.replace(/\/+$/, '')
  return tracked.filter((path) => path === top || path.startsWith(`${top}/`))
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
  edits.set(config.cargoLock, await generateLockfile(input, cargoToml), 'cargo generate-lockfile')
}

/** Runs `cargo generate-lockfile` on the new Cargo.toml in a throwaway worktree of the base commit. */
async function generateLockfile(
  { git, baseCommit, config, progress }: ReleaseEditsInput,
  cargoToml: string
): Promise<string> {
  return git.withWorktree(baseCommit, async (worktree) => {
    writeFileSync(join(worktree, config.cargoToml), cargoToml)
    // cargo reads the workspace's own .cargo/config.toml: no secret in its environment.
    await runRepositoryCode(
      'cargo',
      ['generate-lockfile', '--manifest-path', join(worktree, config.cargoToml)],
      { cwd: worktree, progress }
    )
    return readFileSync(join(worktree, config.cargoLock), 'utf8')
  })
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

function planMakefile({ repoDir, config, version, edits, notes }: ReleaseEditsInput): void {
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
  { repoDir, config, version, edits, notes }: ReleaseEditsInput,
  paths: string[]
): void {
  assertNoLink(repoDir, config.exampleConfigs)
  const prefix = `${config.exampleConfigs}/`
  // Links are never read: one in a folder the release copies is refused below.
  const links = paths.filter((path) => linkOnPath(repoDir, path) !== undefined)
  const files = new Map(
    paths
      .filter((path) => !links.includes(path))
      .map((path) => [path.slice(prefix.length), readFileSync(join(repoDir, path), 'utf8')])
  )
  const planned = planExampleConfigs(files, version)
  const copied = links.find((path) =>
    planned.sources.some((source) => path.startsWith(`${prefix}${source}/`))
  )
  if (copied !== undefined) assertNoLink(repoDir, copied)
  for (const file of planned.files) edits.set(prefix + file.path, file.content, file.reason)
  notes.push(
    ...planned.notes.map((note) => ({ ...note, path: note.path ? prefix + note.path : note.path }))
  )
}

function planDispatchers({ repoDir, config, version, edits, notes }: ReleaseEditsInput): void {
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
