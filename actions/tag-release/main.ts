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
import { InputError } from '../../src/release/errors.js'
import { defaultManifestPath, writeManifest } from '../../src/release/manifest.js'
import {
  parsePublishMode,
  planTagRelease,
  pullNumberFromEvent,
  readManifestFor,
  tagReleaseLinks,
  tagReleaseManifest
} from '../../src/phases/tag-release.js'
import { parseRepoKind } from '../../src/phases/verify-release.js'
import { runPlan } from '../../src/runner.js'
import { renderSummary, writeJobSummary } from '../../src/release/summary.js'

function prNumberInput(): number | undefined {
  const text = core.getInput('pr-number')
  if (!text) return pullNumberFromEvent(process.env.GITHUB_EVENT_PATH)
  if (!/^[1-9]\d*$/.test(text))
    throw new InputError('pr-number', `"${text}" is not a pull request number`)
  return Number(text)
}

await runAction(async () => {
  const repository = repositoryInput()
  const token = tokenInput()
  const dryRun = core.getBooleanInput('dry-run')
  const tagged = await planTagRelease({
    repoDir: workingDirectoryInput(),
    repository,
    version: core.getInput('version') || undefined,
    pr: prNumberInput(),
    base: core.getInput('base') || undefined,
    remote: 'origin',
    github: githubClientFor(repository, token),
    identity: committerInput(),
    kind: parseRepoKind(core.getInput('kind')),
    publish: parsePublishMode(core.getInput('publish') || 'later'),
    dispatchWorkflow: core.getInput('dispatch-workflow') || undefined,
    dispatchRef: core.getInput('dispatch-ref') || undefined,
    releaseLabel: core.getInput('release-label') || undefined,
    configFile: core.getInput('config-file') || undefined,
    serverUrl: process.env.GITHUB_SERVER_URL
  })
  const { version, outputs } = tagged
  const manifestPath =
    core.getInput('manifest-path') || defaultManifestPath(repository, version.tag)
  const existing = readManifestFor(manifestPath, version)
  const applied = await runPlan(tagged.plan, { dryRun, print: (text) => core.info(text) })
  if (!dryRun) writeManifest(manifestPath, tagReleaseManifest(tagged, repository, existing))
  setOutputs({
    version: version.version,
    tag: version.tag,
    commit: tagged.commit,
    'release-id': outputs.release?.id,
    'release-url': outputs.release?.url,
    draft: outputs.release ? String(outputs.release.draft) : '',
    'dispatched-run': outputs.dispatch?.runId,
    'manifest-path': dryRun ? '' : manifestPath
  })
  writeJobSummary(
    renderSummary(tagged.plan, { applied, links: dryRun ? [] : tagReleaseLinks(tagged), dryRun })
  )
})
