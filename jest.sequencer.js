// The order jest starts the test files in: the fault matrices first, then
// jest's own order (the slowest of the last run first, else the largest file).
// The matrices are by far the longest files; on a machine without jest's
// cache (CI) the largest-first order started them late, and with two workers
// the last one started was the whole tail of the run.
import Sequencer from '@jest/test-sequencer'

const LONGEST = /__tests__\/reliability\/fault-matrix/

export default class MatricesFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    return [
      ...sorted.filter((test) => LONGEST.test(test.path)),
      ...sorted.filter((test) => !LONGEST.test(test.path))
    ]
  }
}
