/**
 * The third-party actions the release workflows use, as stand-ins with the
 * same inputs (the ones each action.yml declares, at the major version the
 * templates pin) and the same effects, on the sandbox's world: git clones of
 * the bare remotes, the emulator's artifact store, the installed go.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { getOctokit } from '@actions/github'
import { downloadArtifact } from '../../src/effects/github/artifacts.js'
import { createAppToken } from './app-token.js'
import { installPushRules, pushRulesOf } from './push-rules.js'
import type { GitHubEmulator } from '../github/index.js'

const execFileAsync = promisify(execFile)

export interface StepWorld {
  emulator: GitHubEmulator
  /** owner/repo (lower case) -> bare git remote. */
  remotes: Record<string, string>
  workspace: string
  /** The step's process environment (PATH included). */
  env: Record<string, string>
  /** The github context of the job. */
  github: { repository: string; sha: string; ref: string; run_id: string; event_name: string }
  runId: number
  /** The job's permissions (its GITHUB_TOKEN's). */
  permissions: Record<string, string | undefined>
  /** Adds a directory to PATH for the job's later steps (GITHUB_PATH). */
  addPath(dir: string): void
  log(line: string): void
}

export interface StandIn {
  /** `actions/checkout`, matched against `uses:` without its @ref. */
  action: string
  /** The declared inputs and their defaults (`${{ }}` defaults evaluated by the runner). */
  inputs: Record<string, { default?: string }>
  outputs: string[]
  run(world: StepWorld, inputs: Record<string, string>): Promise<Record<string, string>>
}

async function git(cwd: string, args: string[], env?: Record<string, string>): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, { cwd, env, maxBuffer: 64 << 20 })
    return stdout.trim()
  } catch (error) {
    const failed = error as { stderr?: string; message: string }
    throw new Error(`git ${args.join(' ')}: ${(failed.stderr ?? failed.message).trim()}`)
  }
}

function bool(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '') return false
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  throw new Error(`input ${name}: ${JSON.stringify(value)} is not true or false`)
}

function insideWorkspace(workspace: string, path: string, input: string): string {
  const full = resolve(workspace, path)
  if (full !== workspace && !full.startsWith(workspace + sep))
    throw new Error(`input ${input}: ${path} is outside the workspace`)
  return full
}

