import { expect } from '@jest/globals'
import { parseVersion } from '../../../src/release/version.js'
import { cpSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { GitHubClient, type Octokit, createOctokit } from '../../../src/effects/github/client.js'
import { planPrepare } from '../../../src/phases/prepare-release/plan.js'
import { type Release } from '../../../src/effects/github/client.js'
import { tagResults } from '../../../src/phases/tag-release/planner.js'
import {
  type TagSettings as TagReleaseInputs,
  type TaggedRelease,
  planTagRelease
} from '../../../src/phases/tag-release/plan.js'
import { type AppliedOperation, type ApplyResult } from '../../../src/release/plan.js'
import { type DispatchedRun } from '../../../src/steps/dispatch.js'
import { applyOrThrow } from '../../support/apply.js'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { FixtureRepo } from '../../../sandbox/fixtures/git-fixture.js'
import {
  type OperatorShape,
  createOperatorFixture,
  operatorTree
} from '../../../sandbox/fixtures/operator.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { makeTempDir } from '../../support/tmp.js'

export const TOKEN = 'tag-release-token'
export const TAGGER = { name: 'Release Bot', email: 'release-bot@example.com' }

/** The publication workflow as docs/tokens.md asks for it: a `tag` input and the tag in its run-name. */
export const PUBLISH_WORKFLOW = `name: Publish
on:
  workflow_dispatch:
    inputs:
      tag:
        description: The release tag
        required: true
  push:
    tags: ['v*']
run-name: Publish \${{ inputs.tag }}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: echo publishing
`

/** A fixture repository with its bare remote registered in a fresh emulator. */
export interface World {
  owner: string
  name: string
  repository: string
  repo: FixtureRepo
  workDir: string
  remoteDir: string
  emulator: GitHubEmulator
  github: GitHubClient
  cleanup: () => Promise<void>
}

/** bpfman, or bpfman-operator in its VERSION-file (v0.6.0 on) or Makefile (up to v0.5.6) shape. */
type Kind = 'bpfman' | 'operator' | 'operator-makefile'
const NAMES: Record<Kind, string> = {
  bpfman: 'bpfman',
  operator: 'bpfman-operator',
  'operator-makefile': 'bpfman-operator'
}
const templates = new Map<string, { dir: string; cleanup: () => void }>()

/** Each kind's fixture is built once per test file; every world works on its own copy. */
async function template(kind: Kind): Promise<string> {
  const known = templates.get(kind)
  if (known) return known.dir
  const temp = makeTempDir(`tag-template-${kind}`)
  templates.set(kind, temp)
  const repo =
    kind === 'bpfman'
      ? (await createBpfmanFixture(temp.dir)).repo
      : (
          await createOperatorFixture(temp.dir, {
            shape: kind === 'operator' ? 'version-file' : 'makefile'
          })
        ).repo
  await repo.commit('Add the publication workflow', {
    '.github/workflows/publish.yml': PUBLISH_WORKFLOW
  })
  await repo.pushAll()
  return temp.dir
}

/** For afterAll: removes the fixtures built by this test file. */
export function removeTemplates(): void {
  for (const temp of templates.values()) temp.cleanup()
  templates.clear()
  merged = undefined
}

export async function startWorld(
  kind: Kind,
  options: { octokit?: (url: string) => Octokit } = {}
): Promise<World> {
  return worldFrom(await template(kind), kind, options)
}

let merged: { dir: string; pr: number; merge: string } | undefined

/**
 * A bpfman world where prepare-release's pull request for 0.6.1 is merged (a
 * copy of one real prepare + merge against the emulator, made once per test
 * file); the fresh emulator knows the pull request as merged.
 */
export async function startMergedWorld(): Promise<{ world: World; pr: number; merge: string }> {
  if (!merged) {
    const first = await startWorld('bpfman')
    const { pr, merge } = await prepareAndMerge(first, '0.6.1')
    const temp = makeTempDir('tag-template-merged')
    templates.set('merged', temp)
    cpSync(dirname(first.workDir), temp.dir, { recursive: true })
    await first.cleanup()
    merged = { dir: temp.dir, pr, merge }
  }
  const world = await worldFrom(merged.dir, 'bpfman', {})
  world.emulator.seedMergedPull('bpfman', 'bpfman', {
    number: merged.pr,
    title: 'Release v0.6.1',
    user: 'bpfman',
    headRef: 'release-v0.6.1',
    baseRef: 'main',
    mergeCommitSha: merged.merge
  })
  return { world, pr: merged.pr, merge: merged.merge }
}

async function worldFrom(
  source: string,
  kind: Kind,
  options: { octokit?: (url: string) => Octokit }
): Promise<World> {
  const temp = makeTempDir(`tag-${kind}`)
  cpSync(source, temp.dir, { recursive: true })
  const name = NAMES[kind]
  const repo = new FixtureRepo(join(temp.dir, name), join(temp.dir, 'remotes', `${name}.git`))
  await repo.git.exec(['remote', 'set-url', 'origin', repo.remoteDir])
  const emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name, gitDir: repo.remoteDir })
  const octokit = options.octokit
    ? options.octokit(emulator.url)
    : createOctokit(TOKEN, emulator.url)
  return {
    owner: 'bpfman',
    name,
    repository: `bpfman/${name}`,
    repo,
    workDir: repo.workDir,
    remoteDir: repo.remoteDir,
    emulator,
    github: new GitHubClient(octokit, { owner: 'bpfman', repo: name }),
    cleanup: async () => {
      await emulator.close()
      temp.cleanup()
    }
  }
}

