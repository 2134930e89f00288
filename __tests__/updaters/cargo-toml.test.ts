import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import { updateCargoToml } from '../../src/updaters/cargo-toml.js'
import { fixture, toCrlf } from './golden.js'

describe('updateCargoToml', () => {
  it('bumps the workspace version and the path crates released with it (golden, bpfman 0.6.0 -> 0.6.1)', () => {
    const before = fixture('cargo-toml', 'bpfman', 'before.toml')
    const result = updateCargoToml(before, '0.6.1')
    expect(result.content).toBe(fixture('cargo-toml', 'bpfman', 'after.toml'))
    expect(result.oldVersion).toBe('0.6.0')
    expect(result.bumped).toEqual(['bpfman', 'bpfman-api', 'buildinfo'])
  })

  it('keeps bpfman-csi, a registry crate of the same version, and the version in a comment', () => {
    const result = updateCargoToml(fixture('cargo-toml', 'bpfman', 'before.toml'), '0.6.1').content
    expect(result).toContain('bpfman-csi = { version = "1.8.0", path = "./csi" }')
    expect(result).toContain('netlink-packet-audit = "0.6.0"')
    expect(result).toContain(
      'sigstore = { version = "0.6.0", default-features = false, features = ['
    )
    expect(result).toContain('lto = "thin" # version = "0.6.0" in a comment stays')
  })

  it('handles literal strings, odd spacing, dotted keys and sub-tables (golden)', () => {
    const before = fixture('cargo-toml', 'spacing-and-quoting', 'before.toml')
    const result = updateCargoToml(before, '0.5.5')
    expect(result.content).toBe(fixture('cargo-toml', 'spacing-and-quoting', 'after.toml'))
    expect(result.oldVersion).toBe('0.5.4')
    expect(result.bumped).toEqual(['bpfman', 'bpfman-api', 'buildinfo'])
  })

  it('keeps CRLF line endings', () => {
    const before = toCrlf(fixture('cargo-toml', 'bpfman', 'before.toml'))
    const result = updateCargoToml(before, '0.6.1')
    expect(result.content).toBe(toCrlf(fixture('cargo-toml', 'bpfman', 'after.toml')))
  })

  it('is idempotent: a file that already holds the new version comes back unchanged', () => {
    const once = updateCargoToml(fixture('cargo-toml', 'bpfman', 'before.toml'), '0.6.1')
    const twice = updateCargoToml(once.content, '0.6.1')
    expect(twice).toEqual({ content: once.content, oldVersion: '0.6.1', bumped: [] })
  })

  it('bumps to a release candidate and back out of it', () => {
    const before = fixture('cargo-toml', 'bpfman', 'before.toml')
    const rc = updateCargoToml(before, '0.7.0-rc1')
    expect(rc.content).toContain('bpfman = { version = "0.7.0-rc1", path = "./bpfman" }')
    const final = updateCargoToml(rc.content, '0.7.0')
    expect(final.oldVersion).toBe('0.7.0-rc1')
    expect(final.bumped).toEqual(['bpfman', 'bpfman-api', 'buildinfo'])
    expect(final.content).toBe(updateCargoToml(before, '0.7.0').content)
  })

  it('works without [workspace.dependencies]', () => {
    const before = '[workspace]\nmembers = ["a"]\n\n[workspace.package]\nversion = "0.1.0" # ours\n'
    expect(updateCargoToml(before, '0.2.0')).toEqual({
      content: '[workspace]\nmembers = ["a"]\n\n[workspace.package]\nversion = "0.2.0" # ours\n',
      oldVersion: '0.1.0',
      bumped: []
    })
  })

  it.each([
    ['a member crate manifest', '[package]\nname = "bpfman"\nversion.workspace = true\n'],
    ['a workspace without [workspace.package]', '[workspace]\nmembers = ["bpfman"]\n'],
    ['a [workspace.package] without version', '[workspace.package]\nedition = "2021"\n'],
    ['a version that is not a string', '[workspace.package]\nversion = 6\n']
  ])('refuses %s, saying what is expected', (_name, content) => {
    expect(() => updateCargoToml(content, '0.6.1')).toThrow(InputError)
    expect(() => updateCargoToml(content, '0.6.1')).toThrow(
      'Cargo.toml: no [workspace.package] version; expected the workspace root Cargo.toml with a [workspace.package] table holding version = "X.Y.Z"'
    )
  })

  it('refuses a file that is not TOML, naming the input', () => {
    expect(() => updateCargoToml('[workspace.package\nversion = "0.6.0"\n', '0.6.1')).toThrow(
      /^Cargo\.toml: is not valid TOML \(/
    )
  })
})
