export const id = 13;
export const ids = [13];
export const modules = {

/***/ 6187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nY: () => (/* binding */ BPFMAN_EDITS),
/* harmony export */   xt: () => (/* binding */ loadBpfmanConfig),
/* harmony export */   zG: () => (/* binding */ loadOperatorConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE, BPFMAN_PRESET, mergeConfig, readConfigFile, OPERATOR_PRESET */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2506);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5178);
/* harmony import */ var _updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91);





/** Where a repository keeps the optional overrides of its preset. */
const CONFIG_FILE = '.github/release-actions.yml';
/** The edits of a bpfman release besides Cargo.toml and the changelog, which every release makes. */
const BPFMAN_EDITS = [
    'cargo-lock',
    'examples-makefile',
    'example-configs',
    'dispatcher',
    'docs'
];
const BPFMAN_PRESET = {
    cargoToml: 'Cargo.toml',
    cargoLock: 'Cargo.lock',
    examplesMakefile: 'examples/Makefile',
    exampleConfigs: 'examples/config',
    dispatcherSource: 'bpfman/src/lib.rs',
    dispatcherImages: ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher'],
    changelogDir: 'changelogs',
    docRules: _updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__/* .BPFMAN_DOC_RULES */ .y4,
    reviewExclude: ['changelogs/', 'vendor/', 'examples/config/', '*.lock', 'go.sum', '.git/'],
    labels: ['release'],
    prereleaseEdits: ['cargo-lock']
};
const isString = (v) => typeof v === 'string' && v.length > 0 ? undefined : 'a non-empty string';
const isStringList = (v) => Array.isArray(v) && v.every((item) => typeof item === 'string' && item.length > 0)
    ? undefined
    : 'a list of non-empty strings';
const isDocRules = (v) => {
    const shape = 'a list of { path: string, patterns: [regex with {version} or {previous}] }';
    if (!Array.isArray(v))
        return shape;
    for (const rule of v) {
        if (typeof rule !== 'object' || rule === null)
            return shape;
        const { path, patterns } = rule;
        if (typeof path !== 'string' || isStringList(patterns) !== undefined)
            return shape;
        for (const pattern of patterns) {
            try {
                (0,_updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__/* .compileDocPattern */ .AE)(pattern, '0.0.0');
            }
            catch (error) {
                return `${shape}; ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error).replace(/^docs: /, '')}`;
            }
        }
    }
    return undefined;
};
const BPFMAN_CHECKS = {
    cargoToml: isString,
    cargoLock: isString,
    examplesMakefile: isString,
    exampleConfigs: isString,
    dispatcherSource: isString,
    dispatcherImages: isStringList,
    changelogDir: isString,
    docRules: isDocRules,
    reviewExclude: isStringList,
    labels: isStringList,
    prereleaseEdits: (v) => Array.isArray(v) && v.every((item) => BPFMAN_EDITS.includes(item))
        ? undefined
        : `a list of edits among ${BPFMAN_EDITS.join(', ')}`
};
/**
 * Validates a parsed config file against a preset's keys: one error line per
 * bad key, all of them at once, naming the file.
 */
