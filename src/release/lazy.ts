// Everything the project loads or starts before its use, in one place.
//
// - lazy(): a module or library imported at its first use, once. ncc puts each
//   dynamic import() in a chunk of its own, so that a bundle's start-up (a phase
//   failing at its first input) pays only for what it runs: a phase's planner,
//   the driver's apply, Octokit and its plugins each load when first called.
// - ahead(): work started before the code that awaits it (a read while modules
//   load or while the plan is made).
// - lazy.cjs, this module's CommonJS half: yaml(), toml() and diff(), the
//   libraries that pure code calls synchronously, required at their first call
//   (through the typed wrappers yaml.ts, toml.ts and diff.ts).

/** A loader that runs `load` at its first call only; later calls get the same promise. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined
  return () => (loaded ??= load())
}

/**
 * `work`, started before the code that awaits it: a failure meanwhile (the
 * run may stop before it awaits) is not an unhandled rejection; whoever
 * awaits it still gets the failure.
 */
export function ahead<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined)
  return work
}

/**
 * @actions/core, for the API client's log lines: with it come its HTTP client
 * and undici, which a phase that never calls the API (the CLI's offline
 * prepare) does not load. The action's entry imports it anyway.
 */
export const loadCore = lazy(() => import('@actions/core'))

/** Octokit (@actions/github), the retry and throttling plugins, Bottleneck and @actions/core. */
export const loadOctokit = lazy(async () => {
  const [github, retry, throttling, bottleneck, core] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js'),
    loadCore()
  ])
  return {
    getOctokit: github.getOctokit,
    retry: retry.retry,
    throttling: throttling.throttling,
    Bottleneck: bottleneck.default,
    info: core.info
  }
})

export type OctokitLibraries = Awaited<ReturnType<typeof loadOctokit>>
