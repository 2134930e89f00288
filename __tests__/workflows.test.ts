import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

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
