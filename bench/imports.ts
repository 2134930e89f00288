// What each dependency adds to start-up: an ncc bundle of @actions/core plus one
// import, against @actions/core alone, run alternately.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { type BenchNode, cleanEnv } from './node.js'
import { nccBundle } from './startup.js'
import { alternate, median, millis, pairedRatio, ratio, runProgram, table } from './stats.js'

const IMPORTS: Record<string, string> = {
  '@actions/core alone': '',
  '+ @actions/github (getOctokit)':
    "import { getOctokit } from '@actions/github'\nglobalThis.x = getOctokit\n",
  '+ @actions/exec':
    "import { getExecOutput } from '@actions/exec'\nglobalThis.x = getExecOutput\n",
  '+ yaml': "import YAML from 'yaml'\nglobalThis.x = YAML\n",
  '+ diff': "import { createTwoFilesPatch } from 'diff'\nglobalThis.x = createTwoFilesPatch\n",
  '+ smol-toml': "import { parse } from 'smol-toml'\nglobalThis.x = parse\n",
  '+ semver': "import semver from 'semver'\nglobalThis.x = semver\n",
  '+ all six together': ''
}

export function benchImports(root: string, node: BenchNode, rounds: number): void {
  const all = Object.values(IMPORTS)
    .join('')
    .replace(/globalThis\.x = /g, 'globalThis.x += ')
  const sources = { ...IMPORTS, '+ all six together': `globalThis.x = 0\n${all}` }
  const bundles = Object.entries(sources).map(([name, source], i) => ({
    name,
    entry: nccBundle(
      join(root, 'imports', String(i)),
      `import * as core from '@actions/core'\n${source}core.info('')\n`
    )
  }))
  const env = cleanEnv({ GITHUB_ACTIONS: 'true' })
  const timings = alternate(
    rounds,
    bundles.map(({ name, entry }) => ({
      name,
      run: () => void runProgram(node.path, [entry], { cwd: root, env })
    }))
  )
  const floor = timings.get('@actions/core alone') ?? []
  process.stdout.write(
    `\n## Start-up of @actions/core plus one dependency (ncc bundles, ${rounds} rounds)\n`
  )
  process.stdout.write(
    `${table([
      ['', 'size', 'median', 'vs @actions/core alone'],
      ...bundles.map(({ name, entry }) => {
        const times = timings.get(name) ?? []
        const size = `${(statSync(entry).size / 1024).toFixed(0)} KB`
        return [name, size, millis(median(times)), ratio(pairedRatio(times, floor))]
      })
    ])}\n`
  )
}
