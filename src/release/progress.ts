/**
 * Long work as a person watches it: what runs (a command, a wait) and for how
 * long. A layer says what it starts and when it ends; the host shows it
 * (progress-display.ts: a redrawn line on a terminal, timestamped lines in a
 * log, nothing with --json), so no layer prints.
 */
export interface Progress {
  /** Starts showing `what` with its elapsed time, until the task ends. */
  start(what: string): ProgressTask
}

export interface ProgressTask {
  /** Says what the same work is doing now; its clock goes on. */
  update(what: string): void
  /** Stops showing it, done or failed. */
  end(failed?: boolean): void
}

/** Shows nothing: the --json CLI, and callers that were given no progress. */
export const NO_PROGRESS: Progress = {
  start: () => ({ update: () => undefined, end: () => undefined })
}

/** Runs `work` while `what` is shown; ends the task as the work settles. */
export async function withProgress<T>(
  progress: Progress | undefined,
  what: string,
  work: () => Promise<T>
): Promise<T> {
  const task = (progress ?? NO_PROGRESS).start(what)
  try {
    const result = await work()
    task.end()
    return result
  } catch (error) {
    task.end(true)
    throw error
  }
}

/** An elapsed time as a person reads it: 7s, 2m05s, 1h02m. */
export function elapsedText(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
