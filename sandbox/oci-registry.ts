// Starts a real registry (Debian's docker-registry, the CNCF distribution
// registry) on a free loopback port for tests, optionally behind HTTP Basic
// (htpasswd, bcrypt) or the Bearer token flow (a token server run here that
// signs JWTs with an RSA key whose self-signed certificate the registry
// trusts), and pushes small test images through the registry API.
import { spawn, type ChildProcess } from 'node:child_process'
import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  X509Certificate,
  type KeyObject
} from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { run } from '../src/effects/exec.js'

export const REGISTRY_BIN = process.env.DOCKER_REGISTRY_BIN ?? '/usr/bin/docker-registry'
const START_TIMEOUT_MS = 10_000

export type RegistryAuthMode =
  | { kind: 'none' }
  | { kind: 'basic'; username: string; password: string }
  /** Token flow: anonymous gets pull only; these credentials get what they ask for. */
  | { kind: 'token'; username: string; password: string }

export interface TokenRequest {
  scopes: string[]
  service: string | null
  account: string | null
  /** 'anonymous', 'valid' or 'invalid' Basic credentials. */
  credentials: 'anonymous' | 'valid' | 'invalid'
}

export interface TestRegistry {
  /** http://127.0.0.1:PORT */
  url: string
  /** 127.0.0.1:PORT, the host part of image names. */
  host: string
  /** An Authorization header that may push to `repository` (undefined when the registry is open). */
  pushAuthorization(repository: string): string | undefined
  /** Requests the token server answered (token mode only). */
  tokenRequests: TokenRequest[]
  /** The registry's filesystem storage (no cache in front of it: a copy put back is what it serves). */
  storageDir: string
  stop(): Promise<void>
}

