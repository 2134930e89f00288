import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../../src/release/errors.js'
import { type WorkflowRun } from '../../../src/effects/github/client.js'
import { isLiveOrSucceeded } from '../../../src/effects/github/client.js'
import { readManifestFile, writeManifestFile } from '../../../src/effects/manifest-file.js'
import { MANIFEST_SCHEMA } from '../../../src/release/manifest.js'
import { PUBLISH_MODES, parseRepoKind } from '../../../src/phases/tag-release/choices.js'
import { pullNumberFromEvent } from '../../../src/environment.js'
import { versionOfReleaseBranch } from '../../../src/phases/tag-release/request.js'
import { detectRepoKind } from '../../../src/phases/tag-release/verify.js'
import { parseChoice } from '../../../src/release/inputs.js'
import { isRunFor } from '../../../src/steps/dispatch.js'
import { makeLatestFor } from '../../../src/steps/github-release.js'
import { parseVersion } from '../../../src/release/version.js'
import { writeTree } from '../../../sandbox/fixtures/git-fixture.js'
import { makeTempDir } from '../../support/tmp.js'

const temp = makeTempDir('tag-helpers')
afterAll(() => temp.cleanup())
let dirs = 0
function tree(files: Record<string, string>): string {
  const dir = join(temp.dir, `t${dirs++}`)
  writeTree(dir, files)
  return dir
}

function run(fields: Partial<WorkflowRun>): WorkflowRun {
  return {
    id: 1,
    url: 'u',
    status: 'queued',
    conclusion: null,
    displayTitle: 'Publish',
    event: 'workflow_dispatch',
    ...fields
  }
}

describe('versionOfReleaseBranch', () => {
  it('reads release-vX.Y.Z (prepare-release) and release-X.Y.Z (the manual process), nothing else', () => {
    expect(versionOfReleaseBranch('release-v0.6.1')?.version).toBe('0.6.1')
    expect(versionOfReleaseBranch('release-0.5.2')?.version).toBe('0.5.2')
    expect(versionOfReleaseBranch('release-v0.7.0-rc2')?.version).toBe('0.7.0-rc2')
    expect(versionOfReleaseBranch('release-v0.6.0-patch')).toBeUndefined()
    expect(versionOfReleaseBranch('dave/release-v0.6.1')).toBeUndefined()
    expect(versionOfReleaseBranch('main')).toBeUndefined()
  })
})

describe('pullNumberFromEvent', () => {
  it('reads the pull request of a pull_request event, and nothing from other events', () => {
    const pull = join(temp.dir, 'pull.json')
    writeFileSync(
      pull,
      JSON.stringify({ action: 'closed', pull_request: { number: 1604, merged: true } })
    )
    const dispatch = join(temp.dir, 'dispatch.json')
    writeFileSync(dispatch, JSON.stringify({ inputs: { version: '0.6.1' } }))
    expect(pullNumberFromEvent(pull)).toBe(1604)
    expect(pullNumberFromEvent(dispatch)).toBeUndefined()
    expect(pullNumberFromEvent(undefined)).toBeUndefined()
    expect(pullNumberFromEvent(join(temp.dir, 'missing.json'))).toBeUndefined()
  })
})

describe('makeLatestFor', () => {
  const tags = ['v0.5.5', 'v0.5.6', 'v0.6.0', 'v0.7.0-rc1', 'bpfd-v0.1.0', 'v0.4.1.rc1']
  it('is true for the highest final release, even below a release candidate of the next line', () => {
    expect(makeLatestFor(parseVersion('0.6.1'), tags)).toBe('true')
  })
  it('is false for a patch of an older line and for any prerelease', () => {
    expect(makeLatestFor(parseVersion('0.5.7'), tags)).toBe('false')
    expect(makeLatestFor(parseVersion('0.8.0-rc1'), tags)).toBe('false')
  })
})

describe('isRunFor and isLiveOrSucceeded', () => {
  it('knows a run by its inputs or by the tag as a word of its title', () => {
    expect(isRunFor(run({ inputs: { tag: 'v0.6.1' } }), 'tag', ['v0.6.1'])).toBe(true)
    expect(isRunFor(run({ displayTitle: 'Publish v0.6.1' }), 'tag', ['v0.6.1'])).toBe(true)
    expect(isRunFor(run({ displayTitle: 'v0.6.1: publish' }), 'tag', ['v0.6.1'])).toBe(true)
    expect(isRunFor(run({ displayTitle: 'Publish v0.6.10' }), 'tag', ['v0.6.1'])).toBe(false)
    expect(isRunFor(run({ displayTitle: 'Publish v0.6.1-rc1' }), 'tag', ['v0.6.1'])).toBe(false)
    expect(isRunFor(run({ displayTitle: 'Publish v0x6x1' }), 'tag', ['v0.6.1'])).toBe(false)
    expect(isRunFor(run({ displayTitle: 'Publish' }), 'tag', ['v0.6.1'])).toBe(false)
  })
  it('counts queued, running and succeeded runs; a failed or cancelled one may be dispatched again', () => {
    expect(isLiveOrSucceeded(run({ status: 'queued' }))).toBe(true)
    expect(isLiveOrSucceeded(run({ status: 'in_progress' }))).toBe(true)
    expect(isLiveOrSucceeded(run({ status: 'completed', conclusion: 'success' }))).toBe(true)
    expect(isLiveOrSucceeded(run({ status: 'completed', conclusion: 'failure' }))).toBe(false)
    expect(isLiveOrSucceeded(run({ status: 'completed', conclusion: 'cancelled' }))).toBe(false)
  })
})

