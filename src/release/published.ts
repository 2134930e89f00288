/** What a release publishes: the images and the release's files, for the phases and `status`. */

/** The images the release process lists with tag <RELEASE_VERSION>. */
// The images bpfman's own release pushes. bpfman-operator, bpfman-agent and
// bpfman-operator-bundle are pushed later, by the operator's release, so a
// bpfman post-release does not wait for them.
export const PUBLISHED_IMAGES: readonly string[] = [
  ...['bpfman', 'xdp-dispatcher', 'tc-dispatcher'].map((name) => `quay.io/bpfman/${name}`),
  ...[
    'go-xdp-counter',
    'go-tc-counter',
    'go-tracepoint-counter',
    'xdp-pass',
    'tc-pass',
    'tracepoint',
    'xdp-pass-private',
    'go-uprobe-counter',
    'go-kprobe-counter',
    'uprobe',
    'kprobe',
    'uretprobe',
    'kretprobe',
    'fentry',
    'fexit',
    'go-app-counter'
  ].map((name) => `quay.io/bpfman-bytecode/${name}`),
  ...[
    'go-xdp-counter',
    'go-tc-counter',
    'go-tracepoint-counter',
    'go-uprobe-counter',
    'go-target',
    'go-kprobe-counter',
    'go-app-counter'
  ].map((name) => `quay.io/bpfman-userspace/${name}`)
]

/** The images the operator's release pushes with tag <RELEASE_VERSION> (its image-build.yaml). */
export const OPERATOR_IMAGES: readonly string[] = [
  'bpfman-agent',
  'bpfman-operator',
  'bpfman-operator-bundle'
].map((name) => `quay.io/bpfman/${name}`)

/** The two install files the process names besides the examples. */
export const BPFMAN_INSTALL_YAMLS = ['bpfman-crds-install.yaml', 'bpfman-operator-install.yaml']
