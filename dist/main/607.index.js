export const id = 607;
export const ids = [607];
export const modules = {

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner),
  tagReport: () => (/* binding */ tagReport),
  tagResults: () => (/* binding */ tagResults)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/identity.ts
var identity = __webpack_require__(3287);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/dispatch.ts
var dispatch = __webpack_require__(1357);
// EXTERNAL MODULE: ./src/steps/github-release.ts
var github_release = __webpack_require__(72);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 10 modules
var client = __webpack_require__(8740);
// EXTERNAL MODULE: ./src/steps/release-branch.ts
var release_branch = __webpack_require__(443);
;// CONCATENATED MODULE: ./src/phases/tag-release/request.ts




const RELEASE_BRANCH = /^release-(v?\d+\.\d+\.\d+(?:-rc\d+)?)$/;
/** The version a release branch names: release-v0.6.1 (prepare-release), or release-0.6.1 (the manual process). */
function versionOfReleaseBranch(branch) {
    const match = RELEASE_BRANCH.exec(branch);
    return match ? (0,release_version/* tryParseVersion */.z0)(match[1]) : undefined;
}
/**
 * The version, base and pull request of the release: from the inputs and the
 * merged pull request, refusing an unmerged one or one whose branch names
 * another version.
 */
async function resolveRequest(inputs, notes) {
    const given = inputs.version ? (0,release_version/* parseVersion */.ot)(inputs.version) : undefined;
    let pull;
    if (inputs.pr !== undefined) {
        try {
            pull = await inputs.github.pulls.get(inputs.pr);
        }
        catch (error) {
            if ((0,client/* isStatus */.zM)(error, 404)) {
                throw new errors/* InputError */.dz('pr-number', `pull request #${inputs.pr} not found in ${inputs.github.name}`);
            }
            throw error;
        }
    }
    else if (given) {
        pull = await inputs.github.pulls.findMerged((0,release_branch/* releaseBranch */.CT)(given));
    }
    if (!pull) {
        if (!given) {
            throw new errors/* InputError */.dz('version', 'is empty and there is no release pull request to take it from; give version (e.g. 0.6.1) or pr-number');
        }
        const base = inputs.base || 'main';
        notes.push({
            kind: 'warning',
            message: `no pull request from ${(0,release_branch/* releaseBranch */.CT)(given)} found; tagging the tip of ${base}`
        });
        return { version: given, base, pull: undefined };
    }
    const name = `pull request #${pull.number} (${pull.headRef})`;
    if (!pull.merged) {
        throw new errors/* InputError */.dz('pr-number', pull.state === 'open'
            ? `${name} is still open; merge it, then tag-release runs`
            : `${name} was closed without merging; nothing to tag. Open and merge a release pull request, or give the version of a merged one`);
    }
    const fromBranch = versionOfReleaseBranch(pull.headRef);
    if (given && fromBranch && given.version !== fromBranch.version) {
        throw new errors/* InputError */.dz('version', `${given.version} does not match ${name}, which releases ${fromBranch.version}`);
    }
    const label = inputs.releaseLabel ?? 'release';
    const fromTitle = pull.labels.includes(label) ? versionInTitle(pull.title) : undefined;
    const version = given ?? fromBranch ?? fromTitle;
    if (!version) {
        throw new errors/* InputError */.dz('version', `${name} is not a release pull request (its branch is not release-vX.Y.Z, and it has no "${label}" label with the version in its title); give version`);
    }
    if (inputs.base && inputs.base !== pull.baseRef) {
        throw new errors/* InputError */.dz('base', `"${inputs.base}" is not the base of ${name}, which merged into ${pull.baseRef}; leave base empty or give ${pull.baseRef}`);
    }
    return { version, base: pull.baseRef, pull };
}
function versionInTitle(title) {
    const match = /\bv?\d+\.\d+\.\d+(?:-rc\d+)?\b/.exec(title);
    return match ? (0,release_version/* tryParseVersion */.z0)(match[0]) : undefined;
}

