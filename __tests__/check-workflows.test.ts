// scripts/check-workflows.ts as CI runs it (a process under tsx: plain node, and so
// jest, refuses @actions/workflow-parser's JSON import): the workflows and templates
// pass, and a copy broken on purpose fails with each break named.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TSX = join(ROOT, 'node_modules/.bin/tsx')

function check(root: string): { status: number | null; output: string } {
  const result = spawnSync(TSX, [join(ROOT, 'scripts/check-workflows.ts'), '--root', root], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  return { status: result.status, output: result.stdout + result.stderr }
}

function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-workflows-'))
  for (const dir of ['.github/workflows', 'templates', 'actions'])
    cpSync(join(ROOT, dir), join(root, dir), { recursive: true })
  return root
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file)
  const text = readFileSync(path, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
  writeFileSync(path, text.replace(from, to))
}

describe('scripts/check-workflows.ts', () => {
  it('finds nothing wrong with the workflows and templates', () => {
    const { status, output } = check(ROOT)
    expect(output).toContain('no problems')
    expect(status).toBe(0)
  })

  it('names each break in a copy broken on purpose', () => {
    const root = copy()
    // An input the reusable workflow does not declare, and a required one left out.
    edit(
      root,
      'templates/bpfman/prepare-release.yml',
      '      summary: ${{ inputs.summary }}',
      '      sumary: ${{ inputs.summary }}'
    )
    edit(
      root,
      'templates/bpfman-operator/prepare-release.yml',
      '      version: ${{ inputs.version }}\n',
      ''
    )
    // An input our action does not declare.
    edit(
      root,
      '.github/workflows/post-release.yml',
      '          crates: ${{ inputs.crates }}',
      '          crate: ${{ inputs.crates }}'
    )
    // Outputs that nothing declares.
    edit(
      root,
      '.github/workflows/prepare-release.yml',
      'pr-url: ${{ steps.prepare.outputs.pr-url }}',
      'pr-url: ${{ steps.prepare.outputs.pull-url }}'
    )
    edit(
      root,
      'templates/bpfman-operator/tag-release.yml',
      'version: ${{ needs.tag.outputs.version }}\n      openshift',
      'version: ${{ needs.tag.outputs.versions }}\n      openshift'
    )
    // A job without permissions, a caller that grants less than the workflow asks for,
    // and write at the top level.
    edit(
      root,
      '.github/workflows/operator-next-dev.yml',
      '    permissions:\n      contents: write\n      pull-requests: write\n',
      ''
    )
    edit(
      root,
      'templates/bpfman/tag-release.yml',
      '      actions: write\n',
      '      actions: read\n'
    )
    edit(root, 'templates/bpfman/release.yml', 'permissions: {}', 'permissions:\n  contents: write')
    // A download with no upload before it: tag-release no longer uploads the manifest.
    edit(
      root,
      '.github/workflows/tag-release.yml',
      '        uses: actions/upload-artifact@',
      '        uses: actions/upload-artifacts@'
    )
    // An artifact fetched from another run that no workflow uploads.
    edit(
      root,
      '.github/workflows/post-release.yml',
      '          manifest-artifact: release-manifest-',
      '          manifest-artifact: release-manifests-'
    )
    // An action pinned by tag.
    edit(
      root,
      '.github/workflows/ci.yml',
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      'actions/checkout@v7'
    )

    // A concurrency group on the version as given, one that cancels, none at all,
    // and every secret passed on.
    edit(
      root,
      'templates/bpfman/prepare-release.yml',
      "${{ startsWith(inputs.version, 'v') && inputs.version || format('v{0}', inputs.version) }}",
      '${{ inputs.version }}'
    )
    edit(
      root,
      'templates/bpfman-operator/prepare-release.yml',
      'cancel-in-progress: false',
      'cancel-in-progress: true'
    )
    edit(root, 'templates/bpfman/tag-release.yml', 'concurrency:\n', 'x-concurrency:\n')
    edit(
      root,
      'templates/bpfman/release.yml',
      '    secrets:\n      registry-username',
      '    secrets: inherit\n    x-secrets:\n      registry-username'
    )

    // The release of release-actions as it was: packages installed, with their
    // scripts, in the job that holds the write token, after a checkout that keeps it.
    edit(root, '.github/workflows/release.yml', '--ignore-scripts ', '')
    edit(root, '.github/workflows/release.yml', 'persist-credentials: false', 'fetch-depth: 0')
    edit(root, '.github/workflows/release.yml', 'contents: read', 'contents: write')

    const { status, output } = check(root)
    expect(status).toBe(1)
    const expected = [
      '.github/workflows/release.yml: job build: installs packages with their install scripts: give --ignore-scripts',
      '.github/workflows/release.yml: job build: installs packages in a job that holds contents: write: build in a job that only reads, and write in another',
      '.github/workflows/release.yml: job build: installs packages after a checkout that keeps its token in .git/config: give persist-credentials: false',
      'templates/bpfman/prepare-release.yml: job prepare: .github/workflows/prepare-release.yml declares no input sumary',
      'templates/bpfman-operator/prepare-release.yml: job prepare: .github/workflows/operator-prepare.yml requires input version',
      '.github/workflows/post-release.yml: job post, step post: bpfman/release-actions/post@v1 declares no input crate',
      '.github/workflows/prepare-release.yml: job prepare: steps.prepare.outputs.pull-url: step prepare has no output pull-url',
      'templates/bpfman-operator/tag-release.yml: job catalogs: needs.tag.outputs.versions: job tag has no output versions',
      '.github/workflows/operator-next-dev.yml: job next-dev: has no permissions',
      'templates/bpfman/tag-release.yml: job tag: grants actions: read, but job tag of .github/workflows/tag-release.yml asks for write',
      'templates/bpfman/release.yml: workflow: grants write at the top level',
      '.github/workflows/operator-catalogs.yml: job catalogs, step Download the release manifest: downloads artifact release-manifest-${{ github.repository_owner }}-${{ github.event.repository.name }}-${{ steps.release.outputs.tag }}, which nothing uploads before it in the run of templates/bpfman-operator/tag-release.yml',
      '.github/workflows/post-release.yml: job post, step post: manifest-artifact release-manifests-${{ github.repository_owner }}-${{ github.event.repository.name }}-${{ steps.release.outputs.tag }}: no workflow uploads an artifact of that name',
      '.github/workflows/ci.yml: line 14: actions/checkout@v7 is not pinned by commit SHA',
      'templates/bpfman/prepare-release.yml: workflow: concurrency group uses inputs.version as given: normalize it',
      'templates/bpfman-operator/prepare-release.yml: workflow: concurrency cancels a run in progress',
      'templates/bpfman/tag-release.yml: workflow: has no concurrency: key it on the release tag',
      'templates/bpfman/release.yml: job post-release: secrets: inherit passes every secret'
    ]
    for (const line of expected) expect(output).toContain(line)
  })
})
