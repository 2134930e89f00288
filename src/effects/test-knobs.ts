// The two knobs the tests and the sandbox turn, read from the environment here
// and nowhere else: threading them through every client's settings would
// carry them through code that never needs them.

/** How long one second of waiting lasts: 1000 ms, or RELEASE_ACTIONS_SECOND_MS (tests, sandbox). */
export function secondMs(): number {
  return givenSecondMs() ?? 1000
}

/** RELEASE_ACTIONS_UNPACED: leave out GitHub's pacing between writes, as for an API on this machine. */
export function unpaced(): boolean {
  return Boolean(process.env.RELEASE_ACTIONS_UNPACED)
}

/** RELEASE_ACTIONS_SECOND_MS when it is set: the retries' seconds against a local API. */
export function givenSecondMs(): number | undefined {
  const set = Number(process.env.RELEASE_ACTIONS_SECOND_MS)
  return Number.isFinite(set) && set > 0 ? set : undefined
}
