import { changelogPath, placeholderReason } from '../../release/changelog.js'
import { loadBpfmanConfig, loadOperatorConfig } from '../../release/config.js'
import { ReleaseError } from '../../release/errors.js'
import { type Git } from '../../effects/git.js'
import { FileEdits, readRepoFile } from '../../release/files.js'
import { InputError } from '../../release/errors.js'
import { type ReleaseVersion, isPrerelease } from '../../release/version.js'
import { planReleaseEdits } from '../../steps/bpfman-edits.js'
import { findVersionSource } from '../../steps/operator-version.js'
import { csvMismatches, readCsvIdentity } from '../../updaters/operator-csv.js'
import { type RepoKind } from './choices.js'

const MAKEFILE_VERSION = /^\uFEFF?VERSION\s*\?=/m

/** bpfman has a Cargo workspace version; the operator a VERSION file or a Makefile `VERSION ?=`. */
export function detectRepoKind(treeDir: string): RepoKind {
  const cargo = readRepoFile(treeDir, 'Cargo.toml')
  if (cargo !== undefined && /^\s*\[workspace\.package\]/m.test(cargo)) return 'bpfman'
  if (readRepoFile(treeDir, 'VERSION') !== undefined) return 'operator'
  if (MAKEFILE_VERSION.test(readRepoFile(treeDir, 'Makefile') ?? '')) return 'operator'
  throw new InputError(
    'kind',
    'cannot tell the kind of repository: no Cargo.toml with [workspace.package], no VERSION file, no Makefile with "VERSION ?="; set kind to bpfman or operator'
  )
}

export interface TreeCheck {
  /** A checkout of the commit being released. */
  treeDir: string
  git: Git
  commit: string
  version: ReleaseVersion
  previous: ReleaseVersion | undefined
  configFile?: string
}

export interface TreeVerification {
  kind: RepoKind
  changelogPath: string
  changelog: string
  /** What was found at the version, for the plan's notes. */
  checked: string[]
}

interface KindResult {
  changelogDir: string
  problems: string[]
  checked: string[]
}

type KindVerifier = (check: TreeCheck) => Promise<KindResult>

/** bpfman: every file prepare-release edits is at the version (its updaters plan no edit). */
async function verifyBpfman(check: TreeCheck): Promise<KindResult> {
  const config = loadBpfmanConfig(check.treeDir, check.configFile)
  const planned = await planReleaseEdits({
    repoDir: check.treeDir,
    config,
    version: check.version,
    previous: check.previous,
    lockfile: 'workspace',
    git: check.git,
    baseCommit: check.commit,
    tracked: (await check.git.filesAt(check.commit)).map((entry) => entry.name)
  })
  const problems = new FileEdits(check.treeDir)
    .add(planned.files)
    .changes()
    .map(
      (change) =>
        `${change.path} is not at ${check.version.version}: prepare-release would change it (${change.reason})`
    )
  return {
    changelogDir: config.changelogDir,
    problems,
    checked: [`${config.cargoToml} and the files prepare-release edits`]
  }
}

/** bpfman-operator: the version source (VERSION file, else Makefile `VERSION ?=`) and the bundle CSV. */
async function verifyOperator(check: TreeCheck): Promise<KindResult> {
  const { treeDir, version } = check
  const config = loadOperatorConfig(treeDir, check.configFile)
  const problems: string[] = []
  const checked: string[] = []
  const source = findVersionSource(treeDir, config)
  const where = source.kind === 'makefile' ? `${source.path} (VERSION ?=)` : source.path
  if (source.version !== version.version) {
    problems.push(`${where} holds ${source.version}, not ${version.version}`)
  } else checked.push(where)
  // A release candidate keeps the bundle of the last release: prepare changes only the version.
  const csv = isPrerelease(version) ? undefined : readRepoFile(treeDir, config.csvPath)
  if (csv !== undefined) {
    const mismatches = csvMismatches(
      readCsvIdentity(csv, config.csvPath),
      config.packageName,
      version.version
    )
    if (mismatches.length > 0) {
      problems.push(`${config.csvPath}: ${mismatches.join('; ')}; run make bundle`)
    } else checked.push(config.csvPath)
  }
  return { changelogDir: config.changelogDir, problems, checked }
}

const VERIFIERS: Record<RepoKind, KindVerifier> = { bpfman: verifyBpfman, operator: verifyOperator }

/**
 * Checks that a tree is ready to be released as `version`: the changelog is
 * there and written, and every versioned file says the version. All problems
 * are reported at once; any problem means no tag.
 */
export async function verifyReleaseTree(
  check: TreeCheck,
  kind: RepoKind | 'auto'
): Promise<TreeVerification> {
  const chosen = kind === 'auto' ? detectRepoKind(check.treeDir) : kind
  const result = await VERIFIERS[chosen](check)
  const path = changelogPath(result.changelogDir, check.version)
  const changelog = readRepoFile(check.treeDir, path)
  const problems = [...result.problems]
  if (changelog === undefined) {
    problems.unshift(`${path} does not exist`)
  } else {
    const placeholder = placeholderReason(changelog)
    if (placeholder) problems.unshift(`${path} is not written yet: ${placeholder}`)
  }
  if (problems.length > 0) {
    throw new ReleaseError(
      `the tree at ${check.commit.slice(0, 12)} is not ready to be released as ${check.version.tag} (${chosen} repository):\n  - ${problems.join('\n  - ')}\nFix it with a pull request to the base branch, then rerun; nothing was tagged`
    )
  }
  return {
    kind: chosen,
    changelogPath: path,
    changelog: changelog as string,
    checked: [path, ...result.checked]
  }
}
