// semver, loaded at its first call (see lazy/semver.cjs).
import type * as Semver from 'semver'
import { semver } from './lazy/semver.cjs'

export const compare = ((...args: Parameters<typeof Semver.compare>) =>
  semver().compare(...args)) as typeof Semver.compare

/** `semver.compare(...)` as the default import offers it. */
export default { compare }
