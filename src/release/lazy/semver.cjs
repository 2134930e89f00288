/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// semver, required at its first call: see yaml.cjs.
let semver
exports.semver = () => (semver ??= require('semver'))
