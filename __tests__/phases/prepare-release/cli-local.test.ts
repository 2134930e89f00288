import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { createBpfmanFixture } from '../../../sandbox/fixtures/bpfman.js'
import { runCli, withoutProgress } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

// One fixture built once; each test works on its own copy (cp -r keeps the bare remote path relative? no: absolute),
// so every copy gets its own remote through `git remote set-url`.
let template: { dir: string; cleanup: () => void }
const copies: (() => void)[] = []

beforeAll(async () => {
  template = makeTempDir('prepare-cli')
  await createBpfmanFixture(template.dir, { newExamples: ['go-tcx-counter'] })
})

afterAll(() => {
  template.cleanup()
  copies.forEach((cleanup) => cleanup())
})

async function freshCopy(): Promise<{ workDir: string; remoteDir: string; git: FixtureGit }> {
  const copy = makeTempDir('prepare-copy')
  copies.push(copy.cleanup)
  cpSync(template.dir, copy.dir, { recursive: true })
  const workDir = join(copy.dir, 'bpfman')
  const remoteDir = join(copy.dir, 'remotes', 'bpfman.git')
  const git = new FixtureGit(workDir)
  await git.exec(['remote', 'set-url', 'origin', remoteDir])
  return { workDir, remoteDir, git }
}

describe('bpfman-release prepare --no-push', () => {
  it('commits every release edit on the local release branch and leaves the checkout alone', async () => {
    const { workDir, git } = await freshCopy()
    const result = await runCli(['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Plan: prepare-release 0.6.1')

    const changed = (await git.exec(['diff', '--name-only', 'main', 'release-v0.6.1']))
      .trim()
      .split('\n')
    expect(changed).toEqual(
      expect.arrayContaining([
        'Cargo.lock',
        'Cargo.toml',
        'RELEASE.md',
        'bpfman/src/lib.rs',
        'changelogs/CHANGELOG-v0.6.1.md',
        'docs/getting-started/running-release.md',
        'docs/quick-start.md',
        'examples/Makefile',
        'examples/config/v0.6.1/go-xdp-counter/kustomization.yaml',
        'examples/config/v0.6.1-selinux/go-xdp-counter/kustomization.yaml',
        'examples/config/v0.6.1/go-tcx-counter/kustomization.yaml'
      ])
    )
    // Left alone: history, old config folders, the historical statement in docs/design.
    expect(
      changed.filter((path) =>
        /^changelogs\/CHANGELOG-v0\.[45]|examples\/config\/v0\.6\.0|docs\/design/.test(path)
      )
    ).toEqual([])

    const show = (path: string): Promise<string> => git.exec(['show', `release-v0.6.1:${path}`])
    expect(await show('Cargo.toml')).toContain('version = "0.6.1"')
    expect(await show('Cargo.toml')).toContain('bpfman-csi = { version = "1.8.0", path = "./csi" }')
    expect(await show('bpfman/src/lib.rs')).toContain('"quay.io/bpfman/xdp-dispatcher:v0.6.1"')
    const changelog = await show('changelogs/CHANGELOG-v0.6.1.md')
    expect(changelog).toMatch(/^The v0\.6\.1 release is a patch release\./)
    expect(changelog).toContain(
      '* Add go-tcx-counter example by @dave-tucker in https://github.com/bpfman/bpfman/pull/1502'
    )
    // Offline, the same shape as GitHub's generated notes (checked against the emulator's in action.test.ts).
    expect(changelog).toContain(
      '## New Contributors\n* @anfredette made their first contribution in https://github.com/bpfman/bpfman/pull/1501\n'
    )
    expect(changelog).toContain(
      '\n\n**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.6.0...v0.6.1\n'
    )

    const message = await git.exec(['log', '-1', '--format=%B', 'release-v0.6.1'])
    expect(message).toMatch(/^Release v0\.6\.1\n/)
    expect(message).toContain('Signed-off-by: Fixture Maintainer <maintainer@example.com>')
    expect(await git.exec(['rev-parse', 'release-v0.6.1^'])).toBe(
      await git.exec(['rev-parse', 'main'])
    )
    // The work tree stays on main, untouched.
    expect((await git.exec(['symbolic-ref', '--short', 'HEAD'])).trim()).toBe('main')
    expect(await git.exec(['status', '--porcelain'])).toBe('')
    // The plan lists what it left alone for review.
    expect(result.stdout).toContain(
      '[left alone, please review] docs/developer-guide/api-spec.md:3'
    )
  })

  it('the checked-out lock still agrees with Cargo.toml for real cargo', async () => {
    const { workDir, git } = await freshCopy()
    expect(
      (await runCli(['prepare', '--repo', workDir, '--version', '0.7.0', '--no-push'])).status
    ).toBe(0)
    await git.exec(['checkout', '--quiet', 'release-v0.7.0'])
    const { run } = await import('../../../src/effects/exec.js')
    const metadata = await run(
      'cargo',
      ['metadata', '--locked', '--offline', '--format-version', '1', '--no-deps'],
      { cwd: workDir }
    )
    const packages = JSON.parse(metadata.stdout).packages as { name: string; version: string }[]
    const versions = Object.fromEntries(packages.map((p) => [p.name, p.version]))
    expect(versions).toMatchObject({
      bpfman: '0.7.0',
      'bpfman-api': '0.7.0',
      buildinfo: '0.7.0',
      'bpfman-csi': '1.8.0'
    })
  })

  it('reruns to the same branch commit without a duplicate', async () => {
    const { workDir, git } = await freshCopy()
    expect(
      (await runCli(['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push'])).status
    ).toBe(0)
    const first = await git.exec(['rev-parse', 'release-v0.6.1'])
    const again = await runCli(['prepare', '--repo', workDir, '--version', '0.6.1', '--no-push'])
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('unchanged commit')
    expect(await git.exec(['rev-parse', 'release-v0.6.1'])).toBe(first)
  })

  it('--dry-run --diffs prints the plan with every diff and changes nothing; --json prints it as JSON', async () => {
    const { workDir, remoteDir } = await freshCopy()
    const before = await repoSnapshot(workDir, remoteDir)
    const dry = await runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--no-push',
      '--dry-run',
      '--diffs'
    ])
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain('+version = "0.6.1"')
    expect(dry.stdout).toContain('Dry run: nothing was changed.')
    const json = await runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--no-push',
      '--dry-run',
      '--json'
    ])
    expect(json.status).toBe(0)
    const plan = JSON.parse(json.stdout)
    expect(plan.version).toBe('0.6.1')
    expect(plan.files.map((file: { path: string }) => file.path)).toContain('Cargo.toml')
    expect(plan.operations[0].kind).toBe('git')
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
  })

  it('--lockfile generate runs real cargo generate-lockfile', async () => {
    const { workDir, git } = await freshCopy()
    const result = await runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--no-push',
      '--lockfile',
      'generate'
    ])
    expect(withoutProgress(result.stderr)).toBe('')
    expect(result.stderr).toMatch(/Z cargo generate-lockfile --manifest-path \S+: done in \d+s$/m)
    const lock = await git.exec(['show', 'release-v0.6.1:Cargo.lock'])
    expect(lock).toContain('name = "bpfman"\nversion = "0.6.1"')
    expect(lock).toContain('name = "bpfman-csi"\nversion = "1.8.0"')
    expect(await git.exec(['worktree', 'list'])).not.toContain('release-lockfile')
  })
})

