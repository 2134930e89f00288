export const id = 464;
export const ids = [464];
export const modules = {

/***/ 9464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/phases/post-release/handover.ts
var handover = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/crates.ts
var crates = __webpack_require__(444);
// EXTERNAL MODULE: ./src/release/identity.ts
var identity = __webpack_require__(3287);
// EXTERNAL MODULE: ./src/release/plan.ts + 1 modules
var plan = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/github-release.ts
var github_release = __webpack_require__(72);
// EXTERNAL MODULE: ./src/phases/post-release/assets.ts
var post_release_assets = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/phases/post-release/checks.ts
var post_release_checks = __webpack_require__(2478);
// EXTERNAL MODULE: ./src/phases/post-release/images.ts
var post_release_images = __webpack_require__(5969);
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
        pull: { title: subject, body, labels: [] },
        guard: (0,release_branch/* branchGuard */.EA)({
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
        throw new errors/* InputError */.dz('version', `tag ${version.tag} is not in ${settings.remote}; tag-release makes it (and the draft release): run it first`);
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
        throw new errors/* ReleaseError */.K2(`${github.name} has no release for ${version.tag}; tag-release creates its draft: run it, then rerun post-release`);
    }
    const { config, yamls } = await git.withWorktree(tagCommit, async (treeDir) => {
        const config = (0,release_config/* loadBpfmanConfig */.xt)(treeDir, settings.configFile);
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
    const publish = (0,github_release/* publishReleaseOperation */.Sb)({
        github,
        version,
        release,
        makeLatest: (0,github_release/* makeLatestAmong */.iC)(version, await git.tags(), releases),
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
            identity: settings.identity ?? identity/* ACTIONS_BOT */.aX
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
