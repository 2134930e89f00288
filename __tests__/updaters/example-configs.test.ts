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
      'new example go-tcx-counter, generated from v0.6.0-selinux/go-tc-counter/kustomization.yaml'
    )
  })

  it('asks for a review of each generated example folder', () => {
    expect(plan.notes).toEqual([
      {
        kind: 'warning',
        path: 'v0.6.1/go-tcx-counter/',
        message:
          'generated for the new example go-tcx-counter (in default/, not in v0.6.0/) from go-tc-counter; review it, e.g. the patch target kind and name'
      },
      {
        kind: 'warning',
        path: 'v0.6.1-selinux/go-tcx-counter/',
        message:
          'generated for the new example go-tcx-counter (in default/, not in v0.6.0-selinux/) from go-tc-counter; review it, e.g. the patch target kind and name'
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
