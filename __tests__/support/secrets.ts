import { expect } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { type ActionRun } from '../../sandbox/run-action.js'

/** Everything a run left where a secret must not be: its output, summary, outputs, manifest, git, emulator. */
export async function leftBehind(
  run: ActionRun,
  places: { repos: string[]; manifest?: string; emulatorState: unknown }
): Promise<string> {
  const output = `${run.stdout}\n${run.stderr}`.replace(/^::add-mask::.*$/gm, '')
  const git = await Promise.all(
    places.repos.map((dir) =>
      new FixtureGit(dir).exec(['log', '--all', '-p', '--format=%H%n%an <%ae>%n%B'])
    )
  )
  const tags = await Promise.all(
    places.repos.map((dir) =>
      new FixtureGit(dir).exec(['for-each-ref', '--format=%(refname) %(contents)', 'refs/tags'])
    )
  )
  const manifest =
    places.manifest && existsSync(places.manifest) ? readFileSync(places.manifest, 'utf8') : ''
  return [
    output,
    run.summary,
    JSON.stringify(run.outputs),
    manifest,
    ...git,
    ...tags,
    JSON.stringify(places.emulatorState)
  ].join('\n')
}

export function expectNone(text: string, secrets: string[]): void {
  for (const secret of secrets) {
    expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false })
    const basic = Buffer.from(`x-access-token:${secret}`).toString('base64')
    expect({ secret, basicFound: text.includes(basic) }).toEqual({ secret, basicFound: false })
  }
}
