import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BPFMAN_EDITS, type BpfmanConfig, type BpfmanEdit } from '../release/config.js'
import { runRepositoryCode } from '../effects/exec.js'
import { type Progress } from '../release/progress.js'
import { type LockfileMode } from './lockfile-mode.js'
import { type Git } from '../effects/git.js'
import { assertNoLink, linkOnPath, readRepoFile, requireRepoFile } from '../release/files.js'
import { type Edits, type PlanNote, joinEdits } from '../release/plan.js'
import { type ReleaseVersion, isPrerelease } from '../release/version.js'
import { updateCargoLock } from '../updaters/cargo-lock.js'
import { updateCargoToml } from '../updaters/cargo-toml.js'
import { updateDispatcherImages } from '../updaters/dispatcher-images.js'
import { planExampleConfigs } from '../updaters/example-configs.js'
import { updateExamplesMakefile } from '../updaters/examples-makefile.js'
import { planDocRules } from './doc-edits.js'

/**
 * Whether this release makes an edit: a final makes every one, a release
 * candidate those of the config's `prereleaseEdits`; and the note that says
 * once which it leaves out.
 */
function editsOf({ config, version }: ReleaseEditsInput): {
  makes: (edit: BpfmanEdit) => boolean
  notes: PlanNote[]
} {
  if (!isPrerelease(version)) return { makes: () => true, notes: [] }
  const left = BPFMAN_EDITS.filter((edit) => !config.prereleaseEdits.includes(edit))
  const notes: PlanNote[] =
    left.length === 0
      ? []
      : [
          {
            kind: 'skipped',
            message: `release candidate: the lighter path edits Cargo.toml, ${[...config.prereleaseEdits.map((edit) => EDIT_NAMES[edit]), 'the changelog'].join(', ')}; not ${left.map((edit) => EDIT_NAMES[edit]).join(', ')} (prereleaseEdits in the config)`
          }
        ]
  return { makes: (edit) => config.prereleaseEdits.includes(edit), notes }
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
  /** Shows cargo generate-lockfile while it runs. */
  progress?: Progress
}

/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
export async function planReleaseEdits(
  input: ReleaseEditsInput
): Promise<Edits & { oldVersion: string }> {
  const workspace = planWorkspaceVersion(input)
  const mentions = await planVersionMentions(input, workspace.oldVersion)
  return { ...joinEdits(workspace, mentions), oldVersion: workspace.oldVersion }
}

/** The workspace version in Cargo.toml (and the path dependencies released with it); the version the tree held. */
export function planWorkspaceVersion(input: ReleaseEditsInput): Edits & { oldVersion: string } {
  const { repoDir, config, version } = input
  const cargoToml = requireRepoFile(
    repoDir,
    config.cargoToml,
    'bpfman releases start from the workspace Cargo.toml'
  )
  const cargo = updateCargoToml(cargoToml, version.version)
  const reason = `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`
  return {
    files: [{ path: config.cargoToml, content: cargo.content, reason }],
    notes: [],
    oldVersion: cargo.oldVersion
  }
}

/** The edits but the workspace version's, in a tree whose Cargo.toml held `oldVersion`. */
export async function planVersionMentions(
  input: ReleaseEditsInput,
  oldVersion: string
): Promise<Edits> {
  const { repoDir, config, version } = input
  // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
  const lockFrom = oldVersion === version.version ? input.previous?.version : oldVersion
  const { makes, notes } = editsOf(input)
  const none: Edits = { files: [], notes: [] }
  return joinEdits(
    { files: [], notes },
    lockFrom !== undefined && makes('cargo-lock') ? await planLockfile(input, lockFrom) : none,
    makes('examples-makefile') ? planMakefile(input) : none,
    makes('example-configs')
      ? planExamples(input, filesUnder(input.tracked, config.exampleConfigs))
      : none,
    makes('dispatcher') ? planDispatchers(input) : none,
    makes('docs')
      ? {
          files: planDocRules(
            repoDir,
            config.docRules,
            input.previous,
            version,
            'version reference(s)'
          ),
          notes: []
        }
      : none
  )
}

/** The files of `tracked` in `folder` (as the pathspec `folder` matches: the folder, or the file itself). */
function filesUnder(tracked: readonly string[], folder: string): string[] {
  const top = folder.replace(/\/+$/, '')
  return tracked.filter((path) => path === top || path.startsWith(`${top}/`))
}

async function planLockfile(input: ReleaseEditsInput, oldVersion: string): Promise<Edits> {
  const { repoDir, config, version } = input
  if (input.lockfile === 'none') {
    const message = 'lockfile: none; update it yourself'
    return { files: [], notes: [{ kind: 'skipped', path: config.cargoLock, message }] }
  }
  const lock = readOrNote(repoDir, config.cargoLock, 'nothing to update')
  if (typeof lock !== 'string') return lock
  if (input.lockfile === 'workspace') {
    const updated = updateCargoLock(lock, oldVersion, version.version)
    const reason = `workspace members ${oldVersion} -> ${version.version}: ${updated.packages.join(', ')}`
    return { files: [{ path: config.cargoLock, content: updated.content, reason }], notes: [] }
  }
  const cargoToml = updateCargoToml(
    requireRepoFile(repoDir, config.cargoToml, ''),
    version.version
  ).content
  const content = await generateLockfile(input, cargoToml)
  return {
    files: [{ path: config.cargoLock, content, reason: 'cargo generate-lockfile' }],
    notes: []
  }
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

/** The file's content; else, the edits of none with a note that the repository has none (a normal case). */
function readOrNote(repoDir: string, path: string, consequence: string): string | Edits {
  const content = readRepoFile(repoDir, path)
  if (content !== undefined) return content
  return {
    files: [],
    notes: [{ kind: 'info', path, message: `not in the repository; ${consequence}` }]
  }
}

function planMakefile({ repoDir, config, version }: ReleaseEditsInput): Edits {
  const makefile = readOrNote(repoDir, config.examplesMakefile, 'nothing to update')
  if (typeof makefile !== 'string') return makefile
  const updated = updateExamplesMakefile(makefile, version.version)
  const reason = `VERSION ${updated.oldVersion ?? '?'} -> ${version.version}`
  return { files: [{ path: config.examplesMakefile, content: updated.content, reason }], notes: [] }
}

function planExamples({ repoDir, config, version }: ReleaseEditsInput, paths: string[]): Edits {
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
  return {
    files: planned.files.map((file) => ({ ...file, path: prefix + file.path })),
    notes: planned.notes.map((note) => ({
      ...note,
      path: note.path ? prefix + note.path : note.path
    }))
  }
}

function planDispatchers({ repoDir, config, version }: ReleaseEditsInput): Edits {
  const source = readOrNote(repoDir, config.dispatcherSource, 'no dispatcher images to pin')
  if (typeof source !== 'string') return source
  const updated = updateDispatcherImages(source, config.dispatcherImages, version.tag)
  const reason = `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`
  return {
    files: [{ path: config.dispatcherSource, content: updated.content, reason }],
    notes: updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource }))
  }
}
