import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { InputError, ReleaseError } from '../../../src/release/errors.js'
import { type ReleaseAsset } from '../../../src/effects/github/client.js'
import {
  BPFMAN_INSTALL_YAMLS,
  type BuiltAsset,
  buildReleaseYamls,
  decideAsset,
  expectedReleaseYamls,
  sha256Of
} from '../../../src/phases/post-release/assets.js'
import { blockingFailures, parseFailOn } from '../../../src/phases/post-release/checks.js'
import { isRpmOf, parseCoprProject } from '../../../src/effects/copr.js'
import { isRunFor } from '../../../src/steps/dispatch.js'
import { handOverFor } from '../../../src/phases/post-release/handover.js'
import { inputsFrom, parseCommand } from '../../../src/release/inputs.js'
import { PUBLISHED_IMAGES } from '../../../src/phases/post-release/images.js'
import { postOptions } from '../../../src/phases/post-release/settings.js'
import { dispatcherPin } from '../../../src/phases/post-release/revert.js'
import { restoreDispatcherImages } from '../../../src/updaters/dispatcher-images.js'
import { parseVersion } from '../../../src/release/version.js'
import { DISPATCHER_DIGEST, kustomization, libRs } from '../../../sandbox/fixtures/bpfman.js'
import { releaseYamlFiles } from '../../../sandbox/fixtures/release-yamls.js'
import { makeTempDir } from '../../support/tmp.js'

function failureOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('expectedReleaseYamls', () => {
  it('derives the install files from the go-*-counter folders of the release pair, plus the bpfman ones', () => {
    const expected = expectedReleaseYamls({
      release: [
        'go-app-counter',
        'go-target',
        'go-tcx-counter',
        'go-xdp-counter',
        'go-xdp-counter-sharing-map'
      ],
      selinux: ['go-app-counter', 'go-xdp-counter']
    })
    expect(expected).toEqual([
      'bpfman-crds-install.yaml',
      'bpfman-operator-install.yaml',
      'go-app-counter-install-selinux.yaml',
      'go-app-counter-install.yaml',
      'go-tcx-counter-install.yaml',
      'go-xdp-counter-install-selinux.yaml',
      'go-xdp-counter-install.yaml'
    ])
  })

  it('has only the fixed files when the release has no example folders (a release candidate)', () => {
    expect(
      expectedReleaseYamls({ release: [], selinux: [] }, ['bpfman-crds-install.yaml'])
    ).toEqual(['bpfman-crds-install.yaml'])
  })
})

describe('buildReleaseYamls', () => {
  // One tree: the fixture's release YAML script, with example configs for
  // v0.7.0-rc2 (and its -selinux pair) but none for v0.7.0-rc1 or v0.7.0.
  let temp: { dir: string; cleanup: () => void }
  beforeAll(() => {
    temp = makeTempDir('release-yamls')
    const files: Record<string, string> = {
      ...releaseYamlFiles(['go-xdp-counter']),
      'examples/config/v0.7.0-rc2/go-xdp-counter/kustomization.yaml': kustomization(
        'go-xdp-counter',
        'base',
        'v0.7.0-rc2'
      ),
      'examples/config/v0.7.0-rc2-selinux/go-xdp-counter/kustomization.yaml': kustomization(
        'go-xdp-counter',
        'selinux',
        'v0.7.0-rc2'
      )
    }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(temp.dir, path)), { recursive: true })
      writeFileSync(join(temp.dir, path), text)
    }
  })
  afterAll(() => temp.cleanup())

  /** The script renders release-v<version>/ from config/v<version>/: it succeeds whenever it runs. */
  const build = (version: string) =>
    buildReleaseYamls({
      treeDir: temp.dir,
      version: parseVersion(version),
      command: ['bash', 'build-release-yamls.sh', version],
      directory: 'examples',
      exampleConfigs: 'examples/config',
      always: BPFMAN_INSTALL_YAMLS
    })

  it('a release candidate without examples/config/vX.Y.Z-rcN/: no YAMLs, a skipped note, the command not run', async () => {
    const yamls = await build('0.7.0-rc1')
    expect(yamls).toEqual({
      assets: [],
      expected: [],
      extra: [],
      outputDir: 'examples/release-v0.7.0-rc1',
      skipped:
        "release candidate: examples/config/v0.7.0-rc1/ does not exist at the tag (prepare's lighter path), so no release YAMLs are built or attached"
    })
    // The script would have written its folder (the bpfman install files at least).
    expect(existsSync(join(temp.dir, 'examples/release-v0.7.0-rc1'))).toBe(false)
  })

  it('a release candidate with its example configs builds as a final does', async () => {
    const yamls = await build('0.7.0-rc2')
    const names = [
      'bpfman-crds-install.yaml',
      'bpfman-operator-install.yaml',
      'go-xdp-counter-install-selinux.yaml',
      'go-xdp-counter-install.yaml'
    ]
    expect(yamls.skipped).toBeUndefined()
    expect(yamls.assets.map((asset) => asset.name)).toEqual(names)
    expect(yamls.expected).toEqual(names)
    expect(yamls.extra).toEqual([])
    expect(
      existsSync(join(temp.dir, 'examples/release-v0.7.0-rc2/go-xdp-counter-install.yaml'))
    ).toBe(true)
    expect(
      yamls.assets.find((asset) => asset.name === 'go-xdp-counter-install.yaml')?.data.toString()
    ).toContain('quay.io/bpfman-userspace/go-xdp-counter:v0.7.0-rc2')
  })

  it('a final without example configs still runs the command (the skip is for candidates only)', async () => {
    const yamls = await build('0.7.0')
    expect(yamls.skipped).toBeUndefined()
    expect(yamls.assets.map((asset) => asset.name)).toEqual(BPFMAN_INSTALL_YAMLS)
    expect(existsSync(join(temp.dir, 'examples/release-v0.7.0'))).toBe(true)
  })
})

