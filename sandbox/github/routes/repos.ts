import { Emulation, stringField } from '../emulation.js'
import { bodyOf, json, refused, validationFailed, type Router } from '../router.js'
import { repoKey } from '../state.js'

export function registerRepoRoutes(router: Router, emulation: Emulation): void {
  router.add('GET', '/user', (request) =>
    json(200, emulation.views.authenticatedUser(request.login))
  )

  router.add('GET', '/repos/{owner}/{repo}', (request) => {
    return json(200, emulation.views.repository(emulation.repo(request), true))
  })

  /**
   * Forks into the caller's account (or `organization`). A fork that exists is
   * answered again, as GitHub does; a fork registered earlier with addRepo (to
   * give it a gitDir) becomes the fork.
   */
  router.add('POST', '/repos/{owner}/{repo}/forks', (request) => {
    const parent = emulation.repo(request)
    const body = bodyOf(request)
    const owner = stringField(body, 'organization') ?? request.login
    const name = stringField(body, 'name') ?? parent.name
    const parentKey = repoKey(parent.owner, parent.name)
    const fork =
      emulation.state.repo(owner, name) ??
      emulation.state.addRepo({
        owner,
        name,
        defaultBranch: parent.defaultBranch,
        private: parent.private
      })
    if (!fork.fork) {
      fork.fork = true
      fork.parent = parentKey
      emulation.state.forks.push({ parent: parentKey, fork: repoKey(owner, name) })
    }
    return json(202, emulation.views.repository(fork, true))
  })

  /**
   * "Sync fork": brings a fork's branch up to the same branch of its parent.
   * Modelled are the fast-forward and "none" (the fork already has the
   * parent's commit); a fork branch with commits of its own answers 409, where
   * GitHub would try a merge commit first.
   */
  router.add('POST', '/repos/{owner}/{repo}/merge-upstream', async (request) => {
    const fork = emulation.repo(request)
    const branch = stringField(bodyOf(request), 'branch')
    if (branch === undefined) {
      throw validationFailed([{ resource: 'Repository', field: 'branch', code: 'missing_field' }])
    }
    const parent = fork.parent ? emulation.state.repos.get(fork.parent) : undefined
    if (!parent) throw refused(422, `${fork.owner}/${fork.name} is not a fork`)
    const forkGit = emulation.requireGit(fork)
    const parentGit = emulation.requireGit(parent)
    const baseBranch = `${parent.owner}:${branch}`
    return forkGit.exclusive(async () => {
      const upstream = await parentGit.branchSha(branch)
      const current = await forkGit.branchSha(branch)
      if (!upstream || !current)
        throw refused(422, `Branch ${branch} was not found in both repositories`)
      if (current === upstream || (await forkGit.isAncestor(upstream, current))) {
        return json(200, {
          message: `This branch is not behind the upstream ${baseBranch}.`,
          merge_type: 'none',
          base_branch: baseBranch
        })
      }
      if (!(await parentGit.isAncestor(current, upstream))) {
        throw refused(409, 'There are merge conflicts')
      }
      await forkGit.fetchInto(
        parent.gitDir as string,
        `refs/heads/${branch}`,
        `refs/heads/${branch}`
      )
      return json(200, {
        message: `Successfully fetched and fast-forwarded from upstream ${baseBranch}.`,
        merge_type: 'fast-forward',
        base_branch: baseBranch
      })
    })
  })
}
