import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FixtureRepo } from '../../../sandbox/fixtures/git-fixture.js'
import {
  imagesPublishedByWorkflows,
  imagesPublishedForTag,
  publishesCrates
} from '../../../src/release/repository-workflows.js'
import { parseVersion } from '../../../src/release/version.js'
import { PUBLISHED_IMAGES } from '../../../src/phases/post-release/images.js'
import { type PresetRequest, publicationPreset } from '../../../src/phases/post-release/preset.js'
import { workflowsAt } from '../../../src/steps/tree-workflows.js'
import { makeTempDir } from '../../support/tmp.js'

// Workflows shaped like bpfman's image workflow today: a registry in env, a
// matrix of images each with docker/metadata-action tags, and the daemon image
// built by make and pushed as :latest only.
const TAG_RULES = `
              type=ref,event=branch
              type=ref,event=tag
              type=sha,format=long
              # latest on the default branch only
              type=raw,value=latest,enable={{is_default_branch}}`
const IMAGE_WORKFLOW = `name: images
on:
  push:
    tags: [v*]
env:
  IMAGE_REGISTRY: quay.io
jobs:
  daemon:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "DAEMON_IMG=\${IMAGE_REGISTRY}/bpfman/bpfman:latest" >> "$GITHUB_ENV"
      - run: make build-image IMAGE="\${DAEMON_IMG}"
  bytecode:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        image:
          - repository: bpfman-bytecode
            image: xdp_pass
            tags: |${TAG_RULES}
          - repository: bpfman
            image: xdp-dispatcher
            tags: |${TAG_RULES}
          - repository: bpfman-bytecode
            image: nightly-only
            tags: |
              type=raw,value=latest
    steps:
      - id: meta
        uses: docker/metadata-action@c1e51972afc2121e065aed6d45c65596fe445f3f # v5
        with:
          images: \${{ env.IMAGE_REGISTRY }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
`
// The v0.6.0 shape: the registry in each matrix entry.
const OLD_IMAGE_WORKFLOW = `on: { push: { tags: [v*] } }
jobs:
  userspace:
    strategy:
      matrix:
        image:
          - registry: quay.io
            repository: bpfman
            image: bpfman
            tags: |${TAG_RULES}
    steps:
      - uses: docker/metadata-action@v5.5.1
        with:
          images: \${{ matrix.image.registry }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
`
const CRATES_WORKFLOW = `on: { push: { tags: [v*] } }
jobs:
  crates:
    steps:
      - run: |
          cargo publish -p bpfman
`

describe('imagesPublishedForTag', () => {
  it('reads the images each matrix entry pushes with a tag, and those pushed as :latest only', () => {
    expect(imagesPublishedForTag(IMAGE_WORKFLOW)).toEqual({
      tagged: ['quay.io/bpfman-bytecode/xdp_pass', 'quay.io/bpfman/xdp-dispatcher'],
      latestOnly: ['quay.io/bpfman/bpfman']
    })
    expect(imagesPublishedForTag(OLD_IMAGE_WORKFLOW)).toEqual({
      tagged: ['quay.io/bpfman/bpfman'],
      latestOnly: []
    })
  })

  it('finds nothing in a workflow that builds no images', () => {
    expect(imagesPublishedForTag(CRATES_WORKFLOW)).toEqual({ tagged: [], latestOnly: [] })
    expect(imagesPublishedForTag('')).toEqual({ tagged: [], latestOnly: [] })
  })
})

describe('imagesPublishedByWorkflows', () => {
  it('puts the files together: an image one file tags is not :latest only; a file that is no YAML is named', () => {
    const found = imagesPublishedByWorkflows(
      new Map([
        ['image-build.yml', IMAGE_WORKFLOW],
        ['old-images.yml', OLD_IMAGE_WORKFLOW],
        ['broken.yml', 'jobs: [\n'],
        ['crates.yml', CRATES_WORKFLOW]
      ])
    )
    expect([...found.tagged]).toEqual([
      ['quay.io/bpfman-bytecode/xdp_pass', 'image-build.yml'],
      ['quay.io/bpfman/xdp-dispatcher', 'image-build.yml'],
      ['quay.io/bpfman/bpfman', 'old-images.yml']
    ])
    expect([...found.latestOnly]).toEqual([])
    expect(found.unread).toEqual(['broken.yml'])
    expect([
      ...imagesPublishedByWorkflows(new Map([['image-build.yml', IMAGE_WORKFLOW]])).latestOnly
    ]).toEqual([['quay.io/bpfman/bpfman', 'image-build.yml']])
  })
})

describe('publishesCrates', () => {
  it('is true where a script runs cargo publish, not where a comment mentions it', () => {
    expect(publishesCrates(CRATES_WORKFLOW)).toBe(true)
    expect(publishesCrates(IMAGE_WORKFLOW)).toBe(false)
    expect(publishesCrates('jobs:\n  # cargo publish left this workflow\n  build: {}\n')).toBe(
      false
    )
  })
})

