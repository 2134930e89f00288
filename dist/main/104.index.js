export const id = 104;
export const ids = [104];
export const modules = {

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

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ tagReleaseLinks),
/* harmony export */   Fd: () => (/* binding */ planTagRelease),
/* harmony export */   Lp: () => (/* binding */ tagReleaseManifest),
/* harmony export */   Pm: () => (/* binding */ readManifestFor),
/* harmony export */   am: () => (/* binding */ parsePublishMode),
/* harmony export */   lg: () => (/* binding */ pullNumberFromEvent),
/* harmony export */   zy: () => (/* binding */ makeLatestFor)
/* harmony export */ });
/* unused harmony exports PUBLISH_MODES, versionOfReleaseBranch, isRunForTag */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1243);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9248);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5546);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6783);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5203);








const PUBLISH_MODES = ['now', 'later'];
function parsePublishMode(text) {
    if (PUBLISH_MODES.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('publish', `"${text}" is not one of ${PUBLISH_MODES.join(', ')}`);
}
const RELEASE_BRANCH = /^release-(v?\d+\.\d+\.\d+(?:-rc\d+)?)$/;
/** The version a release branch names: release-v0.6.1 (prepare-release), or release-0.6.1 (the manual process). */
function versionOfReleaseBranch(branch) {
    const match = RELEASE_BRANCH.exec(branch);
    return match ? (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .tryParseVersion */ .z0)(match[1]) : undefined;
}
/** The pull request number of a pull_request event (GITHUB_EVENT_PATH), or undefined for other events. */
function pullNumberFromEvent(eventPath) {
    if (!eventPath || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(eventPath))
        return undefined;
    const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
    const number = payload.pull_request?.number;
    return typeof number === 'number' ? number : undefined;
}
/**
 * The version, base and pull request of the release: from the inputs and the
 * merged pull request, refusing an unmerged one or one whose branch names
 * another version.
 */
async function resolveRequest(inputs, notes) {
    const given = inputs.version ? (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersion */ .ot)(inputs.version) : undefined;
    let pull;
    if (inputs.pr !== undefined) {
        try {
            pull = await inputs.github.getPull(inputs.pr);
        }
        catch (error) {
            if ((0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .isStatus */ .zM)(error, 404)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('pr-number', `pull request #${inputs.pr} not found in ${inputs.github.name}`);
            }
            throw error;
        }
    }
    else if (given) {
        pull = await inputs.github.findMergedPull((0,_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseBranch */ .CT)(given));
    }
    if (!pull) {
        if (!given) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', 'is empty and there is no release pull request to take it from; give version (e.g. 0.6.1) or pr-number');
        }
        const base = inputs.base || 'main';
        notes.push({
            kind: 'warning',
            message: `no pull request from ${(0,_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseBranch */ .CT)(given)} found; tagging the tip of ${base}`
        });
        return { version: given, base, pull: undefined };
    }
    const name = `pull request #${pull.number} (${pull.headRef})`;
    if (!pull.merged) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('pr-number', pull.state === 'open'
            ? `${name} is still open; merge it, then tag-release runs`
            : `${name} was closed without merging; nothing to tag. Open and merge a release pull request, or give the version of a merged one`);
    }
    const fromBranch = versionOfReleaseBranch(pull.headRef);
    if (given && fromBranch && given.version !== fromBranch.version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `${given.version} does not match ${name}, which releases ${fromBranch.version}`);
    }
    const label = inputs.releaseLabel ?? 'release';
    const fromTitle = pull.labels.includes(label) ? versionInTitle(pull.title) : undefined;
    const version = given ?? fromBranch ?? fromTitle;
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `${name} is not a release pull request (its branch is not release-vX.Y.Z, and it has no "${label}" label with the version in its title); give version`);
    }
    if (inputs.base && inputs.base !== pull.baseRef) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `"${inputs.base}" is not the base of ${name}, which merged into ${pull.baseRef}; leave base empty or give ${pull.baseRef}`);
    }
    return { version, base: pull.baseRef, pull };
}
function versionInTitle(title) {
    const match = /\bv?\d+\.\d+\.\d+(?:-rc\d+)?\b/.exec(title);
    return match ? (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .tryParseVersion */ .z0)(match[0]) : undefined;
}
/** Fetches the base branch and the tags, and finds the commit to tag on the base branch. */
async function locateCommit(inputs, request) {
    const { repoDir, remote } = inputs;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoDir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repo', `${repoDir} does not exist`);
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(repoDir);
    if (!(await git.tryExec(['rev-parse', '--git-dir'])).ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repo', `${repoDir} is not a git repository`);
    }
    if (!(await git.hasRemote(remote))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repo', `${repoDir} has no remote "${remote}"`);
    }
    const base = request.base;
    if (!(await git.lsRemoteBranch(remote, base))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `branch "${base}" not found on ${remote}; give the branch the release pull request merged into`);
    }
    const baseRef = `refs/remotes/${remote}/${base}`;
    await git.fetch(remote, [`+refs/heads/${base}:${baseRef}`]);
    await git.fetchTags(remote);
    const baseTip = (await git.revParse(baseRef));
    const pull = request.pull;
    if (!pull)
        return { git, commit: baseTip };
    const commit = pull.mergeCommitSha;
    if (!commit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`pull request #${pull.number} is merged but GitHub gives no merge commit; give the version and rerun`);
    }
    if (!(await git.revParse(commit))) {
        await git.tryExec(['fetch', '--quiet', '--no-tags', remote, commit]);
    }
    if (!(await git.revParse(commit)) || !(await git.isAncestor(commit, baseRef))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`the merge commit ${commit.slice(0, 12)} of pull request #${pull.number} is not on ${base} (${remote}/${base} is at ${baseTip.slice(0, 12)}); refusing to tag a commit outside the base branch`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`tag ${tag} already exists in ${where} on ${at.slice(0, 12)}, not on the commit being released (${commit.slice(0, 12)}); a tag is never moved or deleted: release the next version instead`);
        }
    }
    return remoteTag ? 'remote' : localTag ? 'local' : undefined;
}
/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
function makeLatestFor(version, otherTags) {
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrerelease */ .V1)(version))
        return 'false';
    const higher = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseTags */ .dt)(otherTags).some((tag) => tag.rc === undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersions */ .Zy)(tag, version) > 0);
    return higher ? 'false' : 'true';
}
/** Whether a workflow run was started for `tag`: by its inputs (the emulator) or its run-name. */
function isRunForTag(run, tag) {
    if (run.inputs && run.inputs.tag === tag)
        return true;
    return new RegExp(`(^|[^\\w.-])${tag.replace(/[.]/g, '\\.')}($|[^\\w.-])`).test(run.displayTitle);
}

