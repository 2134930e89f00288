import { publishesCrates } from '../release/repository-workflows.js'
import { parse as parseYaml } from 'yaml'
import { BPFMAN_PRESET, OPERATOR_PRESET } from '../release/config.js'
import { parseList } from '../release/inputs.js'
import { unifiedDiff } from '../release/plan.js'
import { OPERATOR_IMAGES, PUBLISHED_IMAGES } from '../release/published.js'
import {
  type WorkflowSkeleton,
  acceptsDispatch,
  imagesPushedForTag,
  publishesOnPushOnly,
  readWorkflow,
  releaseActionsCalls,
  releaseCreators,
  runsOnTagPush
} from './workflows.js'

export type RepositoryKind = 'bpfman' | 'operator'

/** What the doctor reads of a checkout: its workflow files and the files that say what it is. */
export interface CheckoutFiles {
  kind: RepositoryKind
  /** .github/workflows/<file> -> text */
  workflows: Record<string, string>
  /** .github/mergify.yml, when there is one. */
  mergify: string | undefined
  /** Whether the source pins the dispatcher images by tag (bpfman/src/lib.rs at v0.6.0). */
  dispatchersPinned: boolean
}

/** The templates of this version of release-actions: file -> text. */
export type Templates = Record<string, string>

/** What the repository's settings say, read online; undefined offline. */
export interface OnlineFacts {
  canCreatePullRequests: boolean
  secrets: string[]
  variables: string[]
  labels: string[]
  /** Required status checks of the default branch's protection and rulesets. */
  requiredChecks: string[]
}

export interface DoctorItem {
  id: string
  title: string
  status: 'pass' | 'fail' | 'skipped'
  detail: string
  /** The exact fix: a diff, a setting, a secret. */
  fix?: string
}

/** One item's two outcomes: it passes with a detail, or fails with a detail and its fix. */
function check(id: string, title: string) {
  return {
    pass: (detail: string): DoctorItem => ({ id, title, status: 'pass', detail }),
    fail: (detail: string, fix: string): DoctorItem => ({ id, title, status: 'fail', detail, fix })
  }
}

/** The diff of one workflow file, as the fix shows it. */
function workflowDiff(file: string, before: string | null, after: string): string {
  return unifiedDiff({ path: `.github/workflows/${file}`, before, after, reason: '' })
}

/** The secret names of the App path (actions/create-github-app-token's app-id and private-key). */
export const APP_SECRETS = ['RELEASE_APP_ID', 'RELEASE_APP_PRIVATE_KEY']

/** Every check, in order: templates, tag-push workflows, one release creator, images, crates, dispatchers, required checks, labels, token path. */
export function doctorItems(
  files: CheckoutFiles,
  templates: Templates,
  online: OnlineFacts | undefined
): DoctorItem[] {
  const workflows = Object.entries(files.workflows)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, text]) => readWorkflow(file, text))
    .filter((workflow): workflow is WorkflowSkeleton => workflow !== undefined)
  const chain = new Set(Object.keys(templates))
  const own = workflows.filter(
    (workflow) => !chain.has(workflow.file) && !callsReleaseActions(workflow)
  )
  const app = usesApp(workflows, online)
  const broken = workflows.filter((workflow) => workflow.errors.length > 0)
  const valid = check('workflow files', "the workflow files are valid by GitHub's schema")
  const items: DoctorItem[] = [
    broken.length === 0
      ? valid.pass(`${workflows.length} files`)
      : valid.fail(
          broken.map((workflow) => `${workflow.file}: ${workflow.errors.join('; ')}`).join(' | '),
          'correct the files as the errors say (GitHub refuses to run them)'
        ),
    ...templateItems(files, templates),
    ...tagWorkflowItems(own, workflows, templates, app),
    releaseCreatorItem(own),
    ...(files.kind === 'bpfman'
      ? bpfmanPublicationItems(files, own, workflows)
      : operatorImageItems(own)),
    requiredChecksItem(files, workflows, online, app),
    labelsItem(files.kind === 'bpfman' ? BPFMAN_PRESET.labels : OPERATOR_PRESET.labels, online),
    tokenPathItem(app, appSecretsPassed(workflows), online)
  ]
  return items
}

