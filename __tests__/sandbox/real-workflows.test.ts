import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type WorkflowFacts,
  runsOnTagPush,
  workflowFacts
} from '../../sandbox/fixtures/workflow-facts.js'
import { bpfmanWorkflows, operatorWorkflows } from '../../sandbox/fixtures/repository-workflows.js'

const DATA: Record<string, WorkflowFacts[]> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../sandbox/fixtures/real-workflows.json'), 'utf8')
)

describe('workflowFacts', () => {
  const text = `name: publish
on:
  push:
    tags: [v*]
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@v4
      - uses: actions/upload-artifact@v4
  release:
    needs: build
    if: startsWith(github.ref, 'refs/tags/v')
    steps:
      - uses: actions/download-artifact@v4
      - uses: softprops/action-gh-release@3d0d9888cb7fd7b750713d6e236d1fcb99157228 # v2
      - run: |
          cargo  publish -p bpfman
          # mike deploy is not run here
  docs:
    uses: ./.github/workflows/docs.yml@main
`
  it('keeps triggers, needs, if:, the release actions once each, the publishing commands', () => {
    expect(workflowFacts('publish.yml', text)).toEqual({
      file: 'publish.yml',
      on: { push: { tags: ['v*'] }, workflow_dispatch: null },
      jobs: {
        build: { needs: [], actions: ['actions/upload-artifact'], commands: [] },
        release: {
          needs: ['build'],
          if: "startsWith(github.ref, 'refs/tags/v')",
          actions: ['actions/download-artifact', 'softprops/action-gh-release'],
          // A comment in a script counts as text: the command names what the job may run.
          commands: ['mike deploy', 'cargo publish']
        },
        docs: { needs: [], uses: './.github/workflows/docs.yml', actions: [], commands: [] }
      },
      images: { tagged: [], latestOnly: [] }
    })
  })

  it('tells the workflows a tag push starts', () => {
    expect(runsOnTagPush(text)).toBe(true)
    expect(runsOnTagPush('on: push\njobs: {}\n')).toBe(true)
    expect(runsOnTagPush('on:\n  push:\n    branches: [main]\njobs: {}\n')).toBe(false)
    expect(runsOnTagPush('on: [pull_request, workflow_dispatch]\njobs: {}\n')).toBe(false)
  })
})

// The facts of the real repositories that the chain is built on. When
// scripts/refresh-real-workflows.ts brings a change to one of them, the test
// names it: the presets, the templates and the sandbox's fixtures follow.
describe('the real repositories, as sandbox/fixtures/real-workflows.json records them', () => {
  const shapes = ['bpfman@main', 'bpfman@v0.6.0', 'bpfman-operator@main', 'bpfman-operator@v0.6.0']
  const jobsUsing = (shape: string, action: string) =>
    DATA[shape].flatMap((workflow) =>
      Object.entries(workflow.jobs)
        .filter(([, job]) => job.actions.includes(action))
        .map(([id]) => `${workflow.file}#${id}`)
    )
  const workflow = (shape: string, file: string) =>
    DATA[shape].find((w) => w.file === file) as WorkflowFacts

  it('holds the four shapes', () => {
    expect(Object.keys(DATA).sort()).toEqual([...shapes].sort())
  })

  it('each repository creates its GitHub release in one job on a tag push, with softprops/action-gh-release', () => {
    expect(jobsUsing('bpfman@main', 'softprops/action-gh-release')).toEqual(['build.yml#release'])
    expect(jobsUsing('bpfman@v0.6.0', 'softprops/action-gh-release')).toEqual(['build.yml#release'])
    for (const shape of ['bpfman-operator@main', 'bpfman-operator@v0.6.0'])
      expect(jobsUsing(shape, 'softprops/action-gh-release')).toEqual(['release.yml#release'])
  })

  it('bpfman published crates at v0.6.0 and no longer does', () => {
    const crates = (shape: string) =>
      DATA[shape].some((w) =>
        Object.values(w.jobs).some((job) => job.commands.includes('cargo publish'))
      )
    expect(crates('bpfman@v0.6.0')).toBe(true)
    expect(crates('bpfman@main')).toBe(false)
  })

  it("bpfman's image workflow: 31 images with the tag; the daemon image as :latest only on main", () => {
    const main = workflow('bpfman@main', 'image-build.yml').images
    expect(main.tagged).toHaveLength(31)
    expect(main.tagged).toEqual(
      expect.arrayContaining([
        'quay.io/bpfman-bytecode/xdp_pass',
        'quay.io/bpfman-bytecode/tc_pass',
        'quay.io/bpfman-bytecode/xdp_pass_private',
        'quay.io/bpfman/xdp-dispatcher',
        'quay.io/bpfman/tc-dispatcher'
      ])
    )
    expect(main.latestOnly).toEqual(['quay.io/bpfman/bpfman'])
    expect(workflow('bpfman@v0.6.0', 'image-build.yml').images.tagged).toContain(
      'quay.io/bpfman/bpfman'
    )
  })

  it("the operator's image workflow is image-build.yaml, started by push only", () => {
    for (const shape of ['bpfman-operator@main', 'bpfman-operator@v0.6.0']) {
      const images = workflow(shape, 'image-build.yaml')
      expect(Object.keys(images.on).sort()).toEqual(['pull_request', 'push'])
      expect(images.images.tagged).toEqual([
        'quay.io/bpfman/bpfman-agent',
        'quay.io/bpfman/bpfman-operator',
        'quay.io/bpfman/bpfman-operator-bundle'
      ])
    }
  })

  it("bpfman's versioned docs are deployed by docs-build.yml on a tag push, which has no workflow_dispatch", () => {
    const docs = workflow('bpfman@main', 'docs-build.yml')
    expect(docs.jobs['build-docs'].commands).toEqual(['mike deploy'])
    expect(Object.keys(docs.on)).toEqual(['push'])
  })
})

// The sandbox's fixture workflows (our words) have the facts of the real ones:
// when a refresh of real-workflows.json changes a fact, this names the file,
// and the fixture (and its stand-ins) follow.
describe("the fixture repositories' workflows, against the real ones", () => {
  const cases: [string, Record<string, string>][] = [
    ['bpfman@main', bpfmanWorkflows('main')],
    ['bpfman@v0.6.0', bpfmanWorkflows('v0.6.0')],
    ['bpfman-operator@main', operatorWorkflows()],
    ['bpfman-operator@v0.6.0', operatorWorkflows()]
  ]
  it.each(cases)(
    '%s: the same tag-push workflows, triggers, jobs, needs, if:, actions, commands and images',
    (shape, files) => {
      const fixture = Object.entries(files)
        .filter(([, text]) => runsOnTagPush(text))
        .map(([name, text]) => workflowFacts(name, text))
      expect(fixture).toEqual(DATA[shape])
    }
  )
})
