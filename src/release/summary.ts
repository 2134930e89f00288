import { type FileChange } from './files.js'
import { type ChangeGroup, groupChanges } from './change-groups.js'
import { messageOf } from './errors.js'
import { codeFence, inertProse, inlineCode } from './markdown.js'
import {
  type AppliedOperation,
  type Plan,
  type PlanNote,
  noteMarkdown,
  unifiedDiff
} from './plan.js'

const MAX_SUMMARY_DIFF = 300_000

export interface SummaryLink {
  label: string
  url: string
}

export interface SummaryOptions {
  applied?: AppliedOperation[]
  links?: SummaryLink[]
  dryRun?: boolean
  /** The error that stopped a step: shown under the status line, as the log says it. */
  error?: unknown
}

/**
 * The job summary in Markdown: a status line (what was done, what needs a
 * human), links, the files (copied folders as one row), the steps, the notes
 * and review list, and the diffs collapsed, one for each group of copies.
 * Whatever the files hold, it renders as meant (markdown.ts).
 */
export function renderSummary(plan: Plan, options: SummaryOptions = {}): string {
  const groups = groupChanges(plan.files)
  const out: string[] = [
    `## ${plan.phase} ${plan.version}${options.dryRun ? ' (dry run: nothing changed)' : ''}`,
    '',
    statusLine(plan, options),
    ''
  ]
  if (options.error !== undefined) out.push(codeFence(messageOf(options.error), 'text'), '')
  for (const link of options.links ?? []) out.push(`- ${link.label}: ${link.url}`)
  if ((options.links ?? []).length > 0) out.push('')
  out.push('### Files', '')
  if (plan.files.length === 0) out.push('No file changes.')
  else {
    out.push('| file | change |', '| --- | --- |')
    // Files that change for the same reason share one row, the reason written once.
    const rows: { labels: string[]; reason: string }[] = []
    for (const group of groups) {
      const last = rows[rows.length - 1]
      if (last?.reason === group.reason) last.labels.push(group.label)
      else rows.push({ labels: [group.label], reason: group.reason })
    }
    for (const row of rows) {
      const labels = row.labels.map((label) => inlineCode(label, { table: true })).join('<br>')
      out.push(`| ${labels} | ${tableText(row.reason)} |`)
    }
  }
  out.push('', '### Steps', '')
  plan.operations.forEach((op, index) => {
    const done = options.applied?.[index]
    const detail = done?.outcome.detail ? `: ${inertProse(done.outcome.detail)}` : ''
    out.push(
      `${index + 1}. ${stepMark(done, options.dryRun)}: [${op.kind}] ${inertProse(op.title)}${detail}`
    )
  })
  out.push('', ...notesMarkdown(plan.notes))
  if (plan.files.length > 0) out.push('', ...diffsMarkdown(groups, MAX_SUMMARY_DIFF))
  return `${out.join('\n')}\n`
}

function stepMark(done: AppliedOperation | undefined, dryRun: boolean | undefined): string {
  if (done) return done.outcome.status === 'done' ? 'done' : 'already done'
  return dryRun ? 'planned' : 'not run'
}

/** One line: what was done, then what needs a human. */
export function statusLine(plan: Plan, options: SummaryOptions = {}): string {
  const steps = plan.operations.length
  const files = count(plan.files.length, 'file change')
  let done: string
  if (options.dryRun) {
    done = `**Dry run, nothing changed**: ${files} and ${count(steps, 'step')} planned.`
  } else {
    const applied = options.applied ?? []
    const unchanged = applied.filter((step) => step.outcome.status === 'unchanged').length
    const ran = `${applied.length - unchanged} done${unchanged > 0 ? `, ${unchanged} already done` : ''}`
    done =
      applied.length < steps
        ? `**Stopped at step ${applied.length + 1} of ${steps}**, "${inertProse(plan.operations[applied.length].title)}": ${ran}; the error is below, and a rerun continues from there.`
        : `**Done**: ${steps === 0 ? 'nothing to do' : `${count(steps, 'step')}, ${ran}`}; ${files}.`
  }
  const warnings = plan.notes.filter((note) => note.kind === 'warning').length
  const review = plan.notes.filter((note) => note.kind === 'review').length
  const human = [
    ...(warnings > 0 ? [`${count(warnings, 'warning')} to check`] : []),
    ...(review > 0 ? [`${count(review, 'line')} left alone to review`] : [])
  ]
  return `${done} ${human.length > 0 ? `Needs a human: ${human.join(', ')} (below).` : 'Nothing else needs a human.'}`
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

/** Text in a GFM table cell: no e-mail links, and a pipe does not end the cell. */
function tableText(text: string): string {
  return inertProse(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The diffs, collapsed: each file's, but one for each group of copies; in all
 * at most `limit` characters (a job summary holds at most 1 MiB, and a
 * regenerated Cargo.lock alone can come near it).
 */
export function diffsMarkdown(groups: readonly ChangeGroup[], limit = MAX_SUMMARY_DIFF): string[] {
  const files = groups.reduce((sum, group) => sum + group.files.length, 0)
  const out = [`<details><summary>Diffs (${count(files, 'file')})</summary>`, '']
  let left = limit
  for (const group of groups) {
    if (left <= 0) {
      out.push("The other diffs are cut here; the job's log has every diff.", '')
      break
    }
    let diff = unifiedDiff(group.representative)
    if (diff.length > left) diff = `${diff.slice(0, left)}\n... (cut; the job's log has every diff)`
    left -= diff.length
    if (group.files.length > 1) {
      out.push(`One of the ${group.files.length} files of ${inlineCode(group.label)}:`, '')
    }
    out.push(codeFence(diff, 'diff'), '')
  }
  out.push('</details>')
  return out
}

/**
 * The pull request's list of changes: one item per group of files (or per
 * line of `lines`, "path: reason", when the phase gives its own), then the
 * representative diff of each group of copies, collapsed.
 */
export function changesMarkdown(files: readonly FileChange[], lines?: readonly string[]): string[] {
  const groups = groupChanges(files)
  const items = lines
    ? lines.map((line) => {
        const colon = line.indexOf(': ')
        return colon > 0
          ? `- ${inlineCode(line.slice(0, colon))}: ${inertProse(line.slice(colon + 2))}`
          : `- ${inertProse(line)}`
      })
    : groups.map((group) => `- ${inlineCode(group.label)}: ${inertProse(group.reason)}`)
  const out = [...items]
  for (const group of groups.filter((candidate) => candidate.files.length > 1)) {
    out.push(
      '',
      `<details><summary>One of the ${group.files.length} files of ${escapeHtml(group.label)}</summary>`,
      '',
      codeFence(unifiedDiff(group.representative), 'diff'),
      '',
      '</details>'
    )
  }
  return out
}

/**
 * The notes as Markdown sections: what was skipped or generated, then what the
 * release left alone for a human to review (at most `limit` lines of it).
 */
export function notesMarkdown(notes: PlanNote[], limit = 200): string[] {
  const out: string[] = []
  const review = notes.filter((note) => note.kind === 'review')
  const others = notes.filter((note) => note.kind !== 'review')
  if (others.length > 0) out.push('### Notes', '', ...others.map(noteMarkdown), '')
  if (review.length > 0) {
    out.push(`### Left alone, please review (${review.length})`, '')
    out.push(
      'Mentions of the old version the release did not edit, and lines of the edited files that still name an older release (dependency pins left out):',
      ''
    )
    out.push(...review.slice(0, limit).map(noteMarkdown))
    if (review.length > limit) out.push(`- and ${review.length - limit} more (see the job's log)`)
    out.push('')
  }
  return out
}
