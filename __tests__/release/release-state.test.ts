import { describe, expect, it } from '@jest/globals'
import {
  type StatusRow,
  phaseStateMarkdown,
  releaseFlowchart,
  stageNodes,
  statusTable
} from '../../src/release/release-state.js'

const row = (
  stage: StatusRow['stage'],
  state: StatusRow['state'],
  item: string = stage
): StatusRow => ({
  repository: 'bpfman/bpfman',
  stage,
  item,
  state,
  detail: ''
})

describe('release state pictures', () => {
  it('colours each stage by its rows: one failed row fails the stage, done and missing are in progress', () => {
    const rows = [
      row('release PR', 'done'),
      row('images', 'done', 'a'),
      row('images', 'failed', 'b'),
      row('docs', 'done'),
      row('crates', 'done', 'x'),
      row('crates', 'missing', 'y')
    ]
    expect(stageNodes(rows).map((node) => node.state)).toEqual([
      'done',
      'failed',
      'done',
      'in progress'
    ])
    const chart = releaseFlowchart(rows)
    expect(chart.split('\n')).toEqual(
      expect.arrayContaining([
        '```mermaid',
        '  s0["bpfman: release PR<br/>done"]',
        '  s1 --> s2',
        '  class s0,s2 done',
        '  class s1 failed',
        '  class s3 progress'
      ])
    )
  })

  it('a table cell keeps a pipe from ending it, and the next step follows the table', () => {
    const table = statusTable([{ ...row('tag', 'missing'), detail: 'a|b', next: 'tag it' }])
    expect(table).toContain('| bpfman/bpfman | tag | tag | missing | a\\|b |')
    expect(table).toContain('**Next**: tag it')
  })

  it("a phase's summary shows the stages it knows: failed when it stopped, missing in a dry run", () => {
    const stopped = phaseStateMarkdown('tag-release', 'bpfman/bpfman', {
      dryRun: false,
      stoppedAt: 'push tag v0.6.1'
    })
    expect(stopped).toContain('```mermaid')
    expect(stopped).toContain('| bpfman/bpfman | release PR | release PR | done |')
    expect(stopped).toContain(
      '| bpfman/bpfman | tag | tag | failed | tag-release stopped at "push tag v0.6.1" |'
    )
    const dry = phaseStateMarkdown('post-release', 'bpfman/bpfman', { dryRun: true })
    expect(dry).toContain('| bpfman/bpfman | images | images | missing |')
    expect(phaseStateMarkdown('unknown', 'bpfman/bpfman', { dryRun: false })).toBe('')
  })
})