function mergeConfig(preset, checks, overrides, source) {
    if (overrides === null || overrides === undefined)
        return preset;
    if (typeof overrides !== 'object' || Array.isArray(overrides)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source, 'must be a mapping of keys to values');
    }
    const errors = [];
    const merged = { ...preset };
    for (const [key, value] of Object.entries(overrides)) {
        const check = checks[key];
        if (!check) {
            errors.push(`unknown key "${key}"; known keys: ${Object.keys(checks).join(', ')}`);
            continue;
        }
        const expected = check(value);
        if (expected)
            errors.push(`"${key}" must be ${expected}`);
        else
            merged[key] = value;
    }
    if (errors.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source, `invalid configuration:\n  - ${errors.join('\n  - ')}`);
    }
    return merged;
}
function readConfigFile(repoDir, file = CONFIG_FILE) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    try {
        return _yaml_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"].parse */ .Ay.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, `is not valid YAML: ${error.message}`);
    }
}
function loadBpfmanConfig(repoDir, file = CONFIG_FILE) {
    const raw = readConfigFile(repoDir, file);
    return mergeConfig(BPFMAN_PRESET, BPFMAN_CHECKS, raw, file);
}
const OPERATOR_PRESET = {
    versionFile: 'VERSION',
    makefile: 'Makefile',
    bundleDir: 'bundle',
    csvPath: 'bundle/manifests/bpfman-operator.clusterserviceversion.yaml',
    packageName: 'bpfman-operator',
    containerfilePattern: 'Containerfile.*.openshift',
    bpfmanModule: 'github.com/bpfman/bpfman',
    changelogDir: 'changelogs',
    docRules: [{ path: 'README.md', patterns: ['bpfman\\.io/v{version}/'] }],
    imageRepositories: ['quay.io/bpfman/'],
    catalogs: [
        'k8s-operatorhub/community-operators',
        'redhat-openshift-ecosystem/community-operators-prod'
    ],
    openshiftCatalogs: ['redhat-openshift-ecosystem/community-operators-prod'],
    reviewExclude: ['changelogs/', 'vendor/', 'bundle/', 'config/', '*.lock', 'go.sum', '.git/'],
    labels: ['release']
};
const isRepositoryList = (v) => Array.isArray(v) && v.every((item) => typeof item === 'string' && /^[\w.-]+\/[\w.-]+$/.test(item))
    ? undefined
    : 'a list of owner/name repositories';
const OPERATOR_CHECKS = {
    versionFile: isString,
    makefile: isString,
    bundleDir: isString,
    csvPath: isString,
    packageName: isString,
    containerfilePattern: isString,
    bpfmanModule: isString,
    changelogDir: isString,
    docRules: isDocRules,
    imageRepositories: isStringList,
    catalogs: isRepositoryList,
    openshiftCatalogs: isRepositoryList,
    reviewExclude: isStringList,
    labels: isStringList
};
function loadOperatorConfig(repoDir, file = CONFIG_FILE) {
    const raw = readConfigFile(repoDir, file);
    return mergeConfig(OPERATOR_PRESET, OPERATOR_CHECKS, raw, file);
}


/***/ }),

/***/ 3287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   df: () => (/* binding */ commitMessage)
/* harmony export */ });
/* unused harmony export signedOffBy */
/** The default committer in Actions, and the sign-off it writes. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
/** The DCO trailer. */
function signedOffBy(identity) {
    return `Signed-off-by: ${identity.name} <${identity.email}>`;
}
/** A commit message of subject, body paragraphs and the sign-off, ending in a newline. */
function commitMessage(subject, body, identity) {
    return [subject, '', ...body, '', signedOffBy(identity), ''].join('\n');
}


/***/ }),

/***/ 2506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   X5: () => (/* binding */ Scalar),
/* harmony export */   hR: () => (/* binding */ parseAllDocuments),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq)
/* harmony export */ });
/* unused harmony export parse */
/* harmony import */ var _lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7094);

const parse = ((...args) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().parse(...args));
const parseDocument = ((...args) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().parseDocument(...args));
const parseAllDocuments = ((...args) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().parseAllDocuments(...args));
const isMap = ((node) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().isMap(node));
const isScalar = ((node) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().isScalar(node));
const isSeq = ((node) => (0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().isSeq(node));
/** Scalar's static members (Scalar.QUOTE_SINGLE...), read from yaml when used. */
const Scalar = new Proxy({}, {
    get: (_, key) => Reflect.get((0,_lazy_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .o)().Scalar, key)
});
/** `YAML.parse(...)` as the default import offers it. */
const YAML = { parse, parseDocument, parseAllDocuments };
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (YAML);


/***/ }),

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   EA: () => (/* binding */ branchGuard),
/* harmony export */   Qb: () => (/* binding */ releaseBranchOperations),
/* harmony export */   VO: () => (/* binding */ pushWithLease),
/* harmony export */   aD: () => (/* binding */ pullOutcome),
/* harmony export */   dd: () => (/* binding */ releaseBranchGuard),
/* harmony export */   ev: () => (/* binding */ publishBranchOperations)
/* harmony export */ });
/* unused harmony exports releaseSubject, foreignCommits, foreignBranchError */
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _effects_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3854);
/* harmony import */ var _release_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3287);
/* harmony import */ var _release_change_groups_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7658);
/* harmony import */ var _release_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7709);





