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
import { parseLockfileMode, planPrepare, preparedManifest } from '../../src/phases/prepare.js'
import { runPlan } from '../../src/runner.js'
import { renderSummary, writeJobSummary } from '../../src/release/summary.js'

await runAction(async () => {
  const repository = repositoryInput()
  const token = tokenInput()
  const dryRun = core.getBooleanInput('dry-run')
  const github = githubClientFor(repository, token)
  const offline = core.getBooleanInput('offline')
  const prepared = await planPrepare({
    repoDir: workingDirectoryInput(),
    version: core.getInput('version', { required: true }),
    base: core.getInput('base') || 'main',
    repository,
    lockfile: parseLockfileMode(core.getInput('lockfile') || 'workspace'),
    summary: core.getInput('summary') || undefined,
    offline,
    remote: 'origin',
    github,
    identity: committerInput(),
    configFile: core.getInput('config-file') || undefined
  })
  const applied = await runPlan(prepared.plan, { dryRun, print: (text) => core.info(text) })
  const { version, previous, outputs } = prepared
  const manifestPath =
    core.getInput('manifest-path') || defaultManifestPath(repository, version.tag)
  if (!dryRun) {
    writeManifest(manifestPath, preparedManifest(prepared, repository))
  }
  setOutputs({
    version: version.version,
    tag: version.tag,
    'previous-tag': previous?.tag,
    branch: prepared.branch,
    'pr-number': outputs.pr?.number,
    'pr-url': outputs.pr?.url,
    'changelog-path': prepared.changelogPath,
    'manifest-path': dryRun ? '' : manifestPath
  })
  const links = outputs.pr ? [{ label: 'Pull request', url: outputs.pr.url }] : []
  writeJobSummary(renderSummary(prepared.plan, { applied, links, dryRun }))
})
