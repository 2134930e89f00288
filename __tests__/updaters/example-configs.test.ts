import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/release/errors.js'
import { planExampleConfigs, type ExampleConfigsPlan } from '../../src/updaters/example-configs.js'
import { parseVersion } from '../../src/release/version.js'
import { fixtureTree } from './golden.js'

function applied(
  files: ReadonlyMap<string, string>,
  plan: ExampleConfigsPlan
): Map<string, string> {
  const result = new Map(files)
  for (const file of plan.files) result.set(file.path, file.content)
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function kustomization(example: string, tag: string, base = 'base'): string {
  return [
    'images:',
    `  - name: quay.io/bpfman-userspace/${example}`,
    `    newTag: ${tag}`,
    `resources: [../../${base}/${example}]`,
    ''
  ].join('\n')
}

describe('planExampleConfigs (golden, bpfman 0.6.0 -> 0.6.1)', () => {
  const before = fixtureTree('example-configs', 'bpfman', 'before')
  const after = fixtureTree('example-configs', 'bpfman', 'after')
  const plan = planExampleConfigs(before, parseVersion('0.6.1'))

  it('copies the newest release pair with the version replaced, and adds the new example', () => {
    expect(applied(before, plan)).toEqual(after)
  })

  it('returns only new files, with reasons', () => {
    expect(plan.files.every((file) => !before.has(file.path))).toBe(true)
    expect(plan.files.map((file) => file.path)).toEqual(
      [...after.keys()].filter((path) => !before.has(path)).sort()
    )
    expect(
      plan.files.find((file) => file.path === 'v0.6.1/go-xdp-counter/kustomization.yaml')?.reason
    ).toBe('copied from v0.6.0/go-xdp-counter/kustomization.yaml, 0.6.0 -> 0.6.1')
    expect(
      plan.files.find((file) => file.path === 'v0.6.1-selinux/go-tcx-counter/kustomization.yaml')
        ?.reason
    ).toBe(
      'new example go-tcx-counter, in the layout of v0.6.0-selinux/go-tc-counter/kustomization.yaml'
    )
  })

  it('warns for each generated example whose base has no bytecode.yaml, naming what it did instead', () => {
    // This older fixture keeps its programs in base/<example>/kustomization.yaml, not bytecode.yaml.
    expect(plan.notes).toEqual([
      {
        kind: 'warning',
        path: 'v0.6.1/go-tcx-counter/kustomization.yaml',
        message:
          'taken from go-tc-counter with the name changed: the patch target TcProgram go-tcx-counter-example (base/go-tcx-counter/bytecode.yaml is missing and default/go-tcx-counter/ names none); the bytecode image quay.io/bpfman-bytecode/go-tcx-counter:v0.6.1 (none in default/go-tcx-counter/ or base/go-tcx-counter/bytecode.yaml); check them'
      },
      {
        kind: 'warning',
        path: 'v0.6.1-selinux/go-tcx-counter/kustomization.yaml',
        message:
          'taken from go-tc-counter with the name changed: the patch target TcProgram go-tcx-counter-example (base/go-tcx-counter/bytecode.yaml is missing and default/go-tcx-counter/ names none); the bytecode image quay.io/bpfman-bytecode/go-tcx-counter:v0.6.1 (none in default/go-tcx-counter/ or base/go-tcx-counter/bytecode.yaml); check them'
      }
    ])
  })

  it('is idempotent: a second run keeps the new folders as they are', () => {
    const again = planExampleConfigs(after, parseVersion('0.6.1'))
    expect(again.files).toEqual([])
    expect(again.notes).toEqual([
      { kind: 'info', path: 'v0.6.1/', message: 'v0.6.1/ already exists; kept as it is' },
      {
        kind: 'info',
        path: 'v0.6.1-selinux/',
        message: 'v0.6.1-selinux/ already exists; kept as it is'
      }
    ])
  })

  it('keeps a folder a maintainer added by hand and still creates the missing one', () => {
    const handmade = new Map(before)
    handmade.set('v0.6.1/go-xdp-counter/kustomization.yaml', '# added by hand\n')
    const result = planExampleConfigs(handmade, parseVersion('0.6.1'))
    expect(result.files.some((file) => file.path.startsWith('v0.6.1/'))).toBe(false)
    expect(result.files.map((file) => file.path)).toEqual(
      [...after.keys()].filter((path) => path.startsWith('v0.6.1-selinux/')).sort()
    )
    expect(applied(handmade, result).get('v0.6.1/go-xdp-counter/kustomization.yaml')).toBe(
      '# added by hand\n'
    )
    expect(result.notes[0]).toEqual({
      kind: 'info',
      path: 'v0.6.1/',
      message: 'v0.6.1/ already exists; kept as it is'
    })
  })
})

describe('planExampleConfigs: new examples from real-shaped base/, default/ and selinux/ (golden, 0.5.5 -> 0.5.6)', () => {
  const before = fixtureTree('example-configs', 'bpfman-new-examples', 'before')
  const after = fixtureTree('example-configs', 'bpfman-new-examples', 'after')
  const plan = planExampleConfigs(before, parseVersion('0.5.6'))

  it("targets each new example's own program, with its own images and base", () => {
    expect(applied(before, plan)).toEqual(after)
    const tcx = plan.files.find((file) => file.path === 'v0.5.6/go-tcx-counter/kustomization.yaml')
    expect(tcx?.content).toContain('      kind: TcxProgram\n      name: go-tcx-counter-example\n')
    const app = plan.files.find(
      (file) => file.path === 'v0.5.6-selinux/go-app-counter/kustomization.yaml'
    )
    expect(app?.content).toContain('      kind: BpfApplication\n      name: app-counter\n')
    expect(app?.content).toContain('resources: [../../selinux/go-app-counter]\n')
  })

  it('says where the target came from, and has nothing to warn about', () => {
    expect(plan.notes).toEqual([])
    expect(
      plan.files.find((file) => file.path === 'v0.5.6-selinux/go-tcx-counter/kustomization.yaml')
        ?.reason
    ).toBe(
      'new example go-tcx-counter, in the layout of v0.5.5-selinux/go-tc-counter/kustomization.yaml, patch target TcxProgram go-tcx-counter-example from base/go-tcx-counter/bytecode.yaml'
    )
  })

  it('points the -selinux twin at the base, with a warning, when selinux/<example> is missing', () => {
    const files = new Map(
      [...before].filter(([path]) => !path.startsWith('selinux/go-tcx-counter/'))
    )
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    const twin = result.files.find(
      (file) => file.path === 'v0.5.6-selinux/go-tcx-counter/kustomization.yaml'
    )
    expect(twin?.content).toBe(
      (after.get('v0.5.6-selinux/go-tcx-counter/kustomization.yaml') ?? '').replace(
        '../../selinux/go-tcx-counter',
        '../../base/go-tcx-counter'
      )
    )
    expect(result.notes).toEqual([
      {
        kind: 'warning',
        path: 'v0.5.6-selinux/go-tcx-counter/',
        message:
          'selinux/go-tcx-counter/ is missing, so v0.5.6-selinux/go-tcx-counter/kustomization.yaml points at ../../base/go-tcx-counter (no SELinux profile); add selinux/go-tcx-counter/ and point it there'
      }
    ])
  })

  it('takes the target from default/<example>/kustomization.yaml when base/<example>/bytecode.yaml is missing', () => {
    const files = new Map(before)
    files.delete('base/go-tcx-counter/bytecode.yaml')
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    const generated = result.files.find(
      (file) => file.path === 'v0.5.6/go-tcx-counter/kustomization.yaml'
    )
    expect(generated?.content).toBe(after.get('v0.5.6/go-tcx-counter/kustomization.yaml'))
    expect(result.notes[0]).toEqual({
      kind: 'warning',
      path: 'v0.5.6/go-tcx-counter/kustomization.yaml',
      message:
        'base/go-tcx-counter/bytecode.yaml names no program, so the patch target TcxProgram go-tcx-counter-example comes from default/go-tcx-counter/kustomization.yaml; check it'
    })
  })

  it("falls back to the sibling, renamed, for what the example's files do not say, and warns", () => {
    const files = new Map(before)
    files.delete('base/go-app-counter/bytecode.yaml')
    files.set(
      'default/go-app-counter/kustomization.yaml',
      'resources:\n- ../../base/go-app-counter\n'
    )
    files.delete('default/go-app-counter/patch.yaml')
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    const generated = result.files.find(
      (file) => file.path === 'v0.5.6/go-app-counter/kustomization.yaml'
    )
    expect(generated?.content).toContain(
      '      kind: TcProgram\n      name: go-app-counter-example\n'
    )
    expect(generated?.content).toContain('value: quay.io/bpfman-bytecode/go-app-counter:v0.5.6\n')
    expect(
      result.notes
        .filter((note) => note.path === 'v0.5.6/go-app-counter/kustomization.yaml')
        .map((note) => note.message)
    ).toEqual([
      'taken from go-tc-counter with the name changed: the patch target TcProgram go-app-counter-example (base/go-app-counter/bytecode.yaml is missing and default/go-app-counter/ names none); the bytecode image quay.io/bpfman-bytecode/go-app-counter:v0.5.6 (none in default/go-app-counter/ or base/go-app-counter/bytecode.yaml); the userspace image quay.io/bpfman-userspace/go-app-counter (default/go-app-counter/kustomization.yaml sets none); check them'
    ])
  })

  it("uses the images default/ deploys, which need not carry the example's name", () => {
    const files = new Map(before)
    const shared = (text: string): string =>
      text.replace(/bpfman-(userspace|bytecode)\/go-tcx-counter/g, 'bpfman-$1/go-tc-counter')
    files.set(
      'default/go-tcx-counter/kustomization.yaml',
      shared(before.get('default/go-tcx-counter/kustomization.yaml') ?? '')
    )
    files.set(
      'default/go-tcx-counter/patch.yaml',
      shared(before.get('default/go-tcx-counter/patch.yaml') ?? '')
    )
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    expect(
      result.files.find((file) => file.path === 'v0.5.6/go-tcx-counter/kustomization.yaml')?.content
    ).toBe(shared(after.get('v0.5.6/go-tcx-counter/kustomization.yaml') ?? ''))
  })

  it("writes the image url path of the example's own base (byteCode since 0.6.0)", () => {
    const files = new Map(before)
    files.set(
      'base/go-tcx-counter/bytecode.yaml',
      [
        '---',
        'apiVersion: bpfman.io/v1alpha1',
        'kind: ClusterBpfApplication',
        'metadata:',
        '  name: go-tcx-counter-example',
        'spec:',
        '  byteCode:',
        '    image:',
        '      url: https://quay.io/bpfman-bytecode/go-tcx-counter:latest',
        ''
      ].join('\n')
    )
    files.delete('default/go-tcx-counter/patch.yaml')
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    const content = result.files.find(
      (file) => file.path === 'v0.5.6/go-tcx-counter/kustomization.yaml'
    )?.content
    expect(content).toBe(
      (after.get('v0.5.6/go-tcx-counter/kustomization.yaml') ?? '')
        .replace('kind: TcxProgram', 'kind: ClusterBpfApplication')
        .replace('"/spec/bytecode/image/url"', '"/spec/byteCode/image/url"')
    )
  })

  it('gives a userspace-only example the layout of a sibling without a bytecode patch', () => {
    const files = new Map(before)
    const target = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'images:',
      '  - name: quay.io/bpfman-userspace/go-target',
      '    newName: quay.io/bpfman-userspace/go-target',
      '    newTag: v0.5.5',
      'resources: [../../base/go-target]',
      ''
    ].join('\n')
    files.set('v0.5.5/go-target/kustomization.yaml', target)
    files.set('v0.5.5-selinux/go-target/kustomization.yaml', target)
    files.set(
      'default/go-tracer/kustomization.yaml',
      'images:\n- name: quay.io/bpfman-userspace/go-tracer\n'
    )
    files.set('base/go-tracer/deployment.yaml', 'kind: DaemonSet\n')
    const result = planExampleConfigs(files, parseVersion('0.5.6'))
    expect(
      result.files.find((file) => file.path === 'v0.5.6/go-tracer/kustomization.yaml')?.content
    ).toBe(target.replace(/go-target/g, 'go-tracer').replace('newTag: v0.5.5', 'newTag: v0.5.6'))
  })
})

