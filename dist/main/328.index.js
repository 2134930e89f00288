export const id = 328;
export const ids = [328];
export const modules = {

/***/ 1328:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9091);
/* harmony import */ var _src_phases_post_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8063);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_src_phases_post_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .postRelease */ .A);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ isRpmOf),
/* harmony export */   JN: () => (/* binding */ COPR_URL),
/* harmony export */   Sf: () => (/* binding */ COPR_PACKAGE),
/* harmony export */   nt: () => (/* binding */ parseCoprProject),
/* harmony export */   uj: () => (/* binding */ latestCoprBuild)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);


const COPR_URL = 'https://copr.fedorainfracloud.org';
const COPR_PACKAGE = 'bpfman';
/** `@ebpf-sig/bpfman` (a group project) or `user/project`. */
function parseCoprProject(text) {
    const match = /^(@?[A-Za-z0-9_.-]+)\/([A-Za-z0-9_.+-]+)$/.exec(text.trim());
    if (!match)
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('copr-project', `"${text}" is not owner/project (e.g. @ebpf-sig/bpfman)`);
    return { owner: match[1], project: match[2] };
}
/** The package's latest build, from COPR's API v3 (GET /api_3/package?...&with_latest_build=True). */
async function latestCoprBuild(baseUrl, project, packageName, fetchFn = fetch) {
    const query = new URLSearchParams({
        ownername: project.owner,
        projectname: project.project,
        packagename: packageName,
        with_latest_build: 'True'
    });
    const url = `${baseUrl.replace(/\/+$/, '')}/api_3/package?${query}`;
    const what = `reading the latest COPR build of ${packageName} in ${project.owner}/${project.project}`;
    const { response } = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(fetchFn, url, { headers: { accept: 'application/json' } }, { ..._http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY */ .vI, attempts: 2 }, 30_000, what);
    const body = (await response.json().catch(() => undefined));
    if (response.status === 404)
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: ${body?.error ?? 'not found'}`);
    if (response.status !== 200 || !body?.builds) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: HTTP ${response.status}${body?.error ? ` (${body.error})` : ''}; check inputs copr-url and copr-project`);
    }
    const latest = body.builds.latest;
    if (!latest)
        return undefined;
    return { id: latest.id, state: latest.state, version: latest.source_package?.version ?? null };
}
/**
 * Whether an RPM version-release is of `version`: 0.6.1-1, 1:0.6.1-1.fc41,
 * and 0.7.0~rc1-1 (RPM's way of ordering a release candidate before 0.7.0).
 */
function isRpmOf(rpmVersion, version) {
    const withoutEpoch = rpmVersion.replace(/^\d+:/, '');
    const upstream = withoutEpoch.replace(/-[^-]*$/, '');
    return upstream === version.version || upstream === version.version.replace('-', '~');
}


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ CRATES_API_URL),
/* harmony export */   K7: () => (/* binding */ CratesClient),
/* harmony export */   KV: () => (/* binding */ BPFMAN_CRATES)
/* harmony export */ });
/* unused harmony export USER_AGENT */
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);


const CRATES_API_URL = 'https://crates.io/api/v1';
/** The crates a bpfman release publishes. */
const BPFMAN_CRATES = [
    'bpfman',
    'bpfman-api',
    'bpf-log-exporter',
    'bpf-metrics-exporter'
];
/**
 * crates.io refuses requests without a User-Agent that names the client and a
 * way to reach its owner (https://crates.io/data-access).
 */