describe('inputs', () => {
  it('parses publish and kind, naming the input when wrong', () => {
    expect(parseChoice('now', PUBLISH_MODES, 'publish')).toBe('now')
    expect(() => parseChoice('soon', PUBLISH_MODES, 'publish')).toThrow(
      new InputError('publish', '"soon" is not one of now, later')
    )
    expect(parseRepoKind('')).toBe('auto')
    expect(parseRepoKind('operator')).toBe('operator')
    expect(() => parseRepoKind('rust')).toThrow(
      new InputError('kind', '"rust" is not one of auto, bpfman, operator')
    )
  })

  it('reads the manifest of the same release, refuses another one, and has none when the file is missing', () => {
    const path = join(temp.dir, 'manifest.json')
    const base = {
      schema: MANIFEST_SCHEMA as typeof MANIFEST_SCHEMA,
      repository: 'bpfman/bpfman',
      previousTag: null,
      prerelease: false,
      base: 'main'
    }
    const read = (file: string, version: string): unknown =>
      readManifestFile(file, 'bpfman/bpfman', parseVersion(version), 'manifest-path')
    writeManifestFile(path, { ...base, version: '0.6.1', tag: 'v0.6.1' })
    expect((read(path, '0.6.1') as { tag: string }).tag).toBe('v0.6.1')
    expect(() => read(path, '0.6.2')).toThrow(
      /^manifest-path: .* is the manifest of bpfman\/bpfman v0\.6\.1, not bpfman\/bpfman v0\.6\.2/
    )
    expect(read(join(temp.dir, 'none.json'), '0.6.1')).toBeUndefined()
  })

  it('refuses a manifest that is not one, or of another schema, naming the field and the path', () => {
    const path = join(temp.dir, 'bad-manifest.json')
    const read = (): unknown =>
      readManifestFile(path, 'bpfman/bpfman', parseVersion('0.6.1'), 'manifest-path')
    writeFileSync(path, '{ not json')
    expect(read).toThrow(/^manifest-path: .*bad-manifest\.json .*the file is not JSON/)
    writeFileSync(path, JSON.stringify({ schema: 1, tag: 'v0.6.1' }))
    expect(read).toThrow(/schema is 1; this version reads schema 2/)
    writeFileSync(
      path,
      JSON.stringify({
        schema: MANIFEST_SCHEMA,
        repository: 'bpfman/bpfman',
        version: '0.6.1',
        tag: 'v0.6.1',
        previousTag: null,
        prerelease: 'no',
        base: 'main'
      })
    )
    expect(read).toThrow(/prerelease is a string, not boolean/)
    writeFileSync(
      path,
      JSON.stringify({
        schema: MANIFEST_SCHEMA,
        repository: 'bpfman/bpfman',
        version: '0.6.1',
        tag: 'v0.6.1',
        previousTag: null,
        prerelease: false,
        base: 'main',
        tagRelease: { commit: 12 }
      })
    )
    expect(read).toThrow(/tagRelease\.commit is a number, not string/)
  })
})

describe('detectRepoKind', () => {
  it('tells bpfman by its Cargo workspace and the operator by its VERSION file or Makefile VERSION', () => {
    expect(
      detectRepoKind(
        tree({
          'Cargo.toml': '[workspace]\nmembers = []\n\n[workspace.package]\nversion = "0.6.1"\n',
          'examples/Makefile': 'VERSION ?= 0.6.1\n'
        })
      )
    ).toBe('bpfman')
    expect(
      detectRepoKind(tree({ VERSION: '0.6.1\n', Makefile: 'VERSION ?= $(shell cat VERSION)\n' }))
    ).toBe('operator')
    expect(detectRepoKind(tree({ Makefile: '# comment\nVERSION ?= 0.5.6\n' }))).toBe('operator')
  })
  it('asks for the kind input when it cannot tell', () => {
    const plain = tree({ 'Cargo.toml': '[package]\nname = "x"\n', Makefile: 'all:\n' })
    expect(() => detectRepoKind(plain)).toThrow(
      /^kind: cannot tell the kind of repository: .*; set kind to bpfman or operator$/
    )
  })
})
