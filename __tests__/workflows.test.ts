import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { APP_SECRETS } from '../src/doctor/checks.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORKFLOW_DIRS = ['.github/workflows', 'templates/bpfman', 'templates/bpfman-operator']
const workflows = WORKFLOW_DIRS.flatMap((dir) =>
  readdirSync(`${ROOT}/${dir}`)
    .filter((file) => file.endsWith('.yml'))
    .map((file) => `${dir}/${file}`)
)

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  permissions?: unknown
  jobs: Record<string, { steps?: Step[]; permissions?: unknown }>
}

const read = (path: string): Workflow => YAML.parse(readFileSync(`${ROOT}/${path}`, 'utf8'))
const steps = (workflow: Workflow): Step[] =>
  Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])

const ALIASES: Record<string, string> = {
  prepare: 'prepare-release',
  tag: 'tag-release',
  post: 'post-release',
  operator: 'operator-release'
}

describe.each(workflows)('%s', (path) => {
  const workflow = read(path)

  it('asks for its permissions explicitly', () => {
    expect(workflow.permissions).toBeDefined()
  })

  it('pins every third-party action by commit SHA', () => {
    for (const step of steps(workflow)) {
      if (
        !step.uses ||
        step.uses.startsWith('bpfman/release-actions/') ||
        step.uses.startsWith('./')
      )
        continue
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
    }
  })

  it('gives our actions only inputs they declare, and every required one', () => {
    for (const step of steps(workflow)) {
      const match = /^bpfman\/release-actions\/(\w+)@v1$/.exec(step.uses ?? '')
      if (!match) continue
      const phase = ALIASES[match[1]]
      expect(phase).toBeDefined()
      const action = YAML.parse(readFileSync(`${ROOT}/actions/${phase}/action.yml`, 'utf8')) as {
        inputs: Record<string, { required?: boolean }>
      }
      const given = Object.keys(step.with ?? {})
      expect(given.filter((input) => !(input in action.inputs))).toEqual([])
      const required = Object.entries(action.inputs).filter(([, input]) => input.required)
      expect(required.map(([name]) => name).filter((name) => !given.includes(name))).toEqual([])
    }
  })
})

describe('.github/workflows/release.yml, the release of release-actions itself', () => {
  const release = YAML.parse(readFileSync(`${ROOT}/.github/workflows/release.yml`, 'utf8')) as {
    jobs: Record<
      string,
      {
        if?: string
        environment?: unknown
        needs?: string[]
        permissions?: Record<string, string>
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[]
      }
    >
  }
  const writers = Object.entries(release.jobs).filter(([, job]) =>
    Object.values(job.permissions ?? {}).includes('write')
  )

  it('moves tags only from main, in the protected release environment, after the build job', () => {
    expect(writers.map(([id]) => id)).toEqual(['tag'])
    const [, tag] = writers[0]
    expect(tag.if).toBe("github.ref == 'refs/heads/main'")
    expect(tag.environment).toBe('release')
    expect(tag.needs).toEqual(['build'])
  })

  it('runs no installed package in the job that writes, and tags the run’s own commit', () => {
    const [, tag] = writers[0]
    const runs = tag.steps.map((step) => step.run ?? '').join('\n')
    expect(runs).not.toMatch(/\bnpm\b|\bnpx\b|\byarn\b|\bpnpm\b/)
    expect(
      tag.steps.filter((step) => step.uses && !step.uses.startsWith('actions/checkout@'))
    ).toEqual([])
    const checkout = tag.steps.find((step) => step.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with?.ref).toBe('${{ github.sha }}')
  })
})

/** The App path, one shape in every reusable workflow (docs/tokens.md). */
describe("the reusable workflows' token", () => {
  const APP_ACTION = 'actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3'
  const TOKEN = '${{ steps.app.outputs.token || secrets.token || github.token }}'
  interface TokenStep {
    id?: string
    if?: string
    uses?: string
    with?: Record<string, string>
  }
  interface Reusable {
    on: { workflow_call?: { secrets?: Record<string, { required?: boolean }> } }
    jobs: Record<
      string,
      {
        permissions?: Record<string, string>
        steps?: TokenStep[]
        uses?: string
        secrets?: unknown
      }
    >
  }
  const reusable = readdirSync(`${ROOT}/.github/workflows`)
    .map((file) => `.github/workflows/${file}`)
    .filter((path) => {
      const { on } = read(path) as unknown as Reusable
      return Boolean(on) && 'workflow_call' in on
    })
  const parse = (path: string): Reusable =>
    YAML.parse(readFileSync(`${ROOT}/${path}`, 'utf8')) as Reusable

  it('is in every reusable workflow', () => {
    expect(reusable.sort()).toEqual(
      [
        'operator-catalogs',
        'operator-next-dev',
        'operator-prepare',
        'post-release',
        'prepare-release',
        'tag-release'
      ].map((name) => `.github/workflows/${name}.yml`)
    )
  })

  it.each(reusable)(
    "%s takes the App's id and key and a token, and mints each job's token with the job's own permissions",
    (path) => {
      const workflow = parse(path)
      const secrets = workflow.on.workflow_call?.secrets ?? {}
      for (const name of ['app-id', 'app-private-key', 'token'])
        expect([name, secrets[name]?.required]).toEqual([name, false])
      const text = readFileSync(`${ROOT}/${path}`, 'utf8')
      const pins = text.split('\n').filter((line) => line.includes(APP_ACTION))
      expect(pins.length).toBeGreaterThan(0)
      for (const line of pins) expect(line).toMatch(/@[0-9a-f]{40} # v3\.1\.1$/)
      for (const job of Object.values(workflow.jobs)) {
        const steps = job.steps ?? []
        const app = steps.find((step) => step.id === 'app')
        expect(app?.uses).toBe(APP_ACTION)
        expect(app?.if).toBe("steps.app-path.outputs.app == 'true'")
        expect(app?.with?.owner).toBe('${{ github.repository_owner }}')
        expect(app?.with?.['app-id']).toBe('${{ secrets.app-id }}')
        expect(app?.with?.['private-key']).toBe('${{ secrets.app-private-key }}')
        const permissions = Object.fromEntries(
          Object.entries(app?.with ?? {})
            .filter(([input]) => input.startsWith('permission-'))
            .map(([input, level]) => [input.slice('permission-'.length), level])
        )
        expect(permissions).toEqual(job.permissions)
        const tokens = steps
          .filter(
            (step) =>
              step.uses?.startsWith('actions/checkout@') ||
              step.uses?.startsWith('bpfman/release-actions/')
          )
          .map((step) => step.with?.token)
        expect(tokens).toEqual(tokens.map(() => TOKEN))
      }
    }
  )

  it("is passed by every template that calls one, under the doctor's secret names", () => {
    for (const path of workflows.filter((p) => p.startsWith('templates/'))) {
      const calls = Object.values(parse(path).jobs).filter((job) =>
        job.uses?.startsWith('bpfman/release-actions/.github/workflows/')
      )
      expect(calls.length).toBeGreaterThan(0)
      for (const call of calls)
        expect(call.secrets).toMatchObject({
          'app-id': `\${{ secrets.${APP_SECRETS[0]} }}`,
          'app-private-key': `\${{ secrets.${APP_SECRETS[1]} }}`
        })
    }
  })
})