const USER_AGENT = 'bpfman-release-actions (https://github.com/bpfman/bpfman)';
/** The crates.io API, GET /crates/{name}/{version}, at a configurable base (input crates-api-url). */
class CratesClient {
    options;
    baseUrl;
    constructor(baseUrl = CRATES_API_URL, options = {}) {
        this.options = options;
        this.baseUrl = baseUrl.replace(/\/+$/, '');
    }
    async version(name, version) {
        const url = `${this.baseUrl}/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
        const what = `reading ${name} ${version} from ${this.baseUrl}`;
        const { response } = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(this.options.fetch ?? fetch, url, {
            headers: { accept: 'application/json', 'user-agent': this.options.userAgent ?? USER_AGENT }
        }, { ..._http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY */ .vI, attempts: 3 }, this.options.timeoutMs ?? 30_000, what);
        if (response.status === 404) {
            const body = (await response.json().catch(() => ({})));
            return { state: 'missing', detail: body.errors?.[0]?.detail ?? 'not found' };
        }
        if (response.status !== 200) {
            const text = (await response.text().catch(() => '')).trim().split('\n')[0] ?? '';
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: HTTP ${response.status}${text ? ` (${text.slice(0, 200)})` : ''}; check input crates-api-url`);
        }
        const body = (await response.json().catch(() => undefined));
        if (body?.version?.num !== version) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: the answer is not a crates.io version record; check input crates-api-url`);
        }
        return { state: 'published', yanked: body.version.yanked === true };
    }
}


/***/ }),

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  o_: () => (/* reexport */ parseImageReference)
});

// UNUSED EXPORTS: MEDIA_TYPES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/http-retry.ts
var http_retry = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/effects/registry/auth.ts


/** Tokens are dropped this long before the expiry the token service gave. */
const EXPIRY_MARGIN_MS = 10_000;
/** The distribution spec's default when the token service gives no expires_in. */
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * Learns from each 401 how a registry wants to be authenticated and remembers
 * it: Basic per registry origin, Bearer tokens per origin and scope. Secrets
 * stay in here; nothing this class throws contains a password or a token.
 */
class RegistryAuth {
    options;
    basicOrigins = new Set();
    tokens = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The Authorization header to send before any challenge, from what earlier ones taught. */
    cached(origin, scope) {
        if (this.basicOrigins.has(origin))
            return this.basicHeader();
        for (const candidate of scopesCovering(scope)) {
            const token = this.tokens.get(tokenKey(origin, candidate));
            if (token && token.expiresAt > Date.now())
                return `Bearer ${token.value}`;
        }
        return undefined;
    }
    /**
     * Answers a registry's 401 with the Authorization header to retry with:
     * Basic credentials, or a fresh Bearer token from the challenge's realm.
     * `what` says what was being done, for error messages.
     */
    async answer(origin, scope, challenges, what) {
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer)
            return `Bearer ${await this.fetchToken(origin, scope, bearer, what)}`;
        if (challenges.some((c) => c.scheme === 'basic')) {
            const header = this.basicHeader();
            if (!header) {
                throw new errors/* ReleaseError */.K2(`${what}: ${origin} requires a username and password (HTTP Basic); pass registry credentials`);
            }
            this.basicOrigins.add(origin);
            return header;
        }
        const schemes = challenges.map((c) => c.scheme).join(', ') || 'none given';
        throw new errors/* ReleaseError */.K2(`${what}: ${origin} answered 401 with an authentication scheme this client does not speak (${schemes}); it speaks Basic and Bearer tokens`);
    }
    basicHeader() {
        const credentials = this.options.credentials;
        if (!credentials)
            return undefined;
        return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    async fetchToken(origin, scope, challenge, what) {
        const { realm, service } = challenge.params;
        if (!realm) {
            throw new errors/* ReleaseError */.K2(`${what}: ${origin} asked for a Bearer token but named no realm (token service)`);
        }
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* ReleaseError */.K2(`${what}: ${origin} named a token realm that is not a URL: "${realm}"`);
        }
        if (service)
            url.searchParams.set('service', service);
        for (const wanted of (challenge.params.scope ?? scope).split(' ').filter(Boolean)) {
            url.searchParams.append('scope', wanted);
        }
        const credentials = this.options.credentials;
        const headers = { accept: 'application/json' };
        if (credentials) {
            url.searchParams.set('account', credentials.username);
            headers.authorization = this.basicHeader();
        }
        const service_ = `the token service ${url.origin}${url.pathname}`;
        const { response } = await (0,http_retry/* fetchWithRetry */.J5)(this.options.fetch, url.toString(), { method: 'GET', headers }, this.options.retry, this.options.timeoutMs, what);
        const text = await response.text();
        if (response.status === 401 || response.status === 403) {
            const who = credentials ? `the credentials of ${credentials.username}` : 'anonymous access';
            throw new errors/* ReleaseError */.K2(`${what}: ${service_} refused ${who} (HTTP ${response.status}); check the username and password (or robot token)`);
        }
        if (!response.ok) {
            throw new errors/* ReleaseError */.K2(`${what}: ${service_} answered HTTP ${response.status}; try again later`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ReleaseError */.K2(`${what}: ${service_} did not answer JSON`);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new errors/* ReleaseError */.K2(`${what}: ${service_} answered without a token or access_token`);
        }
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0
            ? body.expires_in
            : DEFAULT_TOKEN_SECONDS;
        this.tokens.set(tokenKey(origin, scope), {
            value: token,
            expiresAt: Date.now() + Math.max(seconds * 1000 - EXPIRY_MARGIN_MS, 1000)
        });
        return token;
    }
}
function tokenKey(origin, scope) {
    return `${origin} ${scope}`;
}
/** A pull,push token serves a pull too. */
function scopesCovering(scope) {
    return scope.endsWith(':pull') ? [scope, `${scope},push`] : [scope];
}

;// CONCATENATED MODULE: ./src/effects/registry/challenge.ts
// A param `name=value` (value quoted, or bare up to a comma or space), a bare
// token (a scheme), or a separator. Bare values are read leniently: some
// servers send `realm=https://host/token` unquoted.
const PART = /\s*(?:([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)|([!#$%&'*+.^_`|~0-9A-Za-z-]+)|(,)|(.))/gy;
/**
 * Parses `Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:a/b:pull"`,
 * including several challenges in one header and quoted strings holding commas.
 */
function parseChallenges(header) {
    const challenges = [];
    if (!header)
        return challenges;
    let current;
    PART.lastIndex = 0;
    for (let match = PART.exec(header); match && match[0] !== ''; match = PART.exec(header)) {
        const [, name, value, scheme] = match;
        if (scheme) {
            current = { scheme: scheme.toLowerCase(), params: {} };
            challenges.push(current);
        }
        else if (name && value !== undefined && current) {
            current.params[name.toLowerCase()] = value.startsWith('"')
                ? value.slice(1, -1).replace(/\\(.)/g, '$1')
                : value;
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./src/effects/registry/reference.ts

const DOCKER_HUB_HOST = 'docker.io';
const DOCKER_HUB_API = 'https://registry-1.docker.io';
const EXAMPLE = 'quay.io/bpfman/xdp-dispatcher:latest';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
function isTag(value) {
    return TAG.test(value);
}
function isDigest(value) {
    if (!DIGEST.test(value))
        return false;
    const [algorithm, hex] = value.split(':');
    const length = HEX_LENGTH[algorithm];
    return length === undefined || (hex.length === length && /^[a-f0-9]+$/.test(hex));
}
/**
 * Parses `host/repository[:tag][@digest]`. A first path component counts as the
 * host when it has a dot or a port or is `localhost`, as docker does; otherwise
 * the image is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
function parseImageReference(ref) {
    const fail = (why) => {
        throw new errors/* InputError */.dz('image', `"${ref}" is not an image reference: ${why} (expected host/repository[:tag][@digest], e.g. ${EXAMPLE})`);
    };
    const text = ref.trim();
    if (text === '')
        fail('it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            fail(`"${digest}" is not a digest like sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            fail(`"${tag}" is not a valid tag`);
    }
    const parts = rest.split('/');
    let host = DOCKER_HUB_HOST;
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        host = first;
        parts.shift();
        if (!HOST.test(host))
            fail(`"${host}" is not a registry host`);
    }
    if (host === 'index.docker.io' || host === 'registry-1.docker.io')
        host = DOCKER_HUB_HOST;
    if (host === DOCKER_HUB_HOST && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (!PATH_COMPONENT.test(part))
            fail(`repository part "${part}" must be lowercase letters, digits and separators`);
    }
    const repository = parts.join('/');
    if (repository.length > 255)
        fail('the repository name is longer than 255 characters');
    const parsed = { host, repository };
    if (tag !== undefined)
        parsed.tag = tag;
    if (digest !== undefined)
        parsed.digest = digest;
    return parsed;
}
/** Parses an image name that must carry neither tag nor digest (they are passed apart). */
function parseImageName(image) {
    const parsed = parseImageReference(image);
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
        throw new errors/* InputError */.dz('image', `"${image}" must name the repository only, without :tag or @digest (pass the tag separately), e.g. quay.io/bpfman/xdp-dispatcher`);
    }
    return parsed;
}
/** A tag or a digest, as the last part of a manifest URL. */
function assertManifestReference(reference, input) {
    if (!isTag(reference) && !isDigest(reference)) {
        throw new errors/* InputError */.dz(input, `"${reference}" is neither a tag (like v0.6.1) nor a digest (like sha256:<64 hex digits>)`);
    }
}
function assertTag(tag, input) {
    if (!isTag(tag)) {
        throw new errors/* InputError */.dz(input, `"${tag}" is not a valid tag: letters, digits, '_', '.', '-', at most 128, not starting with '.' or '-'`);
    }
}
/** `quay.io/bpfman/xdp-dispatcher:latest` or `...@sha256:...`, for messages. */
function formatImage(image, reference) {
    const name = `${image.host}/${image.repository}`;
    return isDigest(reference) ? `${name}@${reference}` : `${name}:${reference}`;
}
/** The HTTPS endpoint of a registry host (Docker Hub's API lives on another host). */
function defaultRegistryUrl(host) {
    return host === DOCKER_HUB_HOST ? DOCKER_HUB_API : `https://${host}`;
}

;// CONCATENATED MODULE: ./src/effects/registry/client.ts







const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
const ACCEPT = Object.values(MEDIA_TYPES).join(', ');
/** Content types that say nothing about which manifest schema the body is. */
const GENERIC_CONTENT_TYPES = new Set([
    '',
    'application/json',
    'text/plain',
    'application/octet-stream'
]);
/**
 * A client of the OCI distribution API for the few things a release needs:
 * read a manifest, check a tag, and add a tag by copying the exact manifest
 * bytes (a retag without pulling or pushing any layer). It authenticates
 * anonymously, with HTTP Basic, or with the Bearer token flow, as each
 * registry's 401 asks, and retries 429/5xx/network errors a bounded number of times.
 */
class RegistryClient {
    options;
    fetchFn;
    retry;
    timeoutMs;
    auth;
    constructor(options = {}) {
        this.options = options;
        this.fetchFn = options.fetch ?? fetch;
        this.retry = { ...http_retry/* DEFAULT_RETRY */.vI, ...options.retry };
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.auth = new RegistryAuth({
            credentials: options.credentials,
            fetch: this.fetchFn,
            retry: this.retry,
            timeoutMs: this.timeoutMs
        });
    }
    /**
     * The manifest that `reference` (a tag or a digest) names, or undefined when
     * the registry has no such tag or repository.
     */
    async resolve(image, reference) {
        const name = parseImageName(image);
        assertManifestReference(reference, 'reference');
        const what = `reading ${formatImage(name, reference)}`;
        const response = await this.request(name, 'GET', reference, 'pull', what);
        if (response.status === 404) {
            await (0,http_retry/* discard */.vf)(response);
            return undefined;
        }
        if (response.status !== 200)
            throw await this.failure(response, what);
        const body = Buffer.from(await response.arrayBuffer());
        const digest = verifiedDigest(body, response.headers.get('docker-content-digest'), reference, what);
        return {
            digest,
            mediaType: manifestMediaType(response.headers.get('content-type'), body, what),
            body
        };
    }
    /** Whether `reference` (a tag or a digest) exists in the repository; asks with HEAD. */
    async exists(image, reference) {
        const name = parseImageName(image);
        assertManifestReference(reference, 'tag');
        const what = `checking ${formatImage(name, reference)}`;
        const response = await this.request(name, 'HEAD', reference, 'pull', what);
        await (0,http_retry/* discard */.vf)(response);
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.failure(response, what);
    }
    /**
     * Points `newTag` at the manifest `sourceTag` points at, by putting the same
     * bytes with the same media type, so the digest stays the same. Idempotent:
     * a tag already there with that digest is `unchanged`. A tag on another
     * manifest is an error naming both digests, unless `force` moves it.
     */
    async addTag(image, sourceTag, newTag, options = {}) {
        const name = parseImageName(image);
        assertManifestReference(sourceTag, 'source tag');
        assertTag(newTag, 'new tag');
        const source = await this.resolve(image, sourceTag);
        if (!source) {
            throw new errors/* ReleaseError */.K2(`cannot tag ${formatImage(name, newTag)}: ${formatImage(name, sourceTag)} does not exist in ${this.baseUrl(name)}; check the image name and that ${sourceTag} was pushed`);
        }
        const current = await this.resolve(image, newTag);
        if (current?.digest === source.digest)
            return { status: 'unchanged', digest: source.digest };
        if (current && !options.force) {
            throw new errors/* ReleaseError */.K2(`${formatImage(name, newTag)} already points at ${current.digest}, not at ${source.digest} (${formatImage(name, sourceTag)}); check which image the release should carry, and use force to move the tag`);
        }
        const what = `tagging ${formatImage(name, sourceTag)} as ${newTag}`;
        const response = await this.request(name, 'PUT', newTag, 'pull,push', what, {
            body: source.body,
            contentType: source.mediaType
        });
        if (response.status !== 201 && response.status !== 200)
            throw await this.failure(response, what);
        await (0,http_retry/* discard */.vf)(response);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== source.digest) {
            throw new errors/* ReleaseError */.K2(`${what}: the registry stored the manifest as ${stored}, not as ${source.digest}; the registry rewrote the manifest, so the tag does not name the same image`);
        }
        const result = { status: current ? 'moved' : 'created', digest: source.digest };
        if (current)
            result.previousDigest = current.digest;
        return result;
    }
    baseUrl(name) {
        return (this.options.registryUrl ?? defaultRegistryUrl(name.host)).replace(/\/+$/, '');
    }
    /**
     * One manifest request: sends what earlier challenges taught, answers one
     * 401 (Basic or a Bearer token), and says clearly when access is still refused.
     */
    async request(name, method, reference, access, what, upload) {
        const url = `${this.baseUrl(name)}/v2/${name.repository}/manifests/${reference}`;
        const origin = new URL(url).origin;
        const scope = `repository:${name.repository}:${access}`;
        const send = async (authorization) => {
            const headers = { accept: ACCEPT };
            if (authorization)
                headers.authorization = authorization;
            if (upload)
                headers['content-type'] = upload.contentType;
            const init = { method, headers };
            if (upload)
                init.body = upload.body;
            return (await (0,http_retry/* fetchWithRetry */.J5)(this.fetchFn, url, init, this.retry, this.timeoutMs, what))
                .response;
        };
        const response = await send(this.auth.cached(origin, scope));
        if (response.status !== 401)
            return response;
        await (0,http_retry/* discard */.vf)(response);
        const challenges = parseChallenges(response.headers.get('www-authenticate'));
        const retried = await send(await this.auth.answer(origin, scope, challenges, what));
        if (retried.status === 401 || retried.status === 403)
            throw await this.denied(retried, name, access, what);
        return retried;
    }
    async denied(response, name, access, what) {
        const detail = await registryErrorText(response);
        const credentials = this.options.credentials;
        const who = credentials ? `the credentials of ${credentials.username}` : 'anonymous access';
        const permission = access === 'pull' ? 'read' : 'write';
        return new errors/* ReleaseError */.K2(`${what}: the registry refused ${who} (HTTP ${response.status}${detail ? `: ${detail}` : ''}); check that the account (or robot token) has ${permission} permission on ${name.host}/${name.repository}${credentials ? '' : ', and pass registry credentials'}`);
    }
    async failure(response, what) {
        const detail = await registryErrorText(response);
        const hint = response.status === 429 || response.status >= 500
            ? `still failing after ${this.retry.attempts} tries; try again later`
            : 'check the image name, the tag and the registry URL';
        return new errors/* ReleaseError */.K2(`${what}: the registry answered HTTP ${response.status}${detail ? ` (${detail})` : ''}; ${hint}`);
    }
}
/**
 * The manifest's digest: the registry's Docker-Content-Digest header checked
 * against the bytes (and against the reference when that is a digest), or the
 * bytes' sha256 when the registry sends no header.
 */
function verifiedDigest(body, header, reference, what) {
    const claimed = header?.trim() || (isDigest(reference) ? reference : undefined);
    const computed = digestOf(body, claimed?.split(':')[0] ?? 'sha256', what);
    if (header && header.trim() !== computed) {
        throw new errors/* ReleaseError */.K2(`${what}: the registry says the manifest is ${header.trim()} but its bytes hash to ${computed}; the manifest was altered in transit or by a proxy`);
    }
    if (isDigest(reference) && reference !== computed) {
        throw new errors/* ReleaseError */.K2(`${what}: the registry returned a manifest whose bytes hash to ${computed}, not to the requested digest`);
    }
    return computed;
}
function digestOf(body, algorithm, what) {
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new errors/* ReleaseError */.K2(`${what}: the registry uses digest algorithm "${algorithm}", which this client cannot check`);
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(body).digest('hex')}`;
}
/** The media type to put the manifest back with: the registry's Content-Type, else the body's mediaType. */
function manifestMediaType(contentType, body, what) {
    const fromHeader = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!GENERIC_CONTENT_TYPES.has(fromHeader))
        return fromHeader;
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (typeof parsed.mediaType === 'string' && parsed.mediaType)
            return parsed.mediaType;
    }
    catch {
        // Falls through to the error below.
    }
    throw new errors/* ReleaseError */.K2(`${what}: the registry gave no manifest media type (Content-Type "${contentType ?? ''}") and the manifest names none`);
}
/** `MANIFEST_UNKNOWN: manifest unknown` from a distribution error body, or a short text. */
async function registryErrorText(response) {
    let text;
    try {
        text = await response.text();
    }
    catch {
        return '';
    }
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
        }
    }
    catch {
        // Not JSON: show a little of it.
    }
    const short = text.trim().replace(/\s+/g, ' ');
    return short.length > 200 ? `${short.slice(0, 200)}…` : short;
}


/***/ }),

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ decideAsset),
/* harmony export */   Rw: () => (/* binding */ DEFAULT_YAMLS_DIRECTORY),
/* harmony export */   gX: () => (/* binding */ buildReleaseYamls),
/* harmony export */   tN: () => (/* binding */ DEFAULT_YAMLS_COMMAND),
/* harmony export */   ty: () => (/* binding */ assetOperations),
/* harmony export */   un: () => (/* binding */ remoteDigestOf),
/* harmony export */   wC: () => (/* binding */ BPFMAN_INSTALL_YAMLS)
/* harmony export */ });
/* unused harmony exports YAML_CONTENT_TYPE, sha256Of, expectedReleaseYamls, currentDecision */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5178);
/* harmony import */ var _effects_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4329);





/** The two install files the process names besides the examples. */
const BPFMAN_INSTALL_YAMLS = ['bpfman-crds-install.yaml', 'bpfman-operator-install.yaml'];
const DEFAULT_YAMLS_COMMAND = 'make build-release-yamls';
const DEFAULT_YAMLS_DIRECTORY = 'examples';
const YAML_CONTENT_TYPE = 'application/yaml';
/** go-xdp-counter, go-app-counter...: the examples whose install files a release ships. */
const COUNTER_EXAMPLE = /^go-[a-z0-9-]+-counter$/;
function sha256Of(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/**
 * The release YAMLs a version must ship: `always` (the bpfman install files)
 * plus, for each go-*-counter example folder of config/vX.Y.Z/ and
 * config/vX.Y.Z-selinux/, its `-install.yaml` and `-install-selinux.yaml`.
 */
function expectedReleaseYamls(examples, always = BPFMAN_INSTALL_YAMLS) {
    const names = new Set(always);
    for (const example of examples.release)
        if (COUNTER_EXAMPLE.test(example))
            names.add(`${example}-install.yaml`);
    for (const example of examples.selinux)
        if (COUNTER_EXAMPLE.test(example))
            names.add(`${example}-install-selinux.yaml`);
    return [...names].sort();
}
function subfolders(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).filter((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)).isDirectory());
}
/**
 * Runs the YAML command in `directory` of a checkout of the tag and collects
 * `directory/release-vX.Y.Z/*.yaml`. A missing expected file is an error here,
 * before anything is uploaded.
 */
async function buildReleaseYamls(request) {
    const { treeDir, version, directory } = request;
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(treeDir, directory);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd)) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('yamls-directory', `${directory}/ does not exist at ${version.tag}; give the folder where "${request.command.join(' ')}" runs`);
    }
    await (0,_effects_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(request.command[0], request.command.slice(1), { cwd });
    const outputDir = `${directory}/release-${version.tag}`;
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(treeDir, outputDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(outputPath)) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`"${request.command.join(' ')}" in ${directory}/ at ${version.tag} wrote no ${outputDir}/; check the command (input yamls-command)`);
    }
    const assets = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(outputPath)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => {
        const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputPath, name));
        return { name, data, digest: sha256Of(data) };
    });
    const configs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(treeDir, request.exampleConfigs);
    const expected = expectedReleaseYamls({
        release: subfolders((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configs, version.tag)),
        selinux: subfolders((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configs, `${version.tag}-selinux`))
    }, request.always);
    const built = new Set(assets.map((asset) => asset.name));
    const missing = expected.filter((name) => !built.has(name));
    if (missing.length > 0) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`"${request.command.join(' ')}" at ${version.tag} did not write ${missing.join(', ')} (expected from ${request.exampleConfigs}/${version.tag}/ and ${version.tag}-selinux/ and the bpfman install files); nothing was uploaded. Fix the release YAML target, or list the files that are expected in input expected-assets`);
    }
    return {
        assets,
        expected,
        extra: assets.map((a) => a.name).filter((name) => !expected.includes(name)),
        outputDir
    };
}
function describe(size, digest) {
    return `${size} bytes${digest ? `, ${digest}` : ''}`;
}
/**
 * What to do with one built file, given the asset of the same name on the
 * release (if any) and, when GitHub gave no digest, the digest of its bytes.
 * A draft (or a mutable published release) gets a differing asset replaced;
 * an immutable published release cannot change, so a difference is an error.
 */