function callsReleaseActions(workflow: WorkflowSkeleton): boolean {
  return releaseActionsCalls(workflow).length > 0
}

/** The secret names the workflows that call release-actions pass as app-id and app-private-key. */
function appSecretsPassed(workflows: readonly WorkflowSkeleton[]): string[] {
  const names = new Set<string>()
  for (const workflow of workflows.filter(callsReleaseActions))
    for (const match of workflow.text.matchAll(
      /\bapp-(?:id|private-key):\s*\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}/g
    ))
      names.add(match[1])
  return [...names].sort()
}

/** The App path: the workflows pass the App's two secrets, and (online) the repository has them. */
function usesApp(workflows: readonly WorkflowSkeleton[], online: OnlineFacts | undefined): boolean {
  const passed = appSecretsPassed(workflows)
  return (
    APP_SECRETS.every((name) => passed.includes(name)) &&
    (!online || APP_SECRETS.every((name) => online.secrets.includes(name)))
  )
}

function templateItems(files: CheckoutFiles, templates: Templates): DoctorItem[] {
  return Object.entries(templates).map(([file, template]) => {
    const present = files.workflows[file]
    const item = check(
      `template ${file}`,
      `.github/workflows/${file} is the template calling this version`
    )
    if (present === undefined) return item.fail('missing', workflowDiff(file, null, template))
    const wanted = refsOf(template)
    const found = refsOf(present)
    const stale = found.filter((ref) => !wanted.includes(ref))
    if (stale.length === 0 && wanted.every((ref) => found.includes(ref)))
      return item.pass(`calls ${wanted.join(', ')}`)
    let after = present
    for (const ref of stale) {
      const path = ref.split('@')[0]
      const replacement = wanted.find((candidate) => candidate.startsWith(`${path}@`))
      if (replacement) after = after.split(ref).join(replacement)
    }
    return item.fail(
      `calls ${found.join(', ') || 'no release-actions workflow'}; this version's template calls ${wanted.join(', ')}`,
      after !== present
        ? workflowDiff(file, present, after)
        : `copy templates/${file} of release-actions over .github/workflows/${file}`
    )
  })
}

