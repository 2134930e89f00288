import { describe, expect, it } from '@jest/globals'
import { BPFMAN_DOC_RULES } from '../../src/release/doc-rules.js'
import { applyDocPatterns } from '../../src/updaters/docs.js'
import { updateCargoLock } from '../../src/updaters/cargo-lock.js'
import { updateCargoToml } from '../../src/updaters/cargo-toml.js'
import { updateDispatcherImages } from '../../src/updaters/dispatcher-images.js'
import { planExampleConfigs } from '../../src/updaters/example-configs.js'
import { updateExamplesMakefile } from '../../src/updaters/examples-makefile.js'
import { setAnnotation } from '../../src/updaters/operator-annotations.js'
import { updateContainerfileLabels } from '../../src/updaters/operator-containerfile.js'
import { pinImageTags } from '../../src/updaters/operator-images.js'
import { updateMakefileVersion, updateVersionFile } from '../../src/updaters/operator-version.js'
import { parseVersion } from '../../src/release/version.js'
import { fixture, fixtureTree } from './golden.js'

// A file that starts with a UTF-8 byte order mark (cargo, make, kustomize and
// GitHub read it): every updater edits it as it edits the file without one and
// keeps the mark, byte for byte.
const BOM = '\uFEFF'
const IMAGES = ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher']
const RELEASE_MD = BPFMAN_DOC_RULES.find((rule) => rule.path === 'RELEASE.md')?.patterns ?? []

/** [updater, fixture folder, before, after, the update]. */
const CASES: [string, string[], string, (content: string) => string][] = [
  ['cargo-toml', ['cargo-toml', 'bpfman'], 'toml', (c) => updateCargoToml(c, '0.6.1').content],
  [
    'cargo-lock',
    ['cargo-lock', 'bpfman'],
    'lock',
    (c) => updateCargoLock(c, '0.6.0', '0.6.1').content
  ],
  [
    'examples-makefile',
    ['examples-makefile', 'bpfman'],
    'mk',
    (c) => updateExamplesMakefile(c, '0.6.1').content
  ],
  [
    'operator Makefile',
    ['operator-version', 'makefile'],
    'mk',
    (c) => updateMakefileVersion(c, '0.6.0').content
  ],
  [
    'dispatcher images',
    ['dispatcher-images', 'latest'],
    'rs',
    (c) => updateDispatcherImages(c, IMAGES, 'v0.5.4').content
  ],
  [
    'docs',
    ['docs', 'release-md'],
    'md',
    (c) => applyDocPatterns(c, RELEASE_MD, '0.5.5', '0.5.6').content
  ],
  [
    'containerfile labels',
    ['operator-containerfile', 'bundle'],
    'openshift',
    (c) => updateContainerfileLabels(c, '0.6.0').content
  ],
  [
    'CSV images',
    ['operator-images', 'csv'],
    'yaml',
    (c) => pinImageTags(c, ['quay.io/bpfman/'], 'v0.6.0').content
  ],
  [
    'bundle annotations',
    ['operator-annotations', 'bundle'],
    'yaml',
    (c) => setAnnotation(c, 'com.redhat.openshift.versions', 'v4.17')
  ]
]

describe('a file that starts with a byte order mark', () => {
  it.each(CASES)(
    '%s: edited as without it, the mark kept (golden)',
    (_name, folder, ext, update) => {
      const before = fixture(...folder, `before.${ext}`)
      const after = fixture(...folder, `after.${ext}`)
      // The fixture's own edit, so that a BOM-less failure is not mistaken for this one.
      expect(update(before)).toBe(after)
      expect(update(BOM + before)).toBe(BOM + after)
    }
  )

  it('a Makefile whose first line is VERSION ?=', () => {
    const makefile = 'VERSION ?= 0.6.0\n\nall:\n\techo $(VERSION)\n'
    expect(updateExamplesMakefile(BOM + makefile, '0.6.1')).toEqual({
      content: `${BOM}VERSION ?= 0.6.1\n\nall:\n\techo $(VERSION)\n`,
      oldVersion: '0.6.0'
    })
    expect(updateMakefileVersion(BOM + makefile, '0.6.1').content).toBe(
      `${BOM}VERSION ?= 0.6.1\n\nall:\n\techo $(VERSION)\n`
    )
  })

  it('a Cargo.toml whose first line is [workspace.package]', () => {
    const cargo = '[workspace.package]\nversion = "0.6.0"\n'
    expect(updateCargoToml(BOM + cargo, '0.6.1').content).toBe(
      `${BOM}[workspace.package]\nversion = "0.6.1"\n`
    )
  })

  it('a Cargo.lock whose first line is [[package]]', () => {
    const lock = '[[package]]\nname = "bpfman"\nversion = "0.6.0"\n'
    expect(updateCargoLock(BOM + lock, '0.6.0', '0.6.1')).toEqual({
      content: `${BOM}[[package]]\nname = "bpfman"\nversion = "0.6.1"\n`,
      packages: ['bpfman']
    })
  })

  it('the VERSION file', () => {
    const before = fixture('operator-version', 'version-file', 'before')
    const after = fixture('operator-version', 'version-file', 'after')
    expect(updateVersionFile(BOM + before, '0.6.1')).toEqual({
      content: BOM + after,
      oldVersion: '0.6.1-dev'
    })
  })

  it('example kustomizations copied to the new release folder', () => {
    const before = fixtureTree('example-configs', 'bpfman', 'before')
    const marked = new Map([...before].map(([path, text]) => [path, BOM + text]))
    const plain = planExampleConfigs(before, parseVersion('0.6.1'))
    const planned = planExampleConfigs(marked, parseVersion('0.6.1'))
    expect(planned.files.map((file) => [file.path, file.content])).toEqual(
      plain.files.map((file) => [file.path, BOM + file.content])
    )
  })
})
