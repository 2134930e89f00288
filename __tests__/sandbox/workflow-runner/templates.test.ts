import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML, { isMap, isSeq, type Document, type YAMLMap } from 'yaml'
import { createBpfmanFixture, type BpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { registerFixtureRepo } from '../../../sandbox/fixtures/github.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import {
  ManifestTrail,
  WorkflowRunner,
  type JobResult,
  type WorkflowRun
} from '../../../sandbox/workflow-runner/index.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TOKEN = 'ghs_sandbox_maintainer'

/**
 * A copy of a template to break, in a folder of its own: the caller, and the
 * workflow whose steps to break (the caller itself, or the reusable workflow it
 * calls from this repository, copied beside it and called as ./.github/workflows/).
 */
function breakable(dir: string, template: string) {
  const workflows = join(dir, '.github', 'workflows')
  mkdirSync(workflows, { recursive: true })
  const caller = YAML.parseDocument(readFileSync(join(ROOT, template), 'utf8'))
  const callerFile = join(workflows, template.split('/').pop()!)
  let target: Document = caller
  let targetName = callerFile.split('/').pop()!
  const jobs = caller.get('jobs') as YAMLMap
  const withSteps = jobs.items.find((job) => isMap(job.value) && job.value.has('steps'))
  if (!withSteps) {
    const job = jobs.items[0].value as YAMLMap
    const uses = String(job.get('uses'))
    const path = /^bpfman\/release-actions\/(\.github\/workflows\/[^@]+)@/.exec(uses)?.[1]
    if (!path) throw new Error(`cannot find the steps of ${template}: ${uses}`)
    // A name of its own: the reusable workflow may share the caller's file name.
    targetName = `called-${path.split('/').pop()!}`
    target = YAML.parseDocument(readFileSync(join(ROOT, path), 'utf8'))
    job.set('uses', `./.github/workflows/${targetName}`)
  }
  const steps = (): YAMLMap[] => {
    const targetJobs = target.get('jobs') as YAMLMap
    const job = targetJobs.items.find((j) => isMap(j.value) && j.value.has('steps'))!
    const list = (job.value as YAMLMap).get('steps')
    if (!isSeq(list)) throw new Error('no steps')
    return list.items as YAMLMap[]
  }
  const write = (): string => {
    writeFileSync(callerFile, caller.toString())
    if (target !== caller) writeFileSync(join(workflows, targetName), target.toString())
    return callerFile
  }
  return { caller, target, targetName, steps, write }
}

/** Every job of a run, those of the workflows it called included. */
function allJobs(run: WorkflowRun): JobResult[] {
  return Object.values(run.jobs).flatMap((job) => [job, ...(job.called ? allJobs(job.called) : [])])
}

