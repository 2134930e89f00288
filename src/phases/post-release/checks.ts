import { setTimeout as sleepFor } from 'node:timers/promises'
import { InputError, messageOf } from '../../release/errors.js'
import { type GitHubClient } from '../../effects/github/client.js'
import { type RegistryClient } from '../../effects/registry/client.js'
import { type ReleaseVersion } from '../../release/version.js'
import {
  NO_PROGRESS,
  type Progress,
  type ProgressTask,
  elapsedText
} from '../../release/progress.js'
import { type CoprProject, isRpmOf, latestCoprBuild } from '../../effects/copr.js'
import { type CratesClient } from '../../effects/crates.js'

export type CheckGroup = 'release' | 'images' | 'crates' | 'copr'
export type CheckStatus = 'passed' | 'failed' | 'not checked'

/** One line of the checklist. */
export interface CheckResult {
  group: CheckGroup
  name: string
  status: CheckStatus
  detail: string
}

/** The groups whose failure may fail the job; COPR is report only. */
export const FAILABLE_GROUPS: readonly CheckGroup[] = ['release', 'images', 'crates']
export const DEFAULT_FAIL_ON = 'release,images,crates'

/** `release,images,crates`, a part of it, or `none`. */
export function parseFailOn(text: string): CheckGroup[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 1 && entries[0] === 'none') return []
  const groups: CheckGroup[] = []
  for (const entry of entries) {
    if (entry === 'copr')
      throw new InputError(
        'fail-on',
        'the COPR check is report only; use release, images, crates or none'
      )
    if (!(FAILABLE_GROUPS as readonly string[]).includes(entry)) {
      throw new InputError(
        'fail-on',
        `"${entry}" is not one of ${FAILABLE_GROUPS.join(', ')}, or none`
      )
    }
    if (!groups.includes(entry as CheckGroup)) groups.push(entry as CheckGroup)
  }
  return groups
}

/** The failed lines that fail the job. */
export function blockingFailures(
  results: readonly CheckResult[],
  failOn: readonly CheckGroup[]
): CheckResult[] {
  return results.filter((result) => result.status === 'failed' && failOn.includes(result.group))
}

interface ProbeOutcome {
  ok: boolean
  detail: string
  /** Waiting cannot change it (a refusal, a yanked crate): not asked again. */
  final?: boolean
}

interface Probe {
  group: CheckGroup
  name: string
  run: () => Promise<ProbeOutcome>
}

export interface PublicationCheckRequest {
  version: ReleaseVersion
  github: GitHubClient
  releaseId: number
  /** The files the release must carry, with their digests. */
  assets: readonly { name: string; digest: string }[]
  registry: RegistryClient
  images: readonly string[]
  /** undefined: crates not checked (no API URL). */
  crates: CratesClient | undefined
  crateNames: readonly string[]
  /** undefined: COPR not checked (no URL or project). */
  copr: { baseUrl: string; project: CoprProject; packageName: string } | undefined
  /** How long images and crates that are still being published are waited for. */
  waitMs: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** Shows what is waited for, while it is. */
  progress?: Progress
}

/**
 * The checks a maintainer does by looking: the GitHub release published with
 * every asset, each image with the tag, each crate with the version, and the
 * COPR build (report only). Images and crates that are missing are asked again
 * with backoff until `waitMs` has passed.
 */
export async function runPublicationChecks(
  request: PublicationCheckRequest
): Promise<CheckResult[]> {
  const { version } = request
  const results: CheckResult[] = []
  const polled: Probe[] = [
    ...request.images.map((image) => imageProbe(request.registry, image, version.tag)),
    ...(request.crates
      ? request.crateNames.map((name) =>
          crateProbe(request.crates as CratesClient, name, version.version)
        )
      : [])
  ]
  const outcomes = await settle(polled, request)
  results.push(await once(releaseProbe(request)))
  if (request.images.length === 0)
    results.push(notChecked('images', 'images', 'no images listed (input images)'))
  for (const probe of polled.filter((p) => p.group === 'images'))
    results.push(toResult(probe, outcomes.get(probe)))
  if (!request.crates)
    results.push(notChecked('crates', 'crates', 'no crates API URL (input crates-api-url)'))
  else if (request.crateNames.length === 0)
    results.push(notChecked('crates', 'crates', 'no crates listed (input crates)'))
  for (const probe of polled.filter((p) => p.group === 'crates'))
    results.push(toResult(probe, outcomes.get(probe)))
  results.push(
    request.copr
      ? await once(coprProbe(request.copr, version))
      : notChecked('copr', 'COPR build', 'no COPR URL or project (inputs copr-url, copr-project)')
  )
  return results
}

