import { type RepoApi, isStatus } from './api.js'

/** One entry of a folder: a file, a folder (`dir`), a symlink or a submodule. */
export interface ContentEntry {
  name: string
  path: string
  type: 'file' | 'dir' | 'symlink' | 'submodule'
}

/** The repository's files at a ref, through the contents API (read only). */
export class Contents {
  constructor(private readonly api: RepoApi) {}

  /** The entries of the folder `path` at `ref`; undefined when the ref or the folder does not exist, or `path` is no folder. */
  async folder(ref: string, path: string): Promise<ContentEntry[] | undefined> {
    const data = await this.get(ref, path)
    if (!Array.isArray(data)) return undefined
    return data.map((entry) => ({ name: entry.name, path: entry.path, type: entry.type }))
  }

  /** The text of the file `path` at `ref`; undefined when the ref or the file does not exist, or `path` is no file. */
  async text(ref: string, path: string): Promise<string | undefined> {
    const data = await this.get(ref, path)
    if (data === undefined || Array.isArray(data) || data.type !== 'file') return undefined
    // Above 1 MB GitHub leaves `content` empty (encoding "none"): such a file is not read as empty.
    if (data.encoding !== 'base64')
      throw new Error(
        `${path} at ${ref} is too large for the contents API (encoding "${data.encoding}")`
      )
    return Buffer.from(data.content, 'base64').toString('utf8')
  }

  private async get(ref: string, path: string) {
    try {
      const { data } = await this.api.octokit.rest.repos.getContent({ ...this.api.ref, path, ref })
      return data
    } catch (error) {
      // GitHub answers 404 both for a path that is not there and for a ref that names no commit.
      if (isStatus(error, 404)) return undefined
      throw error
    }
  }
}
