import { PUBLISHED_IMAGES } from '../../src/release/published.js'
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../support/cli.js'
import { makeTempDir } from '../support/tmp.js'
import { type CheckoutFiles, doctorItems } from '../../src/doctor/checks.js'
import { readTemplates } from '../../src/doctor/run.js'
import { BPFMAN_MERGIFY, BPFMAN_NEEDS, PER_TAG_IMAGES, checkout } from './fixtures.js'

function failed(files: CheckoutFiles): string[] {
  return doctorItems(files, readTemplates(files.kind), undefined)
    .filter((item) => item.status === 'fail')
    .map((item) => item.id)
}

describe('bpfman-release doctor on the repositories as they are today', () => {
  it("bpfman at main, nothing adopted: the templates, and each mismatch of 'The real repositories'", () => {
    const items = doctorItems(checkout('bpfman', 'nothing'), readTemplates('bpfman'), undefined)
    expect(items.filter((item) => item.status === 'fail').map((item) => item.id)).toEqual([
      'template prepare-release.yml',
      'template release.yml',
      'template tag-release.yml',
      ...BPFMAN_NEEDS
    ])
    const byId = (id: string) => items.find((item) => item.id === id)
    expect(byId('template release.yml')?.fix).toContain('+++ b/.github/workflows/release.yml')
    expect(byId('tag push docs-build.yml')?.fix).toContain('+  workflow_dispatch:')
    expect(byId('release creator')).toMatchObject({
      status: 'pass',
      detail: 'build.yml job release creates it on the tag; tag-release makes none'
    })
    // Left empty, post-release reads images, crates and dispatchers from the tree at the tag.
    expect(byId('images')?.detail).toContain(
      'post-release reads them from the tree: image-build.yml pushes 31 images with the tag'
    )
    expect(byId('crates')?.detail).toContain('no workflow runs cargo publish')
    // DCO is an App's check: it runs on any pull request.
    expect(byId('required checks')?.detail).toContain('a merge requires build-workflow-complete;')
    expect(byId('labels')?.status).toBe('skipped')
  })

  it("post-release given the process's old image list, crates and dispatchers: each named, with the fix", () => {
    const files = checkout('bpfman', 'templates only')
    files.workflows['release.yml'] = files.workflows['release.yml'].replace(
      "      copr-project: '@ebpf-sig/bpfman'\n",
      `      copr-project: '@ebpf-sig/bpfman'\n      images: ${PUBLISHED_IMAGES.join(',')}\n      crates: bpfman\n      dispatcher-images: quay.io/bpfman/xdp-dispatcher\n`
    )
    const items = doctorItems(files, readTemplates('bpfman'), undefined)
    const byId = (id: string) => items.find((item) => item.id === id)
    expect(['images', 'crates', 'dispatchers'].map((id) => byId(id)?.status)).toEqual([
      'fail',
      'fail',
      'fail'
    ])
    const images = byId('images')?.detail ?? ''
    for (const wrong of ['quay.io/bpfman/bpfman,', 'xdp-pass,', 'tc-pass,', 'xdp-pass-private;'])
      expect(images).toContain(wrong)
    expect(images).toContain('quay.io/bpfman-bytecode/xdp_pass')
    const fix = byId('images')?.fix ?? ''
    expect(fix).toContain('leave images empty')
    for (const image of PER_TAG_IMAGES) expect(fix).toContain(image)
  })

  it('the operator at main, nothing adopted: its tag workflows that run on a push only', () => {
    expect(failed(checkout('operator', 'nothing'))).toEqual([
      'template prepare-release.yml',
      'template tag-release.yml',
      'tag push image-build.yaml',
      'tag push release.yml',
      'token path'
    ])
  })

  it('templates only: the templates pass; what the repositories themselves need stays', () => {
    expect(failed(checkout('bpfman', 'templates only'))).toEqual(BPFMAN_NEEDS)
  })

  it('no App: the fixes applied, only what GITHUB_TOKEN cannot do fails, with the manual steps', () => {
    const files = checkout('bpfman', 'no App')
    expect(failed(files)).toEqual(['tag push docs-build.yml', 'required checks', 'token path'])
    const token = doctorItems(files, readTemplates('bpfman'), undefined).find(
      (item) => item.id === 'token path'
    )
    expect(token?.fix).toContain('close and reopen each pull request')
  })

  it('everything adopted: every item passes (labels need --online)', () => {
    expect(failed(checkout('bpfman', 'everything'))).toEqual([])
    expect(failed(checkout('operator', 'everything'))).toEqual([])
  })

  it('online: a repository where Actions may not open pull requests, and a missing label', () => {
    const items = doctorItems(checkout('bpfman', 'templates only'), readTemplates('bpfman'), {
      canCreatePullRequests: false,
      secrets: [],
      variables: [],
      labels: [],
      requiredChecks: []
    })
    const byId = (id: string) => items.find((item) => item.id === id)
    expect(byId('token path')?.fix).toContain(
      'Allow GitHub Actions to create and approve pull requests'
    )
    expect(byId('labels')).toMatchObject({ status: 'fail', fix: 'gh label create release' })
  })

  it("a workflow GitHub's schema refuses is the first failed item, with the parser's message", () => {
    const files = checkout('bpfman', 'everything')
    files.workflows['broken.yml'] = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n'
    const items = doctorItems(files, readTemplates('bpfman'), undefined)
    expect(items[0]).toMatchObject({ id: 'workflow files', status: 'fail' })
    expect(items[0].detail).toMatch(/^broken\.yml: .*runs-on/)
    expect(items.filter((item) => item.status === 'fail')).toHaveLength(1)
  })

  it('the CLI, in a checkout: each item with its fix, JSON with --json, exit 1 while one fails', async () => {
    const temp = makeTempDir('doctor-cli')
    try {
      const files = checkout('bpfman', 'templates only')
      mkdirSync(join(temp.dir, '.github', 'workflows'), { recursive: true })
      for (const [file, text] of Object.entries(files.workflows))
        writeFileSync(join(temp.dir, '.github', 'workflows', file), text)
      writeFileSync(join(temp.dir, '.github', 'mergify.yml'), BPFMAN_MERGIFY)
      writeFileSync(join(temp.dir, 'go.mod'), 'module github.com/bpfman/bpfman\n')
      const text = await runCli(['doctor', '--repo', temp.dir])
      expect(text.status).toBe(1)
      expect(text.stdout).toContain('pass    .github/workflows/tag-release.yml is the template')
      expect(text.stdout).toContain('pass    exactly one creator of the GitHub release')
      // Left empty in the template, post-release reads the images from the tree.
      expect(text.stdout).toContain(
        'pass    post-release checks the images the image workflow publishes for a tag: post-release reads them from the tree'
      )
      const json = await runCli(['doctor', '--repo', temp.dir, '--json'])
      const items = JSON.parse(json.stdout) as { id: string; status: string }[]
      expect(items.filter((item) => item.status === 'fail').map((item) => item.id)).toEqual(
        failed(files)
      )
      // A link out of the checkout is not followed: a go.mod that is one says nothing.
      const linked = join(temp.dir, 'linked')
      mkdirSync(linked)
      symlinkSync(join(temp.dir, 'go.mod'), join(linked, 'go.mod'))
      const bad = await runCli(['doctor', '--repo', linked])
      expect(bad.status).toBe(2)
      expect(bad.stderr).toContain('--kind: cannot tell whether')
    } finally {
      temp.cleanup()
    }
  }, 90_000)
})
