import { describe, expect, it } from '@jest/globals'
import { changeLines } from '../../../src/release/change-groups.js'
import { type FileChange } from '../../../src/release/files.js'
import { type Plan, renderPlan, unifiedDiff } from '../../../src/release/plan.js'
import { changesMarkdown, notesMarkdown, renderSummary } from '../../../src/release/summary.js'

const copy = (folder: string, example: string): FileChange => ({
  path: `examples/config/v0.6.1${folder}/${example}/kustomization.yaml`,
  before: null,
  after: `resources:\n  - ../../base/${example}\nnewTag: v0.6.1\n`,
  reason: `copied from v0.6.0${folder}/${example}/kustomization.yaml, 0.6.0 -> 0.6.1`
})

const QUICK_START: FileChange = {
  path: 'docs/quick-start.md',
  before: '# Quick Start\n\n```console\nexport BPFMAN_REL=0.6.0\n```\n\nAfter the block.\n',
  after: '# Quick Start\n\n```console\nexport BPFMAN_REL=0.6.1\n```\n\nAfter the block.\n',
  reason: '1 version reference -> 0.6.1'
}

const GO_MOD: FileChange = {
  path: 'go.mod',
  before: 'require github.com/bpfman/bpfman v0.6.0\n',
  after: 'require github.com/bpfman/bpfman v0.6.1\n',
  reason: 'github.com/bpfman/bpfman@v0.6.1 | pinned'
}

function plan(files: FileChange[], notes: Plan['notes'] = []): Plan {
  return {
    phase: 'prepare-release',
    version: '0.6.1',
    repository: 'bpfman/bpfman',
    files,
    notes,
    operations: [
      {
        kind: 'git',
        title: 'commit 5 files on branch release-v0.6.1 (or reuse the commit)',
        apply: async () => ({ status: 'done' })
      },
      {
        kind: 'github',
        title: 'open the pull request release-v0.6.1 -> main (or update the open one)',
        apply: async () => ({ status: 'done' })
      }
    ]
  }
}

const EXAMPLES = ['go-app-counter', 'go-xdp-counter'].flatMap((example) => [
  copy('', example),
  copy('-selinux', example)
])

