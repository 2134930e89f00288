/**
 * Pushes made by git, as GitHub sees them: a branch or tag pushed to a
 * repository is a `push` event, made with the token that pushed it. The bare
 * remotes are folders on disk, so a push never passes the emulator: a
 * post-receive hook in each remote writes the updated refs to a log with the
 * kind of token the pushing step held (SANDBOX_PUSH_MADE_WITH, which the
 * runner sets per step), and `recordPushes` turns new lines into events.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubEmulator } from '../github/index.js'
import type { MadeWith } from '../github/state.js'

/** The environment variable a step's pushes are attributed by. */
export const PUSH_MADE_WITH = 'SANDBOX_PUSH_MADE_WITH'
const LOG = 'sandbox-pushes.log'
const ZERO = /^0+$/

const HOOK = `#!/bin/sh
# sandbox: every updated ref, with the kind of token that pushed it.
while read old new ref; do
  echo "$old $new $ref \${${PUSH_MADE_WITH}:-user}" >> "$(git rev-parse --git-dir)/${LOG}"
done
`

/** Makes a bare remote log what is pushed to it. */
export function watchPushes(remoteDir: string): void {
  const hook = join(remoteDir, 'hooks', 'post-receive')
  writeFileSync(hook, HOOK)
  chmodSync(hook, 0o755)
}

/** What kind of token a step pushes with: an App's installation token, a job's GITHUB_TOKEN, or a person's. */
export function madeWith(emulator: GitHubEmulator, token: string | undefined): MadeWith {
  const grant = emulator.grantOf(token)
  return grant ? (grant.kind === 'installation' ? 'app' : 'GITHUB_TOKEN') : 'user'
}

/** Lines of each remote's log already turned into events. */
const seen = new Map<string, number>()

/**
 * Records a push event for each ref pushed to the remote since the last call
 * (deletions aside: they start nothing here). Returns how many it recorded.
 */
export function recordPushes(
  emulator: GitHubEmulator,
  repoKey: string,
  remoteDir: string,
  actor: string
): number {
  const file = join(remoteDir, LOG)
  if (!existsSync(file)) return 0
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const from = seen.get(file) ?? 0
  seen.set(file, lines.length)
  let recorded = 0
  for (const line of lines.slice(from)) {
    const [, sha, ref, made] = line.split(' ')
    if (ZERO.test(sha) || ref.startsWith('refs/pull/')) continue
    emulator.state.addEvent({
      repoKey,
      name: 'push',
      ref,
      sha,
      madeWith: made === 'app' || made === 'GITHUB_TOKEN' ? made : 'user',
      actor
    })
    recorded++
  }
  return recorded
}
