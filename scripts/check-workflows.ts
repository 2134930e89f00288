// Checks every workflow (.github/workflows/) and caller template (templates/*/):
// each is parsed and converted with @actions/workflow-parser, the parser GitHub's
// language services use, and then checked for what neither the parser nor actionlint
// knows about our actions and reusable workflows:
//
// - `uses:` of our actions (bpfman/release-actions/<alias>@v1) and of our reusable
//   workflows (bpfman/release-actions/.github/workflows/<name>.yml@v1) passes only the
//   inputs and secrets they declare, and every required one;
// - each `steps.X.outputs.Y`, `needs.X.outputs.Y` and `jobs.X.outputs.Y` names a step,
//   job and output that exist (our actions' outputs from actions/*/action.yml; run steps'
//   from what they write to $GITHUB_OUTPUT; third-party actions' from a short table);
//   each `inputs.X` and, in a reusable workflow, `secrets.X` is declared;
// - each artifact downloaded in a run is uploaded before it in the chain of jobs
//   (earlier steps, jobs it needs, the jobs of the reusable workflows they call), and
//   each one our actions fetch from another run (manifest-artifact) is uploaded by
//   some workflow; names are compared with their expressions reduced to `*`;
// - each job has its own `permissions:`, nothing has write at the top level, and a
//   caller's job grants what the called workflow's jobs ask for;
// - third-party actions are pinned by commit SHA with the version in a comment, the
//   same SHA for the same action everywhere.
//
// Usage: tsx scripts/check-workflows.ts [--root DIR]. Prints one line per problem,
// naming the file, job and step, and exits 1 when there is one. It runs under tsx:
// plain node refuses the parser's JSON import.
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow
} from '@actions/workflow-parser'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

export const WORKFLOW_DIRS = ['.github/workflows', 'templates/bpfman', 'templates/bpfman-operator']
const OURS = 'bpfman/release-actions/'
const ALIASES: Record<string, string> = {
  prepare: 'prepare-release',
  tag: 'tag-release',
  post: 'post-release',
  operator: 'operator-release'
}
// Outputs of the third-party actions the workflows use (from their action.yml).
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'actions/checkout': ['ref', 'commit'],
  'actions/upload-artifact': ['artifact-id', 'artifact-url', 'artifact-digest'],
  'actions/download-artifact': ['download-path'],
  'actions/setup-go': ['go-version', 'cache-hit'],
  'actions/setup-node': ['node-version', 'cache-hit']
}
const LEVELS: Record<string, number> = { none: 0, read: 1, write: 2 }

type Obj = Record<string, unknown>
interface Step {
  id?: string
  if?: string
  name?: string
  uses?: string
  run?: string
  with?: Obj
}
interface Job {
  if?: string
  needs?: string | string[]
  permissions?: unknown
  outputs?: Record<string, string>
  steps?: Step[]
  uses?: string
  with?: Obj
  secrets?: Obj | 'inherit'
  env?: Obj
  concurrency?: unknown
}
interface Declared {
  description?: string
  required?: boolean
  default?: unknown
  value?: string
}
interface Workflow {
  on?: Obj & {
    workflow_call?: {
      inputs?: Record<string, Declared>
      secrets?: Record<string, Declared>
      outputs?: Record<string, Declared>
    }
    workflow_dispatch?: { inputs?: Record<string, Declared> }
  }
  'run-name'?: string
  concurrency?: unknown
  permissions?: unknown
  env?: Obj
  jobs: Record<string, Job>
}
interface Action {
  inputs?: Record<string, Declared>
  outputs?: Record<string, Declared>
}

export interface Problem {
  file: string
  where: string
  message: string
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const keys = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.keys(value as Obj) : []
// The text of every value in a job or step, where expressions live.
const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value as Obj).flatMap(texts)
      : []
const references = (text: string, pattern: RegExp): RegExpMatchArray[] =>
  [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].flatMap((expression) => [
    ...expression[1].matchAll(pattern)
  ])
// `if:` holds an expression without ${{ }}.
const conditionText = (value: unknown): string =>
  typeof value === 'string' && !value.includes('${{') ? `\${{ ${value} }}` : ''
