/**
 * Errors the user can act on. `InputError` is bad input (exit code 2): it is
 * raised before anything changes and says which input is wrong and what to do.
 * Anything else that fails is exit code 1.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`${input}: ${message}`)
    this.name = 'InputError'
  }
}

/** A step that could not finish; the message says what to check before a rerun. */
export class ReleaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReleaseError'
  }
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_BAD_INPUT = 2

export function exitCodeFor(error: unknown): number {
  return error instanceof InputError ? EXIT_BAD_INPUT : EXIT_FAILED
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
