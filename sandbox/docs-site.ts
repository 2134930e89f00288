// The docs site of a repository as GitHub Pages serves it: the files of its
// gh-pages branch (which mike deploy pushes), over HTTP, so that `status`
// finds https://bpfman.io/vX.Y.Z/ as a reader would. Read with `git show`
// from the bare remote: a path is never joined onto a folder of the disk.
import { execFile } from 'node:child_process'
import { type Server, createServer } from 'node:http'
import { type AddressInfo } from 'node:net'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

export interface DocsSite {
  url: string
  /** The versions mike deployed (gh-pages versions.json), newest first. */
  versions(): Promise<string[]>
  close(): Promise<void>
}

async function show(gitDir: string, path: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('git', ['show', `refs/heads/gh-pages:${path}`], {
      cwd: gitDir
    })
    return stdout
  } catch {
    return undefined
  }
}

export async function startDocsSite(gitDir: string): Promise<DocsSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://docs').pathname)
      .replace(/^\/+/, '')
      .replace(/\/$/, '/index.html')
    const safe = path === '' ? 'index.html' : path
    if (safe.split('/').some((part) => part === '..' || part === '.')) {
      response.statusCode = 400
      response.end()
      return
    }
    void show(gitDir, safe).then((body) => {
      response.statusCode = body === undefined ? 404 : 200
      response.end(body ?? 'not found\n')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    versions: async () => {
      const text = await show(gitDir, 'versions.json')
      return text ? (JSON.parse(text) as { version: string }[]).map((entry) => entry.version) : []
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
