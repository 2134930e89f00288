// ESM jest, as actions/typescript-action runs it: ts-jest's ESM preset under
// node --experimental-vm-modules (the @actions/* packages are ESM-only).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testSequencer: '<rootDir>/jest.sequencer.js',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.check.json', diagnostics: { ignoreCodes: [151001] } }
    ]
  },
  testTimeout: 120000,
  verbose: false
}
