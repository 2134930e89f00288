export const id = 328;
export const ids = [328];
export const modules = {

/***/ 1328:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2929);
/* harmony import */ var _src_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5546);
/* harmony import */ var _src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(444);
/* harmony import */ var _src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9104);
/* harmony import */ var _src_post_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7392);
/* harmony import */ var _src_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8855);
/* harmony import */ var _src_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);








await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(async () => {
    const repository = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryInput */ .JD)();
    const token = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)();
    for (const secret of ['registry-password', 'operator-token']) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(secret);
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    const settings = (0,_src_post_options_js__WEBPACK_IMPORTED_MODULE_5__/* .postSettings */ .gu)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name));
    const dryRun = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('dry-run');
    const version = (0,_src_version_js__WEBPACK_IMPORTED_MODULE_7__/* .parseVersion */ .ot)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('version', { required: true }));
    const manifestPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifest-path') || (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultManifestPath */ .wN)(repository, version.tag);
    const existing = (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestFor */ .Pm)(manifestPath, version);
    const post = await (0,_src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__/* .planPostRelease */ .rF)({
        repoDir: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .workingDirectoryInput */ .RW)(),
        repository,
        version: version.version,
        base: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('base') || existing?.base || 'main',
        remote: 'origin',
        github: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClientFor */ .qI)(repository, token),
        identity: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .committerInput */ .TV)(),
        configFile: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('config-file') || undefined,
        serverUrl: process.env.GITHUB_SERVER_URL,
        ...(0,_src_post_options_js__WEBPACK_IMPORTED_MODULE_5__/* .postServices */ .dL)(settings, 'operator-repository'),
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)
    });
    const { applied, error } = await (0,_src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__/* .runPostRelease */ .rJ)(post, {
        dryRun,
        print: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text)
    });
    if (!dryRun)
        (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__/* .postReleaseManifest */ .R4)(post, repository, existing));
    (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)((0,_src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__/* .postReleaseOutputs */ .MQ)(post, dryRun ? '' : manifestPath));
    (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJobSummary */ .j7)((0,_src_phases_post_release_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPostReleaseSummary */ .i6)(post, { applied, dryRun }));
    if (error)
        throw error;
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rF: () => (/* binding */ planPostRelease),
  R4: () => (/* binding */ postReleaseManifest),
  MQ: () => (/* binding */ postReleaseOutputs),
  i6: () => (/* binding */ renderPostReleaseSummary),
  rJ: () => (/* binding */ runPostRelease)
});

