import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getOctokit } from '@actions/github'
import { run } from '../../../src/effects/exec.js'
import {
  documentedStatuses,
  findOperation,
  validateComponent,
  validateResponse
} from '../../support/openapi.js'

export type Octokit = ReturnType<typeof getOctokit>

/** operationIds whose responses were validated, to check a suite covered what it meant to. */
export const validatedOperations = new Set<string>()

/**
 * The real Octokit of @actions/github against the emulator, with every
 * response (success or error) checked against GitHub's OpenAPI description:
 * a response that does not conform fails the request that got it. Error
 * statuses an operation does not document (401, injected 5xx) are checked
 * against GitHub's generic `basic-error`.
 */
export function validatingOctokit(baseUrl: string, token = 'test-token'): Octokit {
  const octokit = getOctokit(token, { baseUrl })
  const check = (method: string, url: string, status: number, data: unknown): void => {
    const generic = status >= 400 && !documentedStatuses(method, url).includes(status)
    const errors = generic
      ? validateComponent('basic-error', data)
      : validateResponse(method, url, status, data)
    if (errors.length > 0) {
      throw new Error(
        `response of ${method} ${url} (${status}) does not match GitHub's schema:\n${errors.join('\n')}`
      )
    }
    if (!generic) validatedOperations.add(`${findOperation(method, url).operationId} ${status}`)
  }
  octokit.hook.after('request', (response, options) => {
    // Asset bytes (Accept: application/octet-stream) are not described by a schema.
    const binary = response.data instanceof ArrayBuffer
    if (!binary) check(options.method, response.url, response.status, response.data)
  })
  octokit.hook.error('request', (error, options) => {
    const failed = error as { status?: number; response?: { url: string; data: unknown } }
    if (failed.response && failed.status)
      check(options.method, failed.response.url, failed.status, failed.response.data)
    throw error
  })
  return octokit
}

/** The status and GitHub error body of a request that must fail. */
export async function failure(
  request: Promise<unknown>
): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await request
  } catch (error) {
    const failed = error as { status?: number; response?: { data: Record<string, unknown> } }
    if (failed.status) return { status: failed.status, data: failed.response?.data ?? {} }
    throw error
  }
  throw new Error('the request succeeded but was expected to fail')
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd })).stdout.trim()
}

const IDENTITY = ['-c', 'user.name=Dev Eloper', '-c', 'user.email=dev@example.com']

/**
 * A bare repository (the emulated repo's gitDir) and a work clone that pushes
 * to it, both in a temporary directory.
 */
export class GitFixture {
  private constructor(
    readonly root: string,
    readonly bare: string,
    readonly work: string
  ) {}

  static async create(name = 'repo'): Promise<GitFixture> {
    const root = await mkdtemp(join(tmpdir(), 'gh-emulator-'))
    const bare = join(root, `${name}.git`)
    const work = join(root, name)
    await run('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare], { cwd: root })
    await run('git', ['init', '--quiet', '--initial-branch=main', work], { cwd: root })
    await git(work, 'remote', 'add', 'origin', bare)
    return new GitFixture(root, bare, work)
  }

  /** A clone of this fixture's bare repository as another bare repository (a fork). */
  async fork(name: string): Promise<GitFixture> {
    const bare = join(this.root, `${name}.git`)
    const work = join(this.root, name)
    await run('git', ['clone', '--quiet', '--bare', this.bare, bare], { cwd: this.root })
    await run('git', ['clone', '--quiet', bare, work], { cwd: this.root })
    return new GitFixture(this.root, bare, work)
  }

  async commit(message: string, files: Record<string, string>): Promise<string> {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(this.work, path)), { recursive: true })
      await writeFile(join(this.work, path), content)
    }
    await git(this.work, 'add', '--all')
    await git(this.work, ...IDENTITY, 'commit', '--quiet', '-m', message)
    return git(this.work, 'rev-parse', 'HEAD')
  }

  async checkout(branch: string, create = false): Promise<void> {
    await git(this.work, 'checkout', '--quiet', ...(create ? ['-b'] : []), branch)
  }

  async push(...refspecs: string[]): Promise<void> {
    await git(this.work, 'push', '--quiet', 'origin', ...refspecs)
  }

  /** A commit on a new branch pushed to the bare repository; the work tree returns to main. */
  async pushBranch(branch: string, files: Record<string, string>, from = 'main'): Promise<string> {
    await git(this.work, 'checkout', '--quiet', '-B', branch, from)
    const sha = await this.commit(`change on ${branch}`, files)
    await this.push(`+${branch}`)
    await git(this.work, 'checkout', '--quiet', 'main')
    return sha
  }

  async bareGit(...args: string[]): Promise<string> {
    return git(this.bare, ...args)
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true })
  }
}
