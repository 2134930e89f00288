import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { Git } from '../../../src/effects/git.js'
import { ReleaseError } from '../../../src/release/errors.js'
import {
  type GenerationStep,
  generateInWorktree
} from '../../../src/phases/operator-release/generate.js'
import { FixtureRepo } from '../../../sandbox/fixtures/git-fixture.js'
import { makeTempDir } from '../../support/tmp.js'

// A maintainer's machine without what the operator's generation steps need:
// each failure says what is missing and names the flag that skips the step.
let temp: { dir: string; cleanup: () => void }
const saved = { ...process.env }

async function repoWith(
  name: string,
  files: Record<string, string>
): Promise<{ git: Git; head: string }> {
  const repo = await FixtureRepo.create(temp.dir, name)
  await repo.commit('Initial', files)
  const git = new Git(repo.workDir)
  return { git, head: (await repo.git.exec(['rev-parse', 'HEAD'])).trim() }
}

async function failure(
  name: string,
  files: Record<string, string>,
  step: GenerationStep
): Promise<Error> {
  const { git, head } = await repoWith(name, files)
  return generateInWorktree(git, head, [], [step]).then(
    () => {
      throw new Error('expected the step to fail')
    },
    (error: unknown) => error as Error
  )
}

const GO_GET: GenerationStep = {
  label: 'github.com/bpfman/bpfman v0.6.0 -> v0.6.1: go get github.com/bpfman/bpfman@v0.6.1',
  commands: [{ command: 'go', args: ['get', 'github.com/bpfman/bpfman@v0.6.1'] }]
}

beforeAll(() => {
  temp = makeTempDir('generate')
})
afterAll(() => temp.cleanup())
afterEach(() => {
  process.env = { ...saved }
})

describe('generateInWorktree on a machine that lacks what a step needs', () => {
  it("refuses before running go when go is older than go.mod's go line, naming --skip-go", async () => {
    process.env.GOTOOLCHAIN = 'local'
    const error = await failure(
      'old-go',
      { 'go.mod': 'module example.com/operator\n\ngo 1.99.0\n' },
      GO_GET
    )
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toMatch(
      /^go\.mod asks for go 1\.99\.0 \(its go line\) and the go here is \d+\.\d+(\.\d+)?: install go 1\.99\.0 or newer, or run with --skip-go \(input skip-go\)/
    )
  })

  it('says that go needs the network when the module proxy is out of reach', async () => {
    process.env.GOPROXY = 'http://127.0.0.1:1'
    process.env.GOSUMDB = 'off'
    process.env.GOFLAGS = '-mod=mod'
    process.env.GOPATH = `${temp.dir}/gopath`
    process.env.GOMODCACHE = `${temp.dir}/gomodcache`
    const error = await failure(
      'no-network',
      { 'go.mod': 'module example.com/operator\n\ngo 1.19\n' },
      GO_GET
    )
    expect(error.message).toContain(
      `${GO_GET.label}: it needs the network (the Go module proxy) and could not reach it: run it where the network is reachable, or run with --skip-go (input skip-go)`
    )
    // What go said stays below it.
    expect(error.message).toMatch(/connection refused/)
  })

  it('says that make bundle needs operator-sdk, naming --skip-bundle', async () => {
    process.env.PATH = `/usr/bin:/bin`
    const error = await failure(
      'no-sdk',
      { Makefile: 'bundle:\n\toperator-sdk generate bundle --version 0.6.1\n' },
      { label: 'make bundle', commands: [{ command: 'make', args: ['bundle'] }] }
    )
    expect(error.message).toMatch(
      /^make bundle: it needs operator-sdk, which is not installed here: install it, or run with --skip-bundle \(input skip-bundle\) and run make bundle before the pull request merges\./
    )
  })

  it('says when the command itself is not installed', async () => {
    const error = await failure(
      'no-tool',
      { 'README.md': 'x\n' },
      { label: 'bundle-tool', commands: [{ command: 'no-such-bundle-tool', args: [] }] }
    )
    expect(error.message).toMatch(
      /^bundle-tool: no-such-bundle-tool is not installed here \(not on PATH\): install it, or run with --skip-bundle/
    )
  })
})
