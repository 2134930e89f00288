import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ReleaseError } from '../../src/release/errors.js'
import { PushRejected, REMOTE_RETRY } from '../../src/effects/git.js'
import { FixtureGit as Git } from '../../sandbox/fixtures/fixture-git.js'
import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import {
  CONNECTION_RESET,
  FOREIGN_AUTHOR,
  type FetchFault,
  injectFetchFault,
  injectPushFault,
  type PushFault
} from '../../sandbox/git-faults.js'
import { makeTempDir } from '../support/tmp.js'

let temp: ReturnType<typeof makeTempDir>
let repo: FixtureRepo
let remote: Git
let fault: PushFault | undefined

beforeEach(async () => {
  temp = makeTempDir('git-faults')
  repo = await FixtureRepo.create(temp.dir, 'bpfman')
  await repo.commit('Initial commit', { 'README.md': 'bpfman\n' })
  await repo.pushAll()
  remote = new Git(repo.remoteDir)
})

afterEach(async () => {
  await fault?.remove()
  fault = undefined
  temp.cleanup()
})

async function pushFailure(push: Promise<unknown>): Promise<string> {
  try {
    await push
  } catch (error) {
    expect(error).toBeInstanceOf(ReleaseError)
    return (error as Error).message
  }
  throw new Error('the push succeeded but was expected to fail')
}

/** A plain `git push`, without the retry of Git.push: what the fault does, as it is. */
const rawPush = (branch: string, ...options: string[]): Promise<string> =>
  repo.git.exec(['push', '--quiet', ...options, 'origin', branch])

const remoteTip = (branch = 'main'): Promise<string> =>
  remote.exec(['rev-parse', `refs/heads/${branch}`]).then((sha) => sha.trim())

describe('push faults: the connection', () => {
  it('hang-up: the nth push loses its connection before any ref moves; the next one goes through', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up', nth: 2 })
    const first = await repo.commit('first', { 'a.txt': 'a\n' })
    await repo.git.push('origin', 'main')
    expect(await remoteTip()).toBe(first)
    expect(fault.fired).toBe(false)

    const second = await repo.commit('second', { 'b.txt': 'b\n' })
    const message = await pushFailure(rawPush('main'))
    expect(message).toContain('the remote end hung up unexpectedly')
    expect(message).not.toContain('Killed')
    expect(fault.fired).toBe(true)
    expect(await remoteTip()).toBe(first)

    await repo.git.push('origin', 'main')
    expect(await remoteTip()).toBe(second)
    expect(fault.pushes).toBe(3)
  })

  it('hang-up-after-update: the push took effect, but the client only sees the connection end', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up-after-update' })
    const commit = await repo.commit('change', { 'a.txt': 'a\n' })
    const message = await pushFailure(rawPush('main'))
    expect(message).toContain('the remote end hung up unexpectedly')
    expect(await remoteTip()).toBe(commit)
  })

  it('a push with nothing to send cannot hang up: the fault waits for the next one', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up' })
    await repo.git.push('origin', 'main')
    expect(fault.pushes).toBe(1)
    expect(fault.fired).toBe(false)
    await repo.commit('change', { 'a.txt': 'a\n' })
    await pushFailure(rawPush('main'))
    expect(fault.fired).toBe(true)
  })

  it('remove() puts the clone back as it was', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up', times: Infinity })
    await repo.commit('change', { 'a.txt': 'a\n' })
    await pushFailure(rawPush('main'))
    await pushFailure(rawPush('main'))
    await fault.remove()
    fault = undefined
    const config = await repo.git
      .exec(['config', '--get-regexp', 'receivepack'], undefined)
      .catch(() => '')
    expect(config).toBe('')
    await repo.git.push('origin', 'main')
  })
})

