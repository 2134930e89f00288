export const id = 27;
export const ids = [27];
export const modules = {

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postRelease: () => (/* binding */ postRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/steps/dispatch.ts
var dispatch = __webpack_require__(1357);
;// CONCATENATED MODULE: ./src/phases/post-release/handover.ts

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
    return (0,dispatch/* dispatchOnceOperation */.b)({
        github: operator,
        workflow: handOver.workflow,
        ref: handOver.ref,
        inputs: handOver.inputs,
        matches: (run) => (0,dispatch/* isRunFor */.D)(run, 'version', [version.version, version.tag]),
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

// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/http-retry.ts
var http_retry = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/effects/crates.ts


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
        const { response } = await (0,http_retry/* fetchWithRetry */.J5)(this.options.fetch ?? fetch, url, {
            headers: { accept: 'application/json', 'user-agent': this.options.userAgent ?? USER_AGENT }
        }, { ...http_retry/* DEFAULT_RETRY */.vI, attempts: 3 }, this.options.timeoutMs ?? 30_000, what);
        if (response.status === 404) {
            const body = (await response.json().catch(() => ({})));
            return { state: 'missing', detail: body.errors?.[0]?.detail ?? 'not found' };
        }
        if (response.status !== 200) {
            const text = (await response.text().catch(() => '')).trim().split('\n')[0] ?? '';
            throw new errors/* ReleaseError */.K2(`${what}: HTTP ${response.status}${text ? ` (${text.slice(0, 200)})` : ''}; check input crates-api-url`);
        }
        const body = (await response.json().catch(() => undefined));
        if (body?.version?.num !== version) {
            throw new errors/* ReleaseError */.K2(`${what}: the answer is not a crates.io version record; check input crates-api-url`);
        }
        return { state: 'published', yanked: body.version.yanked === true };
    }
}

// EXTERNAL MODULE: ./src/release/identity.ts
var identity = __webpack_require__(3287);
// EXTERNAL MODULE: ./src/release/plan.ts + 1 modules
var plan = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/github-release.ts
var github_release = __webpack_require__(72);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/effects/exec.ts
var exec = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/phases/post-release/assets.ts





/** The two install files the process names besides the examples. */
const BPFMAN_INSTALL_YAMLS = ['bpfman-crds-install.yaml', 'bpfman-operator-install.yaml'];
const DEFAULT_YAMLS_COMMAND = 'make build-release-yamls';
const DEFAULT_YAMLS_DIRECTORY = 'examples';
const YAML_CONTENT_TYPE = 'application/yaml';
/** go-xdp-counter, go-app-counter...: the examples whose install files a release ships. */
const COUNTER_EXAMPLE = /^go-[a-z0-9-]+-counter$/;
function sha256Of(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
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
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir).filter((name) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, name)).isDirectory());
}
/**
 * Runs the YAML command in `directory` of a checkout of the tag and collects
 * `directory/release-vX.Y.Z/*.yaml`. A missing expected file is an error here,
 * before anything is uploaded.
 */
