import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/release/errors.js'
import { applyDocPatterns } from '../../../src/updaters/docs.js'
import { readAnnotations, setAnnotation } from '../../../src/updaters/operator-annotations.js'
import { updateContainerfileLabels } from '../../../src/updaters/operator-containerfile.js'
import {
  csvMismatches,
  readCsvIdentity,
  removeReplaces,
  sameIgnoringCreatedAt
} from '../../../src/updaters/operator-csv.js'
import { pinImageTags } from '../../../src/updaters/operator-images.js'
import {
  makefileVersion,
  updateMakefileVersion,
  updateVersionFile
} from '../../../src/updaters/operator-version.js'
import { OPERATOR_PRESET } from '../../../src/release/config.js'
import { fixture, toCrlf } from '../../updaters/golden.js'

describe('updateMakefileVersion (bpfman-operator up to v0.5.6)', () => {
  const before = fixture('operator-version', 'makefile', 'before.mk')
  const after = fixture('operator-version', 'makefile', 'after.mk')

  it('sets VERSION ?= and leaves the scaffold comments (VERSION=0.0.2) alone (golden)', () => {
    expect(updateMakefileVersion(before, '0.6.0')).toEqual({ content: after, oldVersion: '0.5.6' })
    expect(after).toContain('make bundle VERSION=0.0.2')
  })

  it('is idempotent and keeps CRLF', () => {
    expect(updateMakefileVersion(after, '0.6.0').content).toBe(after)
    expect(updateMakefileVersion(toCrlf(before), '0.6.0').content).toBe(toCrlf(after))
  })

  it('reads the literal version, and nothing from a Makefile that reads the VERSION file', () => {
    expect(makefileVersion(before)).toBe('0.5.6')
    expect(makefileVersion('VERSION ?= $(shell cat VERSION)\n')).toBeUndefined()
  })

  it('refuses a Makefile without a literal VERSION ?=, naming the file and both shapes', () => {
    expect(() => updateMakefileVersion('VERSION ?= $(shell cat VERSION)\n', '0.6.0')).toThrow(
      InputError
    )
    expect(() => updateMakefileVersion('all:\n', '0.6.0')).toThrow(
      'Makefile: has no "VERSION ?= X.Y.Z" line and the repository has no VERSION file'
    )
  })
})

describe('updateVersionFile (bpfman-operator since v0.6.0)', () => {
  it('moves the -dev version to the release (golden)', () => {
    const before = fixture('operator-version', 'version-file', 'before')
    const after = fixture('operator-version', 'version-file', 'after')
    expect(updateVersionFile(before, '0.6.1')).toEqual({ content: after, oldVersion: '0.6.1-dev' })
  })

  it('keeps a leading v and the absence of a final newline', () => {
    expect(updateVersionFile('v0.6.1-dev', '0.6.1')).toEqual({
      content: 'v0.6.1',
      oldVersion: '0.6.1-dev'
    })
    expect(updateVersionFile('0.6.0\n', '0.6.1-dev').content).toBe('0.6.1-dev\n')
  })

  it('refuses a file that holds anything but one version', () => {
    expect(() => updateVersionFile('0.6.0\n0.6.1\n', '0.6.1')).toThrow(
      'VERSION: holds "0.6.0\n0.6.1", not a version'
    )
    expect(() => updateVersionFile('latest\n', '0.6.1')).toThrow(InputError)
  })
})

describe('updateContainerfileLabels', () => {
  it('sets the bundle image version= and release= labels (golden)', () => {
    const before = fixture('operator-containerfile', 'bundle', 'before.openshift')
    const after = fixture('operator-containerfile', 'bundle', 'after.openshift')
    expect(updateContainerfileLabels(before, '0.6.0')).toEqual({
      content: after,
      changed: ['version 0.5.6 -> 0.6.0', 'release 0.5.6 -> 0.6.0']
    })
  })

  it('leaves crictl ARG VERSION, io.k8s.version, a build-number release and free text alone (golden)', () => {
    const before = fixture('operator-containerfile', 'agent', 'before.openshift')
    const after = fixture('operator-containerfile', 'agent', 'after.openshift')
    const updated = updateContainerfileLabels(before, '0.6.0')
    expect(updated).toEqual({ content: after, changed: ['version 0.5.6 -> 0.6.0'] })
    expect(updated.content).toContain('ARG VERSION="v1.28.0"')
    expect(updated.content).toContain('io.k8s.version="0.5.6"')
  })

  it('is idempotent, keeps CRLF and finds a label on its own line', () => {
    const after = fixture('operator-containerfile', 'bundle', 'after.openshift')
    expect(updateContainerfileLabels(after, '0.6.0')).toEqual({ content: after, changed: [] })
    const crlf = toCrlf(fixture('operator-containerfile', 'bundle', 'before.openshift'))
    expect(updateContainerfileLabels(crlf, '0.6.0').content).toBe(toCrlf(after))
    expect(
      updateContainerfileLabels('LABEL version="0.5.6"\nRUN echo version=0.5.6\n', '0.6.0').content
    ).toBe('LABEL version="0.6.0"\nRUN echo version=0.5.6\n')
  })
})