function decideAsset(built, remote, release, remoteDigest = remote?.digest ?? null) {
    const frozen = !release.draft && release.immutable;
    const refuse = (what) => {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`${built.name} ${what} on the published release ${release.tag}, which is immutable: its assets cannot change. Check that the YAMLs build the same at ${release.tag} (no dates or downloads in the output); to ship other files, release a new version`);
    };
    if (!remote) {
        if (frozen)
            refuse(`is missing (built: ${describe(built.data.length, built.digest)})`);
        return { action: 'upload', reason: 'new' };
    }
    if (remote.state !== 'uploaded') {
        if (frozen)
            refuse(`is a broken upload (state ${remote.state})`);
        return { action: 'replace', reason: `the earlier upload broke off (state ${remote.state})` };
    }
    const same = remote.size === built.data.length && remoteDigest === built.digest;
    if (same)
        return { action: 'unchanged', reason: 'same content' };
    const difference = `release: ${describe(remote.size, remoteDigest)}; built: ${describe(built.data.length, built.digest)}`;
    if (frozen)
        refuse(`differs from the file built at ${release.tag} (${difference})`);
    return { action: 'replace', reason: `content differs (${difference})` };
}
/** The bytes' digest when GitHub gives none: downloaded only when the sizes match. */
async function remoteDigestOf(github, built, remote) {
    if (!remote ||
        remote.digest ||
        remote.state !== 'uploaded' ||
        remote.size !== built.data.length) {
        return remote?.digest ?? null;
    }
    return sha256Of(await github.releases.downloadAsset(remote.id));
}
/** The decision for a file against the release as it is at apply time (`state`, fetched once per apply). */
async function currentDecision(github, state, tag, built) {
    const current = await state();
    const remote = current.assets.find((asset) => asset.name === built.name);
    const release = { tag, draft: current.release.draft, immutable: current.immutable };
    const decision = decideAsset(built, remote, release, await remoteDigestOf(github, built, remote));
    return { decision, remote, uploadUrl: current.uploadUrl };
}
/**
 * One operation per built file: upload it, replace a differing one, or leave an
 * equal one. The release's assets are listed again at apply time, once for all
 * the files (the first operation applied lists them; each operation touches only
 * its own asset), so the API calls do not grow with the number of files.
 */
