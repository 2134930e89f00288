import { afterEach, describe, expect, it } from '@jest/globals'
import { faultCases } from './matrix.js'

// The sampling of the fault matrices: what runs, and what is shared out.

const KINDS = ['500', '502', 'drop', 'lose']
const UPLOAD = 'POST /releases/1/assets'
const UPLOADS = /^POST \/releases\/\d+\/assets$/
const REQUESTS = [
  'GET /releases/1',
  'GET /releases/1',
  UPLOAD,
  UPLOAD,
  UPLOAD,
  UPLOAD,
  UPLOAD,
  'GET /releases/1',
  UPLOAD
]

const pairs = (cases: { index: number; kind: string }[]): string[] =>
  cases.map(({ index, kind }) => `${index} ${kind}`)
const kindsAt = (cases: { index: number; kind: string }[], index: number): string[] =>
  cases.filter((c) => c.index === index).map((c) => c.kind)

afterEach(() => {
  delete process.env.FAULT_MATRIX
})

describe('faultCases', () => {
  it('without `alike`: every request with every kind', () => {
    expect(faultCases(REQUESTS, KINDS)).toHaveLength(REQUESTS.length * KINDS.length)
  })

  it('requests `alike` does not match meet every kind, equal ones in a row too; so does an upload alone', () => {
    const cases = faultCases(REQUESTS, KINDS, UPLOADS)
    for (const index of [0, 1, 7, 8]) expect(kindsAt(cases, index)).toEqual(KINDS)
  })

  it('a row of alike requests meets every kind, and each of them at least one', () => {
    const row = faultCases(REQUESTS, KINDS, UPLOADS).filter((c) => c.index >= 2 && c.index <= 6)
    expect(pairs(row)).toEqual(['2 500', '3 502', '4 drop', '5 lose', '6 500'])
  })

  it('a row shorter than the kinds: each kind once, dealt in turn', () => {
    const cases = faultCases(['GET /a', UPLOAD, UPLOAD], KINDS, UPLOADS)
    expect(pairs(cases)).toEqual([
      '0 500',
      '0 502',
      '0 drop',
      '0 lose',
      '1 500',
      '2 502',
      '1 drop',
      '2 lose'
    ])
  })

  it('FAULT_MATRIX=full: every request with every kind', () => {
    process.env.FAULT_MATRIX = 'full'
    expect(faultCases(REQUESTS, KINDS, UPLOADS)).toHaveLength(REQUESTS.length * KINDS.length)
  })
})
