#!/usr/bin/env node
import module from 'node:module'

// V8's code cache for the bundle's modules, kept between runs (Node >= 22.1;
// in NODE_COMPILE_CACHE, else under os.tmpdir()): without it, compiling the
// bundle is much of each start. The rest loads after, so that it is cached too.
module.enableCompileCache?.()
const { main } = await import('./cli-main.js')

process.exitCode = await main(process.argv.slice(2))
