import { type FileChange } from '../../release/files.js'
import { catalogBranch } from '../../release/branches.js'
import { type OperatorConfig, loadOperatorConfig } from '../../release/config.js'
import { InputError, ReleaseError } from '../../release/errors.js'
import { type Git, type Identity } from '../../effects/git.js'
import {
  GitHubClient,
  type Octokit,
  type RepoRef,
  isStatus,
  parseRepository,
  repositoryName
} from '../../effects/github/client.js'
import { commitMessage } from '../../release/identity.js'
import { type AnyOperation, type Operation, type Plan, type PlanNote } from '../../release/plan.js'
import { openRepository } from '../../steps/checkout.js'
import { type PullRef, pullOutcome, pushWithLease } from '../../steps/release-branch.js'
import { requireReleased } from '../../steps/released-upstream.js'
import { awaitTagRuns } from '../../steps/tag-runs.js'
import { tagWorkflowsIn, workflowsAt } from '../../steps/tree-workflows.js'
import {
  OPENSHIFT_VERSIONS_ANNOTATION,
  readAnnotations
} from '../../updaters/operator-annotations.js'
import {
  type ReleaseVersion,
  compareVersions,
  isPrerelease,
  releaseTags
} from '../../release/version.js'
import {
  ANNOTATIONS_FILE,
  catalogBundle,
  catalogFolder,
  lintCatalogBundle
} from './catalog-bundle.js'
import { CatalogWorkspace } from './catalog-workspace.js'

export interface CatalogsInputs {
  /** The bpfman-operator checkout; the bundle is read from its tag vX.Y.Z. */
  repoDir: string
  version: ReleaseVersion
  /** owner/name of the operator repository. */
  repository: string
  /** The operator's remote to fetch the tag from; undefined reads local tags only. */
  remote: string | undefined
  /** Open the pull requests; false plans the files only (no catalog is fetched, nothing is pushed). */
  push: boolean
  /**
   * Why the catalogs are not fetched when `push` is (a dry run without the
   * catalog token): the plan says what it could not check. Undefined: --no-push.
   */
  notFetched?: string
  /** The operator release cannot be checked; the plan says so. */
  offline: boolean
  /** The operator repository's API, for the gate: the release vX.Y.Z must be published. */
  github: GitHubClient | undefined
  /** The API as the bot account that forks the catalogs and opens the pull requests. */
  catalogOctokit: Octokit | undefined
  /** The token of that account, for git over https. */
  catalogToken: string | undefined
  /** Where the catalogs' git repositories live: https://github.com (GITHUB_SERVER_URL). */
  gitServerUrl: string
  /** `com.redhat.openshift.versions` for the OpenShift catalog; empty takes the previous version's. */
  openshiftVersions: string | undefined
  /** Author and sign-off of the catalog commits; default: the bot account (login, noreply email). */
  identity?: Identity
  /** Where the scratch catalog repositories are kept: bpfman-release-catalogs in the run's temp folder. */
  workDir: string
  configFile?: string
  /** How long to wait for a new fork to appear (GitHub creates forks asynchronously). */
  forkTimeoutMs?: number
  /** The runs the tag started (the images, the release), waited for before anything else. */
  tagRuns: {
    seconds: number
    dryRun: boolean
    /** The run the stage is in, not waited for. */
    own: { id: number; workflow: string } | undefined
  }
}

export interface CatalogOutcome {
  repository: string
  folder: string
  branch: string
  /** `in-catalog`: the catalog already holds exactly these files; no pull request is needed. */
  status: 'planned' | 'in-catalog' | 'not-fetched'
  /** The operations whose products the report reads, when a pull request is planned. */
  steps?: CatalogSteps
}

export interface CatalogSteps {
  fork: Operation<RepoRef>
  commit: Operation<CatalogCommit>
  pull: Operation<PullRef>
}

/** The commit the pull request carries, and the fork branch's tip it was decided against. */
export interface CatalogCommit {
  commit: string
  remoteTip: string | undefined
}

export interface CatalogsResult {
  plan: Plan
  version: ReleaseVersion
  catalogs: CatalogOutcome[]
}

export { catalogBranch }

export function catalogTitle(packageName: string, version: ReleaseVersion): string {
  return `operator ${packageName} (${version.version})`
}