function releaseBranch(version) {
    return `release-${version.tag}`;
}
/** The release commit's subject; a branch whose commits have another subject is not ours. */
function releaseSubject(version) {
    return `Release ${version.tag}`;
}
/** The guard of a prepared release's branch (started while the prepare plans). */
function releaseBranchGuard(request) {
    return branchGuard({
        git: request.checkout.git,
        remote: request.remote,
        branch: releaseBranch(request.version),
        baseCommit: request.checkout.baseCommit,
        subject: releaseSubject(request.version),
        replaceable: request.replaceable
    });
}
/** An opened, updated or unchanged pull request as an operation's outcome. */
function pullOutcome(opened) {
    const { pull, status } = opened;
    return {
        status: status === 'unchanged' ? 'unchanged' : 'done',
        detail: `${status} #${pull.number} ${pull.url}`,
        value: { number: pull.number, url: pull.url }
    };
}
/**
 * The guard of `branch`: its commits must be release commits (`subject` on a
 * parent the base holds), or be `replaceable` — an earlier run's (a patch
 * release's picks on an older tip of its patch branch); default: never.
 */
function branchGuard(request) {
    const { git, remote, branch, baseCommit, subject } = request;
    /** Fetches a remote tip this checkout does not have, then looks at its commits. */
    const refuseForeign = async (tip, where) => {
        if (where.remote && !(await git.revParse(tip))) {
            if (!(await git.fetchCommit(where.remote, tip)))
                throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`could not fetch ${where.remote}/${branch} (${tip.slice(0, 12)})`);
        }
        const foreign = await foreignCommits(git, tip, baseCommit, subject);
        if (foreign.length > 0 && !(await request.replaceable?.(tip, subject)))
            throw foreignBranchError(where, foreign);
    };
    const readTips = async () => {
        const local = await git.revParse(`refs/heads/${branch}`);
        if (local)
            await refuseForeign(local, { branch });
        const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined;
        if (remote && remoteTip)
            await refuseForeign(remoteTip, { branch, remote });
        return { local, remote: remoteTip };
    };
    let read;
    return { tips: () => (read ??= readTips()), refuseForeign };
}
/** How many times a push rejected because the remote branch moved is looked at again. */
const PUSH_ATTEMPTS = 3;
/**
 * Pushes `made` over the branch's tip on the remote, with a lease on the tip
 * looked at. Someone may push between our look and our push: the lease
 * refuses it, and the branch is looked at again, at most PUSH_ATTEMPTS times.
 * `refuseForeign` throws when a tip holds commits that are not ours.
 */
async function pushWithLease(request) {
    for (let attempt = 1;; attempt++) {
        const tip = await request.remoteTip();
        if (tip === request.made)
            return {
                status: attempt === 1 ? 'unchanged' : 'done',
                detail: `${request.where} is at ${request.made.slice(0, 12)}`
            };
        if (tip)
            await request.refuseForeign(tip);
        try {
            await request.push(tip);
        }
        catch (error) {
            if (error instanceof _effects_git_js__WEBPACK_IMPORTED_MODULE_1__/* .PushRejected */ .j2 && attempt < PUSH_ATTEMPTS)
                continue;
            throw error;
        }
        return { status: 'done', detail: tip ? `replaced ${tip.slice(0, 12)}` : 'new branch' };
    }
}
/**
 * The commits of `tip` beyond `baseCommit` that are not a release commit of
 * ours (the release commit's subject on a parent the base holds), newest
 * first. Empty: the branch may be replaced, or built upon when its tip is an
 * ancestor of the base.
 */
