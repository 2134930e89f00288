import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FileEdits } from '../../src/release/files.js'
import { parseVersion } from '../../src/release/version.js'
import { planDocRules } from '../../src/steps/doc-edits.js'
import { makeTempDir } from '../support/tmp.js'

// The doc rules applied to the files of a real folder.

let temp: { dir: string; cleanup: () => void }
beforeAll(() => {
  temp = makeTempDir('doc-edits-step')
  mkdirSync(join(temp.dir, 'docs'))
  writeFileSync(
    join(temp.dir, 'docs/quick-start.md'),
    'export BPFMAN_REL=0.6.0\nSee https://bpfman.io/v0.6.0/ and 0.6.0 elsewhere.\n'
  )
  writeFileSync(join(temp.dir, 'docs/one.md'), 'export BPFMAN_REL=0.6.0\n')
})
afterAll(() => temp.cleanup())

const RULES = [
  { path: 'docs/quick-start.md', patterns: ['BPFMAN_REL={version}', 'bpfman\\.io/v{version}/'] },
  { path: 'docs/one.md', patterns: ['BPFMAN_REL={version}'] },
  { path: 'docs/missing.md', patterns: ['BPFMAN_REL={version}'] }
]

describe('planDocRules', () => {
  it("sets each rule's allowlisted references to the version, counting them; a missing file is skipped", () => {
    const edits = new FileEdits(temp.dir).add(
      planDocRules(temp.dir, RULES, parseVersion('0.6.0'), parseVersion('0.6.1'), 'link(s)')
    )
    expect(edits.changes()).toEqual([
      {
        path: 'docs/one.md',
        before: 'export BPFMAN_REL=0.6.0\n',
        after: 'export BPFMAN_REL=0.6.1\n',
        reason: '1 link -> 0.6.1'
      },
      {
        path: 'docs/quick-start.md',
        before: 'export BPFMAN_REL=0.6.0\nSee https://bpfman.io/v0.6.0/ and 0.6.0 elsewhere.\n',
        after: 'export BPFMAN_REL=0.6.1\nSee https://bpfman.io/v0.6.1/ and 0.6.0 elsewhere.\n',
        reason: '2 links -> 0.6.1'
      }
    ])
  })

  it('a rerun on files the release already edited changes nothing', () => {
    const first = new FileEdits(temp.dir).add(
      planDocRules(temp.dir, RULES, parseVersion('0.6.0'), parseVersion('0.6.1'), 'link(s)')
    )
    for (const change of first.changes()) writeFileSync(join(temp.dir, change.path), change.after)
    const rerun = new FileEdits(temp.dir).add(
      planDocRules(temp.dir, RULES, parseVersion('0.6.0'), parseVersion('0.6.1'), 'link(s)')
    )
    expect(rerun.changes()).toEqual([])
  })
})
