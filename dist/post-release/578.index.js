export const id = 578;
export const ids = [578];
export const modules = {

/***/ 4578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/phases/post-release/handover.ts + 1 modules
var handover = __webpack_require__(3234);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/lazy/yaml.cjs
var lazy_yaml = __webpack_require__(7094);
;// CONCATENATED MODULE: ./src/release/yaml.ts

const parse = ((...args) => (0,lazy_yaml/* yaml */.o)().parse(...args));
const parseDocument = ((...args) => (0,lazy_yaml/* yaml */.o)().parseDocument(...args));
const parseAllDocuments = ((...args) => (0,lazy_yaml/* yaml */.o)().parseAllDocuments(...args));
const isMap = ((node) => yaml().isMap(node));
const isScalar = ((node) => yaml().isScalar(node));
const isSeq = ((node) => yaml().isSeq(node));
/** Scalar's static members (Scalar.QUOTE_SINGLE...), read from yaml when used. */
const Scalar = new Proxy({}, {
    get: (_, key) => Reflect.get((0,lazy_yaml/* yaml */.o)().Scalar, key)
});
/** `YAML.parse(...)` as the default import offers it. */
const YAML = { parse, parseDocument, parseAllDocuments };
/* harmony default export */ const release_yaml = (YAML);

// EXTERNAL MODULE: ./src/release/errors.ts
var release_errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/updaters/text.ts
/** Small text helpers shared by the updaters: splicing byte ranges and bounded version matching. */
/** Applies non-overlapping edits; every byte outside them is kept as it is. */
function text_spliceAll(text, edits) {
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
function text_escapeRegExp(text) {
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
function text_exactVersionRegExp(version, flags = 'g') {
    return new RegExp(`${VERSION_START}(v?)${text_escapeRegExp(version)}${VERSION_END}`, flags);
}
/** The 1-based line number of a string index. */
function text_lineNumberAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}

;// CONCATENATED MODULE: ./src/updaters/docs.ts


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
        content = spliceAll(content, edits);
    }
    return { content, replacements };
}
/** The pattern as a RegExp with the version in a named group; undefined when it cannot match. */
function compileDocPattern(source, previous) {
    const placeholders = [...source.matchAll(PLACEHOLDER)];
    if (placeholders.length !== 1) {
        throw new release_errors/* InputError */.dz('docs', `pattern "${source}" holds ${placeholders.length} placeholders; write exactly one {version} (any release version) or {previous} (the previous release)`);
    }
    const kind = placeholders[0][1];
    if (kind === 'previous' && previous === undefined)
        return undefined;
    const version = kind === 'version'
        ? `${VERSION_START}(?<${GROUP}>${ANY_VERSION_SOURCE})(?![0-9]|\\.[0-9])`
        : `${VERSION_START}(?<${GROUP}>${text_escapeRegExp(previous)})${VERSION_END}`;
    const regexSource = source.replace(PLACEHOLDER, () => version);
    try {
        return new RegExp(regexSource, 'dg');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new release_errors/* InputError */.dz('docs', `pattern "${source}" is not a valid regular expression (${reason})`);
    }
}
/**
 * A `review` note for each line that still mentions `version` as a whole
 * version (not 10.6.0, 0.6.01 or 0.6.0-rc1 for 0.6.0), with or without a "v".
 */
function findVersionMentions(path, content, version) {
    const mention = exactVersionRegExp(version, '');
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
                : escapeRegExp(part))
        .join('');
    made = new RegExp(`^${source}$`);
    GLOBS.set(glob, made);
    return made;
}

