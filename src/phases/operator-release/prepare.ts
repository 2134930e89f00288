import { type OperatorConfig, loadOperatorConfig } from '../../release/config.js'
import { InputError, ReleaseError } from '../../release/errors.js'
import { type Git } from '../../effects/git.js'
import { type GitHubClient } from '../../effects/github/client.js'
import {
  type FileChange,
  type FileEdit,
  FileEdits,
  readRepoFile,
  requireRepoFile
} from '../../release/files.js'
import { type Edits, type PlanNote, joinEdits } from '../../release/plan.js'
import { planDocRules } from '../../steps/doc-edits.js'
import { findVersionSource, setVersion } from '../../steps/operator-version.js'
import {
  type PreparedRelease,
  type ReleaseBranchSettings,
  type ReleaseEdits,
  type ReleaseTree,
  prepareReleaseBranch
} from '../../steps/prepared-release.js'
import { releaseBranch } from '../../steps/release-branch.js'
import { updateContainerfileLabels } from '../../updaters/operator-containerfile.js'
import {
  csvMismatches,
  readCsvIdentity,
  sameIgnoringCreatedAt
} from '../../updaters/operator-csv.js'
import { escapeRegExp } from '../../release/text.js'
import {
  type ReleaseVersion,
  assertNotBehindTree,
  compareVersions,
  isPrerelease,
  tryParseVersion
} from '../../release/version.js'
import { type GenerationStep, generateInWorktree } from './generate.js'
import { type Progress } from '../../release/progress.js'

export interface OperatorPrepareSettings extends ReleaseBranchSettings {
  /** The bpfman repository's API, for the gate: bpfman vX.Y.Z must be released first. */
  bpfman: GitHubClient | undefined
  /** The bundle command as an argument array; undefined skips it (the local CLI's --skip-bundle). */
  bundleCommand: string[] | undefined
  /** Leave go.mod alone (the local CLI's --skip-go). */
  skipGo: boolean
}

/** Computes every edit and step of a bpfman-operator release; changes nothing in the checkout. */
export function planOperatorPrepare(
  inputs: OperatorPrepareSettings,
  progress?: Progress
): Promise<PreparedRelease> {
  return prepareReleaseBranch(inputs, {
    phase: 'operator-release prepare',
    project: 'bpfman-operator',
    afterMerge:
      'tag-release verifies the merged tree and tags the merge commit; then operator-release (stage catalogs) opens the community catalog pull requests.',
    changeLines: summarizedPaths,
    config: (treeDir) => loadOperatorConfig(treeDir, inputs.configFile),
    edits: (tree, config) => operatorEdits(tree, config, inputs, progress)
  })
}

/**
 * The operator's edits of its release tree: the version; for a final, also
 * go.mod on the bpfman release and the bundle (generated in a worktree), the
 * Containerfile labels and the documentation links.
 */
async function operatorEdits(
  tree: ReleaseTree,
  config: OperatorConfig,
  inputs: OperatorPrepareSettings,
  progress: Progress | undefined
): Promise<ReleaseEdits> {
  const { version, checkout, previous, base } = tree.release
  const source = findVersionSource(tree.dir, config)
  assertNotBehindTree(version, source, base, checkout.tags)
  const gate = await bpfmanGate(inputs, version)

  if (source.version === version.version) {
    throw new InputError(
      'version',
      `${source.path} on ${base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`
    )
  }
  const versionWrite: FileEdit = {
    path: source.path,
    content: setVersion(source, version.version),
    reason: `version ${source.version} -> ${version.version}`
  }
  const rest = isPrerelease(version)
    ? { files: [], notes: candidateNotes(tree.dir, config, gate.tag) }
    : joinEdits(
        await planGenerated({
          inputs,
          repoDir: tree.dir,
          config,
          version,
          git: checkout.git,
          baseCommit: tree.commit,
          versionWrite,
          existing: await existingBranchReader(checkout.git, inputs.remote, releaseBranch(version)),
          progress
        }),
        {
          files: [
            ...planLabels(tree.dir, config, version, tree.tracked),
            ...planDocRules(tree.dir, config.docRules, previous, version, 'link(s)')
          ],
          notes: []
        }
      )
  const { files, notes } = joinEdits({ files: [versionWrite], notes: gate.notes }, rest)
  return { files: new FileEdits(tree.dir).add(files), notes, previousVersion: previous?.version }
}

/** A release candidate's notes: only the version changes; go.mod stays where it is. */
function candidateNotes(
  repoDir: string,
  config: OperatorConfig,
  gate: string | undefined
): PlanNote[] {
  const goMod = readRepoFile(repoDir, 'go.mod')
  const required = goMod === undefined ? undefined : bpfmanRequirement(goMod, config)
  return [
    {
      kind: 'skipped',
      message:
        'release candidate: only the version changes (bundle, Containerfile labels, README links and go.mod stay, as the process says)'
    },
    ...(required
      ? [
          {
            kind: 'info' as const,
            path: 'go.mod',
            message: `stays on ${config.bpfmanModule} ${required}${gate ? `; the release candidate is gated on bpfman ${gate}` : ''}`
          }
        ]
      : [])
  ]
}

