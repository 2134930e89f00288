// Refreshes sandbox/fixtures/real-workflows.json: the facts (workflow-facts.ts) of
// the tag-push workflows of bpfman and bpfman-operator, read from their workflow
// folders. The sandbox's fixture workflows are held to these facts by
// __tests__/sandbox/real-workflows.test.ts, so a change in the real repositories
// shows up as a failing test once the data is refreshed.
//
//   tsx scripts/refresh-real-workflows.ts [FOLDER]
//     FOLDER holds one folder per repository and shape: bpfman-main/,
//     bpfman-v0.6.0/, bpfman-operator-main/, bpfman-operator-v0.6.0/, each with the
//     files of that checkout's .github/workflows/ (default:
//     ../shared/reference/workflows). To refresh from checkouts:
//       mkdir -p /tmp/w/bpfman-main && cp ../bpfman/.github/workflows/* /tmp/w/bpfman-main/
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runsOnTagPush, workflowFacts } from '../sandbox/fixtures/workflow-facts.js'

const root = resolve(import.meta.dirname, '..')
const from = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference', 'workflows'))
const out = join(root, 'sandbox', 'fixtures', 'real-workflows.json')

const data: Record<string, unknown> = {}
for (const shape of readdirSync(from).sort()) {
  const match = /^(bpfman(?:-operator)?)-(.+)$/.exec(shape)
  if (!match) continue
  const folder = join(from, shape)
  data[`${match[1]}@${match[2]}`] = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
    .filter(({ text }) => runsOnTagPush(text))
    .map(({ name, text }) => workflowFacts(name, text))
}
writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`)
console.log(`${out}: ${Object.keys(data).join(', ')}`)