;// CONCATENATED MODULE: ./src/release/config.ts





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
    docRules: BPFMAN_DOC_RULES,
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
                compileDocPattern(pattern, '0.0.0');
            }
            catch (error) {
                return `${shape}; ${(0,release_errors/* messageOf */.bD)(error).replace(/^docs: /, '')}`;
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
        throw new release_errors/* InputError */.dz(source, 'must be a mapping of keys to values');
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
        throw new release_errors/* InputError */.dz(source, `invalid configuration:\n  - ${errors.join('\n  - ')}`);
    }
    return merged;
}
function readConfigFile(repoDir, file = CONFIG_FILE) {
    const path = (0,external_node_path_.join)(repoDir, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return release_yaml.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new release_errors/* InputError */.dz(file, `is not valid YAML: ${error.message}`);
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

// EXTERNAL MODULE: ./src/effects/crates.ts
var crates = __webpack_require__(444);
;// CONCATENATED MODULE: ./src/release/identity.ts
/** The default committer in Actions, and the sign-off it writes. */
const identity_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
/** The DCO trailer. */
function signedOffBy(identity) {
    return `Signed-off-by: ${identity.name} <${identity.email}>`;
}
/** A commit message of subject, body paragraphs and the sign-off, ending in a newline. */
function identity_commitMessage(subject, body, identity) {
    return [subject, '', ...body, '', signedOffBy(identity), ''].join('\n');
}

// EXTERNAL MODULE: ./src/release/plan.ts + 1 modules
var plan = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var checkout = __webpack_require__(5903);
;// CONCATENATED MODULE: ./src/steps/github-release.ts


/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
function makeLatestFor(version, otherTags) {
    if ((0,release_version/* isPrerelease */.V1)(version))
        return 'false';
    const higher = (0,release_version/* releaseTags */.dt)(otherTags).some((tag) => tag.rc === undefined && (0,release_version/* compareVersions */.Zy)(tag, version) > 0);
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
                throw new release_errors/* ReleaseError */.K2(`the draft lacks ${missing.join(', ')}; not publishing it`);
            }
            const published = await github.releases.update(release.id, { draft: false, makeLatest });
            return { status: 'done', detail: published.url, value: published };
        }
    };
}

