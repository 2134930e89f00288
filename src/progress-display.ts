import { type Progress, type ProgressTask, elapsedText } from './release/progress.js'

/** A host's Progress, and how the host's own lines pass it without breaking its display. */
export interface ProgressDisplay extends Progress {
  /** Writes the host's output: a terminal's status line is cleared first and drawn again after. */
  above(write: () => void): void
}

interface Running {
  what: string
  started: number
}

interface DisplayOptions {
  now?: () => number
  /** How often the display says more while work runs. */
  intervalMs?: number
}

/**
 * A terminal's display: one status line, redrawn about twice a second with a
 * spinner and each running task's elapsed time, and one line kept when a
 * task ends ("✓ make bundle (37s)").
 */
export function terminalProgress(
  write: (text: string) => void,
  options: DisplayOptions & { columns?: () => number | undefined } = {}
): ProgressDisplay {
  const now = options.now ?? Date.now
  const running: Running[] = []
  const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏'
  let frame = 0
  let drawn = false
  let timer: NodeJS.Timeout | undefined
  const clear = (): void => {
    if (drawn) write('\r\x1b[2K')
    drawn = false
  }
  const draw = (): void => {
    clear()
    if (running.length === 0) return
    const at = now()
    const tasks = running.map((task) => `${task.what} (${elapsedText(at - task.started)})`)
    const line = `${frames[frame % frames.length]} ${tasks.join('; ')}`
    const width = (options.columns?.() || 80) - 1
    write(line.length > width ? `${line.slice(0, width - 1)}…` : line)
    drawn = true
  }
  const tick = (): void => {
    frame += 1
    draw()
  }
  return {
    above(writeOut) {
      clear()
      writeOut()
      draw()
    },
    start(what) {
      const task: Running = { what, started: now() }
      running.push(task)
      timer ??= setInterval(tick, options.intervalMs ?? 500).unref()
      draw()
      return {
        update(next) {
          task.what = next
          draw()
        },
        end(failed) {
          const index = running.indexOf(task)
          if (index < 0) return
          running.splice(index, 1)
          clear()
          const took = elapsedText(now() - task.started)
          write(failed ? `✗ ${task.what}: failed after ${took}\n` : `✓ ${task.what} (${took})\n`)
          if (running.length === 0) {
            clearInterval(timer)
            timer = undefined
          }
          draw()
        }
      }
    }
  }
}

/**
 * A log's display (CI, a pipe): plain lines with the time (UTC), when a task
 * starts, every ten seconds while it runs, and when it ends.
 */
export function logProgress(
  writeLine: (line: string) => void,
  options: DisplayOptions = {}
): ProgressDisplay {
  const now = options.now ?? Date.now
  const say = (text: string): void =>
    writeLine(`${new Date(now()).toISOString().slice(11, 19)}Z ${text}`)
  return {
    above: (writeOut) => writeOut(),
    start(what) {
      const task: Running = { what, started: now() }
      say(`${what}: started`)
      const timer = setInterval(
        () => say(`${task.what}: running for ${elapsedText(now() - task.started)}`),
        options.intervalMs ?? 10_000
      ).unref()
      const ended: ProgressTask = {
        update(next) {
          task.what = next
          say(`${next} (${elapsedText(now() - task.started)} so far)`)
        },
        end(failed) {
          clearInterval(timer)
          const took = elapsedText(now() - task.started)
          say(failed ? `${task.what}: failed after ${took}` : `${task.what}: done in ${took}`)
          ended.end = () => undefined
        }
      }
      return ended
    }
  }
}