async function foreignCommits(git, tip, baseCommit, subject) {
    const foreign = [];
    for (const commit of await git.commitsSince(baseCommit, tip)) {
        const ours = commit.subject === subject &&
            commit.parent !== undefined &&
            (await git.isAncestor(commit.parent, baseCommit));
        if (!ours)
            foreign.push({ sha: commit.sha, subject: commit.subject });
    }
    return foreign;
}
/** The refusal for a branch with foreign commits: it names them, and what to do. */
function foreignBranchError(where, foreign) {
    const shown = foreign
        .slice(0, 5)
        .map((commit) => `${commit.sha.slice(0, 12)} "${commit.subject}"`)
        .join(', ');
    const more = foreign.length > 5 ? ` and ${foreign.length - 5} more` : '';
    const { branch, remote } = where;
    const place = remote ? `${remote}/${branch}` : `the local branch ${branch}`;
    const fix = remote
        ? `merge them into the base branch or keep them on another branch, then delete ${remote}/${branch} (git push ${remote} --delete ${branch}) and rerun`
        : `merge them into the base branch or keep them on another branch (git branch -m ${branch} <other-name>), then rerun`;
    return new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('branch', `${place} holds ${foreign.length} commit(s) that release-actions did not make: ${shown}${more}; it was left as it is. To go on, ${fix}`);
}
/**
 * The operations that publish file changes as a branch and pull request, each
 * a no-op when its effect is already there: commit (same tree on the same
 * parent: reuse), push (remote at that commit: skip; remote holds a commit of
 * ours on an older base: replace it; pushed meanwhile: look again, bounded),
 * pull request (open one for the branch: update it), labels. A branch, local
 * or remote, that holds commits not made by the release is never reset:
 * the guard refuses it, naming them.
 */