// UNUSED EXPORTS: postReleaseLinks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/manifest.ts
var manifest = __webpack_require__(5546);
// EXTERNAL MODULE: ./src/repo.ts
var repo = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/post/assets.ts
var assets = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/post/checks.ts
var post_checks = __webpack_require__(2913);
// EXTERNAL MODULE: ./src/post/crates.ts
var crates = __webpack_require__(2716);
// EXTERNAL MODULE: ./src/post/handover.ts
var handover = __webpack_require__(5095);
// EXTERNAL MODULE: ./src/post/images.ts
var post_images = __webpack_require__(1110);
// EXTERNAL MODULE: ./src/updaters/dispatcher-images.ts
var dispatcher_images = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/post/revert.ts



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
    const none = (note) => ({
        branch,
        files: [],
        operations: [],
        notes: [note]
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
        const merged = await github.findPull(branch, request.base, 'all');
        const where = merged
            ? `; pull request #${merged.number} ${merged.state === 'open' ? 'is open' : merged.merged ? 'merged' : 'was closed'}`
            : '';
        if (merged)
            request.outputs.pr = { number: merged.number, url: merged.url };
        return none({
            kind: 'info',
            path: source,
            message: `${request.base} has the dispatcher images on :latest again${where}`
        });
    }
    const closed = await github.findPull(branch, request.base, 'all');
    if (closed && closed.state !== 'open' && !closed.merged) {
        request.outputs.pr = { number: closed.number, url: closed.url };
        return none({
            kind: 'warning',
            path: source,
            message: `pull request #${closed.number} (${branch}) that puts :latest back was closed without merging; not opening another. Reopen it, or put :latest back by hand`
        });
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
    const commitMessage = [
        subject,
        '',
        `The ${version.tag} release pinned ${restored.changed.join(' and ')} to :${version.tag} in ${source};`,
        'the release is out, so main goes back to :latest, as the release process asks.',
        '',
        `Signed-off-by: ${request.identity.name} <${request.identity.email}>`,
        ''
    ].join('\n');
    const body = [
        `The ${version.tag} release pinned the dispatcher images to \`:${version.tag}\`. Now that it is published (and the images carry the ${version.tag} tag), this puts \`:latest\` back in \`${source}\`:`,
        '',
        ...restored.changed.map((image) => `- \`${image}\``),
        '',
        'Made by release-actions post-release.'
    ].join('\n');
    const operations = (0,repo/* publishBranchOperations */.ev)({
        git,
        github,
        remote: request.remote,
        baseBranch: request.base,
        baseCommit: request.baseCommit,
        branch,
        files,
        commitMessage,
        identity: request.identity,
        pull: { title: subject, body, labels: [] },
        outputs: request.outputs
    });
    return { branch, files, operations, notes: [] };
}

;// CONCATENATED MODULE: ./src/post/summary.ts
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

// EXTERNAL MODULE: ./src/phases/tag-release.ts
var tag_release = __webpack_require__(9104);
// EXTERNAL MODULE: ./src/phases/verify-release.ts
var verify_release = __webpack_require__(5203);
;// CONCATENATED MODULE: ./src/phases/post-release.ts


















/** Fetches the base branch and the tags; the checkout may be anywhere (the tag, main). */
async function fetchRefs(inputs, version) {
    if (!(0,external_node_fs_.existsSync)(inputs.repoDir))
        throw new errors/* InputError */.dz('repo', `${inputs.repoDir} does not exist`);
    const git = new src_git/* Git */.T(inputs.repoDir);
    if (!(await git.tryExec(['rev-parse', '--git-dir'])).ok)
        throw new errors/* InputError */.dz('repo', `${inputs.repoDir} is not a git repository`);
    if (!(await git.hasRemote(inputs.remote)))
        throw new errors/* InputError */.dz('repo', `${inputs.repoDir} has no remote "${inputs.remote}"`);
    if (!(await git.lsRemoteBranch(inputs.remote, inputs.base))) {
        throw new errors/* InputError */.dz('base', `branch "${inputs.base}" not found on ${inputs.remote}; give the branch the release was made from`);
    }
    await git.fetch(inputs.remote, [
        `+refs/heads/${inputs.base}:refs/remotes/${inputs.remote}/${inputs.base}`
    ]);
    await git.fetchTags(inputs.remote);
    const tagCommit = await git.revParse(`refs/tags/${version.tag}`);
    if (!tagCommit) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} is not in ${inputs.remote}; tag-release makes it (and the draft release): run it first`);
    }
    return {
        git,
        tagCommit,
        baseCommit: (await git.revParse(`refs/remotes/${inputs.remote}/${inputs.base}`))
    };
}
async function decisionsFor(github, state, tag, built) {
    const release = { tag, draft: state.release.draft, immutable: state.immutable };
    const decisions = [];
    for (const asset of built) {
        const remote = state.assets.find((a) => a.name === asset.name);
        let digest = remote?.digest ?? null;
        if (remote && !digest && remote.state === 'uploaded' && remote.size === asset.data.length) {
            digest = (0,assets/* sha256Of */.Bj)(await github.downloadReleaseAsset(remote.id));
        }
        decisions.push((0,assets/* decideAsset */.Fn)(asset, remote, release, digest));
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
async function planPostRelease(inputs) {
    const version = (0,src_version/* parseVersion */.ot)(inputs.version);
    const { git, tagCommit, baseCommit } = await fetchRefs(inputs, version);
    const releases = await inputs.github.listReleases();
    const release = releases.find((r) => r.tagName === version.tag);
    if (!release) {
        throw new errors/* ReleaseError */.K2(`${inputs.github.name} has no release for ${version.tag}; tag-release creates its draft: run it, then rerun post-release`);
    }
    const { config, yamls } = await (0,verify_release/* withCommitTree */.eE)(git, tagCommit, async (treeDir) => {
        const config = (0,src_config/* loadBpfmanConfig */.xt)(treeDir, inputs.configFile);
        const yamls = await (0,assets/* buildReleaseYamls */.gX)({
            treeDir,
            version,
            command: inputs.yamls.command,
            directory: inputs.yamls.directory,
            exampleConfigs: config.exampleConfigs,
            always: inputs.yamls.always
        });
        return { config, yamls };
    });
    const state = await inputs.github.getReleaseAssets(release.id);
    const decisions = await decisionsFor(inputs.github, state, version.tag, yamls.assets);
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
    const outputs = { assets: [], images: [] };
    const operations = yamls.assets.map((asset, index) => (0,assets/* assetOperation */.am)(inputs.github, release.id, version.tag, asset, decisions[index], yamls.extra.includes(asset.name), outputs.assets));
    const published = releases.filter((r) => !r.draft).map((r) => r.tagName);
    operations.push(publishOperation(inputs.github, release, version, (0,tag_release/* makeLatestFor */.zy)(version, [...(await git.tags()), ...published]), yamls, outputs));
    const dispatcherImages = inputs.dispatcherImages ?? config.dispatcherImages;
    for (const image of dispatcherImages) {
        operations.push((0,post_images/* dispatcherTagOperation */.TH)(inputs.registry, image, version.tag, inputs.force, outputs.images));
    }
    if (dispatcherImages.length === 0)
        notes.push({
            kind: 'skipped',
            message: 'no dispatcher images to tag (input dispatcher-images)'
        });
    const revert = await planDispatcherRevert({
        git,
        github: inputs.github,
        remote: inputs.remote,
        base: inputs.base,
        baseCommit,
        tagCommit,
        version,
        source: config.dispatcherSource,
        images: config.dispatcherImages,
        identity: inputs.identity ?? repo/* ACTIONS_BOT */.aX,
        outputs
    });
    operations.push(...revert.operations);
    notes.push(...revert.notes);
    const failOn = inputs.checks.failOn;
    operations.push(checksOperation(inputs, version, release.id, yamls, outputs));
    const serverUrl = inputs.serverUrl ?? 'https://github.com';
    const { operator } = inputs;
    const handOver = (0,handover/* handOverFor */.jd)(serverUrl, operator.repository, operator.workflow, operator.ref, version, operator.github ? 'pending' : 'manual');
    if (operator.github)
        operations.push((0,handover/* handOverOperation */.zM)(operator.github, handOver, version));
    else
        notes.push({
            kind: 'skipped',
            message: `no operator-token: dispatch ${operator.workflow} in ${operator.repository} by hand (see the summary)`
        });
    const plan = {
        phase: 'post-release',
        repository: inputs.repository,
        version: version.version,
        files: revert.files,
        operations,
        notes
    };
    return {
        plan,
        version,
        base: inputs.base,
        tagCommit,
        baseCommit,
        yamls,
        failOn,
        release,
        handOver,
        revertBranch: revert.branch,
        outputs
    };
}
function publishOperation(github, release, version, makeLatest, yamls, outputs) {
    return {
        kind: 'github',
        title: release.draft
            ? `publish the draft release ${version.tag} (make_latest ${makeLatest})`
            : `the release ${version.tag} is published already; leave it`,
        apply: async () => {
            const state = await github.getReleaseAssets(release.id);
            if (!state.release.draft) {
                outputs.release = state.release;
                return { status: 'unchanged', detail: state.release.url };
            }
            const missing = yamls.assets.filter((asset) => !state.assets.some((a) => a.name === asset.name));
            if (missing.length > 0) {
                throw new errors/* ReleaseError */.K2(`the draft lacks ${missing.map((a) => a.name).join(', ')}; not publishing it`);
            }
            outputs.release = await github.updateRelease(release.id, { draft: false, makeLatest });
            return { status: 'done', detail: outputs.release.url };
        }
    };
}
function checksOperation(inputs, version, releaseId, yamls, outputs) {
    const { checks } = inputs;
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
            const results = await (0,post_checks/* runPublicationChecks */.xM)({
                version,
                github: inputs.github,
                releaseId,
                assets: yamls.assets,
                registry: inputs.registry,
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
                log: inputs.log
            });
            outputs.checks = results;
            const count = (status) => results.filter((r) => r.status === status).length;
            const blocking = (0,post_checks/* blockingFailures */.P5)(results, checks.failOn);
            if (blocking.length > 0) {
                throw new errors/* ReleaseError */.K2(`${blocking.length} publication check(s) failed: ${blocking.map((r) => `${r.name} (${r.detail})`).join('; ')}. When they are published, rerun (or raise wait-seconds); fail-on chooses which failures fail the job`);
            }
            return {
                status: 'done',
                detail: `${count('passed')} passed, ${count('failed')} failed (reported only), ${count('not checked')} not checked`
            };
        }
    };
}
/**
 * Applies the plan and keeps what was applied when a step fails, so the
 * summary can still show the steps done and the checklist.
 */
async function runPostRelease(post, options) {
    const applied = [];
    const recording = {
        ...post.plan,
        operations: post.plan.operations.map((op) => ({
            ...op,
            apply: async () => {
                const outcome = await op.apply();
                applied.push({ title: op.title, outcome });
                return outcome;
            }
        }))
    };
    try {
        await (0,runner/* runPlan */.F)(recording, options);
    }
    catch (error) {
        return { applied, error };
    }
    return { applied };
}
function postReleaseLinks(post) {
    const release = post.outputs.release ?? post.release;
    const links = [
        { label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url }
    ];
    if (post.outputs.pr)
        links.push({ label: 'Pull request putting :latest back', url: post.outputs.pr.url });
    if (post.handOver.run?.url)
        links.push({ label: `Operator ${post.handOver.workflow} run`, url: post.handOver.run.url });
    return links;
}
/** The job summary: the plan and steps, then the publication checklist and the hand-over. */
function renderPostReleaseSummary(post, options) {
    return [
        (0,summary/* renderSummary */.Br)(post.plan, { ...options, links: postReleaseLinks(post) }),
        renderChecklist(post.outputs.checks, post.failOn),
        renderHandOver(post.handOver)
    ]
        .filter(Boolean)
        .join('\n');
}
/** The action outputs, JSON where a list. */
function postReleaseOutputs(post, manifestPath) {
    const release = post.outputs.release ?? post.release;
    return {
        'release-url': release.url,
        assets: JSON.stringify(post.outputs.assets),
        'images-tagged': JSON.stringify(post.outputs.images),
        'revert-pr-url': post.outputs.pr?.url ?? '',
        checks: JSON.stringify(post.outputs.checks ?? []),
        'manifest-path': manifestPath
    };
}
/** The manifest with post_release filled in: the one tag-release wrote, or a fresh one. */
function postReleaseManifest(post, repository, existing) {
    const { version, outputs } = post;
    const base = existing ?? {
        schema: manifest/* MANIFEST_SCHEMA */.KB,
        repository,
        version: version.version,
        tag: version.tag,
        previousTag: null,
        prerelease: (0,src_version/* isPrerelease */.V1)(version),
        base: post.base
    };
    const release = outputs.release ?? post.release;
    return {
        ...base,
        post_release: {
            commit: post.tagCommit,
            release: { id: release.id, url: release.url, draft: release.draft },
            assets: outputs.assets,
            extraAssets: post.yamls.extra,
            images: outputs.images,
            revertPr: outputs.pr ?? null,
            checks: outputs.checks ?? null,
            handOver: {
                repository: post.handOver.repository,
                workflow: post.handOver.workflow,
                status: post.handOver.status,
                runId: post.handOver.run?.id ?? null
            }
        }
    };
}


/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   Fn: () => (/* binding */ decideAsset),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Rw: () => (/* binding */ DEFAULT_YAMLS_DIRECTORY),
/* harmony export */   am: () => (/* binding */ assetOperation),
/* harmony export */   gX: () => (/* binding */ buildReleaseYamls),
/* harmony export */   tN: () => (/* binding */ DEFAULT_YAMLS_COMMAND),
/* harmony export */   wC: () => (/* binding */ BPFMAN_INSTALL_YAMLS)
/* harmony export */ });
/* unused harmony exports YAML_CONTENT_TYPE, expectedReleaseYamls, currentDecision */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3190);





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
/** `make build-release-yamls` as an argument array: split on whitespace, no shell. */
function parseCommand(text, input = 'yamls-command') {
    const args = text.trim().split(/\s+/).filter(Boolean);
    if (args.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, 'is empty; give a command such as "make build-release-yamls"');
    return args;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('yamls-directory', `${directory}/ does not exist at ${version.tag}; give the folder where "${request.command.join(' ')}" runs`);
    }
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(request.command[0], request.command.slice(1), { cwd });
    const outputDir = `${directory}/release-${version.tag}`;
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(treeDir, outputDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(outputPath)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`"${request.command.join(' ')}" in ${directory}/ at ${version.tag} wrote no ${outputDir}/; check the command (input yamls-command)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`"${request.command.join(' ')}" at ${version.tag} did not write ${missing.join(', ')} (expected from ${request.exampleConfigs}/${version.tag}/ and ${version.tag}-selinux/ and the bpfman install files); nothing was uploaded. Fix the release YAML target, or list the files that are expected in input expected-assets`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`${built.name} ${what} on the published release ${release.tag}, which is immutable: its assets cannot change. Check that the YAMLs build the same at ${release.tag} (no dates or downloads in the output); to ship other files, release a new version`);
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
    return sha256Of(await github.downloadReleaseAsset(remote.id));
}
/** The decision for a file against the release as it is now (fetched again at apply time). */
async function currentDecision(github, releaseId, tag, built) {
    const state = await github.getReleaseAssets(releaseId);
    const remote = state.assets.find((asset) => asset.name === built.name);
    const release = { tag, draft: state.release.draft, immutable: state.immutable };
    const decision = decideAsset(built, remote, release, await remoteDigestOf(github, built, remote));
    return { decision, remote, uploadUrl: state.uploadUrl };
}
/** One operation per built file: upload it, replace a differing one, or leave an equal one. */
function assetOperation(github, releaseId, tag, built, planned, extra, outcomes) {
    const verb = { upload: 'upload', replace: 'replace', unchanged: 'keep' }[planned.action];
    return {
        kind: 'github',
        title: `${verb} ${built.name} on the release ${tag} (${planned.reason})${extra ? ' [not in the expected list]' : ''}`,
        apply: async () => {
            const { decision, remote, uploadUrl } = await currentDecision(github, releaseId, tag, built);
            const record = (status) => {
                outcomes.push({ name: built.name, status, extra, digest: built.digest });
            };
            if (decision.action === 'unchanged') {
                record('unchanged');
                return { status: 'unchanged', detail: 'same content' };
            }
            if (remote)
                await github.deleteReleaseAsset(remote.id);
            await github.uploadReleaseAsset(uploadUrl, built.name, built.data, YAML_CONTENT_TYPE);
            record(remote ? 'replaced' : 'uploaded');
            return { status: 'done', detail: remote ? `replaced (${decision.reason})` : 'uploaded' };
        }
    };
}