async function buildReleaseYamls(request) {
    const { treeDir, version, directory } = request;
    const cwd = (0,external_node_path_.join)(treeDir, directory);
    if (!(0,external_node_fs_.existsSync)(cwd)) {
        throw new errors/* InputError */.dz('yamls-directory', `${directory}/ does not exist at ${version.tag}; give the folder where "${request.command.join(' ')}" runs`);
    }
    await (0,exec/* run */.e)(request.command[0], request.command.slice(1), { cwd });
    const outputDir = `${directory}/release-${version.tag}`;
    const outputPath = (0,external_node_path_.join)(treeDir, outputDir);
    if (!(0,external_node_fs_.existsSync)(outputPath)) {
        throw new errors/* ReleaseError */.K2(`"${request.command.join(' ')}" in ${directory}/ at ${version.tag} wrote no ${outputDir}/; check the command (input yamls-command)`);
    }
    const assets = (0,external_node_fs_.readdirSync)(outputPath)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => {
        const data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(outputPath, name));
        return { name, data, digest: sha256Of(data) };
    });
    const configs = (0,external_node_path_.join)(treeDir, request.exampleConfigs);
    const expected = expectedReleaseYamls({
        release: subfolders((0,external_node_path_.join)(configs, version.tag)),
        selinux: subfolders((0,external_node_path_.join)(configs, `${version.tag}-selinux`))
    }, request.always);
    const built = new Set(assets.map((asset) => asset.name));
    const missing = expected.filter((name) => !built.has(name));
    if (missing.length > 0) {
        throw new errors/* ReleaseError */.K2(`"${request.command.join(' ')}" at ${version.tag} did not write ${missing.join(', ')} (expected from ${request.exampleConfigs}/${version.tag}/ and ${version.tag}-selinux/ and the bpfman install files); nothing was uploaded. Fix the release YAML target, or list the files that are expected in input expected-assets`);
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
        throw new errors/* ReleaseError */.K2(`${built.name} ${what} on the published release ${release.tag}, which is immutable: its assets cannot change. Check that the YAMLs build the same at ${release.tag} (no dates or downloads in the output); to ship other files, release a new version`);
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

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/effects/copr.ts


const COPR_URL = 'https://copr.fedorainfracloud.org';
const COPR_PACKAGE = 'bpfman';
/** `@ebpf-sig/bpfman` (a group project) or `user/project`. */
function parseCoprProject(text) {
    const match = /^(@?[A-Za-z0-9_.-]+)\/([A-Za-z0-9_.+-]+)$/.exec(text.trim());
    if (!match)
        throw new errors/* InputError */.dz('copr-project', `"${text}" is not owner/project (e.g. @ebpf-sig/bpfman)`);
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
    const { response } = await (0,http_retry/* fetchWithRetry */.J5)(fetchFn, url, { headers: { accept: 'application/json' } }, { ...http_retry/* DEFAULT_RETRY */.vI, attempts: 2 }, 30_000, what);
    const body = (await response.json().catch(() => undefined));
    if (response.status === 404)
        throw new errors/* ReleaseError */.K2(`${what}: ${body?.error ?? 'not found'}`);
    if (response.status !== 200 || !body?.builds) {
        throw new errors/* ReleaseError */.K2(`${what}: HTTP ${response.status}${body?.error ? ` (${body.error})` : ''}; check inputs copr-url and copr-project`);
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

;// CONCATENATED MODULE: ./src/phases/post-release/checks.ts



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
            throw new errors/* InputError */.dz('fail-on', 'the COPR check is report only; use release, images, crates or none');
        if (!FAILABLE_GROUPS.includes(entry)) {
            throw new errors/* InputError */.dz('fail-on', `"${entry}" is not one of ${FAILABLE_GROUPS.join(', ')}, or none`);
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
        return { ok: false, detail: (0,errors/* messageOf */.bD)(error), final: true };
    }
}
async function once(probe) {
    return toResult(probe, await attempt(probe));
}
/** Runs the probes, then asks the missing ones again with doubling pauses until the time is up. */
async function settle(probes, request) {
    const sleep = request.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
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
            const build = await latestCoprBuild(copr.baseUrl, copr.project, copr.packageName);
            if (!build)
                return { ok: false, detail: 'no build yet' };
            const of = build.version ?? 'an unknown version';
            if (!build.version || !isRpmOf(build.version, version)) {
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

// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
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

;// CONCATENATED MODULE: ./src/phases/post-release/images.ts



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
    const images = (0,release_inputs/* parseList */.E1)(text);
    for (const image of images) {
        const parsed = parseImageReference(image);
        if (parsed.tag || parsed.digest) {
            throw new errors/* InputError */.dz(input, `"${image}" carries a tag or digest; list image names only (e.g. quay.io/bpfman/xdp-dispatcher)`);
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

// EXTERNAL MODULE: ./src/steps/release-branch.ts
var release_branch = __webpack_require__(443);
// EXTERNAL MODULE: ./src/updaters/dispatcher-images.ts
var dispatcher_images = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/phases/post-release/revert.ts




/** How `image` is referenced in the source: by tag (":latest", ":v0.6.1"), by digest, or not at all. */
function dispatcherPin(content, image) {
    const match = new RegExp(`"${(0,updaters_text/* escapeRegExp */.Nt)(image)}(?::([\\w][\\w.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`).exec(content);
    if (!match)
        return { kind: 'absent' };
    if (match[2])
        return { kind: 'digest' };
    return { kind: 'tag', tag: match[1] ?? 'latest' };
}
function revertBranch(version) {
    return `release-${version.tag}-dispatchers-latest`;
}
/**
 * The pull request that puts `:latest` back on the dispatcher images, when
 * the release pinned them to its tag: planned on the tip of the base branch,
 * nothing when the base already says `:latest` (the pull request merged), when
 * the images are pinned by digest, or when they are not in the source.
 */
async function planDispatcherRevert(request) {
    const { git, github, version, source } = request;
    const branch = revertBranch(version);
    const none = (note, found) => ({
        branch,
        files: [],
        operations: [],
        notes: [note],
        pull: undefined,
        found
    });
    const released = await git.readBlob(request.tagCommit, source);
    if (released === undefined) {
        return none({
            kind: 'info',
            path: source,
            message: `not in the repository at ${version.tag}; no dispatcher images to put back to :latest`
        });
    }
    const pins = request.images.map((image) => ({ image, pin: dispatcherPin(released, image) }));
    const pinnedToRelease = pins
        .filter(({ pin }) => pin.kind === 'tag' && pin.tag === version.tag)
        .map(({ image }) => image);
    if (pinnedToRelease.length === 0) {
        const digest = pins.filter(({ pin }) => pin.kind === 'digest').map(({ image }) => image);
        const message = digest.length > 0
            ? `${digest.join(' and ')} ${digest.length > 1 ? 'are' : 'is'} pinned by digest at ${version.tag}: nothing to put back to :latest, no pull request`
            : `the dispatcher images are not pinned to ${version.tag} at ${version.tag}: nothing to put back to :latest, no pull request`;
        return none({ kind: 'info', path: source, message });
    }
    const current = (await git.readBlob(request.baseCommit, source)) ?? '';
    const restored = (0,dispatcher_images/* restoreDispatcherImages */.Ay)(current, pinnedToRelease);
    if (restored.changed.length === 0) {
        const merged = await github.pulls.find(branch, request.base, 'all');
        const where = merged
            ? `; pull request #${merged.number} ${merged.state === 'open' ? 'is open' : merged.merged ? 'merged' : 'was closed'}`
            : '';
        return none({
            kind: 'info',
            path: source,
            message: `${request.base} has the dispatcher images on :latest again${where}`
        }, merged ? { number: merged.number, url: merged.url } : undefined);
    }
    const closed = await github.pulls.find(branch, request.base, 'all');
    if (closed && closed.state !== 'open' && !closed.merged) {
        return none({
            kind: 'warning',
            path: source,
            message: `pull request #${closed.number} (${branch}) that puts :latest back was closed without merging; not opening another. Reopen it, or put :latest back by hand`
        }, { number: closed.number, url: closed.url });
    }
    const files = [
        {
            path: source,
            before: current,
            after: restored.content,
            reason: `${restored.changed.join(', ')}: ${version.tag} -> latest`
        }
    ];
    const subject = `Put :latest back on the dispatcher images after ${version.tag}`;
    const message = (0,identity/* commitMessage */.df)(subject, [
        `The ${version.tag} release pinned ${restored.changed.join(' and ')} to :${version.tag} in ${source};`,
        'the release is out, so main goes back to :latest, as the release process asks.'
    ], request.identity);
    const body = [
        `The ${version.tag} release pinned the dispatcher images to \`:${version.tag}\`. Now that it is published (and the images carry the ${version.tag} tag), this puts \`:latest\` back in \`${source}\`:`,
        '',
        ...restored.changed.map((image) => `- \`${image}\``),
        '',
        'Made by release-actions post-release.'
    ].join('\n');
    const published = (0,release_branch/* publishBranchOperations */.ev)({
        git,
        github,
        remote: request.remote,
        baseBranch: request.base,
        baseCommit: request.baseCommit,
        branch,
        files,
        commitMessage: message,
        identity: request.identity,
        pull: { title: subject, body, labels: [] }
    });
    return {
        branch,
        files,
        operations: published.operations,
        notes: [],
        pull: published.pull,
        found: undefined
    };
}

;// CONCATENATED MODULE: ./src/phases/post-release/plan.ts













/** Fetches the base branch and the tags; the checkout may be anywhere (the tag, main). */
async function fetchRefs(settings, version) {
    const git = await (0,steps_checkout/* openRepository */.h_)(settings.repoDir, settings.remote);
    const baseCommit = settings.base
        ? (await (0,steps_checkout/* fetchBase */.cu)(git, settings.remote, settings.base, 'give the branch the release was made from')).baseCommit
        : undefined;
    const tagCommit = await git.revParse(`refs/tags/${version.tag}`);
    if (!tagCommit) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} is not in ${settings.remote}; tag-release makes it (and the draft release): run it first`);
    }
    return { git, tagCommit, baseCommit };
}
async function decisionsFor(github, state, tag, built) {
    const release = { tag, draft: state.release.draft, immutable: state.immutable };
    const decisions = [];
    for (const asset of built) {
        const remote = state.assets.find((a) => a.name === asset.name);
        decisions.push(decideAsset(asset, remote, release, await remoteDigestOf(github, asset, remote)));
    }
    return decisions;
}
/**
 * Plans everything after the release: builds the release YAMLs at the tag and
 * compares them with the release's assets (a missing file or an immutable
 * difference is an error here, before anything changes), then the uploads, the
 * publication, the dispatcher tags, the revert pull request, the checks and
 * the hand-over to the operator.
 */
async function planPostRelease(settings, log) {
    const version = (0,release_version/* parseVersion */.ot)(settings.version);
    const { git, tagCommit, baseCommit } = await fetchRefs(settings, version);
    const github = settings.github;
    const releases = await github.releases.list();
    const release = releases.find((r) => r.tagName === version.tag);
    if (!release) {
        throw new errors/* ReleaseError */.K2(`${github.name} has no release for ${version.tag}; tag-release creates its draft: run it, then rerun post-release`);
    }
    const { config, yamls } = await git.withWorktree(tagCommit, async (treeDir) => {
        const config = (0,release_config/* loadBpfmanConfig */.xt)(treeDir, settings.configFile);
        const yamls = await buildReleaseYamls({
            treeDir,
            version,
            command: settings.yamls.command,
            directory: settings.yamls.directory,
            exampleConfigs: config.exampleConfigs,
            always: settings.yamls.always
        });
        return { config, yamls };
    });
    const state = await github.releases.withAssets(release.id);
    const decisions = await decisionsFor(github, state, version.tag, yamls.assets);
    const notes = [];
    if (yamls.extra.length > 0) {
        notes.push({
            kind: 'info',
            message: `built beyond the expected list, uploaded all the same: ${yamls.extra.join(', ')}`
        });
    }
    if (!state.release.draft) {
        notes.push({
            kind: state.immutable ? 'info' : 'warning',
            message: `the release ${version.tag} is published already${state.immutable ? ' and immutable: its assets must match the built files' : '; changed assets are replaced on the published release'}`
        });
    }
    const assets = assetOperations(github, release.id, version.tag, yamls.assets.map((built, index) => ({
        built,
        planned: decisions[index],
        extra: yamls.extra.includes(built.name)
    })));
    const publish = (0,github_release/* publishReleaseOperation */.Sb)({
        github,
        version,
        release,
        makeLatest: (0,github_release/* makeLatestAmong */.iC)(version, await git.tags(), releases),
        requiredAssets: yamls.assets.map((asset) => asset.name)
    });
    const dispatcherImages = settings.dispatcherImages ?? config.dispatcherImages;
    const images = dispatcherImages.map((image) => dispatcherTagOperation(settings.registry, image, version.tag, settings.force));
    if (dispatcherImages.length === 0)
        notes.push({
            kind: 'skipped',
            message: 'no dispatcher images to tag (input dispatcher-images)'
        });
    const revert = settings.base && baseCommit
        ? await planDispatcherRevert({
            git,
            github,
            remote: settings.remote,
            base: settings.base,
            baseCommit,
            tagCommit,
            version,
            source: config.dispatcherSource,
            images: config.dispatcherImages,
            identity: settings.identity ?? identity/* ACTIONS_BOT */.aX
        })
        : noBaseRevert(version);
    notes.push(...revert.notes);
    const checks = checksOperation(settings, version, release.id, yamls, log);
    const serverUrl = settings.serverUrl ?? 'https://github.com';
    const { operator } = settings;
    const handOver = handOverFor(serverUrl, operator.repository, operator.workflow, operator.ref, version, operator.github ? 'pending' : 'manual');
    const handOverStep = operator.github
        ? handOverOperation(operator.github, handOver, version)
        : undefined;
    if (!handOverStep)
        notes.push({
            kind: 'skipped',
            message: `no operator-token: dispatch ${operator.workflow} in ${operator.repository} by hand (see the summary)`
        });
    const operations = [
        ...assets,
        publish,
        ...images,
        ...revert.operations,
        checks,
        ...(handOverStep ? [handOverStep] : [])
    ];
    const plan = {
        phase: 'post-release',
        repository: settings.repository,
        version: version.version,
        files: revert.files,
        operations,
        notes
    };
    return {
        plan,
        version,
        base: settings.base,
        tagCommit,
        baseCommit,
        yamls,
        failOn: settings.checks.failOn,
        release,
        handOver,
        revertBranch: revert.branch,
        revertFound: revert.found,
        steps: { assets, publish, images, revert: revert.pull, checks, handOver: handOverStep }
    };
}
/** No base branch known: the revert pull request is not planned, and the plan says why. */
function noBaseRevert(version) {
    return {
        branch: revertBranch(version),
        files: [],
        operations: [],
        notes: [
            {
                kind: 'warning',
                message: `No base branch: no release manifest names it and the base input is empty, so the pull request putting :latest back is not planned (not sent to main by default); rerun with base (main, or release-vX.Y.Z-patch for a patch release)`
            }
        ],
        pull: undefined,
        found: undefined
    };
}
function checksOperation(settings, version, releaseId, yamls, log) {
    const { checks } = settings;
    const parts = [
        `release ${version.tag} with ${yamls.assets.length} assets`,
        `${checks.images.length} image(s)`,
        checks.cratesApiUrl ? `${checks.crates.length} crate(s)` : 'no crates',
        checks.copr ? 'COPR (report only)' : 'no COPR'
    ];
    return {
        kind: 'check',
        title: `check the publication: ${parts.join(', ')}; wait up to ${checks.waitSeconds}s; fail on ${checks.failOn.join(', ') || 'nothing'}`,
        apply: async () => {
            const results = await runPublicationChecks({
                version,
                github: settings.github,
                releaseId,
                assets: yamls.assets,
                registry: settings.registry,
                images: checks.images,
                crates: checks.cratesApiUrl ? new CratesClient(checks.cratesApiUrl) : undefined,
                crateNames: checks.crates,
                copr: checks.copr
                    ? {
                        baseUrl: checks.copr.url,
                        project: checks.copr.project,
                        packageName: checks.copr.packageName
                    }
                    : undefined,
                waitMs: checks.waitSeconds * 1000,
                log
            });
            const count = (status) => results.filter((r) => r.status === status).length;
            const blocking = blockingFailures(results, checks.failOn);
            if (blocking.length > 0) {
                throw new plan/* FailedWith */.a_(`${blocking.length} publication check(s) failed: ${blocking.map((r) => `${r.name} (${r.detail})`).join('; ')}. When they are published, rerun (or raise wait-seconds); fail-on chooses which failures fail the job`, results);
            }
            return {
                status: 'done',
                detail: `${count('passed')} passed, ${count('failed')} failed (reported only), ${count('not checked')} not checked`,
                value: results
            };
        }
    };
}

// EXTERNAL MODULE: ./src/effects/github/repository.ts
var repository = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
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
        ['copr-url', COPR_URL],
        ['copr-package', COPR_PACKAGE]
    ])
        if (!coprProject && get(name) && get(name).replace(/\/+$/, '') !== fallback)
            throw new errors/* InputError */.dz(label(name), `is read only with ${label('copr-project')}; give ${label('copr-project')} too (e.g. @ebpf-sig/bpfman), or leave ${label(name)} out`);
    const images = or('images', PUBLISHED_IMAGES.join(','));
    const crates = or('crates', BPFMAN_CRATES.join(','));
    const dispatcherImages = get('dispatcher-images');
    return {
        yamls: {
            command: (0,release_inputs/* parseCommand */.RM)(or('yamls-command', DEFAULT_YAMLS_COMMAND), label('yamls-command'), DEFAULT_YAMLS_COMMAND),
            directory: or('yamls-directory', DEFAULT_YAMLS_DIRECTORY).replace(/\/+$/, ''),
            always: get('expected-assets') === 'none'
                ? []
                : (0,release_inputs/* parseList */.E1)(or('expected-assets', BPFMAN_INSTALL_YAMLS.join(',')))
        },
        registry: {
            url: get('registry-url') ? (0,release_inputs/* parseUrl */.Dl)(get('registry-url'), label('registry-url')) : undefined,
            credentials: username ? { username, password } : undefined
        },
        dispatcherImages: dispatcherImages === ''
            ? undefined
            : dispatcherImages === 'none'
                ? []
                : parseImageList(dispatcherImages, label('dispatcher-images')),
        force: (0,release_inputs/* parseBoolean */.yG)(get('force'), label('force')),
        checks: {
            images: images === 'none' ? [] : parseImageList(images, label('images')),
            crates: crates === 'none' ? [] : (0,release_inputs/* parseList */.E1)(crates),
            cratesApiUrl: get('crates-api-url') === 'none'
                ? undefined
                : (0,release_inputs/* parseUrl */.Dl)(or('crates-api-url', CRATES_API_URL), label('crates-api-url')),
            copr: coprProject
                ? {
                    url: (0,release_inputs/* parseUrl */.Dl)(or('copr-url', COPR_URL), label('copr-url')),
                    project: parseCoprProject(coprProject),
                    packageName: or('copr-package', COPR_PACKAGE)
                }
                : undefined,
            failOn: parseFailOn(or('fail-on', DEFAULT_FAIL_ON)),
            waitSeconds: parseWaitSeconds(get('wait-seconds'))
        },
        operator: {
            repository: (0,repository/* repositoryName */.aR)((0,repository/* parseRepository */.SU)(or('operator-repository', OPERATOR_REPOSITORY), label('operator-repository'))),
            workflow: or('operator-workflow', OPERATOR_WORKFLOW),
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
        registry: new RegistryClient({
            registryUrl: options.registry.url,
            credentials: options.registry.credentials
        }),
        operator: {
            ...operator,
            github: (0,settings/* githubClientFor */.q)(inputs, operator.repository, token !== undefined, 'a token of the operator repository', 'operator-token', 'operator-repository')
        }
    };
}

;// CONCATENATED MODULE: ./src/phases/post-release/summary.ts
const MARKS = {
    passed: '✅ passed',
    failed: '❌ failed',
    'not checked': '➖ not checked'
};
/** The publication checklist as Markdown: one line per check, passed, failed or not checked. */
function renderChecklist(results, failOn) {
    const out = ['### Publication checks', ''];
    if (!results) {
        out.push('Not run.');
        return `${out.join('\n')}\n`;
    }
    for (const result of results) {
        const blocking = result.status === 'failed' && !failOn.includes(result.group) ? ' (reported only)' : '';
        out.push(`- ${MARKS[result.status]}${blocking}: ${result.name}: ${result.detail}`);
    }
    return `${out.join('\n')}\n`;
}
/** The hand-over to bpfman-operator: the run, or the exact link and inputs for a maintainer. */
function renderHandOver(handOver) {
    if (!handOver)
        return '';
    const inputs = Object.entries(handOver.inputs)
        .map(([name, value]) => `\`${name}\`: \`${value}\``)
        .join(', ');
    const out = ['### Hand-over to the operator release', ''];
    if (handOver.status === 'dispatched' || handOver.status === 'exists') {
        const what = handOver.status === 'dispatched' ? 'Dispatched' : 'Already running (or done)';
        out.push(`${what}: ${handOver.workflow} in ${handOver.repository} with ${inputs}${handOver.run?.url ? `: ${handOver.run.url}` : ''}`);
    }
    else {
        const why = handOver.status === 'manual'
            ? 'No operator-token was given, so'
            : 'Not dispatched yet (an earlier step failed);';
        out.push(`${why} a maintainer starts the operator's release: open ${handOver.workflowUrl}, press "Run workflow" on \`${handOver.ref}\` with ${inputs}; or run:`, '', '```console', handOver.command, '```');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/phases/post-release/index.ts





/** What the operations produced, each as far as it ran. */
function results(post, products) {
    const { steps } = post;
    return {
        release: products?.find(steps.publish) ?? post.release,
        assets: products?.findAll(steps.assets) ?? [],
        images: products?.findAll(steps.images) ?? [],
        revertPr: products?.find(steps.revert) ?? post.revertFound,
        checks: products?.find(steps.checks),
        handOver: handOverAfter(post.handOver, products?.find(steps.handOver))
    };
}
function postReleaseLinks(r) {
    const links = [
        { label: `Release${r.release.draft ? ' (draft)' : ''}`, url: r.release.url }
    ];
    if (r.revertPr)
        links.push({ label: 'Pull request putting :latest back', url: r.revertPr.url });
    if (r.handOver.run?.url)
        links.push({ label: `Operator ${r.handOver.workflow} run`, url: r.handOver.run.url });
    return links;
}
/** What post-release reports: the checklist and the hand-over besides the plan. */
function postReport(post, settings, result) {
    const { version } = post;
    const r = results(post, result?.products);
    const links = postReleaseLinks(r);
    const epilogue = [];
    if (r.checks) {
        epilogue.push('\nPublication checks:');
        for (const check of r.checks)
            epilogue.push(`  [${check.status}] ${check.name}: ${check.detail}`);
    }
    if (r.handOver.status === 'manual' || r.handOver.status === 'pending') {
        epilogue.push(`\nHand-over: start ${r.handOver.workflow} in ${r.handOver.repository} with version=${version.version}:\n  ${r.handOver.workflowUrl}\n  ${r.handOver.command}`);
    }
    epilogue.push('', ...links.map((link) => `${link.label}: ${link.url}`));
    return {
        manifest: {
            header: {
                repository: settings.repository,
                version,
                previousTag: null,
                // A new manifest without a known base says so with an empty base.
                base: post.base ?? ''
            },
            part: {
                postRelease: {
                    commit: post.tagCommit,
                    release: { id: r.release.id, url: r.release.url, draft: r.release.draft },
                    assets: r.assets,
                    extraAssets: post.yamls.extra,
                    images: r.images,
                    revertPr: r.revertPr ?? null,
                    checks: r.checks ?? null,
                    handOver: {
                        repository: r.handOver.repository,
                        workflow: r.handOver.workflow,
                        status: r.handOver.status,
                        runId: r.handOver.run?.id ?? null
                    }
                }
            }
        },
        outputs: {
            'release-url': r.release.url,
            assets: JSON.stringify(r.assets),
            'images-tagged': JSON.stringify(r.images),
            'revert-pr-url': r.revertPr?.url ?? '',
            checks: JSON.stringify(r.checks ?? [])
        },
        links,
        sections: [renderChecklist(r.checks, post.failOn), renderHandOver(r.handOver)],
        epilogue
    };
}
/** post-release: assets, publication, dispatcher tags, the revert pull request, checks, hand-over. */
const postRelease = (0,phase/* phaseOf */.h)({
    name: 'post-release',
    settings: postSettings,
    plan: (settings, context) => planPostRelease(settings, context.log),
    report: postReport
});


/***/ }),

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ phaseOf)
/* harmony export */ });
/**
 * A phase of one plan and one report: `plan` computes what it will do, `report`
 * says what it did (`result` undefined: a dry run).
 */
function phaseOf(definition) {
    return {
        name: definition.name,
        settings: definition.settings,
        plan: async (settings, context) => {
            const planned = await definition.plan(settings, context);
            return {
                plan: planned.plan,
                repository: settings.repository,
                version: planned.version,
                report: (result) => definition.report(planned, settings, result)
            };
        }
    };
}


/***/ }),