export async function startRegistry(
  auth: RegistryAuthMode = { kind: 'none' }
): Promise<TestRegistry> {
  if (!existsSync(REGISTRY_BIN)) {
    throw new Error(
      `${REGISTRY_BIN} is missing: the registry tests need Debian's docker-registry. Run scripts/ensure-registry.sh (as root) to install it.`
    )
  }
  const dir = await mkdtemp(join(tmpdir(), 'oci-registry-'))
  const cleanups: (() => Promise<void>)[] = [() => rm(dir, { recursive: true, force: true })]
  const stopAll = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
  try {
    let authConfig = ''
    let pushAuthorization: (repository: string) => string | undefined = () => undefined
    const tokenRequests: TokenRequest[] = []

    if (auth.kind === 'basic') {
      const htpasswd = join(dir, 'htpasswd')
      await writeFile(htpasswd, `${auth.username}:${await bcryptHash(auth.password, dir)}\n`)
      authConfig = `auth:\n  htpasswd:\n    realm: release-actions-test\n    path: ${htpasswd}\n`
      const header = basicHeader(auth.username, auth.password)
      pushAuthorization = () => header
    }

    if (auth.kind === 'token') {
      const issuer = await startTokenIssuer(dir, auth.username, auth.password, tokenRequests)
      cleanups.push(issuer.stop)
      authConfig =
        `auth:\n  token:\n    realm: ${issuer.realm}\n    service: ${issuer.service}\n` +
        `    issuer: ${issuer.issuer}\n    rootcertbundle: ${issuer.certPath}\n`
      pushAuthorization = (repository) =>
        `Bearer ${issuer.mint(auth.username, [access(repository, ['pull', 'push'])])}`
    }

    const { child, port } = await spawnRegistry(dir, authConfig)
    cleanups.push(() => stopProcess(child))
    return {
      url: `http://127.0.0.1:${port}`,
      host: `127.0.0.1:${port}`,
      pushAuthorization,
      tokenRequests,
      storageDir: join(dir, 'storage'),
      stop: stopAll
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

async function spawnRegistry(
  dir: string,
  authConfig: string
): Promise<{ child: ChildProcess; port: number }> {
  // A port taken between probing and binding makes the registry exit: try another.
  for (let tries = 1; ; tries++) {
    const port = await freePort()
    const config = join(dir, 'config.yml')
    await writeFile(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(dir, 'storage')}`,
        'http:',
        `  addr: 127.0.0.1:${port}`,
        `  secret: ${randomBytes(16).toString('hex')}`,
        authConfig
      ].join('\n')
    )
    const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    const url = `http://127.0.0.1:${port}/v2/`
    const deadline = Date.now() + START_TIMEOUT_MS
    while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.status === 200 || response.status === 401) return { child, port }
      } catch {
        // Not listening yet.
      }
      await sleep(50)
    }
    await stopProcess(child)
    if (tries < 3 && /address already in use/.test(stderr)) continue
    throw new Error(
      `${REGISTRY_BIN} did not answer ${url} within ${START_TIMEOUT_MS} ms:\n${stderr.trim()}`
    )
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
  await exited
  clearTimeout(timer)
}

async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/**
 * A bcrypt hash for the registry's htpasswd, from the system's libcrypt (libxcrypt
 * on Debian, which knows $2b$) through perl's crypt(), which perl-base always has.
 * Cost 4, the lowest, keeps the registry's checks fast.
 */
async function bcryptHash(password: string, cwd: string): Promise<string> {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = randomBytes(22)
  // The 22nd character carries only 2 bits: pick one whose low 4 bits are zero.
  const salt =
    [...bytes.subarray(0, 21)].map((b) => alphabet[b % 64]).join('') +
    '.Oeu'[(bytes[21] as number) % 4]
  const { stdout } = await run(
    'perl',
    ['-e', 'my $p = <STDIN>; chomp $p; print crypt($p, $ARGV[0]) // ""', `$2b$04$${salt}`],
    {
      cwd,
      input: `${password}\n`
    }
  )
  if (!/^\$2b\$04\$[./A-Za-z0-9]{53}$/.test(stdout)) {
    throw new Error(
      `the system crypt() did not produce a bcrypt hash (got "${stdout}"); libcrypt needs bcrypt support (libxcrypt)`
    )
  }
  return stdout
}

interface AccessEntry {
  type: string
  name: string
  actions: string[]
}

function access(repository: string, actions: string[]): AccessEntry {
  return { type: 'repository', name: repository, actions }
}

interface TokenIssuer {
  realm: string
  service: string
  issuer: string
  certPath: string
  mint(subject: string, grants: AccessEntry[]): string
  stop(): Promise<void>
}

/**
 * The token service of the Bearer flow: GET /token?service=&scope=... with
 * optional Basic credentials answers {token, access_token, expires_in}; the
 * JWT is RS256 with the signing certificate in its x5c header, which the
 * registry checks against its rootcertbundle.
 */
async function startTokenIssuer(
  dir: string,
  username: string,
  password: string,
  requests: TokenRequest[]
): Promise<TokenIssuer> {
  const service = 'release-actions-test-registry'
  const issuer = 'release-actions-test-token-issuer'
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const keyPath = join(dir, 'token-key.pem')
  const certPath = join(dir, 'token-cert.pem')
  await writeFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  await run(
    'openssl',
    [
      'req',
      '-x509',
      '-new',
      '-key',
      keyPath,
      '-sha256',
      '-days',
      '1',
      '-subj',
      `/CN=${issuer}`,
      '-out',
      certPath
    ],
    { cwd: dir }
  )
  const certificate = new X509Certificate(await readFile(certPath))
  const mint = (subject: string, grants: AccessEntry[]): string =>
    signJwt(privateKey, certificate, { issuer, service, subject, grants })

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== '/token') {
      response.writeHead(404).end()
      return
    }
    const header = request.headers.authorization
    const credentials = !header
      ? 'anonymous'
      : header === basicHeader(username, password)
        ? 'valid'
        : 'invalid'
    const scopes = url.searchParams.getAll('scope')
    requests.push({
      // The registry's challenge names the actions in no fixed order (push,pull or pull,push).
      scopes: scopes.map((scope) =>
        scope.replace(/[^:]+$/, (actions) => actions.split(',').sort().join(','))
      ),
      service: url.searchParams.get('service'),
      account: url.searchParams.get('account'),
      credentials
    })
    if (credentials === 'invalid') {
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"details":"invalid username or password"}')
      return
    }
    const grants = scopes.flatMap((scope) => {
      const [type, name, actions] = scope.split(':')
      if (type !== 'repository' || !name || !actions) return []
      const wanted = actions.split(',')
      return [access(name, credentials === 'valid' ? wanted : wanted.filter((a) => a === 'pull'))]
    })
    const token = mint(credentials === 'valid' ? username : '', grants)
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    mint,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function signJwt(
  key: KeyObject,
  certificate: X509Certificate,
  claims: { issuer: string; service: string; subject: string; grants: AccessEntry[] }
): string {
  const now = Math.floor(Date.now() / 1000)
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = encode({ typ: 'JWT', alg: 'RS256', x5c: [certificate.raw.toString('base64')] })
  const payload = encode({
    iss: claims.issuer,
    sub: claims.subject,
    aud: claims.service,
    exp: now + 300,
    nbf: now - 10,
    iat: now,
    jti: randomUUID(),
    access: claims.grants
  })
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url')
  return `${header}.${payload}.${signature}`
}