function publishBranchOperations(request) {
    const { git, github, remote, branch, baseCommit, guard } = request;
    const commit = {
        kind: 'git',
        title: `commit ${request.files.length} file${request.files.length === 1 ? '' : 's'} on branch ${branch} from ${request.baseBranch} (${baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
        apply: async () => {
            // The branch moves only from the tip looked at: update-ref refuses it if it moved since.
            const tips = await guard.tips();
            const made = await git.commitFiles(baseCommit, request.files.map((file) => ({ path: file.path, content: file.after })), request.commitMessage, request.identity);
            if (remote && tips.remote)
                await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
            for (const candidate of [tips.remote, tips.local]) {
                if (!candidate)
                    continue;
                if ((await git.treeOf(candidate)) === made.tree &&
                    (await git.parentOf(candidate)) === baseCommit) {
                    await git.updateBranch(branch, candidate, tips.local ?? '');
                    return {
                        status: 'unchanged',
                        detail: `branch already at ${candidate.slice(0, 12)}`,
                        value: candidate
                    };
                }
            }
            await git.updateBranch(branch, made.commit, tips.local ?? '');
            return { status: 'done', detail: made.commit.slice(0, 12), value: made.commit };
        }
    };
    if (!remote || !github || !request.pull)
        return { operations: [commit], commit, pull: undefined };
    const pullRequest = request.pull;
    const push = {
        kind: 'git',
        title: `push ${branch} to ${remote}`,
        apply: async (products) => {
            const local = products.of(commit);
            return pushWithLease({
                where: `${remote}/${branch}`,
                made: local,
                remoteTip: () => git.lsRemoteBranch(remote, branch),
                refuseForeign: (tip) => guard.refuseForeign(tip, { branch, remote }),
                push: (tip) => git.push(remote, `${local}:refs/heads/${branch}`, {
                    forceWithLease: `refs/heads/${branch}:${tip ?? ''}`
                })
            });
        }
    };
    const pull = {
        kind: 'github',
        title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)`,
        apply: async () => {
            return pullOutcome(await github.pulls.openOrUpdate({
                head: branch,
                base: request.baseBranch,
                title: pullRequest.title,
                body: pullRequest.body
            }));
        }
    };
    const operations = [commit, push, pull];
    if (pullRequest.labels.length > 0) {
        operations.push({
            kind: 'github',
            title: `label the pull request ${pullRequest.labels.join(', ')}`,
            apply: async (products) => {
                const added = await github.labels.ensure(products.of(pull).number, pullRequest.labels);
                return added.length > 0
                    ? { status: 'done', detail: added.join(', ') }
                    : { status: 'unchanged' };
            }
        });
    }
    return { operations, commit, pull };
}
/** The steps that publish a prepared release, with its commit message and pull request body. */
function releaseBranchOperations(request) {
    const { checkout, version, previous, files, notes } = request;
    const branch = releaseBranch(version);
    const identity = request.identity ?? _release_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIONS_BOT */ .aX;
    const changes = request.changeLines ?? (0,_release_change_groups_js__WEBPACK_IMPORTED_MODULE_4__/* .changeLines */ .Ow)(files);
    const following = previous ? ` (previous: ${previous.tag})` : '';
    const message = (0,_release_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .commitMessage */ .df)(releaseSubject(version), [
        `Prepare the ${request.project} ${version.tag} release${following}:`,
        ...changes.map((line) => `- ${line}`)
    ], identity);
    // The pull request's body (its diffs) only when there is one: a branch pushed to GitHub.
    const pullBody = () => [
        `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
        '',
        '### Changes',
        ...(0,_release_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .changesMarkdown */ .T4)(files, request.changeLines),
        '',
        ...(0,_release_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .notesMarkdown */ .BJ)(notes, 100),
        `When this merges, ${request.afterMerge}`
    ].join('\n');
    const published = publishBranchOperations({
        git: checkout.git,
        github: request.github,
        remote: request.remote,
        baseBranch: request.base,
        baseCommit: checkout.baseCommit,
        branch,
        files,
        commitMessage: message,
        identity,
        pull: request.remote && request.github
            ? { title: releaseSubject(version), body: pullBody(), labels: request.labels }
            : undefined,
        guard: request.guard
    });
    return { ...published, branch };
}


/***/ }),

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ compileDocPattern),
/* harmony export */   Ku: () => (/* binding */ applyDocPatterns),
/* harmony export */   xB: () => (/* binding */ isReviewExcluded),
/* harmony export */   xY: () => (/* binding */ findVersionMentions),
/* harmony export */   y4: () => (/* binding */ BPFMAN_DOC_RULES)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4855);


const BPFMAN_DOC_RULES = [
    {
        path: 'docs/getting-started/running-release.md',
        patterns: ['bpfman\\.io/v{version}/', 'releases/download/v{version}/', 'BPFMAN_REL={version}']
    },
    { path: 'docs/quick-start.md', patterns: ['BPFMAN_REL={version}'] },
    { path: 'RELEASE.md', patterns: ['{previous}'] }
];
const PLACEHOLDER = /\{(version|previous)\}/g;
const GROUP = 'releaseVersion';
const MESSAGE_LIMIT = 120;
/**
 * Replaces the version inside each match of the patterns, and nothing else of
 * the match. `replacements` counts the versions that changed (a version that
 * already reads `newVersion` is not counted). Patterns with `{previous}` match
 * nothing when there is no previous release.
 */
function applyDocPatterns(content, patterns, previous, newVersion) {
    let replacements = 0;
    for (const source of patterns) {
        const pattern = compileDocPattern(source, previous);
        if (!pattern)
            continue;
        const edits = [];
        for (const match of content.matchAll(pattern)) {
            const [start, end] = match.indices?.groups?.[GROUP] ?? [0, 0];
            if (content.slice(start, end) === newVersion)
                continue;
            edits.push({ start, end, text: newVersion });
        }
        replacements += edits.length;
        content = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .spliceAll */ .C4)(content, edits);
    }
    return { content, replacements };
}
/** The pattern as a RegExp with the version in a named group; undefined when it cannot match. */
function compileDocPattern(source, previous) {
    const placeholders = [...source.matchAll(PLACEHOLDER)];
    if (placeholders.length !== 1) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('docs', `pattern "${source}" holds ${placeholders.length} placeholders; write exactly one {version} (any release version) or {previous} (the previous release)`);
    }
    const kind = placeholders[0][1];
    if (kind === 'previous' && previous === undefined)
        return undefined;
    const version = kind === 'version'
        ? `${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_START */ .aA}(?<${GROUP}>${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_VERSION_SOURCE */ .oO})(?![0-9]|\\.[0-9])`
        : `${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_START */ .aA}(?<${GROUP}>${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(previous)})${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_END */ .vJ}`;
    const regexSource = source.replace(PLACEHOLDER, () => version);
    try {
        return new RegExp(regexSource, 'dg');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('docs', `pattern "${source}" is not a valid regular expression (${reason})`);
    }
}
/**
 * A `review` note for each line that still mentions `version` as a whole
 * version (not 10.6.0, 0.6.01 or 0.6.0-rc1 for 0.6.0), with or without a "v".
 */
function findVersionMentions(path, content, version) {
    const mention = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .exactVersionRegExp */ .nt)(version, '');
    const notes = [];
    content.split('\n').forEach((line, index) => {
        if (!mention.test(line))
            return;
        const text = line.trim();
        const message = text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text;
        notes.push({ kind: 'review', path, line: index + 1, message });
    });
    return notes;
}
/**
 * Whether a path is left out of the review of old-version mentions. An
 * exclude ending in "/" is a folder (at the top or any depth); one with "*"
 * is a glob (`*` within a name, `**` across folders; without a "/" it
 * matches the file name); anything else is a file or folder name or path.
 */
function isReviewExcluded(path, excludes) {
    const normalized = path.replace(/^\.\//, '');
    const name = normalized.slice(normalized.lastIndexOf('/') + 1);
    return excludes.some((exclude) => {
        if (exclude.endsWith('/')) {
            return normalized.startsWith(exclude) || normalized.includes(`/${exclude}`);
        }
        if (exclude.includes('*')) {
            return globRegExp(exclude).test(exclude.includes('/') ? normalized : name);
        }
        if (exclude.includes('/')) {
            return normalized === exclude || normalized.startsWith(`${exclude}/`);
        }
        return name === exclude || normalized.split('/').slice(0, -1).includes(exclude);
    });
}
/** Each glob's pattern, made once: the review list asks for every tracked file. */
const GLOBS = new Map();
function globRegExp(glob) {
    let made = GLOBS.get(glob);
    if (made)
        return made;
    const source = glob
        .split(/(\*\*\/?|\*)/)
        .map((part) => part === '**/'
        ? '(?:.*/)?'
        : part === '**'
            ? '.*'
            : part === '*'
                ? '[^/]*'
                : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(part))
        .join('');
    made = new RegExp(`^${source}$`);
    GLOBS.set(glob, made);
    return made;
}


/***/ }),

/***/ 4855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ spliceAll),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   aA: () => (/* binding */ VERSION_START),
/* harmony export */   bC: () => (/* binding */ lineNumberAt),
/* harmony export */   nt: () => (/* binding */ exactVersionRegExp),
/* harmony export */   oO: () => (/* binding */ ANY_VERSION_SOURCE),
/* harmony export */   vJ: () => (/* binding */ VERSION_END)
/* harmony export */ });
/** Small text helpers shared by the updaters: splicing byte ranges and bounded version matching. */
/** Applies non-overlapping edits; every byte outside them is kept as it is. */
function spliceAll(text, edits) {
    const ordered = [...edits].sort((a, b) => a.start - b.start);
    let result = '';
    let cursor = 0;
    for (const edit of ordered) {
        if (edit.start < cursor)
            throw new Error('overlapping text edits');
        result += text.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return result + text.slice(cursor);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Any release version, X.Y.Z or X.Y.Z-rcN. */
const ANY_VERSION_SOURCE = '\\d+\\.\\d+\\.\\d+(?:-rc\\d+)?';
/** Not preceded by a digit or a dot: 10.6.0 does not hold 0.6.0. */
const VERSION_START = '(?<![0-9.])';
/** Not followed by a digit, ".digit" or "-rc": 0.6.01, 0.6.0.1 and 0.6.0-rc1 do not hold 0.6.0. */
const VERSION_END = '(?![0-9]|\\.[0-9]|-rc)';
/**
 * One exact version, bounded as a whole version, with an optional leading "v"
 * in group 1.
 */
function exactVersionRegExp(version, flags = 'g') {
    return new RegExp(`${VERSION_START}(v?)${escapeRegExp(version)}${VERSION_END}`, flags);
}
/** The 1-based line number of a string index. */
function lineNumberAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// A CommonJS library that pure code calls synchronously, required at its first
// call: ncc bundles the require() as a module evaluated only then, so a
// bundle's start-up does not pay for evaluating it (yaml alone costs
// @actions/core's start-up about a fifth more). One file a library: a module
// that a start-up needs (version.ts needs semver) then brings its library into
// the entry chunk, and no other. The typed, named wrappers are ../yaml.ts,
// ../diff.ts, ../semver.ts and ../toml.ts; nothing else imports these files.
// Memoized: the updaters call yaml's isMap and isScalar in loops.
let yaml
exports.o = () => (yaml ??= __webpack_require__(8815))


/***/ })

};
