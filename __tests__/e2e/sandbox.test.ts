import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ProcessResult, TSX_LOADER, runProcess } from '../../sandbox/run-action.js'
import { makeTempDir } from '../support/tmp.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

// The README's main command with --all, as CI runs it: the standard release
// (both repositories with their own workflows and the templates, run by the local
// workflow runner on their events: the App's tags and pull requests start runs;
// then the rerun pass, the last merges, the end state, status and doctor), then a
// release candidate, a patch release and the v0.6.0 shape, each in its own
// directory. Runs started by one event go at once, so their ids and order vary:
// the checks name workflows and events, not run numbers.
describe('npm run sandbox -- --all', () => {
  let temp: { dir: string; cleanup: () => void }
  let all: ProcessResult
  /** The standard release's part of the output. */
  let run: { stdout: string }
  /** Where the standard release keeps its files. */
  let standard: string

  beforeAll(async () => {
    temp = makeTempDir('sandbox')
    all = await runProcess(
      process.execPath,
      ['--import', TSX_LOADER, `${ROOT}/sandbox/demo.ts`, '--all'],
      {
        cwd: ROOT,
        env: { ...process.env, SANDBOX_DIR: temp.dir },
        timeoutMs: 900_000
      }
    )
    const next = all.stdout.indexOf('\ngithub-token: the standard release')
    run = { stdout: next > 0 ? all.stdout.slice(0, next) : all.stdout }
    standard = join(temp.dir, 'standard')
  }, 900_000)
  afterAll(() => temp.cleanup())

  /** The run logs kept in logs/, those whose file name starts with `prefix`, in order. */
  const logs = (prefix = ''): string =>
    readdirSync(join(standard, 'logs'))
      .filter((file) => file.startsWith(prefix))
      .sort()
      .map((file) => readFileSync(join(standard, 'logs', file), 'utf8'))
      .join('\n')

  /** The position in stdout of the first line that matches, after `from`. */
  const at = (pattern: RegExp, from = 0): number => {
    const found = pattern.exec(run.stdout.slice(from))
    return found ? from + found.index : -1
  }
  const endState = (scenario = 'standard') =>
    JSON.parse(readFileSync(join(temp.dir, scenario, 'end-state.json'), 'utf8'))

  it("runs the chain on events: the maintainer's two acts, the rest started by what the chain does", () => {
    expect(all.stderr).toBe('')
    expect(all.status).toBe(0)
    // In this order: what one depends on has finished before it starts.
    let from = 0
    for (const line of [
      /\n\.github\/workflows\/prepare-release\.yml "Prepare Release 0\.6\.1" \(run 11000000001\): success\n/,
      /\nA maintainer reviews and merges https:\/\/github\.com\/bpfman\/bpfman\/pull\/1504\n/,
      /\nbpfman\/bpfman: Tag Release release-v0\.6\.1 \(pull_request, started by its event\)\n/,
      /\nbpfman\/bpfman: Publish v0\.6\.1 \(push, started by its event\)\n/,
      /\nbpfman\/bpfman-operator: Prepare Release 0\.6\.1 \(workflow_dispatch, started by its event\)\n/,
      /\nA maintainer reviews and merges https:\/\/github\.com\/bpfman\/bpfman-operator\/pull\/403\n/,
      /\nbpfman\/bpfman-operator: Tag Release release-v0\.6\.1 \(pull_request, started by its event\)\n/
    ]) {
      const next = at(line, from)
      expect({ line: String(line), found: next >= 0 }).toEqual({ line: String(line), found: true })
      from = next
    }
    // The repositories' own workflows ran on the App's tag pushes and on its pull requests.
    for (const started of [
      'bpfman/bpfman: build (push, started by its event)',
      'bpfman/bpfman: bpfman-image-build (push, started by its event)',
      'bpfman/bpfman: bpfman-docs (push, started by its event)',
      'bpfman/bpfman: build (pull_request, started by its event)',
      'bpfman/bpfman-operator: image-build (push, started by its event)',
      'bpfman/bpfman-operator: release (push, started by its event)'
    ])
      expect(run.stdout).toContain(`\n${started}\n`)
    // post-release and the catalogs waited for the tag's runs, and said which.
    expect(logs('1-')).toMatch(
      /the runs on v0\.6\.1 finished: build\.yml run \d+ \(completed, success\)/
    )
    expect(logs('1-')).toMatch(
      /the runs on v0\.6\.1 finished: image-build\.yaml run \d+ \(completed, success\)/
    )
    // The manifest travels as an artifact: each consumer says where it got it.
    expect(logs('1-')).toMatch(
      /Release manifest of bpfman\/bpfman v0\.6\.1 from artifact release-manifest-bpfman-bpfman-v0\.6\.1 \(\d+, run 11000000001\)/
    )
    expect(logs('1-')).toContain(
      'downloaded artifact release-manifest-bpfman-bpfman-operator-v0.6.1'
    )
  })

  it('ends with one release per tag, the images, the docs, every pull request merged', () => {
    const end = endState()
    expect(Object.keys(end).sort()).toEqual(['docs', 'images', 'pulls', 'releases', 'runs', 'tags'])
    expect(end.releases).toEqual([
      expect.objectContaining({
        repository: 'bpfman/bpfman',
        tag: 'v0.6.1',
        draft: false,
        prerelease: false
      }),
      expect.objectContaining({
        repository: 'bpfman/bpfman-operator',
        tag: 'v0.6.1',
        draft: false,
        assets: []
      })
    ])
    // build.yml's binaries, then post-release's YAMLs, in one release.
    expect(end.releases[0].assets).toEqual(
      expect.arrayContaining([
        'bpfman-linux-x86_64.tar.gz',
        'bpfman-linux-s390x.tar.gz',
        'bpfman-crds-install.yaml',
        'go-xdp-counter-install.yaml'
      ])
    )
    expect(
      end.pulls.map((p: { repository: string; number: number; merged: boolean }) => [
        p.repository,
        p.number,
        p.merged
      ])
    ).toEqual([
      ['bpfman/bpfman', 1504, true],
      ['bpfman/bpfman-operator', 403, true],
      ['k8s-operatorhub/community-operators', 1, true],
      ['redhat-openshift-ecosystem/community-operators-prod', 1, true],
      ['bpfman/bpfman-operator', 404, true]
    ])
    // The release pull requests got their CI before the merge.
    expect(end.pulls[0].checks).toEqual(expect.arrayContaining(['build.yml: success']))
    const tagged = (name: string) =>
      end.images.find((image: { name: string }) => image.name.endsWith(`/${name}`))?.tags ?? []
    for (const image of [
      'bpfman-bytecode/xdp_pass',
      'bpfman/xdp-dispatcher',
      'bpfman/bpfman-agent'
    ])
      expect(tagged(image)).toContain('v0.6.1')
    // The daemon image: pushed as :latest, tagged v0.6.1 by post-release on the tag run's build.
    expect(tagged('bpfman/bpfman')).toEqual(['latest', 'v0.6.1'])
    expect(end.docs).toEqual(
      expect.arrayContaining([{ repository: 'bpfman/bpfman', version: 'v0.6.1' }])
    )
    expect(end.tags).toEqual([
      { repository: 'bpfman/bpfman', tags: ['v0.4.1.rc1', 'v0.5.5', 'v0.5.6', 'v0.6.0', 'v0.6.1'] },
      { repository: 'bpfman/bpfman-operator', tags: ['v0.5.6', 'v0.6.0', 'v0.6.1'] }
    ])
    // The tables a person reads.
    for (const line of [
      /\nbpfman\/bpfman\n {2}release {2}v0\.6\.1 +published +24 assets\n/,
      /\n {2}pull +#1504 +merged +Release v0\.6\.1; CI: /,
      /\n {2}docs +v0\.6\.1 +deployed\n/
    ])
      expect(run.stdout).toMatch(line)
  })

  it('announces the rerun pass, reruns every workflow of the chain, both prepares included, and changes nothing', () => {
    const pass = run.stdout.indexOf('RERUN PASS: every workflow of the chain runs again')
    expect(pass).toBeGreaterThan(run.stdout.indexOf('Tag Release release-v0.6.1 (pull_request'))
    const rerun = run.stdout.slice(pass)
    for (const title of [
      'rerun: bpfman Prepare Release',
      'rerun: bpfman Tag Release',
      'rerun: bpfman Release on v0.6.1',
      'rerun: bpfman-operator Prepare Release',
      'rerun: bpfman-operator Tag Release'
    ]) {
      expect(rerun).toContain(`\n${title}`)
    }
    expect(rerun.match(/refused, as it must be: tag v0\.6\.1 already exists/g)).toHaveLength(2)
    expect(logs('2-rerun-')).toMatch(
      /unchanged dispatch prepare-release\.yml in bpfman\/bpfman-operator/
    )
    expect(rerun).toContain(
      'nothing changed: no second pull request, tag, release, asset, image tag or dispatch'
    )
  })

  it('keeps every job summary under summaries/, one file per workflow, job and run, and says where', () => {
    const dir = join(standard, 'summaries')
    expect(run.stdout).toContain(`\njob summaries: ${dir}\n`)
    const files = readdirSync(dir).sort()
    expect(files).toContain('1-01-bpfman-prepare-release-prepare-run11000000001.md')
    for (const kind of [
      /^1-\d+-bpfman-tag-release-tag-run\d+\.md$/,
      /^1-\d+-bpfman-post-release-post-run\d+\.md$/,
      /^1-\d+-bpfman-operator-operator-prepare-prepare-run\d+\.md$/,
      /^1-\d+-bpfman-operator-operator-catalogs-catalogs-run\d+\.md$/,
      /^1-\d+-bpfman-operator-operator-next-dev-next-dev-run\d+\.md$/
    ])
      expect(files.filter((file) => kind.test(file)).length).toBeGreaterThanOrEqual(1)
    const refused = files.find((file) =>
      file.startsWith('2-rerun-01-bpfman-prepare-release-prepare-')
    )
    expect(readFileSync(join(dir, refused!), 'utf8')).toContain('tag v0.6.1 already exists')
    const post = files.find((file) => /^1-\d+-bpfman-post-release-post-run/.test(file))
    expect(readFileSync(join(dir, post!), 'utf8')).toContain('quay.io/bpfman/bpfman:v0.6.1')
  })

  it('prints a line per run and job with its time, keeps the logs in files, and ends with status: every row done', () => {
    // The short form: no runner log on stdout.
    expect(run.stdout).not.toContain('\n  | ')
    const jobs = run.stdout.match(/^ {2}job [\w-]+(?: \([^)]*\))?: \w+ \d+\.\ds$/gm) ?? []
    expect(jobs.length).toBeGreaterThan(10)
    expect(readdirSync(join(standard, 'logs')).length).toBeGreaterThanOrEqual(12)
    const status = JSON.parse(readFileSync(join(standard, 'status.json'), 'utf8'))
    const rows: { state: string }[] = Array.isArray(status) ? status : status.rows
    expect(rows.length).toBeGreaterThan(40)
    expect(rows.filter((row) => row.state !== 'done')).toEqual([])
    expect(run.stdout).toMatch(/\nRelease: done\nstatus: exit 0; /)
    // doctor in both checkouts: the chain has what it needs there.
    expect(
      run.stdout.match(/\nEverything the chain needs is in place\.\ndoctor: exit 0\n/g)
    ).toHaveLength(2)
  })

  /** A scenario's end state as [repository, tag, prerelease, assets] and [repository, number, base, title]. */
  const releasesOf = (scenario: string) =>
    endState(scenario).releases.map(
      (r: { repository: string; tag: string; prerelease: boolean; assets: string[] }) => [
        r.repository,
        r.tag,
        r.prerelease,
        r.assets.filter((name) => name.endsWith('.yaml')).length
      ]
    )
  const pullsOf = (scenario: string) =>
    endState(scenario).pulls.map(
      (p: { repository: string; number: number; base: string; title: string; merged: boolean }) => [
        p.repository,
        p.base,
        p.title,
        p.merged
      ]
    )
  const tagsOf = (scenario: string, image: string): string[] =>
    endState(scenario).images.find((i: { name: string }) => i.name.endsWith(`/${image}`))?.tags ??
    []

  it('ends every scenario with status and doctor passing, and says so in one line each', () => {
    for (const scenario of [
      'standard +0\\.6\\.1',
      'github-token +0\\.6\\.1',
      'rc +0\\.7\\.0-rc1',
      'patch +0\\.5\\.7',
      'v0\\.6\\.0 +0\\.6\\.0'
    ])
      expect(all.stdout).toMatch(
        new RegExp(`\\n${scenario} +status: exit 0, doctor: exit 0 and 0, \\d+ s\\n`)
      )
  })

  it('a release candidate: prereleases with no release YAMLs, no catalog pull requests, the operator on to its -dev', () => {
    expect(releasesOf('rc')).toEqual([
      ['bpfman/bpfman', 'v0.7.0-rc1', true, 0],
      ['bpfman/bpfman-operator', 'v0.7.0-rc1', true, 0]
    ])
    expect(pullsOf('rc')).toEqual([
      ['bpfman/bpfman', 'main', 'Release v0.7.0-rc1', true],
      ['bpfman/bpfman-operator', 'main', 'Release v0.7.0-rc1', true],
      ['bpfman/bpfman-operator', 'main', 'Set VERSION to 0.7.0-dev', true]
    ])
    expect(tagsOf('rc', 'bpfman/bpfman-agent')).toContain('v0.7.0-rc1')
  })

  it('a patch release: both repositories release from their patch branches, and main is left alone', () => {
    expect(releasesOf('patch').map((r: unknown[]) => r.slice(0, 3))).toEqual([
      ['bpfman/bpfman', 'v0.5.7', false],
      ['bpfman/bpfman-operator', 'v0.5.7', false]
    ])
    const pulls = pullsOf('patch')
    expect(pulls).toEqual(
      expect.arrayContaining([
        ['bpfman/bpfman', 'release-v0.5.6-patch', 'Release v0.5.7', true],
        ['bpfman/bpfman-operator', 'release-v0.5.6-patch', 'Release v0.5.7', true],
        // v0.5.6 pinned the dispatchers in lib.rs: :latest goes back on its patch branch.
        [
          'bpfman/bpfman',
          'release-v0.5.6-patch',
          'Put :latest back on the dispatcher images after v0.5.7',
          true
        ]
      ])
    )
    // No next -dev version on main after a release of a patch line.
    expect(pulls.filter((p: string[]) => p[2].startsWith('Set VERSION'))).toEqual([])
    expect(endState('patch').tags[0].tags).toEqual([
      'v0.4.1.rc1',
      'v0.5.5',
      'v0.5.6',
      'v0.5.7',
      'v0.6.0'
    ])
  })

  it('the v0.6.0 shape: crates published and checked, the daemon image pushed for the tag, no -dev in a Makefile operator', () => {
    const tools = readFileSync(join(temp.dir, 'v0.6.0', 'tools.log'), 'utf8')
    for (const crate of ['bpfman', 'bpfman-api', 'bpf-log-exporter', 'bpf-metrics-exporter'])
      expect(tools).toContain(`cargo publish ${crate}\n`)
    const status = JSON.parse(readFileSync(join(temp.dir, 'v0.6.0', 'status.json'), 'utf8'))
    const rows: { stage: string; state: string }[] = Array.isArray(status) ? status : status.rows
    expect(rows.filter((row) => /crate/i.test(row.stage)).map((row) => row.state)).toEqual([
      'done',
      'done',
      'done',
      'done'
    ])
    expect(tagsOf('v0.6.0', 'bpfman/bpfman')).toContain('v0.6.0')
    expect(pullsOf('v0.6.0').filter((p: string[]) => p[2].startsWith('Set VERSION'))).toEqual([])
    expect(releasesOf('v0.6.0')[0]).toEqual(['bpfman/bpfman', 'v0.6.0', false, 18])
    // The dispatchers pinned in lib.rs: tagged from :latest, and :latest put back after.
    expect(pullsOf('v0.6.0')).toContainEqual([
      'bpfman/bpfman',
      'main',
      'Put :latest back on the dispatcher images after v0.6.0',
      true
    ])
  })

  it('the GITHUB_TOKEN path: tag pushes start nothing, tag-release dispatches, the maintainer takes the named manual steps, and it ends in the same release as the App path', () => {
    const from = all.stdout.indexOf('\ngithub-token: the standard release')
    const out = all.stdout.slice(from, all.stdout.indexOf('\nrc: a release candidate'))
    expect(from).toBeGreaterThan(0)
    expect(out).toContain('bpfman/bpfman: no run for push refs/tags/v0.6.1 (made with GITHUB_TOKEN')
    for (const pull of ['bpfman/bpfman#1504', 'bpfman/bpfman-operator#404'])
      expect(out).toContain(
        `The manual step a summary names for ${pull}: a maintainer closes and reopens it`
      )
    const runs = endState('github-token').runs.filter(
      (run: { ref: string }) => run.ref === 'v0.6.1'
    )
    expect(
      runs
        .map((run: { repository: string; workflow: string; event: string }) =>
          [run.repository, run.workflow, run.event].join(' ')
        )
        .sort()
    ).toEqual([
      'bpfman/bpfman build.yml workflow_dispatch',
      'bpfman/bpfman docs-build.yml workflow_dispatch',
      'bpfman/bpfman image-build.yml workflow_dispatch',
      'bpfman/bpfman release.yml workflow_dispatch',
      'bpfman/bpfman-operator image-build.yaml workflow_dispatch',
      'bpfman/bpfman-operator release.yml workflow_dispatch'
    ])
    // Every pull request the chain opened had its CI before the merge.
    for (const pull of endState('github-token').pulls.filter((p: { repository: string }) =>
      p.repository.startsWith('bpfman/')
    ))
      expect(pull.checks.filter((check: string) => check.endsWith(': success'))).not.toEqual([])
    expect(all.stdout).toContain(
      '\nthe GITHUB_TOKEN path ended in the same release as the App path: releases, assets, tags, pull requests, images, docs\n'
    )
  })
})
