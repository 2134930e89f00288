import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/release/errors.js'
import { parseImageReference } from '../../../src/effects/registry/client.js'
import { parseChallenges } from '../../../src/effects/registry/challenge.js'

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('parseImageReference', () => {
  it.each([
    ['quay.io/bpfman/xdp-dispatcher', { host: 'quay.io', repository: 'bpfman/xdp-dispatcher' }],
    [
      'quay.io/bpfman/xdp-dispatcher:v0.6.1',
      { host: 'quay.io', repository: 'bpfman/xdp-dispatcher', tag: 'v0.6.1' }
    ],
    [
      `quay.io/bpfman/tc-dispatcher@${DIGEST}`,
      { host: 'quay.io', repository: 'bpfman/tc-dispatcher', digest: DIGEST }
    ],
    [
      `quay.io/bpfman/tc-dispatcher:latest@${DIGEST}`,
      { host: 'quay.io', repository: 'bpfman/tc-dispatcher', tag: 'latest', digest: DIGEST }
    ],
    [
      '127.0.0.1:5000/bpfman/xdp-dispatcher:latest',
      { host: '127.0.0.1:5000', repository: 'bpfman/xdp-dispatcher', tag: 'latest' }
    ],
    ['localhost/a/b', { host: 'localhost', repository: 'a/b' }],
    ['nginx:1.27', { host: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['bpfman/bpfman', { host: 'docker.io', repository: 'bpfman/bpfman' }],
    ['index.docker.io/library/busybox', { host: 'docker.io', repository: 'library/busybox' }],
    ['ghcr.io/a/b.c_d__e-f---g', { host: 'ghcr.io', repository: 'a/b.c_d__e-f---g' }]
  ])('parses %s', (ref, expected) => {
    expect(parseImageReference(ref)).toEqual(expected)
  })

  it.each([
    ['', 'empty'],
    ['quay.io/bpfman/XDP-dispatcher', 'lowercase'],
    ['quay.io/bpfman/xdp-dispatcher:-bad', 'not a valid tag'],
    ['quay.io/bpfman/xdp-dispatcher@sha256:1234', 'not a digest'],
    ['quay.io//xdp-dispatcher', 'repository part'],
    ['quay.io/bpfman/xdp-dispatcher:', 'not a valid tag']
  ])('rejects %j', (ref, why) => {
    let error: unknown
    try {
      parseImageReference(ref)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(why)
    expect((error as Error).message).toContain('quay.io/bpfman/xdp-dispatcher:latest') // the example of the right form
  })
})

describe('parseChallenges', () => {
  it('reads a Bearer challenge as quay.io sends it', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:bpfman/xdp-dispatcher:pull,push"'
      )
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://quay.io/v2/auth',
          service: 'quay.io',
          scope: 'repository:bpfman/xdp-dispatcher:pull,push'
        }
      }
    ])
  })

  it('reads several challenges, unquoted values, escapes and spacing', () => {
    expect(
      parseChallenges(
        'Basic realm="a \\"b\\", c", Bearer realm=https://t/token , error="insufficient_scope"'
      )
    ).toEqual([
      { scheme: 'basic', params: { realm: 'a "b", c' } },
      { scheme: 'bearer', params: { realm: 'https://t/token', error: 'insufficient_scope' } }
    ])
  })

  it('returns nothing for a missing header', () => {
    expect(parseChallenges(null)).toEqual([])
  })
})
