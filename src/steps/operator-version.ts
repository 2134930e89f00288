import { type OperatorConfig } from '../release/config.js'
import { readRepoFile, requireRepoFile } from '../release/files.js'
import {
  makefileVersion,
  updateMakefileVersion,
  updateVersionFile
} from '../updaters/operator-version.js'

/** The file that holds the operator's version, and what it holds. */
export interface VersionSource {
  kind: 'version-file' | 'makefile'
  path: string
  content: string
  version: string
}

/** The VERSION file when the repository has one, else the Makefile's literal `VERSION ?=`. */
export function findVersionSource(repoDir: string, config: OperatorConfig): VersionSource {
  const file = readRepoFile(repoDir, config.versionFile)
  if (file !== undefined) {
    return {
      kind: 'version-file',
      path: config.versionFile,
      content: file,
      version: updateVersionFile(file, '0.0.0', config.versionFile).oldVersion
    }
  }
  const makefile = requireRepoFile(
    repoDir,
    config.makefile,
    `bpfman-operator keeps its version in a ${config.versionFile} file or in the Makefile's "VERSION ?= X.Y.Z"`
  )
  // updateMakefileVersion refuses a Makefile without a literal version, naming both shapes.
  const version =
    makefileVersion(makefile) ??
    updateMakefileVersion(makefile, '0.0.0', config.makefile).oldVersion
  return { kind: 'makefile', path: config.makefile, content: makefile, version }
}

/** The source's content set to `version`. */
export function setVersion(source: VersionSource, version: string): string {
  return source.kind === 'version-file'
    ? updateVersionFile(source.content, version, source.path).content
    : updateMakefileVersion(source.content, version, source.path).content
}
