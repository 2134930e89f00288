import { appendFileSync } from 'node:fs'
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

/** The job summary in Markdown: the plan, what was applied, links, and the review list. */
export function renderSummary(
  plan: Plan,
  options: { applied?: AppliedOperation[]; links?: SummaryLink[]; dryRun?: boolean } = {}
): string {
  const out: string[] = [
    `## ${plan.phase} ${plan.version}${options.dryRun ? ' (dry run: nothing changed)' : ''}`,
    ''
  ]
  for (const link of options.links ?? []) out.push(`- ${link.label}: ${link.url}`)
  if ((options.links ?? []).length > 0) out.push('')
  out.push('### Files', '')
  if (plan.files.length === 0) out.push('No file changes.')
  else {
    out.push('| file | change |', '| --- | --- |')
    for (const change of plan.files) out.push(`| \`${change.path}\` | ${change.reason} |`)
  }
  out.push('', '### Steps', '')
  plan.operations.forEach((op, index) => {
    const done = options.applied?.[index]
    const mark = done
      ? done.outcome.status === 'done'
        ? 'done'
        : 'already done'
      : options.dryRun
        ? 'planned'
        : 'not run'
    out.push(
      `${index + 1}. [${op.kind}] ${op.title} (${mark}${done?.outcome.detail ? `: ${done.outcome.detail}` : ''})`
    )
  })
  out.push('', ...notesMarkdown(plan.notes))
  if (plan.files.length > 0) {
    // A job summary holds at most 1 MiB; a regenerated Cargo.lock alone can come near it.
    let diffs = plan.files.map(unifiedDiff).join('\n')
    if (diffs.length > MAX_SUMMARY_DIFF)
      diffs = `${diffs.slice(0, MAX_SUMMARY_DIFF)}\n... (cut; the job's log has every diff)`
    out.push('', '<details><summary>Diffs</summary>', '', '```diff', diffs, '```', '', '</details>')
  }
  return `${out.join('\n')}\n`
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

/** Appends to the job summary when running in Actions; a no-op elsewhere. */
export function writeJobSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown)
}
