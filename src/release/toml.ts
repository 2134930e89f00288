// smol-toml, loaded at its first call (see lazy/toml.cjs).
import type * as Toml from 'smol-toml'
import { toml } from './lazy/toml.cjs'

export const parse = ((...args: Parameters<typeof Toml.parse>) =>
  toml().parse(...args)) as typeof Toml.parse
