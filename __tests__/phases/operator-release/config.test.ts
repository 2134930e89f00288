import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPERATOR_PRESET, loadOperatorConfig } from '../../../src/release/config.js'
import { InputError } from '../../../src/release/errors.js'
import { makeTempDir } from '../../support/tmp.js'

describe('loadOperatorConfig', () => {
  it('is the bpfman-operator preset without a config file', () => {
    const temp = makeTempDir('operator-config')
    try {
      expect(loadOperatorConfig(temp.dir)).toBe(OPERATOR_PRESET)
      expect(OPERATOR_PRESET.catalogs).toEqual([
        'k8s-operatorhub/community-operators',
        'redhat-openshift-ecosystem/community-operators-prod'
      ])
    } finally {
      temp.cleanup()
    }
  })

  it('takes valid overrides and refuses bad ones, all at once, naming the file', () => {
    const temp = makeTempDir('operator-config')
    try {
      const file = join(temp.dir, 'release.yml')
      writeFileSync(
        file,
        'catalogs:\n  - my-org/test-catalog\nimageRepositories: [quay.io/my-org/]\n'
      )
      expect(loadOperatorConfig(temp.dir, 'release.yml')).toEqual({
        ...OPERATOR_PRESET,
        catalogs: ['my-org/test-catalog'],
        imageRepositories: ['quay.io/my-org/']
      })
      writeFileSync(file, 'catalogs: [not a repository]\npackageName: ""\nbundleCommand: make\n')
      expect(() => loadOperatorConfig(temp.dir, 'release.yml')).toThrow(InputError)
      expect(() => loadOperatorConfig(temp.dir, 'release.yml')).toThrow(
        'release.yml: invalid configuration:\n  - "catalogs" must be a list of owner/name repositories\n  - "packageName" must be a name of letters, digits, ".", "_", "-"\n  - unknown key "bundleCommand"'
      )
    } finally {
      temp.cleanup()
    }
  })
})