/***/ 1357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isRunFor),
/* harmony export */   b: () => (/* binding */ dispatchOnceOperation)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _effects_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6108);


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


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ draftReleaseOperation),
/* harmony export */   Sb: () => (/* binding */ publishReleaseOperation),
/* harmony export */   iC: () => (/* binding */ makeLatestAmong)
/* harmony export */ });
/* unused harmony export makeLatestFor */
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _release_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5710);


/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
function makeLatestFor(version, otherTags) {
    if ((0,_release_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isPrerelease */ .V1)(version))
        return 'false';
    const higher = (0,_release_version_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseTags */ .dt)(otherTags).some((tag) => tag.rc === undefined && (0,_release_version_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(tag, version) > 0);
    return higher ? 'false' : 'true';
}
/** make_latest against the repository's tags and its published releases. */
function makeLatestAmong(version, tags, releases) {
    const published = releases.filter((release) => !release.draft).map((release) => release.tagName);
    return makeLatestFor(version, [...tags, ...published]);
}
/**
 * Creates the release of `version` as a draft on `commit`, or brings the
 * existing draft's fields up to date; a published release is left alone.
 * Drafts have no tag yet, so the release is found by listing.
 */
function draftReleaseOperation(github, version, commit, fields, existing, bodySource) {
    const what = `${fields.prerelease ? 'prerelease' : 'release'} ${version.tag} (body: ${bodySource}, make_latest ${fields.makeLatest})`;
    return {
        kind: 'github',
        title: existing
            ? existing.draft
                ? `update the draft ${what} in ${github.name}`
                : `release ${version.tag} is published in ${github.name} already; leave it`
            : `create the draft ${what} in ${github.name}`,
        apply: async () => {
            const found = await github.releases.findByTag(version.tag);
            if (found && !found.draft) {
                return { status: 'unchanged', detail: `published: ${found.url}`, value: found };
            }
            if (found) {
                const same = found.name === fields.name &&
                    found.body === fields.body &&
                    found.prerelease === fields.prerelease;
                const release = same ? found : await github.releases.update(found.id, fields);
                return {
                    status: same ? 'unchanged' : 'done',
                    detail: `${same ? 'draft' : 'updated draft'} ${release.id}`,
                    value: release
                };
            }
            const release = await github.releases.create({
                tag: version.tag,
                target: commit,
                draft: true,
                ...fields
            });
            return { status: 'done', detail: `draft ${release.id}`, value: release };
        }
    };
}
/** Publishes the draft (a published release is left as it is), after checking its assets. */
function publishReleaseOperation(request) {
    const { github, version, makeLatest } = request;
    const planned = 'id' in request.release ? request.release : undefined;
    const title = planned?.draft === false
        ? `the release ${version.tag} is published already; leave it`
        : request.why
            ? `publish the release ${version.tag} (${request.why})`
            : `publish the draft release ${version.tag} (make_latest ${makeLatest})`;
    return {
        kind: 'github',
        title,
        apply: async (products) => {
            const release = planned ?? products.of(request.release);
            const state = await github.releases.withAssets(release.id);
            if (!state.release.draft) {
                return { status: 'unchanged', detail: state.release.url, value: state.release };
            }
            const missing = (request.requiredAssets ?? []).filter((name) => !state.assets.some((asset) => asset.name === name));
            if (missing.length > 0) {
                throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`the draft lacks ${missing.join(', ')}; not publishing it`);
            }
            const published = await github.releases.update(release.id, { draft: false, makeLatest });
            return { status: 'done', detail: published.url, value: published };
        }
    };
}


