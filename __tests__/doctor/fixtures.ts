import { APP_SECRETS, type CheckoutFiles } from '../../src/doctor/checks.js'
import { readTemplates } from '../../src/doctor/run.js'

/*
 * The two repositories' trees at today's main, as skeletons written here from
 * the facts in shared/reference/bpfman-repos.md ("Since v0.6.0"): triggers,
 * job names, needs, `if:`, the release-relevant `uses:` and the image matrix
 * names. Building steps are stand-ins.
 */
const TAG_ENTRY = (
  repository: string,
  image: string
): string => `          - repository: ${repository}
            image: ${image}
            tags: |
              type=ref,event=tag
              type=raw,value=latest,enable={{is_default_branch}}
`
const BYTECODE = [
  ...['go-xdp-counter', 'go-tc-counter', 'go-tcx-counter', 'go-tracepoint-counter'],
  ...['go-kprobe-counter', 'go-uprobe-counter', 'go-uretprobe-counter', 'go-app-counter'],
  ...['xdp_pass', 'xdp_pass_private', 'tc_pass', 'tcx_test', 'tracepoint', 'uprobe'],
  ...['uretprobe', 'kprobe', 'kretprobe', 'fentry', 'fexit', 'app-test']
]
const USERSPACE = [
  ...['go-xdp-counter', 'go-tc-counter', 'go-tcx-counter', 'go-tracepoint-counter'],
  ...['go-kprobe-counter', 'go-uprobe-counter', 'go-uretprobe-counter', 'go-target'],
  'go-app-counter'
]
export const PER_TAG_IMAGES = [
  ...USERSPACE.map((image) => `quay.io/bpfman-userspace/${image}`),
  ...BYTECODE.map((image) => `quay.io/bpfman-bytecode/${image}`),
  'quay.io/bpfman/xdp-dispatcher',
  'quay.io/bpfman/tc-dispatcher'
]

export const BPFMAN_MAIN: Record<string, string> = {
  'build.yml': `name: bpfman build
on:
  push:
    branches: [main]
    tags: ['v*']
  pull_request:
    branches: ['*']
  workflow_dispatch: {}
jobs:
  build-go:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/metadata-action@v5
        with:
          images: \${{ matrix.image.registry }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
      - run: make build
  release:
    if: startsWith(github.ref, 'refs/tags/v')
    needs: [build-go]
    runs-on: ubuntu-latest
    steps:
      - run: make static-binaries
      - uses: softprops/action-gh-release@v2
        with:
          body_path: changelogs/CHANGELOG-\${{ github.ref_name }}.md
          prerelease: \${{ contains(github.ref, 'rc') }}
          files: bpfman-linux-*.tar.gz
  build-workflow-complete:
    needs: [build-go, release]
    runs-on: ubuntu-latest
    steps:
      - run: echo done
`,
  'image-build.yml': `name: image build
on:
  push:
    branches: [main]
    tags: ['v*']
  pull_request:
    paths: ['Containerfile*']
  workflow_dispatch: {}
env:
  IMAGE_REGISTRY: quay.io
jobs:
  build-and-push-bpfman-image:
    runs-on: ubuntu-latest
    steps:
      - run: echo "BPFMAN_IMG=\${IMAGE_REGISTRY}/bpfman/bpfman:latest" >> "$GITHUB_ENV"
  build-and-push-userspace-images:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image:
${USERSPACE.map((image) => TAG_ENTRY('bpfman-userspace', image)).join('')}    steps:
      - uses: docker/metadata-action@v6
        with:
          images: \${{ env.IMAGE_REGISTRY }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
  build-and-push-bytecode-images:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image:
${[...BYTECODE.map((image) => TAG_ENTRY('bpfman-bytecode', image)), TAG_ENTRY('bpfman', 'xdp-dispatcher'), TAG_ENTRY('bpfman', 'tc-dispatcher')].join('')}    steps:
      - uses: docker/metadata-action@v6
        with:
          images: \${{ env.IMAGE_REGISTRY }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
`,
  'docs-build.yml': `name: docs
on:
  push:
    branches: [main]
    tags: ['v*']
jobs:
  build-docs:
    runs-on: ubuntu-latest
    steps:
      - run: mike deploy --push --update-aliases "$GITHUB_REF_NAME" latest
`
}
export const BPFMAN_MERGIFY = `pull_request_rules:
  - name: merge when approved
    conditions:
      - '#approved-reviews-by>=1'
      - check-success=DCO
      - check-success=build-workflow-complete
    actions:
      merge:
        method: merge
`
export const OPERATOR_MAIN: Record<string, string> = {
  'release.yml': `name: release
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: softprops/action-gh-release@v2
        with:
          body_path: changelogs/CHANGELOG-\${{ github.ref_name }}.md
`,
  'image-build.yaml': `name: images
on:
  push:
    branches: [main]
    tags: ['v*']
  pull_request: {}
jobs:
  build-and-push-images:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image:
          - registry: quay.io
${TAG_ENTRY('bpfman', 'bpfman-agent').replace('          - repository', '            repository')}          - registry: quay.io
${TAG_ENTRY('bpfman', 'bpfman-operator').replace('          - repository', '            repository')}    steps:
      - uses: docker/metadata-action@v5
        with:
          images: \${{ matrix.image.registry }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
      - run: make build
  generate-and-push-bundle-images:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image:
          - registry: quay.io
${TAG_ENTRY('bpfman', 'bpfman-operator-bundle').replace('          - repository', '            repository')}    steps:
      - uses: docker/metadata-action@v5
        with:
          images: \${{ matrix.image.registry }}/\${{ matrix.image.repository }}/\${{ matrix.image.image }}
          tags: \${{ matrix.image.tags }}
      - run: make bundle
`
}

