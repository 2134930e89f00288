// What the fault matrices share: a quiet host for runPhase, the end state of
// a world's GitHub side (refs by content, pull requests, labels, releases,
// assets by content, dispatches) without what differs between equal runs, the
// name of a fault kind, and the kinds tried at one request.
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

/**
 * The kinds tried at request `index`: all of them; FAULT_MATRIX=sample tries
 * a third, rotating, so that every kind still meets every third request.
 */
export function kindsFor<K>(index: number, kinds: readonly K[]): readonly K[] {
  if (process.env.FAULT_MATRIX !== 'sample') return kinds
  return kinds.filter((_, kind) => (kind + index) % 3 === 0)
}