/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ restoreDispatcherImages),
/* harmony export */   bQ: () => (/* binding */ updateDispatcherImages)
/* harmony export */ });
/* unused harmony export DISPATCHER_IMAGES_FILE */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4855);

const DISPATCHER_IMAGES_FILE = 'bpfman/src/lib.rs';
const TAG_IN_COMMENT = /(?<![\w.])v\d+\.\d+\.\d+(?:-rc\d+)?(?![\w]|\.\d)/g;
/**
 * Pins the dispatcher images to the release tag: each `"<image>:latest"` (or
 * any other tag, or no tag) becomes `"<image>:<newTag>"`, and the example tag
 * in the comment right above the constants follows. An image pinned by
 * digest is left alone; an image that is not in the file is reported, not an
 * error (the constants left lib.rs after v0.5.x).
 */
function updateDispatcherImages(content, images, newTag, path = DISPATCHER_IMAGES_FILE) {
    const notes = [];
    const changed = [];
    const edits = [];
    const commentLines = new Set();
    const lines = content.split('\n');
    for (const image of images) {
        const literals = findImageLiterals(content, image);
        if (literals.length === 0) {
            notes.push({ kind: 'info', path, message: `${image} not found in ${path}; nothing to pin` });
            continue;
        }
        let imageChanged = false;
        for (const literal of literals) {
            if (literal.digest !== undefined) {
                const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .lineNumberAt */ .bC)(content, literal.start);
                notes.push({
                    kind: 'info',
                    path,
                    line,
                    message: `${image} is pinned by digest, left alone`
                });
                continue;
            }
            for (const line of commentAbove(lines, (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .lineNumberAt */ .bC)(content, literal.start) - 1, images)) {
                commentLines.add(line);
            }
            if (literal.tag === newTag)
                continue;
            edits.push({ start: literal.nameEnd, end: literal.end, text: `:${newTag}` });
            imageChanged = true;
        }
        if (imageChanged)
            changed.push(image);
    }
    const offsets = lineOffsets(lines);
    for (const index of commentLines) {
        const line = lines[index];
        for (const match of line.matchAll(TAG_IN_COMMENT)) {
            if (match[0] === newTag)
                continue;
            const start = offsets[index] + (match.index ?? 0);
            edits.push({ start, end: start + match[0].length, text: newTag });
        }
    }
    return { content: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .spliceAll */ .C4)(content, edits), notes, changed };
}
/**
 * Puts `:latest` back on the dispatcher images after a release; images pinned
 * by digest, and the comment, are left as they are.
 */
