import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPERATOR_PRESET } from '../../src/release/config.js'
import { findVersionSource, setVersion } from '../../src/steps/operator-version.js'
import { makeTempDir } from '../support/tmp.js'

// Where bpfman-operator keeps its version, read from a real folder.

let temp: { dir: string; cleanup: () => void }
beforeEach(() => {
  temp = makeTempDir('operator-version-step')
})
afterEach(() => temp.cleanup())

const MAKEFILE =
  '# The operator.\nVERSION ?= 0.6.1-dev\nIMG ?= quay.io/bpfman/bpfman-operator:v$(VERSION)\n'

describe('findVersionSource and setVersion', () => {
  it('the VERSION file when there is one, before the Makefile', () => {
    writeFileSync(join(temp.dir, 'VERSION'), '0.6.1-dev\n')
    writeFileSync(join(temp.dir, 'Makefile'), MAKEFILE)
    const source = findVersionSource(temp.dir, OPERATOR_PRESET)
    expect(source).toEqual({
      kind: 'version-file',
      path: 'VERSION',
      content: '0.6.1-dev\n',
      version: '0.6.1-dev'
    })
    expect(setVersion(source, '0.6.1')).toBe('0.6.1\n')
  })

  it("else the Makefile's VERSION ?=, the rest of it kept byte for byte", () => {
    writeFileSync(join(temp.dir, 'Makefile'), MAKEFILE)
    const source = findVersionSource(temp.dir, OPERATOR_PRESET)
    expect(source).toMatchObject({ kind: 'makefile', path: 'Makefile', version: '0.6.1-dev' })
    expect(setVersion(source, '0.6.1')).toBe(
      MAKEFILE.replace('VERSION ?= 0.6.1-dev', 'VERSION ?= 0.6.1')
    )
  })

  it('neither: refused, naming both shapes', () => {
    expect(() => findVersionSource(temp.dir, OPERATOR_PRESET)).toThrow(
      'bpfman-operator keeps its version in a VERSION file or in the Makefile\'s "VERSION ?= X.Y.Z"'
    )
  })

  it('a Makefile without a literal version is refused', () => {
    writeFileSync(join(temp.dir, 'Makefile'), 'VERSION ?= $(shell git describe)\n')
    expect(() => findVersionSource(temp.dir, OPERATOR_PRESET)).toThrow('Makefile')
  })
})
