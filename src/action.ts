import * as core from '@actions/core'
import { resolve } from 'node:path'
import { exitCodeFor, messageOf } from './release/errors.js'
import { type Identity } from './effects/git.js'
import { GitHubClient, createOctokit, parseRepository } from './effects/github/client.js'
import { ACTIONS_BOT } from './repo.js'

/** Shared input handling for the actions: every phase reads these the same way. */
export function repositoryInput(): string {
  return core.getInput('repository') || process.env.GITHUB_REPOSITORY || ''
}

export function workingDirectoryInput(): string {
  return resolve(core.getInput('working-directory') || '.')
}

export function tokenInput(name = 'token'): string {
  const token = core.getInput(name, { required: true })
  core.setSecret(token)
  return token
}

export function githubClientFor(repository: string, token: string): GitHubClient {
  return new GitHubClient(createOctokit(token), parseRepository(repository, 'repository'))
}

export function committerInput(): Identity {
  const name = core.getInput('committer-name')
  const email = core.getInput('committer-email')
  return name && email ? { name, email } : ACTIONS_BOT
}

export function setOutputs(outputs: Record<string, string | number | undefined | null>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value ?? '')
}

/** Runs an action's body; a failure becomes one error annotation and a failed step. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    core.setFailed(messageOf(error))
    process.exitCode = exitCodeFor(error)
  }
}