/***/ }),

/***/ 2913:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _copr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2704);



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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('fail-on', 'the COPR check is report only; use release, images, crates or none');
        if (!FAILABLE_GROUPS.includes(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('fail-on', `"${entry}" is not one of ${FAILABLE_GROUPS.join(', ')}, or none`);
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
        return { ok: false, detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), final: true };
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
            const { release, assets } = await request.github.getReleaseAssets(request.releaseId);
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
            const build = await (0,_copr_js__WEBPACK_IMPORTED_MODULE_2__/* .latestCoprBuild */ .uj)(copr.baseUrl, copr.project, copr.packageName);
            if (!build)
                return { ok: false, detail: 'no build yet' };
            const of = build.version ?? 'an unknown version';
            if (!build.version || !(0,_copr_js__WEBPACK_IMPORTED_MODULE_2__/* .isRpmOf */ .HM)(build.version, version)) {
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

/***/ 2704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ isRpmOf),
/* harmony export */   JN: () => (/* binding */ COPR_URL),
/* harmony export */   Sf: () => (/* binding */ COPR_PACKAGE),
/* harmony export */   nt: () => (/* binding */ parseCoprProject),
/* harmony export */   uj: () => (/* binding */ latestCoprBuild)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1521);


const COPR_URL = 'https://copr.fedorainfracloud.org';
const COPR_PACKAGE = 'bpfman';
/** `@ebpf-sig/bpfman` (a group project) or `user/project`. */
function parseCoprProject(text) {
    const match = /^(@?[A-Za-z0-9_.-]+)\/([A-Za-z0-9_.+-]+)$/.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('copr-project', `"${text}" is not owner/project (e.g. @ebpf-sig/bpfman)`);
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
    const { response } = await (0,_registry_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(fetchFn, url, { headers: { accept: 'application/json' } }, { ..._registry_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY */ .vI, attempts: 2 }, 30_000, what);
    const body = (await response.json().catch(() => undefined));
    if (response.status === 404)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: ${body?.error ?? 'not found'}`);
    if (response.status !== 200 || !body?.builds) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: HTTP ${response.status}${body?.error ? ` (${body.error})` : ''}; check inputs copr-url and copr-project`);
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

/***/ 2716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ CRATES_API_URL),
/* harmony export */   K7: () => (/* binding */ CratesClient),
/* harmony export */   KV: () => (/* binding */ BPFMAN_CRATES)
/* harmony export */ });
/* unused harmony export USER_AGENT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1521);


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
        const { response } = await (0,_registry_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(this.options.fetch ?? fetch, url, {
            headers: { accept: 'application/json', 'user-agent': this.options.userAgent ?? USER_AGENT }
        }, { ..._registry_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY */ .vI, attempts: 3 }, this.options.timeoutMs ?? 30_000, what);
        if (response.status === 404) {
            const body = (await response.json().catch(() => ({})));
            return { state: 'missing', detail: body.errors?.[0]?.detail ?? 'not found' };
        }
        if (response.status !== 200) {
            const text = (await response.text().catch(() => '')).trim().split('\n')[0] ?? '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: HTTP ${response.status}${text ? ` (${text.slice(0, 200)})` : ''}; check input crates-api-url`);
        }
        const body = (await response.json().catch(() => undefined));
        if (body?.version?.num !== version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${what}: the answer is not a crates.io version record; check input crates-api-url`);
        }
        return { state: 'published', yanked: body.version.yanked === true };
    }
}


/***/ }),

/***/ 5095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jd: () => (/* binding */ handOverFor),
/* harmony export */   lp: () => (/* binding */ OPERATOR_WORKFLOW),
/* harmony export */   wQ: () => (/* binding */ OPERATOR_REPOSITORY),
/* harmony export */   zM: () => (/* binding */ handOverOperation)
/* harmony export */ });
/* unused harmony export isRunForVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9248);


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
/** A run of the operator's workflow for this version: by its inputs (where shown) or its run-name. */
function isRunForVersion(run, version) {
    const input = run.inputs?.version;
    if (input === version.version || input === version.tag)
        return true;
    const word = (text) => new RegExp(`(^|[^\\w.-])${text.replace(/[.]/g, '\\.')}($|[^\\w.-])`);
    return word(version.version).test(run.displayTitle) || word(version.tag).test(run.displayTitle);
}
/**
 * Dispatches the operator's "Prepare Release" with the same version, unless a
 * run for that version is queued, running or succeeded.
 */
function handOverOperation(operator, handOver, version) {
    return {
        kind: 'github',
        title: `dispatch ${handOver.workflow} in ${handOver.repository} on ${handOver.ref} with version=${version.version}, unless a run for ${version.version} exists`,
        apply: async () => {
            let dispatched;
            try {
                dispatched = await operator.dispatchOnce(handOver.workflow, handOver.ref, handOver.inputs, (run) => isRunForVersion(run, version));
            }
            catch (error) {
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .isStatus */ .zM)(error, 404) || (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .isStatus */ .zM)(error, 422) || (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .isStatus */ .zM)(error, 403)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`${handOver.repository} refused to dispatch ${handOver.workflow} on ${handOver.ref}: ${error.message}. Check input operator-workflow (the file must exist on ${handOver.ref} with on.workflow_dispatch.inputs.version) and that operator-token may run workflows there (actions: write)`);
                }
                throw error;
            }
            handOver.run = { id: dispatched.runId, url: dispatched.url };
            if (!dispatched.started && dispatched.run) {
                handOver.status = 'exists';
                return { status: 'unchanged', detail: (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRun */ .vZ)(dispatched.run) };
            }
            handOver.status = 'dispatched';
            return {
                status: 'done',
                detail: dispatched.runId
                    ? `run ${dispatched.runId} ${dispatched.url ?? ''}`.trim()
                    : 'dispatched'
            };
        }
    };
}


/***/ }),

/***/ 1110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ parseImageList),
/* harmony export */   Id: () => (/* binding */ PUBLISHED_IMAGES),
/* harmony export */   TH: () => (/* binding */ dispatcherTagOperation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);


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
    const images = text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    for (const image of images) {
        const parsed = (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(image);
        if (parsed.tag || parsed.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${image}" carries a tag or digest; list image names only (e.g. quay.io/bpfman/xdp-dispatcher)`);
        }
    }
    return images;
}
/**
 * Adds `tag` to the manifest that `latest` points at, by the OCI distribution
 * API: nothing to do when the tag is there with that digest; another digest is
 * an error unless `force` moves it.
 */
