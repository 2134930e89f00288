/**
 * A job's `strategy.matrix` expanded into its combinations as GitHub documents
 * it: the product of the named lists, less each `exclude` (a partial match is
 * enough), then each `include` added to every combination whose original values
 * it does not change, or as a combination of its own when it fits none.
 */
import { isDeepStrictEqual } from 'node:util'

export type Combination = Record<string, unknown>

export interface Strategy {
  combinations: Combination[]
  failFast: boolean
  maxParallel: number
}

function entriesOf(value: unknown, where: string): Combination[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`)
  return value.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      throw new Error(`${where}: each entry must be a mapping`)
    return item as Combination
  })
}

export function expandMatrix(matrix: unknown): Combination[] {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix))
    throw new Error('strategy.matrix must be a mapping')
  const { include, exclude, ...vectors } = matrix as Record<string, unknown>
  const keys = Object.keys(vectors)
  let combinations: Combination[] = keys.length ? [{}] : []
  for (const key of keys) {
    const values = vectors[key]
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`Matrix vector '${key}' does not contain any values`)
    combinations = combinations.flatMap((combination) =>
      values.map((value: unknown) => ({ ...combination, [key]: value }))
    )
  }
  const excluded = entriesOf(exclude, 'strategy.matrix.exclude')
  combinations = combinations.filter(
    (combination) =>
      !excluded.some((rule) =>
        Object.entries(rule).every(([key, value]) => isDeepStrictEqual(combination[key], value))
      )
  )
  const original = combinations.length
  for (const extra of entriesOf(include, 'strategy.matrix.include')) {
    let added = false
    for (const combination of combinations.slice(0, original)) {
      const keeps = Object.entries(extra).every(
        ([key, value]) => !keys.includes(key) || isDeepStrictEqual(combination[key], value)
      )
      if (!keeps) continue
      Object.assign(combination, extra)
      added = true
    }
    if (!added) combinations.push({ ...extra })
  }
  if (combinations.length === 0) throw new Error('Matrix must define at least one vector')
  return combinations
}

/** `strategy:` evaluated: its combinations, fail-fast (default true), max-parallel. */
export function readStrategy(strategy: unknown): Strategy {
  if (!strategy || typeof strategy !== 'object' || Array.isArray(strategy))
    throw new Error('strategy must be a mapping')
  const fields = strategy as Record<string, unknown>
  const combinations = expandMatrix(fields.matrix)
  const failFast = fields['fail-fast'] === undefined ? true : String(fields['fail-fast']) === 'true'
  const maxParallel = Number(fields['max-parallel'] ?? combinations.length)
  if (!Number.isInteger(maxParallel) || maxParallel < 1)
    throw new Error(`strategy.max-parallel: ${String(fields['max-parallel'])} is not a number`)
  return { combinations, failFast, maxParallel }
}

/** What GitHub appends to a matrix job's name: its values, objects shown by their one-line values. */
export function combinationLabel(combination: Combination): string {
  const shown = (value: unknown): string[] => {
    if (value === null || value === undefined) return []
    if (typeof value === 'object')
      return Object.values(value as Record<string, unknown>).flatMap(shown)
    const text = String(value)
    return text.includes('\n') ? [] : [text]
  }
  return Object.values(combination).flatMap(shown).join(', ')
}
