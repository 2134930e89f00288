import { runEnvironment } from '../environment.js'
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ReportRun } from '../cli-command.js'
import { GitHubClient, createOctokit, parseRepository } from '../effects/github/client.js'
import { repositoryAt } from '../effects/repositories.js'
import { repositoryFromRemoteUrl, repositoryName } from '../effects/github/repository.js'
import { BPFMAN_PRESET } from '../release/config.js'
import { EXIT_FAILED, EXIT_OK, InputError, ReleaseError } from '../release/errors.js'
import {
  type CheckoutFiles,
  type DoctorItem,
  type OnlineFacts,
  type RepositoryKind,
  type Templates,
  doctorItems
} from './checks.js'

/** Reads a file under `dir` when it is a plain file there (never a link out of the checkout). */
function readIn(dir: string, path: string): string | undefined {
  const full = join(dir, path)
  return isPlain(full, 'file') ? readFileSync(full, 'utf8') : undefined
}

/** Whether `path` is a file (or folder) itself, not a symbolic link to one. */
function isPlain(path: string, kind: 'file' | 'directory'): boolean {
  const stat = lstatSync(path, { throwIfNoEntry: false })
  return kind === 'file' ? stat?.isFile() === true : stat?.isDirectory() === true
}

/** The checkout's workflow files, its mergify rules and what kind of repository it is. */
export function readCheckout(dir: string, kind?: RepositoryKind): CheckoutFiles {
  const folder = join(dir, '.github', 'workflows')
  const workflows: Record<string, string> = {}
  if (isPlain(join(dir, '.github'), 'directory') && isPlain(folder, 'directory'))
    for (const entry of readdirSync(folder, { withFileTypes: true }))
      if (entry.isFile() && /\.ya?ml$/.test(entry.name))
        workflows[entry.name] = readFileSync(join(folder, entry.name), 'utf8')
  const goMod = readIn(dir, 'go.mod') ?? ''
  const detected: RepositoryKind | undefined =
    /module github\.com\/bpfman\/bpfman-operator\b/.test(goMod) || existsSync(join(dir, 'bundle'))
      ? 'operator'
      : /module github\.com\/bpfman\/bpfman\s/.test(goMod) || existsSync(join(dir, 'Cargo.toml'))
        ? 'bpfman'
        : undefined
  const chosen = kind ?? detected
  if (!chosen)
    throw new InputError(
      '--kind',
      `cannot tell whether ${dir} is bpfman or bpfman-operator; give --kind bpfman or --kind operator`
    )
  const lib = readIn(dir, BPFMAN_PRESET.dispatcherSource) ?? ''
  return {
    kind: chosen,
    workflows,
    mergify: readIn(dir, '.github/mergify.yml'),
    dispatchersPinned: /quay\.io\/bpfman\/(xdp|tc)-dispatcher:v\d/.test(lib)
  }
}

/**
 * The templates folder of this release-actions: beside the code, found by
 * walking up from this module (src/doctor/ from source, dist/cli/ in the
 * bundle). A walk, not a fixed `new URL('../../templates/', ...)`: the
 * bundler rewrites that pattern into an asset it does not copy.
 */
function templatesRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'templates')
    if (isPlain(join(candidate, 'bpfman'), 'directory')) return candidate
    const parent = dirname(dir)
    if (parent === dir)
      throw new ReleaseError(
        `no templates/ folder above ${fileURLToPath(import.meta.url)}; run the CLI from a release-actions checkout or its dist/`
      )
    dir = parent
  }
}

/** This version's templates for a kind of repository (templates/bpfman/ or templates/bpfman-operator/). */
export function readTemplates(kind: RepositoryKind): Templates {
  const dir = join(templatesRoot(), kind === 'bpfman' ? 'bpfman' : 'bpfman-operator')
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yml'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')])
  )
}

/**
 * The repository's settings as the doctor needs them. The token needs read
 * access to the repository's administration (Actions permissions, branch
 * protection), secrets and variables: GitHub's fine-grained permissions of
 * those names, or a classic token's `repo` scope of a collaborator.
 */