// The artifact a step uploads or downloads, its expressions reduced to `*`.
const artifactPattern = (name: unknown): string =>
  typeof name === 'string' ? name.replace(/\$\{\{[\s\S]*?\}\}/g, '*').trim() : '*'

export class Checker {
  readonly problems: Problem[] = []
  private readonly workflows = new Map<string, Workflow>()
  private readonly actions = new Map<string, Action>()
  private readonly pins = new Map<string, { sha: string; file: string }>()

  constructor(private readonly root: string) {}

  private report(file: string, where: string, message: string): void {
    this.problems.push({ file, where, message })
  }

  files(): string[] {
    return WORKFLOW_DIRS.filter((dir) => existsSync(join(this.root, dir))).flatMap((dir) =>
      readdirSync(join(this.root, dir))
        .filter((file) => file.endsWith('.yml') || file.endsWith('.yaml'))
        .sort()
        .map((file) => `${dir}/${file}`)
    )
  }

  private workflow(file: string): Workflow | undefined {
    if (!this.workflows.has(file)) {
      const path = join(this.root, file)
      if (!existsSync(path)) return undefined
      this.workflows.set(file, YAML.parse(readFileSync(path, 'utf8')) as Workflow)
    }
    return this.workflows.get(file)
  }

  private action(phase: string): Action | undefined {
    if (!this.actions.has(phase)) {
      const path = join(this.root, 'actions', phase, 'action.yml')
      if (!existsSync(path)) return undefined
      this.actions.set(phase, YAML.parse(readFileSync(path, 'utf8')) as Action)
    }
    return this.actions.get(phase)
  }

