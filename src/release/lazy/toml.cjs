/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// smol-toml, required at its first call: see yaml.cjs.
let toml
exports.toml = () => (toml ??= require('smol-toml'))
