import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ReleaseError } from '../../../src/release/errors.js'
import { FixtureGit } from '../../../sandbox/fixtures/fixture-git.js'
import { createOctokit } from '../../../src/effects/github/client.js'
import {
  catalogFolder,
  lintCatalogBundle
} from '../../../src/phases/operator-release/catalog-bundle.js'
import {
  type CatalogsInputs,
  planOperatorCatalogs
} from '../../../src/phases/operator-release/catalogs.js'
import { applyOrThrow } from '../../support/apply.js'
import { parseVersion } from '../../../src/release/version.js'
import {
  type CatalogFixture,
  createCatalogFixture,
  OPERATOR_CI_YAML
} from '../../../sandbox/fixtures/catalog.js'
import { type GitHubEmulator, startGitHubEmulator } from '../../../sandbox/github/index.js'
import { makeTempDir } from '../../support/tmp.js'
import { BOT, BOT_TOKEN, TOKEN, operatorWorld, release, type OperatorWorld } from './support.js'

const K8S = 'k8s-operatorhub/community-operators'
const PROD = 'redhat-openshift-ecosystem/community-operators-prod'
const FOLDER = catalogFolder('bpfman-operator', parseVersion('0.6.0'))
const BRANCH = 'bpfman-operator-0.6.0'
const TITLE = 'operator bpfman-operator (0.6.0)'
const BOT_IDENTITY = 'bpfman-bot <'

let temp: { dir: string; cleanup: () => void }
const emulators: GitHubEmulator[] = []
let count = 0

interface CatalogWorld {
  emulator: GitHubEmulator
  operator: OperatorWorld
  catalogs: Record<string, CatalogFixture>
  gitRoot: string
  scratch: string
}

/** The operator (released 0.6.0, its bundle with spec.replaces) and both catalogs with the bot's forks. */
async function catalogWorld(
  options: { publish?: boolean; draft?: boolean; prodOpenshift?: string | null } = {}
): Promise<CatalogWorld> {
  const root = join(temp.dir, `world-${++count}`)
  const gitRoot = join(root, 'git')
  const emulator = await startGitHubEmulator({ token: TOKEN, tokens: { [BOT_TOKEN]: BOT } })
  emulators.push(emulator)
  const operator = await operatorWorld(emulator, join(root, 'operator'), {
    shape: 'version-file',
    csv: { replaces: '0.5.6' }
  })
  if (options.publish ?? true)
    await release(operator.octokit, 'v0.6.0', { repo: 'bpfman-operator', draft: options.draft })
  const catalogs: Record<string, CatalogFixture> = {}
  for (const repository of [K8S, PROD]) {
    const openshift =
      repository === PROD
        ? options.prodOpenshift === undefined
          ? 'v4.12-v4.16'
          : (options.prodOpenshift ?? undefined)
        : undefined
    const fixture = await createCatalogFixture(join(root, 'catalogs'), gitRoot, repository, {
      bot: BOT,
      openshiftVersions: openshift
    })
    emulator.addRepo({ owner: fixture.owner, name: fixture.name, gitDir: fixture.upstreamDir })
    emulator.addRepo({ owner: BOT, name: fixture.name, gitDir: fixture.forkDir })
    catalogs[repository] = fixture
  }
  return { emulator, operator, catalogs, gitRoot, scratch: join(root, 'scratch') }
}

function inputs(w: CatalogWorld, overrides: Partial<CatalogsInputs> = {}): CatalogsInputs {
  return {
    repoDir: w.operator.workDir,
    version: parseVersion('0.6.0'),
    repository: 'bpfman/bpfman-operator',
    remote: 'origin',
    push: true,
    offline: false,
    github: w.operator.github,
    catalogOctokit: createOctokit(BOT_TOKEN, w.emulator.url),
    catalogToken: BOT_TOKEN,
    gitServerUrl: `file://${w.gitRoot}`,
    openshiftVersions: undefined,
    workDir: w.scratch,
    forkTimeoutMs: 0,
    tagRuns: { seconds: 0, dryRun: false, own: undefined },
    ...overrides
  }
}

