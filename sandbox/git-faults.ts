/**
 * Push faults for the bare remotes of the fixtures, with real git:
 *
 *   const fault = await injectPushFault(checkout, { kind: 'hang-up', nth: 1 })
 *   ... the phase pushes: "fatal: the remote end hung up unexpectedly" ...
 *   expect(fault.fired).toBe(true); await fault.remove()
 *
 * The pushing clone's `remote.<name>.receivepack` is pointed at a wrapper
 * that counts the pushes and, on the nth, does what the fault says before
 * running the real `git receive-pack`:
 * - hang-up: receive-pack is killed once it has the pack and before any ref
 *   moves (a pre-receive hook), so the client sees the connection end.
 * - hang-up-after-update: killed once the refs have moved (a
 *   reference-transaction hook), so the push took effect but its answer is lost.
 * - pushed-meanwhile: someone else's commit lands on `branch` first, so a
 *   fast-forward or lease push is rejected (fetch first, stale info).
 * Only pushes through that remote name are counted: `git push <url>` is not.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/effects/exec.js'

export type PushFaultKind = 'hang-up' | 'hang-up-after-update' | 'pushed-meanwhile'

export interface PushFaultSpec {
  kind: PushFaultKind
  /** The push it fires on, 1-based, counted from injection. Default 1. */
  nth?: number
  /** How many pushes in a row it fires on. Default 1. */
  times?: number
  /** The clone's remote whose pushes it counts. Default origin. */
  remote?: string
  /** pushed-meanwhile: the branch that gets the foreign commit (created from HEAD when missing). */
  branch?: string
}

export interface PushFault {
  /** Pushes through the remote since injection. */
  readonly pushes: number
  readonly fired: boolean
  /** The commits pushed-meanwhile put on the branch, oldest first. */
  readonly foreignCommits: string[]
  /** Restores the clone's receivepack setting and deletes the wrapper. */
  remove(): Promise<void>
}

export const FOREIGN_AUTHOR = { name: 'Someone Else', email: 'someone.else@example.com' }

