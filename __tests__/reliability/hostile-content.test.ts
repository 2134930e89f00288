import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBpfmanFixture } from '../../sandbox/fixtures/bpfman.js'
import { createOperatorFixture } from '../../sandbox/fixtures/operator.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { registerFixtureRepo } from '../../sandbox/fixtures/github.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../sandbox/github/index.js'
import { type ActionRun, runActionProcess } from '../../sandbox/run-action.js'
import { runCli } from '../support/cli.js'
import { makeTempDir } from '../support/tmp.js'

// What a repository's own content can do to a release (issue 23): links,
// paths and keys in its config, a byte order mark, lines written to ping and
// render. Real git, the real CLI and the prepare action as processes, the
// emulator for the pull request.

const ENTRY = fileURLToPath(new URL('../../actions/prepare-release/main.ts', import.meta.url))
const ACTION_YML = fileURLToPath(
  new URL('../../actions/prepare-release/action.yml', import.meta.url)
)
const TOKEN = 'ghs_hostile_content_token'

let template: { dir: string; cleanup: () => void }
let emulator: GitHubEmulator
const copies: (() => void)[] = []

beforeAll(async () => {
  template = makeTempDir('hostile-content')
  await createBpfmanFixture(template.dir, { newExamples: ['go-tcx-counter'] })
  emulator = await startGitHubEmulator({ token: TOKEN })
})
afterAll(async () => {
  await emulator.close()
  template.cleanup()
  copies.forEach((cleanup) => cleanup())
})

interface Copy {
  root: string
  workDir: string
  remoteDir: string
  git: FixtureGit
  remote: FixtureGit
}

/** A copy of the fixture whose main gains `change` (files and links), pushed. */
async function hostileCopy(change: (workDir: string) => void): Promise<Copy> {
  const copy = makeTempDir('hostile-copy')
  copies.push(copy.cleanup)
  cpSync(template.dir, copy.dir, { recursive: true, verbatimSymlinks: true })
  const workDir = join(copy.dir, 'bpfman')
  const remoteDir = join(copy.dir, 'remotes', 'bpfman.git')
  const git = new FixtureGit(workDir)
  await git.exec(['remote', 'set-url', 'origin', remoteDir])
  change(workDir)
  await commitAll(git)
  await git.exec(['push', '--quiet', 'origin', 'main'])
  return { root: copy.dir, workDir, remoteDir, git, remote: new FixtureGit(remoteDir) }
}

/** Commits everything in the work tree as someone who is not the release bot. */
async function commitAll(git: FixtureGit): Promise<void> {
  await git.exec(['add', '--all'])
  const who = ['-c', 'user.name=Mallory', '-c', 'user.email=mallory@example.com']
  await git.exec([...who, 'commit', '--quiet', '--allow-empty', '-m', 'hostile content'])
}

function write(workDir: string, path: string, content: string): void {
  mkdirSync(dirname(join(workDir, path)), { recursive: true })
  writeFileSync(join(workDir, path), content)
}

function link(workDir: string, path: string, target: string): void {
  mkdirSync(dirname(join(workDir, path)), { recursive: true })
  symlinkSync(target, join(workDir, path))
}

const refsOf = (git: FixtureGit): Promise<string> => git.exec(['for-each-ref'])

async function prepareAction(
  copy: Copy,
  repository: string,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  await registerFixtureRepo(emulator, 'bpfman', repository, copy.remoteDir)
  return runActionProcess({
    entry: ENTRY,
    actionYml: ACTION_YML,
    cwd: copy.workDir,
    inputs: {
      version: '0.6.1',
      token: TOKEN,
      repository: `bpfman/${repository}`,
      'manifest-path': join(copy.root, 'manifest.json'),
      ...inputs
    },
    env: { GITHUB_API_URL: emulator.url, HOSTILE_SECRET: 'secret-in-the-environment' }
  })
}

/** `bpfman-release prepare --no-push` on the copy, as a process. */
const prepareCli = (copy: Copy) =>
  runCli(['prepare', '--repo', copy.workDir, '--version', '0.6.1', '--no-push'])

const pullsOf = (repository: string) =>
  emulator.state.pulls.filter(
    (pull) => pull.repoKey === `bpfman/${repository}` && pull.state === 'open'
  )

describe('hole 1: symbolic links are never read through', () => {
  it('a link to /proc/self/environ in the newest example folder: exit 2 naming it, nothing pushed, no secret anywhere', async () => {
    const copy = await hostileCopy((dir) =>
      link(dir, 'examples/config/v0.6.0/go-xdp-counter/environ', '/proc/self/environ')
    )
    const refs = await refsOf(copy.remote)
    const run = await prepareAction(copy, 'bpfman-environ')
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(
      '::error::examples/config/v0.6.0/go-xdp-counter/environ: is a symbolic link'
    )
    expect(await refsOf(copy.remote)).toBe(refs)
    expect(pullsOf('bpfman-environ')).toHaveLength(0)
    expect(`${run.stdout}${run.stderr}`).not.toContain('secret-in-the-environment')
  })

  it('a link to ../../secret, through the CLI: exit 2 naming it, no release branch', async () => {
    const copy = await hostileCopy((dir) =>
      link(dir, 'examples/config/v0.6.0-selinux/go-xdp-counter/secret', '../../../../secret')
    )
    writeFileSync(join(copy.root, 'secret'), 'outside-the-repository\n')
    const result = await prepareCli(copy)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(
      'examples/config/v0.6.0-selinux/go-xdp-counter/secret: is a symbolic link'
    )
    expect(await copy.git.revParse('refs/heads/release-v0.6.1')).toBeUndefined()
  })

  it('a link in an old folder the release does not copy is left alone; the review scan skips a link', async () => {
    const copy = await hostileCopy((dir) => {
      link(dir, 'examples/config/v0.5.5/go-xdp-counter/environ', '/proc/self/environ')
      writeFileSync(join(dir, '..', 'mentions'), 'bpfman 0.6.0 outside-the-repository\n')
      link(dir, 'docs/outside.md', '../../mentions')
    })
    const result = await prepareCli(copy)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('outside-the-repository')
    const tree = await copy.git.exec(['ls-tree', '-r', 'release-v0.6.1', '--', 'examples/config/'])
    expect(tree).not.toMatch(/v0\.6\.1[^\n]*environ/)
  })

  it('a Cargo.toml that is a link is refused before anything is read through it', async () => {
    const copy = await hostileCopy((dir) => {
      write(dir, 'real/Cargo.toml', readFileSync(join(dir, 'Cargo.toml'), 'utf8'))
      unlinkSync(join(dir, 'Cargo.toml'))
      link(dir, 'Cargo.toml', 'real/Cargo.toml')
    })
    const result = await prepareCli(copy)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Cargo.toml: is a symbolic link')
  })
})

