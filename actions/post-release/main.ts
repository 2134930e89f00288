import * as core from '@actions/core'
import {
  committerInput,
  githubClientFor,
  repositoryInput,
  runAction,
  setOutputs,
  tokenInput,
  workingDirectoryInput
} from '../../src/action.js'
import { defaultManifestPath, writeManifest } from '../../src/release/manifest.js'
import {
  planPostRelease,
  postReleaseManifest,
  postReleaseOutputs,
  renderPostReleaseSummary,
  runPostRelease
} from '../../src/phases/post-release.js'
import { readManifestFor } from '../../src/phases/tag-release.js'
import { postServices, postSettings } from '../../src/post/options.js'
import { writeJobSummary } from '../../src/release/summary.js'
import { parseVersion } from '../../src/release/version.js'

await runAction(async () => {
  const repository = repositoryInput()
  const token = tokenInput()
  for (const secret of ['registry-password', 'operator-token']) {
    const value = core.getInput(secret)
    if (value) core.setSecret(value)
  }
  const settings = postSettings((name) => core.getInput(name))
  const dryRun = core.getBooleanInput('dry-run')
  const version = parseVersion(core.getInput('version', { required: true }))
  const manifestPath =
    core.getInput('manifest-path') || defaultManifestPath(repository, version.tag)
  const existing = readManifestFor(manifestPath, version)
  const post = await planPostRelease({
    repoDir: workingDirectoryInput(),
    repository,
    version: version.version,
    base: core.getInput('base') || existing?.base || 'main',
    remote: 'origin',
    github: githubClientFor(repository, token),
    identity: committerInput(),
    configFile: core.getInput('config-file') || undefined,
    serverUrl: process.env.GITHUB_SERVER_URL,
    ...postServices(settings, 'operator-repository'),
    log: (line) => core.info(line)
  })
  const { applied, error } = await runPostRelease(post, {
    dryRun,
    print: (text) => core.info(text)
  })
  if (!dryRun) writeManifest(manifestPath, postReleaseManifest(post, repository, existing))
  setOutputs(postReleaseOutputs(post, dryRun ? '' : manifestPath))
  writeJobSummary(renderPostReleaseSummary(post, { applied, dryRun }))
  if (error) throw error
})