// EXTERNAL MODULE: ./src/release/changelog.ts
var release_changelog = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/steps/bpfman-edits.ts + 5 modules
var bpfman_edits = __webpack_require__(1362);
// EXTERNAL MODULE: ./src/steps/operator-version.ts + 1 modules
var operator_version = __webpack_require__(1315);
// EXTERNAL MODULE: ./src/updaters/operator-csv.ts
var operator_csv = __webpack_require__(6169);
;// CONCATENATED MODULE: ./src/phases/tag-release/verify.ts








const MAKEFILE_VERSION = /^VERSION\s*\?=/m;
/** bpfman has a Cargo workspace version; the operator a VERSION file or a Makefile `VERSION ?=`. */
function detectRepoKind(treeDir) {
    const cargo = (0,files/* readRepoFile */.v6)(treeDir, 'Cargo.toml');
    if (cargo !== undefined && /^\s*\[workspace\.package\]/m.test(cargo))
        return 'bpfman';
    if ((0,files/* readRepoFile */.v6)(treeDir, 'VERSION') !== undefined)
        return 'operator';
    if (MAKEFILE_VERSION.test((0,files/* readRepoFile */.v6)(treeDir, 'Makefile') ?? ''))
        return 'operator';
    throw new errors/* InputError */.dz('kind', 'cannot tell the kind of repository: no Cargo.toml with [workspace.package], no VERSION file, no Makefile with "VERSION ?="; set kind to bpfman or operator');
}
/** bpfman: every file prepare-release edits is at the version (its updaters plan no edit). */
async function verifyBpfman(check) {
    const config = (0,release_config/* loadBpfmanConfig */.xt)(check.treeDir, check.configFile);
    const edits = new files/* FileEdits */.Q7(check.treeDir);
    await (0,bpfman_edits/* planReleaseEdits */.Wk)({
        repoDir: check.treeDir,
        config,
        version: check.version,
        previous: check.previous,
        lockfile: 'workspace',
        git: check.git,
        baseCommit: check.commit,
        tracked: (await check.git.filesAt(check.commit)).map((entry) => entry.name),
        edits,
        notes: []
    });
    const problems = edits
        .changes()
        .map((change) => `${change.path} is not at ${check.version.version}: prepare-release would change it (${change.reason})`);
    return {
        changelogDir: config.changelogDir,
        problems,
        checked: [`${config.cargoToml} and the files prepare-release edits`]
    };
}
/** bpfman-operator: the version source (VERSION file, else Makefile `VERSION ?=`) and the bundle CSV. */
async function verifyOperator(check) {
    const { treeDir, version } = check;
    const config = (0,release_config/* loadOperatorConfig */.zG)(treeDir, check.configFile);
    const problems = [];
    const checked = [];
    const source = (0,operator_version/* findVersionSource */.$)(treeDir, config);
    const where = source.kind === 'makefile' ? `${source.path} (VERSION ?=)` : source.path;
    if (source.version !== version.version) {
        problems.push(`${where} holds ${source.version}, not ${version.version}`);
    }
    else
        checked.push(where);
    const csv = (0,files/* readRepoFile */.v6)(treeDir, config.csvPath);
    if (csv !== undefined) {
        const mismatches = (0,operator_csv/* csvMismatches */.Hi)((0,operator_csv/* readCsvIdentity */.Bu)(csv, config.csvPath), config.packageName, version.version);
        if (mismatches.length > 0) {
            problems.push(`${config.csvPath}: ${mismatches.join('; ')}; run make bundle`);
        }
        else
            checked.push(config.csvPath);
    }
    return { changelogDir: config.changelogDir, problems, checked };
}
const VERIFIERS = { bpfman: verifyBpfman, operator: verifyOperator };
/**
 * Checks that a tree is ready to be released as `version`: the changelog is
 * there and written, and every versioned file says the version. All problems
 * are reported at once; any problem means no tag.
 */
