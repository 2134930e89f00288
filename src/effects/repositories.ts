import { Git } from './git.js'

/**
 * The repositories opened in this run, by folder: the CLI reads the committer
 * and the git folder before the phase's settings check the folder, which the
 * plan opens again; each look after the first reuses the first's Git, with
 * what it has read (the git folder, the configuration, the commits' files).
 */
const opened = new Map<string, Git>()

/** The Git of the folder `repoDir`, one per folder in a run (see `opened`). */
export function repositoryAt(repoDir: string): Git {
  let git = opened.get(repoDir)
  if (!git) opened.set(repoDir, (git = new Git(repoDir)))
  return git
}

/** Ends the run's reuse (runPhase does when a phase ends): the next run reads afresh. */
export function forgetRepositories(): void {
  opened.clear()
}
