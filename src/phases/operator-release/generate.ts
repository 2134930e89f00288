import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runRepositoryCode } from '../../effects/exec.js'
import { type Git } from '../../effects/git.js'
import { ReleaseError } from '../../release/errors.js'
import { assertNoLink, requireRepoFile } from '../../release/files.js'
import { type Progress } from '../../release/progress.js'

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
 * changed it. `inspect` sees the finished tree before it is removed;
 * `progress` shows each command while it runs.
 */
export async function generateInWorktree(
  git: Git,
  baseCommit: string,
  writes: { path: string; content: string; reason: string }[],
  steps: GenerationStep[],
  inspect: (treeDir: string) => void = () => undefined,
  progress?: Progress
): Promise<Generation> {
  return git.withWorktree(baseCommit, async (treeDir, treeGit) => {
    const files = new Map<string, GeneratedFile>()
    let deleted: string[] = []
    for (const write of writes) {
      assertNoLink(treeDir, write.path)
      mkdirSync(dirname(join(treeDir, write.path)), { recursive: true })
      writeFileSync(join(treeDir, write.path), write.content)
      files.set(write.path, { content: write.content, reason: write.reason })
    }
    for (const step of steps) {
      if (step.commands.some(({ command }) => command === 'go')) await assertGoVersion(treeDir)
      for (const { command, args } of step.commands) {
        // The repository's Makefile and go tooling run without a secret in their environment.
        await runRepositoryCode(command, args, { cwd: treeDir, progress }).catch(
          (error: unknown) => {
            throw explainedFailure(step, command, error)
          }
        )
      }
      const status = await treeGit.workTreeChanges()
      deleted = status.deleted
      for (const path of status.changed) {
        // A link the step made is refused, never read through.
        const content = requireRepoFile(treeDir, path, `${step.label} changed it`)
        if (files.get(path)?.content !== content) files.set(path, { content, reason: step.label })
      }
    }
    inspect(treeDir)
    return { files, deleted }
  })
}

/** How a maintainer skips a step this machine cannot run: the CLI flag, and the action input. */
function skipOf(command: string): { flag: string; then: string } {
  return command === 'go'
    ? {
        flag: '--skip-go (input skip-go)',
        then: 'update go.mod, go.sum and vendor/ on a machine that can before the pull request merges'
      }
    : {
        flag: '--skip-bundle (input skip-bundle)',
        then: 'run make bundle before the pull request merges'
      }
}

const NETWORK =
  /dial tcp|no such host|i\/o timeout|connection refused|network is unreachable|TLS handshake timeout|Temporary failure in name resolution|Could not resolve host|Failed to connect/i

/**
 * Why a step's command failed, in words a maintainer can act on, with the
 * flag that skips the step: the tool is missing (go, make, operator-sdk), go
 * is older than go.mod asks, or the network is out of reach. Other failures
 * are left as they are.
 */
export function explainedFailure(step: GenerationStep, command: string, error: unknown): unknown {
  if (!(error instanceof Error)) return error
  const text = error.message
  const skip = skipOf(command)
  const or = `, or run with ${skip.flag} and ${skip.then}`
  let why: string | undefined
  const older = /requires go >= ?(\S+?)[;)]?\s*\(running go (\S+?)[;)]/.exec(text)
  if (/^could not run \S+: .*ENOENT/.test(text)) {
    why = `${command} is not installed here (not on PATH): install it${or}`
  } else if (older) {
    why = `go.mod asks for go ${older[1]} and the go here is ${older[2]}: install go ${older[1]} or newer${or}`
  } else if (
    /operator-sdk[^\n]*(not found|No such file)|No such file[^\n]*operator-sdk/i.test(text)
  ) {
    why = `it needs operator-sdk, which is not installed here: install it${or}`
  } else if (NETWORK.test(text)) {
    why = `it needs the network (${command === 'go' ? 'the Go module proxy' : 'it downloads its tools or images'}) and could not reach it: run it where the network is reachable${or}`
  }
  return why ? new ReleaseError(`${step.label}: ${why}.\n${text}`) : error
}

/** go.mod's `go` line, when go here is older and cannot switch to a newer toolchain itself. */
async function assertGoVersion(treeDir: string): Promise<void> {
  let goMod: string
  try {
    goMod = readFileSync(join(treeDir, 'go.mod'), 'utf8')
  } catch {
    return
  }
  const need = /^go\s+(\d+(?:\.\d+){1,2})\s*$/m.exec(goMod)?.[1]
  if (!need) return
  const probe = await runRepositoryCode('go', ['env', 'GOVERSION', 'GOTOOLCHAIN'], {
    cwd: treeDir
  }).catch((error: unknown) => {
    throw explainedFailure({ label: 'go env', commands: [] }, 'go', error)
  })
  const [version = '', toolchain = ''] = probe.stdout.trim().split('\n')
  const have = /^go(\d+(?:\.\d+){1,2})/.exec(version.trim())?.[1]
  if (!have || compareGo(have, need) >= 0) return
  // From go 1.21 the go command fetches the toolchain go.mod asks for, unless told not to.
  const switches = compareGo(have, '1.21') >= 0 && toolchain.trim() !== 'local'
  if (switches) return
  const skip = skipOf('go')
  throw new ReleaseError(
    `go.mod asks for go ${need} (its go line) and the go here is ${have}: install go ${need} or newer, or run with ${skip.flag} and ${skip.then}`
  )
}

/** Compares go versions like 1.22 and 1.22.3 by their numbers. */
function compareGo(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}
