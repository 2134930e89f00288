// The libraries that only some paths use, imported at their first use: ncc puts
// each dynamic import() in a chunk of its own, so that a bundle's start-up (a
// phase failing at its first input, a dry run that calls no API) pays for none
// of them. Each loader imports once; later calls get the same promise.
import { once } from '../release/once.js'

/**
 * @actions/core, for the API client's log lines: with it come its HTTP client
 * and undici, which a phase that never calls the API (the CLI's offline
 * prepare) does not load. The action's entry imports it anyway.
 */
export const loadCore = once(() => import('@actions/core'))

/** Octokit (@actions/github), the retry and throttling plugins, Bottleneck and @actions/core. */
export const loadOctokit = once(async () => {
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