/** The released bundle: every file under the bundle folder at the tag, relative to it. */
async function releasedBundle(
  git: Git,
  tag: string,
  bundleDir: string
): Promise<Map<string, string>> {
  const entries = (await git.filesAt(tag)).filter((entry) => entry.name.startsWith(`${bundleDir}/`))
  // A link would reach the catalog as a file holding its target: refused, named.
  const link = entries.find((entry) => entry.mode === '120000')
  if (link) {
    throw new InputError(
      link.name,
      `is a symbolic link at ${tag}; a catalog gets the bundle's regular files only: replace it with the file it points to in ${bundleDir}/ and release again`
    )
  }
  const names = entries.map((entry) => entry.name)
  if (names.length === 0)
    throw new InputError(
      'version',
      `${tag} has no ${bundleDir}/ folder; the catalogs are made from the released bundle`
    )
  const files = new Map<string, string>()
  for (const name of names)
    files.set(name.slice(bundleDir.length + 1), (await git.readBlob(tag, name)) as string)
  return files
}

/** After the operator release: one pull request per community catalog, from the bot account's fork. */
export async function planOperatorCatalogs(inputs: CatalogsInputs): Promise<CatalogsResult> {
  const { version } = inputs
  const config = loadOperatorConfig(inputs.repoDir, inputs.configFile)
  if (inputs.push && !inputs.catalogOctokit) {
    throw new InputError(
      'catalog-token',
      'is required to fork the catalogs and open the pull requests; give a token of the bot account'
    )
  }
  const git = await openRepository(inputs.repoDir)
  if (inputs.remote) await git.fetchTags(inputs.remote)
  if (!(await git.revParse(`refs/tags/${version.tag}`))) {
    throw new InputError(
      'version',
      `tag ${version.tag} not found in ${inputs.repository}; the catalogs take the released bundle: release the operator first`
    )
  }
  if (isPrerelease(version)) {
    const plan: Plan = {
      phase: 'operator-release catalogs',
      repository: config.catalogs.join(', '),
      version: version.version,
      files: [],
      operations: [],
      notes: [
        {
          kind: 'skipped',
          message: `release candidate: the catalogs take final releases only, so ${version.tag} gets no catalog pull request (its bundle still describes the last release)`
        }
      ]
    }
    return { plan, version, catalogs: [] }
  }
  const ran: PlanNote[] = []
  if (!inputs.offline && inputs.github) {
    const tag = await git.revParse(`refs/tags/${version.tag}`)
    const found = tagWorkflowsIn(await workflowsAt(git, tag as string), version.tag)
    ran.push(
      ...found.notes,
      ...(
        await awaitTagRuns({
          github: inputs.github,
          tag: version.tag,
          workflows: found.workflows,
          ...inputs.tagRuns
        })
      ).notes
    )
  }
  const gate = await requireReleased(
    {
      github: inputs.offline ? undefined : inputs.github,
      offlineNote: `offline: not checked that the ${inputs.repository} ${version.tag} release is published`,
      refusal: (draft) =>
        `the ${inputs.repository} ${version.tag} release is not published${draft ? ' (it is still a draft)' : ''}; the catalogs come after the operator release. Publish it first, then rerun`
    },
    version
  )
  const notes: PlanNote[] = [...ran, ...gate.notes]
  const bundle = await releasedBundle(git, `refs/tags/${version.tag}`, config.bundleDir)

  const folder = catalogFolder(config.packageName, version)
  const branch = catalogBranch(config.packageName, version)
  const files: FileChange[] = []
  const operations: AnyOperation[] = []
  const catalogs: CatalogOutcome[] = []
  const bot = inputs.push ? await botAccount(inputs.catalogOctokit as Octokit) : undefined
  const identity =
    inputs.identity ??
    (bot
      ? { name: bot.login, email: `${bot.id}+${bot.login}@users.noreply.github.com` }
      : undefined)

  for (const repository of config.catalogs) {
    const outcome: CatalogOutcome = { repository, folder, branch, status: 'not-fetched' }
    catalogs.push(outcome)
    const fetched = inputs.push ? await fetchCatalog(inputs, repository) : undefined
    const openshift = config.openshiftCatalogs.includes(repository)
      ? await openshiftVersionsFor(inputs, repository, fetched, config, version)
      : undefined
    notes.push(...(openshift?.notes ?? []))
    const copy = catalogBundle({
      bundle,
      version,
      packageName: config.packageName,
      imageRepositories: config.imageRepositories,
      openshiftVersions: openshift?.versions
    })
    const problems = lintCatalogBundle(folder, copy.files, config.packageName)
    if (problems.length > 0) {
      throw new ReleaseError(
        `the catalog copy for ${repository} fails the catalog checks; nothing was pushed:\n  - ${problems.join('\n  - ')}`
      )
    }
    const where = `${repository}/${folder}`
    notes.push(
      ...copy.notes.map((note) => ({
        ...note,
        path: note.path ? `${where}/${note.path}` : undefined
      }))
    )
    const existing = fetched ? await fetched.workspace.readFolder(fetched.tip, folder) : undefined
    const changed = [...copy.files].filter(([path, content]) => existing?.get(path) !== content)
    if (existing && changed.length === 0) {
      outcome.status = 'in-catalog'
      notes.push({
        kind: 'info',
        path: where,
        message: `${fetched?.defaultBranch} already holds this bundle; no pull request needed`
      })
      continue
    }
    const reason = [`from ${config.bundleDir}/ at ${version.tag}`, ...copy.changes].join('; ')
    files.push(
      ...changed.map(([path, after]) => ({
        path: `${where}/${path}`,
        before: existing?.get(path) ?? null,
        after,
        reason
      }))
    )
    if (existing) {
      notes.push({
        kind: 'warning',
        path: where,
        message: `exists in ${fetched?.defaultBranch} with other content; the pull request changes a published bundle`
      })
      for (const path of existing.keys()) {
        if (copy.files.has(path)) continue
        notes.push({
          kind: 'warning',
          path: `${where}/${path}`,
          message: 'in the catalog but not in the released bundle; kept as it is'
        })
      }
    }
    if (!fetched || !bot || !identity) continue
    outcome.status = 'planned'
    const steps = catalogOperations({
      ...fetched,
      bot: bot.login,
      folder,
      branch,
      // Files of the catalog's folder that the bundle lacks stay: the commit replaces the folder's tree.
      files: new Map([...(existing ?? []), ...copy.files]),
      title: catalogTitle(config.packageName, version),
      message: catalogCommitMessage(config, version, inputs.repository, copy.changes, identity),
      body: pullBody(config, version, inputs.repository, copy.changes, folder),
      identity,
      gitServerUrl: inputs.gitServerUrl,
      forkTimeoutMs: inputs.forkTimeoutMs ?? 60_000
    })
    outcome.steps = steps
    operations.push(steps.fork, steps.commit, steps.push, steps.pull)
  }
  if (inputs.notFetched) {
    notes.push({
      kind: 'skipped',
      message: `${inputs.notFetched}: the catalogs were not fetched, so not checked: whether they already hold ${folder}, the bot account and its forks; the files are those the pull requests would add, and the fork, commit, push and pull request steps of each catalog are planned with the token only`
    })
  } else if (!inputs.push) {
    notes.push({
      kind: 'skipped',
      message:
        '--no-push: the catalogs were not fetched; the files are those the pull requests would add, nothing is committed or pushed'
    })
  }
  const plan: Plan = {
    phase: 'operator-release catalogs',
    repository: config.catalogs.join(', '),
    version: version.version,
    files,
    operations,
    notes
  }
  return { plan, version, catalogs }
}

