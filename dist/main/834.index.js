export const id = 834;
export const ids = [834];
export const modules = {

/***/ 9834:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2929);
/* harmony import */ var _src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _src_github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9248);
/* harmony import */ var _src_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5546);
/* harmony import */ var _src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5175);
/* harmony import */ var _src_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4813);
/* harmony import */ var _src_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8855);
/* harmony import */ var _src_version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);









await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(async () => {
    const stage = (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOperatorStage */ .ss)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stage', { required: true }));
    const repository = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryInput */ .JD)();
    const token = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)();
    const dryRun = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('dry-run');
    const offline = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('offline');
    const github = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClientFor */ .qI)(repository, token);
    const version = (0,_src_version_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersion */ .ot)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('version', { required: true }));
    const base = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('base') || 'main';
    const repoDir = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .workingDirectoryInput */ .RW)();
    const configFile = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('config-file') || undefined;
    const manifestPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifest-path') || (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultManifestPath */ .wN)(repository, version.tag);
    const print = (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
    if (stage === 'prepare') {
        const prepared = await (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .planOperatorPrepare */ .ly)({
            repoDir,
            version: version.version,
            base,
            repository,
            offline,
            remote: 'origin',
            github,
            bpfman: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClientFor */ .qI)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('bpfman-repository') || 'bpfman/bpfman', token),
            bundleCommand: (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBundleCommand */ .rL)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('bundle-command') || 'make bundle'),
            skipGo: false,
            identity: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .committerInput */ .TV)(),
            configFile
        });
        const applied = await (0,_src_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .F)(prepared.plan, { dryRun, print });
        if (!dryRun)
            (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .preparedManifest */ .z9)(prepared, repository));
        (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({
            stage,
            version: version.version,
            tag: version.tag,
            'previous-tag': prepared.previous?.tag,
            branch: prepared.branch,
            'pr-number': prepared.outputs.pr?.number,
            'pr-url': prepared.outputs.pr?.url,
            'changelog-path': prepared.changelogPath,
            'manifest-path': dryRun ? '' : manifestPath
        });
        const links = prepared.outputs.pr
            ? [{ label: 'Pull request', url: prepared.outputs.pr.url }]
            : [];
        (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j7)((0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummary */ .Br)(prepared.plan, { applied, links, dryRun }));
        return;
    }
    if (stage === 'catalogs') {
        const catalogToken = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('catalog-token');
        if (!catalogToken) {
            throw new _src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('catalog-token', "is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)");
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(catalogToken);
        const name = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('committer-name');
        const email = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('committer-email');
        const result = await (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .planOperatorCatalogs */ .Eg)({
            repoDir,
            version: version.version,
            repository,
            remote: 'origin',
            push: true,
            offline,
            github,
            catalogOctokit: (0,_src_github_js__WEBPACK_IMPORTED_MODULE_3__/* .createOctokit */ .Qi)(catalogToken),
            catalogToken,
            gitServerUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            openshiftVersions: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('openshift-versions') || undefined,
            identity: name && email ? { name, email } : undefined,
            configFile
        });
        const applied = await (0,_src_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .F)(result.plan, { dryRun, print });
        if (!dryRun)
            (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .withCatalogs */ .nB)((0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestToExtend */ .tG)(manifestPath, repository, version, base), result));
        const pulls = result.catalogs.map((catalog) => ({
            repository: catalog.repository,
            status: catalog.status,
            number: catalog.outputs.pr?.number ?? null,
            url: catalog.outputs.pr?.url ?? null
        }));
        (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({
            stage,
            version: version.version,
            tag: version.tag,
            branch: result.catalogs[0]?.branch,
            'catalog-pulls': JSON.stringify(pulls),
            'manifest-path': dryRun ? '' : manifestPath
        });
        const links = pulls
            .filter((pull) => pull.url)
            .map((pull) => ({ label: `Pull request to ${pull.repository}`, url: pull.url }));
        (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j7)((0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummary */ .Br)(result.plan, { applied, links, dryRun }));
        return;
    }
    const result = await (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .planOperatorNextDev */ ._j)({
        repoDir,
        version: version.version,
        base,
        repository,
        remote: 'origin',
        github,
        identity: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .committerInput */ .TV)(),
        configFile
    });
    const applied = await (0,_src_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .F)(result.plan, { dryRun, print });
    if (!dryRun)
        (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .withNextDev */ .HO)((0,_src_phases_operator_release_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestToExtend */ .tG)(manifestPath, repository, version, base), result));
    (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({
        stage,
        version: version.version,
        tag: version.tag,
        branch: result.branch,
        'pr-number': result.outputs.pr?.number,
        'pr-url': result.outputs.pr?.url,
        'next-version': result.nextVersion,
        'manifest-path': dryRun ? '' : manifestPath
    });
    const links = result.outputs.pr ? [{ label: 'Pull request', url: result.outputs.pr.url }] : [];
    (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j7)((0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummary */ .Br)(result.plan, { applied, links, dryRun }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ findVersionSource),
  v: () => (/* binding */ setVersion)
});

// EXTERNAL MODULE: ./src/repo.ts
var repo = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

;// CONCATENATED MODULE: ./src/operator/version-source.ts


/** The VERSION file when the repository has one, else the Makefile's literal `VERSION ?=`. */
function findVersionSource(repoDir, config) {
    const file = (0,repo/* readRepoFile */.v6)(repoDir, config.versionFile);
    if (file !== undefined) {
        return {
            kind: 'version-file',
            path: config.versionFile,
            content: file,
            version: updateVersionFile(file, '0.0.0', config.versionFile).oldVersion
        };
    }
    const makefile = (0,repo/* requireRepoFile */.AK)(repoDir, config.makefile, `bpfman-operator keeps its version in a ${config.versionFile} file or in the Makefile's "VERSION ?= X.Y.Z"`);
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

/***/ 5175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tG: () => (/* binding */ manifestToExtend),
  rL: () => (/* reexport */ parseBundleCommand),
  ss: () => (/* binding */ parseOperatorStage),
  Eg: () => (/* reexport */ planOperatorCatalogs),
  _j: () => (/* reexport */ planOperatorNextDev),
  ly: () => (/* reexport */ planOperatorPrepare),
  z9: () => (/* reexport */ prepare/* preparedManifest */.z9),
  nB: () => (/* binding */ withCatalogs),
  HO: () => (/* binding */ withNextDev)
});

// UNUSED EXPORTS: OPERATOR_STAGES, developmentVersion

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest.ts
var manifest = __webpack_require__(5546);
// EXTERNAL MODULE: ./src/phases/prepare.ts + 5 modules
var prepare = __webpack_require__(4131);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/repo.ts
var repo = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/updaters/docs.ts
var docs = __webpack_require__(91);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/updaters/operator-containerfile.ts

/** The labels a release sets on the `Containerfile.*.openshift` images. */
const RELEASE_LABELS = ['version', 'release'];
/**
 * `version=` and `release=` inside LABEL instructions (continuation lines
 * included), quoted or bare, when they hold a release version. Other text
 * that says version stays: `ARG VERSION="v1.28.0"` is crictl's version, and
 * `io.k8s.version=` or a build-number `release="1"` are not the release.
 */
