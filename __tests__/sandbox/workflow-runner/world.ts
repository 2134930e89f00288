import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startGitHubEmulator, type GitHubEmulator } from '../../../sandbox/github/index.js'
import {
  WorkflowRunner,
  type WorkflowRunnerOptions
} from '../../../sandbox/workflow-runner/index.js'
import { GitFixture } from '../github-emulator/helpers.js'

export const TOKEN = 'ghs_runner_test'

/** A small action in JavaScript: echoes its inputs as outputs, writes a summary, fails on request. */
export const ECHO_ACTION = `
import { appendFileSync, writeFileSync } from 'node:fs'
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')).map(([k, v]) => [k.slice(6).toLowerCase(), v]))
if (inputs.fail === 'true') { console.log('::error::asked to fail'); process.exit(1) }
for (const [name, value] of Object.entries(inputs)) appendFileSync(process.env.GITHUB_OUTPUT, name + '<<EOF\\n' + value + '\\nEOF\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'node<<EOF\\n' + process.version + '\\nEOF\\n')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## echo ' + (inputs.message ?? '') + '\\n')
if (inputs.file) writeFileSync(inputs.file, inputs.message ?? '')
`

export interface World {
  emulator: GitHubEmulator
  repo: GitFixture
  root: string
  /** The folder of bpfman/release-actions in the runner's sources. */
  actions: string
  runner: WorkflowRunner
  write(path: string, content: string): string
  close(): Promise<void>
}

/** An emulator with bpfman/bpfman (a bare remote with one commit) and an actions repository of small actions. */
export async function createWorld(options: Partial<WorkflowRunnerOptions> = {}): Promise<World> {
  const emulator = await startGitHubEmulator({ token: TOKEN })
  const repo = await GitFixture.create('bpfman')
  await repo.commit('initial', { 'README.md': '# bpfman\n', 'go.mod': 'module x\n\ngo 1.19\n' })
  await repo.push('main')
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman', gitDir: repo.bare })
  const root = mkdtempSync(join(tmpdir(), 'runner-world-'))
  const write = (path: string, content: string): string => {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
    return file
  }
  const actions = join(root, 'release-actions')
  write('release-actions/dist/echo/index.js', ECHO_ACTION)
  write('release-actions/dist/echo/package.json', '{"type":"module"}')
  write(
    'release-actions/echo/action.yml',
    `name: echo\ninputs:\n  message: { description: m, default: 'hello' }\n  token: { description: t, default: '\${{ github.token }}' }\n  fail: { description: f, default: 'false' }\n  file: { description: f }\nruns:\n  using: node24\n  main: ../dist/echo/index.js\n`
  )
  const workDir = mkdtempSync(join(tmpdir(), 'runner-work-'))
  const runner = new WorkflowRunner({
    emulator,
    token: TOKEN,
    sources: { 'bpfman/release-actions': actions },
    remotes: { 'bpfman/bpfman': repo.bare },
    workDir,
    ...options
  })
  return {
    emulator,
    repo,
    root,
    actions,
    runner,
    write,
    close: async () => {
      await emulator.close()
      await repo.remove()
      rmSync(root, { recursive: true, force: true })
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}