async function botAccount(octokit: Octokit): Promise<{ login: string; id: number }> {
  // Any repository will do for a client that only asks who the token belongs to.
  return new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman' }).repos.authenticatedUser()
}

function authFor(inputs: CatalogsInputs): { token: string; serverUrl: string } | undefined {
  return inputs.catalogToken
    ? { token: inputs.catalogToken, serverUrl: inputs.gitServerUrl }
    : undefined
}

/** `https://github.com/owner/name.git`; a file:// server (the tests) holds bare repositories the same way. */
export function gitUrl(serverUrl: string, repository: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`
}

interface FetchedCatalog {
  upstream: GitHubClient
  defaultBranch: string
  workspace: CatalogWorkspace
  /** The catalog's default branch as fetched for the plan. */
  tip: string
}

/** The catalog's API as the bot, and the tip of its default branch in the scratch repository. */
async function fetchCatalog(inputs: CatalogsInputs, repository: string): Promise<FetchedCatalog> {
  const upstream = new GitHubClient(
    inputs.catalogOctokit as Octokit,
    parseRepository(repository, 'catalogs')
  )
  const info = await upstream.repos.info()
  if (!info) {
    throw new InputError(
      'catalogs',
      `${repository} not found (or not visible to the catalog token's account)`
    )
  }
  const workspace = await CatalogWorkspace.open(inputs.workDir, repository, authFor(inputs))
  const tip = await workspace.fetchTip(
    'upstream',
    gitUrl(inputs.gitServerUrl, repository),
    info.defaultBranch
  )
  if (!tip) {
    throw new ReleaseError(
      `${repository} has no branch ${info.defaultBranch}; nothing to open a pull request against`
    )
  }
  return { upstream, defaultBranch: info.defaultBranch, workspace, tip }
}