/** A committer who is not the release bot. */
const SOMEONE = {
  GIT_AUTHOR_NAME: 'Someone',
  GIT_AUTHOR_EMAIL: 'someone@example.com',
  GIT_COMMITTER_NAME: 'Someone',
  GIT_COMMITTER_EMAIL: 'someone@example.com'
}

function openPulls(w: CatalogWorld, repository: string) {
  return w.emulator.state.pulls.filter(
    (pull) => pull.repoKey === repository.toLowerCase() && pull.state === 'open'
  )
}

/** The refs of every catalog and fork, and the pull requests: what a refusal must leave alone. */
async function catalogState(w: CatalogWorld): Promise<unknown> {
  const refs: Record<string, string> = {}
  for (const fixture of Object.values(w.catalogs)) {
    refs[fixture.upstreamDir] = await new FixtureGit(fixture.upstreamDir).exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)'
    ])
    refs[fixture.forkDir] = await new FixtureGit(fixture.forkDir).exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)'
    ])
  }
  return { refs, pulls: w.emulator.state.pulls.length }
}

async function expectRefusal(
  w: CatalogWorld,
  request: CatalogsInputs,
  error: unknown,
  message: string | RegExp
): Promise<void> {
  const before = await catalogState(w)
  await expect(
    planOperatorCatalogs(request).then((result) => applyOrThrow(result.plan))
  ).rejects.toThrow(error as typeof Error)
  await expect(planOperatorCatalogs(request)).rejects.toThrow(message)
  expect(await catalogState(w)).toEqual(before)
}

beforeAll(() => {
  temp = makeTempDir('operator-catalogs')
})
afterAll(async () => {
  for (const emulator of emulators) await emulator.close()
  temp.cleanup()
})

