import { describe, expect, it } from '@jest/globals'
import { nearest, osaDistance } from '../src/cli-suggest.js'
import { runCli } from './support/cli.js'

describe('bpfman-release forgives typos with the nearest name, exit code 2', () => {
  it('a mistyped command', async () => {
    const result = await runCli(['preapre', '--version', '0.6.1'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('bpfman-release: unknown command "preapre"; did you mean prepare?\n')
  })

  it('a mistyped flag, before anything runs', async () => {
    const result = await runCli(['prepare', '--versoin', '0.6.1', '--dry-run'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'bpfman-release prepare: --versoin: unknown option; did you mean --version?\n'
    )
    expect(result.stdout).toBe('')
  })

  it("a flag of the command's own, with =", async () => {
    const result = await runCli(['operator', '--stgae=prepare', '--version', '0.6.1'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--stgae: unknown option; did you mean --stage?')
  })

  it('nothing near: the usage, or where the options are listed', async () => {
    const command = await runCli(['publish'])
    expect(command.status).toBe(2)
    expect(command.stderr).toContain('unknown command "publish"\n\nUsage: bpfman-release')
    const flag = await runCli(['tag', '--colour'])
    expect(flag.status).toBe(2)
    expect(flag.stderr).toContain(
      '--colour: unknown option; bpfman-release tag --help lists the options'
    )
  })

  it('a value that looks like a flag is a value', async () => {
    const result = await runCli(['prepare', '--summary', '--versoin', '--repo', '/nonexistent'])
    expect(result.stderr).not.toContain('unknown option')
  })

  it('distance: a swap of neighbours is one edit', () => {
    expect(osaDistance('preapre', 'prepare')).toBe(1)
    expect(osaDistance('versoin', 'version')).toBe(1)
    expect(osaDistance('tga', 'tag')).toBe(1)
    expect(osaDistance('ca', 'abc')).toBe(3)
    expect(nearest('operater', ['prepare', 'tag', 'post', 'operator'])).toBe('operator')
    expect(nearest('x', ['prepare', 'tag', 'post', 'operator'])).toBeUndefined()
  })
})