/**
 * The input, or what the newest earlier bundle in the catalog says, so a
 * release keeps the OpenShift range of the one before; with the note that
 * says where it came from, or that it is not known.
 */
async function openshiftVersionsFor(
  inputs: CatalogsInputs,
  repository: string,
  fetched: FetchedCatalog | undefined,
  config: OperatorConfig,
  version: ReleaseVersion
): Promise<{ versions: string | undefined; notes: PlanNote[] }> {
  if (inputs.openshiftVersions) return { versions: inputs.openshiftVersions, notes: [] }
  if (!fetched && inputs.notFetched) {
    const message = `${OPENSHIFT_VERSIONS_ANNOTATION} is not in the copy shown: it follows the catalog's earlier bundles, which were not read (${inputs.notFetched}); give openshift-versions (--openshift-versions) to see it`
    return { versions: undefined, notes: [{ kind: 'warning', path: repository, message }] }
  }
  if (!fetched) {
    throw new InputError(
      'openshift-versions',
      `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} and the catalog was not fetched to follow its earlier bundles; give the OpenShift versions, e.g. v4.17`
    )
  }
  const { workspace, tip } = fetched
  const operator = `operators/${config.packageName}`
  const folders = await workspace.git.namesIn(tip, operator)
  const earlier = releaseTags(folders.map((name) => `v${name}`)).filter(
    (found) => compareVersions(found, version) < 0
  )
  for (const found of earlier.reverse()) {
    const annotations = await workspace.git.readBlob(
      tip,
      `${operator}/${found.version}/${ANNOTATIONS_FILE}`
    )
    const value = annotations
      ? readAnnotations(annotations)[OPENSHIFT_VERSIONS_ANNOTATION]
      : undefined
    if (!value) continue
    const path = `${repository}/${operator}/${found.version}`
    const message = `${OPENSHIFT_VERSIONS_ANNOTATION}: "${value}" taken from the previous bundle`
    return { versions: value, notes: [{ kind: 'info', path, message }] }
  }
  throw new InputError(
    'openshift-versions',
    `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} in ${ANNOTATIONS_FILE} and no earlier bundle there has one to follow; give the OpenShift versions, e.g. v4.17`
  )
}

interface CatalogOperationsRequest extends FetchedCatalog {
  bot: string
  folder: string
  branch: string
  files: Map<string, string>
  title: string
  message: string
  body: string
  identity: Identity
  gitServerUrl: string
  forkTimeoutMs: number
}

/**
 * Fork (or reuse the fork) and sync it, commit, push, open or update the pull
 * request; each step checks first whether it is done. A fork branch that a
 * previous run pushed with the same folder is kept, even on an older base.
 */
