import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { type PlanJson } from '../../../src/release/plan.js'
import {
  CSV_PATH,
  createOperatorFixture,
  type OperatorFixture
} from '../../../sandbox/fixtures/operator.js'
import { runCli } from '../../support/cli.js'
import { repoSnapshot } from '../../support/git-state.js'
import { makeTempDir } from '../../support/tmp.js'
import { goEnvironment } from './support.js'

let temp: { dir: string; cleanup: () => void }
let goEnv: Record<string, string>
let makefileShape: OperatorFixture
let versionFileShape: OperatorFixture

beforeAll(async () => {
  temp = makeTempDir('operator-cli')
  goEnv = goEnvironment(temp.dir)
  makefileShape = await createOperatorFixture(join(temp.dir, 'makefile'), { shape: 'makefile' })
  versionFileShape = await createOperatorFixture(join(temp.dir, 'version-file'), {
    shape: 'version-file',
    devVersion: false
  })
})
afterAll(() => temp.cleanup())

describe('bpfman-release operator (a maintainer shell: no token, no push)', () => {
  it('--stage prepare --no-push --skip-bundle --skip-go commits locally and lists what it skipped and did not check', async () => {
    const before = await repoSnapshot(makefileShape.workDir, makefileShape.remoteDir)
    const result = await runCli([
      'operator',
      '--stage',
      'prepare',
      '--repo',
      makefileShape.workDir,
      '--version',
      '0.6.0',
      '--no-push',
      '--skip-bundle',
      '--skip-go'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'Plan: operator-release prepare 0.6.0 in bpfman/bpfman-operator'
    )
    expect(result.stdout).toContain(
      '[skipped] go.mod: --skip-go: still requires github.com/bpfman/bpfman v0.5.6'
    )
    expect(result.stdout).toContain('[skipped] bundle/: --skip-bundle: bundle/ is not regenerated')
    expect(result.stdout).toContain(
      '[warning] offline: not checked that bpfman v0.6.0 is released; release bpfman first'
    )
    expect(result.stdout).toContain(
      `Nothing was pushed; inspect it with: git -C ${makefileShape.workDir} log -p main..release-v0.6.0`
    )
    const git = new FixtureGit(makefileShape.workDir)
    const changed = (await git.exec(['diff', '--name-only', 'main', 'release-v0.6.0']))
      .trim()
      .split('\n')
    expect(changed).toEqual([
      'Containerfile.bpfman-agent.openshift',
      'Containerfile.bpfman-operator.openshift',
      'Containerfile.bundle.openshift',
      'Makefile',
      'README.md',
      'changelogs/CHANGELOG-v0.6.0.md'
    ])
    // The maintainer's own identity signs off.
    expect(
      (await git.exec(['log', '-1', '--format=%B', 'release-v0.6.0'])).trim().split('\n').pop()
    ).toBe('Signed-off-by: Fixture Maintainer <maintainer@example.com>')
    const after = await repoSnapshot(makefileShape.workDir, makefileShape.remoteDir)
    expect(after.remoteRefs).toBe(before.remoteRefs)
    expect(after.head).toBe(before.head)
    expect(after.status).toBe('')
  })

  it('--dry-run --json runs the real bundle and go tools in a throwaway worktree and prints the plan', async () => {
    const before = await repoSnapshot(versionFileShape.workDir, versionFileShape.remoteDir)
    const result = await runCli(
      [
        'operator',
        '--stage',
        'prepare',
        '--repo',
        versionFileShape.workDir,
        '--version',
        '0.6.1',
        '--no-push',
        '--dry-run',
        '--json'
      ],
      goEnv
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const plan = JSON.parse(result.stdout) as PlanJson
    expect(plan.files.map((file) => file.path)).toEqual([
      'VERSION',
      CSV_PATH,
      'changelogs/CHANGELOG-v0.6.1.md',
      'go.mod',
      'go.sum'
    ])
    expect(plan.files[3].diff).toContain('+require github.com/bpfman/bpfman v0.6.1')
    expect(await repoSnapshot(versionFileShape.workDir, versionFileShape.remoteDir)).toEqual(before)
  })

  it('--stage catalogs --no-push lists the files the catalog pull requests would add', async () => {
    const result = await runCli([
      'operator',
      '--stage',
      'catalogs',
      '--repo',
      versionFileShape.workDir,
      '--version',
      '0.6.0',
      '--no-push',
      '--diffs',
      '--openshift-versions',
      'v4.17'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'add    k8s-operatorhub/community-operators/operators/bpfman-operator/0.6.0/manifests/bpfman-operator.clusterserviceversion.yaml'
    )
    expect(result.stdout).toContain(
      'add    redhat-openshift-ecosystem/community-operators-prod/operators/bpfman-operator/0.6.0/metadata/annotations.yaml'
    )
    expect(result.stdout).toContain('+  com.redhat.openshift.versions: "v4.17"')
    expect(result.stdout).toContain('[skipped] --no-push: the catalogs were not fetched')
    expect(result.stdout).toContain('Operations (0):')
  })

  it('--stage catalogs --dry-run needs no token: it plans the files and says what it could not check', async () => {
    const args = ['operator', '--stage', 'catalogs', '--repo', versionFileShape.workDir]
    const result = await runCli([...args, '--version', '0.6.0', '--dry-run'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'add    k8s-operatorhub/community-operators/operators/bpfman-operator/0.6.0/metadata/annotations.yaml'
    )
    expect(result.stdout).toContain(
      '[skipped] a dry run without CATALOG_TOKEN: the catalogs were not fetched, so not checked: whether they already hold operators/bpfman-operator/0.6.0, the bot account and its forks'
    )
    expect(result.stdout).toContain(
      '[warning] redhat-openshift-ecosystem/community-operators-prod: com.redhat.openshift.versions is not in the copy shown'
    )
    // Without --dry-run the token is needed, and its absence is bad input.
    const real = await runCli([...args, '--version', '0.6.0'])
    expect(real.status).toBe(2)
    expect(real.stderr).toContain('CATALOG_TOKEN: is required for stage catalogs')
  })

  it('--stage next-dev --no-push commits VERSION 0.6.0 -> 0.7.0-dev (the next minor) on a local branch', async () => {
    const result = await runCli([
      'operator',
      '--stage',
      'next-dev',
      '--repo',
      versionFileShape.workDir,
      '--version',
      '0.6.0',
      '--no-push'
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(
      await new FixtureGit(versionFileShape.workDir).readBlob('version-0.7.0-dev', 'VERSION')
    ).toBe('0.7.0-dev\n')
  })

  it('refuses bad flags with exit code 2, naming the flag', async () => {
    const cases: [string[], string][] = [
      [['--version', '0.6.0'], '--stage: is required: prepare, catalogs or next-dev'],
      [
        ['--stage', 'publish', '--version', '0.6.0'],
        '--stage: "publish" is not one of prepare, catalogs, next-dev'
      ],
      [['--stage', 'prepare'], '--version: is required'],
      [['--stage', 'prepare', '--version', '0.6'], '--version: "0.6" is not a release version'],
      [
        [
          '--stage',
          'prepare',
          '--version',
          '0.6.0',
          '--skip-bundle',
          '--bundle-command',
          'make bundle'
        ],
        '--skip-bundle: and --bundle-command exclude each other'
      ],
      [['--stage', 'prepare', '--version', '0.6.0'], 'GITHUB_TOKEN: not set']
    ]
    for (const [args, message] of cases) {
      const result = await runCli(['operator', '--repo', makefileShape.workDir, ...args])
      expect(result.stderr).toContain(message)
      expect(result.status).toBe(2)
    }
  })
})
