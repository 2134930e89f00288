export const id = 835;
export const ids = [835];
export const modules = {

/***/ 8740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jh: () => (/* binding */ GitHubClient),
  Qi: () => (/* reexport */ api_createOctokit),
  vZ: () => (/* reexport */ describeRun),
  vu: () => (/* reexport */ isRefusal),
  zM: () => (/* reexport */ isStatus),
  SU: () => (/* reexport */ repository/* parseRepository */.SU),
  aR: () => (/* reexport */ repository/* repositoryName */.aR)
});

// UNUSED EXPORTS: apiBaseUrl, isLiveOrSucceeded, repositoryFromRemoteUrl

// EXTERNAL MODULE: ./src/effects/http-retry.ts
var http_retry = __webpack_require__(2116);
// EXTERNAL MODULE: ./src/effects/lazy.ts
var lazy = __webpack_require__(4474);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
;// CONCATENATED MODULE: ./src/effects/github/failures.ts
/**
 * What a failed GitHub request means: whether it may be sent again, how long
 * to wait first, and what to tell the maintainer. Pure functions of the
 * error Octokit throws; octokit.ts acts on them.
 */

const NOT_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT'
]);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const SERVER_ERRORS = new Set([500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** GET, HEAD, PUT and DELETE mean the same sent twice; POST and PATCH may not. */
function isIdempotent(method) {
    return IDEMPOTENT.has((method ?? 'GET').toUpperCase());
}
function failureKind(error) {
    const response = error.response;
    if (!response) {
        // @octokit/request turns a fetch that threw into a status-500 error without a response.
        const { codes, names } = causes(error);
        if (codes.some((code) => NOT_SENT.has(code)))
            return 'not-sent';
        if (names.includes('TimeoutError') || codes.some((code) => TIMEOUT.has(code)))
            return 'timeout';
        return error.status === 500 || codes.length > 0 ? 'connection' : 'answer';
    }
    const status = response.status;
    if (status === 403 || status === 429) {
        const limit = rateLimitKind(response);
        if (limit)
            return limit;
        return status === 429 ? 'too-many-requests' : 'permission';
    }
    return SERVER_ERRORS.has(status) ? 'server-error' : 'answer';
}
function rateLimitKind(response) {
    // GitHub's wording, and its older name for the same limit.
    if (/secondary rate limit|abuse detection/i.test(messageOf(response.data)))
        return 'secondary-rate-limit';
    if (String(response.headers['x-ratelimit-remaining']) === '0')
        return 'primary-rate-limit';
    return undefined;
}
/** The codes and names along an error's cause chain (fetch's TypeError wraps the socket's error). */
function causes(error) {
    const codes = [];
    const names = [];
    let current = error.cause;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const { code, name, cause } = current;
        if (typeof code === 'string')
            codes.push(code);
        if (typeof name === 'string')
            names.push(name);
        current = cause;
    }
    return { codes, names };
}
/** The first socket error code along the cause chain, for messages. */
function connectionCode(error) {
    const { codes, names } = causes(error);
    return codes[0] ?? names.find((name) => name !== 'TypeError');
}
/**
 * Seconds to wait before the next try, as the answer asks: Retry-After
 * (seconds or an HTTP date), else x-ratelimit-reset when the quota is used
 * up; undefined when the answer says nothing.
 */
function requestedWaitSeconds(error, now = Date.now()) {
    const headers = error.response?.headers;
    if (!headers)
        return undefined;
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && String(retryAfter).trim() !== '') {
        const text = String(retryAfter).trim();
        if (/^\d+$/.test(text))
            return Number(text);
        const date = Date.parse(text);
        if (!Number.isNaN(date))
            return Math.max(Math.ceil((date - now) / 1000), 0);
    }
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(Math.ceil(reset - now / 1000), 0) + 1;
    }
    return undefined;
}
/**
 * Tells a 403 (or 429) that is a rate limit from one that is a missing
 * permission, by GitHub's answer: the secondary limit says so in its
 * message; the primary sets x-ratelimit-remaining to 0.
 */
function classifyForbidden(response) {
    const kind = rateLimitKind(response) ?? 'permission';
    const said = messageOf(response.data);
    const quoted = said ? ` ("${said}")` : '';
    switch (kind) {
        case 'secondary-rate-limit':
            return {
                kind,
                message: `GitHub's secondary rate limit stopped the request${quoted}: too many requests in a short time, not a missing permission. Wait a few minutes and rerun the job; do not run several release jobs at once.`
            };
        case 'primary-rate-limit': {
            const reset = Number(response.headers['x-ratelimit-reset']);
            const until = Number.isFinite(reset) && reset > 0
                ? new Date(reset * 1000).toISOString()
                : 'the top of the hour';
            return {
                kind,
                message: `the token's GitHub API rate limit is used up until ${until}${quoted}. Rerun the job after that, or use a token with a higher limit (a GitHub App's installation token has more than GITHUB_TOKEN's 1,000 requests an hour per repository).`
            };
        }
        default:
            return {
                kind,
                message: `GitHub refused the request with ${response.status}${quoted}: the token lacks a permission. Give the job the permission it needs (for example \`permissions: { contents: write, pull-requests: write }\`) or pass a token that has it.`
            };
    }
}
function messageOf(data) {
    if (typeof data === 'string')
        return data;
    const message = data?.message;
    return typeof message === 'string' ? message : '';
}
/**
 * A request that failed for good after this client's retries: Octokit's
 * RequestError (same status, request and response, so callers that look at
 * `status` keep working) with the maintainer's message and how it ended.
 */
class GitHubRequestError extends dist_src/* RequestError */.G {
    kind;
    attempts;
    outcomeUnknown;
    constructor(message, original, kind, 
    /** Tries made, the first included. */
    attempts, 
    /**
     * The request may have taken effect although no answer said so (a POST or
     * PATCH that got a 5xx, lost its connection or timed out). It was not sent
     * again: look the object up before creating it a second time.
     */
    outcomeUnknown) {
        super(message, original.status, {
            request: original.request,
            response: original.response,
            cause: original
        });
        this.kind = kind;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
    }
}
/**
 * Whether GitHub refused a request with one of `statuses` as an answer about
 * the request itself (no such workflow, bad inputs, no permission): a 403 or
 * 429 that is a rate limit is never one, so its own message is kept instead of
 * a permission hint.
 */