/**
 * The release pull request as operator-release would open it: branch
 * release-vX.Y.Z with the operator fixture's tree of that release (version
 * source, bundle, changelog) plus `extra` files, pushed and opened through the API.
 */
export async function openOperatorReleasePull(
  world: World,
  shape: OperatorShape,
  version: string,
  extra: Record<string, string> = {}
): Promise<number> {
  const git = world.repo.git
  await git.exec(['checkout', '--quiet', '-b', `release-v${version}`, 'main'])
  await world.repo.commit(`Release v${version}`, {
    ...operatorTree(shape, version, { shape }),
    ...extra
  })
  await git.exec(['push', '--quiet', 'origin', `release-v${version}`])
  await git.exec(['checkout', '--quiet', 'main'])
  const { data } = await world.github.octokit.rest.pulls.create({
    owner: world.owner,
    repo: world.name,
    head: `release-v${version}`,
    base: 'main',
    title: `Release v${version}`
  })
  return data.number
}

/** prepare-release against the emulator (pushes the branch, opens the pull request); returns its number. */
export async function prepareRelease(
  world: World,
  version: string,
  base = 'main'
): Promise<number> {
  const prepared = await planPrepare({
    repoDir: world.workDir,
    version: parseVersion(version),
    base,
    repository: world.repository,
    lockfile: 'workspace',
    offline: true,
    remote: 'origin',
    github: world.github,
    identity: TAGGER,
    dryRun: false
  })
  const { products } = await applyOrThrow(prepared.plan)
  return products.of(prepared.publish.pull as NonNullable<typeof prepared.publish.pull>).number
}

/** prepare-release, then the maintainer merges the pull request; returns its number and merge commit. */
export async function prepareAndMerge(
  world: World,
  version: string,
  base = 'main'
): Promise<{ pr: number; merge: string }> {
  const pr = await prepareRelease(world, version, base)
  const merge = await world.emulator.mergePull(world.owner, world.name, pr)
  return { pr, merge }
}

export function tagInputs(
  world: World,
  overrides: Partial<TagReleaseInputs> = {}
): TagReleaseInputs {
  return {
    repoDir: world.workDir,
    repository: world.repository,
    version: undefined,
    pr: undefined,
    base: undefined,
    remote: 'origin',
    github: world.github,
    identity: TAGGER,
    kind: 'auto',
    publish: 'later',
    dispatchWorkflow: 'publish.yml',
    eventsStartWorkflows: false,
    ...overrides
  }
}

export async function tagRelease(
  world: World,
  overrides: Partial<TagReleaseInputs> = {}
): Promise<{
  tagged: TaggedRelease
  applied: AppliedOperation[]
  result: ApplyResult
  outputs: { release: Release | undefined; dispatch: DispatchedRun | undefined }
}> {
  const tagged = await planTagRelease(tagInputs(world, overrides))
  const result = await applyOrThrow(tagged.plan)
  return { tagged, applied: result.applied, result, outputs: tagResults(tagged, result.products) }
}

/** Tags in the bare remote: name -> the commit it points at. */
export async function remoteTags(world: World): Promise<Record<string, string>> {
  const out = await new FixtureGit(world.remoteDir).exec([
    'for-each-ref',
    '--format=%(refname:short) %(*objectname) %(objectname)',
    'refs/tags'
  ])
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, peeled, object] = line.split(' ')
        return [name, peeled || object]
      })
  )
}

/** Nothing was created: the tag is not in the remote, no release, no dispatch. */
export async function expectNothingCreated(world: World, tag: string): Promise<void> {
  expect((await remoteTags(world))[tag]).toBe(undefined)
  expect(world.emulator.state.releases).toEqual([])
  expect(world.emulator.state.dispatches).toEqual([])
}
