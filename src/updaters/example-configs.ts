import { InputError } from '../release/errors.js'
import type { PlanNote } from '../release/plan.js'
import { compareVersions, tryParseVersion, type ReleaseVersion } from '../release/version.js'
import { escapeRegExp, exactVersionRegExp } from './text.js'

/** A file to write under examples/config, by path relative to it. */
export interface ExampleConfigFile {
  path: string
  content: string
  reason: string
}

export interface ExampleConfigsPlan {
  files: ExampleConfigFile[]
  notes: PlanNote[]
}

const INPUT = 'examples/config'
const SELINUX = '-selinux'

/** The two kinds of release folder: `vX.Y.Z/` and `vX.Y.Z-selinux/`. */
const FLAVOURS = ['', SELINUX] as const
type Flavour = (typeof FLAVOURS)[number]

interface ReleaseFolder {
  name: string
  version: ReleaseVersion
  flavour: Flavour
}

/**
 * Plans the release folders for `newVersion` under examples/config: copies of
 * the newest release pair below it (by semver, not by name) with the version
 * replaced inside, plus a folder for each example that `default/` has and the
 * source folder lacks, derived from a sibling example. Folders for
 * `newVersion` that already exist are kept as they are. `files` maps every
 * file under examples/config by its path relative to examples/config.
 */
export function planExampleConfigs(
  files: ReadonlyMap<string, string>,
  newVersion: ReleaseVersion
): ExampleConfigsPlan {
  const folders = releaseFolders(files.keys())
  const planned: ExampleConfigFile[] = []
  const notes: PlanNote[] = []

  for (const flavour of FLAVOURS) {
    const target = `${newVersion.tag}${flavour}`
    if (folders.some((folder) => folder.name === target)) {
      notes.push({
        kind: 'info',
        path: `${target}/`,
        message: `${target}/ already exists; kept as it is`
      })
      continue
    }
    const source = newestBelow(folders, flavour, newVersion)
    if (!source) {
      throw new InputError(
        INPUT,
        `no release folder vX.Y.Z${flavour}/ below ${target}/ to copy from; add one by hand (examples/config/${target}/, one folder per example with its kustomization.yaml) and run again`
      )
    }
    const copy = new FolderCopy(files, source, target, newVersion.version)
    planned.push(...copy.files())
    const present = subfolders(files, source.name)
    for (const example of subfolders(files, 'default').filter((name) => !present.includes(name))) {
      const generated = copy.newExample(example, knownExamples(files, folders))
      planned.push(...generated.files)
      notes.push(generated.note)
    }
  }
  planned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files: planned, notes }
}

/** A release folder copied to the new version's folder of the same flavour. */
class FolderCopy {
  private readonly from: string

  constructor(
    private readonly all: ReadonlyMap<string, string>,
    private readonly source: ReleaseFolder,
    private readonly target: string,
    private readonly to: string
  ) {
    this.from = source.version.version
  }

  /** Every file of the source folder, with its version replaced. */
  files(): ExampleConfigFile[] {
    return this.under(this.source.name).map(([path, rest, content]) => ({
      path: `${this.target}/${rest}`,
      content: this.retag(content),
      reason: `copied from ${path}, ${this.from} -> ${this.to}`
    }))
  }

  /** A folder for an example the source lacks, derived from its closest sibling. */
  newExample(
    example: string,
    known: ReadonlySet<string>
  ): { files: ExampleConfigFile[]; note: PlanNote } {
    const path = `${this.target}/${example}/`
    const sibling = closestSibling(example, subfolders(this.all, this.source.name))
    if (!sibling) {
      return {
        files: [],
        note: {
          kind: 'warning',
          path,
          message: `new example ${example} (in default/) has no sibling in ${this.source.name}/ to derive it from; add ${path} by hand`
        }
      }
    }
    const others = [...known].filter((name) => name !== sibling)
    const files = this.under(`${this.source.name}/${sibling}`).map(([from, rest, content]) => ({
      path: `${path}${rest}`,
      content: renameExample(this.retag(content), sibling, example, others),
      reason: `new example ${example}, generated from ${from}`
    }))
    return {
      files,
      note: {
        kind: 'warning',
        path,
        message: `generated for the new example ${example} (in default/, not in ${this.source.name}/) from ${sibling}; review it, e.g. the patch target kind and name`
      }
    }
  }

  /** [path, path below the folder, content] of each file under a folder. */
  private under(folder: string): [string, string, string][] {
    return [...this.all]
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, content]) => [path, path.slice(folder.length + 1), content])
  }

  private retag(text: string): string {
    return text.replace(exactVersionRegExp(this.from), (_all, v: string) => `${v}${this.to}`)
  }
}

function newestBelow(
  folders: readonly ReleaseFolder[],
  flavour: Flavour,
  version: ReleaseVersion
): ReleaseFolder | undefined {
  return folders
    .filter((folder) => folder.flavour === flavour && compareVersions(folder.version, version) < 0)
    .sort((a, b) => compareVersions(a.version, b.version))
    .pop()
}

/** Every example name the tree knows, so that a rename can tell them apart. */
function knownExamples(
  files: ReadonlyMap<string, string>,
  folders: readonly ReleaseFolder[]
): Set<string> {
  const roots = ['default', 'base', 'selinux', ...folders.map((folder) => folder.name)]
  return new Set(roots.flatMap((folder) => subfolders(files, folder)))
}

/** The top-level folders named like a release: v0.6.0, v0.6.0-selinux. */
function releaseFolders(paths: Iterable<string>): ReleaseFolder[] {
  const names = new Set<string>()
  for (const path of paths) {
    const slash = path.indexOf('/')
    if (slash > 0) names.add(path.slice(0, slash))
  }
  const folders: ReleaseFolder[] = []
  for (const name of names) {
    const flavour: Flavour = name.endsWith(SELINUX) ? SELINUX : ''
    const stem = name.slice(0, name.length - flavour.length)
    const version = stem.startsWith('v') ? tryParseVersion(stem) : undefined
    if (version && version.tag === stem) folders.push({ name, version, flavour })
  }
  return folders
}

/** The example folders directly under `folder`. */
function subfolders(files: ReadonlyMap<string, string>, folder: string): string[] {
  const names = new Set<string>()
  for (const path of files.keys()) {
    if (!path.startsWith(`${folder}/`)) continue
    const rest = path.slice(folder.length + 1)
    const slash = rest.indexOf('/')
    if (slash > 0) names.add(rest.slice(0, slash))
  }
  return [...names].sort()
}

/** The sibling sharing the longest name prefix (go-tc-counter for go-tcx-counter); ties by name. */
function closestSibling(example: string, siblings: readonly string[]): string | undefined {
  let best: string | undefined
  let bestLength = -1
  for (const sibling of siblings) {
    let length = 0
    while (length < sibling.length && sibling[length] === example[length]) length += 1
    if (length > bestLength) {
      best = sibling
      bestLength = length
    }
  }
  return best
}

/**
 * Replaces the sibling's name with the new example's wherever it stands as a
 * name or a name prefix (`go-xdp-counter-example`), but not inside the name
 * of another example (`go-xdp-counter-sharing-map`).
 */
function renameExample(
  text: string,
  sibling: string,
  example: string,
  others: readonly string[]
): string {
  const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(sibling)}(?!\\w)`, 'g')
  return text.replace(pattern, (match, offset: number) => {
    const insideOther = others.some(
      (other) =>
        other.length > sibling.length &&
        text.startsWith(other, offset) &&
        !/\w/.test(text[offset + other.length] ?? '')
    )
    return insideOther ? match : example
  })
}