function updateContainerfileLabels(content, newVersion) {
    const edits = [];
    const changed = [];
    for (const [start, end] of labelInstructions(content)) {
        const text = content.slice(start, end);
        const label = new RegExp(`(^|[\\s\\\\])(${RELEASE_LABELS.join('|')})=(["']?)(v?)(${updaters_text/* ANY_VERSION_SOURCE */.oO})\\3(?=$|[\\s\\\\])`, 'g');
        for (const match of text.matchAll(label)) {
            const [, lead, name, quote, v, old] = match;
            if (old === newVersion)
                continue;
            const at = start + (match.index ?? 0) + lead.length + name.length + 1 + quote.length + v.length;
            edits.push({ start: at, end: at + old.length, text: newVersion });
            changed.push(`${name} ${old} -> ${newVersion}`);
        }
    }
    return { content: (0,updaters_text/* spliceAll */.C4)(content, edits), changed };
}
/** [start, end) of each LABEL instruction, through its backslash-continued lines. */
function labelInstructions(content) {
    const ranges = [];
    const lines = /[^\n]*(?:\n|$)/g;
    let inLabel = false;
    let start = 0;
    for (const match of content.matchAll(lines)) {
        const line = match[0];
        if (line.length === 0)
            break;
        const at = match.index ?? 0;
        const body = line.replace(/\r?\n$/, '');
        if (!inLabel && /^\s*LABEL\s/i.test(body)) {
            inLabel = true;
            start = at;
        }
        if (!inLabel)
            continue;
        // Comment lines inside a continued instruction do not end it (Dockerfile syntax).
        if (/^\s*#/.test(body) && at !== start)
            continue;
        if (!/\\\s*$/.test(body)) {
            ranges.push([start, at + body.length]);
            inLabel = false;
        }
    }
    if (inLabel)
        ranges.push([start, content.length]);
    return ranges;
}

// EXTERNAL MODULE: ./src/updaters/operator-csv.ts
var operator_csv = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/phases/verify-release.ts
var verify_release = __webpack_require__(5203);
;// CONCATENATED MODULE: ./src/operator/generate.ts




/**
 * Runs the steps in a throwaway worktree of `baseCommit` (the repository's own
 * checkout stays as it is), after writing `writes` there, and returns every
 * file that differs from the base commit afterwards with the step that last
 * changed it. `inspect` sees the finished tree before it is removed.
 */
async function generateInWorktree(git, baseCommit, writes, steps, inspect = () => undefined) {
    return (0,verify_release/* withCommitTree */.eE)(git, baseCommit, async (treeDir, treeGit) => {
        const files = new Map();
        let deleted = [];
        for (const write of writes) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(treeDir, write.path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(treeDir, write.path), write.content);
            files.set(write.path, { content: write.content, reason: write.reason });
        }
        for (const step of steps) {
            // The environment as this process sees it (GOPROXY, GOFLAGS...), handed over explicitly.
            const env = process.env;
            for (const { command, args } of step.commands)
                await (0,exec/* run */.e)(command, args, { cwd: treeDir, env });
            const status = await changedPaths(treeGit);
            deleted = status.deleted;
            for (const path of status.changed) {
                const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(treeDir, path), 'utf8');
                if (files.get(path)?.content !== content)
                    files.set(path, { content, reason: step.label });
            }
        }
        inspect(treeDir);
        return { files, deleted };
    });
}
/** Modified and untracked (not ignored) files, and deleted ones, from `git status`. */
async function changedPaths(git) {
    const out = await git.exec([
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--no-renames'
    ]);
    const changed = [];
    const deleted = [];
    for (const entry of out.split('\0').filter(Boolean)) {
        const code = entry.slice(0, 2);
        const path = entry.slice(3);
        if (code.includes('D'))
            deleted.push(path);
        else
            changed.push(path);
    }
    return { changed, deleted };
}

// EXTERNAL MODULE: ./src/operator/version-source.ts + 1 modules
var version_source = __webpack_require__(7970);
;// CONCATENATED MODULE: ./src/operator/prepare.ts













/** `make bundle` as an argument array: split at whitespace, no shell. */
function parseBundleCommand(text, input = 'bundle-command') {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0)
        throw new errors/* InputError */.dz(input, 'is empty; give the command that regenerates bundle/, e.g. "make bundle"');
    return words;
}
/**
 * Checks the bpfman gate: the operator release builds on bpfman vX.Y.Z, so
 * that tag's GitHub release must be published. Offline it cannot be checked.
 */