async function verifyReleaseTree(check, kind) {
    const chosen = kind === 'auto' ? detectRepoKind(check.treeDir) : kind;
    const result = await VERIFIERS[chosen](check);
    const path = (0,release_changelog/* changelogPath */.q5)(result.changelogDir, check.version);
    const changelog = (0,files/* readRepoFile */.v6)(check.treeDir, path);
    const problems = [...result.problems];
    if (changelog === undefined) {
        problems.unshift(`${path} does not exist`);
    }
    else {
        const placeholder = (0,release_changelog/* placeholderReason */.E6)(changelog);
        if (placeholder)
            problems.unshift(`${path} is not written yet: ${placeholder}`);
    }
    if (problems.length > 0) {
        throw new errors/* ReleaseError */.K2(`the tree at ${check.commit.slice(0, 12)} is not ready to be released as ${check.version.tag} (${chosen} repository):\n  - ${problems.join('\n  - ')}\nFix it with a pull request to the base branch, then rerun; nothing was tagged`);
    }
    return {
        kind: chosen,
        changelogPath: path,
        changelog: changelog,
        checked: [path, ...result.checked]
    };
}

;// CONCATENATED MODULE: ./src/phases/tag-release/plan.ts








/** Fetches the base branch and the tags, and finds the commit to tag on the base branch. */
async function locateCommit(settings, request) {
    const { remote } = settings;
    const git = await (0,checkout/* openRepository */.h_)(settings.repoDir, remote);
    const { baseRef, baseCommit: baseTip } = await (0,checkout/* fetchBase */.cu)(git, remote, request.base, 'give the branch the release pull request merged into');
    const pull = request.pull;
    if (!pull)
        return { git, commit: baseTip };
    const commit = pull.mergeCommitSha;
    if (!commit) {
        throw new errors/* ReleaseError */.K2(`pull request #${pull.number} is merged but GitHub gives no merge commit; give the version and rerun`);
    }
    if (!(await git.revParse(commit)))
        await git.fetchCommit(remote, commit);
    if (!(await git.revParse(commit)) || !(await git.isAncestor(commit, baseRef))) {
        throw new errors/* ReleaseError */.K2(`the merge commit ${commit.slice(0, 12)} of pull request #${pull.number} is not on ${request.base} (${remote}/${request.base} is at ${baseTip.slice(0, 12)}); refusing to tag a commit outside the base branch`);
    }
    return { git, commit };
}
/** A tag may exist only on the commit being released: it is never moved or deleted. */
async function existingTag(git, remote, tag, commit) {
    const remoteTag = await git.lsRemoteTag(remote, tag);
    const localTag = await git.revParse(`refs/tags/${tag}`);
    for (const [where, at] of [
        [`${remote}`, remoteTag],
        ['this checkout', localTag]
    ]) {
        if (at && at !== commit) {
            throw new errors/* ReleaseError */.K2(`tag ${tag} already exists in ${where} on ${at.slice(0, 12)}, not on the commit being released (${commit.slice(0, 12)}); a tag is never moved or deleted: release the next version instead`);
        }
    }
    return remoteTag ? 'remote' : localTag ? 'local' : undefined;
}
/** Verifies the merged tree, then plans: tag, draft release, publication, dispatch. Changes nothing. */
async function planTagRelease(settings) {
    const notes = [];
    const request = await resolveRequest(settings, notes);
    const { version, base, pull } = request;
    const { git, commit } = await locateCommit(settings, request);
    const tagState = await existingTag(git, settings.remote, version.tag, commit);
    const previous = (0,release_version/* previousRelease */.Fi)(version, await git.tagsMergedInto(commit));
    const verified = await git.withWorktree(commit, (treeDir, treeGit) => verifyReleaseTree({ treeDir, git: treeGit, commit, version, previous, configFile: settings.configFile }, settings.kind));
    notes.push({
        kind: 'info',
        message: `verified at ${version.version}: ${verified.checked.join(', ')}`
    });
    const github = settings.github;
    const releases = await github.releases.list();
    const makeLatest = (0,github_release/* makeLatestAmong */.iC)(version, await git.tags(), releases);
    if (makeLatest === 'false' && !(0,release_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'info',
            message: `a higher release exists: ${version.tag} will not be marked as the latest release`
        });
    }
    const draft = (0,github_release/* draftReleaseOperation */.OL)(github, version, commit, { name: version.tag, body: verified.changelog, prerelease: (0,release_version/* isPrerelease */.V1)(version), makeLatest }, releases.find((release) => release.tagName === version.tag), verified.changelogPath);
    const publish = settings.publish === 'now'
        ? (0,github_release/* publishReleaseOperation */.Sb)({
            github,
            version,
            release: draft,
            makeLatest,
            why: 'publish: now'
        })
        : undefined;
    const dispatch = settings.dispatchWorkflow
        ? dispatchOperation(github, settings.dispatchWorkflow, settings.dispatchRef || version.tag, version)
        : undefined;
    const operations = [
        tagOperation(git, settings.remote, version, commit, settings.identity ?? identity/* ACTIONS_BOT */.aX, tagState),
        draft,
        ...(publish ? [publish] : []),
        ...(dispatch ? [dispatch] : [])
    ];
    const plan = {
        phase: 'tag-release',
        repository: settings.repository,
        version: version.version,
        files: [],
        operations,
        notes
    };
    const serverUrl = settings.serverUrl ?? 'https://github.com';
    return {
        plan,
        version,
        previous,
        kind: verified.kind,
        base,
        commit,
        pull,
        changelogPath: verified.changelogPath,
        tagUrl: `${serverUrl}/${settings.repository}/tree/${version.tag}`,
        steps: { draft, publish, dispatch }
    };
}
function tagOperation(git, remote, version, commit, identity, state) {
    const tag = version.tag;
    return {
        kind: 'git',
        title: state === 'remote'
            ? `tag ${tag} is on ${commit.slice(0, 12)} in ${remote} already`
            : `tag ${commit.slice(0, 12)} as ${tag} (annotated, tagger ${identity.name}) and push it to ${remote}`,
        apply: async () => {
            // Checked again: someone may have tagged since the plan was made.
            const where = await existingTag(git, remote, tag, commit);
            if (where === 'remote') {
                return { status: 'unchanged', detail: `${remote} has ${tag} on ${commit.slice(0, 12)}` };
            }
            if (!where)
                await git.createAnnotatedTag(tag, commit, identity);
            // Without --force, git refuses to overwrite a tag that appeared on the remote meanwhile.
            await git.push(remote, `refs/tags/${tag}:refs/tags/${tag}`);
            return { status: 'done', detail: `${tag} -> ${commit.slice(0, 12)}` };
        }
    };
}
function dispatchOperation(github, workflow, ref, version) {
    const tag = version.tag;
    return (0,dispatch/* dispatchOnceOperation */.b)({
        github,
        workflow,
        ref,
        inputs: { tag },
        matches: (run) => (0,dispatch/* isRunFor */.D)(run, 'tag', [tag]),
        title: `dispatch ${workflow} on ${ref} with tag=${tag}, unless a run for ${tag} is queued, running or succeeded`,
        refusalHint: `The workflow must exist on ${ref} and declare on.workflow_dispatch.inputs.tag`,
        refusals: [422, 404]
    });
}