function isRefusal(error, statuses) {
    if (typeof error !== 'object' || error === null)
        return false;
    const failed = error;
    if (failed.status === undefined || !statuses.includes(failed.status))
        return false;
    if (failed.status !== 403 && failed.status !== 429)
        return true;
    const kind = error instanceof GitHubRequestError ? error.kind : failureKind(failed);
    return kind === 'permission';
}
/** Whether a failed request may have changed GitHub although it reported no success. */
function isOutcomeUnknown(error) {
    return error instanceof GitHubRequestError && error.outcomeUnknown;
}
/** A repository GitHub answers 404 for: it does not exist, or the token cannot see it (GitHub says the same). */
function unknownRepositoryMessage(repository) {
    return `GitHub knows no repository ${repository}, or the token cannot see it (GitHub answers 404 to both). Check the owner/name, and that the token reaches it: a workflow's GITHUB_TOKEN reaches only its own repository, a fine-grained token only the repositories it was given.`;
}
/** A 401: GitHub did not take the token at all. */
function badCredentialsMessage(said) {
    return `GitHub refused the token (401${said}): it is wrong, expired or revoked. Give a valid token.`;
}

;// CONCATENATED MODULE: ./src/effects/github/create-once.ts
/**
 * Look-up before resend: a create whose outcome is unknown (isOutcomeUnknown:
 * a 5xx, a lost connection or a timeout after a POST was sent) may have taken
 * effect. The object is looked for first, a few times with short waits since
 * GitHub may not list what it has just made, and sent again only when it is
 * still not there. Bounded: at most `sends` sends, `lookUps` looks per send.
 */



const DEFAULT_WAITS = [0, 1, 2, 4];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function createOnce(what, send, lookUp, options = {}) {
    const sends = options.sends ?? 3;
    const waits = options.lookUpWaits ?? DEFAULT_WAITS;
    for (let sent = 1;; sent++) {
        try {
            return await send();
        }
        catch (error) {
            if (!isOutcomeUnknown(error) || sent >= sends)
                throw error;
            const { info } = await (0,lazy/* loadCore */.Cp)();
            for (const seconds of waits) {
                if (seconds > 0)
                    await sleep(seconds * (0,http_retry/* secondMs */.fj)());
                const found = await lookUp();
                if (found !== undefined) {
                    info(`${what}: the answer was lost, but GitHub has it: not sent again`);
                    return found;
                }
            }
            info(`${what}: the answer was lost and GitHub does not have it: sending it again`);
        }
    }
}

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/effects/github/deferred-octokit.ts

/** The rest.<namespace>.<method> a deferred method stands for, so paginate can take it. */
const REST_PATH = Symbol('rest method');
/**
 * An Octokit whose client is made by `make` on its first request, so that
 * Octokit and its plugins are loaded when a phase calls the API, not when a
 * bundle starts. It offers what the project calls: request(), paginate() and
 * rest.<namespace>.<method>(); each waits for the client, then calls it.
 */
function deferredOctokit(make) {
    const client = (0,lazy/* once */.Oo)(make);
    const methodOf = (octokit, [namespace, name]) => octokit.rest[namespace][name];
    const namespaces = new Map();
    const namespace = (name) => {
        let methods = namespaces.get(name);
        if (!methods) {
            const made = new Map();
            methods = new Proxy({}, {
                get: (_, method) => {
                    if (typeof method !== 'string')
                        return undefined;
                    let deferred = made.get(method);
                    if (!deferred) {
                        const path = [name, method];
                        deferred = Object.assign(async (...args) => methodOf(await client(), path)(...args), { [REST_PATH]: path });
                        made.set(method, deferred);
                    }
                    return deferred;
                }
            });
            namespaces.set(name, methods);
        }
        return methods;
    };
    const rest = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? namespace(name) : undefined) });
    const facade = {
        rest,
        request: async (...args) => (await client()).request(...args),
        paginate: async (method, ...args) => {
            const octokit = await client();
            const path = method?.[REST_PATH];
            return octokit.paginate(path ? methodOf(octokit, path) : method, ...args);
        }
    };
    return facade;
}

;// CONCATENATED MODULE: ./src/effects/github/octokit.ts