// ---- pushing test content through the distribution API ----

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
}

export interface PushedManifest {
  digest: string
  mediaType: string
  body: Buffer
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

async function expectStatus(response: Response, wanted: number, what: string): Promise<void> {
  if (response.status !== wanted) {
    throw new Error(
      `${what}: expected HTTP ${wanted}, got ${response.status}: ${await response.text()}`
    )
  }
}

/** Uploads a blob with POST (start) and PUT (monolithic finish). */
export async function pushBlob(
  registry: TestRegistry,
  repository: string,
  content: Buffer,
  mediaType: string
): Promise<Descriptor> {
  const digest = sha256Digest(content)
  const headers = authHeaders(registry, repository)
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers
  })
  await expectStatus(start, 202, `starting a blob upload to ${repository}`)
  await start.arrayBuffer()
  const location = new URL(start.headers.get('location') ?? '', registry.url)
  location.searchParams.set('digest', digest)
  const finish = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: content
  })
  await expectStatus(finish, 201, `finishing a blob upload to ${repository}`)
  await finish.arrayBuffer()
  return { mediaType, digest, size: content.length }
}

export async function pushManifest(
  registry: TestRegistry,
  repository: string,
  reference: string,
  mediaType: string,
  manifest: object
): Promise<PushedManifest> {
  const body = Buffer.from(JSON.stringify(manifest, null, 2))
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { ...authHeaders(registry, repository), 'content-type': mediaType },
    body
  })
  await expectStatus(response, 201, `putting manifest ${repository}:${reference}`)
  await response.arrayBuffer()
  return { digest: sha256Digest(body), mediaType, body }
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'

/**
 * A one-layer image; `marker` goes into the config and the layer so that
 * images with different markers have different digests.
 */
export async function pushImage(
  registry: TestRegistry,
  repository: string,
  reference: string,
  options: { marker: string; format?: 'oci' | 'docker'; architecture?: string }
): Promise<PushedManifest> {
  const docker = options.format === 'docker'
  const architecture = options.architecture ?? 'amd64'
  const layer = await pushBlob(
    registry,
    repository,
    Buffer.from(`layer of ${options.marker} for ${architecture}\n`),
    docker
      ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
      : 'application/vnd.oci.image.layer.v1.tar+gzip'
  )
  const config = await pushBlob(
    registry,
    repository,
    Buffer.from(
      JSON.stringify({
        architecture,
        os: 'linux',
        config: { Labels: { marker: options.marker } },
        rootfs: { type: 'layers', diff_ids: [layer.digest] }
      })
    ),
    docker
      ? 'application/vnd.docker.container.image.v1+json'
      : 'application/vnd.oci.image.config.v1+json'
  )
  const mediaType = docker ? DOCKER_MANIFEST : OCI_MANIFEST
  return pushManifest(registry, repository, reference, mediaType, {
    schemaVersion: 2,
    mediaType,
    config,
    layers: [layer]
  })
}

/** An OCI index over an amd64 and an arm64 image, as the dispatcher images are built. */
export async function pushIndex(
  registry: TestRegistry,
  repository: string,
  reference: string,
  marker: string
): Promise<PushedManifest> {
  const manifests = []
  for (const architecture of ['amd64', 'arm64']) {
    const image = await pushImage(registry, repository, `${marker}-${architecture}`, {
      marker,
      architecture
    })
    manifests.push({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.body.length,
      platform: { architecture, os: 'linux' }
    })
  }
  return pushManifest(registry, repository, reference, OCI_INDEX, {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests
  })
}

function authHeaders(registry: TestRegistry, repository: string): Record<string, string> {
  const authorization = registry.pushAuthorization(repository)
  return authorization ? { authorization } : {}
}