;// CONCATENATED MODULE: ./src/phases/tag-release/planner.ts


/** The release and the dispatched run, as far as the operations made them. */
function tagResults(tagged, products) {
    const { steps } = tagged;
    return {
        release: products?.find(steps.publish) ?? products?.find(steps.draft),
        dispatch: products?.find(steps.dispatch)
    };
}
/** The links of the job summary: tag, release and the dispatched run, as far as they are known. */
function tagReleaseLinks(tagged, products) {
    const { release, dispatch } = tagResults(tagged, products);
    const links = [{ label: `Tag ${tagged.version.tag}`, url: tagged.tagUrl }];
    if (release)
        links.push({ label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url });
    if (dispatch?.url)
        links.push({ label: `Run of ${dispatch.workflow}`, url: dispatch.url });
    return links;
}
/** What tag-release reports after it ran (or, in a dry run, would have). */
function tagReport(tagged, repository, result) {
    const { version } = tagged;
    const { release, dispatch } = tagResults(tagged, result?.products);
    const links = result ? tagReleaseLinks(tagged, result.products) : [];
    return {
        manifest: {
            header: {
                repository,
                version,
                previousTag: tagged.previous?.tag ?? null,
                base: tagged.base
            },
            part: {
                tagRelease: {
                    commit: tagged.commit,
                    release: release ? { id: release.id, url: release.url, draft: release.draft } : null,
                    dispatch: dispatch ? { workflow: dispatch.workflow, runId: dispatch.runId ?? null } : null
                }
            }
        },
        outputs: {
            version: version.version,
            tag: version.tag,
            commit: tagged.commit,
            'release-id': release?.id,
            'release-url': release?.url,
            draft: release ? String(release.draft) : '',
            'dispatched-run': dispatch?.runId
        },
        links,
        epilogue: ['', ...links.map((link) => `${link.label}: ${link.url}`)]
    };
}
const planner = (0,phase/* plannerOf */.g)({
    plan: planTagRelease,
    report: (tagged, settings, result) => tagReport(tagged, settings.repository, result)
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

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ findVersionSource),
  v: () => (/* binding */ setVersion)
});

// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/updaters/operator-version.ts

/** A release, release candidate or development version: 0.6.0, 0.6.0-rc1, 0.6.1-dev. */
const OPERATOR_VERSION = /^v?\d+\.\d+\.\d+(?:-(?:rc\d+|dev))?$/;
const VERSION_FILE = /^(\s*)(\S+)(\s*)$/;
const MAKEFILE_LINE = /^(VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/;
/** The VERSION file's one line, with its surrounding whitespace kept; "v" is kept when it had one. */
function updateVersionFile(content, newVersion, path = 'VERSION') {
    const match = VERSION_FILE.exec(content);
    if (!match || !OPERATOR_VERSION.test(match[2])) {
        throw new errors/* InputError */.dz(path, `holds "${content.trim()}", not a version; expected one line such as 0.6.1-dev`);
    }
    const [, head, value, tail] = match;
    const v = value.startsWith('v') ? 'v' : '';
    return { content: `${head}${v}${newVersion}${tail}`, oldVersion: value.slice(v.length) };
}
/**
 * The literal `VERSION ?= X.Y.Z` of the Makefile, or undefined when the Makefile
 * sets VERSION some other way (`$(shell cat VERSION)`) or not at all.
 */
function makefileVersion(content) {
    for (const line of content.split('\n')) {
        const match = MAKEFILE_LINE.exec(line);
        if (match && OPERATOR_VERSION.test(match[2]))
            return match[2].replace(/^v/, '');
    }
    return undefined;
}
/**
 * Sets the first literal `VERSION ?= X.Y.Z` line. Only that line changes: the
 * operator-sdk scaffold's comments (`make bundle VERSION=0.0.2`) are examples,
 * not the project's version.
 */
function updateMakefileVersion(content, newVersion, path = 'Makefile') {
    const lines = content.split('\n');
    for (const [index, line] of lines.entries()) {
        const match = MAKEFILE_LINE.exec(line);
        if (!match || !OPERATOR_VERSION.test(match[2]))
            continue;
        const [, head, value, tail] = match;
        const v = value.startsWith('v') ? 'v' : '';
        lines[index] = `${head}${v}${newVersion}${tail}`;
        return { content: lines.join('\n'), oldVersion: value.slice(v.length) };
    }
    throw new errors/* InputError */.dz(path, 'has no "VERSION ?= X.Y.Z" line and the repository has no VERSION file; the operator release needs one of them to hold the version');
}

;// CONCATENATED MODULE: ./src/steps/operator-version.ts


/** The VERSION file when the repository has one, else the Makefile's literal `VERSION ?=`. */
function findVersionSource(repoDir, config) {
    const file = (0,files/* readRepoFile */.v6)(repoDir, config.versionFile);
    if (file !== undefined) {
        return {
            kind: 'version-file',
            path: config.versionFile,
            content: file,
            version: updateVersionFile(file, '0.0.0', config.versionFile).oldVersion
        };
    }
    const makefile = (0,files/* requireRepoFile */.AK)(repoDir, config.makefile, `bpfman-operator keeps its version in a ${config.versionFile} file or in the Makefile's "VERSION ?= X.Y.Z"`);
    // updateMakefileVersion refuses a Makefile without a literal version, naming both shapes.
    const version = makefileVersion(makefile) ??
        updateMakefileVersion(makefile, '0.0.0', config.makefile).oldVersion;
    return { kind: 'makefile', path: config.makefile, content: makefile, version };
}
/** The source's content set to `version`. */
function setVersion(source, version) {
    return source.kind === 'version-file'
        ? updateVersionFile(source.content, version, source.path).content
        : updateMakefileVersion(source.content, version, source.path).content;
}


/***/ }),