// EXTERNAL MODULE: ./src/phases/post-release/assets.ts
var post_release_assets = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/phases/post-release/checks.ts
var post_release_checks = __webpack_require__(2478);
// EXTERNAL MODULE: ./src/phases/post-release/images.ts
var post_release_images = __webpack_require__(5969);
// EXTERNAL MODULE: ./src/effects/git.ts + 2 modules
var git = __webpack_require__(3854);
// EXTERNAL MODULE: ./src/release/summary.ts
var summary = __webpack_require__(7709);
;// CONCATENATED MODULE: ./src/steps/release-branch.ts





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
                throw new release_errors/* ReleaseError */.K2(`could not fetch ${where.remote}/${branch} (${tip.slice(0, 12)})`);
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
            if (error instanceof git/* PushRejected */.j2 && attempt < PUSH_ATTEMPTS)
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
    return new release_errors/* InputError */.dz('branch', `${place} holds ${foreign.length} commit(s) that release-actions did not make: ${shown}${more}; it was left as it is. To go on, ${fix}`);
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
    const identity = request.identity ?? ACTIONS_BOT;
    const changes = request.changeLines ?? changeLines(files);
    const following = previous ? ` (previous: ${previous.tag})` : '';
    const message = commitMessage(releaseSubject(version), [
        `Prepare the ${request.project} ${version.tag} release${following}:`,
        ...changes.map((line) => `- ${line}`)
    ], identity);
    // The pull request's body (its diffs) only when there is one: a branch pushed to GitHub.
    const pullBody = () => [
        `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
        '',
        '### Changes',
        ...changesMarkdown(files, request.changeLines),
        '',
        ...notesMarkdown(notes, 100),
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

;// CONCATENATED MODULE: ./src/updaters/dispatcher-images.ts

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
                const line = lineNumberAt(content, literal.start);
                notes.push({
                    kind: 'info',
                    path,
                    line,
                    message: `${image} is pinned by digest, left alone`
                });
                continue;
            }
            for (const line of commentAbove(lines, lineNumberAt(content, literal.start) - 1, images)) {
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
    return { content: spliceAll(content, edits), notes, changed };
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
    return { content: text_spliceAll(content, edits), changed };
}
function findImageLiterals(content, image) {
    const pattern = new RegExp(`"${text_escapeRegExp(image)}(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`, 'g');
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

;// CONCATENATED MODULE: ./src/phases/post-release/revert.ts




/** How `image` is referenced in the source: by tag (":latest", ":v0.6.1"), by digest, or not at all. */
function dispatcherPin(content, image) {
    const match = new RegExp(`"${text_escapeRegExp(image)}(?::([\\w][\\w.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`).exec(content);
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
    const restored = restoreDispatcherImages(current, pinnedToRelease);
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
    const message = identity_commitMessage(subject, [
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
    const published = publishBranchOperations({
        git,
        github,
        remote: request.remote,
        baseBranch: request.base,
        baseCommit: request.baseCommit,
        branch,
        files,
        commitMessage: message,
        identity: request.identity,
        pull: { title: subject, body, labels: [] },
        guard: branchGuard({
            git,
            remote: request.remote,
            branch,
            baseCommit: request.baseCommit,
            subject
        })
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
    const git = await (0,checkout/* openRepository */.h_)(settings.repoDir, settings.remote);
    const baseCommit = settings.base
        ? (await (0,checkout/* fetchBase */.cu)(git, settings.remote, settings.base, 'give the branch the release was made from')).baseCommit
        : undefined;
    const tagCommit = await git.revParse(`refs/tags/${version.tag}`);
    if (!tagCommit) {
        throw new release_errors/* InputError */.dz('version', `tag ${version.tag} is not in ${settings.remote}; tag-release makes it (and the draft release): run it first`);
    }
    return { git, tagCommit, baseCommit };
}
async function decisionsFor(github, state, tag, built) {
    const release = { tag, draft: state.release.draft, immutable: state.immutable };
    const decisions = [];
    for (const asset of built) {
        const remote = state.assets.find((a) => a.name === asset.name);
        decisions.push((0,post_release_assets/* decideAsset */.Fn)(asset, remote, release, await (0,post_release_assets/* remoteDigestOf */.un)(github, asset, remote)));
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
        throw new release_errors/* ReleaseError */.K2(`${github.name} has no release for ${version.tag}; tag-release creates its draft: run it, then rerun post-release`);
    }
    const { config, yamls } = await git.withWorktree(tagCommit, async (treeDir) => {
        const config = loadBpfmanConfig(treeDir, settings.configFile);
        const yamls = await (0,post_release_assets/* buildReleaseYamls */.gX)({
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
    const assets = (0,post_release_assets/* assetOperations */.ty)(github, release.id, version.tag, yamls.assets.map((built, index) => ({
        built,
        planned: decisions[index],
        extra: yamls.extra.includes(built.name)
    })));
    const publish = publishReleaseOperation({
        github,
        version,
        release,
        makeLatest: makeLatestAmong(version, await git.tags(), releases),
        requiredAssets: yamls.assets.map((asset) => asset.name)
    });
    const dispatcherImages = settings.dispatcherImages ?? config.dispatcherImages;
    const images = dispatcherImages.map((image) => (0,post_release_images/* dispatcherTagOperation */.TH)(settings.registry, image, version.tag, settings.force));
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
            identity: settings.identity ?? identity_ACTIONS_BOT
        })
        : noBaseRevert(version);
    notes.push(...revert.notes);
    const checks = checksOperation(settings, version, release.id, yamls, log);
    const serverUrl = settings.serverUrl ?? 'https://github.com';
    const { operator } = settings;
    const handOver = (0,handover/* handOverFor */.jd)(serverUrl, operator.repository, operator.workflow, operator.ref, version, operator.github ? 'pending' : 'manual');
    const handOverStep = operator.github
        ? (0,handover/* handOverOperation */.zM)(operator.github, handOver, version)
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
            const results = await (0,post_release_checks/* runPublicationChecks */.xM)({
                version,
                github: settings.github,
                releaseId,
                assets: yamls.assets,
                registry: settings.registry,
                images: checks.images,
                crates: checks.cratesApiUrl ? new crates/* CratesClient */.K7(checks.cratesApiUrl) : undefined,
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
            const blocking = (0,post_release_checks/* blockingFailures */.P5)(results, checks.failOn);
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

;// CONCATENATED MODULE: ./src/phases/post-release/planner.ts




/** What the operations produced, each as far as it ran. */
function results(post, products) {
    const { steps } = post;
    return {
        release: products?.find(steps.publish) ?? post.release,
        assets: products?.findAll(steps.assets) ?? [],
        images: products?.findAll(steps.images) ?? [],
        revertPr: products?.find(steps.revert) ?? post.revertFound,
        checks: products?.find(steps.checks),
        handOver: (0,handover/* handOverAfter */.ek)(post.handOver, products?.find(steps.handOver))
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
const planner = (0,phase/* plannerOf */.g)({
    plan: (settings, context) => planPostRelease(settings, context.log),
    report: postReport
});


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
