// What a sandbox release leaves behind: a snapshot to compare before and after
// the rerun pass, and the end state, for a person (a table per repository, then
// the registry) and for checks (.sandbox/end-state.json).
import { join } from 'node:path'
import { PUBLISHED_IMAGES } from '../src/phases/post-release/images.js'
import { type DocsSite } from './docs-site.js'
import { FixtureGit } from './fixtures/fixture-git.js'
import { type GitHubEmulator } from './github/index.js'
import { type TestRegistry } from './oci-registry.js'

const REPOSITORIES = ['bpfman', 'bpfman-operator']

/** The v* tags of each fixture repository's bare remote (under `dir`/remotes). */
async function tagsOf(dir: string): Promise<{ repository: string; tags: string[] }[]> {
  return Promise.all(
    REPOSITORIES.map(async (repo) => ({
      repository: `bpfman/${repo}`,
      tags: (
        await new FixtureGit(join(dir, 'remotes', `${repo}.git`)).exec(['tag', '--list', 'v*'])
      )
        .trim()
        .split('\n')
    }))
  )
}

/** What the release made, to compare before and after the rerun pass. */
export async function snapshot(
  dir: string,
  emulator: GitHubEmulator,
  registry: TestRegistry
): Promise<string> {
  const { state } = emulator
  const tags = await Promise.all(
    REPOSITORIES.map((repo) =>
      new FixtureGit(join(dir, 'remotes', `${repo}.git`)).exec(['show-ref', '--tags'])
    )
  )
  const images = await Promise.all(
    [...PUBLISHED_IMAGES].map(async (image) => {
      const repository = image.replace(/^quay\.io\//, '')
      const response = await fetch(`${registry.url}/v2/${repository}/tags/list`)
      return [repository, response.ok ? await response.json() : response.status]
    })
  )
  return JSON.stringify(
    {
      pulls: state.pulls.map((pull) => [
        pull.repoKey,
        pull.number,
        pull.state,
        pull.head.sha,
        pull.title,
        pull.labels
      ]),
      releases: state.releases.map((release) => [
        release.repoKey,
        release.tagName,
        release.draft,
        release.body
      ]),
      assets: state.assets.map((asset) => [asset.id, asset.name, asset.data.length]),
      dispatches: state.dispatches.map((d) => [d.repoKey, d.workflow, d.inputs]),
      tags,
      images
    },
    null,
    1
  )
}

/** The end state (written to end-state.json): `history` holds the fixtures' own pull requests. */
export async function endState(
  dir: string,
  emulator: GitHubEmulator,
  registry: TestRegistry,
  history: Set<number>,
  docs: DocsSite
) {
  const { state } = emulator
  const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as {
    repositories: string[]
  }
  const images = await Promise.all(
    catalog.repositories.map(async (repository) => {
      const list = (await (await fetch(`${registry.url}/v2/${repository}/tags/list`)).json()) as {
        tags: string[] | null
      }
      return { name: `${registry.host}/${repository}`, tags: [...(list.tags ?? [])].sort() }
    })
  )
  return {
    releases: state.releases.map((release) => ({
      repository: release.repoKey,
      tag: release.tagName,
      draft: release.draft,
      prerelease: release.prerelease,
      assets: state.assetsOf(release.id).map((asset) => asset.name)
    })),
    tags: await tagsOf(dir),
    runs: state.workflowRuns.map((run) => ({
      repository: run.repoKey,
      workflow: run.path.replace(/^.*\//, ''),
      event: run.event,
      ref: run.headBranch,
      conclusion: run.conclusion
    })),
    images,
    pulls: state.pulls
      .filter((pull) => !history.has(pull.id))
      .map((pull) => ({
        repository: pull.repoKey,
        number: pull.number,
        title: pull.title,
        state: pull.state,
        merged: Boolean(pull.mergedAt),
        base: pull.base.ref,
        checks: state.workflowRuns
          .filter((run) => run.repoKey === pull.repoKey && run.headSha === pull.head.sha)
          .map((run) => `${run.path.replace(/^.*\//, '')}: ${run.conclusion}`)
      })),
    // What mike deployed (gh-pages versions.json): the docs of each version.
    docs: (await docs.versions()).map((version) => ({ repository: 'bpfman/bpfman', version }))
  }
}

export type EndState = Awaited<ReturnType<typeof endState>>

/** The end state as a table per repository, then the registry's images. */
export function endStateTables(end: EndState): string {
  const table = (rows: string[][]): string => {
    const widths = rows.reduce<number[]>(
      (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
      []
    )
    return rows
      .map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd())
      .join('\n')
  }
  const repositories = [
    ...new Set([...end.releases, ...end.pulls, ...end.runs].map((entry) => entry.repository))
  ]
  const sections = repositories.map((repository) => {
    const rows: string[][] = []
    for (const release of end.releases.filter((r) => r.repository === repository))
      rows.push([
        'release',
        release.tag,
        `${release.draft ? 'draft' : 'published'}${release.prerelease ? ', prerelease' : ''}`,
        `${release.assets.length} assets`
      ])
    for (const tags of end.tags.filter((t) => t.repository === repository))
      rows.push(['tags', tags.tags.at(-1) ?? '', `${tags.tags.length} tags`, tags.tags.join(' ')])
    for (const pull of end.pulls.filter((p) => p.repository === repository))
      rows.push([
        'pull',
        `#${pull.number}`,
        pull.merged ? 'merged' : pull.state,
        `${pull.title}; CI: ${pull.checks.join(', ') || 'none'}`
      ])
    const runs = new Map<string, number>()
    for (const run of end.runs.filter((r) => r.repository === repository)) {
      const key = [run.workflow, `${run.event} ${run.ref}`, run.conclusion ?? 'running'].join('\t')
      runs.set(key, (runs.get(key) ?? 0) + 1)
    }
    for (const [key, count] of runs) {
      const [workflow, on, conclusion] = key.split('\t')
      rows.push(['run', workflow, on, `${conclusion}${count > 1 ? ` (x${count})` : ''}`])
    }
    for (const deployed of end.docs.filter((d) => d.repository === repository))
      rows.push(['docs', deployed.version, 'deployed', ''])
    return `${repository}\n${table(rows)}\n`
  })
  const images = end.images.map((image) => {
    const named = image.tags.filter((tag) => !tag.startsWith('sha-'))
    const shas = image.tags.length - named.length
    return [
      image.name.replace(/^[^/]+\//, ''),
      `${named.join(' ')}${shas ? ` (+${shas} sha-)` : ''}`
    ]
  })
  return `${sections.join('\n')}\nregistry\n${table(images)}\n`
}
