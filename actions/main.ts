import * as core from '@actions/core'

// The root action: `phase` selects which phase's action runs.
const PHASES: Record<string, () => Promise<unknown>> = {
  'prepare-release': () => import('./prepare-release/main.js'),
  prepare: () => import('./prepare-release/main.js')
}

const phase = core.getInput('phase', { required: true })
const load = PHASES[phase]
if (load) await load()
else core.setFailed(`phase: "${phase}" is not one of ${Object.keys(PHASES).join(', ')}`)
