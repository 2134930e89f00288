import { appendFileSync } from 'node:fs'
import { type AppliedOperation, type Plan, noteLine, unifiedDiff } from './plan.js'

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
  const review = plan.notes.filter((note) => note.kind === 'review')
  const others = plan.notes.filter((note) => note.kind !== 'review')
  if (others.length > 0) {
    out.push('', '### Notes', '')
    for (const note of others) out.push(`- ${noteLine(note)}`)
  }
  if (review.length > 0) {
    out.push('', `### Left alone, please review (${review.length})`, '')
    out.push('These mention the old version outside the files that the release edits:', '')
    for (const note of review) out.push(`- \`${note.path}:${note.line}\` ${note.message}`)
  }
  if (plan.files.length > 0) {
    out.push('', '<details><summary>Diffs</summary>', '', '```diff')
    for (const change of plan.files) out.push(unifiedDiff(change))
    out.push('```', '', '</details>')
  }
  return `${out.join('\n')}\n`
}

/** Appends to the job summary when running in Actions; a no-op elsewhere. */
export function writeJobSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown)
}
