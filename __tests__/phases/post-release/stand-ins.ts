// Tiny local stand-ins for two services this machine cannot reach and that we
// do not own: crates.io's API (GET /api/v1/crates/{name}/{version}, and the
// PUT /api/v1/crates/new that `cargo publish` uploads to) and COPR's API v3
// (GET /api_3/package). They answer in the documented JSON shapes, including
// crates.io's refusal of requests without a proper User-Agent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface StandIn {
  url: string
  /** Every request: method, path with query, user-agent. */
  requests: { path: string; userAgent: string | undefined }[]
  close(): Promise<void>
}

async function listen(
  handler: (
    request: IncomingMessage,
    url: URL,
    content: Buffer
  ) => { status: number; body: unknown; type?: string }
): Promise<StandIn> {
  const requests: StandIn['requests'] = []
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    requests.push({
      path: `${url.pathname}${url.search}`,
      userAgent: request.headers['user-agent']
    })
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { status, body, type } = handler(request, url, Buffer.concat(chunks))
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      response
        .writeHead(status, { 'content-type': type ?? 'application/json; charset=utf-8' })
        .end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

// crates.io answers 403 with this text (abridged) when the User-Agent is missing or names only an HTTP library.
const CRATES_UA_REFUSAL = `We require that all requests include a \`User-Agent\` header.  To allow us to determine the impact your bot has on our service, we ask that your user agent actually identify your bot, and not just report the HTTP client library you're using.  Including contact information will also reduce the chance that we will need to take action against your bot.

Bad:
  User-Agent: reqwest/0.9.1

Better:
  User-Agent: my_bot

Best:
  User-Agent: my_bot (my_bot.com/info)
  User-Agent: my_bot (help@my_bot.com)

If you believe you've received this message in error, please email help@crates.io and include the request id 00000000-0000-0000-0000-000000000000.`

const LIBRARY_AGENTS =
  /^(node|undici|curl\/|wget\/|python-requests\/|reqwest\/|axios\/|go-http-client\/)/i

export interface CratesStandIn extends StandIn {
  /** Publishes `name` at `version` (yanked or not), as a PUT /api/v1/crates/new would. */
  publish(name: string, version: string, yanked?: boolean): void
}

/** crates.io's error answer: {errors: [{detail}]}. */
const cratesError = (status: number, detail: string) => ({ status, body: { errors: [{ detail }] } })

/**
 * The body of `cargo publish`'s upload (the Cargo book's "Web API", publish):
 * a little-endian u32 length, the JSON metadata, a little-endian u32 length,
 * the .crate file. The metadata's name and vers, or why the upload is refused.
 */
function parseUpload(content: Buffer): { name: string; vers: string } | string {
  const jsonEnd = content.length >= 4 ? 4 + content.readUInt32LE(0) : Infinity
  if (jsonEnd + 4 > content.length) return 'invalid upload request: the metadata is cut short'
  if (jsonEnd + 4 + content.readUInt32LE(jsonEnd) !== content.length)
    return 'invalid upload request: the .crate file is not as long as its length says'
  let metadata: { name?: unknown; vers?: unknown }
  try {
    metadata = JSON.parse(content.subarray(4, jsonEnd).toString('utf8')) as typeof metadata
  } catch (error) {
    return `invalid upload request: ${(error as Error).message}`
  }
  for (const field of ['name', 'vers'] as const)
    if (typeof metadata[field] !== 'string' || metadata[field] === '')
      return `invalid upload request: missing field \`${field}\``
  return { name: metadata.name as string, vers: metadata.vers as string }
}

/**
 * crates.io's stand-in. Uploads need an Authorization header (any token, or
 * `token` when given), as crates.io answers without one or with an unknown one.
 */
export async function startCratesStandIn(options: { token?: string } = {}): Promise<CratesStandIn> {
  const crates = new Map<string, Map<string, boolean>>()
  const publish = (name: string, version: string, yanked = false): void => {
    if (!crates.has(name)) crates.set(name, new Map())
    crates.get(name)?.set(version, yanked)
  }
  let id = 1_500_000
  const standIn = await listen((request, url, content) => {
    const agent = request.headers['user-agent']
    if (!agent || LIBRARY_AGENTS.test(agent))
      return { status: 403, body: CRATES_UA_REFUSAL, type: 'text/plain; charset=utf-8' }
    if (url.pathname === '/api/v1/crates/new' && request.method === 'PUT') {
      // crates.io reads the metadata first, then checks the token for that crate.
      const upload = parseUpload(content)
      if (typeof upload === 'string') return cratesError(400, upload)
      const token = request.headers.authorization
      if (!token) return cratesError(403, 'this action requires authentication')
      if (options.token !== undefined && token !== options.token)
        return cratesError(403, 'authentication failed')
      if (crates.get(upload.name)?.has(upload.vers))
        return cratesError(400, `crate version \`${upload.vers}\` is already uploaded`)
      publish(upload.name, upload.vers)
      return {
        status: 200,
        body: { warnings: { invalid_categories: [], invalid_badges: [], other: [] } }
      }
    }
    const match = /^\/api\/v1\/crates\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (!match || request.method !== 'GET') return cratesError(404, 'Not Found')
    const [name, version] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])]
    const versions = crates.get(name)
    if (!versions) return cratesError(404, `crate \`${name}\` does not exist`)
    if (!versions.has(version))
      return cratesError(404, `crate \`${name}\` does not have a version \`${version}\``)
    const yanked = versions.get(version) as boolean
    return {
      status: 200,
      body: {
        version: {
          id: id++,
          crate: name,
          num: version,
          dl_path: `/api/v1/crates/${name}/${version}/download`,
          readme_path: `/api/v1/crates/${name}/${version}/readme`,
          updated_at: '2026-01-02T10:00:00.000000Z',
          created_at: '2026-01-02T10:00:00.000000Z',
          downloads: 0,
          features: {},
          yanked,
          yank_message: yanked ? 'broken build' : null,
          lib_links: null,
          license: 'Apache-2.0',
          links: {
            dependencies: `/api/v1/crates/${name}/${version}/dependencies`,
            version_downloads: `/api/v1/crates/${name}/${version}/downloads`,
            authors: `/api/v1/crates/${name}/${version}/authors`
          },
          crate_size: 42_000,
          published_by: {
            id: 1,
            login: 'bpfman-bot',
            name: null,
            avatar: null,
            url: 'https://github.com/bpfman-bot'
          },
          audit_actions: [],
          checksum: '0'.repeat(64),
          rust_version: null,
          has_lib: true,
          bin_names: [],
          edition: '2021',
          description: `The ${name} crate`,
          homepage: null,
          documentation: null,
          repository: 'https://github.com/bpfman/bpfman'
        }
      }
    }
  })
  return { ...standIn, publish }
}