function assetOperations(github, releaseId, tag, assets) {
    let listed;
    const state = () => (listed ??= github.releases.withAssets(releaseId));
    return assets.map((asset) => assetOperation(github, state, tag, asset));
}
function assetOperation(github, state, tag, { built, planned, extra }) {
    const verb = { upload: 'upload', replace: 'replace', unchanged: 'keep' }[planned.action];
    return {
        kind: 'github',
        title: `${verb} ${built.name} on the release ${tag} (${planned.reason})${extra ? ' [not in the expected list]' : ''}`,
        apply: async () => {
            const { decision, remote, uploadUrl } = await currentDecision(github, state, tag, built);
            const outcome = (status) => ({
                name: built.name,
                status,
                extra,
                digest: built.digest
            });
            if (decision.action === 'unchanged') {
                return { status: 'unchanged', detail: 'same content', value: outcome('unchanged') };
            }
            if (remote)
                await github.releases.deleteAsset(remote.id);
            await github.releases.uploadAsset(uploadUrl, built.name, built.data, YAML_CONTENT_TYPE);
            return {
                status: 'done',
                detail: remote ? `replaced (${decision.reason})` : 'uploaded',
                value: outcome(remote ? 'replaced' : 'uploaded')
            };
        }
    };
}


/***/ }),

