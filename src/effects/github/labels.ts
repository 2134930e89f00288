import { createOnce } from './create-once.js'
import { type RepoApi, isStatus } from './api.js'

/** Labels on issues and pull requests. */
export class Labels {
  constructor(private readonly api: RepoApi) {}

  /** Adds the labels that the pull request lacks, creating missing labels in the repository. */
  async ensure(issueNumber: number, labels: string[]): Promise<string[]> {
    const { data: current } = await this.api.octokit.rest.issues.listLabelsOnIssue({
      ...this.api.ref,
      issue_number: issueNumber
    })
    const missing = labels.filter((label) => !current.some((c) => c.name === label))
    if (missing.length === 0) return []
    const { data: known } = await this.api.octokit.rest.issues.listLabelsForRepo({
      ...this.api.ref,
      per_page: 100
    })
    for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
      try {
        await createOnce(
          `label ${name}`,
          async () => {
            await this.api.octokit.rest.issues.createLabel({
              ...this.api.ref,
              name,
              color: 'ededed'
            })
            return name
          },
          async () => {
            try {
              await this.api.octokit.rest.issues.getLabel({ ...this.api.ref, name })
              return name
            } catch (error) {
              if (isStatus(error, 404)) return undefined
              throw error
            }
          }
        )
      } catch (error) {
        if (!isStatus(error, 422)) throw error // created meanwhile: fine
      }
    }
    await this.api.octokit.rest.issues.addLabels({
      ...this.api.ref,
      issue_number: issueNumber,
      labels: missing,
      // Adding labels a second time changes nothing: resent like a PUT.
      request: { idempotent: true }
    })
    return missing
  }
}
