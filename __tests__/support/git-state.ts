import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'

/** Everything a phase could change in a checkout and its remote, to compare before and after. */
export async function repoSnapshot(
  workDir: string,
  remoteDir: string
): Promise<Record<string, string>> {
  const work = new FixtureGit(workDir)
  const remote = new FixtureGit(remoteDir)
  return {
    workRefs: await work.exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      'refs/heads',
      'refs/tags'
    ]),
    remoteRefs: await remote.exec(['for-each-ref', '--format=%(refname) %(objectname)']),
    head: await work.exec(['rev-parse', 'HEAD']),
    status: await work.exec(['status', '--porcelain', '--untracked-files=all'])
  }
}
