/** One challenge of a `WWW-Authenticate` header (RFC 7235). */
export interface AuthChallenge {
  /** Lowercased: `bearer`, `basic`. */
  scheme: string
  params: Record<string, string>
}

// A param `name=value` (value quoted, or bare up to a comma or space), a bare
// token (a scheme), or a separator. Bare values are read leniently: some
// servers send `realm=https://host/token` unquoted.
const PART =
  /\s*(?:([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)|([!#$%&'*+.^_`|~0-9A-Za-z-]+)|(,)|(.))/gy

/**
 * Parses `Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:a/b:pull"`,
 * including several challenges in one header and quoted strings holding commas.
 */
export function parseChallenges(header: string | null): AuthChallenge[] {
  const challenges: AuthChallenge[] = []
  if (!header) return challenges
  let current: AuthChallenge | undefined
  PART.lastIndex = 0
  for (let match = PART.exec(header); match && match[0] !== ''; match = PART.exec(header)) {
    const [, name, value, scheme] = match
    if (scheme) {
      current = { scheme: scheme.toLowerCase(), params: {} }
      challenges.push(current)
    } else if (name && value !== undefined && current) {
      current.params[name.toLowerCase()] = value.startsWith('"')
        ? value.slice(1, -1).replace(/\\(.)/g, '$1')
        : value
    }
  }
  return challenges
}
