import { type Git } from '../effects/git.js'
import { type TagWorkflow, tagWorkflow } from '../release/repository-workflows.js'
import { type PlanNote } from '../release/plan.js'

export const WORKFLOWS = '.github/workflows'

/** The workflow files at a commit, by file name: the ones a push of a tag on it runs. */
export async function workflowsAt(git: Git, commit: string): Promise<Map<string, string>> {
  const names = (await git.namesIn(commit, WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name))
  const texts = await Promise.all(names.map((name) => git.readBlob(commit, `${WORKFLOWS}/${name}`)))
  return new Map(names.flatMap((name, i) => (texts[i] === undefined ? [] : [[name, texts[i]]])))
}

/**
 * The workflows (file name -> text, workflowsAt) that a push of `tag` starts,
 * each with what it does for the release; a file that is not valid YAML is
 * left out with a note.
 */
export function tagWorkflowsIn(
  workflows: ReadonlyMap<string, string>,
  tag: string
): { workflows: TagWorkflow[]; notes: PlanNote[] } {
  const found: TagWorkflow[] = []
  const notes: PlanNote[] = []
  for (const [name, text] of workflows) {
    try {
      const workflow = tagWorkflow(name, text, tag)
      if (workflow.onTagPush) found.push(workflow)
    } catch {
      notes.push({
        kind: 'warning',
        path: `${WORKFLOWS}/${name}`,
        message: `not valid YAML: not read for what a push of ${tag} starts`
      })
    }
  }
  return { workflows: found, notes }
}