describe('hole 1 on the operator: prepare never reads a link', () => {
  it('a Containerfile.*.openshift that is a link to /proc/self/environ: exit 2 naming it, no release branch', async () => {
    const root = makeTempDir('hostile-operator')
    copies.push(root.cleanup)
    const fixture = await createOperatorFixture(root.dir, { shape: 'makefile' })
    const git = new FixtureGit(fixture.workDir)
    link(fixture.workDir, 'Containerfile.environ.openshift', '/proc/self/environ')
    await commitAll(git)
    await git.exec(['push', '--quiet', 'origin', 'HEAD'])
    const result = await runCli([
      'operator',
      '--stage',
      'prepare',
      '--repo',
      fixture.workDir,
      '--version',
      '0.6.0',
      '--no-push',
      '--skip-bundle',
      '--skip-go'
    ])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Containerfile.environ.openshift: is a symbolic link')
    expect(await git.revParse('refs/heads/release-v0.6.0')).toBeUndefined()
  })
})

describe('hole 2: config paths stay in the repository', () => {
  it('the action input config-file ../outside.yml is exit 2 naming it', async () => {
    const copy = await hostileCopy(() => undefined)
    writeFileSync(join(copy.root, 'outside.yml'), 'labels: [outside]\n')
    const run = await prepareAction(copy, 'bpfman-config-file', { 'config-file': '../outside.yml' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('::error::config-file: "../outside.yml" leaves the repository')
    expect(pullsOf('bpfman-config-file')).toHaveLength(0)
  })

  it.each([
    ['changelogDir', '../x'],
    ['examplesMakefile', '../../outside/Makefile'],
    ['dispatcherSource', '.git/config']
  ])('%s: %s is exit 2 naming the key; nothing outside is written', async (key, value) => {
    const copy = await hostileCopy((dir) => {
      write(dir, '.github/release-actions.yml', `${key}: ${JSON.stringify(value)}\n`)
      write(join(dir, '..'), 'outside/Makefile', 'VERSION ?= 0.6.0\n')
    })
    const result = await prepareCli(copy)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`"${key}" must be a path relative to the repository's top`)
    expect(readFileSync(join(copy.root, 'outside/Makefile'), 'utf8')).toBe('VERSION ?= 0.6.0\n')
    expect(await copy.git.revParse('refs/heads/release-v0.6.1')).toBeUndefined()
  })
})

describe('hole 3: config keys named like Object members', () => {
  it.each(['__proto__', 'hasOwnProperty', 'constructor'])(
    '%s is an unknown key: exit 2 naming it, no crash',
    async (key) => {
      const copy = await hostileCopy((dir) =>
        write(dir, '.github/release-actions.yml', `${key}: 1\n`)
      )
      const result = await prepareCli(copy)
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`unknown key "${key}"`)
      expect(result.stderr).not.toMatch(/is not a function|Cannot convert/)
    }
  )
})

describe('hole 4: a byte order mark', () => {
  it('a Cargo.toml and an examples Makefile opening with one are edited and keep it', async () => {
    const copy = await hostileCopy((dir) => {
      for (const path of ['Cargo.toml', 'examples/Makefile']) {
        writeFileSync(join(dir, path), `\uFEFF${readFileSync(join(dir, path), 'utf8')}`)
      }
    })
    const result = await prepareCli(copy)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    for (const path of ['Cargo.toml', 'examples/Makefile']) {
      const after = await copy.git.exec(['show', `release-v0.6.1:${path}`])
      expect(after.startsWith('\uFEFF')).toBe(true)
      expect(after).toContain('0.6.1')
      expect(after.match(/\uFEFF/g)).toHaveLength(1)
    }
  })
})

describe('hole 13: file lines in the pull request body', () => {
  it('a docs line that pings a team and holds HTML is quoted as code in the pull request', async () => {
    const line = 'Thanks @bpfman/maintainers for 0.6.0 </details><img src=x onerror=alert(1)>'
    const copy = await hostileCopy((dir) => write(dir, 'docs/thanks.md', `# Thanks\n\n${line}\n`))
    const run = await prepareAction(copy, 'bpfman-thanks')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const [pull] = pullsOf('bpfman-thanks')
    expect(pull.body).toContain(`- \`docs/thanks.md:3\` \`${line}\``)
    expect(run.summary).toContain(`\`${line}\``)
    for (const text of [pull.body ?? '', run.summary]) {
      // The line appears only inside its code span.
      expect(
        text.split(line).every((part, i, all) => i === all.length - 1 || part.endsWith('`'))
      ).toBe(true)
      expect(text.replaceAll(`\`${line}\``, '')).not.toMatch(/@bpfman\/maintainers|<img/)
    }
  })
})
