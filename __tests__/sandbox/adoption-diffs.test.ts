import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AdoptionDiff, adoptionDiffs, applyDiff } from '../../sandbox/adoption-diffs.js'
import { bpfmanWorkflows, operatorWorkflows } from '../../sandbox/fixtures/repository-workflows.js'
import { publishesOnPushOnly, readWorkflow } from '../../src/doctor/workflows.js'
import { tagWorkflow } from '../../src/release/repository-workflows.js'
import { makeTempDir } from '../support/tmp.js'

// The README's adoption diffs apply, as written, to the sandbox's fixture
// workflows and to the real files (when a checkout of them is at hand), and do
// what they are for: tag-release can dispatch the workflow on the tag, and the
// dispatched run publishes as a push's does.

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const REAL = join(ROOT, '..', 'shared', 'reference', 'workflows')

const diffOf = (repository: AdoptionDiff['repository'], file: string): AdoptionDiff => {
  const diff = adoptionDiffs(ROOT).find((d) => d.repository === repository && d.file === file)
  if (!diff) throw new Error(`README.md has no diff of ${file} for ${repository}`)
  return diff
}

function appliedTo(text: string, diff: AdoptionDiff): string {
  const temp = makeTempDir('adoption')
  try {
    const dir = join(temp.dir, '.github', 'workflows')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, diff.file), text)
    execFileSync('git', ['init', '-q'], { cwd: temp.dir })
    applyDiff(temp.dir, diff)
    return readFileSync(join(dir, diff.file), 'utf8')
  } finally {
    temp.cleanup()
  }
}

/** The fixture's text of a file, and the real file's in each folder of them that is at hand. */
function texts(fixture: string, folders: string[], file: string): [string, string][] {
  return [
    ['the fixture', fixture],
    ...folders
      .filter((folder) => existsSync(join(REAL, folder, file)))
      .map((folder): [string, string] => [folder, readFileSync(join(REAL, folder, file), 'utf8')])
  ]
}

describe("the README's adoption diffs", () => {
  it('name the repository (the section they are under) and the workflow they change', () => {
    expect(adoptionDiffs(ROOT).map(({ repository, file }) => [repository, file])).toEqual([
      ['bpfman/bpfman', 'docs-build.yml'],
      ['bpfman/bpfman-operator', 'release.yml'],
      ['bpfman/bpfman-operator', 'image-build.yaml']
    ])
  })

  it('refuse a diff block outside a repository\'s "step by step" section', () => {
    const temp = makeTempDir('adoption-readme')
    try {
      writeFileSync(
        join(temp.dir, 'README.md'),
        '### Troubleshooting\n\n```diff\n--- a/.github/workflows/x.yml\n+++ b/.github/workflows/x.yml\n```\n'
      )
      expect(() => adoptionDiffs(temp.dir)).toThrow(
        'README.md: the diff block of x.yml is under "Troubleshooting"'
      )
    } finally {
      temp.cleanup()
    }
  })

  it('bpfman: apply to the fixture, and to the real file where it is at hand: docs-build.yml takes a dispatch on the tag', () => {
    const diff = diffOf('bpfman/bpfman', 'docs-build.yml')
    for (const [, text] of texts(
      bpfmanWorkflows('main')['docs-build.yml'],
      ['bpfman-main'],
      diff.file
    )) {
      expect(tagWorkflow('docs-build.yml', text, 'v0.6.1').dispatchable).toBe(false)
      const changed = appliedTo(text, diff)
      expect(tagWorkflow('docs-build.yml', changed, 'v0.6.1')).toMatchObject({
        onTagPush: true,
        dispatchable: true
      })
    }
  })

  // The operator's two files are the same at v0.6.0 as at main: the diffs apply to both.
  const OPERATOR_REAL = ['bpfman-operator-main', 'bpfman-operator-v0.6.0']

  it.each(['release.yml', 'image-build.yaml'])(
    'bpfman-operator: apply to the fixture and to the real %s at main and v0.6.0 where at hand: it takes a dispatch on the tag, and publishes for it as for a push',
    (file) => {
      const diff = diffOf('bpfman/bpfman-operator', file)
      const cases = texts(operatorWorkflows()[file], OPERATOR_REAL, file)
      for (const [where, text] of cases) {
        const before = tagWorkflow(file, text, 'v0.6.1')
        expect([where, before.onTagPush, before.dispatchable]).toEqual([where, true, false])
        const changed = appliedTo(text, diff)
        expect([where, tagWorkflow(file, changed, 'v0.6.1')]).toEqual([
          where,
          expect.objectContaining({ onTagPush: true, dispatchable: true })
        ])
        // doctor's reading: no test of the event left that takes push and not workflow_dispatch.
        expect([where, publishesOnPushOnly(readWorkflow(file, changed)!)]).toEqual([where, false])
        for (const line of changed.split('\n').filter((l) => /event_name.*'push'/.test(l)))
          expect(line).toContain("'workflow_dispatch'")
      }
      if (file === 'image-build.yaml')
        expect(publishesOnPushOnly(readWorkflow(file, cases[0][1])!)).toBe(true)
    }
  )
})
