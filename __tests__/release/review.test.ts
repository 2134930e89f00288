import { describe, expect, it } from '@jest/globals'
import type { PlanNote } from '../../src/release/plan.js'
import {
  isDependencyPin,
  isPinFile,
  staleVersionNotes,
  withoutDependencyPins
} from '../../src/release/review.js'
import { parseVersion } from '../../src/release/version.js'

/** The 1-based line of the first line of `content` that includes `text`. */
function lineOf(content: string, text: string): number {
  const index = content.split('\n').findIndex((line) => line.includes(text))
  if (index < 0) throw new Error(`no line with ${text}`)
  return index + 1
}

const CARGO_TOML = `[workspace]
members = ["bpfman", "bpfman-api", "csi", "xtask"]
resolver = "2"

[workspace.package]
version = "0.6.1"
# the release before was 0.6.0

[workspace.dependencies]
anyhow = { version = "1", default-features = false }
aya = { version = "0.6.0", default-features = false }
bpfman = { version = "0.6.1", path = "./bpfman" }
bpfman-csi = { version = "1.8.0", path = "./csi" }
tokio = "0.6.0"
oci-client = { git = "https://github.com/oras-project/rust-oci-client", tag = "v0.6.0" }

[dependencies.caps]
version = "0.6.0"

[target.'cfg(unix)'.dev-dependencies]
nix = { version = "0.6.0", features = ["0.6.0-compat"] }

[patch.crates-io]
netlink = { git = "https://github.com/x/netlink", rev = "0.6.0" }

[profile.release]
# 0.6.0 builds used lto
lto = "0.6.0"
`

const PACKAGE_JSON = `{
  "name": "docs-site",
  "version": "0.6.0",
  "scripts": { "build": "vite build --base /v0.6.0/" },
  "dependencies": {
    "left-pad": "^0.6.0"
  },
  "devDependencies": { "vite": "0.6.0" },
  "pnpm": { "overrides": { "esbuild": "0.6.0" } }
}
`

describe('isDependencyPin', () => {
  it('takes whole files for pins: lock files, go.mod, go.sum, requirements*.txt', () => {
    for (const path of [
      'Cargo.lock',
      'bpfman-operator/go.mod',
      'go.sum',
      'docs/requirements.txt',
      'requirements-dev.txt',
      'package-lock.json',
      'website/yarn.lock',
      'pnpm-lock.yaml',
      'poetry.lock',
      'some/other.lock'
    ]) {
      expect([path, isDependencyPin(path, 1, 'x 0.6.0\n')]).toEqual([path, true])
    }
    for (const path of ['RELEASE.md', 'docs/requirements.md', 'go.mod.md', 'Makefile']) {
      expect([path, isPinFile(path)]).toEqual([path, false])
    }
  })

  it('in Cargo.toml, takes third-party entries of every dependency table for pins', () => {
    for (const text of [
      'aya = ',
      'tokio = ',
      'oci-client = ',
      'version = "0.6.0"\n',
      'nix = ',
      'netlink = '
    ]) {
      const line = text.startsWith('version')
        ? lineOf(CARGO_TOML, '[dependencies.caps]') + 1
        : lineOf(CARGO_TOML, text)
      expect([text, isDependencyPin('Cargo.toml', line, CARGO_TOML)]).toEqual([text, true])
    }
  })

  it('in Cargo.toml, keeps path dependencies of the workspace, [package], comments and other tables', () => {
    for (const text of [
      'bpfman = ',
      'bpfman-csi = ',
      'version = "0.6.1"',
      '# the release before',
      '# 0.6.0 builds',
      'lto = '
    ]) {
      expect([text, isDependencyPin('Cargo.toml', lineOf(CARGO_TOML, text), CARGO_TOML)]).toEqual([
        text,
        false
      ])
    }
  })

  it('in package.json, takes the dependency sections for pins, and only them', () => {
    const pin = (text: string): boolean =>
      isDependencyPin('website/package.json', lineOf(PACKAGE_JSON, text), PACKAGE_JSON)
    expect(pin('"left-pad"')).toBe(true)
    expect(pin('"vite": "0.6.0"')).toBe(true)
    expect(pin('"esbuild"')).toBe(true)
    expect(pin('"version"')).toBe(false)
    expect(pin('"build"')).toBe(false)
  })

  it('keeps mentions in files it cannot parse and in every other file', () => {
    expect(isDependencyPin('Cargo.toml', 1, 'not [toml 0.6.0')).toBe(false)
    expect(isDependencyPin('package.json', 1, '{ "dependencies": 0.6.0')).toBe(false)
    expect(isDependencyPin('RELEASE.md', 1, 'tokio = "0.6.0"')).toBe(false)
  })
})