/** The lines a CommonMark parser takes to close a fence opened by `open` (0-3 spaces, a run as long). */
function closes(open: string, line: string): boolean {
  const fence = /^(`{3,}|~{3,})/.exec(open)?.[1] ?? '```'
  return new RegExp(`^ {0,3}\\${fence[0]}{${fence.length},}[ \\t]*$`).test(line)
}

/** Each fenced block of `markdown`: its opening line and its content lines, as CommonMark reads them. */
function fencedBlocks(markdown: string): { open: string; body: string[] }[] {
  const blocks: { open: string; body: string[] }[] = []
  let current: { open: string; body: string[] } | undefined
  for (const line of markdown.split('\n')) {
    if (current) {
      if (closes(current.open, line)) {
        blocks.push(current)
        current = undefined
      } else current.body.push(line)
    } else if (/^ {0,3}(`{3,}|~{3,})/.test(line)) current = { open: line.trim(), body: [] }
  }
  if (current) blocks.push(current)
  return blocks
}

describe('the job summary', () => {
  it('starts with one status line: what was done, and what needs a human', () => {
    const summary = renderSummary(
      plan(
        [QUICK_START, ...EXAMPLES],
        [
          { kind: 'warning', path: 'examples/config/v0.6.1/go-tcx-counter/', message: 'check it' },
          { kind: 'review', path: 'RELEASE.md', line: 8, message: 'still names 0.4.0-rc1' }
        ]
      ),
      { dryRun: true }
    )
    const [heading, blank, status] = summary.split('\n')
    expect(heading).toBe('## prepare-release 0.6.1 (dry run: nothing changed)')
    expect(blank).toBe('')
    expect(status).toBe(
      '**Dry run, nothing changed**: 5 file changes and 2 steps planned. Needs a human: 1 warning to check, 1 line left alone to review (below).'
    )
    const done = renderSummary(plan([QUICK_START]), {
      applied: [
        { title: 'commit', outcome: { status: 'done' } },
        { title: 'open', outcome: { status: 'unchanged' } }
      ]
    })
    expect(done.split('\n')[2]).toBe(
      '**Done**: 2 steps, 1 done, 1 already done; 1 file change. Nothing else needs a human.'
    )
    const error = new Error(
      'step 2 (open the pull request) failed: POST /repos/bpfman/bpfman/pulls: 502\nA rerun continues from where this stopped.'
    )
    const stopped = renderSummary(plan([QUICK_START]), {
      applied: [{ title: 'commit', outcome: { status: 'done' } }],
      error
    })
    expect(stopped.split('\n').slice(2, 9)).toEqual([
      '**Stopped at step 2 of 2**, "open the pull request release-v0.6.1 -> main (or update the open one)": 1 done; the error is below, and a rerun continues from there. Nothing else needs a human.',
      '',
      '```text',
      'step 2 (open the pull request) failed: POST /repos/bpfman/bpfman/pulls: 502',
      'A rerun continues from where this stopped.',
      '```',
      ''
    ])
  })

  it('lists the copied example folders in one row, without doubled parentheses', () => {
    const summary = renderSummary(plan([QUICK_START, ...EXAMPLES]), { dryRun: true })
    expect(summary).toContain(
      '| `examples/config/v0.6.1/ and v0.6.1-selinux/` | 4 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1 |'
    )
    expect(summary.match(/copied from/g)).toHaveLength(1)
    expect(summary).toContain(
      '2. planned: [github] open the pull request release-v0.6.1 -> main (or update the open one)\n'
    )
    expect(summary).not.toMatch(/\)\)|\([^()\n]*\([^()\n]*\)[^()\n]*\)/)
  })

  it('keeps the diffs collapsed, one for each group of copies', () => {
    const summary = renderSummary(plan([QUICK_START, ...EXAMPLES]), { dryRun: true })
    expect(summary).toContain('<details><summary>Diffs (5 files)</summary>')
    expect(summary).toContain(
      'One of the 4 files of `examples/config/v0.6.1/ and v0.6.1-selinux/`:'
    )
    expect(summary.match(/^\+\+\+ b\//gm)).toEqual(['+++ b/', '+++ b/'])
    expect(summary).toContain('+++ b/examples/config/v0.6.1/go-app-counter/kustomization.yaml')
    expect(summary.trimEnd().endsWith('</details>')).toBe(true)
  })

  it('keeps a diff holding a line of three backticks inside its block', () => {
    const summary = renderSummary(plan([QUICK_START]), { dryRun: true })
    const blocks = fencedBlocks(summary)
    expect(blocks).toHaveLength(1)
    const [block] = blocks
    expect(block.open).toBe('````diff')
    // Every line of the diff is in the block, and only those: the closing fence follows them.
    expect(block.body).toEqual(unifiedDiff(QUICK_START).replace(/\n$/, '').split('\n'))
    expect(block.body).toEqual(expect.arrayContaining([' ```console', ' ```']))
    expect(summary).toContain(`${block.body.join('\n')}\n\`\`\`\`\n\n</details>`)
  })

  it('writes a reason shared by consecutive files once', () => {
    const bundle = (path: string): FileChange => ({
      path: `operators/bpfman-operator/0.6.1/${path}`,
      before: null,
      after: 'x\n',
      reason: 'from bundle/ at v0.6.1'
    })
    const summary = renderSummary(plan([bundle('manifests/csv.yaml'), bundle('metadata/a.yaml')]))
    expect(summary).toContain(
      '| `operators/bpfman-operator/0.6.1/manifests/csv.yaml`<br>`operators/bpfman-operator/0.6.1/metadata/a.yaml` | from bundle/ at v0.6.1 |'
    )
    expect(summary.match(/from bundle/g)).toHaveLength(1)
  })

  it('does not turn module@version into an e-mail link, nor a pipe into a new cell', () => {
    const summary = renderSummary(plan([GO_MOD]), { dryRun: true })
    expect(summary).toContain('| `go.mod` | `github.com/bpfman/bpfman@v0.6.1` \\| pinned |')
  })
})