/** actions/checkout v4: a clone of the repository's bare remote at the ref, with the requested depth. */
export const checkout: StandIn = {
  action: 'actions/checkout',
  inputs: {
    repository: { default: '${{ github.repository }}' },
    ref: {},
    token: { default: '${{ github.token }}' },
    'ssh-key': {},
    'ssh-known-hosts': {},
    'ssh-strict': { default: 'true' },
    'ssh-user': { default: 'git' },
    'persist-credentials': { default: 'true' },
    path: {},
    clean: { default: 'true' },
    filter: {},
    'sparse-checkout': {},
    'sparse-checkout-cone-mode': { default: 'true' },
    'fetch-depth': { default: '1' },
    'fetch-tags': { default: 'false' },
    'show-progress': { default: 'true' },
    reference: {},
    lfs: { default: 'false' },
    submodules: { default: 'false' },
    'set-safe-directory': { default: 'true' },
    'github-server-url': {}
  },
  outputs: ['ref', 'commit'],
  async run(world, inputs) {
    for (const unsupported of ['sparse-checkout', 'filter', 'ssh-key', 'reference'] as const) {
      if (inputs[unsupported])
        throw new Error(`input ${unsupported} is not supported by the stand-in`)
    }
    if (bool(inputs.lfs, 'lfs') || !['', 'false'].includes(inputs.submodules ?? ''))
      throw new Error('lfs and submodules are not supported by the stand-in')
    const repository = inputs.repository
    const remote = world.remotes[repository.toLowerCase()]
    if (!remote)
      throw new Error(`no bare remote for repository ${repository}: map it in the runner's remotes`)
    const depth = Number(inputs['fetch-depth'])
    if (!Number.isInteger(depth) || depth < 0)
      throw new Error(`input fetch-depth: ${inputs['fetch-depth']} is not a number of commits`)
    const dir = insideWorkspace(world.workspace, inputs.path ?? '', 'path')
    mkdirSync(dir, { recursive: true })
    if (existsSync(join(dir, '.git')) || readdirSync(dir).length > 0)
      throw new Error(`${dir} is not empty (a second checkout into one path is not supported)`)
    // The ref: as given; else, for the repository that triggered the run, the event's ref
    // (its sha for a pull request's merge ref); else the default branch.
    const own = repository.toLowerCase() === world.github.repository.toLowerCase()
    let ref = inputs.ref ?? ''
    if (!ref && own)
      ref = world.github.ref.startsWith('refs/pull/') ? world.github.sha : world.github.ref
    const url = `file://${remote}`
    await git(dir, ['init', '--quiet', '--initial-branch=main'])
    await git(dir, ['remote', 'add', 'origin', url])
    const bare = (args: string[]): Promise<string> => git(remote, args)
    if (!ref) ref = (await bare(['symbolic-ref', '--short', 'HEAD'])) || 'main'
    const short = ref.replace(/^refs\/(heads|tags)\//, '')
    const isSha = /^[0-9a-f]{40}$/.test(ref)
    const isBranch =
      !isSha && !ref.startsWith('refs/tags/') && (await bare(['branch', '--list', short])) !== ''
    const isTag = !isSha && !isBranch && (await bare(['tag', '--list', short])) !== ''
    if (!isSha && !isBranch && !isTag && !ref.startsWith('refs/'))
      throw new Error(`A branch or tag with the name '${ref}' could not be found`)
    const fetch = [
      '-c',
      'protocol.version=2',
      'fetch',
      '--quiet',
      '--prune',
      '--no-recurse-submodules'
    ]
    const tags = bool(inputs['fetch-tags'], 'fetch-tags')
    if (depth === 0) {
      await git(dir, [
        ...fetch,
        '--tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*'
      ])
    } else {
      const refspec = isBranch
        ? `+refs/heads/${short}:refs/remotes/origin/${short}`
        : isTag
          ? `+refs/tags/${short}:refs/tags/${short}`
          : ref
      await git(dir, [
        ...fetch,
        tags ? '--tags' : '--no-tags',
        `--depth=${depth}`,
        'origin',
        refspec
      ])
    }
    if (isBranch)
      await git(dir, [
        'checkout',
        '--quiet',
        '--force',
        '-B',
        short,
        `refs/remotes/origin/${short}`
      ])
    else if (isTag) await git(dir, ['checkout', '--quiet', '--force', `refs/tags/${short}`])
    else await git(dir, ['checkout', '--quiet', '--force', isSha ? ref : 'FETCH_HEAD'])
    const commit = await git(dir, ['rev-parse', 'HEAD'])
    // A push goes to the bare remote, not through the emulator: a hook holds it to what
    // the persisted token may push (contents, workflow files), as GitHub's git server does.
    if (bool(inputs['persist-credentials'], 'persist-credentials'))
      installPushRules(
        dir,
        [url, remote],
        pushRulesOf(world.emulator, inputs.token ?? '', repository),
        process.execPath
      )
    world.log(`checked out ${repository}@${ref} (${commit.slice(0, 12)}) into ${dir}`)
    return { ref: isBranch ? `refs/heads/${short}` : isTag ? `refs/tags/${short}` : ref, commit }
  }
}

const INVALID_NAME = /[":<>|*?\r\n\\/]/

function collectFiles(root: string, hidden: boolean): string[] {
  const out: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!hidden && entry.name.startsWith('.')) continue
    const full = join(root, entry.name)
    if (entry.isDirectory()) out.push(...collectFiles(full, hidden))
    else if (entry.isFile()) out.push(full)
  }
  return out
}

