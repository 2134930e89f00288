import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createOperatorFixture, type OperatorFixture } from '../../../sandbox/fixtures/operator.js'
import { runCli, runCliOnTerminal } from '../../support/cli.js'
import { makeTempDir } from '../../support/tmp.js'
import { goEnvironment } from './support.js'

let temp: { dir: string; cleanup: () => void }
let goEnv: Record<string, string>
let fixture: OperatorFixture
let slowBundle: string

beforeAll(async () => {
  temp = makeTempDir('operator-progress')
  goEnv = goEnvironment(temp.dir)
  fixture = await createOperatorFixture(join(temp.dir, 'operator'), {
    shape: 'version-file',
    devVersion: false
  })
  // make bundle, 2.5 seconds late: long enough to be shown while it runs.
  slowBundle = join(temp.dir, 'slow-bundle.sh')
  writeFileSync(slowBundle, 'sleep 2.5\nexec make bundle\n')
})
afterAll(() => temp.cleanup())

const prepare = (...more: string[]): string[] => [
  'operator',
  '--stage',
  'prepare',
  '--repo',
  fixture.workDir,
  '--version',
  '0.6.1',
  '--dry-run',
  '--bundle-command',
  `sh ${slowBundle}`,
  ...more
]

describe('bpfman-release operator --stage prepare shows its long commands while they run', () => {
  it('on a terminal: one status line redrawn with the elapsed time, one line kept per command', async () => {
    const result = await runCliOnTerminal(prepare(), goEnv)
    expect(result.status).toBe(0)
    const out = result.stdout
    // The status line, redrawn in place while make bundle runs, its seconds counting.
    expect(out).toMatch(new RegExp(`\\r\\x1b\\[2K. sh ${slowBundle} \\(1s\\)`))
    expect(out).toMatch(new RegExp(`\\r\\x1b\\[2K. sh ${slowBundle} \\(2s\\)`))
    // Each command leaves one line as it ends, then the plan follows on a clean line.
    expect(out).toContain('✓ go get github.com/bpfman/bpfman@v0.6.1 (0s)')
    expect(out).toContain('✓ go mod tidy (0s)')
    expect(out).toMatch(
      new RegExp(`✓ sh ${slowBundle} \\(2s\\)\\r?\\nPlan: operator-release prepare`)
    )
  })

  it('in a pipe (CI): timestamped lines at the start, every ten seconds and at the end, on stderr', async () => {
    // A second lasts 100 ms here, so the ten-second line comes every second.
    const result = await runCli(prepare(), { ...goEnv, RELEASE_ACTIONS_SECOND_MS: '100' })
    expect(result.status).toBe(0)
    const lines = result.stderr.trimEnd().split('\n')
    const stamp = '\\d\\d:\\d\\d:\\d\\dZ'
    for (const line of lines) expect(line).toMatch(new RegExp(`^${stamp} `))
    const texts = lines.map((line) => line.slice('00:00:00Z '.length))
    expect(texts.slice(0, 4)).toEqual([
      'go get github.com/bpfman/bpfman@v0.6.1: started',
      'go get github.com/bpfman/bpfman@v0.6.1: done in 0s',
      'go mod tidy: started',
      'go mod tidy: done in 0s'
    ])
    expect(texts[4]).toBe(`sh ${slowBundle}: started`)
    expect(texts).toContain(`sh ${slowBundle}: running for 1s`)
    expect(texts).toContain(`sh ${slowBundle}: running for 2s`)
    expect(texts.at(-1)).toBe(`sh ${slowBundle}: done in 2s`)
    expect(result.stdout).not.toContain('\x1b')
    expect(result.stdout).toContain('Plan: operator-release prepare 0.6.1')
  })

  it('with --json: nothing but the plan', async () => {
    const result = await runCli(prepare('--json'), goEnv)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
  })

  it('a failing command is shown as failed, before the error', async () => {
    const failing = join(temp.dir, 'failing-bundle.sh')
    writeFileSync(failing, 'echo no operator-sdk here >&2\nexit 3\n')
    const args = prepare()
    args[args.indexOf(`sh ${slowBundle}`)] = `sh ${failing}`
    const result = await runCli(args, goEnv)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(`\\d\\d:\\d\\d:\\d\\dZ sh ${failing}: failed after 0s\\nbpfman-release operator: `)
    )
  })
})