describe('the commit message and the pull request body', () => {
  it('group the copied example folders in one line, the body with one representative diff', () => {
    expect(changeLines([QUICK_START, ...EXAMPLES])).toEqual([
      'docs/quick-start.md: 1 version reference -> 0.6.1',
      'examples/config/v0.6.1/ and v0.6.1-selinux/: 4 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1'
    ])
    const body = changesMarkdown([QUICK_START, ...EXAMPLES]).join('\n')
    expect(body).toContain(
      '- `examples/config/v0.6.1/ and v0.6.1-selinux/`: 4 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1'
    )
    expect(body).toContain(
      '<details><summary>One of the 4 files of examples/config/v0.6.1/ and v0.6.1-selinux/</summary>'
    )
    expect(body.match(/^\+\+\+ b\//gm)).toEqual(['+++ b/'])
    expect(fencedBlocks(body)).toHaveLength(1)
  })

  it("takes a phase's own lines, with paths in code and no e-mail links", () => {
    expect(changesMarkdown([GO_MOD], ['go.mod: github.com/bpfman/bpfman@v0.6.1'])).toEqual([
      '- `go.mod`: `github.com/bpfman/bpfman@v0.6.1`'
    ])
  })
})

describe('the review list', () => {
  it('quotes a file line as code: no team pinged, no HTML rendered, whatever backticks it holds', () => {
    const line = 'Thanks @bpfman/maintainers for 0.6.0 ``` </details><img src=x onerror=alert(1)>'
    const markdown = notesMarkdown([
      { kind: 'review', path: 'docs/thanks.md', line: 3, message: '', quote: line }
    ]).join('\n')
    // One code span (a single backtick: the line's only run is three long) holds the whole line.
    expect(markdown.split('\n')).toContain(`- \`docs/thanks.md:3\` \`${line}\``)
  })

  it('makes mentions and tags inert in a message that quotes a file', () => {
    const [item] = notesMarkdown([
      { kind: 'warning', path: 'x', message: 'taken from @someone </details>' }
    ]).filter((line) => line.startsWith('- '))
    expect(item).toBe('- `x` taken from `@someone` &lt;/details>')
  })
})

describe('the printed plan', () => {
  it('has one line per group and one diff per group by default; every diff with diffs: all', () => {
    const grouped = renderPlan(plan([QUICK_START, ...EXAMPLES]), { diffs: 'grouped' })
    expect(grouped).toContain(
      '  add    examples/config/v0.6.1/ and v0.6.1-selinux/: 4 files copied from v0.6.0/ and v0.6.0-selinux/, version 0.6.0 -> 0.6.1\n'
    )
    expect(grouped.match(/^\+\+\+ b\//gm)).toEqual(['+++ b/', '+++ b/'])
    expect(grouped).toContain("Every file's diff, with 3 more copied files: add --diffs.")
    const all = renderPlan(plan([QUICK_START, ...EXAMPLES]))
    expect(all.match(/^\+\+\+ b\//gm)).toHaveLength(5)
  })

  it('shows every edited file, and cuts only a very long diff', () => {
    const lines = (count: number, v: string): string =>
      Array.from({ length: count }, (_, i) => `v${i} = ${v}`).join('\n')
    const change = (path: string, count: number): FileChange => ({
      path,
      before: lines(count, '0.6.0'),
      after: lines(count, '0.6.1'),
      reason: 'workspace members 0.6.0 -> 0.6.1'
    })
    const grouped = renderPlan(plan([change('Cargo.lock', 150), change('Makefile', 60)]), {
      diffs: 'grouped'
    })
    expect(grouped.match(/^\+\+\+ b\/.*$/gm)).toEqual(['+++ b/Cargo.lock', '+++ b/Makefile'])
    expect(grouped).toContain('... (105 more lines)\n')
    expect(grouped).toContain('+v59 = 0.6.1')
    expect(grouped).toContain("Every file's diff, with the cut lines: add --diffs.")
  })
})
