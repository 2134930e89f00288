import YAML from './yaml.js'
import { InputError, messageOf } from './errors.js'
import { BPFMAN_DOC_RULES, type DocRule, compileDocPattern } from './doc-rules.js'
import { readRepoFile } from './files.js'
import { assertRepoPath, isPlainName, repoPathProblem } from './repo-path.js'

/** Where a repository keeps the optional overrides of its preset. */
export const CONFIG_FILE = '.github/release-actions.yml'

/** The edits of a bpfman release besides Cargo.toml and the changelog, which every release makes. */
export const BPFMAN_EDITS = [
  'cargo-lock',
  'examples-makefile',
  'example-configs',
  'dispatcher',
  'docs'
] as const
export type BpfmanEdit = (typeof BPFMAN_EDITS)[number]

/** What prepare-release edits in bpfman, path by path; a repository may override any key. */
export interface BpfmanConfig {
  cargoToml: string
  cargoLock: string
  examplesMakefile: string
  exampleConfigs: string
  dispatcherSource: string
  dispatcherImages: string[]
  changelogDir: string
  docRules: DocRule[]
  /** Paths never listed for review: history, lock files, vendored code, old config folders. */
  reviewExclude: string[]
  labels: string[]
  /**
   * What a release candidate edits besides Cargo.toml and the changelog (the
   * lighter path of the release process): Cargo.lock only in the preset.
   */
  prereleaseEdits: BpfmanEdit[]
}

export const BPFMAN_PRESET: BpfmanConfig = {
  cargoToml: 'Cargo.toml',
  cargoLock: 'Cargo.lock',
  examplesMakefile: 'examples/Makefile',
  exampleConfigs: 'examples/config',
  dispatcherSource: 'bpfman/src/lib.rs',
  dispatcherImages: ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher'],
  changelogDir: 'changelogs',
  docRules: BPFMAN_DOC_RULES,
  reviewExclude: ['changelogs/', 'vendor/', 'examples/config/', '*.lock', 'go.sum', '.git/'],
  labels: ['release'],
  prereleaseEdits: ['cargo-lock']
}

type Check = (value: unknown) => string | undefined

const isString: Check = (v) =>
  typeof v === 'string' && v.length > 0 ? undefined : 'a non-empty string'
/** A path inside the repository (see repo-path.ts). */
const isRepoPath: Check = (v) => {
  const shape = "a path relative to the repository's top, inside it and outside .git/"
  if (typeof v !== 'string') return shape
  const problem = repoPathProblem(v)
  return problem && `${shape} (${JSON.stringify(v)} ${problem})`
}
/** One folder or file name, as catalog folders are named: [A-Za-z0-9._-]+. */
const isName: Check = (v) =>
  typeof v === 'string' && isPlainName(v) ? undefined : 'a name of letters, digits, ".", "_", "-"'
/** A pattern for files at the top of the repository: no "/", no "..". */
const isTopLevelPattern: Check = (v) =>
  typeof v === 'string' && /^[A-Za-z0-9._*-]+$/.test(v) && !/^\.\.?$/.test(v)
    ? undefined
    : 'a file name pattern for the top folder (letters, digits, ".", "_", "-", "*")'
const isStringList: Check = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string' && item.length > 0)
    ? undefined
    : 'a list of non-empty strings'
const isDocRules: Check = (v) => {
  const shape = 'a list of { path: string, patterns: [regex with {version} or {previous}] }'
  if (!Array.isArray(v)) return shape
  for (const rule of v) {
    if (typeof rule !== 'object' || rule === null) return shape
    const { path, patterns } = rule as Record<string, unknown>
    if (typeof path !== 'string' || isStringList(patterns) !== undefined) return shape
    const outside = isRepoPath(path)
    if (outside) return `${shape}; each path ${outside}`
    for (const pattern of patterns as string[]) {
      try {
        compileDocPattern(pattern, '0.0.0')
      } catch (error) {
        return `${shape}; ${messageOf(error).replace(/^docs: /, '')}`
      }
    }
  }
  return undefined
}

const BPFMAN_CHECKS: Record<keyof BpfmanConfig, Check> = {
  cargoToml: isRepoPath,
  cargoLock: isRepoPath,
  examplesMakefile: isRepoPath,
  exampleConfigs: isRepoPath,
  dispatcherSource: isRepoPath,
  dispatcherImages: isStringList,
  changelogDir: isRepoPath,
  docRules: isDocRules,
  reviewExclude: isStringList,
  labels: isStringList,
  prereleaseEdits: (v) =>
    Array.isArray(v) && v.every((item) => (BPFMAN_EDITS as readonly unknown[]).includes(item))
      ? undefined
      : `a list of edits among ${BPFMAN_EDITS.join(', ')}`
}

/**
 * Validates a parsed config file against a preset's keys: one error line per
 * bad key, all of them at once, naming the file.
 */
