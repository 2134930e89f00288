import { runEnvironment } from '../environment.js'
import { type ReportRun } from '../cli-command.js'
import { COPR_PACKAGE, COPR_URL, parseCoprProject } from '../effects/copr.js'
import { CRATES_API_URL, CratesClient } from '../effects/crates.js'
import {
  GitHubClient,
  createOctokit,
  parseRepository,
  repositoryName
} from '../effects/github/client.js'
import { RegistryClient, parseImageReference } from '../effects/registry/client.js'
import { OPERATOR_PRESET } from '../release/config.js'
import { EXIT_FAILED, EXIT_OK, InputError } from '../release/errors.js'
import { parseList, parseUrl } from '../release/inputs.js'
import { BPFMAN_INSTALL_YAMLS, OPERATOR_IMAGES, PUBLISHED_IMAGES } from '../release/published.js'
import {
  type StatusRow,
  overallState,
  releaseStateMarkdown,
  statusText,
  withNextStep
} from '../release/release-state.js'
import { parseVersion } from '../release/version.js'
import { type ImageSource } from './images.js'
import { nextStep } from './next-step.js'
import { type StatusRequest, releaseRows } from './rows.js'

/** The exit code of a release still in progress. */
export const EXIT_IN_PROGRESS = 3
export const DOCS_URL = 'https://bpfman.io'

type Values = ReportRun['values']

function text(values: Values, name: string): string {
  const value = values[name]
  return typeof value === 'string' ? value.trim() : ''
}

/** The images given with --NAME ("none": no image), or the tag's workflows decide with `fallback` when they cannot. */
function imageList(values: Values, name: string, fallback: readonly string[]): ImageSource {
  const given = text(values, name)
  if (given === 'none') return []
  if (!given) return { fallback }
  const images = parseList(given)
  for (const image of images) {
    const parsed = parseImageReference(image)
    if (parsed.tag || parsed.digest)
      throw new InputError(`--${name}`, `"${image}" carries a tag or digest; list image names only`)
  }
  return images
}

/** The flags as what `releaseRows` reads: clients for both repositories, the registry and the services. */
export function statusRequest(run: ReportRun): StatusRequest {
  const { values } = run
  const [versionText, ...extra] = run.positionals
  if (!versionText || extra.length > 0)
    throw new InputError('VERSION', 'give one version: bpfman-release status 0.6.1')
  const version = parseVersion(versionText, 'VERSION')
  const token = run.env.GITHUB_TOKEN || run.env.GH_TOKEN || ''
  const repository = (name: string, fallback: string) =>
    repositoryName(parseRepository(text(values, name) || fallback, `--${name}`))
  const bpfman = repository('repo', 'bpfman/bpfman')
  const operator = repository('operator-repo', 'bpfman/bpfman-operator')
  const octokit = createOctokit(token, {
    anonymous: !token,
    // The run's environment, so that a caller in the same process (the sandbox) points it at its API.
    baseUrl: runEnvironment(run.env).apiUrl,
    inputs: {
      repositories: { [bpfman]: '--repo', [operator]: '--operator-repo' },
      token: 'GITHUB_TOKEN'
    }
  })
  const client = (name: string) => new GitHubClient(octokit, parseRepository(name))
  const registryUrl = text(values, 'registry-url')
  const docs = text(values, 'docs-url')
  const crates = text(values, 'crates')
  const coprProject = text(values, 'copr-project')
  const catalogs = text(values, 'catalogs')
  const catalogOwner = text(values, 'catalog-owner')
  return {
    version,
    bpfman: {
      github: client(bpfman),
      images: imageList(values, 'images', PUBLISHED_IMAGES),
      expectedAssets:
        text(values, 'expected-assets') === 'none'
          ? []
          : parseList(text(values, 'expected-assets') || BPFMAN_INSTALL_YAMLS.join(','))
    },
    operator: {
      github: client(operator),
      images: imageList(values, 'operator-images', OPERATOR_IMAGES),
      expectedAssets: []
    },
    registry: new RegistryClient({
      registryUrl: registryUrl ? parseUrl(registryUrl, '--registry-url') : undefined
    }),
    docsUrl: docs === 'none' ? undefined : parseUrl(docs || DOCS_URL, '--docs-url'),
    crates:
      crates && crates !== 'none'
        ? {
            client: new CratesClient(
              parseUrl(text(values, 'crates-api-url') || CRATES_API_URL, '--crates-api-url')
            ),
            names: parseList(crates)
          }
        : undefined,
    copr: coprProject
      ? {
          baseUrl: parseUrl(text(values, 'copr-url') || COPR_URL, '--copr-url'),
          project: parseCoprProject(coprProject),
          packageName: text(values, 'copr-package') || COPR_PACKAGE
        }
      : undefined,
    catalogs: (catalogs ? parseList(catalogs) : OPERATOR_PRESET.catalogs).map((name) => ({
      github: client(repositoryName(parseRepository(name, '--catalogs'))),
      packageName: text(values, 'package-name') || OPERATOR_PRESET.packageName,
      forkOwner: catalogOwner || undefined
    }))
  }
}

/** The rows of a release with the next step on the first that is not done. */
export async function releaseStatus(request: StatusRequest): Promise<StatusRow[]> {
  const rows = await releaseRows(request)
  return withNextStep(rows, (row) => nextStep(row, request.version, request.operator.github.name))
}

/** 0 complete, 1 a row failed, 3 in progress. */
export function statusExitCode(rows: readonly StatusRow[]): number {
  const state = overallState(rows)
  return state === 'done' ? EXIT_OK : state === 'failed' ? EXIT_FAILED : EXIT_IN_PROGRESS
}

/** `bpfman-release status VERSION`: prints the rows (or their JSON) and exits by the release's state. */
export async function runStatus(run: ReportRun): Promise<number> {
  const rows = await releaseStatus(statusRequest(run))
  run.print(
    run.values.json === true
      ? JSON.stringify(rows, null, 2)
      : run.values.markdown === true
        ? releaseStateMarkdown(rows)
        : statusText(rows)
  )
  return statusExitCode(rows)
}
