import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../../src/action.js'
import { main } from '../../src/cli-main.js'
import { type Phase } from '../../src/driver.js'
import { operatorRelease } from '../../src/phases/operator-release/index.js'
import { postRelease } from '../../src/phases/post-release/index.js'
import { prepareRelease } from '../../src/phases/prepare-release/index.js'
import { tagRelease } from '../../src/phases/tag-release/index.js'
import { createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { registerFixtureRepo } from '../../sandbox/fixtures/github.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { type ProcessResult } from '../../sandbox/run-action.js'
import { runCli } from '../support/cli.js'
import { repoSnapshot } from '../support/git-state.js'
import { runCli as runPostCli, startPostWorld } from '../phases/post-release/world.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { makeTempDir } from '../support/tmp.js'
import {
  type BadInput,
  type PhaseName,
  badInputCorpus,
  manifestContents
} from './bad-input-corpus.js'

// Every case of the generated corpus, in-process (the CLI's main with argv,
// runAction with INPUT_* in the environment): exit 2, one message naming the
// input, no stack trace, and the checkout, its refs, its remote and the
// emulator's state as they were. A few go through real processes at the end.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const PHASES: Record<PhaseName, Phase<any>> = {
  prepare: prepareRelease,
  tag: tagRelease,
  post: postRelease,
  operator: operatorRelease
}
const TOKEN = 'ghs_bad_input_corpus_token'

let temp: { dir: string; cleanup: () => void }
let workDir: string
let remoteDir: string
let emulator: GitHubEmulator
let before: string[]

const paths = (() => {
  temp = makeTempDir('bad-input')
  return {
    repo: join(temp.dir, 'bpfman'),
    file: join(temp.dir, 'not-json.txt'),
    outside: join(temp.dir, 'not-a-checkout'),
    manifests: {
      foreign: join(temp.dir, 'manifest-v0.5.0.json'),
      oldSchema: join(temp.dir, 'manifest-schema-1.json'),
      oversized: join(temp.dir, 'manifest-oversized.json')
    }
  }
})()
const corpus: BadInput[] = badInputCorpus(paths)

beforeAll(async () => {
  const fixture = await createBpfmanFixture(temp.dir, { newExamples: ['go-tcx-counter'] })
  workDir = fixture.workDir
  remoteDir = fixture.remoteDir
  writeFileSync(paths.file, '{ this is not JSON\n')
  const contents = manifestContents()
  writeFileSync(paths.manifests.foreign, contents.foreign)
  writeFileSync(paths.manifests.oldSchema, contents.oldSchema)
  writeFileSync(paths.manifests.oversized, contents.oversized)
  mkdirSync(paths.outside)
  emulator = await startGitHubEmulator({ token: TOKEN })
  await registerFixtureRepo(emulator, 'bpfman', 'bpfman', remoteDir)
  // Octokit reads the API's address from the environment, for the CLI too; retries wait milliseconds.
  process.env.GITHUB_API_URL = emulator.url
  process.env.RELEASE_ACTIONS_SECOND_MS = '1'
  before = await snapshot()
})
afterAll(async () => {
  await emulator.close()
  temp.cleanup()
})

interface Outcome {
  code: number
  output: string
}

async function runCase(item: BadInput): Promise<Outcome> {
  if (item.entry === 'cli') {
    let output = ''
    const sink = { write: (text: string) => (output += text) }
    const code = await main([item.phase, ...item.argv], {
      stdout: sink,
      stderr: sink,
      env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url }
    })
    return { code, output }
  }
  const saved = { ...process.env }
  const write = process.stdout.write
  let output = ''
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries({ token: TOKEN, ...item.inputs }))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  process.env.GITHUB_API_URL = emulator.url
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = 0
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await runAction(PHASES[item.phase])
  } finally {
    process.stdout.write = write
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return { code, output }
}

/** The one error line of a run: the CLI's stderr line, the action's ::error:: annotation. */
function errorLines(item: BadInput, output: string): string[] {
  return item.entry === 'cli'
    ? output.split('\n').filter((line) => line.startsWith(`bpfman-release ${item.phase}: `))
    : output.split('\n').filter((line) => line.startsWith('::error::'))
}

/** The checkout's refs, HEAD and status, and the remote's refs: three git processes. */
async function snapshot(): Promise<string[]> {
  const work = new FixtureGit(workDir)
  return Promise.all([
    work.exec(['for-each-ref', '--format=%(refname) %(objectname)']),
    work.exec(['status', '--porcelain=v2', '--branch', '--untracked-files=all']),
    new FixtureGit(remoteDir).exec(['for-each-ref', '--format=%(refname) %(objectname)'])
  ])
}