/***/ 2478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P5: () => (/* binding */ blockingFailures),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   xM: () => (/* binding */ runPublicationChecks)
/* harmony export */ });
/* unused harmony export FAILABLE_GROUPS */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _effects_copr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7632);



/** The groups whose failure may fail the job; COPR is report only. */
const FAILABLE_GROUPS = ['release', 'images', 'crates'];
const DEFAULT_FAIL_ON = 'release,images,crates';
/** `release,images,crates`, a part of it, or `none`. */
function parseFailOn(text) {
    const entries = text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
    if (entries.length === 1 && entries[0] === 'none')
        return [];
    const groups = [];
    for (const entry of entries) {
        if (entry === 'copr')
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('fail-on', 'the COPR check is report only; use release, images, crates or none');
        if (!FAILABLE_GROUPS.includes(entry)) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('fail-on', `"${entry}" is not one of ${FAILABLE_GROUPS.join(', ')}, or none`);
        }
        if (!groups.includes(entry))
            groups.push(entry);
    }
    return groups;
}
/** The failed lines that fail the job. */
function blockingFailures(results, failOn) {
    return results.filter((result) => result.status === 'failed' && failOn.includes(result.group));
}
/**
 * The checks a maintainer does by looking: the GitHub release published with
 * every asset, each image with the tag, each crate with the version, and the
 * COPR build (report only). Images and crates that are missing are asked again
 * with backoff until `waitMs` has passed.
 */