describe('from a folder inside the checkout', () => {
  it('works at the top level, as git does; a --repo that names the folder is told so', async () => {
    const { workDir } = await freshCopy()
    const docs = join(workDir, 'docs')
    const args = ['prepare', '--version', '0.6.1', '--no-push', '--dry-run']
    const inside = await runCli(args, {}, docs)
    expect(inside.stderr).toBe('')
    expect(inside.status).toBe(0)
    expect(inside.stdout).toContain('modify Cargo.toml: ')
    const named = await runCli([...args, '--repo', docs])
    expect(named.status).toBe(0)
    expect(named.stderr).toBe(
      `bpfman-release: --repo ${docs} is a folder inside the repository ${workDir}: working at its top level, as git does\n`
    )
    expect(named.stdout).toBe(inside.stdout)
  })
})

describe('bad input changes nothing and exits 2', () => {
  const cases: [string, (workDir: string, git: FixtureGit) => Promise<string[]>, RegExp][] = [
    [
      'a malformed version',
      async (w) => ['--repo', w, '--version', 'v0.4.1.rc1'],
      /"v0.4.1.rc1" is not a release version; use 0.6.1, v0.6.1 or 0.7.0-rc1/
    ],
    [
      'a version that is not greater than the last release',
      async (w) => ['--repo', w, '--version', '0.5.6-rc2'],
      /0.5.6-rc2 is a release candidate of 0.5.6, which is released \(tag v0.5.6\); choose 0.6.1-rc1 or 0.7.0-rc1/
    ],
    [
      'a version below the newest release on the base branch',
      async (w) => ['--repo', w, '--version', '0.5.7'],
      /0.5.7 is not greater than 0.6.0, the newest release on main \(tag v0.6.0\); choose /
    ],
    [
      'a version that skips releases (6.0.1 for 0.6.1)',
      async (w) => ['--repo', w, '--version', '6.0.1'],
      /: version: 6\.0\.1 skips releases after 0\.6\.0 \(tag v0\.6\.0\), the release it follows on main; the next versions are 0\.6\.1, 0\.7\.0, 1\.0\.0 \(or 0\.6\.1-rc1, 0\.7\.0-rc1, 1\.0\.0-rc1\)\. A jump on purpose: allow-jump: true \(--allow-jump\)$/m
    ],
    [
      'a tag that exists',
      async (w) => ['--repo', w, '--version', '0.6.0'],
      /tag v0.6.0 already exists/
    ],
    [
      'a missing base branch',
      async (w) => ['--repo', w, '--version', '0.6.1', '--base', 'release-v0.5.6-patch'],
      /base: branch "release-v0.5.6-patch" not found/
    ],
    [
      'a dirty tree',
      async (w) => {
        writeFileSync(
          join(w, 'Cargo.toml'),
          readFileSync(join(w, 'Cargo.toml'), 'utf8') + '\n# local edit\n'
        )
        return ['--repo', w, '--version', '0.6.1']
      },
      /uncommitted changes \( M Cargo.toml\); commit or stash them/
    ],
    [
      'Cargo.toml without a workspace version',
      async (w, git) => {
        writeFileSync(join(w, 'Cargo.toml'), '[workspace]\nmembers = []\n')
        await git.exec(['commit', '--quiet', '-am', 'break it'])
        return ['--repo', w, '--version', '0.6.1']
      },
      /Cargo.toml: .*workspace\.package/
    ],
    [
      'no previous release folder in examples/config',
      async (w, git) => {
        await git.exec([
          'rm',
          '--quiet',
          '-r',
          'examples/config/v0.5.5',
          'examples/config/v0.5.6',
          'examples/config/v0.6.0',
          'examples/config/v0.5.5-selinux',
          'examples/config/v0.5.6-selinux',
          'examples/config/v0.6.0-selinux'
        ])
        await git.exec(['commit', '--quiet', '-m', 'drop configs'])
        return ['--repo', w, '--version', '0.6.1']
      },
      /examples\/config: .*no release folder/
    ]
  ]

  it.each(cases)('%s', async (_name, setup, message) => {
    const { workDir, remoteDir, git } = await freshCopy()
    const args = await setup(workDir, git)
    const before = await repoSnapshot(workDir, remoteDir)
    const result = await runCli(['prepare', ...args, '--no-push'])
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.status).toBe(2)
    expect(await repoSnapshot(workDir, remoteDir)).toEqual(before)
  })

  it('--allow-jump accepts a version that skips releases', async () => {
    const { workDir } = await freshCopy()
    const args = ['prepare', '--repo', workDir, '--version', '0.8.0', '--no-push', '--dry-run']
    expect((await runCli(args)).stderr).toContain('0.8.0 skips releases after 0.6.0')
    const allowed = await runCli([...args, '--allow-jump'])
    expect(allowed.stderr).toBe('')
    expect(allowed.status).toBe(0)
    expect(allowed.stdout).toContain('Plan: prepare-release 0.8.0')
  })

  it('an unknown flag or command is bad input too', async () => {
    expect((await runCli(['prepare', '--versoin', '0.6.1'])).status).toBe(2)
    expect((await runCli(['publish'])).status).toBe(2)
  })
})