const DEFAULTS = {
    attempts: 5,
    maxWaitSeconds: 900,
    backoffSeconds: 1,
    secondMs: 1000,
    timeoutMs: 120_000
};
const LONGEST_BACKOFF_SECONDS = 60;
const SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS = 60;
/** The retrying client; Octokit and its plugins are loaded on its first request. */
function createOctokit(token, options = {}) {
    return deferredOctokit(async () => buildOctokit(token, options, await (0,lazy/* loadOctokit */.mV)()));
}
function buildOctokit(token, options, { getOctokit, retry, throttling, Bottleneck, info }) {
    const policy = { ...DEFAULTS, ...definedOnly(options) };
    const log = options.log ?? ((line) => info(line));
    const accounts = new WeakMap();
    const account = (request) => {
        let found = accounts.get(request);
        if (!found)
            accounts.set(request, (found = { tries: 0, waitedSeconds: 0 }));
        return found;
    };
    /** Spends `seconds` of the bound on one more try, or says why it cannot. */
    const mayWait = (request, seconds, what) => {
        const spent = account(request);
        if (spent.tries >= policy.attempts)
            return false;
        if (spent.waitedSeconds + seconds > policy.maxWaitSeconds) {
            spent.boundedOut = `waiting ${seconds} s more would pass the limit of ${policy.maxWaitSeconds} s`;
            return false;
        }
        spent.waitedSeconds += seconds;
        log(`${what}: try ${spent.tries + 1} of ${policy.attempts} in ${seconds} s`);
        return true;
    };
    const onLimit = (which) => (seconds, request, octokit) => mayWait(request, seconds, `GitHub's ${which} rate limit on ${describe(octokit, request)}`);
    // The repositories a request has succeeded under (lower case): a 404 there is about the object.
    const seen = new Set();
    const named = new Map(Object.entries(options.inputs?.repositories ?? {}).map(([name, input]) => [
        name.toLowerCase(),
        { name, input }
    ]));
    /** The bad input a refused request means: an unknown repository, a token GitHub does not take. */
    const inputRefusal = async (octokit, error, sent) => {
        if (sent.request?.repositoryProbe)
            return undefined;
        const tokenInput = options.inputs?.token;
        if (error.status === 401 && tokenInput)
            return new errors/* InputError */.dz(tokenInput, badCredentialsMessage(said(error)));
        if (error.status !== 404)
            return undefined;
        const repository = repositoryOf(octokit, sent);
        const input = repository && !seen.has(repository) ? named.get(repository) : undefined;
        if (!input)
            return undefined;
        const [owner, repo] = input.name.split('/');
        const { method, url } = octokit.request.endpoint.parse(sent);
        const itself = method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/?$/.test(new URL(url).pathname);
        if (!itself) {
            try {
                await octokit.request('GET /repos/{owner}/{repo}', {
                    owner,
                    repo,
                    request: { repositoryProbe: true }
                });
                return undefined;
            }
            catch (probe) {
                if (probe.status !== 404)
                    return undefined;
            }
        }
        return new errors/* InputError */.dz(input.input, unknownRepositoryMessage(input.name));
    };
    // Plugin order is hook order, innermost first: each try passes through
    // `tries` (timeout, count, retry decision) inside plugin-retry, which
    // repeats what `tries` asks for; throttling repeats rate-limited requests
    // around that; `report` sees only the final failure. Every hook gets the
    // same options object (before-after-hook binds it), which is why one
    // request's account is kept by that object.
    const tries = (octokit) => {
        octokit.hook.wrap('request', async (request, raw) => {
            const options = raw;
            const spent = account(options);
            if (spent.tries++ === 0)
                spent.callerSignal = options.request?.signal;
            const timeout = AbortSignal.timeout(policy.timeoutMs);
            const own = spent.callerSignal;
            // A new object: `request` may still be the one the client's defaults share.
            options.request = {
                ...options.request,
                signal: own ? AbortSignal.any([own, timeout]) : timeout
            };
            const response = await request(raw);
            const repository = repositoryOf(octokit, options);
            if (repository)
                seen.add(repository);
            return response;
        });
        octokit.hook.error('request', (error, raw) => {
            const options = raw;
            const failed = error;
            if (!failed.request)
                throw error;
            const wait = retryWait(failed, options, policy, account(options).tries);
            const reason = `${retryReason(failed)} to ${describe(octokit, options)}`;
            if (wait !== undefined && mayWait(options, wait, reason)) {
                const retrying = octokit;
                throw retrying.retry.retryRequest(error, policy.attempts, wait);
            }
            throw error;
        });
        return {};
    };
    const report = (octokit) => {
        octokit.hook.error('request', async (error, raw) => {
            const failed = error;
            if (!failed.request)
                throw error;
            const options = raw;
            const request = describe(octokit, options);
            const refusal = await inputRefusal(octokit, failed, options);
            if (refusal)
                throw refusal;
            throw finalError(failed, options, request, account(raw), policy);
        });
        return {};
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: policy.secondMs,
        fallbackSecondaryRateRetryAfter: SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS,
        ...(options.pacing === false ? unpaced(Bottleneck) : {})
    };
    const refuse = (octokit) => {
        const refusal = options.refuse;
        if (refusal) {
            octokit.hook.before('request', (raw) => {
                const { method, url } = raw;
                throw refusal(method, url.replace(/^[a-z]+:\/\/[^/]+/, ''));
            });
        }
        return {};
    };
    return getOctokit(token, {
        ...options.octokit,
        baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        retry: {
            // plugin-retry would choose by status alone, after (n+1)² s, whatever
            // the method and Retry-After: `tries` decides instead, so the plugin
            // passes every status on and only schedules the retries asked for.
            doNotRetry: EVERY_ERROR_STATUS,
            retries: policy.attempts,
            retryAfterBaseValue: policy.secondMs
        },
        throttle
    }, tries, retry, throttling, report, 
    // Last, so its hook runs first: nothing leaves the machine.
    refuse);
}
const EVERY_ERROR_STATUS = Array.from({ length: 200 }, (_, index) => 400 + index);
/** Seconds before the next try, or undefined when this failure is not retried here. */
function retryWait(error, options, policy, triesSoFar) {
    const kind = failureKind(error);
    // Whole seconds: plugin-retry truncates what it is given.
    const backoff = Math.ceil(Math.min(policy.backoffSeconds * 2 ** Math.max(triesSoFar - 1, 0), LONGEST_BACKOFF_SECONDS));
    const asked = requestedWaitSeconds(error);
    switch (kind) {
        case 'too-many-requests':
            return asked ?? backoff;
        case 'not-sent':
            return backoff;
        case 'server-error':
            return resendable(options) ? (asked ?? backoff) : undefined;
        case 'connection':
        case 'timeout':
            return resendable(options) ? backoff : undefined;
        default:
            // rate limits are the throttling plugin's; the rest are answers.
            return undefined;
    }
}
/** Idempotent by method, unless the caller says otherwise (`request: { idempotent }`). */
function resendable(options) {
    return options.request?.idempotent ?? isIdempotent(options.method);
}
function retryReason(error) {
    const kind = failureKind(error);
    return kind === 'server-error' || kind === 'too-many-requests'
        ? `GitHub answered ${error.status}`
        : (connectionCode(error) ?? kind);
}
function finalError(error, options, request, spent, policy) {
    const kind = failureKind(error);
    const origin = originOf(error.request.url);
    const tries = spent.tries === 1 ? 'once' : `${spent.tries} times`;
    const bound = spent.boundedOut ? ` (${spent.boundedOut})` : '';
    const unknown = !resendable(options) && (kind === 'server-error' || kind === 'connection' || kind === 'timeout');
    const shaped = (message) => new GitHubRequestError(message, error, kind, spent.tries, unknown);
    const maybeTookEffect = unknown
        ? ` It may have taken effect, so it was not sent again: look for what it would have made before sending it once more.`
        : '';
    switch (kind) {
        case 'primary-rate-limit':
        case 'secondary-rate-limit':
        case 'permission':
            if (!error.response)
                return error;
            return shaped(`${request}: ${classifyForbidden(error.response).message}${kind === 'permission' ? '' : ` Tried ${tries}, waited ${spent.waitedSeconds} s${bound}.`}`);
        case 'too-many-requests':
            return shaped(`${request}: GitHub answered 429 Too Many Requests ${tries}${bound}. Wait a few minutes and rerun the job.`);
        case 'server-error':
            return shaped(`${request}: GitHub answered ${error.status}${said(error)}, tried ${tries}${bound}.${maybeTookEffect || ' GitHub may be having trouble (https://www.githubstatus.com): rerun the job later.'}`);
        case 'not-sent':
        case 'connection':
            return shaped(`${request}: could not reach ${origin} (${connectionCode(error) ?? error.message}), tried ${tries}${bound}.${maybeTookEffect || ` Check the network and the API URL (GITHUB_API_URL), then rerun.`}`);
        case 'timeout':
            return shaped(`${request}: GitHub did not answer within ${policy.timeoutMs / 1000} s, tried ${tries}${bound}.${maybeTookEffect || ' Check the network, then rerun.'}`);
        default:
            return error;
    }
}
/** `METHOD /path` with the parameters filled in, for messages. */
function describe(octokit, options) {
    const { method, url } = octokit.request.endpoint.parse(options);
    return `${method} ${new URL(url, 'http://github.invalid').pathname}`;
}
/** The owner/name (lower case) a request is under, from its path /repos/{owner}/{repo}/... */
function repositoryOf(octokit, options) {
    const { url } = octokit.request.endpoint.parse(options);
    const match = /^\/repos\/([^/]+)\/([^/]+)/.exec(new URL(url, 'http://github.invalid').pathname);
    return match
        ? `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`.toLowerCase()
        : undefined;
}
/** GitHub's own message, without the documentation link Octokit appends. */
function said(error) {
    const message = error.response?.data?.message;
    return typeof message === 'string' && message ? ` ("${message}")` : '';
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/** Groups without GitHub's spacing between writes, for tests and the sandbox. */
function unpaced(Groups) {
    return {
        write: new Groups.Group({ maxConcurrent: 1 }),
        notifications: new Groups.Group({ maxConcurrent: 1 }),
        search: new Groups.Group({ maxConcurrent: 1 })
    };
}
function definedOnly(options) {
    return Object.fromEntries(Object.entries({
        attempts: options.attempts,
        maxWaitSeconds: options.maxWaitSeconds,
        backoffSeconds: options.backoffSeconds,
        secondMs: options.secondMs,
        timeoutMs: options.timeoutMs
    }).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/effects/github/api.ts

/** The API base: GITHUB_API_URL as Actions sets it (or the local emulator), else api.github.com. */
function apiBaseUrl() {
    return process.env.GITHUB_API_URL || 'https://api.github.com';
}
/**
 * The one client factory: octokit.ts's retrying, throttled client. GitHub's
 * pacing between writes is kept for GitHub itself and left out when the API is
 * on this machine (the emulator) or RELEASE_ACTIONS_UNPACED is set; there the
 * retries' seconds are RELEASE_ACTIONS_SECOND_MS milliseconds when that is set.
 */
function api_createOctokit(token, baseUrlOrOptions = {}) {
    const options = typeof baseUrlOrOptions === 'string' ? { baseUrl: baseUrlOrOptions } : baseUrlOrOptions;
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const local = isLoopback(baseUrl) || Boolean(process.env.RELEASE_ACTIONS_UNPACED);
    const secondMs = Number(process.env.RELEASE_ACTIONS_SECOND_MS);
    return createOctokit(token, {
        ...(local ? { pacing: false } : {}),
        ...(local && Number.isFinite(secondMs) && secondMs > 0 ? { secondMs } : {}),
        ...options,
        baseUrl
    });
}
/** Whether the API is served on this machine (127.0.0.0/8, ::1, localhost). */
function isLoopback(url) {
    try {
        const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
        return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
    }
    catch {
        return false;
    }
}
/** Whether a request failed with this HTTP status. */
function isStatus(error, status) {
    return (typeof error === 'object' && error !== null && error.status === status);
}

;// CONCATENATED MODULE: ./src/effects/github/labels.ts


/** Labels on issues and pull requests. */
class Labels {
    api;
    constructor(api) {
        this.api = api;
    }
    /** Adds the labels that the pull request lacks, creating missing labels in the repository. */
    async ensure(issueNumber, labels) {
        const { data: current } = await this.api.octokit.rest.issues.listLabelsOnIssue({
            ...this.api.ref,
            issue_number: issueNumber
        });
        const missing = labels.filter((label) => !current.some((c) => c.name === label));
        if (missing.length === 0)
            return [];
        const { data: known } = await this.api.octokit.rest.issues.listLabelsForRepo({
            ...this.api.ref,
            per_page: 100
        });
        for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
            try {
                await createOnce(`label ${name}`, async () => {
                    await this.api.octokit.rest.issues.createLabel({
                        ...this.api.ref,
                        name,
                        color: 'ededed'
                    });
                    return name;
                }, async () => {
                    try {
                        await this.api.octokit.rest.issues.getLabel({ ...this.api.ref, name });
                        return name;
                    }
                    catch (error) {
                        if (isStatus(error, 404))
                            return undefined;
                        throw error;
                    }
                });
            }
            catch (error) {
                if (!isStatus(error, 422))
                    throw error; // created meanwhile: fine
            }
        }
        await this.api.octokit.rest.issues.addLabels({
            ...this.api.ref,
            issue_number: issueNumber,
            labels: missing,
            // Adding labels a second time changes nothing: resent like a PUT.
            request: { idempotent: true }
        });
        return missing;
    }
}

;// CONCATENATED MODULE: ./src/effects/github/pulls.ts

function toPullRequest(data) {
    return {
        number: data.number,
        url: data.html_url,
        state: data.state,
        merged: data.merged_at !== null,
        mergeCommitSha: data.merge_commit_sha,
        headRef: data.head.ref,
        baseRef: data.base.ref,
        title: data.title,
        body: data.body ?? '',
        labels: data.labels.map((label) => label.name ?? '').filter(Boolean)
    };
}
/** Pull requests. */
class Pulls {
    api;
    constructor(api) {
        this.api = api;
    }
    async find(head, base, state = 'open', headOwner = this.api.ref.owner) {
        const { data } = await this.api.octokit.rest.pulls.list({
            ...this.api.ref,
            head: `${headOwner}:${head}`,
            base,
            state,
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.state === 'open') ?? pulls[0];
    }
    async get(number) {
        const { data } = await this.api.octokit.rest.pulls.get({ ...this.api.ref, pull_number: number });
        return toPullRequest(data);
    }
    /** Opens the pull request for `head`, or updates the open one: never a second one. */
    async openOrUpdate(request) {
        const existing = await this.find(request.head, request.base, 'open', request.headOwner);
        if (existing && existing.state === 'open') {
            if (existing.title === request.title && existing.body === request.body) {
                return { pull: existing, status: 'unchanged' };
            }
            const { data } = await this.api.octokit.rest.pulls.update({
                ...this.api.ref,
                pull_number: existing.number,
                title: request.title,
                body: request.body
            });
            return { pull: toPullRequest(data), status: 'updated' };
        }
        const head = request.headOwner ? `${request.headOwner}:${request.head}` : request.head;
        const pull = await createOnce(`pull request ${head} -> ${request.base}`, async () => {
            const { data } = await this.api.octokit.rest.pulls.create({
                ...this.api.ref,
                head,
                base: request.base,
                title: request.title,
                body: request.body,
                maintainer_can_modify: true
            });
            return toPullRequest(data);
        }, async () => {
            const found = await this.find(request.head, request.base, 'open', request.headOwner);
            return found?.state === 'open' ? found : undefined;
        });
        return { pull, status: 'created' };
    }
    /** The merged pull request from branch `head` (any base), or the newest closed or open one. */
    async findMerged(head) {
        const data = await this.api.octokit.paginate(this.api.octokit.rest.pulls.list, {
            ...this.api.ref,
            head: `${this.api.ref.owner}:${head}`,
            state: 'all',
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.merged) ?? pulls[0];
    }
    /**
     * The merged pull requests that brought `sha` in (GET /commits/{sha}/pulls),
     * oldest first: number, title and author login, as the changelog lists them.
     */
    async mergedOfCommit(sha) {
        const { data } = await this.api.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.api.ref,
            commit_sha: sha,
            per_page: 100
        });
        return data
            .filter((pull) => pull.merged_at !== null)
            .sort((a, b) => a.number - b.number)
            .map((pull) => ({ number: pull.number, title: pull.title, author: pull.user?.login ?? '' }));
    }
}

;// CONCATENATED MODULE: ./src/effects/github/releases.ts

/** Releases and their assets. */
class Releases {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
    async generateNotes(tag, target, previousTag) {
        // A POST that only reads (it creates nothing): resent like a GET after a 5xx or a lost answer.
        const { data } = await this.api.octokit.rest.repos.generateReleaseNotes({
            ...this.api.ref,
            tag_name: tag,
            target_commitish: target,
            ...(previousTag ? { previous_tag_name: previousTag } : {}),
            request: { idempotent: true }
        });
        return data.body;
    }
    /** Every release, drafts included (GET /releases/tags/{tag} never returns a draft). */
    async list() {
        const data = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleases, {
            ...this.api.ref,
            per_page: 100
        });
        return data.map(toRelease);
    }
    /** The release of `tag`, draft or published; found by listing, as drafts have no tag yet. */
    async findByTag(tag) {
        return (await this.list()).find((release) => release.tagName === tag);
    }
    async create(request) {
        return createOnce(`release ${request.tag}`, async () => {
            const { data } = await this.api.octokit.rest.repos.createRelease({
                ...this.api.ref,
                tag_name: request.tag,
                target_commitish: request.target,
                name: request.name,
                body: request.body,
                draft: request.draft,
                prerelease: request.prerelease,
                make_latest: request.makeLatest
            });
            return toRelease(data);
        }, () => this.findByTag(request.tag));
    }
    /**
     * Changes a release's fields; `draft: false` publishes it. After an unknown outcome (a 5xx, a lost answer) the
     * release is read first: when it holds the fields already, the update is not
     * sent again (a published release may refuse changes).
     */
    async update(id, fields) {
        return createOnce(`update of release ${id}`, async () => {
            const { data } = await this.api.octokit.rest.repos.updateRelease({
                ...this.api.ref,
                release_id: id,
                ...(fields.name !== undefined ? { name: fields.name } : {}),
                ...(fields.body !== undefined ? { body: fields.body } : {}),
                ...(fields.prerelease !== undefined ? { prerelease: fields.prerelease } : {}),
                ...(fields.makeLatest !== undefined ? { make_latest: fields.makeLatest } : {}),
                ...(fields.draft !== undefined ? { draft: fields.draft } : {})
            });
            return toRelease(data);
        }, async () => {
            const { data } = await this.api.octokit.rest.repos.getRelease({
                ...this.api.ref,
                release_id: id
            });
            const release = toRelease(data);
            const held = ['name', 'body', 'prerelease', 'draft'].every((field) => fields[field] === undefined || fields[field] === release[field]);
            return held ? release : undefined;
        });
    }
    /** A release with what the asset calls need: its immutability, upload URL and every asset. */
    async withAssets(releaseId) {
        const { data } = await this.api.octokit.rest.repos.getRelease({
            ...this.api.ref,
            release_id: releaseId
        });
        const assets = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleaseAssets, {
            ...this.api.ref,
            release_id: releaseId,
            per_page: 100
        });
        const release = data;
        return {
            release: toRelease(release),
            immutable: release.immutable === true,
            uploadUrl: release.upload_url,
            assets: assets.map(toReleaseAsset)
        };
    }
    /**
     * Uploads through the release's own upload_url (uploads.github.com on
     * github.com, the API host elsewhere), which Octokit's uploadReleaseAsset
     * would not follow for another API base.
     */
    async uploadAsset(uploadUrl, name, data, contentType) {
        return createOnce(`asset ${name}`, async () => {
            const response = await this.api.octokit.request({
                method: 'POST',
                url: uploadUrl,
                name,
                data,
                // fetch sets Content-Length from the Buffer; Node 24's undici refuses one given by hand.
                headers: { 'content-type': contentType }
            });
            return toReleaseAsset(response.data);
        }, async () => {
            const releaseId = releaseIdOf(uploadUrl);
            if (releaseId === undefined)
                return undefined;
            const { assets } = await this.withAssets(releaseId);
            // A broken upload may leave a partial asset: only a whole one counts.
            return assets.find((asset) => asset.name === name && asset.size === data.length);
        });
    }
    async deleteAsset(assetId) {
        await this.api.octokit.rest.repos.deleteReleaseAsset({ ...this.api.ref, asset_id: assetId });
    }
    /** An asset's bytes (GitHub redirects to its storage; fetch follows). */
    async downloadAsset(assetId) {
        const { data } = await this.api.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.api.ref,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' }
        });
        return Buffer.from(data);
    }
}
function toReleaseAsset(data) {
    return {
        id: data.id,
        name: data.name,
        size: data.size,
        digest: data.digest ?? null,
        state: data.state,
        url: data.browser_download_url
    };
}
function toRelease(data) {
    return {
        id: data.id,
        tagName: data.tag_name,
        name: data.name ?? '',
        body: data.body ?? '',
        draft: data.draft,
        prerelease: data.prerelease,
        url: data.html_url,
        targetCommitish: data.target_commitish
    };
}
/** The release id in an upload_url (…/releases/{id}/assets{?name,label}). */
function releaseIdOf(uploadUrl) {
    const match = /\/releases\/(\d+)\/assets/.exec(uploadUrl);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/effects/github/repos.ts

/** The repository itself: its settings, forks, and the token's account. */
class Repos {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The account the token belongs to (a bot that opens pull requests from its forks). */
    async authenticatedUser() {
        const { data } = await this.api.octokit.rest.users.getAuthenticated();
        return { login: data.login, id: data.id };
    }
    /** This repository's default branch and, for a fork, its parent (owner/name); undefined when not found. */
    async info() {
        try {
            const { data } = await this.api.octokit.rest.repos.get({ ...this.api.ref });
            return { defaultBranch: data.default_branch, fork: data.fork, parent: data.parent?.full_name };
        }
        catch (error) {
            if (isStatus(error, 404))
                return undefined;
            throw error;
        }
    }
    /** Forks this repository into the token's account; GitHub answers with the existing fork when there is one. */
    async createFork() {
        // GitHub answers a second fork request with the fork it has: resent like a PUT.
        const { data } = await this.api.octokit.rest.repos.createFork({
            ...this.api.ref,
            request: { idempotent: true }
        });
        return { owner: data.owner.login, repo: data.name };
    }
    /** Brings a fork's branch up to its parent's ("Sync fork"): fast-forward, merge, or none when even. */
    async syncFork(branch) {
        // Syncing an even fork changes nothing: resent like a PUT.
        const { data } = await this.api.octokit.rest.repos.mergeUpstream({
            ...this.api.ref,
            branch,
            request: { idempotent: true }
        });
        return data.merge_type ?? 'none';
    }
}

// EXTERNAL MODULE: ./src/effects/github/repository.ts
var repository = __webpack_require__(3750);
;// CONCATENATED MODULE: ./src/effects/github/workflows.ts


/** Workflow runs and dispatches. */
class Workflows {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The newest runs (at most 100) of a workflow file, optionally of one event. */
    async listRuns(workflow, event) {
        const { data } = await this.api.octokit.rest.actions.listWorkflowRuns({
            ...this.api.ref,
            workflow_id: workflow,
            ...(event ? { event } : {}),
            per_page: 100
        });
        return data.workflow_runs.map(toWorkflowRun);
    }
    /**
     * Starts a workflow_dispatch run. GitHub answers with the run when asked
     * (return_run_details); a server that does not know the flag answers 204 and
     * the run is undefined.
     */
    async dispatch(workflow, ref, inputs) {
        const response = await this.api.octokit.rest.actions.createWorkflowDispatch({
            ...this.api.ref,
            workflow_id: workflow,
            ref,
            inputs,
            return_run_details: true
        });
        // This Octokit's typings know only the 204 answer.
        const answer = response;
        const data = answer.status === 200
            ? answer.data
            : undefined;
        return { runId: data?.workflow_run_id, url: data?.html_url };
    }
    /**
     * Dispatches `workflow` unless a run that `matches` is queued, running or
     * succeeded (a failed or cancelled one is dispatched again): a rerun never
     * starts a second run. Dispatch errors are GitHub's, for the caller to explain.
     */
    async dispatchOnce(workflow, ref, inputs, matches) {
        const findRun = async () => {
            let runs;
            try {
                runs = await this.listRuns(workflow, 'workflow_dispatch');
            }
            catch (error) {
                // GitHub lists runs of workflows on the default branch only; the dispatch says if the file is missing.
                if (isStatus(error, 404))
                    return undefined;
                throw error;
            }
            return runs.find((run) => matches(run) && isLiveOrSucceeded(run));
        };
        const existing = await findRun();
        if (existing)
            return { started: false, run: existing, runId: existing.id, url: existing.url };
        let lookedUp;
        const started = await createOnce(`dispatch of ${workflow}`, () => this.dispatch(workflow, ref, inputs), async () => {
            lookedUp = await findRun();
            return lookedUp ? { runId: lookedUp.id, url: lookedUp.url } : undefined;
        });
        if (lookedUp)
            return { started: true, run: lookedUp, runId: lookedUp.id, url: lookedUp.url };
        if (started.runId !== undefined)
            return { started: true, run: undefined, ...started };
        const run = await findRun(); // an older GitHub answers 204 without the run
        return { started: true, run, runId: run?.id, url: run?.url };
    }
}
/** A run that counts as done or doing: queued, running, or completed with success. */
function isLiveOrSucceeded(run) {
    return run.status !== 'completed' || run.conclusion === 'success';
}
/** A run's state in a line: "run 12 (completed, success) https://...". */
function describeRun(run) {
    return `run ${run.id} (${run.status}${run.conclusion ? `, ${run.conclusion}` : ''}) ${run.url}`;
}
function toWorkflowRun(data) {
    return {
        id: data.id,
        url: data.html_url,
        status: data.status ?? 'queued',
        conclusion: data.conclusion,
        displayTitle: data.display_title,
        event: data.event,
        inputs: data.inputs
    };
}

;// CONCATENATED MODULE: ./src/effects/github/client.ts










/**
 * The GitHub calls of one repository, by resource family. Each call that
 * creates something looks for it first, so a rerun never makes a second one.
 */
class GitHubClient {
    octokit;
    ref;
    pulls;
    labels;
    releases;
    workflows;
    repos;
    constructor(octokit, ref) {
        this.octokit = octokit;
        this.ref = ref;
        this.pulls = new Pulls(this);
        this.labels = new Labels(this);
        this.releases = new Releases(this);
        this.workflows = new Workflows(this);
        this.repos = new Repos(this);
    }
    get name() {
        return (0,repository/* repositoryName */.aR)(this.ref);
    }
    /** The same account's client for another repository. */
    forRepository(ref) {
        return new GitHubClient(this.octokit, ref);
    }
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   mO: () => (/* binding */ repositoryFromRemoteUrl)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);

function parseRepository(text, input = 'repository') {
    // GitHub's rules: an owner of letters, digits, - and _ (not first), a name of those and dots, never . or ..
    const match = /^([A-Za-z0-9][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(text);
    if (!match || match[2] === '.' || match[2] === '..')
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not owner/name, e.g. bpfman/bpfman`);
    return { owner: match[1], repo: match[2] };
}
function repositoryName(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined for any other remote. */
function repositoryFromRemoteUrl(url) {
    const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    return match ? { owner: match[1], repo: match[2] } : undefined;
}


/***/ }),

/***/ 2116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   fj: () => (/* binding */ secondMs),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony export isRetriableStatus */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);


const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
/** How long one second of waiting lasts: 1000 ms, or RELEASE_ACTIONS_SECOND_MS (tests, sandbox). */
function secondMs() {
    const set = Number(process.env.RELEASE_ACTIONS_SECOND_MS);
    return Number.isFinite(set) && set > 0 ? set : 1000;
}
function isRetriableStatus(status) {
    return status === 429 || status >= 500;
}
/**
 * fetch with bounded retries on 429, 5xx and network errors (including the
 * per-try timeout), backing off exponentially and honouring Retry-After up to
 * maxDelayMs, each of its seconds secondMs() long. Returns the last response
 * even when it is still a 429/5xx, so the caller can say what the registry
 * answered; throws only when no try got an answer.
 */
async function fetchWithRetry(fetchFn, url, init, policy, timeoutMs, what) {
    const attempts = Math.max(1, Math.floor(policy.attempts));
    let lastError;
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            lastError = error;
        }
        if (response && (!isRetriableStatus(response.status) || attempt >= attempts)) {
            return { response, attempts: attempt };
        }
        if (!response && attempt >= attempts) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${what}: could not reach ${new URL(url).origin} after ${attempt} ${attempt === 1 ? 'try' : 'tries'} (${networkErrorText(lastError)}); check the registry URL and the network`);
        }
        const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
        if (response)
            await discard(response);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((backoffMs(policy, attempt, retryAfter) * secondMs()) / 1000);
    }
}
function backoffMs(policy, attempt, retryAfter) {
    const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
    const wanted = retryAfter ?? exponential / 2 + Math.random() * (exponential / 2);
    return Math.min(policy.maxDelayMs, Math.max(0, wanted));
}
function retryAfterMs(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : date - Date.now();
}
// Duck-typed: fetch's errors come from node's own realm, where `instanceof Error`
// against another realm's Error (a test VM's, say) is false.
function networkErrorText(error) {
    if (typeof error !== 'object' || error === null)
        return String(error);
    const { name, message, cause } = error;
    if (name === 'TimeoutError')
        return 'timed out';
    return cause?.code ?? cause?.message ?? message ?? String(error);
}
/** Reads and drops a body we do not need, so the connection can be reused. */
async function discard(response) {
    try {
        await response.arrayBuffer();
    }
    catch {
        // A body that fails to arrive changes nothing here.
    }
}