export async function injectPushFault(clone: string, spec: PushFaultSpec): Promise<PushFault> {
  const nth = spec.nth ?? 1
  const times = spec.times ?? 1
  const remote = spec.remote ?? 'origin'
  if (!Number.isInteger(nth) || nth < 1)
    throw new Error(`push fault nth must be 1 or more, not ${nth}`)
  if (spec.kind === 'pushed-meanwhile' && !spec.branch)
    throw new Error('a pushed-meanwhile fault needs the branch that someone else pushes to')
  const dir = mkdtempSync(join(tmpdir(), 'push-fault-'))
  writeFileSync(join(dir, 'pushes'), '0\n')
  writeFileSync(join(dir, 'fired'), '0\n')
  writeFileSync(join(dir, 'foreign'), '')
  mkdirSync(join(dir, 'before'))
  executable(join(dir, 'before', 'pre-receive'), KILL_BEFORE_UPDATE)
  mkdirSync(join(dir, 'after'))
  executable(join(dir, 'after', 'reference-transaction'), KILL_AFTER_UPDATE)
  const wrapper = join(dir, 'receive-pack')
  executable(wrapper, wrapperScript(dir, spec, nth, times))

  const key = `remote.${remote}.receivepack`
  const previous = await run('git', ['config', '--get', key], { cwd: clone, allowFailure: true })
  await run('git', ['config', key, wrapper], { cwd: clone })
  const counter = (name: string): number => Number(readFileSync(join(dir, name), 'utf8'))
  return {
    get pushes() {
      return counter('pushes')
    },
    get fired() {
      return counter('fired') > 0
    },
    get foreignCommits() {
      return readFileSync(join(dir, 'foreign'), 'utf8').split('\n').filter(Boolean)
    },
    async remove() {
      if (previous.exitCode === 0)
        await run('git', ['config', key, previous.stdout.trim()], { cwd: clone })
      else await run('git', ['config', '--unset', key], { cwd: clone, allowFailure: true })
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

// SIGKILL, so that receive-pack cannot answer: the client reads the end of the
// stream. The hook counts the firing: a push with nothing to send runs no hook,
// succeeds, and leaves the fault armed for the next push.
const FIRE = `fired="$(dirname "$(dirname "$0")")/fired"
echo $(( $(cat "$fired") + 1 )) > "$fired"
kill -9 "$PPID"`

const KILL_BEFORE_UPDATE = `#!/bin/sh
cat >/dev/null
${FIRE}
exit 1
`

const KILL_AFTER_UPDATE = `#!/bin/sh
cat >/dev/null
if [ "$1" = committed ]; then
${FIRE}
fi
exit 0
`

function wrapperScript(dir: string, spec: PushFaultSpec, nth: number, times: number): string {
  const action = {
    'hang-up': `hooks=${quote(join(dir, 'before'))}`,
    'hang-up-after-update': `hooks=${quote(join(dir, 'after'))}`,
    'pushed-meanwhile': `echo $(( fired + 1 )) > "$dir/fired"
  ${pushMeanwhile(spec.branch ?? '')}`
  }[spec.kind]
  return `#!/bin/sh
# git runs this as \`<receivepack> '<repository>'\` for every push through the remote.
dir=${quote(dir)}
repo="$1"
hooks=
pushes=$(( $(cat "$dir/pushes") + 1 )); echo "$pushes" > "$dir/pushes"
fired=$(cat "$dir/fired")
if [ "$pushes" -ge ${nth} ] && [ "$fired" -lt ${Number.isFinite(times) ? times : 999999} ]; then
  ${action}
fi
if [ -n "$hooks" ]; then
  # Only this push runs the fault's hook. receive-pack runs in a subshell
  # whose death this shell reports to /dev/null, not to the client ("Killed").
  exec 3>&2 2>/dev/null
  (GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.hooksPath GIT_CONFIG_VALUE_0="$hooks" \\
    exec git receive-pack "$repo" 2>&3)
  exit $?
fi
exec git receive-pack "$repo"
`
}

/** A commit by someone else on top of the branch (or of HEAD when the branch is new). */
function pushMeanwhile(branch: string): string {
  const identity = [
    `GIT_AUTHOR_NAME=${quote(FOREIGN_AUTHOR.name)}`,
    `GIT_AUTHOR_EMAIL=${quote(FOREIGN_AUTHOR.email)}`,
    `GIT_COMMITTER_NAME=${quote(FOREIGN_AUTHOR.name)}`,
    `GIT_COMMITTER_EMAIL=${quote(FOREIGN_AUTHOR.email)}`
  ].join(' ')
  const ref = quote(`refs/heads/${branch}`)
  return `export ${identity}
  g() { git --git-dir="$repo" "$@"; }
  tip=$(g rev-parse -q --verify ${ref}^{commit} || g rev-parse -q --verify HEAD^{commit})
  blob=$(echo "someone else's change $pushes" | g hash-object -w --stdin)
  GIT_INDEX_FILE="$dir/index" g read-tree "$tip"
  GIT_INDEX_FILE="$dir/index" g update-index --add --cacheinfo "100644,$blob,someone-else-$pushes.txt"
  tree=$(GIT_INDEX_FILE="$dir/index" g write-tree)
  commit=$(echo "Someone else pushed meanwhile" | g commit-tree "$tree" -p "$tip")
  g update-ref ${ref} "$commit"
  echo "$commit" >> "$dir/foreign"`
}

function executable(path: string, text: string): void {
  writeFileSync(path, text)
  chmodSync(path, 0o755)
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

export interface FetchFaultSpec {
  /** The fetch or ls-remote it fires on, 1-based, counted from injection. Default 1. */
  nth?: number
  /** How many in a row it fires on. Default 1. */
  times?: number
  /** The clone's remote whose fetches it counts. Default origin. */
  remote?: string
}

export interface FetchFault {
  /** Fetches and ls-remotes through the remote since injection. */
  readonly fetches: number
  readonly fired: boolean
  remove(): Promise<void>
}

/** What ssh writes when the server resets the connection before git speaks; ssh exits 255. */
export const CONNECTION_RESET = 'kex_exchange_identification: read: Connection reset by peer'

/**
 * A network error on the nth fetch or ls-remote through the clone's remote
 * (both run the remote's upload-pack, which `remote.<name>.uploadpack` points
 * at a counting wrapper): the connection is reset before git speaks, as ssh
 * reports it, so nothing is fetched. Git then says "Could not read from
 * remote repository". `git fetch <url>` is not counted.
 */
export async function injectFetchFault(
  clone: string,
  spec: FetchFaultSpec = {}
): Promise<FetchFault> {
  const nth = spec.nth ?? 1
  const times = spec.times ?? 1
  const remote = spec.remote ?? 'origin'
  if (!Number.isInteger(nth) || nth < 1)
    throw new Error(`fetch fault nth must be 1 or more, not ${nth}`)
  const dir = mkdtempSync(join(tmpdir(), 'fetch-fault-'))
  writeFileSync(join(dir, 'fetches'), '0\n')
  writeFileSync(join(dir, 'fired'), '0\n')
  const wrapper = join(dir, 'upload-pack')
  executable(
    wrapper,
    `#!/bin/sh
# git runs this as \`<uploadpack> '<repository>'\` for every fetch and ls-remote through the remote.
dir=${quote(dir)}
fetches=$(( $(cat "$dir/fetches") + 1 )); echo "$fetches" > "$dir/fetches"
fired=$(cat "$dir/fired")
if [ "$fetches" -ge ${nth} ] && [ "$fired" -lt ${Number.isFinite(times) ? times : 999999} ]; then
  echo $(( fired + 1 )) > "$dir/fired"
  echo ${quote(CONNECTION_RESET)} >&2
  exit 255
fi
exec git upload-pack "$@"
`
  )
  const key = `remote.${remote}.uploadpack`
  const previous = await run('git', ['config', '--get', key], { cwd: clone, allowFailure: true })
  await run('git', ['config', key, wrapper], { cwd: clone })
  const counter = (name: string): number => Number(readFileSync(join(dir, name), 'utf8'))
  return {
    get fetches() {
      return counter('fetches')
    },
    get fired() {
      return counter('fired') > 0
    },
    async remove() {
      if (previous.exitCode === 0)
        await run('git', ['config', key, previous.stdout.trim()], { cwd: clone })
      else await run('git', ['config', '--unset', key], { cwd: clone, allowFailure: true })
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
