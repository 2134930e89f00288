import { createTwoFilesPatch } from './diff.js'
import { groupChanges } from './change-groups.js'
import { InputError, ReleaseError } from './errors.js'
import { type FileChange, type FileEdit } from './files.js'
import { inertProse, inlineCode } from './markdown.js'

/**
 * Something the plan found and did not change: an occurrence of the old version
 * for a human to review, a skipped step, a digest-pinned image.
 */
export interface PlanNote {
  kind: 'review' | 'skipped' | 'info' | 'warning'
  message: string
  path?: string
  line?: number
  /** A line of the file, as it is: shown after the message, as code in Markdown. */
  quote?: string
}

/** What an edit function returns: the files it edits and the notes it makes, in order. */
export interface Edits {
  files: FileEdit[]
  notes: PlanNote[]
}

/** `parts` one after the other. */
export function joinEdits(...parts: readonly Edits[]): Edits {
  return { files: parts.flatMap((part) => part.files), notes: parts.flatMap((part) => part.notes) }
}

export type OperationKind = 'git' | 'github' | 'registry' | 'command' | 'files' | 'check'

/**
 * What an operation reports after it ran: done now, or found already done,
 * and what it produced (a commit, a pull request, a release) for the
 * operations after it and for the phase's report.
 */
export type OperationOutcome<T = void> = {
  status: 'done' | 'unchanged'
  detail?: string
} & ([T] extends [void] ? { value?: undefined } : { value: T })

/**
 * An external effect, described for the printed plan and applied by `apply`.
 * Each `apply` checks first whether its effect is already there, so a rerun
 * after a failure at any step finishes the job without duplicating anything.
 * An operation that needs what an earlier one produced reads it from
 * `products`, by that operation.
 */
export interface Operation<T = void> {
  kind: OperationKind
  title: string
  apply: (products: Products) => Promise<OperationOutcome<T>>
}

// The operations of a plan produce different types; a list of them is of this one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any>

/**
 * An operation that fails after producing something the report still needs
 * (the publication checks fail the job, and their checklist is still shown).
 */
export class FailedWith<T> extends ReleaseError {
  constructor(
    message: string,
    readonly value: T
  ) {
    super(message)
  }
}

/** What the applied operations produced, each read back by the operation that produced it. */
export class Products {
  private readonly values = new Map<AnyOperation, unknown>()

  record<T>(operation: Operation<T>, value: T): void {
    this.values.set(operation, value)
  }

  /** The product of an operation that ran before; an error when it did not run. */
  of<T>(operation: Operation<T>): T {
    if (!this.values.has(operation)) {
      throw new ReleaseError(`"${operation.title}" has not run, and a later step needs its result`)
    }
    return this.values.get(operation) as T
  }

  /** The products of those of `operations` that ran, in their order. */
  findAll<T>(operations: readonly Operation<T>[]): T[] {
    return operations.filter((op) => this.values.has(op)).map((op) => this.values.get(op) as T)
  }

  /** The product, or undefined when the operation did not run (a dry run, an earlier failure). */
  find<T>(operation: Operation<T> | undefined): T | undefined {
    return operation ? (this.values.get(operation) as T | undefined) : undefined
  }
}

export interface Plan {
  phase: string
  repository: string
  version: string
  files: FileChange[]
  operations: AnyOperation[]
  notes: PlanNote[]
}

export interface PlanJson {
  phase: string
  repository: string
  version: string
  files: { path: string; status: 'added' | 'modified'; reason: string; diff: string }[]
  operations: { kind: OperationKind; title: string }[]
  notes: PlanNote[]
}

/** Each change's diff, made once: the plan, the summary and the pull request's body show it. */
const DIFFS = new WeakMap<FileChange, string>()

export function unifiedDiff(change: FileChange): string {
  let diff = DIFFS.get(change)
  if (diff === undefined) {
    diff = patchOf(change)
    DIFFS.set(change, diff)
  }
  return diff
}

function patchOf(change: FileChange): string {
  return createTwoFilesPatch(
    change.before === null ? '/dev/null' : `a/${change.path}`,
    `b/${change.path}`,
    change.before ?? '',
    change.after,
    undefined,
    undefined,
    { context: 2 }
  )
    .split('\n')
    .slice(1) // drop the "====" header line
    .join('\n')
}

export function planToJson(plan: Plan): PlanJson {
  return {
    phase: plan.phase,
    repository: plan.repository,
    version: plan.version,
    files: plan.files.map((change) => ({
      path: change.path,
      status: change.before === null ? 'added' : 'modified',
      reason: change.reason,
      diff: unifiedDiff(change)
    })),
    operations: plan.operations.map(({ kind, title }) => ({ kind, title })),
    notes: plan.notes
  }
}

const NOTE_LABELS: Record<PlanNote['kind'], string> = {
  review: 'left alone, please review',
  skipped: 'skipped',
  info: 'note',
  warning: 'warning'
}

/** Where a note points: `path:line`, `path`, or empty. */
export function noteLocation(note: PlanNote): string {
  return note.path ? `${note.path}${note.line ? `:${note.line}` : ''}` : ''
}