describe('the bpfman prepare-release template, run by the local runner', () => {
  let dir: string
  let emulator: GitHubEmulator
  let bpfman: BpfmanFixture
  let runner: WorkflowRunner
  /** The manifest through the runs of the chain, as npm run sandbox follows it. */
  let trail: ManifestTrail

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runner-templates-'))
    emulator = await startGitHubEmulator({ token: TOKEN })
    bpfman = await createBpfmanFixture(dir)
    await bpfman.repo.commit('ci: the release workflows', {
      '.github/workflows/prepare-release.yml': readFileSync(
        join(ROOT, 'templates/bpfman/prepare-release.yml'),
        'utf8'
      ),
      '.github/workflows/tag-release.yml': readFileSync(
        join(ROOT, 'templates/bpfman/tag-release.yml'),
        'utf8'
      ),
      '.github/workflows/release.yml': readFileSync(
        join(ROOT, 'templates/bpfman/release.yml'),
        'utf8'
      )
    })
    await bpfman.repo.pushAll()
    await registerFixtureRepo(emulator, 'bpfman', 'bpfman', bpfman.remoteDir)
    runner = new WorkflowRunner({
      emulator,
      token: TOKEN,
      sources: { 'bpfman/release-actions': ROOT },
      remotes: { 'bpfman/bpfman': bpfman.remoteDir },
      workDir: join(dir, 'runner')
    })
    trail = new ManifestTrail(emulator)
  })
  afterAll(async () => {
    await emulator.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('opens the release pull request and uploads the manifest, with the dist/ bundles', async () => {
    const run = await runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/prepare-release.yml',
      trigger: { event: 'workflow_dispatch', inputs: { version: '0.6.1' } }
    })
    expect(run.errors).toEqual([])
    expect(run.conclusion).toBe('success')
    expect(trail.check(run)).toEqual([])
    expect(run.runName).toBe('Prepare Release 0.6.1')
    const pull = emulator.state.pulls.find((p) => p.head.ref === 'release-v0.6.1')
    expect(pull).toMatchObject({ state: 'open', base: { ref: 'main' } })
    // The manifest travels as an artifact of the run, named after the tag.
    const manifest = run.artifacts.find((a) => a.name.startsWith('release-manifest-'))
    expect(manifest?.name).toContain('v0.6.1')
    expect(manifest?.files).toHaveLength(1)
    expect(JSON.parse(manifest!.files[0].data.toString('utf8'))).toMatchObject({
      version: '0.6.1'
    })
    // The job that prepared holds write on contents and pull requests, and wrote a summary.
    const jobs = allJobs(run).filter((job) => job.steps.length > 0)
    const preparing = jobs.find((job) =>
      job.steps.some((step) => step.outputs['pr-number'] === String(pull!.number))
    )
    expect(preparing?.permissions).toMatchObject({ contents: 'write', 'pull-requests': 'write' })
    expect(preparing?.summary).toContain('0.6.1')
    expect(allJobs(run).some((job) => job.concurrency) || run.concurrency).toBeTruthy()
  })

  it('tags the merge when the release pull request closes merged, and starts the publish workflow', async () => {
    const pull = emulator.state.pulls.find((p) => p.head.ref === 'release-v0.6.1')!
    const merge = await emulator.mergePull('bpfman', 'bpfman', pull.number)
    const run = await runner.run({
      repository: 'bpfman/bpfman',
      workflow: '.github/workflows/tag-release.yml',
      trigger: { event: 'pull_request', action: 'closed', number: pull.number }
    })
    expect(run.errors).toEqual([])
    expect(run.conclusion).toBe('success')
    expect(trail.check(run)).toEqual([])
    expect(run.runName).toBe('Tag Release release-v0.6.1')
    const tagged = execFileSync('git', ['rev-parse', 'v0.6.1^{commit}'], { cwd: bpfman.remoteDir })
    expect(tagged.toString().trim()).toBe(merge)
    expect(emulator.state.releases.find((r) => r.tagName === 'v0.6.1')?.draft).toBe(true)
    const dispatch = emulator.state.dispatches.find((d) => d.workflow === 'release.yml')
    expect(dispatch?.inputs).toMatchObject({ tag: 'v0.6.1' })
    expect(allJobs(run).some((job) => job.permissions.actions === 'write')).toBe(true)
  })

  describe('a broken copy fails with a message naming the workflow, job and step', () => {
    let copies = 0
    const copy = (): ReturnType<typeof breakable> =>
      breakable(join(dir, `copy-${++copies}`), 'templates/bpfman/prepare-release.yml')
    const runCopy = (file: string): Promise<WorkflowRun> =>
      runner.run({
        repository: 'bpfman/bpfman',
        workflow: file,
        trigger: { event: 'workflow_dispatch', inputs: { version: '0.6.2' } }
      })
    const location = (name: string): RegExp =>
      new RegExp(
        `^workflow [^,]*${name.replace('.', '\\.')}( \\(called by [^)]*\\))?, job [\\w-]+, step \\d+ \\(`
      )

    it('an input the action does not declare', async () => {
      const broken = copy()
      const step = broken
        .steps()
        .find((s) => isMap(s.get('with')) && (s.get('with') as YAMLMap).has('version'))!
      ;(step.get('with') as YAMLMap).set('versoin', '${{ inputs.version }}')
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toContain(`${step.get('uses')} does not declare input versoin`)
    })

    it('a download of a manifest nothing uploaded', async () => {
      const broken = copy()
      const steps = broken.steps()
      const at = steps.findIndex((s) => String(s.get('uses')).startsWith('bpfman/release-actions/'))
      const download = broken.target.createNode({
        uses: 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093',
        with: { name: 'release-manifest-v0.6.1', path: '${{ runner.temp }}' }
      })
      const list = (
        (broken.target.get('jobs') as YAMLMap).items.find(
          (j) => isMap(j.value) && j.value.has('steps')
        )!.value as YAMLMap
      ).get('steps') as { items: unknown[] }
      list.items.splice(at, 0, download)
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toContain(
        'Unable to download artifact(s): Artifact not found for name: release-manifest-v0.6.1'
      )
    })

    it('a missing permission: the GITHUB_TOKEN is refused', async () => {
      const broken = copy()
      for (const document of new Set([broken.caller, broken.target])) {
        YAML.visit(document, {
          Pair(_, pair) {
            if (YAML.isScalar(pair.key) && pair.key.value === 'pull-requests')
              return YAML.visit.REMOVE
            return undefined
          }
        })
      }
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toContain('Resource not accessible by integration')
      expect(run.errors[0]).toContain('pull-requests')
    })

    it("a read of another repository's artifacts with GITHUB_TOKEN: GitHub's 403", async () => {
      emulator.addRepo({ owner: 'bpfman', name: 'bpfman-operator' })
      const broken = copy()
      const steps = broken.steps()
      const at = steps.findIndex((s) => String(s.get('uses')).startsWith('bpfman/release-actions/'))
      const download = broken.target.createNode({
        name: "bpfman-operator's manifest",
        uses: 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093',
        with: {
          name: 'release-manifest-bpfman-bpfman-operator-v0.6.1',
          repository: 'bpfman/bpfman-operator',
          'run-id': '1',
          'github-token': '${{ github.token }}',
          path: '${{ runner.temp }}'
        }
      })
      const list = (
        (broken.target.get('jobs') as YAMLMap).items.find(
          (j) => isMap(j.value) && j.value.has('steps')
        )!.value as YAMLMap
      ).get('steps') as { items: unknown[] }
      list.items.splice(at, 0, download)
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toContain("bpfman-operator's manifest")
      expect(run.errors[0]).toContain(
        'Resource not accessible by integration (the GITHUB_TOKEN of bpfman/bpfman cannot read bpfman/bpfman-operator)'
      )
      const refused = emulator.requests.filter((r) =>
        r.path.startsWith('/repos/bpfman/bpfman-operator/actions/')
      )
      expect(refused.map((r) => r.status)).toEqual([403])
    })

    it('contents: read where the job pushes and writes', async () => {
      const broken = copy()
      for (const document of new Set([broken.caller, broken.target])) {
        YAML.visit(document, {
          Pair(_, pair) {
            if (
              YAML.isScalar(pair.key) &&
              pair.key.value === 'contents' &&
              YAML.isScalar(pair.value)
            )
              pair.value.value = 'read'
          }
        })
      }
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toMatch(/contents: write/)
    })

    it('no permissions at all', async () => {
      const broken = copy()
      for (const document of new Set([broken.caller, broken.target])) {
        YAML.visit(document, {
          Pair(_, pair) {
            if (YAML.isScalar(pair.key) && pair.key.value === 'permissions')
              return YAML.visit.REMOVE
            return undefined
          }
        })
      }
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors).toEqual([
        expect.stringMatching(
          /^workflow [^,]+, job [\w-]+: no permissions: give the job \(or the workflow\) a permissions: block/
        )
      ])
    })

    it('an input the action requires, left out', async () => {
      const broken = copy()
      const step = broken
        .steps()
        .find((s) => String(s.get('uses')).startsWith('bpfman/release-actions/'))!
      ;(step.get('with') as YAMLMap).delete('version')
      const run = await runCopy(broken.write())
      expect(run.conclusion).toBe('failure')
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(location(broken.targetName))
      expect(run.errors[0]).toMatch(/version/)
    })

    it('a tag-release that forgets the manifest: the upload after it lacks the prepare part', async () => {
      const broken = breakable(join(dir, `copy-${++copies}`), 'templates/bpfman/tag-release.yml')
      const tag = broken
        .steps()
        .find((s) => String(s.get('uses')).startsWith('bpfman/release-actions/tag@'))!
      ;(tag.get('with') as YAMLMap).delete('manifest-artifact')
      const pull = emulator.state.pulls.find((p) => p.head.ref === 'release-v0.6.1')!
      const run = await runner.run({
        repository: 'bpfman/bpfman',
        workflow: broken.write(),
        trigger: { event: 'pull_request', action: 'closed', number: pull.number }
      })
      // The run itself succeeds (a rerun of a tagged release); the chain lost the manifest.
      expect(run.errors).toEqual([])
      const problems = trail.check(run)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(
        new RegExp(
          `^workflow \\./\\.github/workflows/${broken.targetName.replace('.', '\\.')}, job tag, step \\d+ \\([^)]*Upload the release manifest\\): uploads release-manifest-bpfman-bpfman-v0\\.6\\.1 without prepare, which workflow [^,]+, job tag, step \\d+ \\(`
        )
      )
    })

    it('a consumer whose manifest artifact is not there says so, and the trail names its step', async () => {
      const broken = breakable(join(dir, `copy-${++copies}`), 'templates/bpfman/tag-release.yml')
      const tag = broken
        .steps()
        .find((s) => String(s.get('uses')).startsWith('bpfman/release-actions/tag@'))!
      ;(tag.get('with') as YAMLMap).set('manifest-artifact', 'release-manifest-of-nothing')
      const pull = emulator.state.pulls.find((p) => p.head.ref === 'release-v0.6.1')!
      const run = await runner.run({
        repository: 'bpfman/bpfman',
        workflow: broken.write(),
        trigger: { event: 'pull_request', action: 'closed', number: pull.number }
      })
      const problems = trail.check(run)
      expect(problems[0]).toMatch(
        /^workflow [^,]+, job tag, step \d+ \(tag: [^)]+\): ran without the release manifest: No release manifest: bpfman\/bpfman has no artifact named release-manifest-of-nothing/
      )
    })
  })
})
