import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { adoptionDiffs, applyDiff } from '../../sandbox/adoption-diffs.js'
import { bpfmanWorkflows } from '../../sandbox/fixtures/repository-workflows.js'
import { tagWorkflow } from '../../src/release/repository-workflows.js'
import { makeTempDir } from '../support/tmp.js'

// The README's adoption diffs apply, as written, to the sandbox's fixture
// workflows and to the real files (when a checkout of them is at hand), and do
// what they are for: tag-release can dispatch the workflow on the tag.

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const REAL = join(ROOT, '..', 'shared', 'reference', 'workflows', 'bpfman-main')

function appliedTo(text: string, file: string): string {
  const temp = makeTempDir('adoption')
  try {
    const dir = join(temp.dir, '.github', 'workflows')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, file), text)
    execFileSync('git', ['init', '-q'], { cwd: temp.dir })
    const diff = adoptionDiffs(ROOT).find((d) => d.file === file)!
    applyDiff(temp.dir, diff)
    return readFileSync(join(dir, file), 'utf8')
  } finally {
    temp.cleanup()
  }
}

describe("the README's adoption diffs", () => {
  it('name the workflows they change: docs-build.yml', () => {
    expect(adoptionDiffs(ROOT).map((diff) => diff.file)).toEqual(['docs-build.yml'])
  })

  it('apply to the fixture, and to the real file where it is at hand: docs-build.yml takes a dispatch on the tag', () => {
    const texts = [bpfmanWorkflows('main')['docs-build.yml']]
    if (existsSync(REAL)) texts.push(readFileSync(join(REAL, 'docs-build.yml'), 'utf8'))
    for (const text of texts) {
      expect(tagWorkflow('docs-build.yml', text, 'v0.6.1').dispatchable).toBe(false)
      const changed = appliedTo(text, 'docs-build.yml')
      expect(tagWorkflow('docs-build.yml', changed, 'v0.6.1')).toMatchObject({
        onTagPush: true,
        dispatchable: true
      })
    }
  })
})
