/** Who commits, tags and signs off. */
export interface Identity {
  name: string
  email: string
}

/** The default committer in Actions, and the sign-off it writes. */
export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

/** The DCO trailer. */
export function signedOffBy(identity: Identity): string {
  return `Signed-off-by: ${identity.name} <${identity.email}>`
}

/** A commit message of subject, body paragraphs and the sign-off, ending in a newline. */
export function commitMessage(subject: string, body: string[], identity: Identity): string {
  return [subject, '', ...body, '', signedOffBy(identity), ''].join('\n')
}
