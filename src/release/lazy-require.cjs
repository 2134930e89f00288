/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// CommonJS libraries that pure code calls synchronously, each required at its
// first call: ncc bundles every require() below as a module that is evaluated
// only then, so a bundle's start-up does not pay for evaluating them (yaml
// alone costs @actions/core's start-up about a fifth more). The typed,
// named wrappers are yaml.ts, diff.ts, semver.ts and toml.ts; nothing else
// imports this file.
// Each is memoized: the updaters call yaml's isMap and isScalar in loops.
let yaml, diff, semver, toml
exports.yaml = () => (yaml ??= require('yaml'))
exports.diff = () => (diff ??= require('diff'))
exports.semver = () => (semver ??= require('semver'))
exports.toml = () => (toml ??= require('smol-toml'))