describe('parseCommand', () => {
  it('splits on whitespace into an argument array, and refuses an empty command', () => {
    expect(
      parseCommand(
        '  make  build-release-yamls\tKUSTOMIZE=/usr/bin/kustomize ',
        'yamls-command',
        'make'
      )
    ).toEqual(['make', 'build-release-yamls', 'KUSTOMIZE=/usr/bin/kustomize'])
    expect(failureOf(() => parseCommand('  ', 'yamls-command', 'make'))).toBeInstanceOf(InputError)
  })
})

describe('decideAsset', () => {
  const built: BuiltAsset = {
    name: 'go-xdp-counter-install.yaml',
    data: Buffer.from('kind: XdpProgram\n'),
    digest: sha256Of(Buffer.from('kind: XdpProgram\n'))
  }
  const remote = (
    data: string,
    state = 'uploaded',
    digest: string | null = sha256Of(Buffer.from(data))
  ): ReleaseAsset => ({
    id: 1,
    name: built.name,
    size: Buffer.byteLength(data),
    digest,
    state,
    url: 'https://github.com/bpfman/bpfman/releases/download/v0.6.1/go-xdp-counter-install.yaml'
  })
  const draft = { tag: 'v0.6.1', draft: true, immutable: true, force: false }
  const frozen = { tag: 'v0.6.1', draft: false, immutable: true, force: false }
  const mutable = { tag: 'v0.6.1', draft: false, immutable: false, force: true }

  it('uploads a new file, keeps an equal one, replaces a different one on a draft or, forced, a mutable release', () => {
    expect(decideAsset(built, undefined, draft).action).toBe('upload')
    expect(decideAsset(built, remote('kind: XdpProgram\n'), frozen)).toEqual({
      action: 'unchanged',
      reason: 'same content'
    })
    expect(decideAsset(built, remote('kind: Other\n'), draft).action).toBe('replace')
    expect(decideAsset(built, remote('kind: Other\n'), mutable).action).toBe('replace')
    expect(decideAsset(built, undefined, { ...mutable, force: false }).action).toBe('upload')
    expect(decideAsset(built, remote('kind: XdpProgram\n', 'starter'), draft)).toEqual({
      action: 'replace',
      reason: 'the earlier upload broke off (state starter)'
    })
  })

  it('compares by the downloaded digest when GitHub gives none', () => {
    const noDigest = remote('kind: XdpProgram\n', 'uploaded', null)
    expect(decideAsset(built, noDigest, frozen, built.digest).action).toBe('unchanged')
    expect(decideAsset(built, noDigest, draft, null).action).toBe('replace')
  })

  it('refuses a different file on a published release unless forced (exit 2, naming force)', () => {
    const error = failureOf(() =>
      decideAsset(built, remote('kind: Other\n'), { ...mutable, force: false })
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(
      /^force: go-xdp-counter-install\.yaml on the published release v0\.6\.1 differs from the file built at v0\.6\.1 .*rerun with force \(--force\)/
    )
  })

  it('refuses any change on a published immutable release, saying what differs', () => {
    const other = remote('kind: Other\n')
    const error = failureOf(() => decideAsset(built, other, frozen))
    expect(error).toBeInstanceOf(ReleaseError)
    expect(error.message).toBe(
      `go-xdp-counter-install.yaml differs from the file built at v0.6.1 (release: 12 bytes, ${other.digest}; built: 17 bytes, ${built.digest}) on the published release v0.6.1, which is immutable: its assets cannot change. Check that the YAMLs build the same at v0.6.1 (no dates or downloads in the output); to ship other files, release a new version`
    )
    expect(failureOf(() => decideAsset(built, undefined, frozen)).message).toMatch(
      /^go-xdp-counter-install\.yaml is missing \(built: 17 bytes/
    )
  })
})

describe('parseFailOn and blockingFailures', () => {
  it('takes a subset of release, images, crates, or none; COPR is report only', () => {
    expect(parseFailOn('release,images,crates')).toEqual(['release', 'images', 'crates'])
    expect(parseFailOn(' crates , release ')).toEqual(['crates', 'release'])
    expect(parseFailOn('none')).toEqual([])
    expect(failureOf(() => parseFailOn('release,copr')).message).toBe(
      'fail-on: the COPR check is report only; use release, images, crates or none'
    )
    expect(failureOf(() => parseFailOn('images,registry')).message).toBe(
      'fail-on: "registry" is not one of release, images, crates, or none'
    )
  })

  it('fails the job only on failed lines of the chosen groups', () => {
    const results = [
      { group: 'images' as const, name: 'a', status: 'failed' as const, detail: '' },
      { group: 'crates' as const, name: 'b', status: 'failed' as const, detail: '' },
      { group: 'copr' as const, name: 'c', status: 'failed' as const, detail: '' },
      { group: 'release' as const, name: 'd', status: 'passed' as const, detail: '' }
    ]
    expect(blockingFailures(results, ['release', 'crates']).map((r) => r.name)).toEqual(['b'])
    expect(blockingFailures(results, [])).toEqual([])
  })
})

describe('postOptions', () => {
  const settings = (values: Record<string, string>) => postOptions(inputsFrom(values))

  it('leaves images, crates and dispatchers to the tree; no COPR; fails on release, images, crates', () => {
    const defaults = settings({})
    expect(defaults.yamls).toEqual({
      command: ['make', 'build-release-yamls'],
      directory: 'examples',
      always: ['bpfman-crds-install.yaml', 'bpfman-operator-install.yaml']
    })
    // Decided from the workflows at the tag (preset.ts); the process's list is the fallback.
    expect(defaults.checks.images).toBeUndefined()
    expect(defaults.checks.crates).toBeUndefined()
    expect(PUBLISHED_IMAGES).toHaveLength(26)
    expect(PUBLISHED_IMAGES).toContain('quay.io/bpfman-userspace/go-target')
    // The operator's images are pushed by its own, later release.
    expect(PUBLISHED_IMAGES).not.toContain('quay.io/bpfman/bpfman-agent')
    expect(defaults.checks.cratesApiUrl).toBe('https://crates.io/api/v1')
    expect(defaults.checks.copr).toBeUndefined()
    expect(defaults.checks.failOn).toEqual(['release', 'images', 'crates'])
    expect(defaults.checks.waitSeconds).toBe(300)
    expect(defaults.dispatcherImages).toBeUndefined()
    expect(defaults.registry).toEqual({ url: undefined, credentials: undefined })
    expect(defaults.operator).toEqual({
      repository: 'bpfman/bpfman-operator',
      workflow: 'prepare-release.yml',
      ref: 'main',
      token: undefined
    })
  })

  it('turns lists off with none and reads COPR and credentials', () => {
    const given = settings({
      images: 'none',
      crates: 'none',
      'crates-api-url': 'none',
      'dispatcher-images': 'none',
      'expected-assets': 'none',
      'copr-project': '@ebpf-sig/bpfman',
      'registry-username': 'bpfman+release',
      'registry-password': 'secret',
      force: 'true'
    })
    expect(given.checks.images).toEqual([])
    expect(given.checks.crates).toEqual([])
    expect(given.checks.cratesApiUrl).toBeUndefined()
    expect(given.dispatcherImages).toEqual([])
    expect(given.yamls.always).toEqual([])
    expect(given.checks.copr).toEqual({
      url: 'https://copr.fedorainfracloud.org',
      project: { owner: '@ebpf-sig', project: 'bpfman' },
      packageName: 'bpfman'
    })
    expect(given.registry.credentials).toEqual({ username: 'bpfman+release', password: 'secret' })
    expect(given.force).toBe(true)
  })

  it('names the input that is wrong', () => {
    expect(failureOf(() => settings({ 'registry-username': 'bot' })).message).toMatch(
      /^registry-password: give both/
    )
    expect(failureOf(() => settings({ 'registry-url': 'quay.io' })).message).toBe(
      'registry-url: "quay.io" is not an http(s) URL'
    )
    expect(failureOf(() => settings({ 'wait-seconds': '5m' })).message).toMatch(
      /^wait-seconds: "5m" is not a number/
    )
    expect(failureOf(() => settings({ images: 'quay.io/bpfman/bpfman:v0.6.1' })).message).toMatch(
      /^images: "quay.io\/bpfman\/bpfman:v0.6.1" carries a tag/
    )
    expect(failureOf(() => settings({ 'copr-project': 'bpfman' })).message).toMatch(
      /^copr-project: "bpfman" is not owner\/project/
    )
    expect(failureOf(() => settings({ force: 'yes' })).message).toBe(
      'force: "yes" is not true or false'
    )
  })
})

describe('dispatcherPin', () => {
  const xdp = 'quay.io/bpfman/xdp-dispatcher'
  it('tells a tag, a digest and an absent image apart', () => {
    expect(dispatcherPin(libRs(false), xdp)).toEqual({ kind: 'tag', tag: 'latest' })
    expect(dispatcherPin(libRs(true), xdp)).toEqual({ kind: 'digest' })
    expect(dispatcherPin('pub fn main() {}\n', xdp)).toEqual({ kind: 'absent' })
    const pinned = libRs(false).replace(`"${xdp}:latest"`, `"${xdp}:v0.6.1"`)
    expect(dispatcherPin(pinned, xdp)).toEqual({ kind: 'tag', tag: 'v0.6.1' })
    expect(restoreDispatcherImages(pinned, [xdp]).content).toBe(libRs(false))
    expect(libRs(true)).toContain(DISPATCHER_DIGEST)
  })
})

describe('isRpmOf and parseCoprProject', () => {
  it('matches RPM version-releases of the version, with epoch, dist tag and the ~rc form', () => {
    const version = parseVersion('0.6.1')
    expect(isRpmOf('0.6.1-1', version)).toBe(true)
    expect(isRpmOf('1:0.6.1-1.fc42', version)).toBe(true)
    expect(isRpmOf('0.6.10-1', version)).toBe(false)
    expect(isRpmOf('0.6.0-1', version)).toBe(false)
    expect(isRpmOf('0.7.0~rc1-1', parseVersion('0.7.0-rc1'))).toBe(true)
    expect(parseCoprProject('@ebpf-sig/bpfman')).toEqual({ owner: '@ebpf-sig', project: 'bpfman' })
  })
})

describe('isRunFor (the operator hand-over)', () => {
  const run = (displayTitle: string, inputs?: Record<string, unknown>) => ({
    id: 1,
    url: '',
    status: 'queued',
    conclusion: null,
    displayTitle,
    event: 'workflow_dispatch',
    inputs
  })
  it('finds the version in the inputs or as a word of the run-name', () => {
    const version = parseVersion('0.6.1')
    expect(isRunFor(run('Prepare Release 0.6.1'), 'version', [version.version, version.tag])).toBe(
      true
    )
    expect(isRunFor(run('Prepare Release v0.6.1'), 'version', [version.version, version.tag])).toBe(
      true
    )
    expect(
      isRunFor(run('Prepare Release', { version: '0.6.1' }), 'version', [
        version.version,
        version.tag
      ])
    ).toBe(true)
    expect(isRunFor(run('Prepare Release 0.6.10'), 'version', [version.version, version.tag])).toBe(
      false
    )
    expect(isRunFor(run('Prepare Release 10.6.1'), 'version', [version.version, version.tag])).toBe(
      false
    )
    expect(isRunFor(run('Prepare Release'), 'version', [version.version, version.tag])).toBe(false)
  })
})

describe('handOverFor (the operator hand-over)', () => {
  const handOver = (base?: string, version = '0.6.1') =>
    handOverFor(
      'https://github.com',
      'bpfman/bpfman-operator',
      'prepare-release.yml',
      'main',
      parseVersion(version),
      'pending',
      base
    )

  it('hands the version over; a release of the patch line also names the release it patches', () => {
    expect(handOver('main').inputs).toEqual({ version: '0.6.1' })
    expect(handOver(undefined, '0.7.0-rc1').inputs).toEqual({ version: '0.7.0-rc1' })
    const patch = handOver('release-v0.6.0-patch')
    expect(patch.inputs).toEqual({ version: '0.6.1', 'patch-of': 'v0.6.0' })
    expect(patch.command).toBe(
      'gh workflow run prepare-release.yml --repo bpfman/bpfman-operator --ref main -f version=0.6.1 -f patch-of=v0.6.0'
    )
  })
})
