import { type ReportRun } from '../cli-command.js'

export async function runDoctor(run: ReportRun): Promise<number> {
  run.print('doctor')
  return 0
}
