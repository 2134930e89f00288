/**
 * What GitHub's git server checks on a push, for a checkout's credentials: a
 * push takes `contents: write` on the repository, and a push of commits that
 * add or change files under .github/workflows/ takes a token that may change
 * workflows (`workflows: write`, which a job's GITHUB_TOKEN never has). A push
 * goes to the bare remote, not through the emulator, so a pre-push hook in the
 * checkout holds it to these rules, with the answers GitHub's git server gives.
 * Simplified: a personal token (not granted by the emulator) may do both, as a
 * classic PAT with the `workflow` scope does. The hook also notes each ref it
 * lets through; recordPushes turns those the remote took into push events, made
 * with the token's kind, as GitHub records a push for its workflows.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubEmulator } from '../github/index.js'
import { mayChangeWorkflows, reachOf } from '../github/permissions.js'
import type { MadeWith } from '../github/state.js'

export interface PushRules {
  repository: string
  /** The account the credentials belong to, for messages. */
  login: string
  contents: boolean
  workflows: boolean
  /** What GitHub records the push as made with, for the workflows it may start. */
  madeWith: MadeWith
}

/** What the token a checkout persists may push to `repository`. */
export function pushRulesOf(
  emulator: GitHubEmulator,
  token: string,
  repository: string
): PushRules {
  const grant = emulator.grantOf(token)
  if (!grant)
    return { repository, login: 'the token', contents: true, workflows: true, madeWith: 'user' }
  const inReach = reachOf(grant).includes(repository.toLowerCase())
  return {
    repository,
    login: grant.login ?? 'github-actions[bot]',
    contents: inReach && grant.permissions.contents === 'write',
    workflows: inReach && mayChangeWorkflows(grant),
    madeWith: grant.kind === 'installation' ? 'app' : 'GITHUB_TOKEN'
  }
}

/** A ref the hook let through, for recordPushes. */
interface NotedPush {
  repository: string
  ref: string
  sha: string
  madeWith: MadeWith
  actor: string
}

/**
 * Installs the pre-push hook in a checkout (`dir`) whose `origin` is one of
 * `urls`. It runs on `node`, the runner's own node, and notes the refs it lets
 * through in `notes` (the job's file, read by recordPushes after each step).
 */
export function installPushRules(
  dir: string,
  urls: string[],
  rules: PushRules,
  node: string,
  notes: string
): void {
  const hook = `#!${node}
// Written by the workflow runner (sandbox/workflow-runner/push-rules.ts). Node reads
// this file as CommonJS or as a module, after the package.json above it: neither
// require nor import works in both, getBuiltinModule does.
const { execFileSync } = process.getBuiltinModule('node:child_process')
const { appendFileSync, readFileSync } = process.getBuiltinModule('node:fs')
const rules = ${JSON.stringify(rules)}
const urls = ${JSON.stringify(urls)}
const notes = ${JSON.stringify(notes)}
if (!urls.includes(process.argv[3])) process.exit(0)
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
const refuse = (message) => {
  process.stderr.write('remote: ' + message + '\\n')
  process.exit(1)
}
const have = (sha) => {
  try { git('cat-file', '-e', sha + '^{commit}'); return true } catch { return false }
}
const updates = readFileSync(0, 'utf8').split('\\n').filter(Boolean).map((line) => line.split(' '))
if (updates.length > 0 && !rules.contents)
  refuse('Permission to ' + rules.repository + '.git denied to ' + rules.login + " (the job's permissions have no contents: write).")
if (!rules.workflows) {
  const known = git('ls-remote', process.argv[3]).split('\\n').map((l) => l.split('\\t')[0]).filter((sha) => sha && have(sha))
  for (const [, localSha] of updates) {
    if (/^0+$/.test(localSha)) continue
    const commits = git('rev-list', localSha, '--not', ...known).split('\\n').filter(Boolean)
    for (const commit of commits) {
      const changed = git('diff-tree', '--no-commit-id', '--name-only', '-r', '--root', commit)
        .split('\\n').find((path) => path.startsWith('.github/workflows/'))
      if (changed)
        refuse('refusing to allow a GitHub App to create or update workflow \`' + changed + '\` without \`workflows\` permission')
    }
  }
}
for (const [, localSha, remoteRef] of updates)
  appendFileSync(notes, JSON.stringify({ repository: rules.repository, ref: remoteRef, sha: localSha, madeWith: rules.madeWith, actor: rules.login }) + '\\n')
`
  writeFileSync(join(dir, '.git', 'hooks', 'pre-push'), hook, { mode: 0o755 })
}

/**
 * The pushes noted in `notes` that the remote took (its ref now at the pushed
 * commit), recorded as push events; a deletion or a refused push records
 * nothing. Empties `notes`.
 */
export function recordPushes(
  emulator: GitHubEmulator,
  remotes: Record<string, string>,
  notes: string
): void {
  if (!existsSync(notes)) return
  const lines = readFileSync(notes, 'utf8').split('\n').filter(Boolean)
  writeFileSync(notes, '')
  for (const line of lines) {
    const push = JSON.parse(line) as NotedPush
    const repoKey = push.repository.toLowerCase()
    const remote = remotes[repoKey]
    if (!remote || /^0+$/.test(push.sha)) continue
    let now: string
    try {
      now = execFileSync('git', ['rev-parse', '--verify', '--quiet', push.ref], {
        cwd: remote,
        encoding: 'utf8'
      }).trim()
    } catch {
      continue
    }
    if (now !== push.sha) continue
    emulator.state.addEvent({
      repoKey,
      name: 'push',
      ref: push.ref,
      sha: push.sha,
      madeWith: push.madeWith,
      actor: push.actor
    })
  }
}