async function runPublicationChecks(request) {
    const { version } = request;
    const results = [];
    const polled = [
        ...request.images.map((image) => imageProbe(request.registry, image, version.tag)),
        ...(request.crates
            ? request.crateNames.map((name) => crateProbe(request.crates, name, version.version))
            : [])
    ];
    const outcomes = await settle(polled, request);
    results.push(await once(releaseProbe(request)));
    if (request.images.length === 0)
        results.push(notChecked('images', 'images', 'no images listed (input images)'));
    for (const probe of polled.filter((p) => p.group === 'images'))
        results.push(toResult(probe, outcomes.get(probe)));
    if (!request.crates)
        results.push(notChecked('crates', 'crates', 'no crates API URL (input crates-api-url)'));
    else if (request.crateNames.length === 0)
        results.push(notChecked('crates', 'crates', 'no crates listed (input crates)'));
    for (const probe of polled.filter((p) => p.group === 'crates'))
        results.push(toResult(probe, outcomes.get(probe)));
    results.push(request.copr
        ? await once(coprProbe(request.copr, version))
        : notChecked('copr', 'COPR build', 'no COPR URL or project (inputs copr-url, copr-project)'));
    return results;
}
function notChecked(group, name, detail) {
    return { group, name, status: 'not checked', detail };
}
function toResult(probe, outcome) {
    return {
        group: probe.group,
        name: probe.name,
        status: outcome?.ok ? 'passed' : 'failed',
        detail: outcome?.detail ?? 'not run'
    };
}
async function attempt(probe) {
    try {
        return await probe.run();
    }
    catch (error) {
        return { ok: false, detail: (0,_release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), final: true };
    }
}
async function once(probe) {
    return toResult(probe, await attempt(probe));
}
/** Runs the probes, then asks the missing ones again with doubling pauses until the time is up. */
async function settle(probes, request) {
    const sleep = request.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    const now = request.now ?? Date.now;
    const deadline = now() + request.waitMs;
    const outcomes = new Map();
    let pending = probes;
    let pause = Math.min(Math.max(request.waitMs / 8, 200), 5_000);
    for (;;) {
        const round = await mapLimited(pending, 6, attempt);
        pending.forEach((probe, index) => outcomes.set(probe, round[index]));
        pending = pending.filter((_, index) => !round[index].ok && !round[index].final);
        const left = deadline - now();
        if (pending.length === 0 || left <= 0)
            return outcomes;
        const wait = Math.min(pause, left);
        request.log?.(`waiting ${(wait / 1000).toFixed(1)}s for ${pending.map((probe) => probe.name).join(', ')}`);
        await sleep(wait);
        pause = Math.min(pause * 2, 30_000);
    }
}
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function releaseProbe(request) {
    const tag = request.version.tag;
    return {
        group: 'release',
        name: `GitHub release ${tag}`,
        run: async () => {
            const { release, assets } = await request.github.releases.withAssets(request.releaseId);
            const problems = [];
            if (release.draft)
                problems.push('still a draft');
            for (const expected of request.assets) {
                const asset = assets.find((a) => a.name === expected.name);
                if (!asset)
                    problems.push(`${expected.name} missing`);
                else if (asset.digest && asset.digest !== expected.digest)
                    problems.push(`${expected.name} differs (${asset.digest})`);
            }
            return problems.length > 0
                ? { ok: false, detail: problems.join('; ') }
                : { ok: true, detail: `published with all ${request.assets.length} assets: ${release.url}` };
        }
    };
}
function imageProbe(registry, image, tag) {
    return {
        group: 'images',
        name: `${image}:${tag}`,
        run: async () => (await registry.exists(image, tag))
            ? { ok: true, detail: 'exists' }
            : { ok: false, detail: `no tag ${tag}` }
    };
}
function crateProbe(crates, name, version) {
    return {
        group: 'crates',
        name: `crate ${name} ${version}`,
        run: async () => {
            const found = await crates.version(name, version);
            if (found.state === 'missing')
                return { ok: false, detail: found.detail };
            return found.yanked
                ? { ok: false, detail: 'published, but yanked', final: true }
                : { ok: true, detail: 'published' };
        }
    };
}
function coprProbe(copr, version) {
    const where = `${copr.project.owner}/${copr.project.project}`;
    return {
        group: 'copr',
        name: `COPR build of ${copr.packageName} in ${where}`,
        run: async () => {
            const build = await (0,_effects_copr_js__WEBPACK_IMPORTED_MODULE_2__/* .latestCoprBuild */ .uj)(copr.baseUrl, copr.project, copr.packageName);
            if (!build)
                return { ok: false, detail: 'no build yet' };
            const of = build.version ?? 'an unknown version';
            if (!build.version || !(0,_effects_copr_js__WEBPACK_IMPORTED_MODULE_2__/* .isRpmOf */ .HM)(build.version, version)) {
                return {
                    ok: false,
                    detail: `the latest build (${build.id}) is of ${of}, not ${version.version}`
                };
            }
            return build.state === 'succeeded'
                ? { ok: true, detail: `build ${build.id} of ${of} succeeded` }
                : { ok: false, detail: `build ${build.id} of ${of} is ${build.state}` };
        }
    };
}


/***/ }),

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ek: () => (/* binding */ handOverAfter),
/* harmony export */   jd: () => (/* binding */ handOverFor),
/* harmony export */   lp: () => (/* binding */ OPERATOR_WORKFLOW),
/* harmony export */   wQ: () => (/* binding */ OPERATOR_REPOSITORY),
/* harmony export */   zM: () => (/* binding */ handOverOperation)
/* harmony export */ });
/* harmony import */ var _steps_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1357);

const OPERATOR_REPOSITORY = 'bpfman/bpfman-operator';
const OPERATOR_WORKFLOW = 'prepare-release.yml';
function handOverFor(serverUrl, repository, workflow, ref, version, status) {
    const inputs = { version: version.version };
    return {
        repository,
        workflow,
        ref,
        inputs,
        workflowUrl: `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/workflows/${workflow}`,
        command: `gh workflow run ${workflow} --repo ${repository} --ref ${ref} ${Object.entries(inputs)
            .map(([name, value]) => `-f ${name}=${value}`)
            .join(' ')}`,
        status
    };
}
/**
 * Dispatches the operator's "Prepare Release" with the same version, unless a
 * run for that version is queued, running or succeeded.
 */