/**
 * The gate: the bpfman release the operator release builds on must be
 * published. A final needs bpfman's release of the same version; a release
 * candidate the same version when bpfman has it, else bpfman's newest
 * published release candidate of the same X.Y.Z (one bpfman rc may serve
 * several operator rcs). Returns the tag it found (undefined offline), and its note.
 */
async function bpfmanGate(
  inputs: OperatorPrepareSettings,
  version: ReleaseVersion
): Promise<{ tag: string | undefined; notes: PlanNote[] }> {
  const github = inputs.offline ? undefined : inputs.bpfman
  const core = `${version.major}.${version.minor}.${version.patch}`
  if (!github) {
    const message = `offline: not checked that bpfman ${version.tag} is released${isPrerelease(version) ? ` (or another release candidate of ${core})` : ''}; release bpfman first`
    return { tag: undefined, notes: [{ kind: 'warning', message }] }
  }
  const releases = await github.releases.list()
  const same = releases.find((release) => release.tagName === version.tag)
  if (same && !same.draft) {
    const message = `bpfman ${version.tag} is released: ${same.url}`
    return { tag: version.tag, notes: [{ kind: 'info', message }] }
  }
  if (isPrerelease(version)) {
    const candidate = releases
      .filter((release) => !release.draft)
      .map((release) => ({ release, parsed: tryParseVersion(release.tagName) }))
      .filter(
        (found): found is { release: (typeof releases)[number]; parsed: ReleaseVersion } =>
          found.parsed !== undefined &&
          found.parsed.rc !== undefined &&
          found.parsed.major === version.major &&
          found.parsed.minor === version.minor &&
          found.parsed.patch === version.patch
      )
      .sort((a, b) => compareVersions(a.parsed, b.parsed))
      .pop()
    if (candidate) {
      const message = `bpfman ${version.tag} is not released; its newest release candidate of ${core} is: ${candidate.parsed.tag} (${candidate.release.url}), which this release candidate builds on`
      return { tag: candidate.parsed.tag, notes: [{ kind: 'info', message }] }
    }
    throw new InputError(
      'version',
      `bpfman has released neither ${version.tag} nor another release candidate of ${core} in ${github.name}${same ? ` (the release of ${version.tag} is still a draft)` : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`
    )
  }
  throw new InputError(
    'version',
    `bpfman ${version.tag} is not released in ${github.name}${same ? ' (its GitHub release is still a draft)' : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`
  )
}

/** The version of bpfman's Go module that go.mod requires, or undefined. */
function bpfmanRequirement(goMod: string, config: OperatorConfig): string | undefined {
  return new RegExp(
    `^\\s*(?:require\\s+)?${escapeRegExp(config.bpfmanModule)}\\s+(v\\S+)`,
    'm'
  ).exec(goMod)?.[1]
}

/**
 * Reads a file from the release branch a previous run pushed (or committed
 * locally), so that a rerun keeps that run's bundle when only createdAt differs.
 */
