import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SECRET_INPUTS, secretValues } from '../../src/action.js'
import { type ActionRun, type ProcessResult, runActionProcess } from '../../sandbox/run-action.js'
import { createOperatorFixture } from '../../sandbox/fixtures/operator.js'
import { runCli } from '../support/cli.js'
import { makeTempDir } from '../support/tmp.js'
import { expectNone, leftBehind } from '../support/secrets.js'
import {
  TOKEN,
  removeTemplates,
  startMergedWorld,
  startWorld
} from '../phases/tag-release/world.js'
import { OPERATOR_TOKEN, runPostAction, startPostWorld } from '../phases/post-release/world.js'
import { goEnvironment } from '../phases/operator-release/support.js'

// Every phase run with known token values: none of them shows in the output
// (but for the ::add-mask:: command that hides it), the job summary, the
// outputs, the manifest, any commit or tag in the checkout or its remote, or
// anything the emulator was sent (pull request and release bodies...).

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const REGISTRY_USER = 'bpfman+release'
const REGISTRY_PASSWORD = 'robot-secret-Zq81Lm'

afterAll(removeTemplates)

/** The inputs of every action.yml that look like secrets: each must be in SECRET_INPUTS. */
function secretLookingInputs(): string[] {
  const names = new Set<string>()
  for (const action of ['prepare-release', 'tag-release', 'post-release', 'operator-release']) {
    const yml = readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')
    const inputs = yml.split(/^outputs:/m)[0]
    for (const match of inputs.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm))
      if (/token|password|secret/.test(match[1])) names.add(match[1])
  }
  return [...names].sort()
}

describe('secrets', () => {
  it('every input that looks like a secret is masked first, with its Basic-auth form', () => {
    expect(secretLookingInputs()).toEqual([...SECRET_INPUTS].sort())
    const values = secretValues(
      (name) =>
        ({
          token: 't1',
          'catalog-token': 't2',
          'operator-token': 't3',
          'registry-username': 'robot',
          'registry-password': 'p4'
        })[name] ?? ''
    )
    expect(values).toEqual([
      't1',
      Buffer.from('x-access-token:t1').toString('base64'),
      't2',
      Buffer.from('x-access-token:t2').toString('base64'),
      't3',
      Buffer.from('x-access-token:t3').toString('base64'),
      'p4',
      Buffer.from('robot:p4').toString('base64')
    ])
  })

  it('prepare-release: the token is nowhere', async () => {
    const world = await startWorld('bpfman')
    try {
      const manifest = join(world.workDir, '..', 'manifest.json')
      const run = await runActionProcess({
        entry: join(ROOT, 'actions/prepare-release/main.ts'),
        actionYml: join(ROOT, 'actions/prepare-release/action.yml'),
        cwd: world.workDir,
        inputs: { version: '0.6.1', token: TOKEN, 'manifest-path': manifest },
        env: { GITHUB_API_URL: world.emulator.url, GITHUB_REPOSITORY: 'bpfman/bpfman' }
      })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
      expectNone(
        await leftBehind(run, {
          repos: [world.workDir, world.remoteDir],
          manifest,
          emulatorState: world.emulator.state
        }),
        [TOKEN]
      )
    } finally {
      await world.cleanup()
    }
  })

  it('tag-release: the token is nowhere, and a failing run does not show it either', async () => {
    const { world, pr } = await startMergedWorld()
    try {
      const manifest = join(world.workDir, '..', 'manifest.json')
      const tag = (inputs: Record<string, string>): Promise<ActionRun> =>
        runActionProcess({
          entry: join(ROOT, 'actions/tag-release/main.ts'),
          actionYml: join(ROOT, 'actions/tag-release/action.yml'),
          cwd: world.workDir,
          inputs: {
            token: TOKEN,
            'pr-number': String(pr),
            'dispatch-workflow': 'publish.yml',
            'manifest-path': manifest,
            ...inputs
          },
          env: { GITHUB_API_URL: world.emulator.url, GITHUB_REPOSITORY: 'bpfman/bpfman' }
        })
      const run = await tag({})
      expect(run.status).toBe(0)
      const refused = await tag({ 'pr-number': '999999' })
      expect(refused.status).not.toBe(0)
      for (const each of [run, refused]) {
        expectNone(
          await leftBehind(each, {
            repos: [world.workDir, world.remoteDir],
            manifest,
            emulatorState: world.emulator.state
          }),
          [TOKEN]
        )
      }
    } finally {
      await world.cleanup()
    }
  })

  it('post-release: the token, the operator token and the registry password are nowhere', async () => {
    const world = await startPostWorld({
      registryAuth: { kind: 'token', username: REGISTRY_USER, password: REGISTRY_PASSWORD }
    })
    try {
      const manifest = join(world.workDir, '..', 'post-manifest.json')
      const run = await runPostAction(
        {
          version: '0.6.1',
          token: TOKEN,
          'operator-token': OPERATOR_TOKEN,
          repository: 'bpfman/bpfman',
          'working-directory': world.workDir,
          'manifest-path': manifest,
          'registry-url': world.registry.url,
          'registry-username': REGISTRY_USER,
          'registry-password': REGISTRY_PASSWORD,
          images: 'quay.io/bpfman/xdp-dispatcher',
          crates: 'none',
          'fail-on': 'none',
          'wait-seconds': '0',
          'runs-wait-seconds': '0'
        },
        world.workDir,
        { GITHUB_API_URL: world.env.GITHUB_API_URL }
      )
      expect(run.stdout).toContain(`::add-mask::${REGISTRY_PASSWORD}`)
      expectNone(
        await leftBehind(run, {
          repos: [world.workDir, world.remoteDir],
          manifest,
          emulatorState: world.emulator.state
        }),
        [TOKEN, OPERATOR_TOKEN, REGISTRY_PASSWORD]
      )
      const basic = Buffer.from(`${REGISTRY_USER}:${REGISTRY_PASSWORD}`).toString('base64')
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(basic)
    } finally {
      await world.cleanup()
    }
  })
})

