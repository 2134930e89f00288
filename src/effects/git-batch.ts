import { Git } from './git.js'

/**
 * Git reads batched into one process, whatever the number of files: the
 * catalog workspace reads a bundle folder with one `cat-file --batch`
 * instead of one `git show` per file.
 */
export class BatchGit extends Git {
  /**
   * The contents of each `<ref>:<path>` in `specs`, in order, read by one
   * `git cat-file --batch`; undefined for one that is not there.
   */
  async readBlobs(specs: readonly string[]): Promise<(string | undefined)[]> {
    if (specs.length === 0) return []
    const bad = specs.find((spec) => /[\n\r]/.test(spec))
    if (bad !== undefined)
      throw new Error(`git cat-file --batch cannot read ${JSON.stringify(bad)}`)
    const out = Buffer.from(await this.exec(['cat-file', '--batch'], `${specs.join('\n')}\n`))
    return parseBatch(out, specs.length)
  }
}

/** `<id> <type> <size>\n<bytes>\n` or `<spec> missing\n` per object asked, in order. */
export function parseBatch(out: Buffer, count: number): (string | undefined)[] {
  const contents: (string | undefined)[] = []
  let at = 0
  while (contents.length < count) {
    const end = out.indexOf(0x0a, at)
    if (end < 0) throw new Error(`git cat-file --batch answered ${contents.length} of ${count}`)
    const header = out.subarray(at, end).toString('utf8').split(' ')
    const size = Number(header[2])
    if (header.length !== 3 || !Number.isInteger(size)) {
      // "<spec> missing", "<spec> ambiguous": the spec may hold spaces, the verdict does not.
      contents.push(undefined)
      at = end + 1
      continue
    }
    const type = header[1]
    contents.push(
      type === 'blob' ? out.subarray(end + 1, end + 1 + size).toString('utf8') : undefined
    )
    at = end + 1 + size + 1
  }
  return contents
}