async function checkBpfmanReleased(bpfman, version, notes) {
    if (!bpfman) {
        notes.push({
            kind: 'warning',
            message: `offline: not checked that bpfman ${version.tag} is released; release bpfman first`
        });
        return;
    }
    const release = await bpfman.findReleaseByTag(version.tag);
    if (!release || release.draft) {
        throw new errors/* InputError */.dz('version', `bpfman ${version.tag} is not released in ${bpfman.name}${release ? ' (its GitHub release is still a draft)' : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`);
    }
    notes.push({ kind: 'info', message: `bpfman ${version.tag} is released: ${release.url}` });
}
/** Computes every edit and step of a bpfman-operator release; changes nothing in the checkout. */
async function planOperatorPrepare(inputs) {
    const { version, checkout, previous } = await (0,prepare/* startRelease */.I$)(inputs);
    const config = (0,src_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    const notes = [];
    await checkBpfmanReleased(inputs.offline ? undefined : inputs.bpfman, version, notes);
    const source = (0,version_source/* findVersionSource */.$)(inputs.repoDir, config);
    if (source.version === version.version) {
        throw new errors/* InputError */.dz('version', `${source.path} on ${inputs.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    const branch = (0,repo/* releaseBranch */.CT)(version);
    const edits = new prepare/* FileEdits */.Q7(inputs.repoDir);
    const versionReason = `version ${source.version} -> ${version.version}`;
    edits.set(source.path, (0,version_source/* setVersion */.v)(source, version.version), versionReason);
    if ((0,src_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'skipped',
            message: 'release candidate: only the version changes (bundle, Containerfile labels, README links and go.mod stay, as the process says)'
        });
    }
    else {
        await planGenerated({
            inputs,
            config,
            version,
            git: checkout.git,
            baseCommit: checkout.baseCommit,
            versionWrite: {
                path: source.path,
                content: (0,version_source/* setVersion */.v)(source, version.version),
                reason: versionReason
            },
            edits,
            notes,
            existing: await existingBranchReader(checkout.git, inputs.remote, branch)
        });
        await planLabels(inputs.repoDir, config, version, checkout.git, edits);
        planReadme(inputs.repoDir, config, previous, version, edits);
    }
    const changelog = await (0,prepare/* planChangelog */.e4)(inputs, checkout, config.changelogDir, version, previous, edits, notes);
    const files = edits.changes();
    if (previous)
        notes.push(...(0,prepare/* reviewList */.Th)(await checkout.git.lsFiles(), inputs.repoDir, config, files, previous.version));
    return (0,prepare/* releaseBranchPlan */.J6)({
        phase: 'operator-release prepare',
        project: 'bpfman-operator',
        inputs,
        checkout,
        version,
        previous,
        files,
        notes,
        changelogPath: changelog,
        labels: config.labels,
        changeLines: summarizedPaths(files),
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit; then operator-release (stage catalogs) opens the community catalog pull requests.'
    });
}
/**
 * Reads a file from the release branch a previous run pushed (or committed
 * locally), so that a rerun keeps that run's bundle when only createdAt differs.
 */
async function existingBranchReader(git, remote, branch) {
    let ref;
    if (remote && (await git.lsRemoteBranch(remote, branch))) {
        await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        ref = `refs/remotes/${remote}/${branch}`;
    }
    else if (await git.revParse(`refs/heads/${branch}`)) {
        ref = `refs/heads/${branch}`;
    }
    return async (path) => (ref ? git.readBlob(ref, path) : undefined);
}
/** go.mod on the bpfman release and `make bundle`, run in a throwaway worktree with the new version. */
async function planGenerated(request) {
    const { inputs, config, version, git, baseCommit, versionWrite, edits, notes, existing } = request;
    const steps = [];
    const go = goStep(inputs.repoDir, config, version, inputs.skipGo, notes);
    if (go)
        steps.push(go);
    const bundle = inputs.bundleCommand;
    if (bundle) {
        steps.push({
            label: bundle.join(' '),
            commands: [{ command: bundle[0], args: bundle.slice(1) }]
        });
    }
    else {
        notes.push({
            kind: 'skipped',
            path: `${config.bundleDir}/`,
            message: `--skip-bundle: ${config.bundleDir}/ is not regenerated and still describes the previous version; run make bundle before the pull request merges (the action never skips it)`
        });
    }
    if (steps.length === 0)
        return;
    const generated = await generateInWorktree(git, baseCommit, [versionWrite], steps, (treeDir) => {
        if (!bundle)
            return;
        let csv;
        try {
            csv = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(treeDir, config.csvPath), 'utf8');
        }
        catch {
            throw new errors/* ReleaseError */.K2(`${bundle.join(' ')} did not write ${config.csvPath}; check the bundle command (bundle-command) and the Makefile's bundle target`);
        }
        const problems = (0,operator_csv/* csvMismatches */.Hi)((0,operator_csv/* readCsvIdentity */.Bu)(csv, config.csvPath), config.packageName, version.version);
        if (problems.length > 0) {
            throw new errors/* ReleaseError */.K2(`${bundle.join(' ')} wrote a CSV that is not for ${version.version}: ${config.csvPath}: ${problems.join('; ')}. Check that the bundle target uses the VERSION the release sets; nothing was changed`);
        }
    });
    for (const [path, file] of generated.files) {
        const base = (0,repo/* readRepoFile */.v6)(inputs.repoDir, path);
        const previousRun = await existing(path);
        // make bundle writes a new createdAt every time: keep the one already there when nothing else differs.
        const kept = [previousRun, base].find((candidate) => candidate !== undefined &&
            candidate !== file.content &&
            (0,operator_csv/* sameIgnoringCreatedAt */.ns)(candidate, file.content));
        edits.set(path, kept ?? file.content, file.reason);
    }
    for (const path of generated.deleted) {
        notes.push({
            kind: 'warning',
            path,
            message: 'deleted by the generation steps; a release commit cannot delete files: remove it in the pull request by hand'
        });
    }
}
function goStep(repoDir, config, version, skip, notes) {
    const goMod = (0,repo/* readRepoFile */.v6)(repoDir, 'go.mod');
    if (goMod === undefined) {
        notes.push({
            kind: 'info',
            path: 'go.mod',
            message: 'not in the repository; no Go requirement to update'
        });
        return undefined;
    }
    const requirement = new RegExp(`^\\s*(?:require\\s+)?${(0,updaters_text/* escapeRegExp */.Nt)(config.bpfmanModule)}\\s+(v\\S+)`, 'm').exec(goMod);
    if (!requirement) {
        notes.push({
            kind: 'info',
            path: 'go.mod',
            message: `does not require ${config.bpfmanModule}; nothing to update`
        });
        return undefined;
    }
    if (requirement[1] === version.tag) {
        notes.push({
            kind: 'info',
            path: 'go.mod',
            message: `already requires ${config.bpfmanModule} ${version.tag}`
        });
        return undefined;
    }
    const vendor = (0,repo/* readRepoFile */.v6)(repoDir, 'vendor/modules.txt') !== undefined;
    const commands = [
        { command: 'go', args: ['get', `${config.bpfmanModule}@${version.tag}`] },
        { command: 'go', args: ['mod', 'tidy'] },
        ...(vendor ? [{ command: 'go', args: ['mod', 'vendor'] }] : [])
    ];
    const label = commands.map((c) => `go ${c.args.join(' ')}`).join(', ');
    if (skip) {
        notes.push({
            kind: 'skipped',
            path: 'go.mod',
            message: `--skip-go: still requires ${config.bpfmanModule} ${requirement[1]}; run ${label} (the action never skips it)`
        });
        return undefined;
    }
    return { label: `${config.bpfmanModule} ${requirement[1]} -> ${version.tag}: ${label}`, commands };
}
/** `Containerfile.*.openshift` as a pattern: `*` matches within one path segment. */
function globRegExp(pattern) {
    return new RegExp(`^${pattern.split('*').map(updaters_text/* escapeRegExp */.Nt).join('[^/]*')}$`);
}
async function planLabels(repoDir, config, version, git, edits) {
    const pattern = globRegExp(config.containerfilePattern);
    for (const path of (await git.lsFiles()).filter((file) => pattern.test(file))) {
        const updated = updateContainerfileLabels((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, path), 'utf8'), version.version);
        edits.set(path, updated.content, `LABEL ${updated.changed.join(', ')}`);
    }
}
function planReadme(repoDir, config, previous, version, edits) {
    for (const rule of config.docRules) {
        const content = (0,repo/* readRepoFile */.v6)(repoDir, rule.path);
        if (content === undefined)
            continue;
        const updated = (0,docs/* applyDocPatterns */.Ku)(content, rule.patterns, previous?.version, version.version);
        edits.set(rule.path, updated.content, `${updated.replacements} link(s) -> ${version.version}`);
    }
}
/** One line per file, except vendored files, which are counted (a new bpfman can touch many). */
function summarizedPaths(files) {
    const vendored = files.filter((file) => file.path.startsWith('vendor/') && file.path !== 'vendor/modules.txt');
    const lines = files
        .filter((file) => !vendored.includes(file))
        .map((file) => `${file.path}: ${file.reason}`);
    if (vendored.length > 0)
        lines.push(`vendor/: ${vendored.length} vendored file(s) (${vendored[0].reason})`);
    return lines;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/github.ts
var github = __webpack_require__(9248);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/updaters/operator-annotations.ts



/** The bundle annotation that names the OLM package. */
const PACKAGE_ANNOTATION = 'operators.operatorframework.io.bundle.package.v1';
/** The annotation community-operators-prod needs: the OpenShift versions the bundle is for. */
const OPENSHIFT_VERSIONS_ANNOTATION = 'com.redhat.openshift.versions';
function annotationsMap(content, path) {
    const doc = dist.parseDocument(content);
    if (doc.errors.length > 0)
        throw new errors/* InputError */.dz(path, `is not valid YAML: ${doc.errors[0].message}`);
    const map = doc.get('annotations', true);
    if (!(0,dist.isMap)(map))
        throw new errors/* InputError */.dz(path, 'has no "annotations:" mapping; expected the bundle\'s metadata/annotations.yaml');
    return map;
}
function keyOf(pair) {
    return (0,dist.isScalar)(pair.key) ? String(pair.key.value) : undefined;
}
/** The annotations as plain strings. */
function readAnnotations(content, path = 'metadata/annotations.yaml') {
    const out = {};
    for (const pair of annotationsMap(content, path).items) {
        const key = keyOf(pair);
        if (key !== undefined && (0,dist.isScalar)(pair.value))
            out[key] = String(pair.value.value);
    }
    return out;
}
/**
 * Sets one annotation: an existing value is replaced in place (keeping its
 * quoting style), a new one is added as a double-quoted line after the last
 * annotation, with the indentation of the others.
 */
function setAnnotation(content, key, value, path = 'metadata/annotations.yaml') {
    const map = annotationsMap(content, path);
    if (map.flow)
        throw new errors/* InputError */.dz(path, 'writes "annotations" as a flow mapping ({...}); expected one annotation per line');
    const existing = map.items.find((pair) => keyOf(pair) === key);
    if (existing && (0,dist.isScalar)(existing.value) && existing.value.range) {
        if (String(existing.value.value) === value)
            return content;
        const [start, end] = existing.value.range;
        const quoted = existing.value.type === dist.Scalar.QUOTE_SINGLE
            ? `'${value.replace(/'/g, "''")}'`
            : JSON.stringify(value);
        return (0,updaters_text/* spliceAll */.C4)(content, [
            {
                start,
                end,
                text: existing.value.type === dist.Scalar.PLAIN && isPlainSafe(value) ? value : quoted
            }
        ]);
    }
    const last = map.items[map.items.length - 1];
    if (!last || !(0,dist.isScalar)(last.key) || !last.key.range) {
        throw new errors/* InputError */.dz(path, 'has an empty "annotations:" mapping; expected the bundle annotations');
    }
    const keyStart = last.key.range[0];
    const indent = content.slice(content.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
    const valueEnd = (0,dist.isScalar)(last.value) && last.value.range ? last.value.range[1] : last.key.range[1];
    const newline = content.indexOf('\n', valueEnd);
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const line = `${indent}${key}: ${JSON.stringify(value)}`;
    if (newline < 0)
        return `${content}${eol}${line}${eol}`;
    return (0,updaters_text/* spliceAll */.C4)(content, [{ start: newline + 1, end: newline + 1, text: `${line}${eol}` }]);
}
function isPlainSafe(value) {
    return /^[A-Za-z0-9][\w.\-/=]*$/.test(value);
}

;// CONCATENATED MODULE: ./src/updaters/operator-images.ts

/**
 * Replaces `:latest` with `:<tag>` on the images under the given repository
 * prefixes (`quay.io/bpfman/`), wherever a manifest names them: the CSV's
 * containerImage and deployment, the config map's agent and daemon images.
 * Images elsewhere (`quay.io/bpfman-bytecode/...:latest` in alm-examples)
 * stay as they are, as do images pinned by digest or by another tag.
 */
function pinImageTags(content, prefixes, tag) {
    if (prefixes.length === 0)
        return { content, images: [] };
    const alternatives = prefixes.map(updaters_text/* escapeRegExp */.Nt).join('|');
    const image = new RegExp(`(?<![\\w./-])((?:${alternatives})[\\w./-]*?):latest(?![\\w.-])`, 'g');
    const edits = [];
    const images = new Set();
    for (const match of content.matchAll(image)) {
        const at = (match.index ?? 0) + match[1].length + 1;
        edits.push({ start: at, end: at + 'latest'.length, text: tag });
        images.add(match[1]);
    }
    return { content: (0,updaters_text/* spliceAll */.C4)(content, edits), images: [...images].sort() };
}

;// CONCATENATED MODULE: ./src/operator/catalog-bundle.ts




/** The one metadata file the catalogs take from a bundle. */
const ANNOTATIONS_FILE = 'metadata/annotations.yaml';
/** Files a catalog pull request must never carry (ci.yaml puts it on hold; bpfman has no FBC config). */
const FORBIDDEN_CATALOG_FILES = ['ci.yaml', 'release-config.yaml'];
/** `operators/bpfman-operator/0.6.0`: the folder a catalog pull request adds, and nothing else. */
function catalogFolder(packageName, version) {
    return `operators/${packageName}/${version.version}`;
}
/**
 * The catalog copy of a released bundle: the manifests and the annotations, the
 * operator images pinned to the release tag, no `spec.replaces` (the catalogs
 * run in semver mode), the OpenShift versions for the OpenShift catalog, and
 * the text cleaned for the catalogs' yamllint (no trailing spaces, a final newline).
 */
function catalogBundle(request) {
    const { bundle, version } = request;
    const files = new Map();
    const notes = [];
    const changes = [];
    const images = new Set();
    for (const [path, content] of [...bundle].sort(([a], [b]) => a.localeCompare(b))) {
        if (path.startsWith('manifests/')) {
            const updated = pinImageTags(content, request.imageRepositories, version.tag);
            updated.images.forEach((image) => images.add(image));
            let text = updated.content;
            if (isCsv(text)) {
                const removed = (0,operator_csv/* removeReplaces */.u2)(text, path);
                if (removed.removed !== undefined) {
                    text = removed.content;
                    changes.push(`removed spec.replaces (${removed.removed}): the catalogs use semver mode`);
                    notes.push({
                        kind: 'info',
                        path,
                        message: `spec.replaces: ${removed.removed} is removed in the catalog copies (semver-mode catalogs)`
                    });
                }
            }
            files.set(path, text);
        }
        else if (path === ANNOTATIONS_FILE) {
            let text = content;
            if (request.openshiftVersions !== undefined) {
                text = setAnnotation(text, OPENSHIFT_VERSIONS_ANNOTATION, request.openshiftVersions, path);
                if (text !== content)
                    changes.push(`${OPENSHIFT_VERSIONS_ANNOTATION}: "${request.openshiftVersions}"`);
            }
            files.set(path, text);
        }
    }
    if (images.size > 0)
        changes.unshift(`images :latest -> :${version.tag}: ${[...images].join(', ')}`);
    for (const [path, content] of files) {
        const cleaned = cleanForYamllint(content);
        if (cleaned.content === content)
            continue;
        files.set(path, cleaned.content);
        const what = [
            cleaned.trimmedLines > 0
                ? `trailing whitespace removed from ${cleaned.trimmedLines} line(s)`
                : '',
            cleaned.addedNewline ? 'final newline added' : ''
        ].filter(Boolean);
        notes.push({
            kind: 'info',
            path,
            message: `${what.join(', ')} (the catalogs' yamllint refuses them)`
        });
    }
    return { files, changes, notes };
}
function isCsv(content) {
    return /^kind:[ \t]*ClusterServiceVersion[ \t]*\r?$/m.test(content);
}
function cleanForYamllint(content) {
    let trimmedLines = 0;
    let text = content.replace(/[ \t]+(?=\r?\n|$)/g, () => {
        trimmedLines += 1;
        return '';
    });
    const addedNewline = text.length > 0 && !text.endsWith('\n');
    if (addedNewline)
        text += content.includes('\r\n') ? '\r\n' : '\n';
    return { content: text, trimmedLines, addedNewline };
}
/**
 * The catalogs' own checks, run before anything is pushed: every problem at
 * once, each naming the file. `files` are relative to the version folder.
 */
function lintCatalogBundle(folder, files, packageName) {
    const problems = [];
    const folderVersion = folder.split('/').pop();
    const csvs = [];
    for (const [path, content] of files) {
        const name = path.split('/').pop();
        if (FORBIDDEN_CATALOG_FILES.includes(name))
            problems.push(`${folder}/${path}: a catalog pull request must not carry ${name}`);
        if (!path.startsWith('manifests/') && path !== ANNOTATIONS_FILE) {
            problems.push(`${folder}/${path}: only manifests/ and ${ANNOTATIONS_FILE} belong in the catalog`);
        }
        content.split('\n').forEach((line, index) => {
            if (/[ \t]\r?$/.test(line))
                problems.push(`${folder}/${path}:${index + 1}: trailing whitespace`);
        });
        if (content.length > 0 && !content.endsWith('\n'))
            problems.push(`${folder}/${path}: no newline at the end of the file`);
        if (dist.parseAllDocuments(content).some((doc) => doc.errors.length > 0))
            problems.push(`${folder}/${path}: is not valid YAML`);
        else if (path.startsWith('manifests/') && isCsv(content))
            csvs.push([path, content]);
    }
    if (csvs.length !== 1)
        problems.push(`${folder}/manifests: holds ${csvs.length} ClusterServiceVersions; expected exactly one`);
    for (const [path, content] of csvs) {
        const identity = (0,operator_csv/* readCsvIdentity */.Bu)(content, path);
        for (const mismatch of (0,operator_csv/* csvMismatches */.Hi)(identity, packageName, folderVersion)) {
            problems.push(`${folder}/${path}: ${mismatch} (the folder name must equal spec.version)`);
        }
        if (identity.replaces !== undefined)
            problems.push(`${folder}/${path}: sets spec.replaces; the catalogs use semver mode`);
    }
    const annotations = files.get(ANNOTATIONS_FILE);
    if (annotations === undefined)
        problems.push(`${folder}/${ANNOTATIONS_FILE}: missing`);
    else if (!dist.parseAllDocuments(annotations).some((doc) => doc.errors.length > 0)) {
        let found;
        try {
            found = readAnnotations(annotations, ANNOTATIONS_FILE)[PACKAGE_ANNOTATION];
        }
        catch (error) {
            problems.push(error.message.replace(ANNOTATIONS_FILE, `${folder}/${ANNOTATIONS_FILE}`));
            return problems;
        }
        if (found !== packageName) {
            problems.push(`${folder}/${ANNOTATIONS_FILE}: ${PACKAGE_ANNOTATION} is "${found ?? '(missing)'}", expected "${packageName}"`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/operator/catalog-git.ts



/**
 * A scratch bare repository per catalog. The community catalogs are large
 * (thousands of bundles), so it holds only what a pull request needs: the tip
 * commits (--depth) and their trees, without file contents (--filter=blob:none,
 * fetched on demand). A commit is built with `git mktree`, splicing one new
 * folder into the tip's tree, so no index and no checkout of the catalog is
 * ever made.
 */
class CatalogWorkspace {
    git;
    env;
    constructor(git, 
    /** Authentication for https remotes, passed to git through the environment only. */
    env) {
        this.git = git;
        this.env = env;
    }
    static async open(root, repository, auth) {
        const dir = (0,external_node_path_.join)(root, `${repository.replace('/', '--')}.git`);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD'))) {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            await new src_git/* Git */.T(dir).exec(['init', '--quiet', '--bare']);
        }
        return new CatalogWorkspace(new src_git/* Git */.T(dir), auth ? authEnv(auth.token, auth.serverUrl) : {});
    }
    /**
     * Fetches the tip of `branch` from `url` as `refs/remotes/<remote>/<branch>`
     * (`depth` commits, trees only); undefined when the branch does not exist.
     */
    async fetchTip(remote, url, branch, depth = 1) {
        await this.git.exec(['config', `remote.${remote}.url`, url]);
        await this.git.exec(['config', `remote.${remote}.promisor`, 'true']);
        await this.git.exec(['config', `remote.${remote}.partialclonefilter`, 'blob:none']);
        const listed = await this.git.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`], undefined, this.env);
        if (!listed.trim())
            return undefined;
        const ref = `refs/remotes/${remote}/${branch}`;
        await this.git.exec([
            'fetch',
            '--quiet',
            '--no-tags',
            `--depth=${depth}`,
            '--filter=blob:none',
            remote,
            `+refs/heads/${branch}:${ref}`
        ], undefined, this.env);
        return (await this.git.revParse(ref));
    }
    /** The commit a remote branch points at, asked of the remote. */
    async remoteTip(remote, branch) {
        const out = await this.git.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`], undefined, this.env);
        return out.split(/\s+/)[0] || undefined;
    }
    /** The tree of `folder` at `commit`, or undefined when the folder is not there. */
    async folderTree(commit, folder) {
        const { ok, stdout } = await this.git.tryExec([
            'rev-parse',
            '--verify',
            '--quiet',
            `${commit}:${folder}`
        ]);
        return ok ? stdout.trim() : undefined;
    }
    /** The files under `folder` at `commit`, relative to it (contents fetched on demand). */
    async readFolder(commit, folder) {
        if ((await this.folderTree(commit, folder)) === undefined)
            return undefined;
        const names = (await this.git.exec(['ls-tree', '-r', '-z', '--name-only', commit, '--', `${folder}/`]))
            .split('\0')
            .filter(Boolean);
        const files = new Map();
        for (const name of names)
            files.set(name.slice(folder.length + 1), await this.git.exec(['cat-file', 'blob', `${commit}:${name}`]));
        return files;
    }
    /** Writes the blobs and trees of `files` (paths relative to the folder) and returns the folder's tree. */
    async writeFolder(files) {
        const byName = new Map();
        for (const [path, content] of files) {
            const [head, ...rest] = path.split('/');
            if (rest.length === 0)
                byName.set(head, content);
            else {
                const sub = byName.get(head) ?? new Map();
                sub.set(rest.join('/'), content);
                byName.set(head, sub);
            }
        }
        const entries = [];
        for (const [name, value] of byName) {
            if (typeof value === 'string') {
                const sha = (await this.git.exec(['hash-object', '-w', '--stdin'], value)).trim();
                entries.push({ mode: '100644', type: 'blob', sha, name });
            }
            else {
                entries.push({ mode: '040000', type: 'tree', sha: await this.writeFolder(value), name });
            }
        }
        return this.mktree(entries);
    }
    /** A commit of `base` with `folder` set to `folderTree`; every other path keeps its tree or blob id. */
    async commitWithFolder(base, folder, folderTree, message, identity) {
        const rootTree = await this.spliceTree(`${base}^{tree}`, folder.split('/'), folderTree);
        const env = {
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email
        };
        return (await this.git.exec(['commit-tree', rootTree, '-p', base, '-F', '-'], message, env)).trim();
    }
    /** The paths a commit changes against its parent (the parent must have been fetched: depth 2). */
    async changedPaths(commit) {
        const parent = await this.git.revParse(`${commit}^`);
        if (!parent)
            return undefined;
        const out = await this.git.exec([
            'diff-tree',
            '-r',
            '-z',
            '--name-only',
            '--no-commit-id',
            parent,
            commit
        ]);
        return out.split('\0').filter(Boolean);
    }
    async subjectOf(commit) {
        return this.git.subjectOf(commit);
    }
    async messageOf(commit) {
        return this.git.exec(['log', '-1', '--format=%B', commit]);
    }
    /** Pushes `commit` to `branch` of `remote`, only if the branch is still at `expected` (absent: undefined). */
    async push(remote, commit, branch, expected) {
        await this.git.exec([
            'push',
            '--quiet',
            `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
            remote,
            `${commit}:refs/heads/${branch}`
        ], undefined, this.env);
    }
    async spliceTree(treeish, parts, subtree) {
        const entries = treeish ? await this.lsTree(treeish) : [];
        const [head, ...rest] = parts;
        const existing = entries.find((entry) => entry.name === head && entry.type === 'tree');
        const child = rest.length === 0 ? subtree : await this.spliceTree(existing?.sha, rest, subtree);
        return this.mktree([
            ...entries.filter((entry) => entry.name !== head),
            { mode: '040000', type: 'tree', sha: child, name: head }
        ]);
    }
    async lsTree(treeish) {
        const out = await this.git.exec(['ls-tree', '-z', treeish]);
        return out
            .split('\0')
            .filter(Boolean)
            .map((line) => {
            const [meta, name] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
            const [mode, type, sha] = meta.split(' ');
            return { mode, type, sha, name };
        });
    }
    /** `--missing`: the tree may name blobs this partial repository never downloaded. */
    async mktree(entries) {
        const input = entries
            .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`)
            .join('');
        return (await this.git.exec(['mktree', '-z', '--missing'], input)).trim();
    }
}
/**
 * The token as an HTTP header for the git server only, the way actions/checkout
 * authenticates, but through GIT_CONFIG_* variables: never on a command line
 * and never written to a config file.
 */
function authEnv(token, serverUrl) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
        GIT_TERMINAL_PROMPT: '0'
    };
}

;// CONCATENATED MODULE: ./src/operator/catalogs.ts










function catalogBranch(packageName, version) {
    return `${packageName}-${version.version}`;
}
function catalogTitle(packageName, version) {
    return `operator ${packageName} (${version.version})`;
}
/** The released bundle: every file under the bundle folder at the tag, relative to it. */
async function releasedBundle(git, tag, bundleDir) {
    const names = (await git.exec(['ls-tree', '-r', '-z', '--name-only', tag, '--', `${bundleDir}/`]))
        .split('\0')
        .filter(Boolean);
    if (names.length === 0)
        throw new errors/* InputError */.dz('version', `${tag} has no ${bundleDir}/ folder; the catalogs are made from the released bundle`);
    const files = new Map();
    for (const name of names)
        files.set(name.slice(bundleDir.length + 1), (await git.readBlob(tag, name)));
    return files;
}
/** After the operator release: one pull request per community catalog, from the bot account's fork. */
async function planOperatorCatalogs(inputs) {
    const version = (0,src_version/* parseVersion */.ot)(inputs.version);
    const config = (0,src_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    if (inputs.push && !inputs.catalogOctokit) {
        throw new errors/* InputError */.dz('catalog-token', 'is required to fork the catalogs and open the pull requests; give a token of the bot account');
    }
    const git = new src_git/* Git */.T(inputs.repoDir);
    if (!(await git.tryExec(['rev-parse', '--git-dir'])).ok)
        throw new errors/* InputError */.dz('repo', `${inputs.repoDir} is not a git repository`);
    if (inputs.remote)
        await git.fetchTags(inputs.remote);
    if (!(await git.revParse(`refs/tags/${version.tag}`))) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} not found in ${inputs.repository}; the catalogs take the released bundle: release the operator first`);
    }
    const notes = [];
    await checkOperatorReleased(inputs, version, notes);
    const bundle = await releasedBundle(git, `refs/tags/${version.tag}`, config.bundleDir);
    const folder = catalogFolder(config.packageName, version);
    const branch = catalogBranch(config.packageName, version);
    const files = [];
    const operations = [];
    const catalogs = [];
    const bot = inputs.push ? await botAccount(inputs.catalogOctokit) : undefined;
    const identity = inputs.identity ??
        (bot
            ? { name: bot.login, email: `${bot.id}+${bot.login}@users.noreply.github.com` }
            : undefined);
    for (const repository of config.catalogs) {
        const outcome = {
            repository,
            folder,
            branch,
            status: 'not-fetched',
            outputs: {}
        };
        catalogs.push(outcome);
        const fetched = inputs.push ? await fetchCatalog(inputs, repository) : undefined;
        const openshift = config.openshiftCatalogs.includes(repository)
            ? await openshiftVersionsFor(inputs, repository, fetched, config, version, notes)
            : undefined;
        const copy = catalogBundle({
            bundle,
            version,
            packageName: config.packageName,
            imageRepositories: config.imageRepositories,
            openshiftVersions: openshift
        });
        const problems = lintCatalogBundle(folder, copy.files, config.packageName);
        if (problems.length > 0) {
            throw new errors/* ReleaseError */.K2(`the catalog copy for ${repository} fails the catalog checks; nothing was pushed:\n  - ${problems.join('\n  - ')}`);
        }
        const where = `${repository}/${folder}`;
        notes.push(...copy.notes.map((note) => ({
            ...note,
            path: note.path ? `${where}/${note.path}` : undefined
        })));
        const existing = fetched ? await fetched.workspace.readFolder(fetched.tip, folder) : undefined;
        const changed = [...copy.files].filter(([path, content]) => existing?.get(path) !== content);
        if (existing && changed.length === 0) {
            outcome.status = 'in-catalog';
            notes.push({
                kind: 'info',
                path: where,
                message: `${fetched?.defaultBranch} already holds this bundle; no pull request needed`
            });
            continue;
        }
        const reason = [`from ${config.bundleDir}/ at ${version.tag}`, ...copy.changes].join('; ');
        files.push(...changed.map(([path, after]) => ({
            path: `${where}/${path}`,
            before: existing?.get(path) ?? null,
            after,
            reason
        })));
        if (existing) {
            notes.push({
                kind: 'warning',
                path: where,
                message: `exists in ${fetched?.defaultBranch} with other content; the pull request changes a published bundle`
            });
            for (const path of existing.keys()) {
                if (copy.files.has(path))
                    continue;
                notes.push({
                    kind: 'warning',
                    path: `${where}/${path}`,
                    message: 'in the catalog but not in the released bundle; kept as it is'
                });
            }
        }
        if (!fetched || !bot || !identity)
            continue;
        outcome.status = 'planned';
        operations.push(...catalogOperations({
            ...fetched,
            bot: bot.login,
            folder,
            branch,
            // Files of the catalog's folder that the bundle lacks stay: the commit replaces the folder's tree.
            files: new Map([...(existing ?? []), ...copy.files]),
            title: catalogTitle(config.packageName, version),
            message: commitMessage(config, version, inputs.repository, copy.changes, identity),
            body: pullBody(config, version, inputs.repository, copy.changes, folder),
            identity,
            gitServerUrl: inputs.gitServerUrl,
            forkTimeoutMs: inputs.forkTimeoutMs ?? 60_000,
            outcome
        }));
    }
    if (!inputs.push) {
        notes.push({
            kind: 'skipped',
            message: '--no-push: the catalogs were not fetched; the files are those the pull requests would add, nothing is committed or pushed'
        });
    }
    const plan = {
        phase: 'operator-release catalogs',
        repository: config.catalogs.join(', '),
        version: version.version,
        files,
        operations,
        notes
    };
    return { plan, version, catalogs };
}
async function checkOperatorReleased(inputs, version, notes) {
    if (inputs.offline || !inputs.github) {
        notes.push({
            kind: 'warning',
            message: `offline: not checked that the ${inputs.repository} ${version.tag} release is published`
        });
        return;
    }
    const release = await inputs.github.findReleaseByTag(version.tag);
    if (!release || release.draft) {
        throw new errors/* InputError */.dz('version', `the ${inputs.repository} ${version.tag} release is not published${release ? ' (it is still a draft)' : ''}; the catalogs come after the operator release. Publish it first, then rerun`);
    }
}
async function botAccount(octokit) {
    // Any repository will do for a client that only asks who the token belongs to.
    return new github/* GitHubClient */.jh(octokit, { owner: 'bpfman', repo: 'bpfman' }).authenticatedUser();
}
function scratchRoot(inputs) {
    return inputs.workDir ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'bpfman-release-catalogs');
}
function authFor(inputs) {
    return inputs.catalogToken
        ? { token: inputs.catalogToken, serverUrl: inputs.gitServerUrl }
        : undefined;
}
/** `https://github.com/owner/name.git`; a file:// server (the tests) holds bare repositories the same way. */
function gitUrl(serverUrl, repository) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}
/** The catalog's API as the bot, and the tip of its default branch in the scratch repository. */
async function fetchCatalog(inputs, repository) {
    const upstream = new github/* GitHubClient */.jh(inputs.catalogOctokit, (0,github/* parseRepository */.SU)(repository, 'catalogs'));
    const info = await upstream.repositoryInfo();
    if (!info) {
        throw new errors/* InputError */.dz('catalogs', `${repository} not found (or not visible to the catalog token's account)`);
    }
    const workspace = await CatalogWorkspace.open(scratchRoot(inputs), repository, authFor(inputs));
    const tip = await workspace.fetchTip('upstream', gitUrl(inputs.gitServerUrl, repository), info.defaultBranch);
    if (!tip) {
        throw new errors/* ReleaseError */.K2(`${repository} has no branch ${info.defaultBranch}; nothing to open a pull request against`);
    }
    return { upstream, defaultBranch: info.defaultBranch, workspace, tip };
}
/**
 * The input, or what the newest earlier bundle in the catalog says, so a
 * release keeps the OpenShift range of the one before.
 */
async function openshiftVersionsFor(inputs, repository, fetched, config, version, notes) {
    if (inputs.openshiftVersions)
        return inputs.openshiftVersions;
    if (!fetched) {
        throw new errors/* InputError */.dz('openshift-versions', `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} and the catalog was not fetched to follow its earlier bundles; give the OpenShift versions, e.g. v4.17`);
    }
    const { workspace, tip } = fetched;
    const operator = `operators/${config.packageName}`;
    const listed = await workspace.git.tryExec(['ls-tree', '--name-only', tip, '--', `${operator}/`]);
    const folders = listed.ok
        ? listed.stdout
            .split('\n')
            .filter(Boolean)
            .map((path) => path.split('/').pop())
        : [];
    const earlier = (0,src_version/* releaseTags */.dt)(folders.map((name) => `v${name}`)).filter((found) => (0,src_version/* compareVersions */.Zy)(found, version) < 0);
    for (const found of earlier.reverse()) {
        const annotations = await workspace.git.readBlob(tip, `${operator}/${found.version}/${ANNOTATIONS_FILE}`);
        const value = annotations
            ? readAnnotations(annotations)[OPENSHIFT_VERSIONS_ANNOTATION]
            : undefined;
        if (!value)
            continue;
        notes.push({
            kind: 'info',
            path: `${repository}/${operator}/${found.version}`,
            message: `${OPENSHIFT_VERSIONS_ANNOTATION}: "${value}" taken from the previous bundle`
        });
        return value;
    }
    throw new errors/* InputError */.dz('openshift-versions', `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} in ${ANNOTATIONS_FILE} and no earlier bundle there has one to follow; give the OpenShift versions, e.g. v4.17`);
}
/**
 * Fork (or reuse the fork) and sync it, commit, push, open or update the pull
 * request; each step checks first whether it is done. A fork branch that a
 * previous run pushed with the same folder is kept, even on an older base.
 */
function catalogOperations(request) {
    const { upstream, workspace, branch, outcome, defaultBranch } = request;
    let fork;
    let remoteTip;
    const forkName = () => (0,github/* repositoryName */.aR)(fork);
    const forkUrl = () => gitUrl(request.gitServerUrl, forkName());
    const isOurs = async (commit) => {
        if ((await workspace.subjectOf(commit)) !== request.title)
            return false;
        const paths = await workspace.changedPaths(commit);
        return paths !== undefined && paths.every((path) => path.startsWith(`${request.folder}/`));
    };
    return [
        {
            kind: 'github',
            title: `fork ${upstream.name} into ${request.bot} (or use the fork there) and sync its ${defaultBranch} with ${upstream.name}`,
            apply: async () => {
                const existing = await new github/* GitHubClient */.jh(upstream.octokit, {
                    owner: request.bot,
                    repo: upstream.ref.repo
                }).repositoryInfo();
                const known = existing?.fork && existing.parent?.toLowerCase() === upstream.name.toLowerCase();
                fork = known ? { owner: request.bot, repo: upstream.ref.repo } : await upstream.createFork();
                outcome.fork = forkName();
                const forkClient = new github/* GitHubClient */.jh(upstream.octokit, fork);
                await waitForFork(forkClient, request.forkTimeoutMs);
                let merge;
                try {
                    merge = await forkClient.syncFork(defaultBranch);
                }
                catch (error) {
                    if ((0,github/* isStatus */.zM)(error, 409) || (0,github/* isStatus */.zM)(error, 422)) {
                        throw new errors/* ReleaseError */.K2(`${forkName()} could not be synced with ${upstream.name} (${error.message}); its ${defaultBranch} has commits of its own: reset it to ${upstream.name}'s ${defaultBranch} (or delete the fork), then rerun`);
                    }
                    throw error;
                }
                const detail = `${known ? 'fork' : 'forked'} ${forkName()}, ${defaultBranch}: ${merge === 'none' ? 'already in sync' : merge}`;
                return { status: known && merge === 'none' ? 'unchanged' : 'done', detail };
            }
        },
        {
            kind: 'git',
            title: `commit ${request.folder} (${request.files.size} files) on ${branch}, on the fork's ${defaultBranch}, signed off by ${request.identity.name}`,
            apply: async () => {
                const folderTree = await workspace.writeFolder(request.files);
                remoteTip = await workspace.fetchTip('fork', forkUrl(), branch, 2);
                if (remoteTip &&
                    (await isOurs(remoteTip)) &&
                    (await workspace.folderTree(remoteTip, request.folder)) === folderTree) {
                    outcome.outputs.commit = remoteTip;
                    return {
                        status: 'unchanged',
                        detail: `${forkName()}:${branch} already at ${remoteTip.slice(0, 12)}`
                    };
                }
                const base = await workspace.fetchTip('fork', forkUrl(), defaultBranch);
                if (!base)
                    throw new errors/* ReleaseError */.K2(`${forkName()} has no branch ${defaultBranch}`);
                const commit = await workspace.commitWithFolder(base, request.folder, folderTree, request.message, request.identity);
                outcome.outputs.commit = commit;
                return { status: 'done', detail: commit.slice(0, 12) };
            }
        },
        {
            kind: 'git',
            title: `push ${branch} to the fork`,
            apply: async () => {
                const commit = outcome.outputs.commit;
                const tip = await workspace.remoteTip('fork', branch);
                if (tip === commit)
                    return {
                        status: 'unchanged',
                        detail: `${forkName()}:${branch} is at ${commit.slice(0, 12)}`
                    };
                if (tip && tip !== remoteTip)
                    remoteTip = await workspace.fetchTip('fork', forkUrl(), branch, 2);
                if (tip && !(await isOurs(tip))) {
                    throw new errors/* InputError */.dz('catalogs', `${forkName()}:${branch} holds commits that operator-release did not make (tip ${tip.slice(0, 12)}); delete that branch, then rerun`);
                }
                await workspace.push('fork', commit, branch, tip);
                return { status: 'done', detail: tip ? `replaced ${tip.slice(0, 12)}` : 'new branch' };
            }
        },
        {
            kind: 'github',
            title: `open the pull request "${request.title}" ${request.bot}:${branch} -> ${defaultBranch} in ${upstream.name} (or update the open one)`,
            apply: async () => {
                const { pull, status } = await upstream.openOrUpdatePull({
                    head: branch,
                    headOwner: fork.owner,
                    base: defaultBranch,
                    title: request.title,
                    body: request.body
                });
                outcome.outputs.pr = { number: pull.number, url: pull.url };
                return {
                    status: status === 'unchanged' ? 'unchanged' : 'done',
                    detail: `${status} #${pull.number} ${pull.url}`
                };
            }
        }
    ];
}
async function waitForFork(fork, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await fork.repositoryInfo())
            return;
        if (Date.now() > deadline)
            throw new errors/* ReleaseError */.K2(`the fork ${fork.name} did not appear within ${Math.round(timeoutMs / 1000)} s; rerun in a minute`);
        await new Promise((resolve) => setTimeout(resolve, 2000));
    }
}
function commitMessage(config, version, repository, changes, identity) {
    return [
        catalogTitle(config.packageName, version),
        '',
        `The ${config.packageName} ${version.version} bundle, from ${config.bundleDir}/ of https://github.com/${repository} at ${version.tag}.`,
        ...changes.map((change) => `- ${change}`),
        '',
        `Signed-off-by: ${identity.name} <${identity.email}>`,
        ''
    ].join('\n');
}
function pullBody(config, version, repository, changes, folder) {
    return [
        `Adds \`${folder}\`: the ${config.packageName} ${version.version} bundle (manifests and metadata/annotations.yaml) from \`${config.bundleDir}/\` of https://github.com/${repository}/tree/${version.tag}, released as https://github.com/${repository}/releases/tag/${version.tag}.`,
        '',
        ...(changes.length > 0
            ? ['Changes against the released bundle:', ...changes.map((change) => `- ${change}`), '']
            : []),
        'Made by release-actions operator-release (stage catalogs).'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/operator/next-dev.ts






/**
 * The development version after a release: the next patch `-dev` (0.6.1-dev
 * after 0.6.0); after a release candidate, its own `-dev` (0.7.0-dev after
 * 0.7.0-rc1), since the final release is still to come.
 */
function developmentVersion(version) {
    return version.rc === undefined
        ? (0,src_version/* nextDevVersion */.BS)(version)
        : `${version.major}.${version.minor}.${version.patch}-dev`;
}
function nextDevBranch(nextVersion) {
    return `version-${nextVersion}`;
}
/** After a release: a pull request that sets the VERSION file to the next -dev version. */
async function planOperatorNextDev(inputs) {
    const version = (0,src_version/* parseVersion */.ot)(inputs.version);
    if (inputs.remote && !inputs.github)
        throw new Error('a GitHub client is needed to open the pull request');
    const checkout = await (0,repo/* inspectCheckout */.dX)(inputs.repoDir, inputs.base, inputs.remote);
    if (!checkout.tags.includes(version.tag)) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} not found; next-dev runs after the release is tagged (tag-release), then rerun`);
    }
    const config = (0,src_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    const source = (0,version_source/* findVersionSource */.$)(inputs.repoDir, config);
    const notes = [];
    const outputs = {};
    const plan = {
        phase: 'operator-release next-dev',
        repository: inputs.repository,
        version: version.version,
        files: [],
        operations: [],
        notes
    };
    if (source.kind !== 'version-file') {
        notes.push({
            kind: 'info',
            path: source.path,
            message: `the repository keeps its version in the Makefile (no ${config.versionFile} file): no -dev version to set`
        });
        return { plan, version, nextVersion: undefined, branch: undefined, outputs };
    }
    const nextVersion = developmentVersion(version);
    const branch = nextDevBranch(nextVersion);
    if (source.version === nextVersion) {
        notes.push({
            kind: 'info',
            path: source.path,
            message: `already holds ${nextVersion}; nothing to do`
        });
        return { plan, version, nextVersion, branch, outputs };
    }
    if (source.version !== version.version) {
        throw new errors/* InputError */.dz('version', `${source.path} on ${inputs.base} holds ${source.version}, not the release ${version.version}; next-dev moves ${version.version} to ${nextVersion} only. Check the version, or edit ${source.path} by hand`);
    }
    const edits = new prepare/* FileEdits */.Q7(inputs.repoDir);
    edits.set(source.path, (0,version_source/* setVersion */.v)(source, nextVersion), `version ${version.version} -> ${nextVersion}`);
    plan.files = edits.changes();
    const identity = inputs.identity ?? repo/* ACTIONS_BOT */.aX;
    const title = `Set ${source.path} to ${nextVersion}`;
    plan.operations = (0,repo/* publishBranchOperations */.ev)({
        git: checkout.git,
        github: inputs.github,
        remote: inputs.remote,
        baseBranch: inputs.base,
        baseCommit: checkout.baseCommit,
        branch,
        files: plan.files,
        commitMessage: `${title}\n\nThe development version after the ${version.tag} release.\n\nSigned-off-by: ${identity.name} <${identity.email}>\n`,
        identity,
        pull: {
            title,
            body: `Moves ${source.path} from the released ${version.version} to ${nextVersion}, the development version until the next release. Made by release-actions operator-release (stage next-dev).`,
            labels: []
        },
        outputs
    });
    return { plan, version, nextVersion, branch, outputs };
}

;// CONCATENATED MODULE: ./src/phases/operator-release.ts



const OPERATOR_STAGES = ['prepare', 'catalogs', 'next-dev'];
function parseOperatorStage(text, input = 'stage') {
    if (OPERATOR_STAGES.includes(text))
        return text;
    throw new errors/* InputError */.dz(input, `"${text}" is not one of ${OPERATOR_STAGES.join(', ')}`);
}




/** The manifest at `path` when it is this release's, else a new one: later stages add their part. */
function manifestToExtend(path, repository, version, base) {
    if ((0,external_node_fs_.existsSync)(path)) {
        const existing = (0,manifest/* readManifest */.WI)(path);
        if (existing.repository === repository && existing.version === version.version)
            return existing;
    }
    return {
        schema: manifest/* MANIFEST_SCHEMA */.KB,
        repository,
        version: version.version,
        tag: version.tag,
        previousTag: null,
        prerelease: version.rc !== undefined,
        base
    };
}
/** Adds the catalogs stage's pull requests to the manifest's `operator` part. */
function withCatalogs(manifest, result) {
    return {
        ...manifest,
        operator: {
            ...manifest.operator,
            catalogs: result.catalogs.map((catalog) => ({
                repository: catalog.repository,
                folder: catalog.folder,
                branch: catalog.branch,
                status: catalog.status,
                fork: catalog.fork ?? null,
                commit: catalog.outputs.commit ?? null,
                pr: catalog.outputs.pr ?? null
            }))
        }
    };
}
/** Adds the next-dev stage's pull request to the manifest's `operator` part. */
function withNextDev(manifest, result) {
    return {
        ...manifest,
        operator: {
            ...manifest.operator,
            nextDev: {
                version: result.nextVersion ?? null,
                branch: result.branch ?? null,
                commit: result.outputs.commit ?? null,
                pr: result.outputs.pr ?? null
            }
        }
    };
}


/***/ }),

/***/ 5203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ withCommitTree),
/* harmony export */   hI: () => (/* binding */ verifyReleaseTree),
/* harmony export */   i5: () => (/* binding */ parseRepoKind)
/* harmony export */ });
/* unused harmony exports REPO_KINDS, detectRepoKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _changelog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8397);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1243);
/* harmony import */ var _operator_version_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7970);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6783);
/* harmony import */ var _updaters_operator_csv_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6169);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4131);











const REPO_KINDS = ['bpfman', 'operator'];
function parseRepoKind(text) {
    if (text === '' || text === 'auto')
        return 'auto';
    if (REPO_KINDS.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('kind', `"${text}" is not one of auto, ${REPO_KINDS.join(', ')}`);
}
const MAKEFILE_VERSION = /^VERSION\s*\?=/m;
/** bpfman has a Cargo workspace version; the operator a VERSION file or a Makefile `VERSION ?=`. */
function detectRepoKind(treeDir) {
    const cargo = (0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(treeDir, 'Cargo.toml');
    if (cargo !== undefined && /^\s*\[workspace\.package\]/m.test(cargo))
        return 'bpfman';
    if ((0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(treeDir, 'VERSION') !== undefined)
        return 'operator';
    if (MAKEFILE_VERSION.test((0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(treeDir, 'Makefile') ?? ''))
        return 'operator';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('kind', 'cannot tell the kind of repository: no Cargo.toml with [workspace.package], no VERSION file, no Makefile with "VERSION ?="; set kind to bpfman or operator');
}
/** bpfman: every file prepare-release edits is at the version (its updaters plan no edit). */
async function verifyBpfman(check) {
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBpfmanConfig */ .xt)(check.treeDir, check.configFile);
    const { edits } = await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_10__/* .planReleaseEdits */ .Wk)({
        repoDir: check.treeDir,
        config,
        version: check.version,
        previous: check.previous,
        lockfile: 'workspace',
        git: check.git,
        baseCommit: check.commit,
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
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadOperatorConfig */ .zG)(treeDir, check.configFile);
    const problems = [];
    const checked = [];
    const source = (0,_operator_version_source_js__WEBPACK_IMPORTED_MODULE_7__/* .findVersionSource */ .$)(treeDir, config);
    const where = source.kind === 'makefile' ? `${source.path} (VERSION ?=)` : source.path;
    if (source.version !== version.version) {
        problems.push(`${where} holds ${source.version}, not ${version.version}`);
    }
    else
        checked.push(where);
    const csv = (0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(treeDir, config.csvPath);
    if (csv !== undefined) {
        const mismatches = (0,_updaters_operator_csv_js__WEBPACK_IMPORTED_MODULE_9__/* .csvMismatches */ .Hi)((0,_updaters_operator_csv_js__WEBPACK_IMPORTED_MODULE_9__/* .readCsvIdentity */ .Bu)(csv, config.csvPath), config.packageName, version.version);
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
    const path = (0,_changelog_js__WEBPACK_IMPORTED_MODULE_3__/* .changelogPath */ .q5)(result.changelogDir, check.version);
    const changelog = (0,_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(check.treeDir, path);
    const problems = [...result.problems];
    if (changelog === undefined) {
        problems.unshift(`${path} does not exist`);
    }
    else {
        const placeholder = (0,_changelog_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholderReason */ .E6)(changelog);
        if (placeholder)
            problems.unshift(`${path} is not written yet: ${placeholder}`);
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2(`the tree at ${check.commit.slice(0, 12)} is not ready to be released as ${check.version.tag} (${chosen} repository):\n  - ${problems.join('\n  - ')}\nFix it with a pull request to the base branch, then rerun; nothing was tagged`);
    }
    return {
        kind: chosen,
        changelogPath: path,
        changelog: changelog,
        checked: [path, ...result.checked]
    };
}
/** Runs `task` on a throwaway detached worktree of `commit`, whatever the checkout holds. */
async function withCommitTree(git, commit, task) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-verify-'));
    const treeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'tree');
    await git.exec(['worktree', 'add', '--quiet', '--detach', treeDir, commit]);
    try {
        return await task(treeDir, new _git_js__WEBPACK_IMPORTED_MODULE_6__/* .Git */ .T(treeDir));
    }
    finally {
        await git.tryExec(['worktree', 'remove', '--force', treeDir]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        await git.tryExec(['worktree', 'prune']);
    }
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4855);



function parse(content, path) {
    const doc = yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument(content);
    if (doc.errors.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(path, `is not valid YAML: ${doc.errors[0].message}`);
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(spec))
        return { content, removed: undefined };
    const pair = spec.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) && item.key.value === 'replaces');
    if (!pair || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) || !pair.key.range)
        return { content, removed: undefined };
    const keyStart = pair.key.range[0];
    const valueEnd = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range[1];
    const lineStart = content.lastIndexOf('\n', keyStart - 1) + 1;
    const newline = content.indexOf('\n', valueEnd);
    const lineEnd = newline < 0 ? content.length : newline + 1;
    return {
        content: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .spliceAll */ .C4)(content, [{ start: lineStart, end: lineEnd, text: '' }]),
        removed: text((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.value) ? pair.value.value : undefined)
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