async function existingBranchReader(
  git: Git,
  remote: string | undefined,
  branch: string
): Promise<(path: string) => Promise<string | undefined>> {
  let ref: string | undefined
  if (remote && (await git.lsRemoteBranch(remote, branch))) {
    await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`])
    ref = `refs/remotes/${remote}/${branch}`
  } else if (await git.revParse(`refs/heads/${branch}`)) {
    ref = `refs/heads/${branch}`
  }
  return async (path) => (ref ? git.readBlob(ref, path) : undefined)
}

interface GeneratedRequest {
  inputs: OperatorPrepareSettings
  /** The tree the release is read from: the checkout, or a patch release's worktree at its last pick. */
  repoDir: string
  config: OperatorConfig
  version: ReleaseVersion
  git: Git
  baseCommit: string
  /** The version edit, written into the worktree before the commands run. */
  versionWrite: FileEdit
  /** Reads a file of the release branch an earlier run made. */
  existing: (path: string) => Promise<string | undefined>
  progress: Progress | undefined
}

/** go.mod on the bpfman release and `make bundle`, run in a throwaway worktree with the new version. */
async function planGenerated(request: GeneratedRequest): Promise<Edits> {
  const { inputs, repoDir, config, version, git, baseCommit, versionWrite, existing, progress } =
    request
  const steps: GenerationStep[] = []
  const go = goStep(repoDir, config, version, inputs.skipGo)
  const notes = [...go.notes]
  if (go.step) steps.push(go.step)
  const bundle = inputs.bundleCommand
  if (bundle) {
    steps.push({
      label: bundle.join(' '),
      commands: [{ command: bundle[0], args: bundle.slice(1) }]
    })
  } else {
    notes.push({
      kind: 'skipped',
      path: `${config.bundleDir}/`,
      message: `--skip-bundle: ${config.bundleDir}/ is not regenerated and still describes the previous version; run make bundle before the pull request merges (the action never skips it)`
    })
  }
  if (steps.length === 0) return { files: [], notes }
  const generated = await generateInWorktree(
    git,
    baseCommit,
    [versionWrite],
    steps,
    (treeDir) => {
      if (!bundle) return
      const csv = readRepoFile(treeDir, config.csvPath)
      if (csv === undefined) {
        throw new ReleaseError(
          `${bundle.join(' ')} did not write ${config.csvPath}; check the bundle command (bundle-command) and the Makefile's bundle target`
        )
      }
      const problems = csvMismatches(
        readCsvIdentity(csv, config.csvPath),
        config.packageName,
        version.version
      )
      if (problems.length > 0) {
        throw new ReleaseError(
          `${bundle.join(' ')} wrote a CSV that is not for ${version.version}: ${config.csvPath}: ${problems.join('; ')}. Check that the bundle target uses the VERSION the release sets; nothing was changed`
        )
      }
    },
    progress
  )
  const files: FileEdit[] = []
  for (const [path, file] of generated.files) {
    const base = readRepoFile(repoDir, path)
    const previousRun = await existing(path)
    // make bundle writes a new createdAt every time: keep the one already there when nothing else differs.
    const kept = [previousRun, base].find(
      (candidate) =>
        candidate !== undefined &&
        candidate !== file.content &&
        sameIgnoringCreatedAt(candidate, file.content)
    )
    files.push({ path, content: kept ?? file.content, reason: file.reason })
  }
  for (const path of generated.deleted) {
    notes.push({
      kind: 'warning',
      path,
      message:
        'deleted by the generation steps; a release commit cannot delete files: remove it in the pull request by hand'
    })
  }
  return { files, notes }
}

function goStep(
  repoDir: string,
  config: OperatorConfig,
  version: ReleaseVersion,
  skip: boolean
): { step?: GenerationStep; notes: PlanNote[] } {
  const noStep = (kind: PlanNote['kind'], message: string): { notes: PlanNote[] } => ({
    notes: [{ kind, path: 'go.mod', message }]
  })
  const goMod = readRepoFile(repoDir, 'go.mod')
  if (goMod === undefined)
    return noStep('info', 'not in the repository; no Go requirement to update')
  const required = bpfmanRequirement(goMod, config)
  if (!required) return noStep('info', `does not require ${config.bpfmanModule}; nothing to update`)
  if (required === version.tag)
    return noStep('info', `already requires ${config.bpfmanModule} ${version.tag}`)
  const vendor = readRepoFile(repoDir, 'vendor/modules.txt') !== undefined
  const commands = [
    { command: 'go', args: ['get', `${config.bpfmanModule}@${version.tag}`] },
    { command: 'go', args: ['mod', 'tidy'] },
    ...(vendor ? [{ command: 'go', args: ['mod', 'vendor'] }] : [])
  ]
  const label = commands.map((c) => `go ${c.args.join(' ')}`).join(', ')
  if (skip) {
    return noStep(
      'skipped',
      `--skip-go: still requires ${config.bpfmanModule} ${required}; run ${label} (the action never skips it)`
    )
  }
  return {
    step: { label: `${config.bpfmanModule} ${required} -> ${version.tag}: ${label}`, commands },
    notes: []
  }
}

/** `Containerfile.*.openshift` as a pattern: `*` matches within one path segment. */
function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`)
}

function planLabels(
  repoDir: string,
  config: OperatorConfig,
  version: ReleaseVersion,
  tracked: readonly string[]
): FileEdit[] {
  const pattern = globRegExp(config.containerfilePattern)
  return tracked
    .filter((file) => pattern.test(file))
    .map((path) => {
      const updated = updateContainerfileLabels(
        requireRepoFile(repoDir, path, 'it is listed in the tree'),
        version.version
      )
      return { path, content: updated.content, reason: `LABEL ${updated.changed.join(', ')}` }
    })
}

/** One line per file, except vendored files, which are counted (a new bpfman can touch many). */
function summarizedPaths(files: FileChange[]): string[] {
  const vendored = files.filter(
    (file) => file.path.startsWith('vendor/') && file.path !== 'vendor/modules.txt'
  )
  const lines = files
    .filter((file) => !vendored.includes(file))
    .map((file) => `${file.path}: ${file.reason}`)
  if (vendored.length > 0)
    lines.push(`vendor/: ${vendored.length} vendored file(s) (${vendored[0].reason})`)
  return lines
}
