export const id = 5;
export const ids = [5];
export const modules = {

/***/ 7005:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(954);
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
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 2 modules
var prepared_release = __webpack_require__(1672);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/steps/bpfman-edits.ts + 6 modules
var bpfman_edits = __webpack_require__(4975);
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
        changelogDir: config.changelogDir,
        labels: config.labels,
        reviewExclude: config.reviewExclude,
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

/***/ 1672:
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
// EXTERNAL MODULE: ./src/updaters/docs.ts
var docs = __webpack_require__(91);
;// CONCATENATED MODULE: ./src/steps/review-list.ts



const MAX_FILE_SIZE = 1 << 20;
/** Every other mention of the old version, for a human to look at; never edited. */
function reviewList(tracked, repoDir, reviewExclude, files, oldVersion) {
    const changed = new Map(files.map((file) => [file.path, file.after]));
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
        notes.push(...(0,docs/* findVersionMentions */.xY)(path, content, oldVersion));
    }
    return notes;
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
    (0,release_version/* assertNewRelease */.Ko)(version, checkout.tags);
    return { version, checkout, previous: (0,release_version/* previousRelease */.Fi)(version, checkout.mergedTags) };
}
/** The tail of every prepare: the changelog, the review list, the release branch and its pull request. */
async function finishRelease(request) {
    const { settings, started, edits, notes } = request;
    const { version, previous, checkout } = started;
    const changelogPath = await planChangelog({
        repoDir: settings.repoDir,
        repository: settings.repository,
        changelogDir: request.changelogDir,
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
        notes.push(...reviewList(await checkout.git.lsFiles(), settings.repoDir, request.reviewExclude, files, request.reviewVersion));
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
        labels: request.labels,
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
