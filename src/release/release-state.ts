/**
 * Where a release stands, as rows in the order of the process, and its
 * pictures: a table and a Mermaid flowchart (GitHub renders it in a job
 * summary). Pure: `bpfman-release status` gathers the rows, each phase's job
 * summary shows the rows it knows.
 */

export type RowState = 'done' | 'in progress' | 'missing' | 'failed'

/** The stages of a release, in the order of the process; a row belongs to one. */
export const STAGES = [
  'release PR',
  'tag',
  'GitHub release',
  'tag runs',
  'images',
  'docs',
  'crates',
  'COPR',
  ':latest revert PR',
  'catalog PRs',
  'next-dev PR'
] as const
export type Stage = (typeof STAGES)[number]

export interface StatusRow {
  /** owner/name of the repository the row is about. */
  repository: string
  stage: Stage
  /** What the row is: "pull request #12", "quay.io/bpfman/bpfman:v0.6.1". */
  item: string
  state: RowState
  detail: string
  link?: string
  /** What to do next; set on the first row that is not done. */
  next?: string
}

/** A stage of one repository, with the state of its rows together. */
export interface StageNode {
  repository: string
  stage: Stage
  state: RowState
}

/** The rows' stages in order of appearance, each with one state: failed, done, in progress or missing. */
export function stageNodes(rows: readonly StatusRow[]): StageNode[] {
  const nodes: { repository: string; stage: Stage; states: RowState[] }[] = []
  for (const row of rows) {
    const last = nodes.find(
      (node) => node.repository === row.repository && node.stage === row.stage
    )
    if (last) last.states.push(row.state)
    else nodes.push({ repository: row.repository, stage: row.stage, states: [row.state] })
  }
  return nodes.map(({ repository, stage, states }) => ({
    repository,
    stage,
    state: combined(states)
  }))
}

function combined(states: readonly RowState[]): RowState {
  if (states.includes('failed')) return 'failed'
  if (states.every((state) => state === 'done')) return 'done'
  if (states.every((state) => state === 'missing')) return 'missing'
  return 'in progress'
}

/** The release as a whole: failed when a row failed, done when every row is. */
export function overallState(rows: readonly StatusRow[]): RowState {
  return rows.length === 0 ? 'missing' : combined(rows.map((row) => row.state))
}

/** The rows, with `next` set on the first one that is not done (from `nextStep`). */
export function withNextStep(
  rows: readonly StatusRow[],
  nextStep: (row: StatusRow) => string
): StatusRow[] {
  const first = rows.findIndex((row) => row.state !== 'done')
  return rows.map((row, index) => (index === first ? { ...row, next: nextStep(row) } : row))
}

const STATE_STYLE: Record<RowState, string> = {
  done: 'fill:#2da44e,stroke:#1a7f37,color:#ffffff',
  'in progress': 'fill:#bf8700,stroke:#9a6700,color:#ffffff',
  missing: 'fill:#eaeef2,stroke:#8c959f,color:#24292f',
  failed: 'fill:#cf222e,stroke:#a40e26,color:#ffffff'
}

const CLASS_OF: Record<RowState, string> = {
  done: 'done',
  'in progress': 'progress',
  missing: 'missing',
  failed: 'failed'
}