  // The local file of a reusable workflow of ours, or undefined for anyone else's.
  private reusable(uses: string): string | undefined {
    const ours = new RegExp(`^${OURS}(\\.github/workflows/[\\w.-]+\\.ya?ml)@v\\d+$`).exec(uses)
    if (ours) return ours[1]
    const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses)
    return local?.[1]
  }

  async check(): Promise<Problem[]> {
    const files = this.files()
    for (const file of files) await this.parse(file)
    for (const file of files) {
      const workflow = this.workflow(file)
      if (!workflow?.jobs) continue
      this.checkPermissions(file, workflow)
      this.checkPins(file)
      this.checkInputsAndSecrets(file, workflow)
      this.checkConcurrency(file, workflow)
      this.checkSecretsScope(file, workflow)
      this.checkInstalls(file, workflow)
      for (const [id, job] of Object.entries(workflow.jobs)) this.checkJob(file, workflow, id, job)
      this.checkWorkflowOutputs(file, workflow)
    }
    this.checkArtifacts(files)
    this.checkManifestArtifacts(files)
    return this.problems
  }

  private async parse(file: string): Promise<void> {
    const content = readFileSync(join(this.root, file), 'utf8')
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
    for (const error of result.context.errors.getErrors())
      this.report(file, 'workflow', `does not parse: ${error.message}`)
    if (!result.value) return
    const template = await convertWorkflowTemplate(result.context, result.value)
    for (const error of template.errors ?? []) this.report(file, 'workflow', error.Message)
  }

  private checkPermissions(file: string, workflow: Workflow): void {
    const top = workflow.permissions
    if (top === undefined) this.report(file, 'workflow', 'has no top-level permissions: give {}')
    else if (top === 'write-all' || texts(top).includes('write'))
      this.report(
        file,
        'workflow',
        'grants write at the top level: grant it in the jobs that need it'
      )
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (job.permissions === undefined)
        this.report(file, `job ${id}`, 'has no permissions: give the least it needs')
      const called = job.uses ? this.reusable(job.uses) : undefined
      const callee = called ? this.workflow(called) : undefined
      if (!callee?.jobs) continue
      const granted = this.levels(job.permissions)
      for (const [innerId, inner] of Object.entries(callee.jobs))
        for (const [scope, level] of Object.entries(this.levels(inner.permissions)))
          if (level > (granted[scope] ?? 0))
            this.report(
              file,
              `job ${id}`,
              `grants ${scope}: ${this.levelName(granted[scope] ?? 0)}, but job ${innerId} of ${called} asks for ${this.levelName(level)}`
            )
    }
  }

  // A release workflow (one a maintainer or an event starts that calls ours) has
  // concurrency keyed on the normalized tag and never cancels a run in progress.
  private checkConcurrency(file: string, workflow: Workflow): void {
    const cancels = (value: unknown): boolean => {
      const setting = (value as Obj | undefined)?.['cancel-in-progress']
      return setting !== undefined && setting !== false && setting !== 'false'
    }
    for (const [id, job] of Object.entries(workflow.jobs))
      if (cancels(job.concurrency))
        this.report(
          file,
          `job ${id}`,
          'concurrency cancels a run in progress: give cancel-in-progress: false'
        )
    const entry = keys(workflow.on).some((trigger) => trigger !== 'workflow_call')
    const release = Object.values(workflow.jobs).some(
      (job) =>
        job.uses?.startsWith(OURS) || (job.steps ?? []).some((step) => step.uses?.startsWith(OURS))
    )
    if (!entry || !release) return
    const concurrency = workflow.concurrency
    if (concurrency === undefined)
      return this.report(file, 'workflow', 'has no concurrency: key it on the release tag')
    const group =
      typeof concurrency === 'string' ? concurrency : String((concurrency as Obj).group ?? '')
    if (typeof concurrency === 'string' || (concurrency as Obj)['cancel-in-progress'] === undefined)
      this.report(file, 'workflow', 'concurrency: give cancel-in-progress: false')
    else if (cancels(concurrency))
      this.report(
        file,
        'workflow',
        'concurrency cancels a run in progress: give cancel-in-progress: false'
      )
    for (const name of ['version', 'tag']) {
      if (!references(group, new RegExp(`\\binputs\\.${name}\\b`, 'g')).length) continue
      if (!group.includes(`startsWith(inputs.${name}, 'v')`))
        this.report(
          file,
          'workflow',
          `concurrency group uses inputs.${name} as given: normalize it (0.6.1 and v0.6.1 are one group)`
        )
    }
  }

  // Secrets go to the jobs that use them: none in the workflow's env, no `secrets: inherit`.
  private checkSecretsScope(file: string, workflow: Workflow): void {
    if (texts(workflow.env).some((text) => references(text, /\bsecrets\./g).length))
      this.report(file, 'workflow', 'env holds a secret: give it to the steps that use it')
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (job.secrets === 'inherit')
        this.report(
          file,
          `job ${id}`,
          'secrets: inherit passes every secret: pass the ones it uses'
        )
      if (texts(job.env).some((text) => references(text, /\bsecrets\./g).length))
        this.report(file, `job ${id}`, 'env holds a secret: give it to the steps that use it')
    }
  }

  // Installing packages runs the registry's code: never their install scripts, never
  // next to a write token, never with the checkout's token left in .git/config.
  private checkInstalls(file: string, workflow: Workflow): void {
    const installs = /\b(npm (ci|install|i)|yarn( install)?|pnpm (install|i))\b/
    for (const [id, job] of Object.entries(workflow.jobs)) {
      const runs = (job.steps ?? []).filter((step) => installs.test(step.run ?? ''))
      if (runs.length === 0) continue
      const where = `job ${id}`
      if (runs.some((step) => !/--ignore-scripts\b/.test(step.run ?? '')))
        this.report(
          file,
          where,
          'installs packages with their install scripts: give --ignore-scripts'
        )
      const writes = Object.entries(this.levels(job.permissions)).filter(([, level]) => level >= 2)
      if (writes.length > 0)
        this.report(
          file,
          where,
          `installs packages in a job that holds ${writes.map(([scope]) => `${scope}: write`).join(', ')}: build in a job that only reads, and write in another`
        )
      for (const step of job.steps ?? [])
        if (
          step.uses?.startsWith('actions/checkout@') &&
          String(step.with?.['persist-credentials']) !== 'false'
        )
          this.report(
            file,
            where,
            'installs packages after a checkout that keeps its token in .git/config: give persist-credentials: false'
          )
    }
  }

  private levels(permissions: unknown): Record<string, number> {
    if (permissions === 'write-all') return { '*': 2 }
    if (permissions === 'read-all') return { '*': 1 }
    const levels: Record<string, number> = {}
    for (const [scope, level] of Object.entries((permissions as Obj) ?? {}))
      levels[scope] = LEVELS[String(level)] ?? 0
    return levels
  }

  private levelName(level: number): string {
    return Object.keys(LEVELS).find((name) => LEVELS[name] === level) ?? 'none'
  }

  private checkPins(file: string): void {
    const lines = readFileSync(join(this.root, file), 'utf8').split('\n')
    lines.forEach((line, index) => {
      const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
      if (!uses || uses[1].startsWith(OURS) || uses[1].startsWith('./')) return
      const where = `line ${index + 1}`
      const pinned = /^([\w.-]+\/[\w./-]+)@([0-9a-f]{40})$/.exec(uses[1])
      if (!pinned) return this.report(file, where, `${uses[1]} is not pinned by commit SHA`)
      if (!/#\s*v\d+(\.\d+){0,2}\b/.test(uses[2]))
        this.report(file, where, `${uses[1]} has no version comment (# vX.Y.Z)`)
      const [, action, sha] = pinned
      const seen = this.pins.get(action)
      if (!seen) this.pins.set(action, { sha, file })
      else if (seen.sha !== sha)
        this.report(file, where, `${action} is pinned to ${sha}, ${seen.file} to ${seen.sha}`)
    })
  }

  // inputs.X and (in a reusable workflow) secrets.X name declared ones.
  private checkInputsAndSecrets(file: string, workflow: Workflow): void {
    const call = workflow.on?.workflow_call
    const inputs = new Set([...keys(call?.inputs), ...keys(workflow.on?.workflow_dispatch?.inputs)])
    const texts_ = [
      ...texts(workflow.jobs),
      ...Object.values(workflow.jobs).map((job) => conditionText(job.if)),
      ...Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).map((step) => conditionText(step.if))
      ),
      ...texts(workflow['run-name']),
      ...texts(workflow.concurrency)
    ]
    for (const text of texts_) {
      for (const [, name] of references(text, /\binputs\.([\w-]+)/g))
        if (!inputs.has(name)) this.report(file, 'workflow', `inputs.${name} is not declared`)
      if (!call || keys(workflow.on).length > 1) continue
      for (const [, name] of references(text, /\bsecrets\.([\w-]+)/g))
        if (name !== 'GITHUB_TOKEN' && !keys(call.secrets).includes(name))
          this.report(file, 'workflow', `secrets.${name} is not declared in workflow_call`)
    }
  }

  private stepOutputs(step: Step): string[] | undefined {
    if (step.run !== undefined)
      return [...step.run.matchAll(/([A-Za-z_][\w-]*)=[^\n]*>>\s*"?\$GITHUB_OUTPUT/g)].map(
        (match) => match[1]
      )
    if (!step.uses) return []
    const ours = new RegExp(`^${OURS}(\\w+)@v\\d+$`).exec(step.uses)
    if (ours) return keys(this.action(ALIASES[ours[1]] ?? ours[1])?.outputs)
    return THIRD_PARTY_OUTPUTS[step.uses.split('@')[0]]
  }

  private jobOutputs(job: Job): string[] {
    const called = job.uses ? this.reusable(job.uses) : undefined
    if (called) return keys(this.workflow(called)?.on?.workflow_call?.outputs)
    return keys(job.outputs)
  }

  private checkJob(file: string, workflow: Workflow, id: string, job: Job): void {
    const needs = list(job.needs)
    const where = (step?: Step, index?: number) =>
      `job ${id}` + (step ? `, step ${step.id ?? step.name ?? (index ?? 0) + 1}` : '')
    const checkNeeds = (text: string, at: string) => {
      for (const [, other, output] of references(text, /\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!needs.includes(other))
          this.report(
            file,
            at,
            `needs.${other}.outputs.${output}: job ${id} does not need ${other}`
          )
        else if (workflow.jobs[other] && !this.jobOutputs(workflow.jobs[other]).includes(output))
          this.report(
            file,
            at,
            `needs.${other}.outputs.${output}: job ${other} has no output ${output}`
          )
      }
    }
    const steps = job.steps ?? []
    const ids = new Map<string, number>()
    steps.forEach((step, index) => step.id && ids.set(step.id, index))
    const checkSteps = (text: string, at: string, before: number) => {
      for (const [, stepId, output] of references(text, /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const index = ids.get(stepId)
        if (index === undefined || index >= before) {
          this.report(
            file,
            at,
            `steps.${stepId}.outputs.${output}: no step ${stepId} runs before it`
          )
          continue
        }
        const outputs = this.stepOutputs(steps[index])
        if (outputs && !outputs.includes(output))
          this.report(
            file,
            at,
            `steps.${stepId}.outputs.${output}: step ${stepId} has no output ${output}`
          )
      }
    }
    for (const text of [conditionText(job.if), ...texts({ ...job, steps: undefined })])
      checkNeeds(text, where())
    for (const text of texts(job.outputs)) checkSteps(text, where(), steps.length)
    steps.forEach((step, index) => {
      for (const text of [conditionText(step.if), ...texts(step)]) {
        checkNeeds(text, where(step, index))
        checkSteps(text, where(step, index), index)
      }
      this.checkActionInputs(file, where(step, index), step)
    })
    if (job.uses) this.checkCall(file, where(), job)
  }

  private checkActionInputs(file: string, where: string, step: Step): void {
    const ours = new RegExp(`^${OURS}(\\w+)@v\\d+$`).exec(step.uses ?? '')
    if (!ours) return
    const phase = ALIASES[ours[1]]
    const action = phase && this.action(phase)
    if (!action) return this.report(file, where, `${step.uses} is not one of our actions`)
    this.compare(file, where, `input`, step.uses!, keys(step.with), action.inputs ?? {})
  }

  private checkCall(file: string, where: string, job: Job): void {
    const called = this.reusable(job.uses!)
    if (!called) {
      if (job.uses!.startsWith(OURS))
        this.report(file, where, `${job.uses} is not one of our workflows`)
      return
    }
    const callee = this.workflow(called)
    const call = callee?.on?.workflow_call
    if (!call) return this.report(file, where, `${job.uses}: ${called} is not a reusable workflow`)
    this.compare(file, where, 'input', called, keys(job.with), call.inputs ?? {})
    if (job.secrets !== 'inherit')
      this.compare(file, where, 'secret', called, keys(job.secrets), call.secrets ?? {})
  }

  private compare(
    file: string,
    where: string,
    kind: string,
    target: string,
    given: string[],
    declared: Record<string, Declared>
  ): void {
    for (const name of given)
      if (!(name in declared)) this.report(file, where, `${target} declares no ${kind} ${name}`)
    // As GitHub: a required input's default does not stand in for it (sandbox/workflow-runner/call.ts).
    for (const [name, input] of Object.entries(declared))
      if (input?.required && !given.includes(name))
        this.report(file, where, `${target} requires ${kind} ${name}`)
  }

  private checkWorkflowOutputs(file: string, workflow: Workflow): void {
    for (const [name, output] of Object.entries(workflow.on?.workflow_call?.outputs ?? {}))
      for (const [, jobId, jobOutput] of references(
        String(output?.value ?? ''),
        /\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g
      )) {
        const job = workflow.jobs[jobId]
        if (!job) this.report(file, `output ${name}`, `jobs.${jobId}: no such job`)
        else if (!this.jobOutputs(job).includes(jobOutput))
          this.report(file, `output ${name}`, `jobs.${jobId}.outputs.${jobOutput}: no such output`)
      }
  }

  // An artifact that our actions fetch from another run (input manifest-artifact)
  // must be one that a workflow here uploads.
  private checkManifestArtifacts(files: string[]): void {
    const uploads = new Set<string>()
    const fetches: { file: string; where: string; name: string }[] = []
    for (const file of files)
      for (const [id, job] of Object.entries(this.workflow(file)?.jobs ?? {}))
        (job.steps ?? []).forEach((step, index) => {
          if (step.uses?.split('@')[0] === 'actions/upload-artifact')
            uploads.add(artifactPattern(step.with?.name))
          const name = step.with?.['manifest-artifact']
          if (step.uses?.startsWith(OURS) && typeof name === 'string' && name.trim())
            fetches.push({
              file,
              where: `job ${id}, step ${step.id ?? step.name ?? index + 1}`,
              name
            })
        })
    for (const { file, where, name } of fetches)
      if (!uploads.has(artifactPattern(name)))
        this.report(
          file,
          where,
          `manifest-artifact ${name}: no workflow uploads an artifact of that name`
        )
  }

  // Each workflow that something other than workflow_call starts is one run: its jobs,
  // and the jobs of the reusable workflows they call, in the order `needs` gives.
  private checkArtifacts(files: string[]): void {
    const called = new Set<string>()
    for (const file of files) {
      const workflow = this.workflow(file)
      if (!workflow?.jobs) continue
      for (const job of Object.values(workflow.jobs)) {
        const target = job.uses ? this.reusable(job.uses) : undefined
        if (target) called.add(target)
      }
    }
    for (const file of files) {
      const workflow = this.workflow(file)
      if (!workflow?.jobs) continue
      const triggers = keys(workflow.on).length ? keys(workflow.on) : list(workflow.on as never)
      const entry = triggers.some((trigger) => trigger !== 'workflow_call')
      // A reusable workflow is checked in the runs of its callers, or alone if none.
      if (entry || !called.has(file)) this.runArtifacts(file, workflow, [], file)
    }
  }

  // Checks the downloads of one workflow's jobs given the uploads before it (`before`),
  // and returns every upload its jobs make.
  private runArtifacts(
    file: string,
    workflow: Workflow,
    before: string[],
    entry: string
  ): string[] {
    const done = new Map<string, string[]>()
    const visit = (id: string, path: string[]): string[] => {
      if (done.has(id)) return done.get(id)!
      const job = workflow.jobs[id]
      if (!job || path.includes(id)) return []
      const available = [...before]
      for (const need of list(job.needs)) available.push(...visit(need, [...path, id]))
      const uploads: string[] = []
      const target = job.uses ? this.reusable(job.uses) : undefined
      const callee = target ? this.workflow(target) : undefined
      if (target && callee?.jobs)
        uploads.push(...this.runArtifacts(target, callee, available, entry))
      ;(job.steps ?? []).forEach((step, index) => {
        const action = step.uses?.split('@')[0]
        const name = artifactPattern(step.with?.name)
        if (action === 'actions/upload-artifact') uploads.push(name)
        if (action !== 'actions/download-artifact' || step.with?.['run-id'] !== undefined) return
        if (
          ![...available, ...uploads].some(
            (upload) => step.with?.name === undefined || upload === name
          )
        )
          this.report(
            file,
            `job ${id}, step ${step.id ?? step.name ?? index + 1}`,
            `downloads artifact ${step.with?.name ?? '(all)'}, which nothing uploads before it in ${entry === file ? 'this run' : `the run of ${entry}`}`
          )
      })
      const all = [...available, ...uploads]
      done.set(id, all)
      return all
    }
    return Object.keys(workflow.jobs).flatMap((id) => visit(id, []))
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const rootAt = args.indexOf('--root')
  const root = rootAt >= 0 ? args[rootAt + 1] : fileURLToPath(new URL('..', import.meta.url))
  const checker = new Checker(root)
  const problems = await checker.check()
  for (const problem of problems)
    console.log(`${relative(root, join(root, problem.file))}: ${problem.where}: ${problem.message}`)
  const count = checker.files().length
  if (problems.length) {
    console.log(`${problems.length} problem(s) in ${count} workflows`)
    process.exit(1)
  }
  console.log(`${count} workflows checked: no problems`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