function handOverOperation(operator, handOver, version) {
    return (0,_steps_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatchOnceOperation */ .b)({
        github: operator,
        workflow: handOver.workflow,
        ref: handOver.ref,
        inputs: handOver.inputs,
        matches: (run) => (0,_steps_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .isRunFor */ .D)(run, 'version', [version.version, version.tag]),
        title: `dispatch ${handOver.workflow} in ${handOver.repository} on ${handOver.ref} with version=${version.version}, unless a run for ${version.version} exists`,
        refusalHint: `Check input operator-workflow (the file must exist on ${handOver.ref} with on.workflow_dispatch.inputs.version) and that operator-token may run workflows there (actions: write)`,
        refusals: [404, 422, 403]
    });
}
/** The hand-over as it stands after the run: the dispatch's outcome, if it ran. */
function handOverAfter(handOver, dispatched) {
    return dispatched
        ? { ...handOver, status: dispatched.status, run: { id: dispatched.runId, url: dispatched.url } }
        : handOver;
}


/***/ }),

/***/ 5969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ parseImageList),
/* harmony export */   Id: () => (/* binding */ PUBLISHED_IMAGES),
/* harmony export */   TH: () => (/* binding */ dispatcherTagOperation)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4552);
/* harmony import */ var _effects_registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5020);



/** The images the release process lists with tag <RELEASE_VERSION>. */
// The images bpfman's own release pushes. bpfman-operator, bpfman-agent and
// bpfman-operator-bundle are pushed later, by the operator's release, so a
// bpfman post-release does not wait for them.
const PUBLISHED_IMAGES = [
    ...['bpfman', 'xdp-dispatcher', 'tc-dispatcher'].map((name) => `quay.io/bpfman/${name}`),
    ...[
        'go-xdp-counter',
        'go-tc-counter',
        'go-tracepoint-counter',
        'xdp-pass',
        'tc-pass',
        'tracepoint',
        'xdp-pass-private',
        'go-uprobe-counter',
        'go-kprobe-counter',
        'uprobe',
        'kprobe',
        'uretprobe',
        'kretprobe',
        'fentry',
        'fexit',
        'go-app-counter'
    ].map((name) => `quay.io/bpfman-bytecode/${name}`),
    ...[
        'go-xdp-counter',
        'go-tc-counter',
        'go-tracepoint-counter',
        'go-uprobe-counter',
        'go-target',
        'go-kprobe-counter',
        'go-app-counter'
    ].map((name) => `quay.io/bpfman-userspace/${name}`)
];
/** A comma- or newline-separated list input; each entry an image name without tag. */
function parseImageList(text, input) {
    const images = (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(text);
    for (const image of images) {
        const parsed = (0,_effects_registry_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image);
        if (parsed.tag || parsed.digest) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${image}" carries a tag or digest; list image names only (e.g. quay.io/bpfman/xdp-dispatcher)`);
        }
    }
    return images;
}
/**
 * Adds `tag` to the manifest that `latest` points at, by the OCI distribution
 * API: nothing to do when the tag is there with that digest; another digest is
 * an error unless `force` moves it.
 */
function dispatcherTagOperation(registry, image, tag, force) {
    return {
        kind: 'registry',
        title: `tag ${image}:latest as ${tag}${force ? ' (force: move the tag if it points at another image)' : ''}`,
        apply: async () => {
            const result = await registry.addTag(image, 'latest', tag, { force });
            const value = { image, tag, ...result };
            if (result.status === 'unchanged')
                return { status: 'unchanged', detail: `${image}:${tag} is ${result.digest}`, value };
            const moved = result.status === 'moved' ? ` (moved from ${result.previousDigest})` : '';
            return { status: 'done', detail: `${image}:${tag} -> ${result.digest}${moved}`, value };
        }
    };
}


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ postRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/effects/copr.ts
var copr = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/effects/crates.ts
var effects_crates = __webpack_require__(444);
// EXTERNAL MODULE: ./src/effects/registry/client.ts + 3 modules
var client = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/effects/github/repository.ts
var repository = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
// EXTERNAL MODULE: ./src/phases/post-release/assets.ts
var assets = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/phases/post-release/checks.ts
var checks = __webpack_require__(2478);
// EXTERNAL MODULE: ./src/phases/post-release/handover.ts
var handover = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/phases/post-release/images.ts
var post_release_images = __webpack_require__(5969);
;// CONCATENATED MODULE: ./src/phases/post-release/settings.ts













const DEFAULT_WAIT_SECONDS = 300;
function parseWaitSeconds(text) {
    if (text === '')
        return DEFAULT_WAIT_SECONDS;
    if (!/^\d+$/.test(text) || Number(text) > 6 * 3600) {
        throw new errors/* InputError */.dz('wait-seconds', `"${text}" is not a number of seconds from 0 to 21600`);
    }
    return Number(text);
}
/**
 * post-release's own choices, read the same way from the action's inputs and
 * the CLI's flags of the same names: '' means the default; `none` turns a list off.
 */