function catalogOperations(request: CatalogOperationsRequest): CatalogSteps & { push: Operation } {
  const { upstream, workspace, branch, defaultBranch } = request
  const forkUrl = (fork: RepoRef): string => gitUrl(request.gitServerUrl, repositoryName(fork))
  const isOurs = async (commit: string): Promise<boolean> => {
    if ((await workspace.git.subjectOf(commit)) !== request.title) return false
    const paths = await workspace.changedPaths(commit)
    return paths !== undefined && paths.every((path) => path.startsWith(`${request.folder}/`))
  }
  const fork: Operation<RepoRef> = {
    kind: 'github',
    title: `fork ${upstream.name} into ${request.bot} (or use the fork there) and sync its ${defaultBranch} with ${upstream.name}`,
    apply: async () => {
      const existing = await upstream
        .forRepository({ owner: request.bot, repo: upstream.ref.repo })
        .repos.info()
      const known = existing?.fork && existing.parent?.toLowerCase() === upstream.name.toLowerCase()
      const ref = known
        ? { owner: request.bot, repo: upstream.ref.repo }
        : await upstream.repos.createFork()
      const forkClient = upstream.forRepository(ref)
      await waitForFork(forkClient, request.forkTimeoutMs)
      let merge: string
      try {
        merge = await forkClient.repos.syncFork(defaultBranch)
      } catch (error) {
        if (isStatus(error, 409) || isStatus(error, 422)) {
          throw new ReleaseError(
            `${forkClient.name} could not be synced with ${upstream.name} (${(error as Error).message}); its ${defaultBranch} has commits of its own: reset it to ${upstream.name}'s ${defaultBranch} (or delete the fork), then rerun`
          )
        }
        throw error
      }
      const detail = `${known ? 'fork' : 'forked'} ${forkClient.name}, ${defaultBranch}: ${merge === 'none' ? 'already in sync' : merge}`
      return { status: known && merge === 'none' ? 'unchanged' : 'done', detail, value: ref }
    }
  }
  const commit: Operation<CatalogCommit> = {
    kind: 'git',
    title: `commit ${request.folder} (${request.files.size} files) on ${branch}, on the fork's ${defaultBranch}, signed off by ${request.identity.name}`,
    apply: async (products) => {
      const ref = products.of(fork)
      const folderTree = await workspace.writeFolder(request.files)
      const remoteTip = await workspace.fetchTip('fork', forkUrl(ref), branch, 2)
      if (
        remoteTip &&
        (await isOurs(remoteTip)) &&
        (await workspace.folderTree(remoteTip, request.folder)) === folderTree
      ) {
        return {
          status: 'unchanged',
          detail: `${repositoryName(ref)}:${branch} already at ${remoteTip.slice(0, 12)}`,
          value: { commit: remoteTip, remoteTip }
        }
      }
      const base = await workspace.fetchTip('fork', forkUrl(ref), defaultBranch)
      if (!base) throw new ReleaseError(`${repositoryName(ref)} has no branch ${defaultBranch}`)
      const made = await workspace.commitWithFolder(
        base,
        request.folder,
        folderTree,
        request.message,
        request.identity
      )
      return { status: 'done', detail: made.slice(0, 12), value: { commit: made, remoteTip } }
    }
  }
  const push: Operation = {
    kind: 'git',
    title: `push ${branch} to the fork`,
    apply: async (products) => {
      const ref = products.of(fork)
      const { commit: made, remoteTip } = products.of(commit)
      return pushWithLease({
        where: `${repositoryName(ref)}:${branch}`,
        made,
        remoteTip: () => workspace.remoteTip('fork', branch),
        refuseForeign: async (tip) => {
          if (tip !== remoteTip) await workspace.fetchTip('fork', forkUrl(ref), branch, 2)
          if (!(await isOurs(tip)))
            throw new InputError(
              'catalogs',
              `${repositoryName(ref)}:${branch} holds commits that operator-release did not make (tip ${tip.slice(0, 12)}); delete that branch, then rerun`
            )
        },
        push: (tip) => workspace.push('fork', made, branch, tip)
      })
    }
  }
  const pull: Operation<PullRef> = {
    kind: 'github',
    title: `open the pull request "${request.title}" ${request.bot}:${branch} -> ${defaultBranch} in ${upstream.name} (or update the open one)`,
    apply: async (products) => {
      return pullOutcome(
        await upstream.pulls.openOrUpdate({
          head: branch,
          headOwner: products.of(fork).owner,
          base: defaultBranch,
          title: request.title,
          body: request.body
        })
      )
    }
  }
  return { fork, commit, push, pull }
}

async function waitForFork(fork: GitHubClient, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await fork.repos.info()) return
    if (Date.now() > deadline)
      throw new ReleaseError(
        `the fork ${fork.name} did not appear within ${Math.round(timeoutMs / 1000)} s; rerun in a minute`
      )
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}

function catalogCommitMessage(
  config: OperatorConfig,
  version: ReleaseVersion,
  repository: string,
  changes: string[],
  identity: Identity
): string {
  return commitMessage(
    catalogTitle(config.packageName, version),
    [
      `The ${config.packageName} ${version.version} bundle, from ${config.bundleDir}/ of https://github.com/${repository} at ${version.tag}.`,
      ...changes.map((change) => `- ${change}`)
    ],
    identity
  )
}

function pullBody(
  config: OperatorConfig,
  version: ReleaseVersion,
  repository: string,
  changes: string[],
  folder: string
): string {
  return [
    `Adds \`${folder}\`: the ${config.packageName} ${version.version} bundle (manifests and metadata/annotations.yaml) from \`${config.bundleDir}/\` of https://github.com/${repository}/tree/${version.tag}, released as https://github.com/${repository}/releases/tag/${version.tag}.`,
    '',
    ...(changes.length > 0
      ? ['Changes against the released bundle:', ...changes.map((change) => `- ${change}`), '']
      : []),
    'Made by release-actions operator-release (stage catalogs).'
  ].join('\n')
}