// The CLI has no ::add-mask::: a token must simply never be written. Every
// command runs with known values in every token variable, and once more failing.

const CATALOG_TOKEN = 'catalog-secret-Vw30Kd'
/** A token the emulator does not know: its requests are refused (401). */
const WRONG_TOKEN = 'wrong-secret-Hq72Ns'
const CLI_SECRETS = [TOKEN, OPERATOR_TOKEN, CATALOG_TOKEN, REGISTRY_PASSWORD, WRONG_TOKEN]

const tokenEnv = (apiUrl: string, token = TOKEN): Record<string, string> => ({
  GITHUB_TOKEN: token,
  GITHUB_API_URL: apiUrl,
  OPERATOR_TOKEN,
  CATALOG_TOKEN,
  REGISTRY_PASSWORD
})

/** A CLI run as leftBehind reads an action run: no summary, no outputs. */
const asRun = (result: ProcessResult): ActionRun => ({ ...result, summary: '', outputs: {} })

describe('secrets: bpfman-release', () => {
  it('prepare: no token in a run, a refused run (unknown token) or a bad-input run', async () => {
    const world = await startWorld('bpfman')
    try {
      const manifest = join(world.workDir, '..', 'manifest.json')
      const prepare = (env: Record<string, string>, ...flags: string[]): Promise<ProcessResult> =>
        runCli(['prepare', '--repo', world.workDir, '--manifest', manifest, ...flags], env)
      const refused = await prepare(tokenEnv(world.emulator.url, WRONG_TOKEN), '--version', '0.6.1')
      expect(refused.status).not.toBe(0)
      const bad = await prepare(tokenEnv(world.emulator.url), '--version', '0.6.1;rm -rf /')
      expect(bad.status).toBe(2)
      const done = await prepare(tokenEnv(world.emulator.url), '--version', '0.6.1')
      expect(done.stderr).toBe('')
      expect(done.status).toBe(0)
      for (const run of [refused, bad, done])
        expectNone(
          await leftBehind(asRun(run), {
            repos: [world.workDir, world.remoteDir],
            manifest,
            emulatorState: world.emulator.state
          }),
          CLI_SECRETS
        )
    } finally {
      await world.cleanup()
    }
  })

  it('tag: no token in a run, a refused run (unknown pull request) or an unknown token', async () => {
    const { world, pr } = await startMergedWorld()
    try {
      const manifest = join(world.workDir, '..', 'manifest.json')
      const tag = (env: Record<string, string>, number: number): Promise<ProcessResult> =>
        runCli(
          [
            'tag',
            ...['--repo', world.workDir, '--pr', String(number), '--manifest', manifest],
            ...['--dispatch-workflow', 'publish.yml']
          ],
          env
        )
      const refused = await tag(tokenEnv(world.emulator.url), 999999)
      expect(refused.status).not.toBe(0)
      const unknownToken = await tag(tokenEnv(world.emulator.url, WRONG_TOKEN), pr)
      expect(unknownToken.status).not.toBe(0)
      const done = await tag(tokenEnv(world.emulator.url), pr)
      expect(done.stderr).toBe('')
      expect(done.status).toBe(0)
      for (const run of [refused, unknownToken, done])
        expectNone(
          await leftBehind(asRun(run), {
            repos: [world.workDir, world.remoteDir],
            manifest,
            emulatorState: world.emulator.state
          }),
          CLI_SECRETS
        )
    } finally {
      await world.cleanup()
    }
  })

  it('post: no token or registry password in a run or a refused run', async () => {
    const world = await startPostWorld({
      registryAuth: { kind: 'token', username: REGISTRY_USER, password: REGISTRY_PASSWORD }
    })
    try {
      const manifest = join(world.workDir, '..', 'post-manifest.json')
      const post = (env: Record<string, string>): Promise<ProcessResult> =>
        runCli(
          [
            'post',
            ...['--repo', world.workDir, '--version', '0.6.1', '--manifest', manifest],
            ...['--registry-url', world.registry.url, '--registry-username', REGISTRY_USER],
            ...['--images', 'quay.io/bpfman/xdp-dispatcher', '--crates', 'none'],
            ...['--fail-on', 'none', '--wait-seconds', '0', '--runs-wait-seconds', '0']
          ],
          env
        )
      const refused = await post(tokenEnv(world.emulator.url, WRONG_TOKEN))
      expect(refused.status).not.toBe(0)
      const done = await post(tokenEnv(world.emulator.url))
      expect(done.status).toBe(0)
      const basic = Buffer.from(`${REGISTRY_USER}:${REGISTRY_PASSWORD}`).toString('base64')
      for (const run of [refused, done]) {
        const text = await leftBehind(asRun(run), {
          repos: [world.workDir, world.remoteDir],
          manifest,
          emulatorState: world.emulator.state
        })
        expectNone(text, CLI_SECRETS)
        expect(text).not.toContain(basic)
      }
    } finally {
      await world.cleanup()
    }
  })

  it('operator: no token in the prepare, catalogs and next-dev stages, nor in a bad-input run', async () => {
    const temp = makeTempDir('secrets-operator')
    try {
      const fixture = await createOperatorFixture(join(temp.dir, 'operator'), {
        shape: 'version-file',
        devVersion: false
      })
      const env = { ...goEnvironment(temp.dir), ...tokenEnv('http://127.0.0.1:9') }
      const operator = (stage: string, ...flags: string[]): Promise<ProcessResult> =>
        runCli(
          ['operator', '--stage', stage, '--repo', fixture.workDir, '--no-push', ...flags],
          env
        )
      const runs = [
        await operator('prepare', '--version', '0.6.1', '--offline', '--skip-bundle', '--skip-go'),
        await operator('catalogs', '--version', '0.6.0', '--openshift-versions', 'v4.17'),
        await operator('next-dev', '--version', '0.6.0'),
        await operator('prepare', '--version', '0.6.1$(id)')
      ]
      expect(runs.map((run) => [run.status, run.stderr.split('\n')[0]])).toEqual([
        [0, ''],
        [0, ''],
        [0, ''],
        [2, expect.stringContaining('version')]
      ])
      for (const run of runs)
        expectNone(
          await leftBehind(asRun(run), {
            repos: [fixture.workDir, fixture.remoteDir],
            emulatorState: {}
          }),
          CLI_SECRETS
        )
    } finally {
      temp.cleanup()
    }
  })
})

