// The libraries that only some paths use, imported at their first use: ncc puts
// each dynamic import() in a chunk of its own, so that a bundle's start-up (a
// phase failing at its first input, a dry run that calls no API) pays for none
// of them. Each loader imports once; later calls get the same promise.

/** A loader that runs `load` on its first call only. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined
  return () => (loaded ??= load())
}

/** Octokit (@actions/github), the retry and throttling plugins and Bottleneck. */
export const loadOctokit = once(async () => {
  const [github, retry, throttling, bottleneck] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js')
  ])
  return {
    getOctokit: github.getOctokit,
    retry: retry.retry,
    throttling: throttling.throttling,
    Bottleneck: bottleneck.default
  }
})

export type OctokitLibraries = Awaited<ReturnType<typeof loadOctokit>>