describe('publicationPreset', () => {
  let temp: { dir: string; cleanup: () => void }
  let repo: FixtureRepo
  const version = parseVersion('0.6.1')
  const request = async (
    commit: string,
    overrides: Partial<PresetRequest> = {}
  ): Promise<PresetRequest> => ({
    git: repo.git,
    commit,
    workflows: await workflowsAt(repo.git, commit),
    version,
    images: undefined,
    crates: undefined,
    dispatcherImages: undefined,
    dispatcherSource: 'bpfman/src/lib.rs',
    configDispatcherImages: ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher'],
    ...overrides
  })
  const lib = (tag: string) =>
    `const XDP: &str = "quay.io/bpfman/xdp-dispatcher:${tag}";\nconst TC: &str = "quay.io/bpfman/tc-dispatcher:${tag}";\n`

  beforeAll(async () => {
    temp = makeTempDir('post-preset')
    repo = await FixtureRepo.create(temp.dir, 'bpfman')
  })
  afterAll(() => temp.cleanup())

  it("today's shape: the image workflow's images, no crates, the dispatchers it builds not tagged from latest", async () => {
    const commit = await repo.commit('today', {
      '.github/workflows/image-build.yml': IMAGE_WORKFLOW,
      '.github/workflows/build.yml':
        'on: push\njobs:\n  build:\n    steps:\n      - run: go build ./...\n',
      'bpfman/src/lib.rs': lib('v0.6.1')
    })
    const preset = await publicationPreset(await request(commit))
    expect(preset.images).toEqual([
      'quay.io/bpfman-bytecode/xdp_pass',
      'quay.io/bpfman/xdp-dispatcher',
      'quay.io/bpfman/bpfman'
    ])
    // The release process lists the daemon image; the workflow pushes it as :latest only.
    expect(preset.latestOnly).toEqual([
      { image: 'quay.io/bpfman/bpfman', workflow: 'image-build.yml' }
    ])
    expect(preset.crates).toEqual([])
    // tc-dispatcher is pinned to the tag and no workflow pushes it: tagged from latest.
    expect(preset.dispatcherImages).toEqual(['quay.io/bpfman/tc-dispatcher'])
    expect(preset.notes.map((note) => note.message)).toEqual([
      'checks the 2 images that image-build.yml pushes with v0.6.1 (input images overrides)',
      "quay.io/bpfman/bpfman is pushed as :latest only by the repository's workflows: tagged v0.6.1 on the digest the run on v0.6.1 pushed, as the release process tags the dispatchers",
      'no workflow at v0.6.1 runs cargo publish: crates are not checked (input crates overrides)',
      'quay.io/bpfman/xdp-dispatcher is pushed with v0.6.1 by the image workflow: not tagged from :latest'
    ])
  })

  it('the v0.6.0 shape: crates where a workflow publishes them; dispatchers pinned by digest are not tagged', async () => {
    const commit = await repo.commit('v0.6.0 shape', {
      '.github/workflows/image-build.yml': OLD_IMAGE_WORKFLOW,
      '.github/workflows/build.yml': CRATES_WORKFLOW,
      'bpfman/src/lib.rs': lib('latest@sha256:' + 'a'.repeat(64))
    })
    const preset = await publicationPreset(await request(commit))
    expect(preset.images).toEqual(['quay.io/bpfman/bpfman'])
    expect(preset.crates).toEqual([
      'bpfman',
      'bpfman-api',
      'bpf-log-exporter',
      'bpf-metrics-exporter'
    ])
    expect(preset.dispatcherImages).toEqual([])
    expect(preset.notes.at(-1)).toEqual({
      kind: 'skipped',
      path: 'bpfman/src/lib.rs',
      message:
        'the dispatcher images are not pinned to v0.6.1 there: none is tagged from :latest (input dispatcher-images overrides)'
    })
  })

  it('without image workflows: the process list; inputs given win over the tree', async () => {
    await repo.git.exec(['rm', '-r', '--quiet', '.github'])
    const commit = await repo.commit('no workflows', { 'bpfman/src/lib.rs': lib('v0.6.1') })
    const preset = await publicationPreset(await request(commit))
    expect(preset.images).toEqual(PUBLISHED_IMAGES)
    expect(preset.dispatcherImages).toEqual([
      'quay.io/bpfman/xdp-dispatcher',
      'quay.io/bpfman/tc-dispatcher'
    ])
    const given = await publicationPreset(
      await request(commit, { images: ['quay.io/x/y'], crates: ['z'], dispatcherImages: [] })
    )
    expect(given).toMatchObject({ images: ['quay.io/x/y'], crates: ['z'], dispatcherImages: [] })
    expect(given.notes).toEqual([])
  })
})
