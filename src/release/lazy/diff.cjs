/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// diff, required at its first call: see yaml.cjs.
let diff
exports.diff = () => (diff ??= require('diff'))
