import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubClient, createOctokit } from '../../../src/effects/github/client.js'
import { RegistryClient } from '../../../src/effects/registry/client.js'
import { latestOfRunOperation } from '../../../src/phases/post-release/images.js'
import { Products } from '../../../src/release/plan.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { type TestRegistry, pushImage, startRegistry } from '../../../sandbox/oci-registry.js'

// bpfman's daemon image is pushed as :latest only, by every image-build.yml run
// that pushes (the tag's, and main's). post-release tags the build of the
// tag's run vX.Y.Z, and refuses when a later run on another commit may have
// moved :latest: the real registry and the GitHub emulator over HTTP.

const TOKEN = 'latest-only-token'
const TAG_COMMIT = 'a'.repeat(40)
let emulator: GitHubEmulator
let registry: TestRegistry
let github: GitHubClient
beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: TOKEN })
  emulator.addRepo({ owner: 'bpfman', name: 'bpfman' })
  github = new GitHubClient(createOctokit(TOKEN, emulator.url), { owner: 'bpfman', repo: 'bpfman' })
  registry = await startRegistry()
})
afterAll(async () => {
  await emulator.close()
  await registry.stop()
})

const run = (headBranch: string, headSha: string, event = 'push') =>
  emulator.state.addWorkflowRun('bpfman', 'bpfman', {
    workflow: 'image-build.yml',
    event,
    headBranch,
    headSha,
    status: 'completed',
    conclusion: 'success'
  })

function operation(image: string, tagRunId: number) {
  const tagRun = {
    id: tagRunId,
    url: '',
    status: 'completed',
    conclusion: 'success',
    displayTitle: '',
    event: 'push'
  }
  return latestOfRunOperation({
    registry: new RegistryClient({ registryUrl: registry.url }),
    github,
    image: `quay.io/${image}`,
    tag: 'v0.6.1',
    workflow: 'image-build.yml',
    tagRun,
    tagCommit: TAG_COMMIT,
    force: false
  })
}

describe('post-release on an image pushed as :latest only', () => {
  it("tags the tag's build; a later pull request run or a run of the same commit on main changes nothing", async () => {
    const pushed = await pushImage(registry, 'bpfman/daemon', 'latest', { marker: 'the tag build' })
    const tagRun = run('v0.6.1', TAG_COMMIT)
    run('main', TAG_COMMIT)
    run('release-v0.6.2', 'b'.repeat(40), 'pull_request')
    const outcome = await operation('bpfman/daemon', tagRun.id).apply(new Products())
    expect(outcome).toMatchObject({
      status: 'done',
      value: { digest: pushed.digest, status: 'created' }
    })
    expect(
      await new RegistryClient({ registryUrl: registry.url }).resolve(
        'quay.io/bpfman/daemon',
        'v0.6.1'
      )
    ).toMatchObject({ digest: pushed.digest })
    expect((await operation('bpfman/daemon', tagRun.id).apply(new Products())).status).toBe(
      'unchanged'
    )
    emulator.state.workflowRuns.length = 0
  })

  it('refuses when a later run on another commit may have moved :latest, and tags nothing', async () => {
    await pushImage(registry, 'bpfman/moved', 'latest', { marker: 'a later build' })
    const tagRun = run('v0.6.1', TAG_COMMIT)
    const later = run('main', 'c'.repeat(40))
    await expect(operation('bpfman/moved', tagRun.id).apply(new Products())).rejects.toThrow(
      `quay.io/bpfman/moved:latest may be the build of a later run of image-build.yml (run ${later.id} (completed, success)`
    )
    expect(
      await new RegistryClient({ registryUrl: registry.url }).exists(
        'quay.io/bpfman/moved',
        'v0.6.1'
      )
    ).toBe(false)
    emulator.state.workflowRuns.length = 0
  })
})
