export const id = 5;
export const ids = [5];
export const modules = {

/***/ 7005:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2451);
/* harmony import */ var _src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(608);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRelease */ .v);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ prepareRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 3 modules
var prepared_release = __webpack_require__(3934);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/steps/bpfman-edits.ts + 5 modules
var bpfman_edits = __webpack_require__(1362);
;// CONCATENATED MODULE: ./src/phases/prepare-release/plan.ts





/** Computes every edit and step of a bpfman release; changes nothing. */
async function planPrepare(settings) {
    const started = await (0,prepared_release/* startRelease */.I$)(settings);
    const { version, checkout, previous } = started;
    const config = (0,release_config/* loadBpfmanConfig */.xt)(settings.repoDir, settings.configFile);
    const notes = [];
    const edits = new files/* FileEdits */.Q7(settings.repoDir);
    const { oldVersion } = await (0,bpfman_edits/* planReleaseEdits */.W)({
        repoDir: settings.repoDir,
        config,
        version,
        previous,
        lockfile: settings.lockfile,
        git: checkout.git,
        baseCommit: checkout.baseCommit,
        edits,
        notes
    });
    if (oldVersion === version.version) {
        throw new errors/* InputError */.dz('version', `${config.cargoToml} on ${settings.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    return (0,prepared_release/* finishRelease */.pp)({
        phase: 'prepare-release',
        project: 'bpfman',
        settings,
        started,
        edits,
        notes,
        config,
        reviewVersion: oldVersion,
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit.'
    });
}

// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/release/version.ts
var release_version = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/phases/prepare-release/settings.ts




/** prepare-release's settings, from the action's inputs or the CLI's flags. */
async function prepareSettings(inputs) {
    const version = (0,release_version/* parseVersion */.ot)((0,release_inputs/* requireInput */.oN)(inputs, 'version', '0.6.1'), inputs.label('version'));
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman');
    return {
        ...checkout,
        version: version.version,
        base: inputs.get('base') || 'main',
        lockfile: (0,release_inputs/* parseChoice */.HU)(inputs.get('lockfile') || 'workspace', bpfman_edits/* LOCKFILE_MODES */.v, inputs.label('lockfile')),
        summary: inputs.get('summary') || undefined,
        github: (0,settings/* githubClientFor */.q)(inputs, checkout.repository, checkout.remote !== undefined || !checkout.offline, 'export a token with contents and pull-requests write access, or use --no-push --offline')
    };
}

;// CONCATENATED MODULE: ./src/phases/prepare-release/index.ts




/** prepare-release: bpfman's release branch, one signed-off commit, the pull request. */
const prepareRelease = (0,phase/* phaseOf */.h)({
    name: 'prepare-release',
    settings: prepareSettings,
    plan: planPrepare,
    report: prepared_release/* preparedReport */.oK
});


/***/ }),

/***/ 3934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pp: () => (/* binding */ finishRelease),
  Lv: () => (/* binding */ preparedLinks),
  oK: () => (/* binding */ preparedReport),
  I$: () => (/* binding */ startRelease)
});

// UNUSED EXPORTS: preparedEpilogue, preparedManifest, preparedResults

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/version.ts
var release_version = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/release-branch.ts
var release_branch = __webpack_require__(443);
// EXTERNAL MODULE: ./src/release/changelog.ts
var changelog = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/steps/release-notes.ts


/**
 * The changelog: kept when the release already has one, else the summary
 * paragraph and the release notes since the previous release. Returns its path.
 */
async function planChangelog(request, edits, notes) {
    const { version, previous } = request;
    const path = (0,changelog/* changelogPath */.q5)(request.changelogDir, version);
    if ((0,files/* readRepoFile */.v6)(request.repoDir, path) !== undefined) {
        notes.push({ kind: 'info', path, message: 'exists already; kept as it is' });
        return path;
    }
    edits.set(path, (0,changelog/* formatChangelog */.kF)((0,changelog/* summaryParagraph */.RB)(version, previous, request.summary), await releaseNotes(request)), `release notes since ${previous?.tag ?? 'the first commit'}`);
    return path;
}
const LOG_FORMAT = '%H%x00%an%x00%ae%x00%s%x00%b%x1e';
/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(request) {
    const { git, version, previous } = request;
    if (!request.offline && request.github) {
        return request.github.releases.generateNotes(version.tag, request.baseCommit, previous?.tag);
    }
    const range = previous ? `${previous.tag}..${request.baseCommit}` : request.baseCommit;
    const pulls = (0,changelog/* mergedPullsFromLog */.xf)(await git.logText(range, LOG_FORMAT));
    const earlier = previous ? (0,changelog/* mergedPullsFromLog */.xf)(await git.logText(previous.tag, LOG_FORMAT)) : [];
    return (0,changelog/* formatReleaseNotes */.Sg)(pulls, (0,changelog/* firstContributions */.oJ)(pulls, earlier), request.repository, version.tag, previous?.tag);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/updaters/toml-strings.ts
var toml_strings = __webpack_require__(6559);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/release/review.ts
/**
 * The rules of the review list: what a human should look at after the release
 * edits, and what is noise. A mention of a version is a dependency pin (a
 * third-party package that happens to carry the same number) or something to
 * review; the files the release edits may still name releases older than the
 * previous one.
 */





/** Files that are dependency pins as a whole: lock files and the Go and pip pins. */
const PIN_FILES = new Set([
    'go.mod',
    'go.sum',
    'go.work',
    'go.work.sum',
    'Cargo.lock',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
    'deno.lock',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'pdm.lock',
    'Gemfile.lock',
    'composer.lock',
    'flake.lock',
    'packages.lock.json',
    'gradle.lockfile',
    'Package.resolved',
    'pubspec.lock',
    'mix.lock',
    'Podfile.lock'
]);
/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/docs.txt. */
const REQUIREMENTS = /(?:^|\/)(?:[\w.-]*requirements[\w.-]*\.txt|requirements\/[^/]+\.txt)$/i;
/** The sections of package.json that pin other packages. */
const PACKAGE_JSON_SECTIONS = new Set([
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
    'bundleDependencies',
    'bundledDependencies',
    'overrides',
    'resolutions'
]);
/** Cargo's dependency tables: [dependencies], [dev-dependencies], [build-dependencies]. */
const CARGO_DEPENDENCIES = /^(?:dev-|build-)?dependencies$/;
function fileName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Whether a whole file is a dependency pin (a lock file, go.mod, go.sum, requirements*.txt). */
function isPinFile(path) {
    const name = fileName(path);
    return PIN_FILES.has(name) || name.endsWith('.lock') || REQUIREMENTS.test(path);
}
/**
 * Whether the mention of a version on `line` (1-based) of the file at `path`
 * whose text is `content` is a dependency pin, which leaves the review list:
 * anything in a lock file, go.mod, go.sum or requirements*.txt; a line inside
 * the dependency sections of a package.json; in a Cargo.toml, an entry of a
 * dependency table ([dependencies], [dev-dependencies], [build-dependencies],
 * [workspace.dependencies], [target.*.dependencies], [patch.*], [replace])
 * that is not a path dependency of the workspace (`path = ...`). A mention
 * anywhere else (a comment, [package], a path dependency's version) is not a
 * pin. A file that does not parse is not a pin: a human looks at it.
 */
function isDependencyPin(path, line, content) {
    if (isPinFile(path))
        return true;
    const name = fileName(path);
    if (name === 'package.json')
        return inPackageJsonDependencies(content, line);
    if (name === 'Cargo.toml')
        return isCargoThirdPartyEntry(content, line);
    return false;
}
/** The offset of the first non-blank character of a 1-based line, or undefined. */
function lineOffset(content, line) {
    let start = 0;
    for (let i = 1; i < line; i += 1) {
        const next = content.indexOf('\n', start);
        if (next < 0)
            return undefined;
        start = next + 1;
    }
    const newline = content.indexOf('\n', start);
    return { start, end: newline < 0 ? content.length : newline };
}
/** The last file parsed, by kind: the review asks about many lines of one file in a row. */
const parsedCache = new Map();
function parsedOnce(kind, content, parse) {
    const cached = parsedCache.get(kind);
    if (cached?.content === content)
        return cached.value;
    const value = parse(content);
    parsedCache.set(kind, { content, value });
    return value;
}
function inPackageJsonDependencies(content, line) {
    const range = lineOffset(content, line);
    if (!range)
        return false;
    const doc = parsedOnce('package.json', content, (text) => (0,yaml_dist.parseDocument)(text));
    if (doc.errors.length > 0 || !(0,yaml_dist.isMap)(doc.contents))
        return false;
    const within = (node, sections) => {
        if (!(0,yaml_dist.isMap)(node))
            return false;
        return node.items.some((pair) => {
            const key = (0,yaml_dist.isScalar)(pair.key) ? String(pair.key.value) : '';
            const value = pair.value;
            const [start, end] = value?.range ?? [0, 0];
            if (!(start < range.end && range.start < end))
                return false;
            if (sections.has(key))
                return true;
            // pnpm's overrides sit one level down.
            return key === 'pnpm' && within(pair.value, new Set(['overrides']));
        });
    };
    return within(doc.contents, PACKAGE_JSON_SECTIONS);
}
function isCargoThirdPartyEntry(content, line) {
    const range = lineOffset(content, line);
    if (!range)
        return false;
    const cargo = parsedOnce('Cargo.toml', content, (text) => {
        try {
            return {
                parsed: (0,dist/* parse */.qg)(text),
                strings: [...(0,toml_strings/* locateTomlStrings */.h)(text).values()]
            };
        }
        catch {
            return undefined;
        }
    });
    if (!cargo)
        return false;
    const { parsed } = cargo;
    const onLine = cargo.strings.filter((location) => location.start < range.end && location.end > range.start);
    return (onLine.length > 0 &&
        onLine.every((location) => {
            const entry = dependencyEntry(location.path);
            if (!entry)
                return false;
            const value = lookup(parsed, entry);
            const table = typeof value === 'object' && value !== null ? value : {};
            return table.path === undefined;
        }));
}
/** The key path of the dependency entry a string belongs to, or undefined when it is not in one. */
function dependencyEntry(path) {
    if ((path[0] === 'patch' && path.length >= 3) || (path[0] === 'replace' && path.length >= 2)) {
        return path.slice(0, path[0] === 'patch' ? 3 : 2);
    }
    const index = path.findIndex((key) => CARGO_DEPENDENCIES.test(key));
    if (index < 0 || index + 1 >= path.length)
        return undefined;
    const prefix = path.slice(0, index);
    const allowed = prefix.length === 0 ||
        (prefix.length === 1 && prefix[0] === 'workspace') ||
        (prefix.length === 2 && prefix[0] === 'target');
    return allowed ? path.slice(0, index + 2) : undefined;
}
function lookup(root, path) {
    let node = root;
    for (const key of path) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[key];
    }
    return node;
}
/**
 * The review notes without the dependency pins: `contentOf` gives a noted
 * file's text (undefined when unknown; such notes stay). Notes without a path
 * or line are kept.
 */
function withoutDependencyPins(notes, contentOf) {
    const cache = new Map();
    return notes.filter((note) => {
        if (note.kind !== 'review' || !note.path || !note.line)
            return true;
        if (isPinFile(note.path))
            return false;
        if (!cache.has(note.path))
            cache.set(note.path, contentOf(note.path));
        const content = cache.get(note.path);
        return content === undefined || !isDependencyPin(note.path, note.line, content);
    });
}
/** A release version in text, bounded: not 10.6.0 for 0.6.0, not 1.2.3.4. */
const ANY_RELEASE = new RegExp(`${updaters_text/* VERSION_START */.aA}v?(\\d+\\.\\d+\\.\\d+(?:-rc\\d+)?)(?![0-9A-Za-z]|\\.[0-9])`, 'g');
const MESSAGE_LIMIT = 120;
/**
 * A `review` note for each line of the files the release edits (their content
 * after the edits; pass the edited files but not the generated changelog,
 * whose pull request titles name every kind of version) that still names a
 * release older than `previous`: RELEASE.md naming 0.5.6 when 0.6.1 is
 * prepared after 0.6.0. One note per line, naming every such version on it,
 * with the line's text; dependency pins (a lock file, Cargo.toml's third-party
 * entries) are left out. No notes without a previous release.
 */
function staleVersionNotes(files, previous, version) {
    if (!previous)
        return [];
    const notes = [];
    for (const { path, content } of files) {
        if (isPinFile(path))
            continue;
        content.split('\n').forEach((text, index) => {
            const stale = new Set();
            for (const match of text.matchAll(ANY_RELEASE)) {
                const found = (0,release_version/* tryParseVersion */.z0)(match[1]);
                if (found && (0,release_version/* compareVersions */.Zy)(found, previous) < 0)
                    stale.add(found.version);
            }
            if (stale.size === 0 || isDependencyPin(path, index + 1, content))
                return;
            const line = text.trim();
            const shown = line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}…` : line;
            const names = [...stale].join(', ');
            notes.push({
                kind: 'review',
                path,
                line: index + 1,
                message: `still names ${names}, older than the previous release ${previous.version}; update it to ${version.version} if it means the current release, keep it if it is history: ${shown}`
            });
        });
    }
    return notes;
}

