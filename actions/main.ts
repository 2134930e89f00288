import * as core from '@actions/core'

// The root action: `phase` selects which phase's action runs.
const PHASES: Record<string, () => Promise<unknown>> = {
  'prepare-release': () => import('./prepare-release/main.js'),
  prepare: () => import('./prepare-release/main.js'),
  'tag-release': () => import('./tag-release/main.js'),
  tag: () => import('./tag-release/main.js'),
  'post-release': () => import('./post-release/main.js'),
  post: () => import('./post-release/main.js'),
  'operator-release': () => import('./operator-release/main.js'),
  operator: () => import('./operator-release/main.js')
}

const phase = core.getInput('phase', { required: true })
const load = PHASES[phase]
if (load) await load()
else core.setFailed(`phase: "${phase}" is not one of ${Object.keys(PHASES).join(', ')}`)
