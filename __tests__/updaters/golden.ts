import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The golden before/after files of the updaters. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/updaters/', import.meta.url))

/** One fixture file as text. */
export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8')
}

/** Every file under a fixture folder, keyed by its path relative to that folder. */
export function fixtureTree(...parts: string[]): Map<string, string> {
  const root = join(FIXTURES, ...parts)
  const files = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(root, path), readFileSync(path, 'utf8'))
    }
  }
  walk(root)
  return files
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}
