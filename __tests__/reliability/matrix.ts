// What the fault matrices share: a quiet host for runPhase, the end state of
// a world's GitHub side (refs by content, pull requests, labels, releases,
// assets by content, dispatches) without what differs between equal runs, the
// name of a fault kind, and the kinds tried at one request.
import { afterAll, beforeAll } from '@jest/globals'
import { createHash } from 'node:crypto'
import { runEnvironment } from '../../src/environment.js'
import { type Host } from '../../src/host.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { type GitHubEmulator } from '../../sandbox/github/index.js'

export const host: Host = {
  // Read at each run: the matrices point GITHUB_API_URL at each world's emulator.
  get environment() {
    return runEnvironment(process.env)
  },
  json: false,
  print: () => undefined,
  manifestPath: () => undefined,
  manifestInput: '--manifest',
  setOutputs: () => undefined,
  writeSummary: () => undefined,
  epilogue: () => undefined
}

/**
 * For the calling test file: the client's seconds of waiting last a
 * millisecond, and GITHUB_API_URL (each run points it at its emulator) is put
 * back afterwards.
 */
export function useQuickRetries(): void {
  const saved = { api: process.env.GITHUB_API_URL, second: process.env.RELEASE_ACTIONS_SECOND_MS }
  beforeAll(() => {
    process.env.RELEASE_ACTIONS_SECOND_MS = '1'
  })
  afterAll(() => {
    process.env.GITHUB_API_URL = saved.api
    process.env.RELEASE_ACTIONS_SECOND_MS = saved.second
  })
}

/** Every ref of a bare remote: tree, parents and message of the commit it names. */
export async function remoteRefs(remoteDir: string): Promise<Record<string, string>> {
  const remote = new FixtureGit(remoteDir)
  const refs = (await remote.exec(['for-each-ref', '--format=%(refname)']))
    .split('\n')
    .filter(Boolean)
  const branches: Record<string, string> = {}
  for (const ref of refs) {
    branches[ref] = (await remote.exec(['log', '-1', '--format=%T %P%n%B', ref])).trim()
  }
  return branches
}

/** The end state, without what differs between equal runs (ids, times, commit ids). */
export async function endState(world: {
  emulator: GitHubEmulator
  remoteDir: string
}): Promise<Record<string, unknown>> {
  const { state } = world.emulator
  return {
    refs: await remoteRefs(world.remoteDir),
    pulls: state.pulls.map((pull) => ({
      title: pull.title,
      body: pull.body,
      head: pull.head.ref,
      base: pull.base.ref,
      state: pull.state,
      labels: pull.labels
    })),
    labels: state.labels.map((label) => label.name).sort(),
    releases: state.releases.map((release) => ({
      tag: release.tagName,
      target: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      makeLatest: release.makeLatest,
      // Sorted by name: a replaced asset is uploaded again, after the others.
      assets: state.assets
        .filter((asset) => asset.releaseId === release.id)
        .map((asset) => ({
          name: asset.name,
          label: asset.label,
          contentType: asset.contentType,
          sha256: createHash('sha256').update(asset.data).digest('hex')
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    })),
    // Which release each repository shows as latest (make_latest applied).
    latest: [...state.repos.values()].map((repo) => [
      `${repo.owner}/${repo.name}`,
      state.releases.find((release) => release.id === repo.latestReleaseId)?.tagName ?? null
    ]),
    dispatches: state.dispatches.map((dispatch) => ({
      repository: dispatch.repoKey,
      workflow: dispatch.workflow,
      ref: dispatch.ref,
      inputs: dispatch.inputs
    }))
  }
}

export const kindName = (fault: { kind: string; status?: number }): string =>
  `${fault.kind}${fault.status ? ` ${fault.status}` : ''}`

/** One run of a matrix: the fault `kind` on request `index` (0-based) of the clean run. */
export interface FaultCase<K> {
  index: number
  kind: K
}

/**
 * The runs of a matrix over a clean run's `requests`: each request meets
 * every kind, except in a row of equal requests that `alike` matches (the
 * uploads of a release's assets: one loop, the same request but for the
 * file). Such a row shares the kinds out in turn, so that it still meets
 * every kind and each of its requests (the first, the last and those
 * between) meets at least one: max(row, kinds) runs instead of their
 * product. Any other request, a row of equal ones included (two reads of the
 * releases may be two steps), meets every kind. FAULT_MATRIX=full runs every
 * request with every kind.
 */
export function faultCases<K>(
  requests: readonly string[],
  kinds: readonly K[],
  alike?: RegExp
): FaultCase<K>[] {
  const shared = (index: number): boolean =>
    process.env.FAULT_MATRIX !== 'full' && alike !== undefined && alike.test(requests[index])
  const cases: FaultCase<K>[] = []
  for (let start = 0; start < requests.length;) {
    let end = start + 1
    if (shared(start)) while (end < requests.length && requests[end] === requests[start]) end++
    const row = end - start
    const runs = row === 1 ? kinds.length : Math.max(row, kinds.length)
    for (let turn = 0; turn < runs; turn++)
      cases.push({ index: start + (turn % row), kind: kinds[turn % kinds.length] })
    start = end
  }
  return cases
}
