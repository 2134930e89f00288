import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BPFMAN_PRESET, loadBpfmanConfig, loadOperatorConfig } from '../../src/release/config.js'
import { InputError } from '../../src/release/errors.js'
import { makeTempDir } from '../support/tmp.js'

let cleanup: () => void = () => undefined
afterEach(() => cleanup())

function repoWithConfig(text: string | undefined): string {
  const temp = makeTempDir('config')
  cleanup = temp.cleanup
  if (text !== undefined) {
    mkdirSync(join(temp.dir, '.github'))
    writeFileSync(join(temp.dir, '.github/release-actions.yml'), text)
  }
  return temp.dir
}

describe('loadBpfmanConfig', () => {
  it('is the preset when the repository has no config file', () => {
    expect(loadBpfmanConfig(repoWithConfig(undefined))).toEqual(BPFMAN_PRESET)
  })

  it('overrides only the keys the file sets', () => {
    const config = loadBpfmanConfig(
      repoWithConfig('dispatcherSource: src/images.rs\nlabels: [release, automated]\n')
    )
    expect(config.dispatcherSource).toBe('src/images.rs')
    expect(config.labels).toEqual(['release', 'automated'])
    expect(config.cargoToml).toBe('Cargo.toml')
  })

  it('names every bad key in one error', () => {
    const dir = repoWithConfig(
      [
        'dispatchersource: x',
        'labels: release',
        'docRules:',
        '  - path: RELEASE.md',
        "    patterns: ['{version} and {previous}']",
        '  - path: docs/a.md',
        "    patterns: ['(unclosed {version}']"
      ].join('\n')
    )
    let error: unknown
    try {
      loadBpfmanConfig(dir)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message).toMatch(/^\.github\/release-actions\.yml: invalid configuration:/)
    expect(message).toContain('unknown key "dispatchersource"; known keys: cargoToml')
    expect(message).toContain('"labels" must be a list of non-empty strings')
    expect(message).toContain('holds 2 placeholders')
    expect(message.split('\n')).toHaveLength(4)
  })

  it('reports a bad regular expression and invalid YAML', () => {
    expect(() =>
      loadBpfmanConfig(
        repoWithConfig("docRules:\n  - path: a.md\n    patterns: ['(x {version}']\n")
      )
    ).toThrow('is not a valid regular expression')
    expect(() => loadBpfmanConfig(repoWithConfig('labels: [unclosed\n'))).toThrow(
      'is not valid YAML'
    )
    expect(() => loadBpfmanConfig(repoWithConfig('- a\n- b\n'))).toThrow(
      'must be a mapping of keys to values'
    )
  })
})

describe('a config file written against the tool', () => {
  it.each(['__proto__', 'hasOwnProperty', 'constructor', 'toString'])(
    'a key named like an Object member (%s) is an unknown key, named',
    (key) => {
      const repo = repoWithConfig(`${key}: x\nlabels: [release]\n`)
      expect(() => loadBpfmanConfig(repo)).toThrow(InputError)
      expect(() => loadBpfmanConfig(repo)).toThrow(`unknown key "${key}"`)
      expect(() => loadOperatorConfig(repo)).toThrow(`unknown key "${key}"`)
    }
  )

  it.each([
    ['changelogDir', '../x'],
    ['examplesMakefile', '../../outside/Makefile'],
    ['cargoToml', '/etc/passwd'],
    ['exampleConfigs', 'examples/./config'],
    ['dispatcherSource', '.git/config'],
    ['cargoLock', 'sub/.git/HEAD']
  ])('%s: %s is refused, naming the key', (key, value) => {
    const repo = repoWithConfig(`${key}: ${JSON.stringify(value)}\n`)
    expect(() => loadBpfmanConfig(repo)).toThrow(InputError)
    expect(() => loadBpfmanConfig(repo)).toThrow(
      `"${key}" must be a path relative to the repository's top`
    )
  })

  it('a doc rule whose path leaves the repository is refused', () => {
    const repo = repoWithConfig('docRules:\n  - path: ../README.md\n    patterns: ["v{version}"]\n')
    expect(() => loadBpfmanConfig(repo)).toThrow(/"docRules" must be .*leaves the repository/)
  })

  it.each([
    ['packageName', '../../x'],
    ['packageName', 'a/b'],
    ['packageName', '..'],
    ['bundleDir', '../bundle'],
    ['csvPath', '/tmp/csv.yaml'],
    ['versionFile', '../VERSION'],
    ['containerfilePattern', '../Containerfile.*']
  ])('operator %s: %s is refused, naming the key', (key, value) => {
    const repo = repoWithConfig(`${key}: ${JSON.stringify(value)}\n`)
    expect(() => loadOperatorConfig(repo)).toThrow(InputError)
    expect(() => loadOperatorConfig(repo)).toThrow(`"${key}" must be`)
  })

  it('the config file given as an input must be a repository path', () => {
    const repo = repoWithConfig(undefined)
    expect(() => loadBpfmanConfig(repo, '../elsewhere.yml')).toThrow(
      /^config-file: "\.\.\/elsewhere\.yml" leaves the repository/
    )
  })

  it('a config file that is a symbolic link is refused, not read through', () => {
    const repo = repoWithConfig(undefined)
    mkdirSync(join(repo, '.github'))
    writeFileSync(join(repo, 'secret'), 'labels: [stolen]\n')
    symlinkSync('../secret', join(repo, '.github/release-actions.yml'))
    expect(() => loadBpfmanConfig(repo)).toThrow(
      /^\.github\/release-actions\.yml: is a symbolic link/
    )
  })
})