/** A Mermaid label: no quotes or brackets that would end it. */
function mermaidLabel(text: string): string {
  return text.replace(/["[\]{}()<>|]/g, ' ').trim()
}

/**
 * The release as a Mermaid flowchart: one node per repository's stage, in the
 * order of the process, each coloured by its state.
 */
export function releaseFlowchart(rows: readonly StatusRow[]): string {
  const nodes = stageNodes(rows)
  const out = ['```mermaid', 'flowchart LR']
  nodes.forEach((node, index) => {
    const name = node.repository.split('/').pop() ?? node.repository
    out.push(`  s${index}["${mermaidLabel(`${name}: ${node.stage}`)}<br/>${node.state}"]`)
  })
  for (let index = 1; index < nodes.length; index++) out.push(`  s${index - 1} --> s${index}`)
  for (const state of Object.keys(STATE_STYLE) as RowState[]) {
    out.push(`  classDef ${CLASS_OF[state]} ${STATE_STYLE[state]}`)
    const members = nodes.flatMap((node, index) => (node.state === state ? [`s${index}`] : []))
    if (members.length > 0) out.push(`  class ${members.join(',')} ${CLASS_OF[state]}`)
  }
  out.push('```')
  return out.join('\n')
}

/** Text in a GFM table cell: a pipe does not end the cell, a line break does not end the row. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

/** The rows as a Markdown table (a link on the item when there is one), then what to do next. */
export function statusTable(rows: readonly StatusRow[]): string {
  const out = ['| repository | stage | item | state | detail |', '| --- | --- | --- | --- | --- |']
  for (const row of rows) {
    const item = row.link ? `[${cell(row.item)}](${row.link})` : cell(row.item)
    out.push(
      `| ${cell(row.repository)} | ${cell(row.stage)} | ${item} | ${row.state} | ${cell(row.detail)} |`
    )
  }
  const next = rows.find((row) => row.next)
  if (next) out.push('', `**Next**: ${next.next}`)
  return out.join('\n')
}

/** The rows for a terminal: one line each, the link below, and the next step. */
export function statusText(rows: readonly StatusRow[]): string {
  const out: string[] = []
  let repository = ''
  for (const row of rows) {
    if (row.repository !== repository) {
      if (repository) out.push('')
      repository = row.repository
      out.push(repository)
    }
    out.push(`  ${row.state.padEnd(12)}${row.stage}: ${row.item}: ${row.detail}`)
    if (row.link) out.push(`              ${row.link}`)
    if (row.next) out.push(`  next:       ${row.next}`)
  }
  out.push('', `Release: ${overallState(rows)}`)
  return out.join('\n')
}

/** What each phase knows of the release when it ends: the stages it follows and the ones it makes. */
const PHASE_STAGES: Record<string, { follows: Stage[]; makes: Stage[]; made: RowState }> = {
  'prepare-release': { follows: [], makes: ['release PR'], made: 'in progress' },
  'operator-release prepare': { follows: [], makes: ['release PR'], made: 'in progress' },
  'tag-release': { follows: ['release PR'], makes: ['tag', 'GitHub release'], made: 'done' },
  'post-release': {
    follows: ['release PR', 'tag'],
    makes: ['GitHub release', 'images'],
    made: 'done'
  },
  'operator-release catalogs': {
    follows: ['release PR', 'tag', 'GitHub release'],
    makes: ['catalog PRs'],
    made: 'in progress'
  },
  'operator-release next-dev': {
    follows: ['catalog PRs'],
    makes: ['next-dev PR'],
    made: 'in progress'
  }
}

/** How a phase's run ended: a dry run, stopped at a step (its title), or done. */
export interface PhaseRun {
  dryRun: boolean
  stoppedAt?: string
}

/**
 * The rows a phase's job summary shows: the stages the phase follows (done, or
 * it would not have run), and its own, failed when it stopped, missing in a
 * dry run. The whole release is `bpfman-release status`.
 */
export function phaseRows(phase: string, repository: string, run: PhaseRun): StatusRow[] {
  const known = PHASE_STAGES[phase]
  if (!known) return []
  const own: RowState = run.dryRun ? 'missing' : run.stoppedAt ? 'failed' : known.made
  const detail = run.dryRun
    ? `${phase}: dry run`
    : run.stoppedAt
      ? `${phase} stopped at "${run.stoppedAt}"`
      : phase
  const row = (stage: Stage, state: RowState, detail: string): StatusRow => ({
    repository,
    stage,
    item: stage,
    state,
    detail
  })
  return [
    ...known.follows.map((stage) => row(stage, 'done', `before ${phase}`)),
    ...known.makes.map((stage) => row(stage, own, detail))
  ]
}

/** The picture a phase's job summary ends with: its stages as a flowchart and a table. */
export function phaseStateMarkdown(phase: string, repository: string, run: PhaseRun): string {
  const rows = phaseRows(phase, repository, run)
  if (rows.length === 0) return ''
  return `${releaseStateMarkdown(rows)}\nThe whole release: \`bpfman-release status VERSION\`.\n`
}

/** The rows as a job summary section: the flowchart, then the table. */
export function releaseStateMarkdown(rows: readonly StatusRow[]): string {
  return ['### Release state', '', releaseFlowchart(rows), '', statusTable(rows), ''].join('\n')
}
