import { type StatusRow } from '../release/release-state.js'
import { type ReleaseVersion } from '../release/version.js'

/** What a maintainer does about the first row that is not done. */
export function nextStep(row: StatusRow, version: ReleaseVersion, operator: string): string {
  const where = row.link ? ` (${row.link})` : ''
  const isOperator = row.repository === operator
  switch (row.stage) {
    case 'release PR':
      if (row.state === 'missing')
        return isOperator
          ? `dispatch the operator's Prepare Release (post-release hands over when OPERATOR_TOKEN is set), version ${version.version}`
          : `dispatch Prepare Release (prepare-release.yml) in ${row.repository} with version ${version.version}`
      if (row.state === 'failed')
        return `fix the failed check and rerun it, or reopen the pull request${where}`
      return `review and merge ${row.item}${where}; with no CI run on it (opened with GITHUB_TOKEN), close and reopen it`
    case 'tag':
      return `merge the release pull request (Tag Release runs when it is merged), or dispatch tag-release.yml in ${row.repository} with version ${version.version}`
    case 'GitHub release':
      return row.state === 'missing'
        ? `rerun Tag Release in ${row.repository}: it makes the draft release of ${version.tag}`
        : row.state === 'failed'
          ? `rerun post-release in ${row.repository}: it uploads the missing assets`
          : `wait for the tag's runs, then post-release publishes the draft${where}`
    case 'tag runs':
      return row.state === 'missing'
        ? `the tag started no workflow (a tag pushed with GITHUB_TOKEN starts none): dispatch the repository's publishing workflows on ${version.tag}, or configure the App`
        : row.state === 'failed'
          ? `rerun the failed jobs of ${row.item}${where}`
          : `wait for ${row.item}${where}`
    case 'images':
      return `the image is published by the tag's image workflow: rerun it on ${version.tag} (${row.item})`
    case 'docs':
      return `the versioned docs are deployed by the tag's docs workflow: rerun it on ${version.tag}`
    case 'crates':
      return `publish ${row.item} (cargo publish from the tag), or drop it from --crates`
    case 'COPR':
      return `start or rerun the COPR build of ${version.version} (Packit builds it from the release)`
    case ':latest revert PR':
      return `review and merge ${row.item}${where}`
    case 'catalog PRs':
      return row.state === 'missing'
        ? `run the operator's catalogs stage (operator-catalogs.yml) for ${version.version}`
        : `follow ${row.item} in ${row.repository}${where} until the catalog merges it`
    case 'next-dev PR':
      return row.state === 'missing'
        ? `run the operator's next-dev stage (operator-next-dev.yml) for ${version.version}`
        : `review and merge ${row.item}${where}`
  }
}