export function mergeConfig<T extends object>(
  preset: T,
  checks: Record<keyof T, Check>,
  overrides: unknown,
  source: string
): T {
  if (overrides === null || overrides === undefined) return preset
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new InputError(source, 'must be a mapping of keys to values')
  }
  const errors: string[] = []
  const merged: Record<string, unknown> = { ...(preset as Record<string, unknown>) }
  for (const [key, value] of Object.entries(overrides)) {
    // Own keys only: `__proto__`, `constructor` or `hasOwnProperty` is an unknown key, not Object's.
    const check = Object.hasOwn(checks, key) ? (checks as Record<string, Check>)[key] : undefined
    if (!check) {
      errors.push(`unknown key "${key}"; known keys: ${Object.keys(checks).join(', ')}`)
      continue
    }
    const expected = check(value)
    if (expected) errors.push(`"${key}" must be ${expected}`)
    else merged[key] = value
  }
  if (errors.length > 0) {
    throw new InputError(source, `invalid configuration:\n  - ${errors.join('\n  - ')}`)
  }
  return merged as T
}

export function readConfigFile(repoDir: string, file = CONFIG_FILE): unknown {
  const text = readRepoFile(repoDir, assertRepoPath(file, 'config-file'))
  if (text === undefined) return undefined
  try {
    return YAML.parse(text)
  } catch (error) {
    throw new InputError(file, `is not valid YAML: ${(error as Error).message}`)
  }
}

export function loadBpfmanConfig(repoDir: string, file = CONFIG_FILE): BpfmanConfig {
  const raw = readConfigFile(repoDir, file)
  return mergeConfig(BPFMAN_PRESET, BPFMAN_CHECKS, raw, file)
}

/** What operator-release edits in bpfman-operator and where it publishes the bundle. */
export interface OperatorConfig {
  /** The VERSION file (since v0.6.0); when absent, the Makefile's `VERSION ?=` holds the version. */
  versionFile: string
  makefile: string
  bundleDir: string
  /** The CSV that `make bundle` writes; checked against the release. */
  csvPath: string
  /** The OLM package name: the CSV is `<package>.vX.Y.Z`, the catalog folder `operators/<package>/`. */
  packageName: string
  /** Top-level files whose LABEL version=/release= follow the release: `Containerfile.*.openshift`. */
  containerfilePattern: string
  /** The Go module the operator requires at the bpfman release. */
  bpfmanModule: string
  changelogDir: string
  docRules: DocRule[]
  /** Image repository prefixes whose `:latest` becomes `:vX.Y.Z` in the catalogs' copies. */
  imageRepositories: string[]
  /** The community catalogs (owner/name) that get one pull request per release. */
  catalogs: string[]
  /** The catalogs that need `com.redhat.openshift.versions` (the OpenShift one). */
  openshiftCatalogs: string[]
  reviewExclude: string[]
  labels: string[]
}

export const OPERATOR_PRESET: OperatorConfig = {
  versionFile: 'VERSION',
  makefile: 'Makefile',
  bundleDir: 'bundle',
  csvPath: 'bundle/manifests/bpfman-operator.clusterserviceversion.yaml',
  packageName: 'bpfman-operator',
  containerfilePattern: 'Containerfile.*.openshift',
  bpfmanModule: 'github.com/bpfman/bpfman',
  changelogDir: 'changelogs',
  docRules: [{ path: 'README.md', patterns: ['bpfman\\.io/v{version}/'] }],
  imageRepositories: ['quay.io/bpfman/'],
  catalogs: [
    'k8s-operatorhub/community-operators',
    'redhat-openshift-ecosystem/community-operators-prod'
  ],
  openshiftCatalogs: ['redhat-openshift-ecosystem/community-operators-prod'],
  reviewExclude: ['changelogs/', 'vendor/', 'bundle/', 'config/', '*.lock', 'go.sum', '.git/'],
  labels: ['release']
}

const isRepositoryList: Check = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string' && /^[\w.-]+\/[\w.-]+$/.test(item))
    ? undefined
    : 'a list of owner/name repositories'

const OPERATOR_CHECKS: Record<keyof OperatorConfig, Check> = {
  versionFile: isRepoPath,
  makefile: isRepoPath,
  bundleDir: isRepoPath,
  csvPath: isRepoPath,
  packageName: isName,
  containerfilePattern: isTopLevelPattern,
  bpfmanModule: isString,
  changelogDir: isRepoPath,
  docRules: isDocRules,
  imageRepositories: isStringList,
  catalogs: isRepositoryList,
  openshiftCatalogs: isRepositoryList,
  reviewExclude: isStringList,
  labels: isStringList
}

export function loadOperatorConfig(repoDir: string, file = CONFIG_FILE): OperatorConfig {
  const raw = readConfigFile(repoDir, file)
  return mergeConfig(OPERATOR_PRESET, OPERATOR_CHECKS, raw, file)
}