/**
 * A note as one Markdown list item: the location in code, the message as
 * inert prose, the quoted line in code (a file's line neither pings a team nor
 * renders as HTML in a pull request).
 */
export function noteMarkdown(note: PlanNote): string {
  const where = noteLocation(note)
  const parts = [
    where ? inlineCode(where) : '',
    inertProse(note.message),
    note.quote === undefined ? '' : inlineCode(note.quote)
  ]
  return `- ${parts.filter(Boolean).join(' ')}`
}

export function noteLine(note: PlanNote): string {
  const where = noteLocation(note)
  const text = [note.message, note.quote ?? ''].filter(Boolean).join(' ')
  return `[${NOTE_LABELS[note.kind]}] ${where ? `${where}: ` : ''}${text}`
}

/**
 * Which diffs a printed plan shows: every file's (the action's log, the CLI's
 * --diffs), or each edited file's and one per group of copied files (the
 * CLI's default, so that the plan of a release fits a screen or two).
 */
export type PlanDiffs = 'all' | 'grouped'

/** The plan as plain text, as printed before anything is applied. */
export function renderPlan(plan: Plan, options: { diffs?: PlanDiffs } = {}): string {
  const diffs = options.diffs ?? 'all'
  const groups = groupChanges(plan.files)
  const lines: string[] = [`Plan: ${plan.phase} ${plan.version} in ${plan.repository}`, '']
  lines.push(`Files (${plan.files.length}):`)
  for (const group of groups) {
    lines.push(`  ${group.status === 'add' ? 'add   ' : 'modify'} ${group.label}: ${group.reason}`)
  }
  if (plan.files.length === 0) lines.push('  none')
  lines.push('', `Operations (${plan.operations.length}):`)
  plan.operations.forEach((op, index) => lines.push(`  ${index + 1}. [${op.kind}] ${op.title}`))
  if (plan.notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of plan.notes) lines.push(`  ${noteLine(note)}`)
  }
  if (plan.files.length === 0) return lines.join('\n')
  if (diffs === 'all') {
    lines.push('', 'Diffs:')
    for (const change of plan.files) lines.push(unifiedDiff(change))
    return lines.join('\n')
  }
  // Each edited file's diff, and one for each group of copied files; a very long diff is cut.
  lines.push('', 'Diffs:')
  let cut = false
  for (const group of groups) {
    if (group.files.length > 1)
      lines.push(`One of the ${group.files.length} files of ${group.label}:`)
    const diff = unifiedDiff(group.representative).trimEnd().split('\n')
    if (diff.length > MAX_PLAN_DIFF_LINES) {
      cut = true
      lines.push(
        ...diff.slice(0, MAX_PLAN_DIFF_LINES),
        `... (${diff.length - MAX_PLAN_DIFF_LINES} more lines)`
      )
    } else lines.push(...diff)
    lines.push('')
  }
  const hidden = plan.files.length - groups.length
  if (hidden > 0 || cut) {
    const what = [
      ...(hidden > 0 ? [`${hidden} more copied files`] : []),
      ...(cut ? ['the cut lines'] : [])
    ]
    lines.push(`Every file's diff, with ${what.join(' and ')}: add --diffs.`)
  }
  return lines.join('\n').trimEnd()
}

/** The longest diff of one file the grouped plan prints whole (a regenerated Cargo.lock is cut). */
const MAX_PLAN_DIFF_LINES = 200

export interface AppliedOperation {
  title: string
  outcome: { status: 'done' | 'unchanged'; detail?: string }
}

/** What applying a plan did: the operations that ran, their products, and the error that stopped it. */
export interface ApplyResult {
  applied: AppliedOperation[]
  products: Products
  error?: unknown
}

/**
 * Applies the operations in order. A failure names the step and stops; what
 * ran before it is kept in the result, so the summary can still show it.
 */
export async function applyPlan(
  plan: Plan,
  log: (line: string) => void = () => undefined
): Promise<ApplyResult> {
  const applied: AppliedOperation[] = []
  const products = new Products()
  for (const [index, op] of plan.operations.entries()) {
    let outcome: { status: 'done' | 'unchanged'; detail?: string; value?: unknown }
    try {
      outcome = await op.apply(products)
    } catch (error) {
      if (error instanceof FailedWith) products.record(op, error.value)
      // A refusal (bad input found while applying, e.g. someone else's commits
      // on the branch) stays a refusal: a rerun as it is would be refused again.
      if (error instanceof Error) {
        error.message = `step ${index + 1} (${op.title}) failed: ${error.message}${
          error instanceof InputError ? '' : '\nA rerun continues from where this stopped.'
        }`
      }
      return { applied, products, error }
    }
    if ('value' in outcome) products.record(op, outcome.value)
    log(
      `${outcome.status === 'done' ? 'done     ' : 'unchanged'} ${op.title}${outcome.detail ? `: ${outcome.detail}` : ''}`
    )
    applied.push({ title: op.title, outcome: { status: outcome.status, detail: outcome.detail } })
  }
  return { applied, products }
}