function dispatcherTagOperation(registry, image, tag, force, outcomes) {
    return {
        kind: 'registry',
        title: `tag ${image}:latest as ${tag}${force ? ' (force: move the tag if it points at another image)' : ''}`,
        apply: async () => {
            const result = await registry.addTag(image, 'latest', tag, { force });
            outcomes.push({ image, tag, ...result });
            if (result.status === 'unchanged')
                return { status: 'unchanged', detail: `${image}:${tag} is ${result.digest}` };
            const moved = result.status === 'moved' ? ` (moved from ${result.previousDigest})` : '';
            return { status: 'done', detail: `${image}:${tag} -> ${result.digest}${moved}` };
        }
    };
}


/***/ }),

/***/ 7392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ postServices),
/* harmony export */   gu: () => (/* binding */ postSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_WAIT_SECONDS, parseWaitSeconds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9248);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3637);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2913);
/* harmony import */ var _copr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2704);
/* harmony import */ var _crates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2716);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5095);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1110);









const DEFAULT_WAIT_SECONDS = 300;
function list(text) {
    return text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
}
function parseBoolean(text, input) {
    if (text === '' || text === 'false')
        return false;
    if (text === 'true')
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not true or false`);
}
function parseUrl(text, input) {
    try {
        const url = new URL(text);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return text.replace(/\/+$/, '');
    }
    catch {
        // answered below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not an http(s) URL`);
}
function parseWaitSeconds(text) {
    if (text === '')
        return DEFAULT_WAIT_SECONDS;
    if (!/^\d+$/.test(text) || Number(text) > 6 * 3600) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('wait-seconds', `"${text}" is not a number of seconds from 0 to 21600`);
    }
    return Number(text);
}
function postSettings(get) {
    const or = (name, fallback) => get(name).trim() || fallback;
    const username = get('registry-username').trim();
    const password = get('registry-password');
    if (Boolean(username) !== Boolean(password)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(username ? 'registry-password' : 'registry-username', 'give both registry-username and registry-password (a robot account), or neither');
    }
    const coprProject = get('copr-project').trim();
    const images = or('images', _images_js__WEBPACK_IMPORTED_MODULE_8__/* .PUBLISHED_IMAGES */ .Id.join(','));
    const crates = or('crates', _crates_js__WEBPACK_IMPORTED_MODULE_6__/* .BPFMAN_CRATES */ .KV.join(','));
    const dispatcherImages = get('dispatcher-images').trim();
    const token = get('operator-token');
    return {
        yamls: {
            command: (0,_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommand */ .RM)(or('yamls-command', _assets_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_YAMLS_COMMAND */ .tN)),
            directory: or('yamls-directory', _assets_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_YAMLS_DIRECTORY */ .Rw).replace(/\/+$/, ''),
            always: get('expected-assets').trim() === 'none'
                ? []
                : list(or('expected-assets', _assets_js__WEBPACK_IMPORTED_MODULE_3__/* .BPFMAN_INSTALL_YAMLS */ .wC.join(',')))
        },
        dispatcherImages: dispatcherImages === ''
            ? undefined
            : dispatcherImages === 'none'
                ? []
                : (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageList */ .B2)(dispatcherImages, 'dispatcher-images'),
        force: parseBoolean(get('force').trim(), 'force'),
        registry: {
            url: get('registry-url').trim()
                ? parseUrl(get('registry-url').trim(), 'registry-url')
                : undefined,
            credentials: username ? { username, password } : undefined
        },
        checks: {
            images: images === 'none' ? [] : (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageList */ .B2)(images, 'images'),
            crates: crates === 'none' ? [] : list(crates),
            cratesApiUrl: get('crates-api-url').trim() === 'none'
                ? undefined
                : parseUrl(or('crates-api-url', _crates_js__WEBPACK_IMPORTED_MODULE_6__/* .CRATES_API_URL */ .K4), 'crates-api-url'),
            copr: coprProject
                ? {
                    url: parseUrl(or('copr-url', _copr_js__WEBPACK_IMPORTED_MODULE_5__/* .COPR_URL */ .JN), 'copr-url'),
                    project: (0,_copr_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCoprProject */ .nt)(coprProject),
                    packageName: or('copr-package', _copr_js__WEBPACK_IMPORTED_MODULE_5__/* .COPR_PACKAGE */ .Sf)
                }
                : undefined,
            failOn: (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFailOn */ .XV)(or('fail-on', _checks_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_FAIL_ON */ .VQ)),
            waitSeconds: parseWaitSeconds(get('wait-seconds').trim())
        },
        operator: {
            repository: or('operator-repository', _handover_js__WEBPACK_IMPORTED_MODULE_7__/* .OPERATOR_REPOSITORY */ .wQ),
            workflow: or('operator-workflow', _handover_js__WEBPACK_IMPORTED_MODULE_7__/* .OPERATOR_WORKFLOW */ .lp),
            ref: or('operator-ref', 'main'),
            token: token || undefined
        }
    };
}
/**
 * The services and choices of post-release that its settings make: the
 * registry client, and the operator's client when a token was given.
 * `operatorInput` names the setting in errors (operator-repository, or the flag).
 */