// EXTERNAL MODULE: ./src/updaters/docs.ts
var docs = __webpack_require__(91);
;// CONCATENATED MODULE: ./src/steps/review-list.ts




const MAX_FILE_SIZE = 1 << 20;
/**
 * What a human should look at, never edited: every other mention of the old
 * version but dependency pins (go.mod, lock files, package.json dependencies,
 * Cargo.toml's third-party entries), then the lines of the files the release
 * edits (not the changelog at `changelogPath`) that still name a release older
 * than `previous`, each with file and line.
 */
function reviewList(tracked, repoDir, reviewExclude, files, oldVersion, stale = {}) {
    const changed = new Map(files.map((file) => [file.path, file.after]));
    const contents = new Map();
    const notes = [];
    for (const path of tracked) {
        if ((0,docs/* isReviewExcluded */.xB)(path, reviewExclude))
            continue;
        let content = changed.get(path);
        if (content === undefined) {
            const buffer = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, path));
            if (buffer.length > MAX_FILE_SIZE || buffer.includes(0))
                continue;
            content = buffer.toString('utf8');
        }
        if (!content.includes(oldVersion))
            continue;
        contents.set(path, content);
        notes.push(...(0,docs/* findVersionMentions */.xY)(path, content, oldVersion));
    }
    const kept = withoutDependencyPins(notes, (path) => contents.get(path));
    if (stale.version) {
        const edited = files
            .filter((file) => file.path !== stale.changelogPath)
            .filter((file) => !(0,docs/* isReviewExcluded */.xB)(file.path, reviewExclude))
            .map((file) => ({ path: file.path, content: file.after }));
        kept.push(...staleVersionNotes(edited, stale.previous, stale.version));
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/steps/prepared-release.ts






/**
 * The checks every prepare starts with, before it reads a file: the version,
 * the checkout (clean, on the base branch, fetched), a new tag that moves its
 * line forward; and the previous release.
 */
async function startRelease(settings) {
    const version = (0,release_version/* parseVersion */.ot)(settings.version);
    if (settings.remote && !settings.github)
        throw new errors/* InputError */.dz('token', 'a GitHub token is needed to open the pull request');
    if (!settings.offline && !settings.github)
        throw new errors/* InputError */.dz('token', 'a GitHub token is needed to generate the release notes; use offline');
    const checkout = await (0,steps_checkout/* inspectCheckout */.dX)(settings.repoDir, settings.base, settings.remote);
    (0,release_version/* assertVersionOrder */.h1)(version, checkout.mergedTags, checkout.tags, settings.base);
    return { version, checkout, previous: (0,release_version/* previousRelease */.Fi)(version, checkout.mergedTags) };
}
/** The tail of every prepare: the changelog, the review list, the release branch and its pull request. */
async function finishRelease(request) {
    const { settings, started, edits, notes } = request;
    const { version, previous, checkout } = started;
    const changelogPath = await planChangelog({
        repoDir: settings.repoDir,
        repository: settings.repository,
        changelogDir: request.config.changelogDir,
        offline: settings.offline,
        github: settings.github,
        summary: settings.summary,
        git: checkout.git,
        baseCommit: checkout.baseCommit,
        version,
        previous
    }, edits, notes);
    const files = edits.changes();
    if (request.reviewVersion !== undefined) {
        notes.push(...reviewList(await checkout.git.lsFiles(), settings.repoDir, request.config.reviewExclude, files, request.reviewVersion, { previous, version, changelogPath }));
    }
    const publish = (0,release_branch/* releaseBranchOperations */.Qb)({
        project: request.project,
        phase: request.phase,
        github: settings.github,
        remote: settings.remote,
        base: settings.base,
        identity: settings.identity,
        checkout,
        version,
        previous,
        files,
        notes,
        labels: request.config.labels,
        changeLines: request.changeLines?.(files),
        afterMerge: request.afterMerge
    });
    const plan = {
        phase: request.phase,
        repository: settings.repository,
        version: version.version,
        files,
        operations: publish.operations,
        notes
    };
    return {
        plan,
        version,
        previous,
        base: settings.base,
        baseCommit: checkout.baseCommit,
        changelogPath,
        publish
    };
}
/** What a prepare made, as the report needs it: undefined parts were not made (a dry run, a failure). */
function preparedResults(prepared, products) {
    return {
        commit: products?.find(prepared.publish.commit),
        pr: products?.find(prepared.publish.pull)
    };
}
/** The manifest part of a prepare: tag-release reads it. */
function preparedManifest(prepared, products) {
    const { commit, pr } = preparedResults(prepared, products);
    return {
        branch: prepared.publish.branch,
        commit: commit ?? '',
        pr: pr ?? null,
        changelogPath: prepared.changelogPath,
        files: prepared.plan.files.map((file) => file.path)
    };
}
function preparedLinks(pr) {
    return pr ? [{ label: 'Pull request', url: pr.url }] : [];
}
/** The lines the CLI prints after a prepare. */
function preparedEpilogue(prepared, products, repoDir) {
    const { commit, pr } = preparedResults(prepared, products);
    const lines = [`\nRelease branch ${prepared.publish.branch} at ${commit?.slice(0, 12)}.`];
    if (pr)
        lines.push(`Pull request: ${pr.url}`);
    else
        lines.push(`Nothing was pushed; inspect it with: git -C ${repoDir} log -p ${prepared.base}..${prepared.publish.branch}`);
    return lines;
}
/** What a prepare reports: its manifest part, outputs, the pull request's link, the CLI's last lines. */
function preparedReport(prepared, settings, result) {
    const { version, previous } = prepared;
    const { pr } = preparedResults(prepared, result?.products);
    return {
        manifest: {
            header: {
                repository: settings.repository,
                version,
                previousTag: previous?.tag ?? null,
                base: prepared.base
            },
            part: { prepare: preparedManifest(prepared, result?.products) }
        },
        outputs: {
            version: version.version,
            tag: version.tag,
            'previous-tag': previous?.tag,
            branch: prepared.publish.branch,
            'pr-number': pr?.number,
            'pr-url': pr?.url,
            'changelog-path': prepared.changelogPath
        },
        links: preparedLinks(pr),
        epilogue: result && !result.error ? preparedEpilogue(prepared, result.products, settings.repoDir) : []
    };
}


/***/ })

};
