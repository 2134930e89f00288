export const id = 415;
export const ids = [415];
export const modules = {

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner)
});

// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 1 modules
var prepared_release = __webpack_require__(7327);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 10 modules
var client = __webpack_require__(8740);
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

// EXTERNAL MODULE: ./src/release/yaml.ts
var yaml = __webpack_require__(2506);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/updaters/operator-annotations.ts



/** The bundle annotation that names the OLM package. */
const PACKAGE_ANNOTATION = 'operators.operatorframework.io.bundle.package.v1';
/** The annotation community-operators-prod needs: the OpenShift versions the bundle is for. */
const OPENSHIFT_VERSIONS_ANNOTATION = 'com.redhat.openshift.versions';
function annotationsMap(content, path) {
    const doc = yaml/* default.parseDocument */.Ay.parseDocument(content);
    if (doc.errors.length > 0)
        throw new errors/* InputError */.dz(path, `is not valid YAML: ${doc.errors[0].message}`);
    const map = doc.get('annotations', true);
    if (!(0,yaml/* isMap */.jh)(map))
        throw new errors/* InputError */.dz(path, 'has no "annotations:" mapping; expected the bundle\'s metadata/annotations.yaml');
    return map;
}
function keyOf(pair) {
    return (0,yaml/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
}
/** The annotations as plain strings. */
function readAnnotations(content, path = 'metadata/annotations.yaml') {
    const out = {};
    for (const pair of annotationsMap(content, path).items) {
        const key = keyOf(pair);
        if (key !== undefined && (0,yaml/* isScalar */.jn)(pair.value))
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
    if (existing && (0,yaml/* isScalar */.jn)(existing.value) && existing.value.range) {
        if (String(existing.value.value) === value)
            return content;
        const [start, end] = existing.value.range;
        const quoted = existing.value.type === yaml/* Scalar */.X5.QUOTE_SINGLE
            ? `'${value.replace(/'/g, "''")}'`
            : JSON.stringify(value);
        return (0,updaters_text/* spliceAll */.C4)(content, [
            {
                start,
                end,
                text: existing.value.type === yaml/* Scalar */.X5.PLAIN && isPlainSafe(value) ? value : quoted
            }
        ]);
    }
    const last = map.items[map.items.length - 1];
    if (!last || !(0,yaml/* isScalar */.jn)(last.key) || !last.key.range) {
        throw new errors/* InputError */.dz(path, 'has an empty "annotations:" mapping; expected the bundle annotations');
    }
    const keyStart = last.key.range[0];
    const indent = content.slice(content.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
    const valueEnd = (0,yaml/* isScalar */.jn)(last.value) && last.value.range ? last.value.range[1] : last.key.range[1];
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
        if (yaml/* default.parseAllDocuments */.Ay.parseAllDocuments(content).some((doc) => doc.errors.length > 0))
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
    else if (!yaml/* default.parseAllDocuments */.Ay.parseAllDocuments(annotations).some((doc) => doc.errors.length > 0)) {
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
// EXTERNAL MODULE: ./src/effects/git.ts + 2 modules
var effects_git = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/effects/git-batch.ts

/**
 * Git reads batched into one process, whatever the number of files: the
 * catalog workspace reads a bundle folder with one `cat-file --batch`
 * instead of one `git show` per file.
 */
class BatchGit extends effects_git/* Git */.TU {
    /**
     * The contents of each `<ref>:<path>` in `specs`, in order, read by one
     * `git cat-file --batch`; undefined for one that is not there.
     */
    async readBlobs(specs) {
        if (specs.length === 0)
            return [];
        const bad = specs.find((spec) => /[\n\r]/.test(spec));
        if (bad !== undefined)
            throw new Error(`git cat-file --batch cannot read ${JSON.stringify(bad)}`);
        const out = Buffer.from(await this.exec(['cat-file', '--batch'], `${specs.join('\n')}\n`));
        return parseBatch(out, specs.length);
    }
}
/** `<id> <type> <size>\n<bytes>\n` or `<spec> missing\n` per object asked, in order. */
function parseBatch(out, count) {
    const contents = [];
    let at = 0;
    while (contents.length < count) {
        const end = out.indexOf(0x0a, at);
        if (end < 0)
            throw new Error(`git cat-file --batch answered ${contents.length} of ${count}`);
        const header = out.subarray(at, end).toString('utf8').split(' ');
        const size = Number(header[2]);
        if (header.length !== 3 || !Number.isInteger(size)) {
            // "<spec> missing", "<spec> ambiguous": the spec may hold spaces, the verdict does not.
            contents.push(undefined);
            at = end + 1;
            continue;
        }
        const type = header[1];
        contents.push(type === 'blob' ? out.subarray(end + 1, end + 1 + size).toString('utf8') : undefined);
        at = end + 1 + size + 1;
    }
    return contents;
}

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
        const git = new BatchGit(dir, env);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD')))
            await effects_git/* Git */.TU.initBare(dir, env);
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
    /**
     * The files under `folder` at `commit`, relative to it (contents fetched on
     * demand), read in one `cat-file --batch`.
     */
    async readFolder(commit, folder) {
        if ((await this.folderTree(commit, folder)) === undefined)
            return undefined;
        const names = await this.git.filesUnder(commit, folder);
        const contents = await this.git.readBlobs(names.map((name) => `${commit}:${name}`));
        const files = new Map();
        names.forEach((name, i) => files.set(name.slice(folder.length + 1), contents[i]));
        return files;
    }
    /**
     * Writes the blobs of `files` (paths relative to the folder) in one
     * `hash-object` process, then one tree per folder; returns the folder's tree.
     */
    async writeFolder(files) {
        const paths = [...files.keys()];
        const ids = await this.git.writeBlobs(paths.map((path) => files.get(path)));
        return this.writeTree(new Map(paths.map((path, i) => [path, ids[i]])));
    }
    /** The trees of `blobs` (blob ids by path relative to the folder), deepest first; the folder's. */
    async writeTree(blobs) {
        const byName = new Map();
        for (const [path, sha] of blobs) {
            const [head, ...rest] = path.split('/');
            if (rest.length === 0)
                byName.set(head, sha);
            else {
                const sub = byName.get(head) ?? new Map();
                sub.set(rest.join('/'), sha);
                byName.set(head, sub);
            }
        }
        const entries = [];
        for (const [name, value] of byName) {
            entries.push(typeof value === 'string'
                ? { mode: '100644', type: 'blob', sha: value, name }
                : { mode: '040000', type: 'tree', sha: await this.writeTree(value), name });
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
            return (0,release_branch/* pushWithLease */.VO)({
                where: `${(0,client/* repositoryName */.aR)(ref)}:${branch}`,
                made,
                remoteTip: () => workspace.remoteTip('fork', branch),
                refuseForeign: async (tip) => {
                    if (tip !== remoteTip)
                        await workspace.fetchTip('fork', forkUrl(ref), branch, 2);
                    if (!(await isOurs(tip)))
                        throw new errors/* InputError */.dz('catalogs', `${(0,client/* repositoryName */.aR)(ref)}:${branch} holds commits that operator-release did not make (tip ${tip.slice(0, 12)}); delete that branch, then rerun`);
                },
                push: (tip) => workspace.push('fork', made, branch, tip)
            });
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
    const guard = (0,release_branch/* branchGuard */.EA)({
        git: checkout.git,
        remote: inputs.remote,
        branch,
        baseCommit: checkout.baseCommit,
        subject: title
    });
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
        },
        guard
    });
    plan.operations = publish.operations;
    return { plan, version, nextVersion, branch, publish };
}

// EXTERNAL MODULE: ./src/steps/doc-edits.ts
var doc_edits = __webpack_require__(8197);
// EXTERNAL MODULE: ./src/steps/patch-branch.ts
var patch_branch = __webpack_require__(2838);
// EXTERNAL MODULE: ./src/steps/review-list.ts + 1 modules
var review_list = __webpack_require__(4873);
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
            if (step.commands.some(({ command }) => command === 'go'))
                await assertGoVersion(treeDir, env);
            for (const { command, args } of step.commands) {
                await (0,exec/* run */.e)(command, args, { cwd: treeDir, env }).catch((error) => {
                    throw explainedFailure(step, command, error);
                });
            }
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
/** How a maintainer skips a step this machine cannot run: the CLI flag, and the action input. */
function skipOf(command) {
    return command === 'go'
        ? {
            flag: '--skip-go (input skip-go)',
            then: 'update go.mod, go.sum and vendor/ on a machine that can before the pull request merges'
        }
        : {
            flag: '--skip-bundle (input skip-bundle)',
            then: 'run make bundle before the pull request merges'
        };
}
const NETWORK = /dial tcp|no such host|i\/o timeout|connection refused|network is unreachable|TLS handshake timeout|Temporary failure in name resolution|Could not resolve host|Failed to connect/i;
/**
 * Why a step's command failed, in words a maintainer can act on, with the
 * flag that skips the step: the tool is missing (go, make, operator-sdk), go
 * is older than go.mod asks, or the network is out of reach. Other failures
 * are left as they are.
 */
function explainedFailure(step, command, error) {
    if (!(error instanceof Error))
        return error;
    const text = error.message;
    const skip = skipOf(command);
    const or = `, or run with ${skip.flag} and ${skip.then}`;
    let why;
    const older = /requires go >= ?(\S+?)[;)]?\s*\(running go (\S+?)[;)]/.exec(text);
    if (/^could not run \S+: .*ENOENT/.test(text)) {
        why = `${command} is not installed here (not on PATH): install it${or}`;
    }
    else if (older) {
        why = `go.mod asks for go ${older[1]} and the go here is ${older[2]}: install go ${older[1]} or newer${or}`;
    }
    else if (/operator-sdk[^\n]*(not found|No such file)|No such file[^\n]*operator-sdk/i.test(text)) {
        why = `it needs operator-sdk, which is not installed here: install it${or}`;
    }
    else if (NETWORK.test(text)) {
        why = `it needs the network (${command === 'go' ? 'the Go module proxy' : 'it downloads its tools or images'}) and could not reach it: run it where the network is reachable${or}`;
    }
    return why ? new errors/* ReleaseError */.K2(`${step.label}: ${why}.\n${text}`) : error;
}
/** go.mod's `go` line, when go here is older and cannot switch to a newer toolchain itself. */
async function assertGoVersion(treeDir, env) {
    let goMod;
    try {
        goMod = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(treeDir, 'go.mod'), 'utf8');
    }
    catch {
        return;
    }
    const need = /^go\s+(\d+(?:\.\d+){1,2})\s*$/m.exec(goMod)?.[1];
    if (!need)
        return;
    const probe = await (0,exec/* run */.e)('go', ['env', 'GOVERSION', 'GOTOOLCHAIN'], { cwd: treeDir, env }).catch((error) => {
        throw explainedFailure({ label: 'go env', commands: [] }, 'go', error);
    });
    const [version = '', toolchain = ''] = probe.stdout.trim().split('\n');
    const have = /^go(\d+(?:\.\d+){1,2})/.exec(version.trim())?.[1];
    if (!have || compareGo(have, need) >= 0)
        return;
    // From go 1.21 the go command fetches the toolchain go.mod asks for, unless told not to.
    const switches = compareGo(have, '1.21') >= 0 && toolchain.trim() !== 'local';
    if (switches)
        return;
    const skip = skipOf('go');
    throw new errors/* ReleaseError */.K2(`go.mod asks for go ${need} (its go line) and the go here is ${have}: install go ${need} or newer, or run with ${skip.flag} and ${skip.then}`);
}
/** Compares go versions like 1.22 and 1.22.3 by their numbers. */
function compareGo(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
        const diff = (left[i] ?? 0) - (right[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/phases/operator-release/prepare.ts
















/** Computes every edit and step of a bpfman-operator release; changes nothing in the checkout. */
async function planOperatorPrepare(inputs) {
    const started = await (0,prepared_release/* startRelease */.I$)(inputs);
    return (0,patch_branch/* inReleaseTree */.pB)(inputs, started, (tree) => planInTree(inputs, started, tree));
}
/** The edits of the release as read and generated in its tree, and the steps that publish them. */
async function planInTree(inputs, started, tree) {
    const { version, checkout, previous, base } = started;
    const config = (0,release_config/* loadOperatorConfig */.zG)(tree.dir, inputs.configFile);
    const notes = [];
    const source = (0,operator_version/* findVersionSource */.$)(tree.dir, config);
    (0,release_version/* assertNotBehindTree */.S6)(version, source, base, checkout.tags);
    const gate = await bpfmanGate(inputs, version, notes);
    if (source.version === version.version) {
        throw new errors/* InputError */.dz('version', `${source.path} on ${base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    const settings = { ...inputs, repoDir: tree.dir };
    const pending = (0,prepared_release/* startFinish */.Ib)({ settings, started, config, ...tree.patch });
    const review = (0,review_list/* startReview */.L)(tree.patch.treeGit, previous?.version);
    const branch = (0,release_branch/* releaseBranch */.CT)(version);
    const edits = new files/* FileEdits */.Q7(tree.dir);
    const versionReason = `version ${source.version} -> ${version.version}`;
    edits.set(source.path, (0,operator_version/* setVersion */.v)(source, version.version), versionReason);
    if ((0,release_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'skipped',
            message: 'release candidate: only the version changes (bundle, Containerfile labels, README links and go.mod stay, as the process says)'
        });
        const goMod = (0,files/* readRepoFile */.v6)(tree.dir, 'go.mod');
        const required = goMod === undefined ? undefined : bpfmanRequirement(goMod, config);
        if (required) {
            notes.push({
                kind: 'info',
                path: 'go.mod',
                message: `stays on ${config.bpfmanModule} ${required}${gate ? `; the release candidate is gated on bpfman ${gate}` : ''}`
            });
        }
    }
    else {
        await planGenerated({
            inputs,
            repoDir: tree.dir,
            config,
            version,
            git: checkout.git,
            baseCommit: tree.commit,
            versionWrite: {
                path: source.path,
                content: (0,operator_version/* setVersion */.v)(source, version.version),
                reason: versionReason
            },
            edits,
            notes,
            existing: await existingBranchReader(checkout.git, inputs.remote, branch)
        });
        planLabels(tree.dir, config, version, tree.patch.tracked, edits);
        (0,doc_edits/* planDocRules */.v)(tree.dir, config.docRules, previous, version, edits, 'link(s)');
    }
    return (0,prepared_release/* finishRelease */.pp)({
        phase: 'operator-release prepare',
        project: 'bpfman-operator',
        settings,
        started,
        pending,
        edits,
        notes,
        config,
        review,
        changeLines: summarizedPaths,
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit; then operator-release (stage catalogs) opens the community catalog pull requests.',
        ...tree.patch
    });
}
/**
 * The gate: the bpfman release the operator release builds on must be
 * published. A final needs bpfman's release of the same version; a release
 * candidate the same version when bpfman has it, else bpfman's newest
 * published release candidate of the same X.Y.Z (one bpfman rc may serve
 * several operator rcs). Returns the tag it found (undefined offline).
 */
async function bpfmanGate(inputs, version, notes) {
    const github = inputs.offline ? undefined : inputs.bpfman;
    const core = `${version.major}.${version.minor}.${version.patch}`;
    if (!github) {
        notes.push({
            kind: 'warning',
            message: `offline: not checked that bpfman ${version.tag} is released${(0,release_version/* isPrerelease */.V1)(version) ? ` (or another release candidate of ${core})` : ''}; release bpfman first`
        });
        return undefined;
    }
    const releases = await github.releases.list();
    const same = releases.find((release) => release.tagName === version.tag);
    if (same && !same.draft) {
        notes.push({ kind: 'info', message: `bpfman ${version.tag} is released: ${same.url}` });
        return version.tag;
    }
    if ((0,release_version/* isPrerelease */.V1)(version)) {
        const candidate = releases
            .filter((release) => !release.draft)
            .map((release) => ({ release, parsed: (0,release_version/* tryParseVersion */.z0)(release.tagName) }))
            .filter((found) => found.parsed !== undefined &&
            found.parsed.rc !== undefined &&
            found.parsed.major === version.major &&
            found.parsed.minor === version.minor &&
            found.parsed.patch === version.patch)
            .sort((a, b) => (0,release_version/* compareVersions */.Zy)(a.parsed, b.parsed))
            .pop();
        if (candidate) {
            notes.push({
                kind: 'info',
                message: `bpfman ${version.tag} is not released; its newest release candidate of ${core} is: ${candidate.parsed.tag} (${candidate.release.url}), which this release candidate builds on`
            });
            return candidate.parsed.tag;
        }
        throw new errors/* InputError */.dz('version', `bpfman has released neither ${version.tag} nor another release candidate of ${core} in ${github.name}${same ? ` (the release of ${version.tag} is still a draft)` : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`);
    }
    throw new errors/* InputError */.dz('version', `bpfman ${version.tag} is not released in ${github.name}${same ? ' (its GitHub release is still a draft)' : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`);
}
/** The version of bpfman's Go module that go.mod requires, or undefined. */
function bpfmanRequirement(goMod, config) {
    return new RegExp(`^\\s*(?:require\\s+)?${(0,updaters_text/* escapeRegExp */.Nt)(config.bpfmanModule)}\\s+(v\\S+)`, 'm').exec(goMod)?.[1];
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
    const { inputs, repoDir, config, version, git, baseCommit, versionWrite, edits, notes, existing } = request;
    const steps = [];
    const go = goStep(repoDir, config, version, inputs.skipGo, notes);
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
        const base = (0,files/* readRepoFile */.v6)(repoDir, path);
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
    const required = bpfmanRequirement(goMod, config);
    if (!required) {
        notes.push({
            kind: 'info',
            path: 'go.mod',
            message: `does not require ${config.bpfmanModule}; nothing to update`
        });
        return undefined;
    }
    if (required === version.tag) {
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
            message: `--skip-go: still requires ${config.bpfmanModule} ${required}; run ${label} (the action never skips it)`
        });
        return undefined;
    }
    return { label: `${config.bpfmanModule} ${required} -> ${version.tag}: ${label}`, commands };
}
/** `Containerfile.*.openshift` as a pattern: `*` matches within one path segment. */
function globRegExp(pattern) {
    return new RegExp(`^${pattern.split('*').map(updaters_text/* escapeRegExp */.Nt).join('[^/]*')}$`);
}
function planLabels(repoDir, config, version, tracked, edits) {
    const pattern = globRegExp(config.containerfilePattern);
    for (const path of tracked.filter((file) => pattern.test(file))) {
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

;// CONCATENATED MODULE: ./src/phases/operator-release/planner.ts





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
/** The stage's plan, with the release it belongs to. */
const planner = async (settings) => {
    const version = (0,release_version/* parseVersion */.ot)(settings.version);
    return { ...(await planStage(settings, version)), repository: settings.repository, version };
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