/** What bpfman at main needs besides the templates, without the App: docs-build.yml takes no dispatch. */
export const BPFMAN_NEEDS = ['tag push docs-build.yml', 'required checks', 'token path']

export type Adoption = 'nothing' | 'templates only' | 'no App' | 'everything'

/** A template without the App's two secret lines: a repository that does not use the App. */
function withoutApp(text: string): string {
  return text
    .replace(/^ +app-(id|private-key): \$\{\{ secrets\.RELEASE_APP_[A-Z_]+ \}\}\n/gm, '')
    .replace(/^ +# The release App \(docs[^\n]*\n/gm, '')
    .replace(/^( +)secrets:\n(?!\1 )/gm, '')
}

/** A repository's files at a state of adoption: its own workflows, then the templates, then the fixes. */
export function checkout(kind: 'bpfman' | 'operator', adoption: Adoption): CheckoutFiles {
  const own = kind === 'bpfman' ? { ...BPFMAN_MAIN } : { ...OPERATOR_MAIN }
  const templates = readTemplates(kind)
  const workflows: Record<string, string> = { ...own }
  if (adoption !== 'nothing')
    for (const [file, text] of Object.entries(templates))
      workflows[file] = adoption === 'everything' ? text : withoutApp(text)
  if (adoption === 'no App' || adoption === 'everything') {
    // The fixes doctor names: one release creator, checks matching the image workflow.
    for (const [file, text] of Object.entries(own))
      workflows[file] = text.replace(
        / {6}- uses: softprops\/action-gh-release@v2\n( {8}.*\n)*/,
        '      - run: gh release upload "$GITHUB_REF_NAME" bpfman-linux-*.tar.gz --clobber\n'
      )
    if (kind === 'bpfman')
      workflows['release.yml'] = workflows['release.yml'].replace(
        "      copr-project: '@ebpf-sig/bpfman'\n",
        `      copr-project: '@ebpf-sig/bpfman'\n      images: ${PER_TAG_IMAGES.join(',')}\n      crates: none\n      dispatcher-images: none\n`
      )
  }
  // The App's two secrets, passed by this version's templates; added where a template does not pass them yet.
  if (adoption === 'everything')
    for (const file of Object.keys(templates))
      if (!workflows[file].includes(`secrets.${APP_SECRETS[0]}`))
        workflows[file] = workflows[file].replace(
          /( {4}uses: bpfman\/release-actions\/[^\n]*\n)/g,
          `$1    # the App mints the token: app-id: \${{ secrets.${APP_SECRETS[0]} }}, app-private-key: \${{ secrets.${APP_SECRETS[1]} }}\n`
        )
  // With the App, the tag push starts the operator's image-build.yaml: nothing to dispatch.
  if (adoption === 'everything' && kind === 'operator')
    workflows['tag-release.yml'] = workflows['tag-release.yml'].replace(
      'dispatch-workflow: image-build.yml',
      "dispatch-workflow: ''"
    )
  return {
    kind,
    workflows,
    mergify: kind === 'bpfman' ? BPFMAN_MERGIFY : undefined,
    dispatchersPinned: false
  }
}