/** Puts back refs a failing case made, so that one case's fault does not fail the rest. */
async function restore(): Promise<void> {
  for (const [dir, refs] of [
    [workDir, before[0]],
    [remoteDir, before[2]]
  ]) {
    const git = new FixtureGit(dir)
    const now = await git.exec(['for-each-ref', '--format=%(refname) %(objectname)'])
    for (const line of now.split('\n').filter(Boolean)) {
      if (!refs.split('\n').includes(line)) await git.exec(['update-ref', '-d', line.split(' ')[0]])
    }
  }
}

/** Requests that may have changed the emulator: not a read, not refused; generate-notes only computes. */
const writes = (): number =>
  emulator.requests.filter(
    (request) =>
      request.method !== 'GET' &&
      Number(request.status) < 400 &&
      !request.path.endsWith('/releases/generate-notes')
  ).length

describe(`the bad-input corpus: ${corpus.length} cases, each exit 2 with one message, nothing changed`, () => {
  it.each(corpus.map((item) => [`${item.entry} ${item.phase} ${item.what}`, item] as const))(
    '%s',
    async (_name, item) => {
      const { code, output: raw } = await runCase(item)
      const after = await snapshot()
      if (after.join() !== before.join()) await restore()
      expect(after).toEqual(before)
      // The action masks the token first: the runner hides it; nothing else may show it.
      const output = raw.replace(/^::add-mask::.*\n/gm, '')
      const lines = errorLines(item, output)
      expect({ code, lines: lines.length, output: output.slice(-600) }).toMatchObject({
        code: 2,
        lines: 1
      })
      const [line] = lines
      expect(line).toContain(item.names.replace(/^--/, ''))
      if (item.says) expect(line).toMatch(item.says)
      expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
      expect(output).not.toContain(TOKEN)
      expect(writes()).toBe(0)
    }
  )
})

describe('through real processes', () => {
  it.each([
    ['a missing --repo folder', ['prepare', '--repo', '/nonexistent/bpfman', '--version', '0.6.1']],
    ['a --repo that is a file', ['tag', '--repo', '/etc/hostname', '--version', '0.6.1']],
    ['a control character', ['post', '--version', '0.6.1\u0007']],
    ['a flag that does not exist', ['operator', '--stages', 'prepare']]
  ])('%s: exit 2, one line on stderr', async (_name, argv) => {
    const run = await runCli(argv)
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stdout).toBe('')
  })
})

describe('a repository GitHub does not know, or a token it does not take', () => {
  it('post-release in a released world: exit 2 naming --github-repo, then the token; nothing changed', async () => {
    const world = await startPostWorld()
    try {
      const before = await repoSnapshot(world.workDir, world.remoteDir)
      const stateNow = (): string =>
        JSON.stringify({ ...world.emulator.state, requests: undefined })
      const state = stateNow()
      const post = (env: Record<string, string>, ...flags: string[]): Promise<ProcessResult> =>
        runPostCli(
          [
            'post',
            ...[
              '--repo',
              world.workDir,
              '--version',
              '0.6.1',
              '--wait-seconds',
              '0',
              '--runs-wait-seconds',
              '0'
            ],
            ...['--registry-url', world.registry.url, '--crates', 'none', '--fail-on', 'none'],
            ...flags
          ],
          env
        )
      const unknown = await post(world.env, '--github-repo', 'bpfman/bpfmn')
      expect(unknown.stderr.trim()).toBe(
        "bpfman-release post: --github-repo: GitHub knows no repository bpfman/bpfmn, or the token cannot see it (GitHub answers 404 to both). Check the owner/name, and that the token reaches it: a workflow's GITHUB_TOKEN reaches only its own repository, a fine-grained token only the repositories it was given."
      )
      expect(unknown.status).toBe(2)
      const refused = await post({ ...world.env, GITHUB_TOKEN: 'not-a-token-GitHub-takes' })
      expect(refused.stderr.trim()).toBe(
        'bpfman-release post: GITHUB_TOKEN: GitHub refused the token (401 ("Bad credentials")): it is wrong, expired or revoked. Give a valid token.'
      )
      expect(refused.status).toBe(2)
      expect(await repoSnapshot(world.workDir, world.remoteDir)).toEqual(before)
      expect(stateNow()).toBe(state)
    } finally {
      await world.cleanup()
    }
  })
})