function restoreDispatcherImages(content, images) {
    const changed = [];
    const edits = [];
    for (const image of images) {
        const pending = findImageLiterals(content, image).filter((literal) => literal.digest === undefined && literal.tag !== 'latest');
        for (const literal of pending) {
            edits.push({ start: literal.nameEnd, end: literal.end, text: ':latest' });
        }
        if (pending.length > 0)
            changed.push(image);
    }
    return { content: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .spliceAll */ .C4)(content, edits), changed };
}
function findImageLiterals(content, image) {
    const pattern = new RegExp(`"${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt)(image)}(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`, 'g');
    return [...content.matchAll(pattern)].map((match) => {
        const start = match.index ?? 0;
        return {
            start,
            nameEnd: start + 1 + image.length,
            end: start + match[0].length - 1,
            tag: match[1],
            digest: match[2]
        };
    });
}
/**
 * The `//` comment lines directly above a constant, skipping the lines of the
 * constants next to it (and the `const ... =` line when rustfmt wrapped the
 * string onto its own line).
 */
function commentAbove(lines, literalLine, images) {
    let index = literalLine - 1;
    const isConstantLine = (line) => /\bconst\b/.test(line) || images.some((image) => line.includes(`"${image}`));
    while (index >= 0 &&
        !isComment(lines[index]) &&
        lines[index].trim() !== '' &&
        isConstantLine(lines[index])) {
        index -= 1;
    }
    const comment = [];
    while (index >= 0 && isComment(lines[index])) {
        comment.push(index);
        index -= 1;
    }
    return comment;
}
function isComment(line) {
    return line.trimStart().startsWith('//');
}
function lineOffsets(lines) {
    const offsets = [];
    let offset = 0;
    for (const line of lines) {
        offsets.push(offset);
        offset += line.length + 1;
    }
    return offsets;
}


/***/ })

};
