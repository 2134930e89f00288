import YAML from '../../release/yaml.js'
import { type PlanNote } from '../../release/plan.js'
import {
  OPENSHIFT_VERSIONS_ANNOTATION,
  PACKAGE_ANNOTATION,
  readAnnotations,
  setAnnotation
} from '../../updaters/operator-annotations.js'
import { csvMismatches, readCsvIdentity, removeReplaces } from '../../updaters/operator-csv.js'
import { pinImageTags } from '../../updaters/operator-images.js'
import { type ReleaseVersion } from '../../release/version.js'

/** The one metadata file the catalogs take from a bundle. */
export const ANNOTATIONS_FILE = 'metadata/annotations.yaml'

/** Files a catalog pull request must never carry (ci.yaml puts it on hold; bpfman has no FBC config). */
export const FORBIDDEN_CATALOG_FILES = ['ci.yaml', 'release-config.yaml']

export interface CatalogBundleRequest {
  /** The released bundle's files, relative to the bundle folder: manifests/..., metadata/..., tests/... */
  bundle: Map<string, string>
  version: ReleaseVersion
  packageName: string
  imageRepositories: string[]
  /** For community-operators-prod: the `com.redhat.openshift.versions` value. */
  openshiftVersions: string | undefined
}

export interface CatalogBundle {
  /** Relative to the version folder: manifests/<file>, metadata/annotations.yaml. */
  files: Map<string, string>
  /** What changed against the released bundle, one line per kind of change. */
  changes: string[]
  notes: PlanNote[]
}

/** `operators/bpfman-operator/0.6.0`: the folder a catalog pull request adds, and nothing else. */
export function catalogFolder(packageName: string, version: ReleaseVersion): string {
  return `operators/${packageName}/${version.version}`
}

/**
 * The catalog copy of a released bundle: the manifests and the annotations, the
 * operator images pinned to the release tag, no `spec.replaces` (the catalogs
 * run in semver mode), the OpenShift versions for the OpenShift catalog, and
 * the text cleaned for the catalogs' yamllint (no trailing spaces, a final newline).
 */
export function catalogBundle(request: CatalogBundleRequest): CatalogBundle {
  const { bundle, version } = request
  const files = new Map<string, string>()
  const notes: PlanNote[] = []
  const changes: string[] = []
  const images = new Set<string>()
  for (const [path, content] of [...bundle].sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith('manifests/')) {
      const updated = pinImageTags(content, request.imageRepositories, version.tag)
      updated.images.forEach((image) => images.add(image))
      let text = updated.content
      if (isCsv(text)) {
        const removed = removeReplaces(text, path)
        if (removed.removed !== undefined) {
          text = removed.content
          changes.push(`removed spec.replaces (${removed.removed}): the catalogs use semver mode`)
          notes.push({
            kind: 'info',
            path,
            message: `spec.replaces: ${removed.removed} is removed in the catalog copies (semver-mode catalogs)`
          })
        }
      }
      files.set(path, text)
    } else if (path === ANNOTATIONS_FILE) {
      let text = content
      if (request.openshiftVersions !== undefined) {
        text = setAnnotation(text, OPENSHIFT_VERSIONS_ANNOTATION, request.openshiftVersions, path)
        if (text !== content)
          changes.push(`${OPENSHIFT_VERSIONS_ANNOTATION}: "${request.openshiftVersions}"`)
      }
      files.set(path, text)
    }
  }
  if (images.size > 0)
    changes.unshift(`images :latest -> :${version.tag}: ${[...images].join(', ')}`)
  for (const [path, content] of files) {
    const cleaned = cleanForYamllint(content)
    if (cleaned.content === content) continue
    files.set(path, cleaned.content)
    const what = [
      cleaned.trimmedLines > 0
        ? `trailing whitespace removed from ${cleaned.trimmedLines} line(s)`
        : '',
      cleaned.addedNewline ? 'final newline added' : ''
    ].filter(Boolean)
    notes.push({
      kind: 'info',
      path,
      message: `${what.join(', ')} (the catalogs' yamllint refuses them)`
    })
  }
  return { files, changes, notes }
}

function isCsv(content: string): boolean {
  return /^kind:[ \t]*ClusterServiceVersion[ \t]*\r?$/m.test(content)
}

export function cleanForYamllint(content: string): {
  content: string
  trimmedLines: number
  addedNewline: boolean
} {
  let trimmedLines = 0
  let text = content.replace(/[ \t]+(?=\r?\n|$)/g, () => {
    trimmedLines += 1
    return ''
  })
  const addedNewline = text.length > 0 && !text.endsWith('\n')
  if (addedNewline) text += content.includes('\r\n') ? '\r\n' : '\n'
  return { content: text, trimmedLines, addedNewline }
}

/**
 * The catalogs' own checks, run before anything is pushed: every problem at
 * once, each naming the file. `files` are relative to the version folder.
 */
export function lintCatalogBundle(
  folder: string,
  files: Map<string, string>,
  packageName: string
): string[] {
  const problems: string[] = []
  const folderVersion = folder.split('/').pop() as string
  const csvs: [string, string][] = []
  for (const [path, content] of files) {
    const name = path.split('/').pop() as string
    if (FORBIDDEN_CATALOG_FILES.includes(name))
      problems.push(`${folder}/${path}: a catalog pull request must not carry ${name}`)
    if (!path.startsWith('manifests/') && path !== ANNOTATIONS_FILE) {
      problems.push(
        `${folder}/${path}: only manifests/ and ${ANNOTATIONS_FILE} belong in the catalog`
      )
    }
    content.split('\n').forEach((line, index) => {
      if (/[ \t]\r?$/.test(line))
        problems.push(`${folder}/${path}:${index + 1}: trailing whitespace`)
    })
    if (content.length > 0 && !content.endsWith('\n'))
      problems.push(`${folder}/${path}: no newline at the end of the file`)
    if (YAML.parseAllDocuments(content).some((doc) => doc.errors.length > 0))
      problems.push(`${folder}/${path}: is not valid YAML`)
    else if (path.startsWith('manifests/') && isCsv(content)) csvs.push([path, content])
  }
  if (csvs.length !== 1)
    problems.push(
      `${folder}/manifests: holds ${csvs.length} ClusterServiceVersions; expected exactly one`
    )
  for (const [path, content] of csvs) {
    const identity = readCsvIdentity(content, path)
    for (const mismatch of csvMismatches(identity, packageName, folderVersion)) {
      problems.push(`${folder}/${path}: ${mismatch} (the folder name must equal spec.version)`)
    }
    if (identity.replaces !== undefined)
      problems.push(`${folder}/${path}: sets spec.replaces; the catalogs use semver mode`)
  }
  const annotations = files.get(ANNOTATIONS_FILE)
  if (annotations === undefined) problems.push(`${folder}/${ANNOTATIONS_FILE}: missing`)
  else if (!YAML.parseAllDocuments(annotations).some((doc) => doc.errors.length > 0)) {
    let found: string | undefined
    try {
      found = readAnnotations(annotations, ANNOTATIONS_FILE)[PACKAGE_ANNOTATION]
    } catch (error) {
      problems.push(
        (error as Error).message.replace(ANNOTATIONS_FILE, `${folder}/${ANNOTATIONS_FILE}`)
      )
      return problems
    }
    if (found !== packageName) {
      problems.push(
        `${folder}/${ANNOTATIONS_FILE}: ${PACKAGE_ANNOTATION} is "${found ?? '(missing)'}", expected "${packageName}"`
      )
    }
  }
  return problems
}
