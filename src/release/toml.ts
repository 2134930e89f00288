// smol-toml, loaded at its first call (see lazy.cjs).
import type * as Toml from 'smol-toml'
import { toml } from './lazy.cjs'

export const parse = ((...args: Parameters<typeof Toml.parse>) =>
  toml().parse(...args)) as typeof Toml.parse
