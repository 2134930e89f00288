import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { run } from '../../effects/exec.js'
import { type Git } from '../../effects/git.js'

/** One command of a generation step, as an argument array (never a shell string). */
export interface StepCommand {
  command: string
  args: string[]
}

export interface GenerationStep {
  /** What the step does, as it appears in the plan: "make bundle". */
  label: string
  commands: StepCommand[]
}

export interface GeneratedFile {
  content: string
  /** The label of the last step that changed it. */
  reason: string
}

export interface Generation {
  files: Map<string, GeneratedFile>
  /** Tracked files a step deleted (a plan can only add or change files). */
  deleted: string[]
}

/**
 * Runs the steps in a throwaway worktree of `baseCommit` (the repository's own
 * checkout stays as it is), after writing `writes` there, and returns every
 * file that differs from the base commit afterwards with the step that last
 * changed it. `inspect` sees the finished tree before it is removed.
 */
export async function generateInWorktree(
  git: Git,
  baseCommit: string,
  writes: { path: string; content: string; reason: string }[],
  steps: GenerationStep[],
  inspect: (treeDir: string) => void = () => undefined
): Promise<Generation> {
  return git.withWorktree(baseCommit, async (treeDir, treeGit) => {
    const files = new Map<string, GeneratedFile>()
    let deleted: string[] = []
    for (const write of writes) {
      mkdirSync(dirname(join(treeDir, write.path)), { recursive: true })
      writeFileSync(join(treeDir, write.path), write.content)
      files.set(write.path, { content: write.content, reason: write.reason })
    }
    for (const step of steps) {
      // The environment as this process sees it (GOPROXY, GOFLAGS...), handed over explicitly.
      const env = process.env as Record<string, string>
      for (const { command, args } of step.commands) await run(command, args, { cwd: treeDir, env })
      const status = await treeGit.workTreeChanges()
      deleted = status.deleted
      for (const path of status.changed) {
        const content = readFileSync(join(treeDir, path), 'utf8')
        if (files.get(path)?.content !== content) files.set(path, { content, reason: step.label })
      }
    }
    inspect(treeDir)
    return { files, deleted }
  })
}
