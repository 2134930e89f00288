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