// The repository's own build (make build-release-yamls, make bundle, go) runs
// code anyone with a pull request merged can write: a recipe that prints its
// environment must find no secret in it, in the action (INPUT_*, ACTIONS_*)
// and in the CLI (every token variable). A variable that is no secret shows,
// so a recipe that printed nothing would not pass.

const VISIBLE = 'RELEASE_BUILD_CAN_SEE=visible-Ke31'
const RUNTIME_TOKEN = 'runtime-secret-Pm52Xa'
const ID_TOKEN = 'id-request-secret-Lq09Tr'
/** A Makefile whose one target prints the environment it was given, then fails (so it is shown). */
const DUMP_ENVIRONMENT = '.PHONY: dump\ndump:\n\t@env >&2\n\t@exit 1\n'
/** The variables a runner sets besides the inputs, with the control variable. */
const RUNNER_ENV = {
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN,
  RELEASE_BUILD_CAN_SEE: 'visible-Ke31'
}

describe("secrets: the repository's build commands", () => {
  it('post-release: make build-release-yamls sees no input, runner token or GITHUB_TOKEN', async () => {
    const world = await startPostWorld()
    try {
      const makefile = join(world.workDir, '..', 'dump.mk')
      writeFileSync(makefile, DUMP_ENVIRONMENT)
      const run = await runPostAction(
        {
          version: '0.6.1',
          token: TOKEN,
          'operator-token': OPERATOR_TOKEN,
          'registry-username': REGISTRY_USER,
          'registry-password': REGISTRY_PASSWORD,
          'working-directory': world.workDir,
          'yamls-command': `make -f ${makefile} dump`,
          crates: 'none',
          'fail-on': 'none',
          'wait-seconds': '0',
          'runs-wait-seconds': '0'
        },
        world.workDir,
        { ...RUNNER_ENV, GITHUB_API_URL: world.env.GITHUB_API_URL, GITHUB_TOKEN: TOKEN }
      )
      expect(run.status).toBe(1)
      const output = `${run.stdout}\n${run.stderr}`.replace(/^::add-mask::.*$/gm, '')
      expect(output).toContain(VISIBLE)
      expect(output).not.toMatch(/^(INPUT_|ACTIONS_|GIT_CONFIG_)/m)
      expectNone(output, [TOKEN, OPERATOR_TOKEN, REGISTRY_PASSWORD, RUNTIME_TOKEN, ID_TOKEN])
    } finally {
      await world.cleanup()
    }
  })

  it('operator prepare (CLI): a bundle command sees no token variable', async () => {
    const temp = makeTempDir('secrets-build')
    try {
      const fixture = await createOperatorFixture(join(temp.dir, 'operator'), {
        shape: 'version-file',
        devVersion: false
      })
      const makefile = join(temp.dir, 'dump.mk')
      writeFileSync(makefile, DUMP_ENVIRONMENT)
      const run = await runCli(
        [
          ...['operator', '--stage', 'prepare', '--version', '0.6.1', '--repo', fixture.workDir],
          ...['--no-push', '--offline', '--skip-go', '--bundle-command', `make -f ${makefile} dump`]
        ],
        {
          ...goEnvironment(temp.dir),
          ...tokenEnv('http://127.0.0.1:9'),
          ...RUNNER_ENV,
          GH_TOKEN: TOKEN,
          INPUT_TOKEN: TOKEN
        }
      )
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(VISIBLE)
      expectNone(`${run.stdout}\n${run.stderr}`, [...CLI_SECRETS, RUNTIME_TOKEN, ID_TOKEN])
    } finally {
      temp.cleanup()
    }
  })
})
