/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// A CommonJS library that pure code calls synchronously, required at its first
// call: ncc bundles the require() as a module evaluated only then, so a
// bundle's start-up does not pay for evaluating it (yaml alone costs
// @actions/core's start-up about a fifth more). One file a library: a module
// that a start-up needs then brings its own library into the entry chunk, and
// no other. The typed, named wrappers are ../yaml.ts, ../diff.ts and
// ../toml.ts; nothing else imports these files.
// Memoized: the updaters call yaml's isMap and isScalar in loops.
let yaml
exports.yaml = () => (yaml ??= require('yaml'))
