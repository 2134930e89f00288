import { type CheckResult, type CheckGroup } from './checks.js'
import { type HandOver } from './handover.js'

const MARKS: Record<CheckResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  'not checked': '➖ not checked'
}

/** The publication checklist as Markdown: one line per check, passed, failed or not checked. */
export function renderChecklist(
  results: readonly CheckResult[] | undefined,
  failOn: readonly CheckGroup[]
): string {
  const out = ['### Publication checks', '']
  if (!results) {
    out.push('Not run.')
    return `${out.join('\n')}\n`
  }
  for (const result of results) {
    const blocking =
      result.status === 'failed' && !failOn.includes(result.group) ? ' (reported only)' : ''
    out.push(`- ${MARKS[result.status]}${blocking}: ${result.name}: ${result.detail}`)
  }
  return `${out.join('\n')}\n`
}

/** The hand-over to bpfman-operator: the run, or the exact link and inputs for a maintainer. */
export function renderHandOver(handOver: HandOver | undefined): string {
  if (!handOver) return ''
  const inputs = Object.entries(handOver.inputs)
    .map(([name, value]) => `\`${name}\`: \`${value}\``)
    .join(', ')
  const out = ['### Hand-over to the operator release', '']
  if (handOver.status === 'dispatched' || handOver.status === 'exists') {
    const what = handOver.status === 'dispatched' ? 'Dispatched' : 'Already running (or done)'
    out.push(
      `${what}: ${handOver.workflow} in ${handOver.repository} with ${inputs}${handOver.run?.url ? `: ${handOver.run.url}` : ''}`
    )
  } else {
    const why =
      handOver.status === 'manual'
        ? 'No operator-token was given, so'
        : 'Not dispatched yet (an earlier step failed);'
    out.push(
      `${why} a maintainer starts the operator's release: open ${handOver.workflowUrl}, press "Run workflow" on \`${handOver.ref}\` with ${inputs}; or run:`,
      '',
      '```console',
      handOver.command,
      '```'
    )
  }
  return `${out.join('\n')}\n`
}