/***/ 6169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ readCsvIdentity),
/* harmony export */   Hi: () => (/* binding */ csvMismatches),
/* harmony export */   ns: () => (/* binding */ sameIgnoringCreatedAt),
/* harmony export */   u2: () => (/* binding */ removeReplaces)
/* harmony export */ });
/* unused harmony export csvName */
/* harmony import */ var _release_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2506);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4855);



function parse(content, path) {
    const doc = _release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"].parseDocument */ .Ay.parseDocument(content);
    if (doc.errors.length > 0) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(path, `is not valid YAML: ${doc.errors[0].message}`);
    }
    return doc;
}
function text(value) {
    return value === undefined || value === null ? undefined : String(value);
}
function readCsvIdentity(content, path = 'the CSV') {
    const doc = parse(content, path);
    return {
        name: text(doc.getIn(['metadata', 'name'])),
        version: text(doc.getIn(['spec', 'version'])),
        replaces: text(doc.getIn(['spec', 'replaces']))
    };
}
/** The CSV name OLM expects for a version: bpfman-operator.v0.6.0. */
function csvName(packageName, version) {
    return `${packageName}.v${version}`;
}
/**
 * The mismatches between a CSV and the release, each showing what the CSV
 * holds and what the release needs; empty when it is right.
 */
function csvMismatches(identity, packageName, version) {
    const problems = [];
    const name = csvName(packageName, version);
    if (identity.name !== name)
        problems.push(`metadata.name is "${identity.name ?? '(missing)'}", expected "${name}"`);
    if (identity.version !== version) {
        problems.push(`spec.version is "${identity.version ?? '(missing)'}", expected "${version}"`);
    }
    return problems;
}
/** Removes the `replaces:` line of `spec` (its whole line); the text elsewhere is kept byte for byte. */
function removeReplaces(content, path = 'the CSV') {
    const doc = parse(content, path);
    const spec = doc.get('spec', true);
    if (!(0,_release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec))
        return { content, removed: undefined };
    const pair = spec.items.find((item) => (0,_release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && item.key.value === 'replaces');
    if (!pair || !(0,_release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !pair.key.range)
        return { content, removed: undefined };
    const keyStart = pair.key.range[0];
    const valueEnd = (0,_release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range[1];
    const lineStart = content.lastIndexOf('\n', keyStart - 1) + 1;
    const newline = content.indexOf('\n', valueEnd);
    const lineEnd = newline < 0 ? content.length : newline + 1;
    return {
        content: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .spliceAll */ .C4)(content, [{ start: lineStart, end: lineEnd, text: '' }]),
        removed: text((0,_release_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.value : undefined)
    };
}
const CREATED_AT = /^([ \t]+createdAt:[ \t]*).*$/gm;
/**
 * Whether two bundle files are the same apart from the CSV's `createdAt`,
 * which every `make bundle` run rewrites (the operator's own CI compares
 * bundles the same way).
 */
function sameIgnoringCreatedAt(a, b) {
    return a.replace(CREATED_AT, '$1') === b.replace(CREATED_AT, '$1');
}


/***/ })

};
