import { type DocRule } from '../release/doc-rules.js'
import { applyDocPatterns } from '../updaters/docs.js'
import { type FileEdit, readRepoFile } from '../release/files.js'
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
  what: string
): FileEdit[] {
  return rules.flatMap((rule) => {
    const content = readRepoFile(repoDir, rule.path)
    if (content === undefined) return []
    const updated = applyDocPatterns(content, rule.patterns, previous?.version, version.version)
    const counted = what.replace('(s)', updated.replacements === 1 ? '' : 's')
    const reason = `${updated.replacements} ${counted} -> ${version.version}`
    return [{ path: rule.path, content: updated.content, reason }]
  })
}
