import { InputError, messageOf } from './errors.js'
import { codeFence } from './markdown.js'

/**
 * The job summary of a run that stopped before its plan was applied: refused
 * (bad input, exit code 2) or failed (exit code 1), with the error as the log
 * says it (what, why, and what to do), and that nothing was changed.
 */
export function renderStopped(phase: string, error: unknown): string {
  const refused = error instanceof InputError
  return [
    `## ${phase}: ${refused ? 'refused' : 'failed'}`,
    '',
    refused
      ? '**Refused, nothing changed** (bad input, exit code 2). What was refused, why, and what to do:'
      : '**Failed** (exit code 1). What failed, why, and what to check before a rerun:',
    '',
    codeFence(messageOf(error), 'text'),
    ''
  ].join('\n')
}