function postOptions(inputs) {
    const get = (name) => inputs.get(name).trim();
    const or = (name, fallback) => get(name) || fallback;
    const label = (name) => inputs.label(name);
    const username = get('registry-username');
    const password = inputs.get('registry-password');
    if (Boolean(username) !== Boolean(password)) {
        throw new errors/* InputError */.dz(label(username ? 'registry-password' : 'registry-username'), 'give both registry-username and registry-password (a robot account), or neither');
    }
    const coprProject = get('copr-project');
    // Read only with copr-project: given alone (the action's defaults aside), it is a mistake.
    for (const [name, fallback] of [
        ['copr-url', copr/* COPR_URL */.JN],
        ['copr-package', copr/* COPR_PACKAGE */.Sf]
    ])
        if (!coprProject && get(name) && get(name).replace(/\/+$/, '') !== fallback)
            throw new errors/* InputError */.dz(label(name), `is read only with ${label('copr-project')}; give ${label('copr-project')} too (e.g. @ebpf-sig/bpfman), or leave ${label(name)} out`);
    const images = or('images', post_release_images/* PUBLISHED_IMAGES */.Id.join(','));
    const crates = or('crates', effects_crates/* BPFMAN_CRATES */.KV.join(','));
    const dispatcherImages = get('dispatcher-images');
    return {
        yamls: {
            command: (0,release_inputs/* parseCommand */.RM)(or('yamls-command', assets/* DEFAULT_YAMLS_COMMAND */.tN), label('yamls-command'), assets/* DEFAULT_YAMLS_COMMAND */.tN),
            directory: or('yamls-directory', assets/* DEFAULT_YAMLS_DIRECTORY */.Rw).replace(/\/+$/, ''),
            always: get('expected-assets') === 'none'
                ? []
                : (0,release_inputs/* parseList */.E1)(or('expected-assets', assets/* BPFMAN_INSTALL_YAMLS */.wC.join(',')))
        },
        registry: {
            url: get('registry-url') ? (0,release_inputs/* parseUrl */.Dl)(get('registry-url'), label('registry-url')) : undefined,
            credentials: username ? { username, password } : undefined
        },
        dispatcherImages: dispatcherImages === ''
            ? undefined
            : dispatcherImages === 'none'
                ? []
                : (0,post_release_images/* parseImageList */.B2)(dispatcherImages, label('dispatcher-images')),
        force: (0,release_inputs/* parseBoolean */.yG)(get('force'), label('force')),
        checks: {
            images: images === 'none' ? [] : (0,post_release_images/* parseImageList */.B2)(images, label('images')),
            crates: crates === 'none' ? [] : (0,release_inputs/* parseList */.E1)(crates),
            cratesApiUrl: get('crates-api-url') === 'none'
                ? undefined
                : (0,release_inputs/* parseUrl */.Dl)(or('crates-api-url', effects_crates/* CRATES_API_URL */.K4), label('crates-api-url')),
            copr: coprProject
                ? {
                    url: (0,release_inputs/* parseUrl */.Dl)(or('copr-url', copr/* COPR_URL */.JN), label('copr-url')),
                    project: (0,copr/* parseCoprProject */.nt)(coprProject),
                    packageName: or('copr-package', copr/* COPR_PACKAGE */.Sf)
                }
                : undefined,
            failOn: (0,checks/* parseFailOn */.XV)(or('fail-on', checks/* DEFAULT_FAIL_ON */.VQ)),
            waitSeconds: parseWaitSeconds(get('wait-seconds'))
        },
        operator: {
            repository: (0,repository/* repositoryName */.aR)((0,repository/* parseRepository */.SU)(or('operator-repository', handover/* OPERATOR_REPOSITORY */.wQ), label('operator-repository'))),
            workflow: or('operator-workflow', handover/* OPERATOR_WORKFLOW */.lp),
            ref: or('operator-ref', 'main'),
            token: inputs.get('operator-token') || undefined
        }
    };
}
/**
 * post-release's settings: the checkout, the clients, and its own choices.
 * The base branch is the input, else the one the release manifest names; with
 * neither it is undefined, and the plan says that no revert pull request is made.
 */
async function postSettings(inputs, context) {
    const version = (0,release_version/* parseVersion */.ot)((0,release_inputs/* requireInput */.oN)(inputs, 'version', '0.6.1'), inputs.label('version'));
    const options = postOptions(inputs);
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman');
    // Inputs before state: the base branch and the manifest before any request.
    const base = inputs.get('base').trim();
    if (base)
        await (0,steps_checkout/* checkBaseInput */.UQ)(checkout.repoDir, checkout.fetchRemote, base, inputs.label('base'));
    const manifest = context.manifest(checkout.repository, version);
    const { token, ...operator } = options.operator;
    return {
        ...options,
        repoDir: checkout.repoDir,
        repository: checkout.repository,
        version: version.version,
        // The input, else the manifest's: never a default (a patch release's base is its patch branch).
        base: base || manifest?.base,
        remote: checkout.fetchRemote,
        github: (0,settings/* githubClientFor */.q)(inputs, checkout.repository, true, 'export a token with contents and pull-requests write access'),
        identity: checkout.identity,
        configFile: checkout.configFile,
        serverUrl: process.env.GITHUB_SERVER_URL,
        dryRun: checkout.dryRun,
        registry: new client/* RegistryClient */.bP({
            registryUrl: options.registry.url,
            credentials: options.registry.credentials
        }),
        operator: {
            ...operator,
            github: (0,settings/* githubClientFor */.q)(inputs, operator.repository, token !== undefined, 'a token of the operator repository', 'operator-token', 'operator-repository')
        }
    };
}

;// CONCATENATED MODULE: ./src/phases/post-release/index.ts


/** post-release: assets, publication, dispatcher tags, the revert pull request, checks, hand-over. */
const postRelease = (0,phase/* phaseOf */.h)({
    name: 'post-release',
    settings: postSettings,
    loadPlanner: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(815), __webpack_require__.e(709), __webpack_require__.e(13), __webpack_require__.e(464)]).then(__webpack_require__.bind(__webpack_require__, 9464))).planner
});


/***/ }),

/***/ 1357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isRunFor),
/* harmony export */   b: () => (/* binding */ dispatchOnceOperation)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _effects_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8740);


/** Whether a run's inputs (where an answer has them) or its run-name name one of `words` as a whole word. */
function isRunFor(run, input, words) {
    const given = run.inputs?.[input];
    if (typeof given === 'string' && words.includes(given))
        return true;
    return words.some((word) => new RegExp(`(^|[^\\w.-])${word.replace(/[.]/g, '\\.')}($|[^\\w.-])`).test(run.displayTitle));
}
/**
 * Dispatches a workflow unless a run for this release is queued, running or
 * succeeded (a failed or cancelled one is dispatched again): a rerun never
 * starts a second run.
 */
function dispatchOnceOperation(request) {
    const { github, workflow, ref } = request;
    return {
        kind: 'github',
        title: request.title,
        apply: async () => {
            let dispatched;
            try {
                dispatched = await github.workflows.dispatchOnce(workflow, ref, request.inputs, request.matches);
            }
            catch (error) {
                // A rate limit keeps its own message: it is no refusal, and no permission is missing.
                if ((0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isRefusal */ .vu)(error, request.refusals)) {
                    throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${github.name} refused to dispatch ${workflow} on ${ref}: ${error.message}. ${request.refusalHint}`);
                }
                throw error;
            }
            const { runId, url } = dispatched;
            if (!dispatched.started && dispatched.run) {
                return {
                    status: 'unchanged',
                    detail: (0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRun */ .vZ)(dispatched.run),
                    value: { workflow, status: 'exists', runId, url }
                };
            }
            return {
                status: 'done',
                detail: runId
                    ? `run ${runId} ${url ?? ''}`.trim()
                    : 'dispatched; the run is not listed yet',
                value: { workflow, status: 'dispatched', runId, url }
            };
        }
    };
}


/***/ })

};
