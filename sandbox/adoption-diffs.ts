// The changes the README's Adopting section asks of a repository's own
// workflows, read from the README itself (its ```diff blocks), so that the
// sandbox applies exactly what a maintainer is told to apply.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The repositories whose own workflows the Adopting section changes. */
export type AdoptingRepository = 'bpfman/bpfman' | 'bpfman/bpfman-operator'

export interface AdoptionDiff {
  /** The repository it is for: the Adopting section's "### <name>, step by step" it is under. */
  repository: AdoptingRepository
  /** The workflow file it changes, under .github/workflows/. */
  file: string
  /** The diff as a patch for `git apply`. */
  patch: string
}

const REPOSITORIES: Record<string, AdoptingRepository> = {
  bpfman: 'bpfman/bpfman',
  'bpfman-operator': 'bpfman/bpfman-operator'
}

/**
 * The ```diff blocks of README.md, each with its repository and the workflow it
 * changes. A block belongs to the section it is in: the nearest heading above it
 * of level 3 or less must be "### bpfman, step by step" or "### bpfman-operator,
 * step by step" (both repositories have a release.yml, so the file alone does not
 * tell).
 */
export function adoptionDiffs(root: string): AdoptionDiff[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  return [...readme.matchAll(/^( *)```diff\n([\s\S]*?)^\1```$/gm)].map((block) => {
    const [, indent, body] = block
    const patch = body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n')
    const file = /^\+\+\+ b\/\.github\/workflows\/(\S+)$/m.exec(patch)?.[1]
    if (!file) throw new Error(`README.md: a diff block that changes no workflow:\n${patch}`)
    const heading = [...readme.slice(0, block.index).matchAll(/^#{1,3} (.*)$/gm)].pop()?.[1]
    const repository = REPOSITORIES[/^(\S+), step by step$/.exec(heading ?? '')?.[1] ?? '']
    if (!repository)
      throw new Error(
        `README.md: the diff block of ${file} is under "${heading}", not a repository's "### <name>, step by step"`
      )
    return { repository, file, patch }
  })
}

/** Applies a diff to a checkout (git apply, which refuses a diff whose context does not match). */
export function applyDiff(workDir: string, diff: AdoptionDiff): void {
  execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: workDir, input: diff.patch })
}