describe('push faults: someone pushed meanwhile', () => {
  it('a fast-forward push is rejected; the foreign commit sits on the old tip', async () => {
    const base = await remoteTip()
    fault = await injectPushFault(repo.workDir, { kind: 'pushed-meanwhile', branch: 'main' })
    await repo.commit('ours', { 'ours.txt': 'ours\n' })
    const message = await pushFailure(rawPush('main'))
    expect(message).toMatch(/\[rejected\]\s+main -> main \(fetch first\)/)
    const [foreign] = fault.foreignCommits
    expect(await remoteTip()).toBe(foreign)
    expect((await remote.exec(['rev-parse', `${foreign}^`])).trim()).toBe(base)
    expect((await remote.exec(['log', '-1', '--format=%an <%ae> %s', foreign])).trim()).toBe(
      `${FOREIGN_AUTHOR.name} <${FOREIGN_AUTHOR.email}> Someone else pushed meanwhile`
    )
    expect(
      (await remote.exec(['diff-tree', '--no-commit-id', '--name-only', '-r', foreign])).trim()
    ).toBe('someone-else-1.txt')
  })

  it('a lease push on the tip we saw is rejected as stale', async () => {
    await repo.git.exec(['checkout', '--quiet', '-b', 'release-v0.6.1'])
    const ours = await repo.commit('release', { VERSION: '0.6.1\n' })
    await repo.git.push('origin', 'release-v0.6.1')
    fault = await injectPushFault(repo.workDir, {
      kind: 'pushed-meanwhile',
      branch: 'release-v0.6.1'
    })
    await repo.git.exec(['commit', '--quiet', '--amend', '-m', 'release, again'])
    const message = await pushFailure(
      rawPush('release-v0.6.1', `--force-with-lease=release-v0.6.1:${ours}`)
    )
    expect(message).toMatch(/\[rejected\]\s+release-v0\.6\.1 -> release-v0\.6\.1 \(stale info\)/)
    expect(await remoteTip('release-v0.6.1')).toBe(fault.foreignCommits[0])
  })

  it('a new branch that someone else created first', async () => {
    fault = await injectPushFault(repo.workDir, {
      kind: 'pushed-meanwhile',
      branch: 'release-v0.7.0'
    })
    await repo.git.exec(['checkout', '--quiet', '-b', 'release-v0.7.0'])
    await repo.commit('release', { VERSION: '0.7.0\n' })
    const message = await pushFailure(rawPush('release-v0.7.0'))
    expect(message).toMatch(/\[rejected\]\s+release-v0\.7\.0 -> release-v0\.7\.0 \(fetch first\)/)
  })
})

describe('Git.push under the faults', () => {
  const delays = REMOTE_RETRY.delaysMs
  beforeEach(() => {
    REMOTE_RETRY.delaysMs = [10]
  })
  afterEach(() => {
    REMOTE_RETRY.delaysMs = delays
  })

  it('a hang-up is retried: the second push goes through', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up' })
    const commit = await repo.commit('change', { 'a.txt': 'a\n' })
    await repo.git.push('origin', 'main')
    expect(fault.fired).toBe(true)
    expect(fault.pushes).toBe(2)
    expect(await remoteTip()).toBe(commit)
  })

  it('a lost answer is retried: the push had taken effect, the retry finds it up to date', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up-after-update' })
    const commit = await repo.commit('change', { 'a.txt': 'a\n' })
    await repo.git.push('origin', 'main', {
      forceWithLease: `refs/heads/main:${await remoteTip()}`
    })
    expect(fault.pushes).toBe(2)
    expect(await remoteTip()).toBe(commit)
  })

  it(`a remote that keeps hanging up fails after ${REMOTE_RETRY.attempts} attempts, saying so`, async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'hang-up', times: Infinity })
    await repo.commit('change', { 'a.txt': 'a\n' })
    const message = await pushFailure(repo.git.push('origin', 'main'))
    expect(fault.pushes).toBe(REMOTE_RETRY.attempts)
    expect(message).toContain(`(${REMOTE_RETRY.attempts} attempts)`)
    expect(message).toContain('the remote could not be reached; check the network and rerun')
  })

  it('a push rejected because someone pushed meanwhile is PushRejected, not retried', async () => {
    fault = await injectPushFault(repo.workDir, { kind: 'pushed-meanwhile', branch: 'main' })
    await repo.commit('ours', { 'ours.txt': 'ours\n' })
    const error = await repo.git.push('origin', 'main').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PushRejected)
    expect(fault.pushes).toBe(1)
  })
})

describe('fetch faults', () => {
  let fetchFault: FetchFault | undefined
  afterEach(async () => {
    await fetchFault?.remove()
    fetchFault = undefined
  })

  it('the nth fetch or ls-remote has its connection reset, as ssh says; Git retries through it', async () => {
    fetchFault = await injectFetchFault(repo.workDir, { nth: 2 })
    const tip = await remoteTip()
    expect(await repo.git.lsRemoteBranch('origin', 'main')).toBe(tip)
    const raw = await repo.git
      .exec(['ls-remote', '--heads', 'origin'])
      .then(() => 'succeeded')
      .catch((error: Error) => error.message)
    expect(raw).toContain(CONNECTION_RESET)
    expect(fetchFault.fired).toBe(true)
    await repo.git.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main'])
    expect(fetchFault.fetches).toBe(3)
  })

  it(`a remote that keeps resetting fails after ${REMOTE_RETRY.attempts} attempts, saying so`, async () => {
    fetchFault = await injectFetchFault(repo.workDir, { times: Infinity })
    const message = await repo.git
      .fetch('origin', ['+refs/heads/main:refs/remotes/origin/main'])
      .then(() => 'succeeded')
      .catch((error: Error) => error.message)
    expect(fetchFault.fetches).toBe(REMOTE_RETRY.attempts)
    expect(message).toContain('the remote could not be reached; check the network and rerun')
  })
})
