// A repository's configuration as `git config -z --list` prints it (every
// scope, in the order git reads them), and the answers the phases take from
// it: the user's identity, the remotes and their URLs. One read gives them all.
import { type Identity } from '../release/identity.js'

/** Each key's values in the order git read them (the last one is what `git config --get` answers). */
export type GitConfig = Map<string, string[]>

/**
 * Parses `git config -z --list`: `key\nvalue\0` per entry, `key\0` for a key
 * without a value. Section and variable names come lower-cased; a
 * subsection (a remote's name) keeps its case.
 */
export function parseConfigList(out: string): GitConfig {
  const config: GitConfig = new Map()
  for (const entry of out.split('\0')) {
    if (!entry) continue
    const newline = entry.indexOf('\n')
    const key = newline < 0 ? entry : entry.slice(0, newline)
    const value = newline < 0 ? '' : entry.slice(newline + 1)
    const values = config.get(key)
    if (values) values.push(value)
    else config.set(key, [value])
  }
  return config
}

/** user.name and user.email, when both are set (the last value of each, as `git config --get`). */
export function identityOf(config: GitConfig): Identity | undefined {
  const name = config.get('user.name')?.at(-1)?.trim()
  const email = config.get('user.email')?.at(-1)?.trim()
  return name && email ? { name, email } : undefined
}

/** The remotes `git remote` lists: each subsection of a `remote.<name>.<variable>` key. */
export function remoteNamesOf(config: GitConfig): Set<string> {
  const names = new Set<string>()
  const section = 'remote.'
  for (const key of config.keys()) {
    const last = key.lastIndexOf('.')
    if (key.startsWith(section) && last > section.length) names.add(key.slice(section.length, last))
  }
  return names
}

/**
 * What `git remote get-url <remote>` prints: the remote's first URL (its name
 * when it has none), with the longest matching `url.<base>.insteadOf` prefix
 * replaced by its base; undefined when there is no such remote.
 */
export function remoteUrlOf(config: GitConfig, remote: string): string | undefined {
  if (!remoteNamesOf(config).has(remote)) return undefined
  const url = config.get(`remote.${remote}.url`)?.[0] ?? remote
  let rewrite: { base: string; prefix: string } | undefined
  for (const [key, prefixes] of config) {
    if (!key.startsWith('url.') || !key.endsWith('.insteadof')) continue
    const base = key.slice('url.'.length, -'.insteadof'.length)
    for (const prefix of prefixes) {
      if (url.startsWith(prefix) && (!rewrite || prefix.length > rewrite.prefix.length))
        rewrite = { base, prefix }
    }
  }
  return rewrite ? rewrite.base + url.slice(rewrite.prefix.length) : url
}
