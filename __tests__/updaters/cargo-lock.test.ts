import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputError } from '../../src/release/errors.js'
import { run } from '../../src/effects/exec.js'
import { updateCargoLock } from '../../src/updaters/cargo-lock.js'
import { updateCargoToml } from '../../src/updaters/cargo-toml.js'
import { fixture, toCrlf } from './golden.js'

const MEMBERS = [
  'bpf-log-exporter',
  'bpf-metrics-exporter',
  'bpfman',
  'bpfman-api',
  'bpfman-ns',
  'buildinfo',
  'integration-test',
  'integration-test-macros',
  'xtask'
]

describe('updateCargoLock', () => {
  const before = fixture('cargo-lock', 'bpfman', 'before.lock')

  it('moves the workspace members and the entries that name them (golden, 0.6.0 -> 0.6.1)', () => {
    const result = updateCargoLock(before, '0.6.0', '0.6.1')
    expect(result.content).toBe(fixture('cargo-lock', 'bpfman', 'after.lock'))
    expect(result.packages).toEqual(MEMBERS)
  })

  it('leaves registry crates of the same version, bpfman-csi, and registry entries in dependency lists', () => {
    const after = updateCargoLock(before, '0.6.0', '0.6.1').content
    expect(after).toContain('name = "sigstore"\nversion = "0.6.0"\nsource = "registry+')
    expect(after).toContain('name = "matchit"\nversion = "0.6.0"\nsource = "registry+')
    expect(after).toContain('name = "bpfman-csi"\nversion = "1.8.0"\n')
    expect(after).toContain(' "matchit 0.6.0",\n')
    expect(after).toContain(' "bpfman 0.5.6",\n')
    expect(after).toContain('name = "bpfman"\nversion = "0.5.6"\nsource = "registry+')
    expect(after).not.toContain('"bpfman 0.6.0"')
  })

  it('is idempotent', () => {
    const once = updateCargoLock(before, '0.6.0', '0.6.1').content
    expect(updateCargoLock(once, '0.6.0', '0.6.1')).toEqual({ content: once, packages: [] })
    expect(updateCargoLock(once, '0.6.1', '0.6.1')).toEqual({ content: once, packages: [] })
  })

  it('keeps CRLF line endings', () => {
    const result = updateCargoLock(toCrlf(before), '0.6.0', '0.6.1')
    expect(result.content).toBe(toCrlf(fixture('cargo-lock', 'bpfman', 'after.lock')))
    expect(result.packages).toEqual(MEMBERS)
  })

  it('changes nothing when no member has the old version', () => {
    expect(updateCargoLock(before, '0.5.9', '0.6.1')).toEqual({ content: before, packages: [] })
  })

  it('refuses text without [[package]] entries, naming the input', () => {
    expect(() => updateCargoLock('[workspace]\nmembers = []\n', '0.6.0', '0.6.1')).toThrow(
      InputError
    )
    expect(() => updateCargoLock('', '0.6.0', '0.6.1')).toThrow(
      'Cargo.lock: has no [[package]] entries; expected a Cargo.lock written by cargo'
    )
  })
})

/**
 * The same edit as cargo's own: a small offline workspace with two crates named
 * bpfman (the member, and an older copy reached by path), so that cargo writes
 * the disambiguated "bpfman 0.6.0" entries.
 */
describe('updateCargoLock against cargo', () => {
  let root: string
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const crate = (dir: string, name: string, version: string, deps = ''): void => {
    write(
      `${dir}/Cargo.toml`,
      `[package]\nname = "${name}"\nversion = ${version}\nedition = "2021"\n\n[dependencies]\n${deps}`
    )
    write(`${dir}/src/lib.rs`, '')
  }
  const cargo = (...args: string[]) =>
    run('cargo', [...args, '--offline'], {
      cwd: join(root, 'ws'),
      env: { CARGO_TERM_COLOR: 'never' }
    })

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cargo-lock-'))
    write(
      'ws/Cargo.toml',
      `[workspace]
members = ["bpfman", "bpfman-api", "csi", "xtask"]
resolver = "2"

[workspace.package]
version = "0.6.0"

[workspace.dependencies]
bpfman = { version = "0.6.0", path = "./bpfman" }
bpfman-api = { version = "0.6.0", path = "./bpfman-api" }
bpfman-csi = { version = "1.8.0", path = "./csi" }
`
    )
    crate('ws/bpfman', 'bpfman', '{ workspace = true }', 'bpfman-csi = { workspace = true }\n')
    crate('ws/bpfman-api', 'bpfman-api', '{ workspace = true }', 'bpfman = { workspace = true }\n')
    crate('ws/csi', 'bpfman-csi', '"1.8.0"')
    crate(
      'ws/xtask',
      'xtask',
      '{ workspace = true }',
      'bpfman = { workspace = true }\nbpfman-old = { package = "bpfman", path = "../../old-bpfman" }\n'
    )
    crate('old-bpfman', 'bpfman', '"0.5.6"')
    await cargo('generate-lockfile')
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('writes the lock cargo writes after the Cargo.toml bump, which cargo then accepts as --locked', async () => {
    const lockPath = join(root, 'ws', 'Cargo.lock')
    const lockBefore = readFileSync(lockPath, 'utf8')
    expect(lockBefore).toContain('"bpfman 0.6.0"')
    expect(lockBefore).toContain('"bpfman 0.5.6"')

    const edited = updateCargoLock(lockBefore, '0.6.0', '0.6.1')
    expect(edited.packages).toEqual(['bpfman', 'bpfman-api', 'xtask'])

    const manifest = join(root, 'ws', 'Cargo.toml')
    writeFileSync(manifest, updateCargoToml(readFileSync(manifest, 'utf8'), '0.6.1').content)
    writeFileSync(lockPath, edited.content)
    await cargo('metadata', '--format-version', '1', '--locked')
    await cargo('update', '--workspace')
    expect(readFileSync(lockPath, 'utf8')).toBe(edited.content)
  })
})