/***/ }),

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ plannerOf),
/* harmony export */   h: () => (/* binding */ phaseOf)
/* harmony export */ });
/* harmony import */ var _effects_lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4474);

/**
 * A phase whose planner is loaded when the plan runs: an action's start-up (a
 * phase failing at its first input) loads only the settings and what they
 * need, not the plan's modules and the libraries they bring (`load` is a
 * dynamic import(), which ncc puts in a chunk of its own).
 */
function phaseOf(definition) {
    const loadPlanner = (0,_effects_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(definition.loadPlanner);
    return {
        name: definition.name,
        settings: definition.settings,
        plan: async (settings, context) => (await loadPlanner())(settings, context),
        loadPlanner
    };
}
/**
 * The planner of one plan and one report: `plan` computes what it will do,
 * `report` says what it did (`result` undefined: a dry run).
 */
function plannerOf(definition) {
    return async (settings, context) => {
        const planned = await definition.plan(settings, context);
        return {
            plan: planned.plan,
            repository: settings.repository,
            version: planned.version,
            report: (result) => definition.report(planned, settings, result)
        };
    };
}


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ checkBaseInput),
/* harmony export */   cu: () => (/* binding */ fetchBase),
/* harmony export */   dX: () => (/* binding */ inspectCheckout),
/* harmony export */   h_: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _effects_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3854);
/* harmony import */ var _effects_repositories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5988);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);