function postServices(settings, operatorInput) {
    const { token, ...operator } = settings.operator;
    return {
        yamls: settings.yamls,
        registry: new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({
            registryUrl: settings.registry.url,
            credentials: settings.registry.credentials
        }),
        dispatcherImages: settings.dispatcherImages,
        force: settings.force,
        checks: settings.checks,
        operator: {
            ...operator,
            github: token
                ? new _github_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubClient */ .jh((0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .createOctokit */ .Qi)(token), (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(operator.repository, operatorInput))
                : undefined
        }
    };
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  o_: () => (/* reexport */ parseImageReference)
});

// UNUSED EXPORTS: MEDIA_TYPES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/registry/retry.ts
var retry = __webpack_require__(1521);
;// CONCATENATED MODULE: ./src/registry/auth.ts


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
        const { response } = await (0,retry/* fetchWithRetry */.J5)(this.options.fetch, url.toString(), { method: 'GET', headers }, this.options.retry, this.options.timeoutMs, what);
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

;// CONCATENATED MODULE: ./src/registry/challenge.ts
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

;// CONCATENATED MODULE: ./src/registry/reference.ts

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

;// CONCATENATED MODULE: ./src/registry.ts







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
        this.retry = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry };
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
            await (0,retry/* discard */.vf)(response);
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
        await (0,retry/* discard */.vf)(response);
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
        await (0,retry/* discard */.vf)(response);
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
            return (await (0,retry/* fetchWithRetry */.J5)(this.fetchFn, url, init, this.retry, this.timeoutMs, what))
                .response;
        };
        const response = await send(this.auth.cached(origin, scope));
        if (response.status !== 401)
            return response;
        await (0,retry/* discard */.vf)(response);
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

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony export isRetriableStatus */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
function isRetriableStatus(status) {
    return status === 429 || status >= 500;
}
/**
 * fetch with bounded retries on 429, 5xx and network errors (including the
 * per-try timeout), backing off exponentially and honouring Retry-After up to
 * maxDelayMs. Returns the last response even when it is still a 429/5xx, so the
 * caller can say what the registry answered; throws only when no try got an answer.
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${what}: could not reach ${new URL(url).origin} after ${attempt} ${attempt === 1 ? 'try' : 'tries'} (${networkErrorText(lastError)}); check the registry URL and the network`);
        }
        const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
        if (response)
            await discard(response);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(backoffMs(policy, attempt, retryAfter));
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


/***/ })

};