export async function readOnlineFacts(github: GitHubClient): Promise<OnlineFacts> {
  const { octokit, ref } = github
  const branch = (await github.repos.info())?.defaultBranch ?? 'main'
  const [permissions, secrets, variables, labels, protection, rules] = await Promise.all([
    octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...ref }),
    octokit.paginate(octokit.rest.actions.listRepoSecrets, { ...ref, per_page: 100 }),
    octokit.paginate(octokit.rest.actions.listRepoVariables, { ...ref, per_page: 30 }),
    octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...ref, per_page: 100 }),
    octokit.rest.repos.getStatusChecksProtection({ ...ref, branch }).then(
      ({ data }) => data.contexts,
      (error: unknown) => {
        // 404: the branch has no classic protection (rulesets or mergify may still require checks).
        if ((error as { status?: number }).status === 404) return []
        throw error
      }
    ),
    octokit.paginate(octokit.rest.repos.getBranchRules, { ...ref, branch, per_page: 100 })
  ])
  const fromRulesets = rules.flatMap((rule) =>
    rule.type === 'required_status_checks'
      ? (rule.parameters?.required_status_checks.map((check) => check.context) ?? [])
      : []
  )
  return {
    canCreatePullRequests: permissions.data.can_approve_pull_request_reviews,
    secrets: secrets.map((secret) => secret.name),
    variables: variables.map((variable) => variable.name),
    labels: labels.map((label) => label.name),
    requiredChecks: [...new Set([...protection, ...fromRulesets])]
  }
}

export function doctorText(items: readonly DoctorItem[]): string {
  const out: string[] = []
  for (const item of items) {
    out.push(`${item.status.padEnd(8)}${item.title}: ${item.detail}`)
    if (item.fix) out.push(...item.fix.split('\n').map((line) => `        ${line}`))
  }
  const failed = items.filter((item) => item.status === 'fail').length
  out.push('', failed === 0 ? 'Everything the chain needs is in place.' : `${failed} to fix.`)
  return out.join('\n')
}

/** `bpfman-release doctor`: the items, pass / fail with their fixes; exit 1 when one fails. */
export async function runDoctor(run: ReportRun): Promise<number> {
  const { values } = run
  const dir = resolve(typeof values.repo === 'string' ? values.repo : '.')
  if (!existsSync(dir)) throw new InputError('--repo', `${dir} does not exist; give the checkout`)
  const kindText = typeof values.kind === 'string' ? values.kind : ''
  if (kindText && kindText !== 'bpfman' && kindText !== 'operator')
    throw new InputError('--kind', `"${kindText}" is not bpfman or operator`)
  const files = readCheckout(dir, (kindText || undefined) as RepositoryKind | undefined)
  let online: OnlineFacts | undefined
  if (values.online === true) {
    const token = run.env.GITHUB_TOKEN || run.env.GH_TOKEN
    if (!token)
      throw new InputError(
        'GITHUB_TOKEN',
        'not set; --online reads the repository settings with it'
      )
    const given = typeof values['github-repo'] === 'string' ? values['github-repo'] : ''
    const url = given ? undefined : await repositoryAt(dir).remoteUrl('origin')
    const repo = given
      ? parseRepository(given, '--github-repo')
      : url
        ? repositoryFromRemoteUrl(url)
        : undefined
    if (!repo)
      throw new InputError(
        '--github-repo',
        'the checkout has no GitHub origin; give --github-repo OWNER/NAME'
      )
    const octokit = createOctokit(token, {
      baseUrl: runEnvironment(run.env).apiUrl,
      inputs: { repositories: { [repositoryName(repo)]: '--github-repo' }, token: 'GITHUB_TOKEN' }
    })
    online = await readOnlineFacts(new GitHubClient(octokit, repo))
  }
  const items = doctorItems(files, readTemplates(files.kind), online)
  run.print(values.json === true ? JSON.stringify(items, null, 2) : doctorText(items))
  return items.some((item) => item.status === 'fail') ? EXIT_FAILED : EXIT_OK
}
