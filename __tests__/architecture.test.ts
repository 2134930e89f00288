import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

// The import graph of src/, read from the sources: every `from '…'` and `import('…')`
// of a relative path, type-only imports included (a type import is a dependency too).
const SRC = fileURLToPath(new URL('../src', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(ts|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const IMPORT =
  /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((match) => {
    const target = join(dirname(file), match[1])
    return relative(SRC, target.replace(/\.js$/, '.ts'))
  })
}

const graph = new Map(sources(SRC).map((file) => [relative(SRC, file), importsOf(file)]))

/**
 * A module's layer, lowest first: release/ is the model everyone shares, updaters/ and
 * effects/ build on it, steps/ on those, phases/ on steps, and the hosts (the action,
 * the CLI, the driver) on everything.
 */
function layer(path: string): number {
  const top = path.split('/')[0]
  if (top === 'release') return 0
  if (top === 'updaters' || top === 'effects') return 1
  if (top === 'steps') return 2
  if (top === 'phases') return 3
  return 4
}

/** Every cycle, each once, as the list of files around it. */
function cycles(): string[][] {
  const found: string[][] = []
  const seen = new Set<string>()
  const visit = (file: string, path: string[]): void => {
    const at = path.indexOf(file)
    if (at >= 0) {
      const cycle = path.slice(at)
      const key = [...cycle].sort().join(' ')
      if (!seen.has(key)) {
        seen.add(key)
        found.push(cycle)
      }
      return
    }
    if (path.length > 0 && done.has(file)) return
    for (const next of graph.get(file) ?? []) visit(next, [...path, file])
    done.add(file)
  }
  const done = new Set<string>()
  for (const file of graph.keys()) if (!done.has(file)) visit(file, [])
  return found
}

describe('the import graph of src/', () => {
  it('reads the modules it judges', () => {
    expect(graph.get('driver.ts')).toEqual(expect.arrayContaining(['release/phase.ts']))
    expect(graph.size).toBeGreaterThan(100)
  })

  it('has no import that resolves to no file', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`)
    )
    expect(missing).toEqual([])
  })

  it('has no cycle between files', () => {
    expect(cycles().map((cycle) => [...cycle, cycle[0]].join(' -> '))).toEqual([])
  })

  it('imports only down the layers: release, updaters and effects, steps, phases, hosts', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => layer(target) > layer(file)).map((t) => `${file} -> ${t}`)
    )
    expect(upward).toEqual([])
  })

  it('keeps updaters and effects apart, and each phase to itself', () => {
    const phaseOf = (path: string): string | undefined =>
      path.startsWith('phases/') ? path.split('/')[1] : undefined
    const crossing = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => {
          const [from, to] = [file.split('/')[0], target.split('/')[0]]
          if (from !== to && layer(from) === 1 && layer(to) === 1) return true
          return phaseOf(file) !== undefined && phaseOf(target) !== undefined
            ? phaseOf(file) !== phaseOf(target)
            : false
        })
        .map((target) => `${file} -> ${target}`)
    )
    expect(crossing).toEqual([])
  })
})
