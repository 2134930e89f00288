import * as core from '@actions/core'
import { type Phase, runPhase } from './driver.js'
import { runEnvironment } from './environment.js'
import { type Host } from './host.js'
import { defaultManifestPath } from './effects/manifest-file.js'
import { exitCodeFor, messageOf } from './release/errors.js'
import { type Inputs, checkInputValues } from './release/inputs.js'
import { type PlanNote } from './release/plan.js'
import { renderStopped } from './release/stopped-summary.js'
import { appendFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { createOctokit } from './effects/github/client.js'
import { fetchManifestArtifact } from './effects/manifest-artifact.js'
import { gitAuthEnvironment, hasServerCredentials } from './effects/git-credentials.js'
import { repositoryAt } from './effects/repositories.js'
import { logProgress } from './progress-display.js'

/** The inputs that hold secrets: masked in the log before anything else runs. */
export const SECRET_INPUTS = ['token', 'catalog-token', 'operator-token', 'registry-password']

/**
 * The secrets to mask: each secret input, and the forms it travels in (git's
 * Basic header for a token, the registry's for username and password), so a
 * log line quoting a header hides it too.
 */
export function secretValues(input: (name: string) => string): string[] {
  const basic = (text: string): string => Buffer.from(text).toString('base64')
  const values: string[] = []
  for (const name of SECRET_INPUTS) {
    const value = input(name)
    if (!value) continue
    values.push(value)
    if (name === 'registry-password') {
      const username = input('registry-username')
      if (username) values.push(basic(`${username}:${value}`))
    } else values.push(basic(`x-access-token:${value}`))
  }
  return values
}

/** Every input the runner gave (INPUT_<NAME> in the environment), by input name. */
function givenInputs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('INPUT_'))
      .map(([key, value]) => [key.slice('INPUT_'.length).toLowerCase(), value ?? ''])
  )
}

/** The action's inputs as the phases read them; `repository` defaults to the workflow's. */
function actionInputs(): Inputs {
  return {
    get: (name) =>
      name === 'repository'
        ? core.getInput(name) || process.env.GITHUB_REPOSITORY || ''
        : core.getInput(name),
    label: (name) => name
  }
}

/** Where a plan note points, as an annotation: its path from the workspace, and its line. */
function annotationOf(note: PlanNote): core.AnnotationProperties {
  if (!note.path) return {}
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const repoDir = resolve(workspace, core.getInput('working-directory') || '.')
  return { file: relative(workspace, join(repoDir, note.path)), startLine: note.line }
}

/** The manifest path an action uses: the input, else one in the runner's temp folder. */
function actionManifestPath(given: string, tempDir: string): Host['manifestPath'] {
  return (repository, tag) =>
    given || (tag ? defaultManifestPath(tempDir, repository, tag) : undefined)
}

function appendJobSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown)
}

function actionHost(): Host {
  const environment = runEnvironment(process.env)
  const manifestPath = actionManifestPath(core.getInput('manifest-path'), environment.tempDir)
  return {
    environment,
    json: false,
    print: (text) => core.info(text),
    progress: logProgress((line) => core.info(line)),
    warn: (note) => core.warning(note.message, annotationOf(note)),
    manifestPath,
    manifestInput: 'manifest-path',
    fetchManifest: async () => {
      const name = core.getInput('manifest-artifact').trim()
      if (!name) return []
      return fetchManifestArtifact(createOctokit(core.getInput('token'), environment.apiUrl), {
        name,
        repository:
          core.getInput('manifest-repository').trim() || process.env.GITHUB_REPOSITORY || '',
        version: core.getInput('version'),
        manifestPath,
        givenPath: core.getInput('manifest-path')
      })
    },
    setOutputs: (outputs) => {
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value ?? '')
    },
    writeSummary: appendJobSummary,
    epilogue: () => undefined
  }
}

/**
 * A checkout made with `persist-credentials: false` (the reusable workflows',
 * whose jobs run the repository's Makefile) holds no credentials: git pushes
 * with the `token` input, given in this process's environment only, which
 * runRepositoryCode leaves out. A checkout that kept its own is left as it is.
 */
async function authenticateGit(): Promise<void> {
  const token = core.getInput('token')
  if (!token) return
  const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'
  const repoDir = resolve(core.getInput('working-directory') || '.')
  // A folder that is not there is the phase's to refuse, naming the input.
  if (!statSync(repoDir, { throwIfNoEntry: false })?.isDirectory()) return
  if (hasServerCredentials(await repositoryAt(repoDir).config(), serverUrl)) return
  Object.assign(process.env, gitAuthEnvironment(token, serverUrl))
}

/**
 * Runs a phase as an action; a failure becomes one error annotation and a
 * failed step, and a run stopped before its summary (refused, or failed
 * while planning) leaves one saying so, with the same message.
 */
export async function runAction<S extends { dryRun: boolean }>(phase: Phase<S>): Promise<void> {
  let summarised = false
  try {
    for (const value of secretValues((name) => core.getInput(name))) core.setSecret(value)
    checkInputValues(givenInputs(), (name) => name)
    const host: Host = {
      ...actionHost(),
      writeSummary: (markdown) => {
        summarised = true
        appendJobSummary(markdown)
      }
    }
    await authenticateGit()
    await runPhase(phase, actionInputs(), host)
  } catch (error) {
    core.setFailed(messageOf(error))
    process.exitCode = exitCodeFor(error)
    if (!summarised) appendJobSummary(renderStopped(phase.name, error))
  }
}
