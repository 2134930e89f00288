import { describe, expect, it } from '@jest/globals'
import {
  restoreDispatcherImages,
  updateDispatcherImages
} from '../../src/updaters/dispatcher-images.js'
import { fixture, toCrlf } from './golden.js'

const IMAGES = ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher']
const FILE = 'bpfman/src/lib.rs'

describe('updateDispatcherImages', () => {
  const before = fixture('dispatcher-images', 'latest', 'before.rs')
  const after = fixture('dispatcher-images', 'latest', 'after.rs')

  it('pins :latest to the release tag and moves the example tag in the comment above (golden)', () => {
    expect(updateDispatcherImages(before, IMAGES, 'v0.5.4')).toEqual({
      content: after,
      notes: [],
      changed: IMAGES
    })
  })

  it('leaves similar image names and comments elsewhere alone', () => {
    const content = updateDispatcherImages(before, IMAGES, 'v0.5.4').content
    expect(content).toContain('"quay.io/bpfman/xdp-dispatcher-v2:latest"')
    expect(content).toContain('"quay.io/bpfman-bytecode/xdp_pass:latest"')
    expect(content).toContain('created by the bpfman.service unit (v0.5.1 and later)')
  })

  it('is idempotent', () => {
    expect(updateDispatcherImages(after, IMAGES, 'v0.5.4')).toEqual({
      content: after,
      notes: [],
      changed: []
    })
  })

  it('keeps CRLF line endings', () => {
    expect(updateDispatcherImages(toCrlf(before), IMAGES, 'v0.5.4').content).toBe(toCrlf(after))
  })

  it('pins a constant that rustfmt wrapped onto two lines, and an untagged image (golden)', () => {
    const result = updateDispatcherImages(
      fixture('dispatcher-images', 'rustfmt-wrapped', 'before.rs'),
      IMAGES,
      'v0.5.4'
    )
    expect(result.content).toBe(fixture('dispatcher-images', 'rustfmt-wrapped', 'after.rs'))
    expect(result.changed).toEqual(IMAGES)
  })

  it('leaves images pinned by digest alone, with a note for each', () => {
    const digest = fixture('dispatcher-images', 'digest', 'before.rs')
    expect(updateDispatcherImages(digest, IMAGES, 'v0.6.0')).toEqual({
      content: digest,
      changed: [],
      notes: [
        {
          kind: 'info',
          path: FILE,
          line: 5,
          message: 'quay.io/bpfman/xdp-dispatcher is pinned by digest, left alone'
        },
        {
          kind: 'info',
          path: FILE,
          line: 7,
          message: 'quay.io/bpfman/tc-dispatcher is pinned by digest, left alone'
        }
      ]
    })
  })

  it('reports images that are not in the file, and pins the ones that are', () => {
    const onlyXdp = 'const XDP: &str = "quay.io/bpfman/xdp-dispatcher:latest";\n'
    expect(updateDispatcherImages(onlyXdp, IMAGES, 'v0.6.0')).toEqual({
      content: 'const XDP: &str = "quay.io/bpfman/xdp-dispatcher:v0.6.0";\n',
      changed: ['quay.io/bpfman/xdp-dispatcher'],
      notes: [
        {
          kind: 'info',
          path: FILE,
          message: 'quay.io/bpfman/tc-dispatcher not found in bpfman/src/lib.rs; nothing to pin'
        }
      ]
    })
    expect(
      updateDispatcherImages('// nothing here\n', IMAGES, 'v0.6.0', 'src/other.rs').notes
    ).toEqual(
      IMAGES.map((image) => ({
        kind: 'info',
        path: 'src/other.rs',
        message: `${image} not found in src/other.rs; nothing to pin`
      }))
    )
  })
})

describe('restoreDispatcherImages', () => {
  it('puts :latest back and leaves the comment (golden)', () => {
    const pinned = fixture('dispatcher-images', 'latest', 'after.rs')
    expect(restoreDispatcherImages(pinned, IMAGES)).toEqual({
      content: fixture('dispatcher-images', 'latest', 'restored.rs'),
      changed: IMAGES
    })
  })

  it('is idempotent and leaves digests alone', () => {
    const restored = fixture('dispatcher-images', 'latest', 'restored.rs')
    expect(restoreDispatcherImages(restored, IMAGES)).toEqual({ content: restored, changed: [] })
    const digest = fixture('dispatcher-images', 'digest', 'before.rs')
    expect(restoreDispatcherImages(digest, IMAGES)).toEqual({ content: digest, changed: [] })
  })

  it('round-trips with updateDispatcherImages on the constants', () => {
    const wrapped = fixture('dispatcher-images', 'rustfmt-wrapped', 'after.rs')
    const restored = restoreDispatcherImages(wrapped, IMAGES).content
    expect(restored).toContain('"quay.io/bpfman/xdp-dispatcher:latest";')
    expect(restored).toContain('"quay.io/bpfman/tc-dispatcher:latest";')
    expect(updateDispatcherImages(restored, IMAGES, 'v0.5.4').content).toBe(wrapped)
  })
})
