import { join } from 'node:path'
import { run } from '../../../src/effects/exec.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { GitHubClient, type Octokit, createOctokit } from '../../../src/effects/github/client.js'
import { registerFixtureRepo } from '../../../sandbox/fixtures/github.js'
import {
  type OperatorFixture,
  type OperatorFixtureOptions,
  createOperatorFixture
} from '../../../sandbox/fixtures/operator.js'
import { type GitHubEmulator } from '../../../sandbox/github/index.js'

export const TOKEN = 'operator-release-token'
export const BOT_TOKEN = 'catalog-bot-token'
export const BOT = 'bpfman-bot'
export const MAINTAINER = { name: 'Release Maintainer', email: 'maintainer@example.com' }

export { goEnvironment } from '../../../sandbox/fixtures/operator.js'

/** Sets the go environment for the phases run in this process; returns the undo. */
export function useEnvironment(env: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

export interface OperatorWorld {
  fixture: OperatorFixture
  workDir: string
  remoteDir: string
  github: GitHubClient
  bpfman: GitHubClient
  octokit: Octokit
}

/** An operator fixture registered with the emulator, beside a bpfman repository whose releases the gate reads. */
export async function operatorWorld(
  emulator: GitHubEmulator,
  root: string,
  options: OperatorFixtureOptions
): Promise<OperatorWorld> {
  const fixture = await createOperatorFixture(root, options)
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman-operator', fixture.remoteDir)
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  const octokit = createOctokit(TOKEN, emulator.url)
  return {
    fixture,
    workDir: fixture.workDir,
    remoteDir: fixture.remoteDir,
    github: new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman-operator' }),
    bpfman: new GitHubClient(octokit, { owner: 'bpfman', repo: 'bpfman' }),
    octokit
  }
}

/** A GitHub release of `tag` in bpfman (or `repo`), published unless `draft`. */
export async function release(
  octokit: Octokit,
  tag: string,
  options: { draft?: boolean; repo?: string } = {}
): Promise<void> {
  await octokit.rest.repos.createRelease({
    owner: 'bpfman',
    repo: options.repo ?? 'bpfman',
    tag_name: tag,
    name: tag,
    draft: options.draft ?? false
  })
}

/** The worktrees of a checkout: one means the phase left no throwaway worktree behind. */
export async function worktreeCount(workDir: string): Promise<number> {
  const out = await new FixtureGit(workDir).exec(['worktree', 'list', '--porcelain'])
  return out.split('\n').filter((line) => line.startsWith('worktree ')).length
}

/** A fresh clone of `branch` of a bare repository, to check a pushed tree with real tools. */
export async function cloneBranch(remoteDir: string, branch: string, dir: string): Promise<string> {
  await run('git', ['clone', '--quiet', '--branch', branch, remoteDir, dir], {
    cwd: join(dir, '..')
  })
  return dir
}