/** Verifies the merged tree, then plans: tag, draft release, publication, dispatch. Changes nothing. */
async function planTagRelease(inputs) {
    const notes = [];
    const request = await resolveRequest(inputs, notes);
    const { version, base, pull } = request;
    const { git, commit } = await locateCommit(inputs, request);
    const tagState = await existingTag(git, inputs.remote, version.tag, commit);
    const previous = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .previousRelease */ .Fi)(version, await git.tagsMergedInto(commit));
    const verified = await (0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .withCommitTree */ .eE)(git, commit, (treeDir, treeGit) => (0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyReleaseTree */ .hI)({ treeDir, git: treeGit, commit, version, previous, configFile: inputs.configFile }, inputs.kind));
    notes.push({
        kind: 'info',
        message: `verified at ${version.version}: ${verified.checked.join(', ')}`
    });
    const releases = await inputs.github.listReleases();
    const published = releases.filter((release) => !release.draft).map((release) => release.tagName);
    const makeLatest = makeLatestFor(version, [...(await git.tags()), ...published]);
    if (makeLatest === 'false' && !(0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrerelease */ .V1)(version)) {
        notes.push({
            kind: 'info',
            message: `a higher release exists: ${version.tag} will not be marked as the latest release`
        });
    }
    const existing = releases.find((release) => release.tagName === version.tag);
    const identity = inputs.identity ?? _repo_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTIONS_BOT */ .aX;
    const outputs = {};
    const fields = {
        name: version.tag,
        body: verified.changelog,
        prerelease: (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrerelease */ .V1)(version),
        makeLatest
    };
    const operations = [
        tagOperation(git, inputs.remote, version, commit, identity, tagState),
        releaseOperation(inputs.github, version, commit, fields, existing, outputs, verified.changelogPath)
    ];
    if (inputs.publish === 'now') {
        operations.push(publishOperation(inputs.github, version, makeLatest, outputs));
    }
    if (inputs.dispatchWorkflow) {
        operations.push(dispatchOperation(inputs.github, inputs.dispatchWorkflow, inputs.dispatchRef || version.tag, version, outputs));
    }
    const plan = {
        phase: 'tag-release',
        repository: inputs.repository,
        version: version.version,
        files: [],
        operations,
        notes
    };
    const serverUrl = inputs.serverUrl ?? 'https://github.com';
    return {
        plan,
        version,
        previous,
        kind: verified.kind,
        base,
        commit,
        pull,
        changelogPath: verified.changelogPath,
        tagUrl: `${serverUrl}/${inputs.repository}/tree/${version.tag}`,
        outputs
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
            if (!where) {
                await git.exec(['tag', '--annotate', '--message', tag, tag, commit], undefined, {
                    GIT_COMMITTER_NAME: identity.name,
                    GIT_COMMITTER_EMAIL: identity.email
                });
            }
            // Without --force, git refuses to overwrite a tag that appeared on the remote meanwhile.
            await git.push(remote, `refs/tags/${tag}:refs/tags/${tag}`);
            return { status: 'done', detail: `${tag} -> ${commit.slice(0, 12)}` };
        }
    };
}
function releaseOperation(github, version, commit, fields, existing, outputs, changelogPath) {
    const what = `${fields.prerelease ? 'prerelease' : 'release'} ${version.tag} (body: ${changelogPath}, make_latest ${fields.makeLatest})`;
    return {
        kind: 'github',
        title: existing
            ? existing.draft
                ? `update the draft ${what} in ${github.name}`
                : `release ${version.tag} is published in ${github.name} already; leave it`
            : `create the draft ${what} in ${github.name}`,
        apply: async () => {
            const found = await github.findReleaseByTag(version.tag);
            if (found && !found.draft) {
                outputs.release = found;
                return { status: 'unchanged', detail: `published: ${found.url}` };
            }
            if (found) {
                const same = found.name === fields.name &&
                    found.body === fields.body &&
                    found.prerelease === fields.prerelease;
                outputs.release = same ? found : await github.updateRelease(found.id, fields);
                return {
                    status: same ? 'unchanged' : 'done',
                    detail: `${same ? 'draft' : 'updated draft'} ${outputs.release.id}`
                };
            }
            outputs.release = await github.createRelease({
                tag: version.tag,
                target: commit,
                draft: true,
                ...fields
            });
            return { status: 'done', detail: `draft ${outputs.release.id}` };
        }
    };
}
function publishOperation(github, version, makeLatest, outputs) {
    return {
        kind: 'github',
        title: `publish the release ${version.tag} (publish: now)`,
        apply: async () => {
            const release = outputs.release;
            if (!release.draft)
                return { status: 'unchanged', detail: release.url };
            outputs.release = await github.updateRelease(release.id, { draft: false, makeLatest });
            return { status: 'done', detail: outputs.release.url };
        }
    };
}
function dispatchOperation(github, workflow, ref, version, outputs) {
    const tag = version.tag;
    return {
        kind: 'github',
        title: `dispatch ${workflow} on ${ref} with tag=${tag}, unless a run for ${tag} is queued, running or succeeded`,
        apply: async () => {
            let dispatched;
            try {
                dispatched = await github.dispatchOnce(workflow, ref, { tag }, (run) => isRunForTag(run, tag));
            }
            catch (error) {
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .isStatus */ .zM)(error, 422) || (0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .isStatus */ .zM)(error, 404)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${github.name} refused to dispatch ${workflow} on ${ref}: ${error.message}. The workflow must exist on ${ref} and declare on.workflow_dispatch.inputs.tag`);
                }
                throw error;
            }
            const { runId, url } = dispatched;
            outputs.dispatch = { workflow, runId, url };
            if (!dispatched.started && dispatched.run) {
                return { status: 'unchanged', detail: (0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRun */ .vZ)(dispatched.run) };
            }
            return {
                status: 'done',
                detail: runId ? `run ${runId} ${url ?? ''}`.trim() : 'dispatched; the run is not listed yet'
            };
        }
    };
}
/** The links of the job summary: tag, release and the dispatched run, as far as they are known. */
function tagReleaseLinks(tagged) {
    const links = [{ label: `Tag ${tagged.version.tag}`, url: tagged.tagUrl }];
    const release = tagged.outputs.release;
    if (release)
        links.push({ label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url });
    const dispatch = tagged.outputs.dispatch;
    if (dispatch?.url)
        links.push({ label: `Run of ${dispatch.workflow}`, url: dispatch.url });
    return links;
}
/** The manifest at `path` when there is one (prepare-release's), refusing one of another release. */
function readManifestFor(path, version) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifest */ .WI)(path);
    if (manifest.tag !== version.tag) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('manifest-path', `${path} is the manifest of ${manifest.tag}, not ${version.tag}; give another path or remove it`);
    }
    return manifest;
}
/** The manifest for the next job: the one prepare-release wrote, or a fresh one, with tag_release filled in. */
function tagReleaseManifest(tagged, repository, existing) {
    const { version, outputs } = tagged;
    const base = existing ?? {
        schema: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_SCHEMA */ .KB,
        repository,
        version: version.version,
        tag: version.tag,
        previousTag: tagged.previous?.tag ?? null,
        prerelease: (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrerelease */ .V1)(version),
        base: tagged.base
    };
    const release = outputs.release;
    return {
        ...base,
        tag_release: {
            commit: tagged.commit,
            release: release ? { id: release.id, url: release.url, draft: release.draft } : null,
            dispatch: outputs.dispatch
                ? { workflow: outputs.dispatch.workflow, runId: outputs.dispatch.runId ?? null }
                : null
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
