import { type DocRule } from '../release/doc-rules.js'
import { applyDocPatterns } from '../updaters/docs.js'
import { type FileEdits, readRepoFile } from '../release/files.js'
import { type ReleaseVersion } from '../release/version.js'

/**
 * The allowlisted version references of each doc rule's file set to `version`
 * (a missing file is skipped). `what` names them in the reason: "version
 * reference(s)", "link(s)".
 */
export function planDocRules(
  repoDir: string,
  rules: readonly DocRule[],
  previous: ReleaseVersion | undefined,
  version: ReleaseVersion,
  edits: FileEdits,
  what: string
): void {
  for (const rule of rules) {
    const content = readRepoFile(repoDir, rule.path)
    if (content === undefined) continue
    const updated = applyDocPatterns(content, rule.patterns, previous?.version, version.version)
    const counted = what.replace('(s)', updated.replacements === 1 ? '' : 's')
    edits.set(
      rule.path,
      updated.content,
      `${updated.replacements} ${counted} -> ${version.version}`
    )
  }
}