/**
 * The checks every phase starts with, before it plans anything: the folder is
 * a git repository and, when one is named, has that remote.
 */
async function openRepository(repoDir, remote, input = 'repo') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoDir)) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} does not exist; give the folder of the checkout`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(repoDir).isDirectory()) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} is a file, not a folder; give the folder of the checkout`);
    }
    const git = (0,_effects_repositories_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryAt */ .u)(repoDir);
    if (!(await git.isRepository()))
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} is not a git repository; give the folder of the checkout`);
    if (remote && !(await git.hasRemote(remote))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('remote', `${repoDir} has no remote "${JSON.stringify(remote).slice(1, -1)}"; give one of its remotes (git remote -v)`);
    }
    return git;
}
/**
 * The base branch a phase was given, checked before anything is read: a name
 * git takes, and a branch the remote has (input `label`).
 */
async function checkBaseInput(repoDir, remote, base, label) {
    (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBranchName */ .pD)(base, label);
    if (!(await new _effects_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(repoDir).lsRemoteBranch(remote, base)))
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(label, `branch "${base}" not found on ${remote}; ${BASE_BRANCHES}`);
    return base;
}
/**
 * Fetches `base` from the remote (and the tags) after checking that the
 * remote has it; returns the remote-tracking ref and its commit. `what` tells
 * which branch to give instead.
 */
async function fetchBase(git, remote, base, what) {
    if (!(await git.lsRemoteBranch(remote, base))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `branch "${base}" not found on ${remote}; ${what}`);
    }
    const baseRef = `refs/remotes/${remote}/${base}`;
    await git.fetch(remote, [`+refs/heads/${base}:${baseRef}`]);
    await git.fetchTags(remote);
    return { baseRef, baseCommit: (await git.revParse(baseRef)) };
}
const BASE_BRANCHES = 'give the branch the release is made from (main, or release-vX.Y.Z-patch)';
/**
 * The checkout a release branch is made from: a clean tree with the base
 * branch checked out at its tip. With `remote`, the base branch and the tags
 * are fetched first.
 */
async function inspectCheckout(repoDir, base, remote) {
    const git = await openRepository(repoDir, remote);
    // Nothing to fetch first: the tags are read with the status.
    const localTags = remote ? undefined : readTags(git, `refs/heads/${base}`);
    localTags?.catch(() => undefined); // awaited below unless a check fails first
    const { changes: dirty, head, branch } = await git.status();
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '');
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repo', `the working tree of ${repoDir} has uncommitted changes (${shown}); commit or stash them and rerun`);
    }
    let baseRef = `refs/heads/${base}`;
    let baseCommit = remote ? undefined : branch === base ? head : await git.revParse(baseRef);
    if (remote)
        ({ baseRef, baseCommit } = await fetchBase(git, remote, base, BASE_BRANCHES));
    if (!baseCommit) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `branch "${base}" not found in ${repoDir}; ${BASE_BRANCHES}`);
    }
    if (head !== baseCommit) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `${repoDir} has ${head?.slice(0, 12) ?? 'no commit'} checked out, but ${base} is at ${baseCommit.slice(0, 12)}; check out ${base} at its latest commit (git checkout ${base} && git pull) and rerun`);
    }
    // The base's files too, beside the tags: the plan lists them next (Git.filesAt keeps them).
    const [{ tags, mergedTags }] = await Promise.all([
        localTags ?? readTags(git, baseRef),
        git.filesAt(baseCommit)
    ]);
    return { git, baseRef, baseCommit, tags, mergedTags };
}
/** Every tag, and the tags merged into `ref`. */
async function readTags(git, ref) {
    const [tags, mergedTags] = await Promise.all([git.tags(), git.tagsMergedInto(ref)]);
    return { tags, mergedTags };
}


/***/ }),

/***/ 9150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkoutSettings),
/* harmony export */   q: () => (/* binding */ githubClientFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8740);
/* harmony import */ var _effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3750);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);
/* harmony import */ var _checkout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5903);






/**
 * Reads the checkout settings. `working-directory` must be a git repository
 * (checked here, so that a wrong folder is bad input before anything runs).
 */
async function checkoutSettings(inputs, fallbackRepository) {
    const repoDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inputs.get('working-directory') || '.');
    const fetchRemote = inputs.get('remote') || 'origin';
    const push = !(0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('no-push'), inputs.label('no-push'));
    const git = await (0,_checkout_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h_)(repoDir, undefined, inputs.label('working-directory'));
    if (inputs.get('remote') && !(await git.hasRemote(fetchRemote))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(inputs.label('remote'), `${repoDir} has no remote "${fetchRemote}"; give one of its remotes (git remote -v)`);
    }
    const given = inputs.get('repository');
    let repository = given ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)((0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(given, inputs.label('repository'))) : '';
    if (!repository) {
        const url = await git.remoteUrl(fetchRemote);
        const parsed = url ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFromRemoteUrl */ .mO)(url) : undefined;
        repository = parsed ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed) : fallbackRepository;
    }
    const name = inputs.get('committer-name');
    const email = inputs.get('committer-email');
    const dryRun = (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('dry-run'), inputs.label('dry-run'));
    return {
        repoDir,
        remote: push ? fetchRemote : undefined,
        fetchRemote,
        repository,
        // A dry run without a token builds what it can from git: the changelog from history.
        offline: (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('offline'), inputs.label('offline')) ||
            !push ||
            (dryRun && !inputs.get('token')),
        dryRun,
        identity: name && email ? { name, email } : undefined,
        configFile: inputs.get('config-file') || undefined
    };
}
/**
 * The GitHub client for `repository` with the token of input `tokenInput`,
 * or undefined when it is not needed; a needed token that is missing is bad
 * input, except in a dry run: it plans without one (nothing is sent to
 * GitHub then), and a request the plan itself would send is refused with the
 * token's name and what the request was.
 */
function githubClientFor(inputs, repository, needed, what, tokenInput = 'token', repositoryInput = 'repository') {
    if (!needed)
        return undefined;
    const token = inputs.get(tokenInput);
    const repo = (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(repository, inputs.label(repositoryInput));
    if (token) {
        const octokit = (0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(token, {
            inputs: {
                repositories: { [repository]: inputs.label(repositoryInput) },
                token: inputs.label(tokenInput)
            }
        });
        return new _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubClient */ .jh(octokit, repo);
    }
    if (!(0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('dry-run'), inputs.label('dry-run'))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(inputs.label(tokenInput), `not set; ${what}`);
    }
    return new _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubClient */ .jh(tokenlessOctokit(inputs.label(tokenInput), what), repo);
}
/** An Octokit that sends nothing: each request is refused, naming it and the missing token. */
function tokenlessOctokit(label, what) {
    return (0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)('no-token', {
        refuse: (method, path) => new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(label, `not set, and this dry run needs GitHub to plan (${method} ${path}); ${what}`)
    });
}


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

};
