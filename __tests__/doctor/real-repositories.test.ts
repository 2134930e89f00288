import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bpfmanWorkflows, operatorWorkflows } from '../../sandbox/fixtures/repository-workflows.js'
import { type CheckoutFiles, type DoctorItem, doctorItems } from '../../src/doctor/checks.js'
import { readTemplates } from '../../src/doctor/run.js'

/*
 * doctor on the two repositories at today's main, nothing adopted: it finds
 * each mismatch of "The real repositories" (issue 25) that the project has not
 * made disappear itself, and nothing else. What post-release checks (images,
 * crates, dispatchers) now follows from the tree, so those items pass.
 *
 * Run on the sandbox's real-shaped fixture workflows (held to the real files'
 * facts by __tests__/sandbox/real-workflows.test.ts), and on the real files
 * themselves where a folder of them is at hand (REAL_WORKFLOWS, default
 * ../shared/reference/workflows as scripts/refresh-real-workflows.ts reads).
 */

/**
 * Issue 25, bpfman, without the App: of its three tag-push workflows, tag-release
 * dispatches build.yml and image-build.yml on the tag; docs-build.yml takes no
 * dispatch. build.yml's release job is the one release creator (tag-release makes none).
 */
const BPFMAN_MISMATCHES = ['tag push docs-build.yml']
/** Issue 25, the operator, without the App: image-build.yaml and release.yml run on a push only, and the images only on push events. */
const OPERATOR_MISMATCHES = ['tag push image-build.yaml', 'tag push release.yml']
/** What adopting is: the templates; without the App, the token path stays a finding. */
const NOT_ADOPTED = {
  bpfman: ['template prepare-release.yml', 'template release.yml', 'template tag-release.yml'],
  operator: ['template prepare-release.yml', 'template tag-release.yml']
}

function run(files: CheckoutFiles): { failed: string[]; byId: (id: string) => DoctorItem } {
  const items = doctorItems(files, readTemplates(files.kind), undefined)
  return {
    failed: items.filter((item) => item.status === 'fail').map((item) => item.id),
    byId: (id) => {
      const found = items.find((item) => item.id === id)
      if (!found) throw new Error(`no item ${id}`)
      return found
    }
  }
}

const checkout = (
  kind: CheckoutFiles['kind'],
  workflows: Record<string, string>,
  mergify?: string
): CheckoutFiles => ({ kind, workflows, mergify, dispatchersPinned: false })

/** The facts each repository's findings must carry, wherever its files come from. */
function expectBpfmanFindings(byId: (id: string) => DoctorItem): void {
  expect(byId('tag push docs-build.yml').detail).toContain(
    'docs-build.yml has no workflow_dispatch'
  )
  expect(byId('tag push docs-build.yml').fix).toContain('+  workflow_dispatch:')
  expect(byId('release creator')).toMatchObject({
    status: 'pass',
    detail: 'build.yml job release creates it on the tag; tag-release makes none'
  })
  expect(byId('tag push build.yml').detail).toContain('tag-release dispatches it on the tag')
  // What post-release checks follows from the tree: the images of the tag, no crates, no dispatcher tagging.
  expect(byId('images')).toMatchObject({
    status: 'pass',
    detail: 'post-release reads them from the tree: image-build.yml pushes 31 images with the tag'
  })
  expect(byId('crates').status).toBe('pass')
  expect(byId('crates').detail).toContain('no workflow runs cargo publish')
  expect(byId('dispatchers').status).toBe('pass')
}

function expectOperatorFindings(byId: (id: string) => DoctorItem): void {
  const images = byId('tag push image-build.yaml')
  expect(images.detail).toContain(
    'dispatched, image-build.yaml publishes nothing (it publishes only when github.event_name is push)'
  )
  expect(images.fix).toContain(
    "test (github.event_name == 'push' || github.event_name == 'workflow_dispatch')"
  )
  expect(byId('release creator')).toMatchObject({
    status: 'pass',
    detail: 'release.yml job release creates it on the tag; tag-release makes none'
  })
  expect(byId('images').status).toBe('pass')
}

describe("doctor on the repositories at today's main: issue 25's mismatches, nothing else", () => {
  it("bpfman (the sandbox's real-shaped workflows)", () => {
    const { failed, byId } = run(checkout('bpfman', bpfmanWorkflows('main')))
    expect(failed).toEqual([...NOT_ADOPTED.bpfman, ...BPFMAN_MISMATCHES, 'token path'])
    expectBpfmanFindings(byId)
  })

  it("bpfman-operator (the sandbox's real-shaped workflows)", () => {
    const { failed, byId } = run(checkout('operator', operatorWorkflows()))
    expect(failed).toEqual([...NOT_ADOPTED.operator, ...OPERATOR_MISMATCHES, 'token path'])
    expectOperatorFindings(byId)
  })

  it('post-release with its list inputs given empty: each reads the tree and passes', () => {
    const workflows = { ...bpfmanWorkflows('main'), ...readTemplates('bpfman') }
    workflows['release.yml'] = workflows['release.yml'].replace(
      "      copr-project: '@ebpf-sig/bpfman'\n",
      "      copr-project: '@ebpf-sig/bpfman'\n      images: ''\n      crates: ''\n      dispatcher-images: ''\n"
    )
    expect(workflows['release.yml']).toContain("      dispatcher-images: ''\n")
    const { byId } = run(checkout('bpfman', workflows))
    for (const id of ['images', 'crates', 'dispatchers']) expect(byId(id).status).toBe('pass')
  })

  const folder = resolve(
    process.env.REAL_WORKFLOWS ??
      join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'workflows')
  )
  const read = (shape: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(join(folder, shape))
        .filter((name) => /\.ya?ml$/.test(name) && name !== 'mergify.yml')
        .map((name) => [name, readFileSync(join(folder, shape, name), 'utf8')])
    )
  const real = existsSync(join(folder, 'bpfman-main')) ? it : it.skip

  real('bpfman, its real files at main: the same, and the check mergify requires', () => {
    const mergify = readFileSync(join(folder, 'bpfman-main', 'mergify.yml'), 'utf8')
    const { failed, byId } = run(checkout('bpfman', read('bpfman-main'), mergify))
    // mergify merges on build-workflow-complete, which a pull request opened with GITHUB_TOKEN never gets.
    expect(failed).toEqual([
      ...NOT_ADOPTED.bpfman,
      ...BPFMAN_MISMATCHES,
      'required checks',
      'token path'
    ])
    expectBpfmanFindings(byId)
    expect(byId('required checks').detail).toContain('a merge requires build-workflow-complete;')
  })

  real('bpfman-operator, its real files at main: the same', () => {
    const { failed, byId } = run(checkout('operator', read('bpfman-operator-main')))
    expect(failed).toEqual([...NOT_ADOPTED.operator, ...OPERATOR_MISMATCHES, 'token path'])
    expectOperatorFindings(byId)
  })
})