describe('README links (the operator preset doc rule)', () => {
  it('moves bpfman.io/vX.Y.Z/ links, however old, and leaves /main/ and prose alone (golden)', () => {
    const before = fixture('operator-readme', 'links', 'before.md')
    const after = fixture('operator-readme', 'links', 'after.md')
    const [rule] = OPERATOR_PRESET.docRules
    expect(rule.path).toBe('README.md')
    expect(applyDocPatterns(before, rule.patterns, '0.5.6', '0.6.0')).toEqual({
      content: after,
      replacements: 2
    })
    expect(applyDocPatterns(after, rule.patterns, '0.5.6', '0.6.0')).toEqual({
      content: after,
      replacements: 0
    })
  })
})

describe('pinImageTags', () => {
  const before = fixture('operator-images', 'csv', 'before.yaml')
  const after = fixture('operator-images', 'csv', 'after.yaml')

  it('tags the quay.io/bpfman/ images that say :latest with the release (golden)', () => {
    expect(pinImageTags(before, ['quay.io/bpfman/'], 'v0.6.0')).toEqual({
      content: after,
      images: [
        'quay.io/bpfman/bpfman',
        'quay.io/bpfman/bpfman-agent',
        'quay.io/bpfman/bpfman-operator'
      ]
    })
  })

  it('leaves bytecode images, other registries, digests and other tags alone', () => {
    expect(after).toContain('quay.io/bpfman-bytecode/xdp_pass:latest')
    expect(after).toContain('quay.io/brancz/kube-rbac-proxy:latest')
    expect(after).toContain('bpfman-agent@sha256:7614')
    expect(after).toContain('quay.io/bpfman/bpfman:latest-debug')
    expect(pinImageTags(after, ['quay.io/bpfman/'], 'v0.6.0')).toEqual({
      content: after,
      images: []
    })
    expect(pinImageTags(before, [], 'v0.6.0').content).toBe(before)
  })
})

describe('the CSV', () => {
  const csv = fixture('operator-images', 'csv', 'before.yaml')

  it('reads metadata.name and spec.version, and names both sides of a mismatch', () => {
    const identity = readCsvIdentity(csv)
    expect(identity).toEqual({
      name: 'bpfman-operator.v0.6.0',
      version: '0.6.0',
      replaces: undefined
    })
    expect(csvMismatches(identity, 'bpfman-operator', '0.6.0')).toEqual([])
    expect(csvMismatches(identity, 'bpfman-operator', '0.6.1')).toEqual([
      'metadata.name is "bpfman-operator.v0.6.0", expected "bpfman-operator.v0.6.1"',
      'spec.version is "0.6.0", expected "0.6.1"'
    ])
  })

  it('removes spec.replaces as a whole line and nothing else', () => {
    const withReplaces = csv.replace(
      '  version: 0.6.0\n',
      '  replaces: bpfman-operator.v0.5.6\n  version: 0.6.0\n'
    )
    expect(readCsvIdentity(withReplaces).replaces).toBe('bpfman-operator.v0.5.6')
    expect(removeReplaces(withReplaces)).toEqual({
      content: csv,
      removed: 'bpfman-operator.v0.5.6'
    })
    expect(removeReplaces(csv)).toEqual({ content: csv, removed: undefined })
  })

  it('compares bundles apart from createdAt only', () => {
    const later = csv.replace('2025-06-02T14:05:11Z', '2026-01-01T00:00:00Z')
    expect(sameIgnoringCreatedAt(csv, later)).toBe(true)
    expect(sameIgnoringCreatedAt(csv, later.replace('Basic Install', 'Seamless Upgrades'))).toBe(
      false
    )
  })

  it('refuses YAML it cannot parse, naming the file', () => {
    expect(() => readCsvIdentity('a: [\n', 'bundle/manifests/x.yaml')).toThrow(
      'bundle/manifests/x.yaml: is not valid YAML'
    )
  })
})

describe('bundle annotations', () => {
  it('adds com.redhat.openshift.versions after the last annotation, keeping comments and blank lines (golden)', () => {
    const before = fixture('operator-annotations', 'bundle', 'before.yaml')
    const after = fixture('operator-annotations', 'bundle', 'after.yaml')
    expect(setAnnotation(before, 'com.redhat.openshift.versions', 'v4.17')).toBe(after)
    expect(setAnnotation(after, 'com.redhat.openshift.versions', 'v4.17')).toBe(after)
    expect(readAnnotations(after)['com.redhat.openshift.versions']).toBe('v4.17')
  })

  it('replaces an existing value in place, keeping its quotes and comment (golden)', () => {
    const before = fixture('operator-annotations', 'prod', 'before.yaml')
    const after = fixture('operator-annotations', 'prod', 'after.yaml')
    expect(setAnnotation(before, 'com.redhat.openshift.versions', 'v4.17')).toBe(after)
  })

  it('keeps CRLF and handles a file without a final newline', () => {
    const before = fixture('operator-annotations', 'bundle', 'before.yaml')
    const after = fixture('operator-annotations', 'bundle', 'after.yaml')
    expect(setAnnotation(toCrlf(before), 'com.redhat.openshift.versions', 'v4.17')).toBe(
      toCrlf(after)
    )
    expect(setAnnotation('annotations:\n  a: b', 'c', 'd')).toBe('annotations:\n  a: b\n  c: "d"\n')
  })

  it('refuses a file without an annotations mapping', () => {
    expect(() => readAnnotations('other: 1\n')).toThrow(
      'metadata/annotations.yaml: has no "annotations:" mapping'
    )
  })
})
