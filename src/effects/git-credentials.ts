// A token as git's credentials for one git server, without a file: the way
// actions/checkout authenticates (an Authorization header for that server
// only), given through GIT_CONFIG_* variables, never on a command line and
// never written to a configuration file. runRepositoryCode drops these
// variables, so a Makefile recipe never sees them.
import { type GitConfig } from './git-config.js'

/** The GIT_CONFIG_* variables that send `token` to `serverUrl` (and nowhere else) as Basic auth. */
export function gitAuthEnvironment(token: string, serverUrl: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: '0'
  }
}

/** Whether the configuration already sends a header to `serverUrl` (a checkout that persisted its credentials). */
export function hasServerCredentials(config: GitConfig, serverUrl: string): boolean {
  const server = serverUrl.replace(/\/+$/, '').toLowerCase()
  for (const key of config.keys()) {
    const match = /^http\.(.+)\.extraheader$/i.exec(key)
    if (match && match[1].toLowerCase().startsWith(server)) return true
  }
  return false
}
