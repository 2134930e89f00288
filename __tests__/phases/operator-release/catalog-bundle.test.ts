import { describe, expect, it } from '@jest/globals'
import {
  catalogBundle,
  catalogFolder,
  cleanForYamllint,
  lintCatalogBundle
} from '../../../src/phases/operator-release/catalog-bundle.js'
import { parseVersion } from '../../../src/release/version.js'
import { bundleFiles, CSV_PATH } from '../../../sandbox/fixtures/operator.js'

const version = parseVersion('0.6.0')
const folder = catalogFolder('bpfman-operator', version)

/** The released bundle as the catalogs read it: relative to bundle/. */
function released(options: { replaces?: string } = {}): Map<string, string> {
  return new Map(
    Object.entries(bundleFiles('0.6.0', '2025-06-01T12:00:00Z', options)).map(([path, content]) => [
      path.slice('bundle/'.length),
      content
    ])
  )
}

const request = (bundle: Map<string, string>, openshiftVersions?: string) => ({
  bundle,
  version,
  packageName: 'bpfman-operator',
  imageRepositories: ['quay.io/bpfman/'],
  openshiftVersions
})

describe('catalogBundle', () => {
  it('takes the manifests and annotations only, pins the operator images and passes the lint', () => {
    const copy = catalogBundle(request(released()))
    expect([...copy.files.keys()]).toEqual([
      'manifests/bpfman-config_v1_configmap.yaml',
      'manifests/bpfman-operator.clusterserviceversion.yaml',
      'manifests/bpfman.io_xdpprograms.yaml',
      'metadata/annotations.yaml'
    ])
    const csv = copy.files.get('manifests/bpfman-operator.clusterserviceversion.yaml') as string
    expect(csv).toContain('containerImage: quay.io/bpfman/bpfman-operator:v0.6.0\n')
    expect(csv).toContain('image: quay.io/bpfman/bpfman-operator:v0.6.0\n')
    expect(csv).toContain('quay.io/bpfman-bytecode/xdp_pass:latest')
    expect(copy.files.get('manifests/bpfman-config_v1_configmap.yaml')).toContain(
      'bpfman.agent.image: quay.io/bpfman/bpfman-agent:v0.6.0\n'
    )
    expect(copy.changes).toEqual([
      'images :latest -> :v0.6.0: quay.io/bpfman/bpfman, quay.io/bpfman/bpfman-agent, quay.io/bpfman/bpfman-operator'
    ])
    expect(copy.files.get('metadata/annotations.yaml')).toBe(
      released().get('metadata/annotations.yaml')
    )
    expect(lintCatalogBundle(folder, copy.files, 'bpfman-operator')).toEqual([])
  })

  it('cleans what the catalogs yamllint refuses, and says so', () => {
    const copy = catalogBundle(request(released()))
    expect(released().get('manifests/bpfman.io_xdpprograms.yaml')).toMatch(/API\. {2}\n/)
    expect(copy.files.get('manifests/bpfman.io_xdpprograms.yaml')).toMatch(/API\.\n/)
    expect(copy.notes).toEqual([
      {
        kind: 'info',
        path: 'manifests/bpfman.io_xdpprograms.yaml',
        message: "trailing whitespace removed from 1 line(s) (the catalogs' yamllint refuses them)"
      }
    ])
    expect(cleanForYamllint('a: 1  \nb: 2')).toEqual({
      content: 'a: 1\nb: 2\n',
      trimmedLines: 1,
      addedNewline: true
    })
  })

  it('removes spec.replaces (semver mode) and notes it', () => {
    const copy = catalogBundle(request(released({ replaces: '0.5.6' })))
    expect(copy.files.get('manifests/bpfman-operator.clusterserviceversion.yaml')).not.toContain(
      'replaces:'
    )
    expect(copy.changes).toContain(
      'removed spec.replaces (bpfman-operator.v0.5.6): the catalogs use semver mode'
    )
    expect(copy.notes).toContainEqual({
      kind: 'info',
      path: 'manifests/bpfman-operator.clusterserviceversion.yaml',
      message:
        'spec.replaces: bpfman-operator.v0.5.6 is removed in the catalog copies (semver-mode catalogs)'
    })
  })

  it('adds the OpenShift versions for community-operators-prod', () => {
    const copy = catalogBundle(request(released(), 'v4.17'))
    expect(copy.files.get('metadata/annotations.yaml')).toMatch(
      /tests\/scorecard\/\n {2}com\.redhat\.openshift\.versions: "v4\.17"\n$/
    )
    expect(copy.changes).toContain('com.redhat.openshift.versions: "v4.17"')
  })
})

describe('lintCatalogBundle', () => {
  const good = catalogBundle(request(released())).files

  it('refuses a folder that is not the CSV version, and a CSV with spec.replaces', () => {
    expect(lintCatalogBundle('operators/bpfman-operator/0.6.1', good, 'bpfman-operator')).toEqual([
      'operators/bpfman-operator/0.6.1/manifests/bpfman-operator.clusterserviceversion.yaml: metadata.name is "bpfman-operator.v0.6.0", expected "bpfman-operator.v0.6.1" (the folder name must equal spec.version)',
      'operators/bpfman-operator/0.6.1/manifests/bpfman-operator.clusterserviceversion.yaml: spec.version is "0.6.0", expected "0.6.1" (the folder name must equal spec.version)'
    ])
    const withReplaces = new Map(good)
    withReplaces.set(
      'manifests/bpfman-operator.clusterserviceversion.yaml',
      `${released({ replaces: '0.5.6' }).get('manifests/bpfman-operator.clusterserviceversion.yaml')}`
    )
    expect(lintCatalogBundle(folder, withReplaces, 'bpfman-operator')).toEqual([
      `${folder}/manifests/bpfman-operator.clusterserviceversion.yaml: sets spec.replaces; the catalogs use semver mode`
    ])
  })

  it('refuses another package, trailing whitespace, a missing final newline, forbidden and stray files', () => {
    const bad = new Map(good)
    bad.set(
      'metadata/annotations.yaml',
      'annotations:\n  operators.operatorframework.io.bundle.package.v1: bpfman \n'
    )
    bad.set('manifests/bpfman-config_v1_configmap.yaml', 'kind: ConfigMap')
    bad.set('ci.yaml', 'reviewers: []\n')
    bad.set('bundle.Dockerfile', 'FROM scratch\n')
    expect(lintCatalogBundle(folder, bad, 'bpfman-operator')).toEqual([
      `${folder}/manifests/bpfman-config_v1_configmap.yaml: no newline at the end of the file`,
      `${folder}/metadata/annotations.yaml:2: trailing whitespace`,
      `${folder}/ci.yaml: a catalog pull request must not carry ci.yaml`,
      `${folder}/ci.yaml: only manifests/ and metadata/annotations.yaml belong in the catalog`,
      `${folder}/bundle.Dockerfile: only manifests/ and metadata/annotations.yaml belong in the catalog`,
      `${folder}/metadata/annotations.yaml: operators.operatorframework.io.bundle.package.v1 is "bpfman", expected "bpfman-operator"`
    ])
  })

  it('refuses a bundle without exactly one CSV and without annotations', () => {
    const empty = new Map([['manifests/x.yaml', 'kind: ConfigMap\n']])
    expect(lintCatalogBundle(folder, empty, 'bpfman-operator')).toEqual([
      `${folder}/manifests: holds 0 ClusterServiceVersions; expected exactly one`,
      `${folder}/metadata/annotations.yaml: missing`
    ])
    expect(CSV_PATH.startsWith('bundle/')).toBe(true)
  })
})