/** actions/upload-artifact v4: files into the emulator's artifact store, under the run. */
export const uploadArtifact: StandIn = {
  action: 'actions/upload-artifact',
  inputs: {
    name: { default: 'artifact' },
    path: {},
    'if-no-files-found': { default: 'warn' },
    'retention-days': { default: '0' },
    'compression-level': { default: '6' },
    overwrite: { default: 'false' },
    'include-hidden-files': { default: 'false' }
  },
  outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  async run(world, inputs) {
    const name = inputs.name
    if (!name || INVALID_NAME.test(name))
      throw new Error(`The artifact name is not valid: ${JSON.stringify(name)}`)
    const paths = (inputs.path ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    if (paths.length === 0) throw new Error('Input required and not supplied: path')
    const hidden = bool(inputs['include-hidden-files'], 'include-hidden-files')
    const files: string[] = []
    const roots: string[] = []
    for (const path of paths) {
      if (/[*?[\]!]/.test(path))
        throw new Error(`path ${path}: glob patterns are not supported by the stand-in`)
      const full = isAbsolute(path) ? path : resolve(world.workspace, path)
      if (!existsSync(full)) continue
      if (statSync(full).isDirectory()) {
        roots.push(full)
        files.push(...collectFiles(full, hidden))
      } else {
        roots.push(dirname(full))
        files.push(full)
      }
    }
    if (files.length === 0) {
      const message = `No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`
      const mode = inputs['if-no-files-found']
      if (mode === 'error') throw new Error(message)
      if (mode === 'warn') world.log(`::warning::${message}`)
      return {} as Record<string, string>
    }
    // The artifact's root is the least common ancestor of what was given.
    let root = roots[0]
    while (!roots.every((r) => r === root || r.startsWith(root + sep))) root = dirname(root)
    const [owner, repo] = world.github.repository.split('/')
    const record = world.emulator.state.addArtifact(owner, repo, {
      runId: world.runId,
      name,
      files: [...new Set(files)].map((file) => ({
        path: relative(root, file).split(sep).join('/'),
        data: readFileSync(file)
      })),
      overwrite: bool(inputs.overwrite, 'overwrite')
    })
    world.log(`uploaded artifact ${name} (${record.files.length} files, id ${record.id})`)
    return {
      'artifact-id': String(record.id),
      'artifact-url': `https://github.com/${world.github.repository}/actions/runs/${world.runId}/artifacts/${record.id}`,
      'artifact-digest': record.digest.replace(/^sha256:/, '')
    }
  }
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`)
}

/**
 * actions/download-artifact v4: from the current run's artifacts in the store;
 * with `github-token`, from `repository` and `run-id` through the REST API, as
 * the action does (without a token those two are ignored, as they are there).
 */
export const downloadArtifactStandIn: StandIn = {
  action: 'actions/download-artifact',
  inputs: {
    name: {},
    'artifact-ids': {},
    path: {},
    pattern: {},
    'merge-multiple': { default: 'false' },
    'github-token': {},
    repository: { default: '${{ github.repository }}' },
    'run-id': { default: '${{ github.run_id }}' }
  },
  outputs: ['download-path'],
  async run(world, inputs) {
    if (inputs.name && inputs['artifact-ids'])
      throw new Error("Inputs 'name' and 'artifact-ids' cannot be used together.")
    if (inputs['artifact-ids'])
      throw new Error('input artifact-ids is not supported by the stand-in')
    const destination = resolve(world.workspace, inputs.path || '.')
    const token = inputs['github-token']
    const repository = token ? inputs.repository : world.github.repository
    const runId = token ? Number(inputs['run-id']) : world.runId
    const [owner, repo] = repository.split('/')
    const write = (dir: string, files: { path: string; data: Buffer }[]): void => {
      for (const file of files) {
        const target = join(dir, file.path)
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, file.data)
      }
    }
    if (inputs.name) {
      let files: { path: string; data: Buffer }[] | undefined
      if (token) {
        const octokit = getOctokit(token, { baseUrl: world.emulator.url })
        files = (await downloadArtifact(octokit, { owner, repo }, inputs.name, { runId }))?.files
      } else {
        files = world.emulator.state.artifacts.find(
          (a) =>
            a.repoKey === repository.toLowerCase() && a.runId === runId && a.name === inputs.name
        )?.files
      }
      if (!files)
        throw new Error(
          `Unable to download artifact(s): Artifact not found for name: ${inputs.name} ` +
            `(repository ${repository}, run ${runId}${token ? '' : ', no github-token: this run only'})`
        )
      write(destination, files)
      world.log(`downloaded artifact ${inputs.name} (${files.length} files) to ${destination}`)
      return { 'download-path': destination }
    }
    const pattern = inputs.pattern ? globToRegExp(inputs.pattern) : undefined
    const artifacts = world.emulator.state.artifacts.filter(
      (a) =>
        a.repoKey === repository.toLowerCase() &&
        a.runId === runId &&
        !a.expired &&
        (!pattern || pattern.test(a.name))
    )
    const merge = bool(inputs['merge-multiple'], 'merge-multiple')
    for (const artifact of artifacts) {
      write(merge ? destination : join(destination, artifact.name), artifact.files)
    }
    world.log(`downloaded ${artifacts.length} artifacts to ${destination}`)
    return { 'download-path': destination }
  }
}

function goVersionOf(file: string): string {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.go-version')) return text.trim()
  if (file.endsWith('.tool-versions')) return /^golang\s+(\S+)/m.exec(text)?.[1] ?? ''
  return /^toolchain\s+go(\S+)/m.exec(text)?.[1] ?? /^go\s+(\S+)/m.exec(text)?.[1] ?? ''
}

function atLeast(installed: string, wanted: string): boolean {
  const parts = (v: string): number[] => v.split(/[.a-z]/).map((n) => Number(n) || 0)
  const [a, b] = [parts(installed), parts(wanted)]
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return true
}

/** actions/setup-go v5: the installed go, on PATH, when it is as new as the version asked for. */
export const setupGo: StandIn = {
  action: 'actions/setup-go',
  inputs: {
    'go-version': {},
    'go-version-file': {},
    'check-latest': { default: 'false' },
    token: {},
    cache: { default: 'true' },
    'cache-dependency-path': {},
    architecture: {}
  },
  outputs: ['go-version', 'cache-hit'],
  async run(world, inputs) {
    let wanted = inputs['go-version'] ?? ''
    if (!wanted && inputs['go-version-file']) {
      const file = insideWorkspace(world.workspace, inputs['go-version-file'], 'go-version-file')
      if (!existsSync(file))
        throw new Error(`The specified go version file at: ${file} does not exist`)
      wanted = goVersionOf(file)
    }
    let output: string
    try {
      ;({ stdout: output } = await execFileAsync('go', ['version'], { env: world.env }))
    } catch {
      throw new Error('no go on PATH: the stand-in uses the installed go (scripts/ensure-go.sh)')
    }
    const installed = /go(\d+\.\d+(?:\.\d+)?)/.exec(output)?.[1] ?? ''
    if (wanted && !atLeast(installed, wanted.replace(/^v/, '').replace(/\.x$/, '')))
      throw new Error(`go ${wanted} was asked for; the installed go is ${installed}`)
    const { stdout: goroot } = await execFileAsync('go', ['env', 'GOROOT'], { env: world.env })
    world.addPath(join(goroot.trim(), 'bin'))
    world.log(`go ${installed} (asked for ${wanted || 'any'})`)
    return { 'go-version': installed, 'cache-hit': 'false' }
  }
}

export const STAND_INS: StandIn[] = [
  checkout,
  uploadArtifact,
  downloadArtifactStandIn,
  setupGo,
  createAppToken
]
