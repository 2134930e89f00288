// The changes the README's Adopting section asks of a repository's own
// workflows, read from the README itself (its ```diff blocks), so that the
// sandbox applies exactly what a maintainer is told to apply.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface AdoptionDiff {
  /** The workflow file it changes, under .github/workflows/. */
  file: string
  /** The diff as a patch for `git apply`. */
  patch: string
}

/** The ```diff blocks of README.md, each with the workflow it changes. */
export function adoptionDiffs(root: string): AdoptionDiff[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  return [...readme.matchAll(/^( *)```diff\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) => {
    const patch = body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n')
    const file = /^\+\+\+ b\/\.github\/workflows\/(\S+)$/m.exec(patch)?.[1]
    if (!file) throw new Error(`README.md: a diff block that changes no workflow:\n${patch}`)
    return { file, patch }
  })
}

/** Applies a diff to a checkout (git apply, which refuses a diff whose context does not match). */
export function applyDiff(workDir: string, diff: AdoptionDiff): void {
  execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: workDir, input: diff.patch })
}