function refsOf(text: string): string[] {
  return [...text.matchAll(/uses:\s*(bpfman\/release-actions[^\s#]*)/g)].map((match) => match[1])
}

/** The workflow tag-release dispatches, as the repository's (or else the template's) Tag Release names it. */
function dispatchTarget(
  workflows: readonly WorkflowSkeleton[],
  templates: Templates
): string | undefined {
  const tagRelease =
    workflows.find((workflow) => workflow.file === 'tag-release.yml') ??
    (templates['tag-release.yml']
      ? readWorkflow('tag-release.yml', templates['tag-release.yml'])
      : undefined)
  const value = tagRelease?.jobs.map((job) => job.with['dispatch-workflow']).find(Boolean)
  return typeof value === 'string' && value ? value : undefined
}

function tagWorkflowItems(
  own: readonly WorkflowSkeleton[],
  workflows: readonly WorkflowSkeleton[],
  templates: Templates,
  app: boolean
): DoctorItem[] {
  const target = dispatchTarget(workflows, templates)
  const items: DoctorItem[] = []
  const names = workflows.map((workflow) => workflow.file)
  if (target && !names.includes(target) && !(target in templates))
    items.push(
      check(`dispatch ${target}`, `the workflow tag-release dispatches (${target}) exists`).fail(
        `tag-release.yml dispatches ${target}, which is not in .github/workflows/`,
        `in .github/workflows/tag-release.yml, set dispatch-workflow to a workflow of this repository that accepts workflow_dispatch (or '' with the App: its tag push starts them all)`
      )
    )
  for (const workflow of own.filter(runsOnTagPush)) {
    const item = check(
      `tag push ${workflow.file}`,
      `${workflow.file} (runs on a tag push) is started by the chain`
    )
    const dispatchable = acceptsDispatch(workflow)
    const pushOnly = publishesOnPushOnly(workflow)
    const withoutApp = [
      ...(dispatchable ? [] : [addDispatchDiff(workflow)]),
      ...(pushOnly
        ? [
            "and its publishing steps run for workflow_dispatch too: where it tests github.event_name == 'push', test (github.event_name == 'push' || github.event_name == 'workflow_dispatch')"
          ]
        : [])
    ]
    items.push(
      app
        ? item.pass("the App's tag push starts it")
        : dispatchable && !pushOnly
          ? item.pass(
              'tag-release dispatches it on the tag (a tag pushed with GITHUB_TOKEN starts no workflow)'
            )
          : item.fail(
              `a tag pushed with GITHUB_TOKEN starts no workflow${dispatchable ? '' : `, and ${workflow.file} has no workflow_dispatch for tag-release to start it with`}${pushOnly ? `; dispatched, ${workflow.file} publishes nothing (it publishes only when github.event_name is push)` : ''}`,
              `configure the App (see token path): the tag it pushes starts ${workflow.file}; without it, ${workflow.file} needs:\n${withoutApp.join('\n')}`
            )
    )
  }
  return items
}

/** The diff that adds `workflow_dispatch:` to a workflow's triggers (a block `on:` mapping). */
function addDispatchDiff(workflow: WorkflowSkeleton): string {
  const lines = workflow.text.split('\n')
  const on = lines.findIndex((line) => /^(on|"on"|'on'):\s*(#.*)?$/.test(line))
  if (on < 0) return `add workflow_dispatch to the triggers of .github/workflows/${workflow.file}`
  const indent = /^(\s+)\S/.exec(lines[on + 1] ?? '')?.[1] ?? '  '
  const after = [
    ...lines.slice(0, on + 1),
    `${indent}workflow_dispatch:`,
    ...lines.slice(on + 1)
  ].join('\n')
  return workflowDiff(workflow.file, workflow.text, after)
}

function releaseCreatorItem(own: readonly WorkflowSkeleton[]): DoctorItem {
  const creators = own.filter(runsOnTagPush).flatMap(releaseCreators)
  const item = check(
    'release creator',
    'exactly one creator of the GitHub release: a tag-push workflow, else tag-release'
  )
  if (creators.length === 0) return item.pass('tag-release drafts the release from the changelog')
  if (creators.length === 1)
    return item.pass(`${creators[0]} creates it on the tag; tag-release makes none`)
  return item.fail(
    `${creators.join(' and ')} each create a release of the tag (softprops/action-gh-release finds a published release by tag, so two runs at once make two)`,
    `keep one creator: in all but one of ${creators.join(', ')}, upload to the release instead of creating it:\n  - run: gh release upload "$GITHUB_REF_NAME" <its files> --clobber\n    env:\n      GH_TOKEN: \${{ github.token }}`
  )
}

/** post-release's `with:` in the repository's workflow that calls it. */
function postReleaseWith(
  workflows: readonly WorkflowSkeleton[]
): { file: string; with: Record<string, unknown> } | undefined {
  for (const workflow of workflows)
    for (const job of workflow.jobs)
      if (
        job.uses?.includes('release-actions/.github/workflows/post-release.yml') ||
        job.uses?.includes('release-actions/post')
      )
        return { file: workflow.file, with: job.with }
  return undefined
}

/** A list input as given; undefined when empty or an expression: post-release decides from the tree. */
function listInput(value: unknown): string[] | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.includes('${{')) return undefined
  return value.trim() === 'none' ? [] : parseList(value)
}

function bpfmanPublicationItems(
  files: CheckoutFiles,
  own: readonly WorkflowSkeleton[],
  workflows: readonly WorkflowSkeleton[]
): DoctorItem[] {
  const post = postReleaseWith(workflows)
  const where = post
    ? `post-release's with: in .github/workflows/${post.file}`
    : "post-release's with: (in the workflow that calls it)"
  const imageWorkflows = own.filter(
    (workflow) => runsOnTagPush(workflow) && imagesPushedForTag(workflow).length > 0
  )
  const published = [...new Set(imageWorkflows.flatMap((workflow) => imagesPushedForTag(workflow)))]
  const given = listInput(post?.with.images)
  const images = check(
    'images',
    'post-release checks the images the image workflow publishes for a tag'
  )
  const fromTree = `${imageWorkflows.map((workflow) => workflow.file).join(', ')} push${imageWorkflows.length === 1 ? 'es' : ''} ${published.length} images with the tag`
  const items: DoctorItem[] = []
  if (given === undefined) {
    // Left empty, post-release checks what the workflows at the tag push (its preset).
    items.push(
      images.pass(
        published.length > 0
          ? `post-release reads them from the tree: ${fromTree}`
          : `no workflow pushes images with the tag: post-release checks the release process's ${PUBLISHED_IMAGES.length}`
      )
    )
  } else {
    const notPublished = given.filter((image) => !published.includes(image))
    const notChecked = published.filter((image) => !given.includes(image))
    items.push(
      notPublished.length === 0 && notChecked.length === 0
        ? images.pass(`${given.length} images`)
        : images.fail(
            `${published.length > 0 ? fromTree : 'no workflow pushes images with the tag'}; checked but not pushed with the tag: ${notPublished.join(', ') || 'none'}; pushed but not checked: ${notChecked.join(', ') || 'none'}`,
            `leave images empty in ${where} (post-release then checks what the workflows push), or set:\n  images: ${published.join(',') || 'none'}`
          )
    )
  }
  const cratesPublished = own.some((workflow) => publishesCrates(workflow.text))
  const crates = listInput(post?.with.crates)
  const cratesItem = check(
    'crates',
    'post-release checks crates only where the repository publishes them'
  )
  items.push(
    crates !== undefined && crates.length > 0 && !cratesPublished
      ? cratesItem.fail(
          `post-release checks ${crates.join(', ')} on crates.io, and no workflow runs cargo publish`,
          `leave crates empty in ${where}, or set:\n  crates: none`
        )
      : cratesItem.pass(
          crates === undefined
            ? `post-release reads it from the tree: ${cratesPublished ? 'a workflow runs cargo publish' : 'no workflow runs cargo publish, no crates checked'}`
            : cratesPublished
              ? 'a workflow publishes crates'
              : 'no crates checked'
        )
  )
  const givenDispatchers = listInput(post?.with['dispatcher-images'])
  const dispatchersPerTag = published.some((image) => /-dispatcher$/.test(image))
  const dispatchers = check(
    'dispatchers',
    'post-release tags dispatcher images only where the source pins them by tag'
  )
  items.push(
    givenDispatchers !== undefined &&
      givenDispatchers.length > 0 &&
      !files.dispatchersPinned &&
      dispatchersPerTag
      ? dispatchers.fail(
          'the dispatchers are compiled in and the image workflow pushes them with the tag; tagging :latest as the version would point the tag at a later build',
          `leave dispatcher-images empty in ${where}, or set:\n  dispatcher-images: none`
        )
      : dispatchers.pass(
          givenDispatchers === undefined
            ? 'post-release tags only the dispatchers the source pins to the tag'
            : files.dispatchersPinned
              ? 'pinned by tag in the source'
              : 'not tagged'
        )
  )
  return items
}

function operatorImageItems(own: readonly WorkflowSkeleton[]): DoctorItem[] {
  const published = own.filter(runsOnTagPush).flatMap((workflow) => imagesPushedForTag(workflow))
  const missing = OPERATOR_IMAGES.filter((image) => !published.includes(image))
  const item = check('images', "the image workflow publishes the operator's images for a tag")
  return [
    missing.length === 0
      ? item.pass(OPERATOR_IMAGES.join(', '))
      : item.fail(
          `not pushed with the tag by any tag-push workflow: ${missing.join(', ')}`,
          "add them to the image workflow's matrix with docker/metadata-action tags type=ref,event=tag"
        )
  ]
}

/** The checks mergify (or branch protection) requires before a merge. */
export function mergifyRequiredChecks(text: string | undefined): string[] {
  if (!text) return []
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch {
    return []
  }
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = /^check-success\s*=\s*(.+)$/.exec(value.trim())
      if (match) found.add(match[1].trim())
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(doc)
  return [...found]
}

function requiredChecksItem(
  files: CheckoutFiles,
  workflows: readonly WorkflowSkeleton[],
  online: OnlineFacts | undefined,
  app: boolean
): DoctorItem {
  // Only checks made by this repository's pull_request workflows go missing; an
  // App's check (DCO) runs whoever opened the pull request.
  const jobs = workflows
    .filter((workflow) => 'pull_request' in workflow.triggers)
    .flatMap((workflow) => workflow.jobs.map((job) => job.id))
  const required = [
    ...new Set([...mergifyRequiredChecks(files.mergify), ...(online?.requiredChecks ?? [])])
  ].filter((name) => jobs.includes(name))
  const item = check(
    'required checks',
    "the chain's pull requests can get the checks a merge requires"
  )
  if (required.length === 0)
    return item.pass('no required check that a workflow of this repository makes')
  if (app) return item.pass(`the App's pull requests start CI: ${required.join(', ')}`)
  return item.fail(
    `a merge requires ${required.join(', ')}; a pull request opened with GITHUB_TOKEN starts no workflow, so the release, :latest revert and next-dev pull requests get them only once a maintainer closes and reopens each`,
    'configure the App (see token path); without it, close and reopen each pull request the chain opens, as a maintainer, to start its CI'
  )
}

function labelsItem(labels: readonly string[], online: OnlineFacts | undefined): DoctorItem {
  const title = `the labels the chain puts on its pull requests exist (${labels.join(', ')})`
  if (!online) return { id: 'labels', title, status: 'skipped', detail: 'online only (--online)' }
  const item = check('labels', title)
  const missing = labels.filter((label) => !online.labels.includes(label))
  return missing.length === 0
    ? item.pass('present')
    : item.fail(
        `missing: ${missing.join(', ')}`,
        missing.map((label) => `gh label create ${label}`).join('\n')
      )
}

function tokenPathItem(
  app: boolean,
  passed: readonly string[],
  online: OnlineFacts | undefined
): DoctorItem {
  const item = check(
    'token path',
    'the token path: a GitHub App, or GITHUB_TOKEN with its manual steps'
  )
  const other = passed.filter((name) => !APP_SECRETS.includes(name))
  if (other.length > 0)
    return item.fail(
      `the workflows pass the App's id and key as secrets ${other.join(', ')}; this version's templates pass ${APP_SECRETS.join(' and ')}`,
      `in the workflows that call release-actions, pass app-id: \${{ secrets.${APP_SECRETS[0]} }} and app-private-key: \${{ secrets.${APP_SECRETS[1]} }} (and name the repository's secrets so)`
    )
  if (online && !online.canCreatePullRequests && !app)
    return item.fail(
      'GitHub Actions may not create pull requests in this repository',
      'Settings > Actions > General > Workflow permissions: check "Allow GitHub Actions to create and approve pull requests" (or configure the App)'
    )
  if (app)
    return item.pass(
      online
        ? `the App (secrets ${APP_SECRETS.join(', ')})`
        : `the workflows pass the App's secrets ${APP_SECRETS.join(', ')} (--online checks they are set)`
    )
  const missing = online ? APP_SECRETS.filter((name) => !online.secrets.includes(name)) : []
  return item.fail(
    passed.length > 0 && missing.length > 0
      ? `no App: the workflows pass ${APP_SECRETS.join(' and ')}, and the repository has no secret ${missing.join(', ')}: GITHUB_TOKEN alone; its tags and pull requests start no workflow`
      : 'no App: GITHUB_TOKEN alone; its tags and pull requests start no workflow',
    `create a GitHub App (contents, pull-requests, actions: write; docs/tokens.md in release-actions), install it on bpfman and bpfman-operator, add secrets ${APP_SECRETS.join(' and ')} (the templates pass them as app-id and app-private-key); without it, the manual steps are: dispatch each tag-push workflow on the tag, close and reopen each pull request the chain opens`
  )
}
