import { lazy } from '../../release/lazy.js'
import type { getOctokit } from '@actions/github'

/** The client @actions/github makes; octokit.ts builds it with the project's plugins. */
export type Octokit = ReturnType<typeof getOctokit>

/** The rest.<namespace>.<method> a deferred method stands for, so paginate can take it. */
const REST_PATH = Symbol('rest method')

type Callable = (...args: unknown[]) => Promise<unknown>
type DeferredMethod = Callable & { [REST_PATH]: [string, string] }

/**
 * An Octokit whose client is made by `make` on its first request, so that
 * Octokit and its plugins are loaded when a phase calls the API, not when a
 * bundle starts. It offers what the project calls: request(), paginate() and
 * rest.<namespace>.<method>(); each waits for the client, then calls it.
 */
export function deferredOctokit(make: () => Promise<Octokit>): Octokit {
  const client = lazy(make)
  const methodOf = (octokit: Octokit, [namespace, name]: [string, string]): Callable =>
    (octokit.rest as unknown as Record<string, Record<string, Callable>>)[namespace][name]
  const namespaces = new Map<string, Record<string, DeferredMethod>>()
  const namespace = (name: string): Record<string, DeferredMethod> => {
    let methods = namespaces.get(name)
    if (!methods) {
      const made = new Map<string, DeferredMethod>()
      methods = new Proxy({} as Record<string, DeferredMethod>, {
        get: (_, method) => {
          if (typeof method !== 'string') return undefined
          let deferred = made.get(method)
          if (!deferred) {
            const path: [string, string] = [name, method]
            deferred = Object.assign(
              async (...args: unknown[]) => methodOf(await client(), path)(...args),
              { [REST_PATH]: path }
            )
            made.set(method, deferred)
          }
          return deferred
        }
      })
      namespaces.set(name, methods)
    }
    return methods
  }
  const rest = new Proxy(
    {},
    { get: (_, name) => (typeof name === 'string' ? namespace(name) : undefined) }
  )
  const facade = {
    rest,
    request: async (...args: unknown[]) =>
      ((await client()).request as unknown as Callable)(...args),
    paginate: async (method: unknown, ...args: unknown[]) => {
      const octokit = await client()
      const path = (method as Partial<DeferredMethod> | undefined)?.[REST_PATH]
      return (octokit.paginate as unknown as Callable)(
        path ? methodOf(octokit, path) : method,
        ...args
      )
    }
  }
  return facade as unknown as Octokit
}
