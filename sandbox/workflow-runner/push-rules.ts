/**
 * What GitHub's git server checks on a push, for a checkout's credentials: a
 * push takes `contents: write` on the repository, and a push of commits that
 * add or change files under .github/workflows/ takes a token that may change
 * workflows (`workflows: write`, which a job's GITHUB_TOKEN never has). A push
 * goes to the bare remote, not through the emulator, so a pre-push hook in the
 * checkout holds it to these rules, with the answers GitHub's git server gives.
 * Simplified: a personal token (not granted by the emulator) may do both, as a
 * classic PAT with the `workflow` scope does.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubEmulator } from '../github/index.js'
import { mayChangeWorkflows, reachOf } from '../github/permissions.js'

export interface PushRules {
  repository: string
  /** The account the credentials belong to, for messages. */
  login: string
  contents: boolean
  workflows: boolean
}

/** What the token a checkout persists may push to `repository`. */
export function pushRulesOf(
  emulator: GitHubEmulator,
  token: string,
  repository: string
): PushRules {
  const grant = emulator.grantOf(token)
  if (!grant) return { repository, login: 'the token', contents: true, workflows: true }
  const inReach = reachOf(grant).includes(repository.toLowerCase())
  return {
    repository,
    login: grant.login ?? 'github-actions[bot]',
    contents: inReach && grant.permissions.contents === 'write',
    workflows: inReach && mayChangeWorkflows(grant)
  }
}

/**
 * Installs the pre-push hook in a checkout (`dir`) whose `origin` is one of
 * `urls`. It runs on `node`, the runner's own node.
 */
export function installPushRules(
  dir: string,
  urls: string[],
  rules: PushRules,
  node: string
): void {
  const hook = `#!${node}
// Written by the workflow runner (sandbox/workflow-runner/push-rules.ts).
const { execFileSync } = require('node:child_process')
const { readFileSync } = require('node:fs')
const rules = ${JSON.stringify(rules)}
const urls = ${JSON.stringify(urls)}
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
`
  writeFileSync(join(dir, '.git', 'hooks', 'pre-push'), hook, { mode: 0o755 })
}