describe('the review list', () => {
  const dryRun = (workDir: string) =>
    runCli([
      'prepare',
      '--repo',
      workDir,
      '--version',
      '0.6.1',
      '--no-push',
      '--offline',
      '--dry-run'
    ])

  it('leaves out dependency pins and flags older releases in the files the release edits', async () => {
    const { workDir, git } = await freshCopy()
    writeFileSync(
      join(workDir, 'go.mod'),
      'module github.com/bpfman/bpfman\n\ngo 1.22\n\nrequire github.com/other/lib v0.6.0\n'
    )
    const release = readFileSync(join(workDir, 'RELEASE.md'), 'utf8')
    writeFileSync(join(workDir, 'RELEASE.md'), `${release}\nThe previous patch was 0.5.6.\n`)
    await git.exec(['add', '-A'])
    await git.exec(['commit', '--quiet', '-m', 'pins and history'])
    const result = await dryRun(workDir)
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('go.mod')
    const line = release.split('\n').length + 1
    expect(result.stdout).toContain(
      `[left alone, please review] RELEASE.md:${line}: still names 0.5.6, older than the previous release 0.6.0`
    )
    expect(result.stdout).toContain(
      '[left alone, please review] docs/developer-guide/api-spec.md:3'
    )
  })

  it("leaves out the workflows the adoption installs, and lists RELEASE.md's stale examples when it is not edited", async () => {
    const { workDir, git } = await freshCopy()
    const workflows = join(workDir, '.github', 'workflows')
    mkdirSync(workflows, { recursive: true })
    // The template as the adoption installs it: its examples name v0.6.0.
    cpSync(
      join(ROOT, 'templates/bpfman/prepare-release.yml'),
      join(workflows, 'prepare-release.yml')
    )
    // A workflow of the project's own is its text: reviewed.
    writeFileSync(
      join(workflows, 'image-build.yml'),
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo quay.io/bpfman/bpfman:v0.6.0\n'
    )
    // RELEASE.md no longer names the previous release, so the release leaves it alone.
    writeFileSync(
      join(workDir, 'RELEASE.md'),
      '# Release Process\n\nFor example, tag the release v0.5.6 with git tag.\n'
    )
    await git.exec(['add', '-A'])
    await git.exec(['commit', '--quiet', '-m', 'workflows and an older RELEASE.md'])
    const result = await dryRun(workDir)
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('modify RELEASE.md')
    expect(result.stdout).not.toContain('.github/workflows/prepare-release.yml')
    expect(result.stdout).toContain(
      '[left alone, please review] .github/workflows/image-build.yml:6: '
    )
    expect(result.stdout).toContain(
      '[left alone, please review] RELEASE.md:3: still names 0.5.6, older than the previous release 0.6.0'
    )
  })
})
