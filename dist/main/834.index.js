export const id = 834;
export const ids = [834];
export const modules = {

/***/ 9834:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2451);
/* harmony import */ var _src_phases_operator_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(782);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_src_phases_operator_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .operatorRelease */ .g);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ operatorRelease)
});

// EXTERNAL MODULE: ./src/release/version.ts
var release_version = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 3 modules
var prepared_release = __webpack_require__(3934);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 9 modules
var client = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/release/identity.ts
var release_identity = __webpack_require__(3287);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/release-branch.ts
var release_branch = __webpack_require__(443);
;// CONCATENATED MODULE: ./src/steps/released-upstream.ts

/**
 * The gate before a release that builds on another: `version`'s GitHub
 * release upstream must be published. Returns its URL (undefined offline).
 */
async function requireReleased(gate, version, notes) {
    if (!gate.github) {
        notes.push({ kind: 'warning', message: gate.offlineNote });
        return undefined;
    }
    const release = await gate.github.releases.findByTag(version.tag);
    if (!release || release.draft)
        throw new errors/* InputError */.dz('version', gate.refusal(Boolean(release)));
    return release.url;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
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

// EXTERNAL MODULE: ./src/updaters/operator-csv.ts
var operator_csv = __webpack_require__(6169);
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

;// CONCATENATED MODULE: ./src/phases/operator-release/catalog-bundle.ts




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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/effects/git.ts
var effects_git = __webpack_require__(3430);
;// CONCATENATED MODULE: ./src/phases/operator-release/catalog-workspace.ts



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
    constructor(git) {
        this.git = git;
    }
    static async open(root, repository, auth) {
        const dir = (0,external_node_path_.join)(root, `${repository.replace('/', '--')}.git`);
        const env = auth ? authEnv(auth.token, auth.serverUrl) : {};
        const git = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD')) ? new effects_git/* Git */.T(dir, env) : await effects_git/* Git */.T.initBare(dir, env);
        return new CatalogWorkspace(git);
    }
    /**
     * Fetches the tip of `branch` from `url` as `refs/remotes/<remote>/<branch>`
     * (`depth` commits, trees only); undefined when the branch does not exist.
     */
    async fetchTip(remote, url, branch, depth = 1) {
        await this.git.setPartialRemote(remote, url);
        if (!(await this.git.lsRemoteBranch(remote, branch)))
            return undefined;
        const ref = `refs/remotes/${remote}/${branch}`;
        await this.git.fetchTreesOnly(remote, branch, ref, depth);
        return (await this.git.revParse(ref));
    }
    /** The commit a remote branch points at, asked of the remote. */
    async remoteTip(remote, branch) {
        return this.git.lsRemoteBranch(remote, branch);
    }
    /** The tree of `folder` at `commit`, or undefined when the folder is not there. */
    async folderTree(commit, folder) {
        return this.git.objectAt(commit, folder);
    }
    /** The files under `folder` at `commit`, relative to it (contents fetched on demand). */
    async readFolder(commit, folder) {
        if ((await this.folderTree(commit, folder)) === undefined)
            return undefined;
        const files = new Map();
        for (const name of await this.git.filesUnder(commit, folder))
            files.set(name.slice(folder.length + 1), (await this.git.readBlob(commit, name)));
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
                entries.push({ mode: '100644', type: 'blob', sha: await this.git.writeBlob(value), name });
            }
            else {
                entries.push({ mode: '040000', type: 'tree', sha: await this.writeFolder(value), name });
            }
        }
        return this.git.mktree(entries);
    }
    /** A commit of `base` with `folder` set to `folderTree`; every other path keeps its tree or blob id. */
    async commitWithFolder(base, folder, folderTree, message, identity) {
        const rootTree = await this.spliceTree(`${base}^{tree}`, folder.split('/'), folderTree);
        return this.git.commitTree(rootTree, base, message, identity);
    }
    /** The paths a commit changes against its parent (the parent must have been fetched: depth 2). */
    async changedPaths(commit) {
        const parent = await this.git.parentOf(commit);
        return parent ? this.git.changedBetween(parent, commit) : undefined;
    }
    /** Pushes `commit` to `branch` of `remote`, only if the branch is still at `expected` (absent: undefined). */
    async push(remote, commit, branch, expected) {
        await this.git.push(remote, `${commit}:refs/heads/${branch}`, {
            forceWithLease: `refs/heads/${branch}:${expected ?? ''}`
        });
    }
    async spliceTree(treeish, parts, subtree) {
        const entries = treeish ? await this.git.lsTree(treeish) : [];
        const [head, ...rest] = parts;
        const existing = entries.find((entry) => entry.name === head && entry.type === 'tree');
        const child = rest.length === 0 ? subtree : await this.spliceTree(existing?.sha, rest, subtree);
        return this.git.mktree([
            ...entries.filter((entry) => entry.name !== head),
            { mode: '040000', type: 'tree', sha: child, name: head }
        ]);
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

;// CONCATENATED MODULE: ./src/phases/operator-release/catalogs.ts













function catalogBranch(packageName, version) {
    return `${packageName}-${version.version}`;
}
function catalogTitle(packageName, version) {
    return `operator ${packageName} (${version.version})`;
}
/** The released bundle: every file under the bundle folder at the tag, relative to it. */
async function releasedBundle(git, tag, bundleDir) {
    const names = await git.filesUnder(tag, bundleDir);
    if (names.length === 0)
        throw new errors/* InputError */.dz('version', `${tag} has no ${bundleDir}/ folder; the catalogs are made from the released bundle`);
    const files = new Map();
    for (const name of names)
        files.set(name.slice(bundleDir.length + 1), (await git.readBlob(tag, name)));
    return files;
}
/** After the operator release: one pull request per community catalog, from the bot account's fork. */
async function planOperatorCatalogs(inputs) {
    const version = (0,release_version/* parseVersion */.ot)(inputs.version);
    const config = (0,release_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    if (inputs.push && !inputs.catalogOctokit) {
        throw new errors/* InputError */.dz('catalog-token', 'is required to fork the catalogs and open the pull requests; give a token of the bot account');
    }
    const git = await (0,steps_checkout/* openRepository */.h_)(inputs.repoDir);
    if (inputs.remote)
        await git.fetchTags(inputs.remote);
    if (!(await git.revParse(`refs/tags/${version.tag}`))) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} not found in ${inputs.repository}; the catalogs take the released bundle: release the operator first`);
    }
    const notes = [];
    await requireReleased({
        github: inputs.offline ? undefined : inputs.github,
        offlineNote: `offline: not checked that the ${inputs.repository} ${version.tag} release is published`,
        refusal: (draft) => `the ${inputs.repository} ${version.tag} release is not published${draft ? ' (it is still a draft)' : ''}; the catalogs come after the operator release. Publish it first, then rerun`
    }, version, notes);
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
        const outcome = { repository, folder, branch, status: 'not-fetched' };
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
        const steps = catalogOperations({
            ...fetched,
            bot: bot.login,
            folder,
            branch,
            // Files of the catalog's folder that the bundle lacks stay: the commit replaces the folder's tree.
            files: new Map([...(existing ?? []), ...copy.files]),
            title: catalogTitle(config.packageName, version),
            message: catalogCommitMessage(config, version, inputs.repository, copy.changes, identity),
            body: pullBody(config, version, inputs.repository, copy.changes, folder),
            identity,
            gitServerUrl: inputs.gitServerUrl,
            forkTimeoutMs: inputs.forkTimeoutMs ?? 60_000
        });
        outcome.steps = steps;
        operations.push(steps.fork, steps.commit, steps.push, steps.pull);
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
async function botAccount(octokit) {
    // Any repository will do for a client that only asks who the token belongs to.
    return new client/* GitHubClient */.jh(octokit, { owner: 'bpfman', repo: 'bpfman' }).repos.authenticatedUser();
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
    const upstream = new client/* GitHubClient */.jh(inputs.catalogOctokit, (0,client/* parseRepository */.SU)(repository, 'catalogs'));
    const info = await upstream.repos.info();
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
    const folders = await workspace.git.namesIn(tip, operator);
    const earlier = (0,release_version/* releaseTags */.dt)(folders.map((name) => `v${name}`)).filter((found) => (0,release_version/* compareVersions */.Zy)(found, version) < 0);
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
    const { upstream, workspace, branch, defaultBranch } = request;
    const forkUrl = (fork) => gitUrl(request.gitServerUrl, (0,client/* repositoryName */.aR)(fork));
    const isOurs = async (commit) => {
        if ((await workspace.git.subjectOf(commit)) !== request.title)
            return false;
        const paths = await workspace.changedPaths(commit);
        return paths !== undefined && paths.every((path) => path.startsWith(`${request.folder}/`));
    };
    const fork = {
        kind: 'github',
        title: `fork ${upstream.name} into ${request.bot} (or use the fork there) and sync its ${defaultBranch} with ${upstream.name}`,
        apply: async () => {
            const existing = await upstream
                .forRepository({ owner: request.bot, repo: upstream.ref.repo })
                .repos.info();
            const known = existing?.fork && existing.parent?.toLowerCase() === upstream.name.toLowerCase();
            const ref = known
                ? { owner: request.bot, repo: upstream.ref.repo }
                : await upstream.repos.createFork();
            const forkClient = upstream.forRepository(ref);
            await waitForFork(forkClient, request.forkTimeoutMs);
            let merge;
            try {
                merge = await forkClient.repos.syncFork(defaultBranch);
            }
            catch (error) {
                if ((0,client/* isStatus */.zM)(error, 409) || (0,client/* isStatus */.zM)(error, 422)) {
                    throw new errors/* ReleaseError */.K2(`${forkClient.name} could not be synced with ${upstream.name} (${error.message}); its ${defaultBranch} has commits of its own: reset it to ${upstream.name}'s ${defaultBranch} (or delete the fork), then rerun`);
                }
                throw error;
            }
            const detail = `${known ? 'fork' : 'forked'} ${forkClient.name}, ${defaultBranch}: ${merge === 'none' ? 'already in sync' : merge}`;
            return { status: known && merge === 'none' ? 'unchanged' : 'done', detail, value: ref };
        }
    };
    const commit = {
        kind: 'git',
        title: `commit ${request.folder} (${request.files.size} files) on ${branch}, on the fork's ${defaultBranch}, signed off by ${request.identity.name}`,
        apply: async (products) => {
            const ref = products.of(fork);
            const folderTree = await workspace.writeFolder(request.files);
            const remoteTip = await workspace.fetchTip('fork', forkUrl(ref), branch, 2);
            if (remoteTip &&
                (await isOurs(remoteTip)) &&
                (await workspace.folderTree(remoteTip, request.folder)) === folderTree) {
                return {
                    status: 'unchanged',
                    detail: `${(0,client/* repositoryName */.aR)(ref)}:${branch} already at ${remoteTip.slice(0, 12)}`,
                    value: { commit: remoteTip, remoteTip }
                };
            }
            const base = await workspace.fetchTip('fork', forkUrl(ref), defaultBranch);
            if (!base)
                throw new errors/* ReleaseError */.K2(`${(0,client/* repositoryName */.aR)(ref)} has no branch ${defaultBranch}`);
            const made = await workspace.commitWithFolder(base, request.folder, folderTree, request.message, request.identity);
            return { status: 'done', detail: made.slice(0, 12), value: { commit: made, remoteTip } };
        }
    };
    const push = {
        kind: 'git',
        title: `push ${branch} to the fork`,
        apply: async (products) => {
            const ref = products.of(fork);
            const { commit: made, remoteTip } = products.of(commit);
            const tip = await workspace.remoteTip('fork', branch);
            if (tip === made)
                return {
                    status: 'unchanged',
                    detail: `${(0,client/* repositoryName */.aR)(ref)}:${branch} is at ${made.slice(0, 12)}`
                };
            if (tip && tip !== remoteTip)
                await workspace.fetchTip('fork', forkUrl(ref), branch, 2);
            if (tip && !(await isOurs(tip))) {
                throw new errors/* InputError */.dz('catalogs', `${(0,client/* repositoryName */.aR)(ref)}:${branch} holds commits that operator-release did not make (tip ${tip.slice(0, 12)}); delete that branch, then rerun`);
            }
            await workspace.push('fork', made, branch, tip);
            return { status: 'done', detail: tip ? `replaced ${tip.slice(0, 12)}` : 'new branch' };
        }
    };
    const pull = {
        kind: 'github',
        title: `open the pull request "${request.title}" ${request.bot}:${branch} -> ${defaultBranch} in ${upstream.name} (or update the open one)`,
        apply: async (products) => {
            return (0,release_branch/* pullOutcome */.aD)(await upstream.pulls.openOrUpdate({
                head: branch,
                headOwner: products.of(fork).owner,
                base: defaultBranch,
                title: request.title,
                body: request.body
            }));
        }
    };
    return { fork, commit, push, pull };
}
async function waitForFork(fork, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await fork.repos.info())
            return;
        if (Date.now() > deadline)
            throw new errors/* ReleaseError */.K2(`the fork ${fork.name} did not appear within ${Math.round(timeoutMs / 1000)} s; rerun in a minute`);
        await new Promise((resolve) => setTimeout(resolve, 2000));
    }
}
function catalogCommitMessage(config, version, repository, changes, identity) {
    return (0,release_identity/* commitMessage */.df)(catalogTitle(config.packageName, version), [
        `The ${config.packageName} ${version.version} bundle, from ${config.bundleDir}/ of https://github.com/${repository} at ${version.tag}.`,
        ...changes.map((change) => `- ${change}`)
    ], identity);
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

// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/steps/operator-version.ts + 1 modules
var operator_version = __webpack_require__(1315);
;// CONCATENATED MODULE: ./src/phases/operator-release/next-dev.ts








/**
 * The development version after a release: the next patch `-dev` (0.6.1-dev
 * after 0.6.0); after a release candidate, its own `-dev` (0.7.0-dev after
 * 0.7.0-rc1), since the final release is still to come.
 */
function developmentVersion(version) {
    return version.rc === undefined
        ? (0,release_version/* nextDevVersion */.BS)(version)
        : `${version.major}.${version.minor}.${version.patch}-dev`;
}
function nextDevBranch(nextVersion) {
    return `version-${nextVersion}`;
}
/** After a release: a pull request that sets the VERSION file to the next -dev version. */
async function planOperatorNextDev(inputs) {
    const version = (0,release_version/* parseVersion */.ot)(inputs.version);
    if (inputs.remote && !inputs.github)
        throw new errors/* InputError */.dz('token', 'a GitHub token is needed to open the pull request');
    const checkout = await (0,steps_checkout/* inspectCheckout */.dX)(inputs.repoDir, inputs.base, inputs.remote);
    if (!checkout.tags.includes(version.tag)) {
        throw new errors/* InputError */.dz('version', `tag ${version.tag} not found; next-dev runs after the release is tagged (tag-release), then rerun`);
    }
    const config = (0,release_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    const source = (0,operator_version/* findVersionSource */.$)(inputs.repoDir, config);
    const notes = [];
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
        return { plan, version, nextVersion: undefined, branch: undefined, publish: undefined };
    }
    const nextVersion = developmentVersion(version);
    const branch = nextDevBranch(nextVersion);
    if (source.version === nextVersion) {
        notes.push({
            kind: 'info',
            path: source.path,
            message: `already holds ${nextVersion}; nothing to do`
        });
        return { plan, version, nextVersion, branch, publish: undefined };
    }
    if (source.version !== version.version) {
        throw new errors/* InputError */.dz('version', `${source.path} on ${inputs.base} holds ${source.version}, not the release ${version.version}; next-dev moves ${version.version} to ${nextVersion} only. Check the version, or edit ${source.path} by hand`);
    }
    const edits = new files/* FileEdits */.Q7(inputs.repoDir);
    edits.set(source.path, (0,operator_version/* setVersion */.v)(source, nextVersion), `version ${version.version} -> ${nextVersion}`);
    plan.files = edits.changes();
    const identity = inputs.identity ?? release_identity/* ACTIONS_BOT */.aX;
    const title = `Set ${source.path} to ${nextVersion}`;
    const publish = (0,release_branch/* publishBranchOperations */.ev)({
        git: checkout.git,
        github: inputs.github,
        remote: inputs.remote,
        baseBranch: inputs.base,
        baseCommit: checkout.baseCommit,
        branch,
        files: plan.files,
        commitMessage: (0,release_identity/* commitMessage */.df)(title, [`The development version after the ${version.tag} release.`], identity),
        identity,
        pull: {
            title,
            body: `Moves ${source.path} from the released ${version.version} to ${nextVersion}, the development version until the next release. Made by release-actions operator-release (stage next-dev).`,
            labels: []
        }
    });
    plan.operations = publish.operations;
    return { plan, version, nextVersion, branch, publish };
}

// EXTERNAL MODULE: ./src/steps/doc-edits.ts
var doc_edits = __webpack_require__(8197);
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

// EXTERNAL MODULE: ./src/effects/exec.ts
var exec = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/phases/operator-release/generate.ts



/**
 * Runs the steps in a throwaway worktree of `baseCommit` (the repository's own
 * checkout stays as it is), after writing `writes` there, and returns every
 * file that differs from the base commit afterwards with the step that last
 * changed it. `inspect` sees the finished tree before it is removed.
 */
async function generateInWorktree(git, baseCommit, writes, steps, inspect = () => undefined) {
    return git.withWorktree(baseCommit, async (treeDir, treeGit) => {
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
            const status = await treeGit.workTreeChanges();
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

;// CONCATENATED MODULE: ./src/phases/operator-release/prepare.ts















/** Computes every edit and step of a bpfman-operator release; changes nothing in the checkout. */
async function planOperatorPrepare(inputs) {
    const started = await (0,prepared_release/* startRelease */.I$)(inputs);
    const { version, checkout, previous } = started;
    const config = (0,release_config/* loadOperatorConfig */.zG)(inputs.repoDir, inputs.configFile);
    const notes = [];
    const bpfmanRelease = await requireReleased({
        github: inputs.offline ? undefined : inputs.bpfman,
        offlineNote: `offline: not checked that bpfman ${version.tag} is released; release bpfman first`,
        refusal: (draft) => `bpfman ${version.tag} is not released in ${inputs.bpfman?.name}${draft ? ' (its GitHub release is still a draft)' : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`
    }, version, notes);
    if (bpfmanRelease)
        notes.push({ kind: 'info', message: `bpfman ${version.tag} is released: ${bpfmanRelease}` });
    const source = (0,operator_version/* findVersionSource */.$)(inputs.repoDir, config);
    if (source.version === version.version) {
        throw new errors/* InputError */.dz('version', `${source.path} on ${inputs.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    const branch = (0,release_branch/* releaseBranch */.CT)(version);
    const edits = new files/* FileEdits */.Q7(inputs.repoDir);
    const versionReason = `version ${source.version} -> ${version.version}`;
    edits.set(source.path, (0,operator_version/* setVersion */.v)(source, version.version), versionReason);
    if ((0,release_version/* isPrerelease */.V1)(version)) {
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
                content: (0,operator_version/* setVersion */.v)(source, version.version),
                reason: versionReason
            },
            edits,
            notes,
            existing: await existingBranchReader(checkout.git, inputs.remote, branch)
        });
        await planLabels(inputs.repoDir, config, version, checkout.git, edits);
        (0,doc_edits/* planDocRules */.v)(inputs.repoDir, config.docRules, previous, version, edits, 'link(s)');
    }
    return (0,prepared_release/* finishRelease */.pp)({
        phase: 'operator-release prepare',
        project: 'bpfman-operator',
        settings: inputs,
        started,
        edits,
        notes,
        config,
        reviewVersion: previous?.version,
        changeLines: summarizedPaths,
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
        const base = (0,files/* readRepoFile */.v6)(inputs.repoDir, path);
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
    const goMod = (0,files/* readRepoFile */.v6)(repoDir, 'go.mod');
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
    const vendor = (0,files/* readRepoFile */.v6)(repoDir, 'vendor/modules.txt') !== undefined;
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

// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/phases/operator-release/settings.ts





const OPERATOR_STAGES = ['prepare', 'catalogs', 'next-dev'];
const WRITE_TOKEN = 'export a token with contents and pull-requests write access, or use --no-push --offline';
/** operator-release's settings, from the action's inputs or the CLI's flags. */
async function operatorSettings(inputs) {
    if (!inputs.get('stage')) {
        throw new errors/* InputError */.dz(inputs.label('stage'), 'is required: prepare, catalogs or next-dev');
    }
    const stage = (0,release_inputs/* parseChoice */.HU)(inputs.get('stage'), OPERATOR_STAGES, inputs.label('stage'));
    const version = (0,release_version/* parseVersion */.ot)((0,release_inputs/* requireInput */.oN)(inputs, 'version', '0.6.1'), inputs.label('version')).version;
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman-operator');
    const { repository, remote, offline } = checkout;
    const push = remote !== undefined;
    const base = inputs.get('base') || 'main';
    const common = {
        repoDir: checkout.repoDir,
        repository,
        version,
        dryRun: checkout.dryRun,
        identity: checkout.identity,
        configFile: checkout.configFile
    };
    if (stage === 'prepare') {
        const skipBundle = (0,release_inputs/* parseBoolean */.yG)(inputs.get('skip-bundle'), inputs.label('skip-bundle'));
        const bundleCommand = inputs.get('bundle-command');
        if (skipBundle && bundleCommand) {
            throw new errors/* InputError */.dz(inputs.label('skip-bundle'), `and ${inputs.label('bundle-command')} exclude each other; give one of them`);
        }
        return {
            stage,
            ...common,
            base,
            remote,
            offline,
            summary: inputs.get('summary') || undefined,
            github: (0,settings/* githubClientFor */.q)(inputs, repository, push || !offline, WRITE_TOKEN),
            bpfman: offline
                ? undefined
                : (0,settings/* githubClientFor */.q)(inputs, inputs.get('bpfman-repository') || 'bpfman/bpfman', true, WRITE_TOKEN, 'token', 'bpfman-repository'),
            bundleCommand: skipBundle
                ? undefined
                : (0,release_inputs/* parseCommand */.RM)(bundleCommand || 'make bundle', inputs.label('bundle-command'), 'make bundle'),
            skipGo: (0,release_inputs/* parseBoolean */.yG)(inputs.get('skip-go'), inputs.label('skip-go'))
        };
    }
    if (stage === 'catalogs') {
        const catalogToken = inputs.get('catalog-token');
        if (push && !catalogToken) {
            throw new errors/* InputError */.dz(inputs.label('catalog-token'), "is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)");
        }
        // The stage only reads the operator's release with the repository's token: the bot's will do.
        const readToken = inputs.get('token') || catalogToken;
        return {
            stage,
            ...common,
            base,
            remote,
            push,
            offline,
            github: offline
                ? undefined
                : (0,settings/* githubClientFor */.q)({
                    get: (name) => (name === 'token' ? readToken : inputs.get(name)),
                    label: inputs.label
                }, repository, true, WRITE_TOKEN),
            catalogOctokit: push ? (0,client/* createOctokit */.Qi)(catalogToken) : undefined,
            catalogToken: push ? catalogToken : undefined,
            gitServerUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            openshiftVersions: inputs.get('openshift-versions') || undefined
        };
    }
    return {
        stage,
        ...common,
        base,
        remote,
        github: (0,settings/* githubClientFor */.q)(inputs, repository, push, WRITE_TOKEN)
    };
}

;// CONCATENATED MODULE: ./src/phases/operator-release/index.ts






function catalogsReport(result, applied) {
    const catalogs = result.catalogs.map((catalog) => {
        const steps = catalog.steps;
        const fork = applied?.products.find(steps?.fork);
        const commit = applied?.products.find(steps?.commit);
        const pr = applied?.products.find(steps?.pull);
        return { catalog, fork, commit, pr };
    });
    const pulls = catalogs.map(({ catalog, pr }) => ({
        repository: catalog.repository,
        status: catalog.status,
        number: pr?.number ?? null,
        url: pr?.url ?? null
    }));
    return {
        operator: {
            catalogs: catalogs.map(({ catalog, fork, commit, pr }) => ({
                repository: catalog.repository,
                folder: catalog.folder,
                branch: catalog.branch,
                status: catalog.status,
                fork: fork ? `${fork.owner}/${fork.repo}` : null,
                commit: commit?.commit ?? null,
                pr: pr ?? null
            }))
        },
        outputs: { branch: result.catalogs[0]?.branch, 'catalog-pulls': JSON.stringify(pulls) },
        links: pulls
            .filter((pull) => pull.url)
            .map((pull) => ({ label: `Pull request to ${pull.repository}`, url: pull.url })),
        epilogue: catalogs.flatMap(({ catalog, pr }) => pr
            ? [`Pull request to ${catalog.repository}: ${pr.url}`]
            : catalog.status === 'in-catalog'
                ? [`${catalog.repository} already holds ${catalog.folder}.`]
                : [])
    };
}
function nextDevReport(result, applied, repoDir, base) {
    const commit = applied?.products.find(result.publish?.commit);
    const pr = applied?.products.find(result.publish?.pull);
    const epilogue = [];
    if (applied && !applied.error && result.branch && result.plan.operations.length > 0) {
        epilogue.push(pr
            ? `\nPull request: ${pr.url}`
            : `\nNothing was pushed; inspect it with: git -C ${repoDir} log -p ${base}..${result.branch}`);
    }
    return {
        operator: {
            nextDev: {
                version: result.nextVersion ?? null,
                branch: result.branch ?? null,
                commit: commit ?? null,
                pr: pr ?? null
            }
        },
        outputs: {
            branch: result.branch,
            'pr-number': pr?.number,
            'pr-url': pr?.url,
            'next-version': result.nextVersion
        },
        links: (0,prepared_release/* preparedLinks */.Lv)(pr),
        epilogue
    };
}
/** operator-release: bpfman-operator's stages prepare, catalogs and next-dev. */
const operatorRelease = {
    name: 'operator-release',
    settings: operatorSettings,
    plan: async (settings) => {
        const version = (0,release_version/* parseVersion */.ot)(settings.version);
        return { ...(await planStage(settings, version)), repository: settings.repository, version };
    }
};
/** The stage's plan, and its report in the manifest's `operator` part, with the stage's outputs. */
async function planStage(settings, version) {
    const header = {
        repository: settings.repository,
        version,
        previousTag: null,
        base: settings.base
    };
    const stageOutputs = { stage: settings.stage, version: version.version, tag: version.tag };
    const withStage = ({ operator, outputs, ...rest }) => ({
        ...rest,
        manifest: { header, part: { operator } },
        outputs: { ...stageOutputs, ...outputs }
    });
    if (settings.stage === 'prepare') {
        const prepared = await planOperatorPrepare(settings);
        return {
            plan: prepared.plan,
            report: (result) => {
                const report = (0,prepared_release/* preparedReport */.oK)(prepared, settings, result);
                return { ...report, outputs: { stage: settings.stage, ...report.outputs } };
            }
        };
    }
    if (settings.stage === 'catalogs') {
        const planned = await planOperatorCatalogs(settings);
        return { plan: planned.plan, report: (result) => withStage(catalogsReport(planned, result)) };
    }
    const planned = await planOperatorNextDev(settings);
    return {
        plan: planned.plan,
        report: (result) => withStage(nextDevReport(planned, result, settings.repoDir, settings.base))
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
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4855);



function parse(content, path) {
    const doc = yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument(content);
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
