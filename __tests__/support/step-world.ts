import { FixtureRepo } from '../../sandbox/fixtures/git-fixture.js'
import { FixtureGit } from '../../sandbox/fixtures/fixture-git.js'
import { Git } from '../../src/effects/git.js'
import { makeTempDir } from './tmp.js'

/** A step's world: bpfman's checkout and its bare remote `origin` in a temporary folder. */
export interface StepWorld {
  repo: FixtureRepo
  /** The checkout as a step sees it. */
  git: Git
  /** The checkout, for the test's own commands. */
  fixture: FixtureGit
  remote: FixtureGit
  /** The commit tagged v0.6.0. */
  tagged: string
  cleanup: () => void
}

/** main: v0.6.0 (an annotated tag), then a fix; pushed with the tags. */
export async function startStepWorld(name: string): Promise<StepWorld> {
  const temp = makeTempDir(name)
  const repo = await FixtureRepo.create(temp.dir, 'bpfman')
  const tagged = await repo.commit('Release v0.6.0', { 'Cargo.toml': 'version = "0.6.0"\n' })
  await repo.tag('v0.6.0', true)
  await repo.commit('Fix the tc dispatcher', { 'tc.rs': 'fixed\n' })
  await repo.pushAll()
  return {
    repo,
    git: new Git(repo.workDir),
    fixture: repo.git,
    remote: new FixtureGit(repo.remoteDir),
    tagged,
    cleanup: temp.cleanup
  }
}
