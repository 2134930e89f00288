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
import { createOctokit } from '../../src/effects/github/client.js'
import { defaultManifestPath, writeManifest } from '../../src/release/manifest.js'
import {
  manifestToExtend,
  parseBundleCommand,
  parseOperatorStage,
  planOperatorCatalogs,
  planOperatorNextDev,
  planOperatorPrepare,
  preparedManifest,
  withCatalogs,
  withNextDev
} from '../../src/phases/operator-release.js'
import { runPlan } from '../../src/runner.js'
import { renderSummary, writeJobSummary } from '../../src/release/summary.js'
import { parseVersion } from '../../src/release/version.js'

await runAction(async () => {
  const stage = parseOperatorStage(core.getInput('stage', { required: true }))
  const repository = repositoryInput()
  const token = tokenInput()
  const dryRun = core.getBooleanInput('dry-run')
  const offline = core.getBooleanInput('offline')
  const github = githubClientFor(repository, token)
  const version = parseVersion(core.getInput('version', { required: true }))
  const base = core.getInput('base') || 'main'
  const repoDir = workingDirectoryInput()
  const configFile = core.getInput('config-file') || undefined
  const manifestPath =
    core.getInput('manifest-path') || defaultManifestPath(repository, version.tag)
  const print = (text: string): void => core.info(text)

  if (stage === 'prepare') {
    const prepared = await planOperatorPrepare({
      repoDir,
      version: version.version,
      base,
      repository,
      offline,
      remote: 'origin',
      github,
      bpfman: githubClientFor(core.getInput('bpfman-repository') || 'bpfman/bpfman', token),
      bundleCommand: parseBundleCommand(core.getInput('bundle-command') || 'make bundle'),
      skipGo: false,
      identity: committerInput(),
      configFile
    })
    const applied = await runPlan(prepared.plan, { dryRun, print })
    if (!dryRun) writeManifest(manifestPath, preparedManifest(prepared, repository))
    setOutputs({
      stage,
      version: version.version,
      tag: version.tag,
      'previous-tag': prepared.previous?.tag,
      branch: prepared.branch,
      'pr-number': prepared.outputs.pr?.number,
      'pr-url': prepared.outputs.pr?.url,
      'changelog-path': prepared.changelogPath,
      'manifest-path': dryRun ? '' : manifestPath
    })
    const links = prepared.outputs.pr
      ? [{ label: 'Pull request', url: prepared.outputs.pr.url }]
      : []
    writeJobSummary(renderSummary(prepared.plan, { applied, links, dryRun }))
    return
  }

  if (stage === 'catalogs') {
    const catalogToken = core.getInput('catalog-token')
    if (!catalogToken) {
      throw new InputError(
        'catalog-token',
        "is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)"
      )
    }
    core.setSecret(catalogToken)
    const name = core.getInput('committer-name')
    const email = core.getInput('committer-email')
    const result = await planOperatorCatalogs({
      repoDir,
      version: version.version,
      repository,
      remote: 'origin',
      push: true,
      offline,
      github,
      catalogOctokit: createOctokit(catalogToken),
      catalogToken,
      gitServerUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
      openshiftVersions: core.getInput('openshift-versions') || undefined,
      identity: name && email ? { name, email } : undefined,
      configFile
    })
    const applied = await runPlan(result.plan, { dryRun, print })
    if (!dryRun)
      writeManifest(
        manifestPath,
        withCatalogs(manifestToExtend(manifestPath, repository, version, base), result)
      )
    const pulls = result.catalogs.map((catalog) => ({
      repository: catalog.repository,
      status: catalog.status,
      number: catalog.outputs.pr?.number ?? null,
      url: catalog.outputs.pr?.url ?? null
    }))
    setOutputs({
      stage,
      version: version.version,
      tag: version.tag,
      branch: result.catalogs[0]?.branch,
      'catalog-pulls': JSON.stringify(pulls),
      'manifest-path': dryRun ? '' : manifestPath
    })
    const links = pulls
      .filter((pull) => pull.url)
      .map((pull) => ({ label: `Pull request to ${pull.repository}`, url: pull.url as string }))
    writeJobSummary(renderSummary(result.plan, { applied, links, dryRun }))
    return
  }

  const result = await planOperatorNextDev({
    repoDir,
    version: version.version,
    base,
    repository,
    remote: 'origin',
    github,
    identity: committerInput(),
    configFile
  })
  const applied = await runPlan(result.plan, { dryRun, print })
  if (!dryRun)
    writeManifest(
      manifestPath,
      withNextDev(manifestToExtend(manifestPath, repository, version, base), result)
    )
  setOutputs({
    stage,
    version: version.version,
    tag: version.tag,
    branch: result.branch,
    'pr-number': result.outputs.pr?.number,
    'pr-url': result.outputs.pr?.url,
    'next-version': result.nextVersion,
    'manifest-path': dryRun ? '' : manifestPath
  })
  const links = result.outputs.pr ? [{ label: 'Pull request', url: result.outputs.pr.url }] : []
  writeJobSummary(renderSummary(result.plan, { applied, links, dryRun }))
})