function notChecked(group: CheckGroup, name: string, detail: string): CheckResult {
  return { group, name, status: 'not checked', detail }
}

function toResult(probe: Probe, outcome: ProbeOutcome | undefined): CheckResult {
  return {
    group: probe.group,
    name: probe.name,
    status: outcome?.ok ? 'passed' : 'failed',
    detail: outcome?.detail ?? 'not run'
  }
}

async function attempt(probe: Probe): Promise<ProbeOutcome> {
  try {
    return await probe.run()
  } catch (error) {
    return { ok: false, detail: messageOf(error), final: true }
  }
}

async function once(probe: Probe): Promise<CheckResult> {
  return toResult(probe, await attempt(probe))
}

/**
 * Runs the probes, then asks the missing ones again with doubling pauses until
 * the time is up; the progress says what is waited for while it is.
 */
async function settle(
  probes: Probe[],
  request: PublicationCheckRequest
): Promise<Map<Probe, ProbeOutcome>> {
  const sleep = request.sleep ?? ((ms: number) => sleepFor(ms))
  const now = request.now ?? Date.now
  const deadline = now() + request.waitMs
  const outcomes = new Map<Probe, ProbeOutcome>()
  let pending = probes
  let pause = Math.min(Math.max(request.waitMs / 8, 200), 5_000)
  let waiting: ProgressTask | undefined
  let waitingFor = ''
  try {
    for (;;) {
      const round = await mapLimited(pending, 6, attempt)
      pending.forEach((probe, index) => outcomes.set(probe, round[index]))
      pending = pending.filter((_, index) => !round[index].ok && !round[index].final)
      const left = deadline - now()
      if (pending.length === 0 || left <= 0) {
        waiting?.end(pending.length > 0)
        return outcomes
      }
      const what = `waiting for ${pending.map((probe) => probe.name).join(', ')} to be published (up to ${elapsedText(Math.ceil(request.waitMs / 1000) * 1000)})`
      if (!waiting) waiting = (request.progress ?? NO_PROGRESS).start(what)
      else if (what !== waitingFor) waiting.update(what)
      waitingFor = what
      await sleep(Math.min(pause, left))
      pause = Math.min(pause * 2, 30_000)
    }
  } catch (error) {
    waiting?.end(true)
    throw error
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function releaseProbe(request: PublicationCheckRequest): Probe {
  const tag = request.version.tag
  return {
    group: 'release',
    name: `GitHub release ${tag}`,
    run: async () => {
      const { release, assets } = await request.github.releases.withAssets(request.releaseId)
      const problems: string[] = []
      if (release.draft) problems.push('still a draft')
      for (const expected of request.assets) {
        const asset = assets.find((a) => a.name === expected.name)
        if (!asset) problems.push(`${expected.name} missing`)
        else if (asset.digest && asset.digest !== expected.digest)
          problems.push(`${expected.name} differs (${asset.digest})`)
      }
      return problems.length > 0
        ? { ok: false, detail: problems.join('; ') }
        : { ok: true, detail: `published with all ${request.assets.length} assets: ${release.url}` }
    }
  }
}

function imageProbe(registry: RegistryClient, image: string, tag: string): Probe {
  return {
    group: 'images',
    name: `${image}:${tag}`,
    run: async () =>
      (await registry.exists(image, tag))
        ? { ok: true, detail: 'exists' }
        : { ok: false, detail: `no tag ${tag}` }
  }
}

function crateProbe(crates: CratesClient, name: string, version: string): Probe {
  return {
    group: 'crates',
    name: `crate ${name} ${version}`,
    run: async () => {
      const found = await crates.version(name, version)
      if (found.state === 'missing') return { ok: false, detail: found.detail }
      return found.yanked
        ? { ok: false, detail: 'published, but yanked', final: true }
        : { ok: true, detail: 'published' }
    }
  }
}

function coprProbe(
  copr: { baseUrl: string; project: CoprProject; packageName: string },
  version: ReleaseVersion
): Probe {
  const where = `${copr.project.owner}/${copr.project.project}`
  return {
    group: 'copr',
    name: `COPR build of ${copr.packageName} in ${where}`,
    run: async () => {
      const build = await latestCoprBuild(copr.baseUrl, copr.project, copr.packageName)
      if (!build) return { ok: false, detail: 'no build yet' }
      const of = build.version ?? 'an unknown version'
      if (!build.version || !isRpmOf(build.version, version)) {
        return {
          ok: false,
          detail: `the latest build (${build.id}) is of ${of}, not ${version.version}`
        }
      }
      return build.state === 'succeeded'
        ? { ok: true, detail: `build ${build.id} of ${of} succeeded` }
        : { ok: false, detail: `build ${build.id} of ${of} is ${build.state}` }
    }
  }
}
