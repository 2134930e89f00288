// The diff library, loaded at its first call (see lazy.cjs).
import type * as Diff from 'diff'
import { diff } from './lazy.cjs'

export const createTwoFilesPatch = ((...args: Parameters<typeof Diff.createTwoFilesPatch>) =>
  diff().createTwoFilesPatch(...args)) as typeof Diff.createTwoFilesPatch