export interface CoprStandIn extends StandIn {
  /** The latest build of a package in a project (`@ebpf-sig/bpfman`). */
  setLatestBuild(
    project: string,
    packageName: string,
    build: { id: number; state: string; version: string } | null
  ): void
}

export async function startCoprStandIn(): Promise<CoprStandIn> {
  const packages = new Map<string, { id: number; state: string; version: string } | null>()
  const standIn = await listen((_request, url) => {
    if (url.pathname !== '/api_3/package') return { status: 404, body: { error: 'Not found' } }
    const owner = url.searchParams.get('ownername') ?? ''
    const project = url.searchParams.get('projectname') ?? ''
    const name = url.searchParams.get('packagename') ?? ''
    const key = `${owner}/${project}/${name}`
    if (![...packages.keys()].some((k) => k.startsWith(`${owner}/${project}/`))) {
      return { status: 404, body: { error: `Project ${owner}/${project} does not exist.` } }
    }
    if (!packages.has(key))
      return { status: 404, body: { error: `No package with name ${name} in copr ${project}` } }
    const latest = packages.get(key)
    const withLatest = ['True', 'true', '1'].includes(
      url.searchParams.get('with_latest_build') ?? ''
    )
    const build = latest && {
      id: latest.id,
      state: latest.state,
      projectname: project,
      ownername: owner,
      repo_url: `https://download.copr.fedorainfracloud.org/results/${owner}/${project}`,
      source_package: {
        name,
        version: latest.version,
        url: `https://download.copr.fedorainfracloud.org/results/${owner}/${project}/srpm-builds/${latest.id}/${name}-${latest.version}.src.rpm`
      },
      submitted_on: 1767348000,
      started_on: 1767348060,
      ended_on: latest.state === 'succeeded' ? 1767349000 : null,
      submitter: 'packit',
      chroots: ['fedora-42-x86_64', 'fedora-rawhide-x86_64'],
      project_dirname: project,
      is_background: false
    }
    return {
      status: 200,
      body: {
        id: 4242,
        name,
        projectname: project,
        ownername: owner,
        source_type: 'scm',
        source_dict: {
          clone_url: 'https://github.com/bpfman/bpfman',
          committish: '',
          spec: 'bpfman.spec',
          type: 'git'
        },
        auto_rebuild: true,
        builds: { latest: withLatest ? build : null, latest_succeeded: null }
      }
    }
  })
  return {
    ...standIn,
    setLatestBuild(project, packageName, build) {
      packages.set(`${project}/${packageName}`, build)
    }
  }
}