describe('operator-release catalogs', () => {
  let w: CatalogWorld
  beforeAll(async () => {
    w = await catalogWorld()
  })

  it('plans the released bundle for both catalogs: pinned images, no replaces, OpenShift versions for prod', async () => {
    const before = await catalogState(w)
    const result = await planOperatorCatalogs(inputs(w))
    const paths = result.plan.files.map((file) => file.path)
    const files = [
      'manifests/bpfman-config_v1_configmap.yaml',
      'manifests/bpfman-operator.clusterserviceversion.yaml',
      'manifests/bpfman.io_xdpprograms.yaml',
      'metadata/annotations.yaml'
    ]
    expect(paths).toEqual([
      ...files.map((file) => `${K8S}/${FOLDER}/${file}`),
      ...files.map((file) => `${PROD}/${FOLDER}/${file}`)
    ])
    expect(result.plan.files.every((file) => file.before === null)).toBe(true)
    const csv = result.plan.files[1]
    expect(csv.after).toContain('image: quay.io/bpfman/bpfman-operator:v0.6.0\n')
    expect(csv.after).not.toContain('replaces:')
    expect(csv.reason).toBe(
      'from bundle/ at v0.6.0; images :latest -> :v0.6.0: quay.io/bpfman/bpfman, quay.io/bpfman/bpfman-agent, quay.io/bpfman/bpfman-operator; removed spec.replaces (bpfman-operator.v0.5.6): the catalogs use semver mode'
    )
    expect(result.plan.files[3].after).not.toContain('com.redhat.openshift.versions')
    expect(result.plan.files[7].after).toContain('  com.redhat.openshift.versions: "v4.12-v4.16"\n')
    expect(result.plan.notes).toContainEqual({
      kind: 'info',
      path: `${PROD}/operators/bpfman-operator/0.5.5`,
      message: 'com.redhat.openshift.versions: "v4.12-v4.16" taken from the previous bundle'
    })
    expect(result.plan.operations.map((op) => op.title)).toEqual([
      `fork ${K8S} into ${BOT} (or use the fork there) and sync its main with ${K8S}`,
      `commit ${FOLDER} (4 files) on ${BRANCH}, on the fork's main, signed off by ${BOT}`,
      `push ${BRANCH} to the fork`,
      `open the pull request "${TITLE}" ${BOT}:${BRANCH} -> main in ${K8S} (or update the open one)`,
      `fork ${PROD} into ${BOT} (or use the fork there) and sync its main with ${PROD}`,
      `commit ${FOLDER} (4 files) on ${BRANCH}, on the fork's main, signed off by ${BOT}`,
      `push ${BRANCH} to the fork`,
      `open the pull request "${TITLE}" ${BOT}:${BRANCH} -> main in ${PROD} (or update the open one)`
    ])
    expect(await catalogState(w)).toEqual(before)
  })

  it('forks, syncs, pushes one signed-off commit that adds only the version folder, and opens one pull request each', async () => {
    const result = await planOperatorCatalogs(inputs(w))
    const { products } = await applyOrThrow(result.plan)
    for (const repository of [K8S, PROD]) {
      const fixture = w.catalogs[repository]
      const fork = new FixtureGit(fixture.forkDir)
      const upstreamMain = (
        await new FixtureGit(fixture.upstreamDir).exec(['rev-parse', 'refs/heads/main'])
      ).trim()
      expect((await fork.exec(['rev-parse', 'refs/heads/main'])).trim()).toBe(upstreamMain)
      const tip = (await fork.exec(['rev-parse', `refs/heads/${BRANCH}`])).trim()
      expect((await fork.exec(['rev-parse', `${tip}^`])).trim()).toBe(upstreamMain)
      const changed = (await fork.exec(['diff', '--name-only', `${tip}^`, tip])).trim().split('\n')
      expect(changed.every((path) => path.startsWith(`${FOLDER}/`))).toBe(true)
      expect(changed).toHaveLength(4)
      expect(await fork.readBlob(tip, 'operators/bpfman-operator/ci.yaml')).toBe(OPERATOR_CI_YAML)
      expect(
        await fork.readBlob(tip, 'operators/other-operator/1.1.0/metadata/annotations.yaml')
      ).toContain('other-operator')
      const log = await fork.exec(['log', '-1', '--format=%an <%ae>%n%cn <%ce>%n%B', tip])
      const [author, committer, subject] = log.split('\n')
      expect(author).toMatch(/^bpfman-bot <\d+\+bpfman-bot@users\.noreply\.github\.com>$/)
      expect(committer).toBe(author)
      expect(subject).toBe(TITLE)
      expect(log.trim().split('\n').pop()).toBe(`Signed-off-by: ${author}`)
      expect(author.startsWith(BOT_IDENTITY)).toBe(true)

      const folderFiles = new Map<string, string>()
      for (const path of changed)
        folderFiles.set(path.slice(FOLDER.length + 1), (await fork.readBlob(tip, path)) as string)
      expect(lintCatalogBundle(FOLDER, folderFiles, 'bpfman-operator')).toEqual([])

      const pulls = openPulls(w, repository)
      expect(pulls).toHaveLength(1)
      expect(pulls[0]).toMatchObject({
        title: TITLE,
        user: BOT,
        head: { owner: BOT, ref: BRANCH, sha: tip },
        base: { ref: 'main' }
      })
      expect(pulls[0].body).toContain('removed spec.replaces (bpfman-operator.v0.5.6)')
    }
    expect(
      result.catalogs.map((catalog) => {
        const fork = products.find(catalog.steps?.fork)
        return [
          catalog.repository,
          catalog.status,
          fork && `${fork.owner}/${fork.repo}`,
          products.find(catalog.steps?.pull)?.number
        ]
      })
    ).toEqual([
      [K8S, 'planned', `${BOT}/community-operators`, 1],
      [PROD, 'planned', `${BOT}/community-operators-prod`, 1]
    ])
  })

  it('reruns without a change, and keeps its branch when the catalog moved on meanwhile', async () => {
    const tips = async () =>
      Promise.all(
        [K8S, PROD].map(async (repository) =>
          (
            await new FixtureGit(w.catalogs[repository].forkDir).exec([
              'rev-parse',
              `refs/heads/${BRANCH}`
            ])
          ).trim()
        )
      )
    const before = await tips()
    const again = (await applyOrThrow((await planOperatorCatalogs(inputs(w))).plan)).applied
    expect(again.map((step) => step.outcome.status)).toEqual(Array(8).fill('unchanged'))

    await w.catalogs[K8S].repo.commit('operator other-operator (1.2.0)', {
      'operators/other-operator/1.2.0/metadata/annotations.yaml': 'annotations: {}\n'
    })
    await w.catalogs[K8S].repo.pushAll()
    const moved = (await applyOrThrow((await planOperatorCatalogs(inputs(w))).plan)).applied
    expect(moved.map((step) => step.outcome.status)).toEqual([
      'done',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(moved[0].outcome.detail).toBe(`fork ${BOT}/community-operators, main: fast-forward`)
    expect(await tips()).toEqual(before)
    expect(openPulls(w, K8S)).toHaveLength(1)
    expect(openPulls(w, PROD)).toHaveLength(1)
  })

  it('replaces its own branch when the copy changes (other OpenShift versions): the pull request follows, still one', async () => {
    const prodFork = new FixtureGit(w.catalogs[PROD].forkDir)
    const old = (await prodFork.exec(['rev-parse', `refs/heads/${BRANCH}`])).trim()
    const { applied } = await applyOrThrow(
      (await planOperatorCatalogs(inputs(w, { openshiftVersions: 'v4.17' }))).plan
    )
    expect(applied.slice(4).map((step) => step.outcome.status)).toEqual([
      'unchanged',
      'done',
      'done',
      'done'
    ])
    expect(applied[6].outcome.detail).toBe(`replaced ${old.slice(0, 12)}`)
    expect(applied[7].outcome.detail).toMatch(/^updated #1 /)
    expect(openPulls(w, PROD)[0].body).toContain('com.redhat.openshift.versions: "v4.17"')
    const tip = (await prodFork.exec(['rev-parse', `refs/heads/${BRANCH}`])).trim()
    expect(await prodFork.readBlob(tip, `${FOLDER}/metadata/annotations.yaml`)).toContain(
      'com.redhat.openshift.versions: "v4.17"'
    )
    expect(openPulls(w, PROD)).toHaveLength(1)
    expect(openPulls(w, PROD)[0].head.sha).toBe(tip)
  })

  it('needs no pull request where the catalog holds the bundle already (after the merge)', async () => {
    const [pull] = openPulls(w, K8S)
    await w.emulator.mergePull('k8s-operatorhub', 'community-operators', pull.number)
    const result = await planOperatorCatalogs(inputs(w, { openshiftVersions: 'v4.17' }))
    expect(result.catalogs.map((catalog) => catalog.status)).toEqual(['in-catalog', 'planned'])
    expect(result.plan.files.map((file) => file.path).every((path) => path.startsWith(PROD))).toBe(
      true
    )
    expect(result.plan.operations).toHaveLength(4)
    expect(result.plan.notes).toContainEqual({
      kind: 'info',
      path: `${K8S}/${FOLDER}`,
      message: 'main already holds this bundle; no pull request needed'
    })

    // A published bundle that the catalog changed since (a reviewer's fix): the plan shows the change and warns.
    const annotations = `${FOLDER}/metadata/annotations.yaml`
    await w.catalogs[K8S].repo.git.exec(['pull', '--quiet', 'origin', 'main'])
    const extra = `${FOLDER}/manifests/bpfman-extra_v1_service.yaml`
    await w.catalogs[K8S].repo.commit('Fix the channel', {
      [annotations]:
        'annotations:\n  operators.operatorframework.io.bundle.package.v1: bpfman-operator\n',
      [extra]: 'kind: Service\n'
    })
    await w.catalogs[K8S].repo.pushAll()
    const changed = await planOperatorCatalogs(inputs(w, { openshiftVersions: 'v4.17' }))
    expect(changed.catalogs.map((catalog) => catalog.status)).toEqual(['planned', 'planned'])
    expect(
      changed.plan.files
        .filter((file) => file.path.startsWith(K8S))
        .map((file) => [file.path, file.before === null])
    ).toEqual([[`${K8S}/${annotations}`, false]])
    expect(changed.plan.notes).toContainEqual({
      kind: 'warning',
      path: `${K8S}/${FOLDER}`,
      message: 'exists in main with other content; the pull request changes a published bundle'
    })
    expect(changed.plan.notes).toContainEqual({
      kind: 'warning',
      path: `${K8S}/${extra}`,
      message: 'in the catalog but not in the released bundle; kept as it is'
    })
    await applyOrThrow(changed.plan)
    const fork = new FixtureGit(w.catalogs[K8S].forkDir)
    const tip = (await fork.exec(['rev-parse', `refs/heads/${BRANCH}`])).trim()
    expect(await fork.readBlob(tip, extra)).toBe('kind: Service\n')
    expect(await fork.readBlob(tip, annotations)).toBe(
      changed.plan.files.find((file) => file.path === `${K8S}/${annotations}`)?.after
    )
    expect((await fork.exec(['diff', '--name-only', `${tip}^`, tip])).trim()).toBe(annotations)
    expect(openPulls(w, K8S)).toHaveLength(1)
  })
})

describe('operator-release catalogs refuses, and no catalog, fork or pull request changes', () => {
  it('before the operator release is published (none, or a draft); offline says it did not check', async () => {
    const w = await catalogWorld({ publish: false })
    await expectRefusal(
      w,
      inputs(w),
      InputError,
      'version: the bpfman/bpfman-operator v0.6.0 release is not published; the catalogs come after the operator release'
    )
    await release(w.operator.octokit, 'v0.6.0', { repo: 'bpfman-operator', draft: true })
    await expectRefusal(w, inputs(w), InputError, '(it is still a draft)')
    const offline = await planOperatorCatalogs(inputs(w, { offline: true }))
    expect(offline.plan.notes).toContainEqual({
      kind: 'warning',
      message: 'offline: not checked that the bpfman/bpfman-operator v0.6.0 release is published'
    })
  })

  describe('in a world whose OpenShift catalog has no earlier OpenShift versions', () => {
    let w: CatalogWorld
    beforeAll(async () => {
      w = await catalogWorld({ prodOpenshift: null })
    })

    it('without the tag, without a catalog token, and without OpenShift versions to follow', async () => {
      await expectRefusal(
        w,
        inputs(w, { version: parseVersion('0.6.1') }),
        InputError,
        'version: tag v0.6.1 not found in bpfman/bpfman-operator; the catalogs take the released bundle: release the operator first'
      )
      await expectRefusal(
        w,
        inputs(w, { catalogOctokit: undefined }),
        InputError,
        'catalog-token: is required'
      )
      await expectRefusal(
        w,
        inputs(w),
        InputError,
        `openshift-versions: ${PROD} needs com.redhat.openshift.versions in metadata/annotations.yaml and no earlier bundle there has one to follow; give the OpenShift versions, e.g. v4.17`
      )
    })

    it('when the copy fails the catalog checks (a config that names another package)', async () => {
      const config = join(w.operator.workDir, 'other-package.yml')
      writeFileSync(config, 'packageName: bpfman\n')
      await expectRefusal(
        w,
        inputs(w, { configFile: 'other-package.yml', openshiftVersions: 'v4.17' }),
        ReleaseError,
        /fails the catalog checks; nothing was pushed:\n {2}- operators\/bpfman\/0\.6\.0\/manifests\/bpfman-operator\.clusterserviceversion\.yaml: metadata\.name is "bpfman-operator\.v0\.6\.0", expected "bpfman\.v0\.6\.0"/
      )
      rmSync(config)
    })

    it('when the released bundle holds a symbolic link: refused, named, never copied as a file', async () => {
      const git = new FixtureGit(w.operator.workDir)
      const index = join(w.gitRoot, '..', 'link-index')
      const env = { GIT_INDEX_FILE: index }
      const target = (await git.exec(['hash-object', '-w', '--stdin'], '/proc/self/environ')).trim()
      await git.exec(['read-tree', 'refs/tags/v0.6.0^{tree}'], undefined, env)
      await git.exec(
        ['update-index', '--add', '--cacheinfo', `120000,${target},bundle/manifests/environ`],
        undefined,
        env
      )
      const tree = (await git.exec(['write-tree'], undefined, env)).trim()
      const commit = (
        await git.exec(
          ['commit-tree', tree, '-p', 'refs/tags/v0.6.0^{commit}', '-m', 'link'],
          undefined,
          SOMEONE
        )
      ).trim()
      await git.exec(['tag', 'v0.6.2', commit])
      try {
        await expectRefusal(
          w,
          inputs(w, { version: parseVersion('0.6.2'), remote: undefined, offline: true }),
          InputError,
          'bundle/manifests/environ: is a symbolic link at refs/tags/v0.6.2'
        )
      } finally {
        await git.exec(['tag', '-d', 'v0.6.2'])
      }
    })

    it('when the fork branch holds a commit of someone else: it is left as it is, no pull request', async () => {
      const forkGit = new FixtureGit(w.catalogs[K8S].forkDir)
      const main = (await forkGit.exec(['rev-parse', 'refs/heads/main'])).trim()
      const foreign = (
        await forkGit.exec(
          ['commit-tree', `${main}^{tree}`, '-p', main, '-m', 'work in progress'],
          undefined,
          SOMEONE
        )
      ).trim()
      await forkGit.exec(['update-ref', `refs/heads/${BRANCH}`, foreign])
      const result = await planOperatorCatalogs(inputs(w, { openshiftVersions: 'v4.17' }))
      await expect(applyOrThrow(result.plan)).rejects.toThrow(
        `step 3 (push ${BRANCH} to the fork) failed: catalogs: ${BOT}/community-operators:${BRANCH} holds commits that operator-release did not make (tip ${foreign.slice(0, 12)}); delete that branch, then rerun`
      )
      expect((await forkGit.exec(['rev-parse', `refs/heads/${BRANCH}`])).trim()).toBe(foreign)
      expect(openPulls(w, K8S)).toEqual([])
    })
  })
})

describe('operator-release catalogs and a release candidate', () => {
  it('plans nothing for an rc tag, says the catalogs take finals only, and pushes nothing', async () => {
    const w = await catalogWorld()
    // rc1 as prepare makes it: VERSION and the changelog, the bundle still describing v0.6.0;
    // tagged and published as a prerelease, so that only the candidate stops the catalogs.
    const repo = w.operator.fixture.repo
    await repo.commit('Release v0.6.1-rc1', {
      VERSION: '0.6.1-rc1\n',
      'changelogs/CHANGELOG-v0.6.1-rc1.md': 'The first candidate of v0.6.1.\n'
    })
    await repo.tag('v0.6.1-rc1', true)
    await repo.pushAll()
    await w.operator.octokit.rest.repos.createRelease({
      owner: 'bpfman',
      repo: 'bpfman-operator',
      tag_name: 'v0.6.1-rc1',
      name: 'v0.6.1-rc1',
      prerelease: true
    })
    const before = await catalogState(w)
    const result = await planOperatorCatalogs(inputs(w, { version: parseVersion('0.6.1-rc1') }))
    expect(result.catalogs).toEqual([])
    expect(result.plan.operations).toEqual([])
    expect(result.plan.files).toEqual([])
    expect(result.plan.notes).toEqual([
      {
        kind: 'skipped',
        message:
          'release candidate: the catalogs take final releases only, so v0.6.1-rc1 gets no catalog pull request (its bundle still describes the last release)'
      }
    ])
    const applied = await applyOrThrow(result.plan)
    expect(applied.applied).toEqual([])
    expect(await catalogState(w)).toEqual(before)
    for (const repository of [K8S, PROD]) expect(openPulls(w, repository)).toEqual([])
  })
})
