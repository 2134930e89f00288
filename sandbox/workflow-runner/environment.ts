import type { ResolvedEvent } from './events.js'

/** GitHub's default environment variables of a job's steps (docs: "Store information in variables"). */
export function defaultVariables(job: {
  github: Record<string, unknown>
  event: ResolvedEvent
  eventPath: string
  job: string
  workspace: string
  temp: string
  toolCache: string
  apiUrl: string
  /** The GITHUB_ENV and GITHUB_PATH files of the job. */
  files: { env: string; path: string }
}): Record<string, string> {
  const github = (name: string): string => String(job.github[name] ?? '')
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKFLOW: github('workflow'),
    GITHUB_WORKFLOW_REF: github('workflow_ref'),
    GITHUB_RUN_ID: github('run_id'),
    GITHUB_RUN_NUMBER: github('run_number'),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job.job,
    GITHUB_ACTOR: github('actor'),
    GITHUB_TRIGGERING_ACTOR: github('actor'),
    GITHUB_REPOSITORY: github('repository'),
    GITHUB_REPOSITORY_OWNER: github('repository_owner'),
    GITHUB_EVENT_NAME: job.event.name,
    GITHUB_EVENT_PATH: job.eventPath,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_SHA: job.event.sha,
    GITHUB_REF: job.event.ref,
    GITHUB_REF_NAME: github('ref_name'),
    GITHUB_REF_TYPE: github('ref_type'),
    GITHUB_HEAD_REF: job.event.headRef,
    GITHUB_BASE_REF: job.event.baseRef,
    GITHUB_SERVER_URL: github('server_url'),
    GITHUB_API_URL: job.apiUrl,
    GITHUB_GRAPHQL_URL: `${job.apiUrl}/graphql`,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'workflow-runner',
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: job.toolCache,
    GITHUB_ENV: job.files.env,
    GITHUB_PATH: job.files.path
  }
}
