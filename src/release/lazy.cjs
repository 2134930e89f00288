/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// The CommonJS libraries that pure code calls synchronously, each required at
// its first call and kept (the updaters call yaml's isMap and isScalar in
// loops): ncc bundles a require() as a module evaluated only then, so a
// bundle's start-up does not pay for evaluating it (yaml alone costs
// @actions/core's start-up about a fifth more). The
// typed, named wrappers are yaml.ts, diff.ts and toml.ts, the only
// modules that import this file: a module a start-up needs would bring all three
// libraries into the bundle's entry chunk.
let yaml
let toml
let diff
exports.yaml = () => (yaml ??= require('yaml'))
exports.toml = () => (toml ??= require('smol-toml'))
exports.diff = () => (diff ??= require('diff'))
