/**
 * Which requests a test's fault fires on, for the fakes that serve tests (the
 * GitHub emulator, the registry front): the `nth` matching request (1 = the
 * next), counted from injection, `times` in a row, matching every request
 * when the fault names no method and no path.
 */

export interface FaultMatch {
  /** The matching request it fires on, 1-based, counted from injection. Default 1. */
  nth?: number
  /** How many matching requests in a row it fires on, from the nth. Default 1; Infinity for all. */
  times?: number
  /** Only requests with this method (any case). */
  method?: string
  /** Only requests to this exact path, route template (`/repos/{owner}/{repo}/pulls`) or RegExp. */
  path?: string | RegExp
}

/** What the test keeps: whether, and on which requests, the fault fired. */
export interface FaultHandle<S extends FaultMatch = FaultMatch> {
  readonly spec: Readonly<S>
  readonly fired: boolean
  /** How many requests it fired on. */
  readonly hits: number
  /** `METHOD path` of the requests it fired on. */
  readonly firedOn: readonly string[]
  /** Stops it from firing again. */
  cancel(): void
}

class Fault<S extends FaultMatch> implements FaultHandle<S> {
  private seen = 0
  hits = 0
  cancelled = false
  readonly firedOn: string[] = []

  constructor(readonly spec: Readonly<S>) {
    const nth = spec.nth ?? 1
    if (!Number.isInteger(nth) || nth < 1)
      throw new Error(`fault nth must be 1 or more, not ${nth}`)
  }

  get fired(): boolean {
    return this.hits > 0
  }

  cancel(): void {
    this.cancelled = true
  }

  matches(method: string, path: string, template: string | undefined): boolean {
    const { method: wanted, path: pattern } = this.spec
    if (wanted !== undefined && wanted.toUpperCase() !== method) return false
    if (pattern === undefined) return true
    return pattern instanceof RegExp ? pattern.test(path) : pattern === path || pattern === template
  }

  count(): void {
    this.seen++
  }

  get due(): boolean {
    const nth = this.spec.nth ?? 1
    return !this.cancelled && this.seen >= nth && this.hits < (this.spec.times ?? 1)
  }
}

export class FaultInjector<S extends FaultMatch> {
  private readonly faults: Fault<S>[] = []

  inject(spec: S): FaultHandle<S> {
    const fault = new Fault<S>({ ...spec })
    this.faults.push(fault)
    return fault
  }

  /** Drops every fault, fired or not. */
  clear(): void {
    this.faults.length = 0
  }

  /**
   * The fault this request gets, if any. Every matching fault counts the
   * request; the first one due fires, and one that was due but lost to an
   * earlier fault fires on its next match.
   */
  take(method: string, path: string, template: string | undefined): Readonly<S> | undefined {
    const matching = this.faults.filter((fault) => fault.matches(method, path, template))
    for (const fault of matching) fault.count()
    const fault = matching.find((candidate) => candidate.due)
    if (!fault) return undefined
    fault.hits++
    fault.firedOn.push(`${method} ${path}`)
    return fault.spec
  }
}