describe('withoutDependencyPins', () => {
  it('drops the review notes that are pins, keeping the others and every other kind', () => {
    const files: Record<string, string> = { 'Cargo.toml': CARGO_TOML }
    const notes: PlanNote[] = [
      { kind: 'review', path: 'Cargo.toml', line: lineOf(CARGO_TOML, 'aya = '), message: 'aya' },
      {
        kind: 'review',
        path: 'Cargo.toml',
        line: lineOf(CARGO_TOML, '# the release'),
        message: 'c'
      },
      { kind: 'review', path: 'go.sum', line: 3, message: 'go.sum' },
      { kind: 'review', path: 'docs/design/clusterVsNamespaceScoped.md', line: 4, message: 'd' },
      { kind: 'warning', path: 'go.sum', message: 'kept: not a review note' }
    ]
    expect(withoutDependencyPins(notes, (path) => files[path]).map((note) => note.message)).toEqual(
      ['c', 'd', 'kept: not a review note']
    )
  })
})

describe('staleVersionNotes', () => {
  const RELEASE_MD = [
    '# Release process',
    '',
    'For example, release version 0.6.0 is tagged as v0.6.0.',
    'The patch release 0.5.6 followed 0.5.5 (e.g., 0.5.6).',
    'Tools: kustomize v5.6.0, Go 1.22.0; not versions: 10.5.6, 0.5.6.1, 0.5.6b2.',
    'Candidates: v0.6.0-rc2 came before the release.',
    ''
  ].join('\n')

  it('notes each line of an edited file that names a release older than the previous one', () => {
    expect(
      staleVersionNotes(
        [{ path: 'RELEASE.md', content: RELEASE_MD }],
        parseVersion('0.6.0'),
        parseVersion('0.6.1')
      )
    ).toEqual([
      {
        kind: 'review',
        path: 'RELEASE.md',
        line: 4,
        message:
          'still names 0.5.6, 0.5.5, older than the previous release 0.6.0; update it to 0.6.1 if it means the current release, keep it if it is history:',
        quote: 'The patch release 0.5.6 followed 0.5.5 (e.g., 0.5.6).'
      },
      {
        kind: 'review',
        path: 'RELEASE.md',
        line: 6,
        message:
          'still names 0.6.0-rc2, older than the previous release 0.6.0; update it to 0.6.1 if it means the current release, keep it if it is history:',
        quote: 'Candidates: v0.6.0-rc2 came before the release.'
      }
    ])
  })

  it('leaves dependency pins and lock files out, and needs a previous release', () => {
    const files = [
      { path: 'Cargo.toml', content: CARGO_TOML.replace(/0\.6\.0/g, '0.5.1') },
      { path: 'Cargo.lock', content: '[[package]]\nname = "aya"\nversion = "0.5.1"\n' }
    ]
    expect(
      staleVersionNotes(files, parseVersion('0.6.0'), parseVersion('0.6.1')).map(
        (note) => note.line
      )
    ).toEqual([
      lineOf(CARGO_TOML, '# the release before'),
      lineOf(CARGO_TOML, '# 0.6.0 builds'),
      lineOf(CARGO_TOML, 'lto = ')
    ])
    expect(staleVersionNotes(files, undefined, parseVersion('0.1.0'))).toEqual([])
  })
})
