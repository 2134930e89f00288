/**
 * The nearest of a command's names to a mistyped one: `preapre` -> prepare,
 * `--versoin` -> --version. Distance is optimal string alignment (Levenshtein
 * with a swap of two neighbours as one edit, Damerau's most common typo).
 */
export function osaDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
      }
    }
  }
  return rows[a.length][b.length]
}

/**
 * The candidate nearest to `typed`, when it is near enough to be the one meant:
 * one edit for short names, two from five letters on, a third of the name at most.
 */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.min(3, Math.floor(typed.length / 3)))
  let best: { name: string; distance: number } | undefined
  for (const name of candidates) {
    const distance = osaDistance(typed.toLowerCase(), name.toLowerCase())
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance }
  }
  return best?.name
}