describe('planExampleConfigs', () => {
  it('copies from the semver-newest folder below the new version, not the last by name', () => {
    const files = new Map([
      ['v0.9.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.9.0')],
      ['v0.10.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.10.0')],
      ['v0.11.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.11.0')],
      [
        'v0.9.0-selinux/go-xdp-counter/kustomization.yaml',
        kustomization('go-xdp-counter', 'v0.9.0', 'selinux')
      ],
      [
        'v0.10.0-selinux/go-xdp-counter/kustomization.yaml',
        kustomization('go-xdp-counter', 'v0.10.0', 'selinux')
      ]
    ])
    const plan = planExampleConfigs(files, parseVersion('0.10.1'))
    expect(plan.files).toEqual([
      {
        path: 'v0.10.1-selinux/go-xdp-counter/kustomization.yaml',
        content: kustomization('go-xdp-counter', 'v0.10.1', 'selinux'),
        reason: 'copied from v0.10.0-selinux/go-xdp-counter/kustomization.yaml, 0.10.0 -> 0.10.1'
      },
      {
        path: 'v0.10.1/go-xdp-counter/kustomization.yaml',
        content: kustomization('go-xdp-counter', 'v0.10.1'),
        reason: 'copied from v0.10.0/go-xdp-counter/kustomization.yaml, 0.10.0 -> 0.10.1'
      }
    ])
  })

  it('replaces the version word-bounded only, with or without "v"', () => {
    const text = 'newTag: v0.6.0\nversion: 0.6.0\nother: 10.6.0 0.6.01 v0.6.0-rc1 0.6.0.1\n'
    const plan = planExampleConfigs(
      new Map([
        ['v0.6.0/x/kustomization.yaml', text],
        ['v0.6.0-selinux/x/kustomization.yaml', text]
      ]),
      parseVersion('0.7.0')
    )
    expect(plan.files[0].content).toBe(
      'newTag: v0.7.0\nversion: 0.7.0\nother: 10.6.0 0.6.01 v0.6.0-rc1 0.6.0.1\n'
    )
  })

  it('ignores folders that are not named like a release', () => {
    const files = new Map([
      ['v0.6.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.6.0')],
      [
        'v0.6.0-selinux/go-xdp-counter/kustomization.yaml',
        kustomization('go-xdp-counter', 'v0.6.0', 'selinux')
      ],
      ['v0.9.0.rc1/go-xdp-counter/kustomization.yaml', 'newTag: v0.9.0\n'],
      ['v0.9.0-beta/go-xdp-counter/kustomization.yaml', 'newTag: v0.9.0\n'],
      ['0.6.5/go-xdp-counter/kustomization.yaml', 'newTag: 0.6.5\n'],
      ['archive_056/go-xdp-counter/kustomization.yaml', 'newTag: v0.5.6\n'],
      ['README.md', 'v0.8.0\n']
    ])
    const plan = planExampleConfigs(files, parseVersion('0.7.0'))
    expect(plan.files.map((file) => file.reason)).toEqual([
      'copied from v0.6.0-selinux/go-xdp-counter/kustomization.yaml, 0.6.0 -> 0.7.0',
      'copied from v0.6.0/go-xdp-counter/kustomization.yaml, 0.6.0 -> 0.7.0'
    ])
  })

  it('renames the sibling in a generated example but not inside another example name', () => {
    const sibling = [
      'value: quay.io/bpfman-bytecode/go-xdp-counter:v0.6.0',
      'name: go-xdp-counter-example',
      'note: shares maps with go-xdp-counter-sharing-map and go-xdp-counter-sharing-map-example',
      'resources: [../../base/go-xdp-counter]',
      ''
    ].join('\n')
    const files = new Map([
      ['default/go-xdp-counter/kustomization.yaml', ''],
      ['default/go-xdp-counter-sharing-map/kustomization.yaml', ''],
      ['default/go-xdp-new/kustomization.yaml', ''],
      ['v0.6.0/go-xdp-counter/kustomization.yaml', sibling],
      ['v0.6.0-selinux/go-xdp-counter/kustomization.yaml', sibling]
    ])
    const plan = planExampleConfigs(files, parseVersion('0.6.1'))
    const generated = plan.files.find(
      (file) => file.path === 'v0.6.1/go-xdp-new/kustomization.yaml'
    )
    expect(generated?.content).toBe(
      [
        'value: quay.io/bpfman-bytecode/go-xdp-new:v0.6.1',
        'name: go-xdp-new-example',
        'note: shares maps with go-xdp-counter-sharing-map and go-xdp-counter-sharing-map-example',
        'resources: [../../base/go-xdp-new]',
        ''
      ].join('\n')
    )
    // go-xdp-counter-sharing-map is in default/ but not in v0.6.0/: it is generated too.
    expect(plan.files.map((file) => file.path)).toContain(
      'v0.6.1/go-xdp-counter-sharing-map/kustomization.yaml'
    )
  })

  it('warns when a new example has no sibling to derive it from', () => {
    const files = new Map([
      ['default/go-xdp-counter/kustomization.yaml', ''],
      ['v0.6.0/README.md', 'Release v0.6.0 configs.\n'],
      ['v0.6.0-selinux/README.md', 'Release v0.6.0 configs.\n']
    ])
    const plan = planExampleConfigs(files, parseVersion('0.6.1'))
    expect(plan.files.map((file) => [file.path, file.content])).toEqual([
      ['v0.6.1-selinux/README.md', 'Release v0.6.1 configs.\n'],
      ['v0.6.1/README.md', 'Release v0.6.1 configs.\n']
    ])
    expect(plan.notes[0]).toEqual({
      kind: 'warning',
      path: 'v0.6.1/go-xdp-counter/',
      message:
        'new example go-xdp-counter (in default/) has no sibling in v0.6.0/ to derive it from; add v0.6.1/go-xdp-counter/ by hand'
    })
  })

  it('throws when there is no release folder below the new version to copy from', () => {
    const files = new Map([
      ['default/go-xdp-counter/kustomization.yaml', ''],
      ['v0.7.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.7.0')]
    ])
    expect(() => planExampleConfigs(files, parseVersion('0.6.1'))).toThrow(InputError)
    expect(() => planExampleConfigs(files, parseVersion('0.6.1'))).toThrow(
      'examples/config: no release folder vX.Y.Z/ below v0.6.1/ to copy from; add one by hand (examples/config/v0.6.1/, one folder per example with its kustomization.yaml) and run again'
    )
  })

  it('throws for a missing selinux source, naming that folder', () => {
    const files = new Map([
      ['v0.6.0/go-xdp-counter/kustomization.yaml', kustomization('go-xdp-counter', 'v0.6.0')]
    ])
    expect(() => planExampleConfigs(files, parseVersion('0.6.1'))).toThrow(
      'examples/config: no release folder vX.Y.Z-selinux/ below v0.6.1-selinux/ to copy from'
    )
  })

  it('needs no source when both folders for the new version exist', () => {
    const files = new Map([
      ['v0.6.1/go-xdp-counter/kustomization.yaml', 'a'],
      ['v0.6.1-selinux/go-xdp-counter/kustomization.yaml', 'b']
    ])
    expect(planExampleConfigs(files, parseVersion('0.6.1')).files).toEqual([])
  })
})
