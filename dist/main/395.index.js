export const id = 395;
export const ids = [395];
export const modules = {

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   JD: () => (/* binding */ repositoryInput),
/* harmony export */   RW: () => (/* binding */ workingDirectoryInput),
/* harmony export */   TV: () => (/* binding */ committerInput),
/* harmony export */   e1: () => (/* binding */ tokenInput),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   qI: () => (/* binding */ githubClientFor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9248);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6783);





/** Shared input handling for the actions: every phase reads these the same way. */
function repositoryInput() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('repository') || process.env.GITHUB_REPOSITORY || '';
}
function workingDirectoryInput() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('working-directory') || '.');
}
function tokenInput(name = 'token') {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { required: true });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
}
function githubClientFor(repository, token) {
    return new _github_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubClient */ .jh((0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .createOctokit */ .Qi)(token), (0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(repository, 'repository'));
}
function committerInput() {
    const name = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('committer-name');
    const email = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('committer-email');
    return name && email ? { name, email } : _repo_js__WEBPACK_IMPORTED_MODULE_4__/* .ACTIONS_BOT */ .aX;
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value ?? '');
}
/** Runs an action's body; a failure becomes one error annotation and a failed step. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error));
        process.exitCode = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(error);
    }
}


/***/ }),

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ placeholderReason),
/* harmony export */   RB: () => (/* binding */ summaryParagraph),
/* harmony export */   Sg: () => (/* binding */ formatReleaseNotes),
/* harmony export */   kF: () => (/* binding */ formatChangelog),
/* harmony export */   oJ: () => (/* binding */ firstContributions),
/* harmony export */   q5: () => (/* binding */ changelogPath),
/* harmony export */   xf: () => (/* binding */ mergedPullsFromLog)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

function changelogPath(changelogDir, version) {
    return `${changelogDir}/CHANGELOG-${version.tag}.md`;
}
/** bpfman's opening paragraph: the `summary` input, or a sentence naming the kind of release. */
function summaryParagraph(version, previous, summary) {
    if (summary && summary.trim().length > 0)
        return summary.trim();
    const kind = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseKind */ .Mh)(version, previous);
    const since = previous ? ` The changes since ${previous.tag} are listed below.` : '';
    return `The ${version.tag} release is a ${kind} release.${since}`;
}
function formatChangelog(summary, notes) {
    return `${summary}\n\n${notes.trim()}\n`;
}
/**
 * The merged pull requests in `git log --format=%H%x00%an%x00%ae%x00%s%x00%b%x1e`
 * output: merge commits ("Merge pull request #12 from user/branch", title in the
 * body) and squash merges ("Title (#12)").
 */
function mergedPullsFromLog(log) {
    const pulls = [];
    for (const record of log.split('\x1e')) {
        const [, authorName, authorEmail, subject, body] = record.replace(/^\n/, '').split('\x00');
        if (subject === undefined)
            continue;
        const merge = /^Merge pull request #(\d+) from ([^/\s]+)\//.exec(subject);
        if (merge) {
            const title = (body ?? '')
                .split('\n')
                .find((line) => line.trim().length > 0)
                ?.trim();
            pulls.push({ number: Number(merge[1]), title: title ?? subject, author: merge[2] });
            continue;
        }
        const squash = /^(.*) \(#(\d+)\)$/.exec(subject);
        if (squash) {
            pulls.push({
                number: Number(squash[2]),
                title: squash[1],
                author: loginOf(authorName, authorEmail)
            });
        }
    }
    return pulls.reverse(); // git log is newest first; GitHub lists the oldest first
}
function loginOf(name, email) {
    const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email ?? '');
    return noreply ? noreply[1] : name;
}
/** The pull requests of `pulls` that are their author's first, given the pulls merged before. */
function firstContributions(pulls, earlier) {
    const seen = new Set(earlier.map((pull) => pull.author));
    return pulls.filter((pull) => !seen.has(pull.author) && seen.add(pull.author));
}
/** Release notes in the shape of GitHub's "Generate release notes" (default configuration). */
function formatReleaseNotes(pulls, newContributors, repository, tag, previousTag) {
    const web = `https://github.com/${repository}`;
    const sections = [];
    if (pulls.length > 0) {
        const lines = pulls.map((pull) => `* ${pull.title} by @${pull.author} in ${web}/pull/${pull.number}`);
        sections.push(`## What's Changed\n${lines.join('\n')}`);
    }
    if (newContributors.length > 0) {
        const lines = newContributors.map((pull) => `* @${pull.author} made their first contribution in ${web}/pull/${pull.number}`);
        sections.push(`## New Contributors\n${lines.join('\n')}`);
    }
    sections.push(`**Full Changelog**: ${previousTag ? `${web}/compare/${previousTag}...${tag}` : `${web}/commits/${tag}`}`);
    return sections.join('\n\n');
}
const PLACEHOLDER_PATTERN = /\b(TODO|TBD|FIXME)\b|<!--\s*(placeholder|fill)/i;
/** A changelog that still needs writing: empty, or a TODO placeholder like v0.6.0 shipped. */
function placeholderReason(content) {
    if (content.trim().length === 0)
        return 'it is empty';
    const match = PLACEHOLDER_PATTERN.exec(content);
    if (match)
        return `it still holds the placeholder "${match[0]}"`;
    return undefined;
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ loadBpfmanConfig),
/* harmony export */   zG: () => (/* binding */ loadOperatorConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE, BPFMAN_PRESET, mergeConfig, readConfigFile, OPERATOR_PRESET */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91);





/** Where a repository keeps the optional overrides of its preset. */
const CONFIG_FILE = '.github/release-actions.yml';
const BPFMAN_PRESET = {
    cargoToml: 'Cargo.toml',
    cargoLock: 'Cargo.lock',
    examplesMakefile: 'examples/Makefile',
    exampleConfigs: 'examples/config',
    dispatcherSource: 'bpfman/src/lib.rs',
    dispatcherImages: ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher'],
    changelogDir: 'changelogs',
    docRules: _updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__/* .BPFMAN_DOC_RULES */ .y4,
    reviewExclude: ['changelogs/', 'vendor/', 'examples/config/', '*.lock', 'go.sum', '.git/'],
    labels: ['release']
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
                (0,_updaters_docs_js__WEBPACK_IMPORTED_MODULE_4__/* .compileDocPattern */ .AE)(pattern, '0.0.0');
            }
            catch (error) {
                return `${shape}; ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error).replace(/^docs: /, '')}`;
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
    labels: isStringList
};
/**
 * Validates a parsed config file against a preset's keys: one error line per
 * bad key, all of them at once, naming the file.
 */
function mergeConfig(preset, checks, overrides, source) {
    if (overrides === null || overrides === undefined)
        return preset;
    if (typeof overrides !== 'object' || Array.isArray(overrides)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source, 'must be a mapping of keys to values');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(source, `invalid configuration:\n  - ${errors.join('\n  - ')}`);
    }
    return merged;
}
function readConfigFile(repoDir, file = CONFIG_FILE) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    try {
        return yaml__WEBPACK_IMPORTED_MODULE_2__.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, `is not valid YAML: ${error.message}`);
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


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT */
/**
 * Errors the user can act on. `InputError` is bad input (exit code 2): it is
 * raised before anything changes and says which input is wrong and what to do.
 * Anything else that fails is exit code 1.
 */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A step that could not finish; the message says what to check before a rerun. */
class ReleaseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReleaseError';
    }
}
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_BAD_INPUT = 2;
function exitCodeFor(error) {
    return error instanceof InputError ? EXIT_BAD_INPUT : EXIT_FAILED;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2876);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Runs a program with an argument array (never a shell string), quietly, and
 * throws a ReleaseError that shows the command and its stderr when it fails.
 */
async function run(command, args, options) {
    const env = options.env
        ? { ...process.env, ...options.env }
        : undefined;
    let result;
    try {
        result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, args, {
            cwd: options.cwd,
            env,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input)
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`could not run ${command}: ${error.message}`);
    }
    if (result.exitCode !== 0 && !options.allowFailure) {
        const detail = (result.stderr || result.stdout).trim();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${command} ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`);
    }
    return result;
}


/***/ }),

/***/ 1243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3190);



/**
 * Every git call goes through here (as actions/checkout's git-command-manager
 * does): argument arrays only, and each effect checks first whether it is done.
 */
class Git {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async exec(args, input, env) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('git', args, { cwd: this.dir, input, env });
        return result.stdout;
    }
    async tryExec(args) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('git', args, { cwd: this.dir, allowFailure: true });
        return { ok: result.exitCode === 0, stdout: result.stdout };
    }
    async revParse(ref) {
        const { ok, stdout } = await this.tryExec([
            'rev-parse',
            '--verify',
            '--quiet',
            `${ref}^{commit}`
        ]);
        return ok ? stdout.trim() : undefined;
    }
    async treeOf(ref) {
        return (await this.exec(['rev-parse', `${ref}^{tree}`])).trim();
    }
    async head() {
        return (await this.exec(['rev-parse', 'HEAD'])).trim();
    }
    async isClean() {
        return (await this.statusPorcelain()).length === 0;
    }
    async statusPorcelain() {
        const out = await this.exec(['status', '--porcelain', '--untracked-files=normal']);
        return out.split('\n').filter((line) => line.length > 0);
    }
    async hasRemote(remote) {
        const out = await this.exec(['remote']);
        return out.split('\n').includes(remote);
    }
    async remoteUrl(remote) {
        const { ok, stdout } = await this.tryExec(['remote', 'get-url', remote]);
        return ok ? stdout.trim() : undefined;
    }
    async fetch(remote, refspecs) {
        await this.exec(['fetch', '--quiet', '--prune', '--no-tags', remote, ...refspecs]);
    }
    async fetchTags(remote) {
        await this.exec(['fetch', '--quiet', '--tags', '--force', remote]);
    }
    /** The commit a remote branch points at, or undefined when it has none. */
    async lsRemoteBranch(remote, branch) {
        const out = await this.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
        return out.split(/\s+/)[0] || undefined;
    }
    /** The commit a remote tag points at (peeled), or undefined. */
    async lsRemoteTag(remote, tag) {
        const out = await this.exec([
            'ls-remote',
            '--tags',
            remote,
            `refs/tags/${tag}`,
            `refs/tags/${tag}^{}`
        ]);
        const lines = out
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split('\t'));
        const peeled = lines.find(([, ref]) => ref.endsWith('^{}'));
        return (peeled ?? lines[0])?.[0];
    }
    async tags() {
        return splitLines(await this.exec(['tag', '--list']));
    }
    async tagsMergedInto(ref) {
        return splitLines(await this.exec(['tag', '--list', '--merged', ref]));
    }
    async isAncestor(ancestor, descendant) {
        const { ok } = await this.tryExec(['merge-base', '--is-ancestor', ancestor, descendant]);
        return ok;
    }
    async checkoutNewBranch(branch, startPoint) {
        await this.exec(['checkout', '--quiet', '-B', branch, startPoint]);
    }
    async checkout(ref) {
        await this.exec(['checkout', '--quiet', ref]);
    }
    async currentBranch() {
        const { ok, stdout } = await this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
        return ok ? stdout.trim() : undefined;
    }
    async addAll(paths) {
        if (paths.length === 0)
            return;
        await this.exec(['add', '--all', '--', ...paths]);
    }
    async hasStagedChanges() {
        const { ok } = await this.tryExec(['diff', '--cached', '--quiet']);
        return !ok;
    }
    /** Commits what is staged with a DCO sign-off line for the committer. */
    async commitSignedOff(message, identity) {
        const config = identity
            ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`]
            : [];
        await this.exec([...config, 'commit', '--quiet', '--signoff', '--no-verify', '--file=-'], message);
        return this.head();
    }
    async push(remote, refspec, options = {}) {
        const force = options.forceWithLease !== undefined ? [`--force-with-lease=${options.forceWithLease}`] : [];
        await this.exec(['push', '--quiet', ...force, remote, refspec]);
    }
    /**
     * Writes a commit of `parent` plus `files` without touching the work tree or
     * the index (a private index file), so the checkout stays where it is.
     */
    async commitFiles(parent, files, message, identity) {
        const indexFile = (await this.exec(['rev-parse', '--git-path', 'release-actions.index'])).trim();
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.dir, indexFile) };
        await this.exec(['read-tree', parent], undefined, env);
        const entries = [];
        for (const file of files) {
            const blob = (await this.exec(['hash-object', '-w', '--stdin'], file.content)).trim();
            const mode = (await this.exec(['ls-tree', parent, '--', file.path])).split(' ')[0] || '100644';
            entries.push(`${mode} ${blob}\t${file.path}`);
        }
        await this.exec(['update-index', '--index-info'], `${entries.join('\n')}\n`, env);
        const tree = (await this.exec(['write-tree'], undefined, env)).trim();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(env.GIT_INDEX_FILE, { force: true });
        const author = {
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email
        };
        const commit = (await this.exec(['commit-tree', tree, '-p', parent, '-F', '-'], message, author)).trim();
        return { commit, tree };
    }
    async updateBranch(branch, commit) {
        await this.exec(['update-ref', `refs/heads/${branch}`, commit]);
    }
    async parentOf(commit) {
        return this.revParse(`${commit}^`);
    }
    async subjectOf(commit) {
        return (await this.exec(['log', '-1', '--format=%s', commit])).trim();
    }
    async lsFiles(prefix) {
        const out = await this.exec(['ls-files', '-z', ...(prefix ? ['--', prefix] : [])]);
        return out.split('\0').filter(Boolean);
    }
    async readBlob(ref, path) {
        const { ok, stdout } = await this.tryExec(['show', `${ref}:${path}`]);
        return ok ? stdout : undefined;
    }
    async log(range, format) {
        return splitLines(await this.exec(['log', `--format=${format}`, range]));
    }
    /** The user's git identity (user.name and user.email), when both are set. */
    async identity() {
        const name = await this.configValue('user.name');
        const email = await this.configValue('user.email');
        return name && email ? { name, email } : undefined;
    }
    async configValue(key) {
        const { ok, stdout } = await this.tryExec(['config', '--get', key]);
        return ok ? stdout.trim() : undefined;
    }
}
function splitLines(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   jh: () => (/* binding */ GitHubClient),
/* harmony export */   vZ: () => (/* binding */ describeRun),
/* harmony export */   zM: () => (/* binding */ isStatus)
/* harmony export */ });
/* unused harmony exports repositoryFromRemoteUrl, apiBaseUrl, isLiveOrSucceeded */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

function parseRepository(text, input = 'repository') {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
    if (!match)
        throw new Error(`${input}: "${text}" is not owner/name`);
    return { owner: match[1], repo: match[2] };
}
function repositoryName(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined for any other remote. */
function repositoryFromRemoteUrl(url) {
    const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The API base: GITHUB_API_URL as Actions sets it (or the local emulator), else api.github.com. */
function apiBaseUrl() {
    return process.env.GITHUB_API_URL || 'https://api.github.com';
}
function createOctokit(token, baseUrl = apiBaseUrl()) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl });
}
function toPullRequest(data) {
    return {
        number: data.number,
        url: data.html_url,
        state: data.state,
        merged: data.merged_at !== null,
        mergeCommitSha: data.merge_commit_sha,
        headRef: data.head.ref,
        baseRef: data.base.ref,
        title: data.title,
        body: data.body ?? '',
        labels: data.labels.map((label) => label.name ?? '').filter(Boolean)
    };
}
function isStatus(error, status) {
    return (typeof error === 'object' && error !== null && error.status === status);
}
/**
 * The GitHub calls the phases make, each idempotent: it looks for what it would
 * create before creating it.
 */
class GitHubClient {
    octokit;
    ref;
    constructor(octokit, ref) {
        this.octokit = octokit;
        this.ref = ref;
    }
    get name() {
        return repositoryName(this.ref);
    }
    async findPull(head, base, state = 'open', headOwner = this.ref.owner) {
        const { data } = await this.octokit.rest.pulls.list({
            ...this.ref,
            head: `${headOwner}:${head}`,
            base,
            state,
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.state === 'open') ?? pulls[0];
    }
    async getPull(number) {
        const { data } = await this.octokit.rest.pulls.get({ ...this.ref, pull_number: number });
        return toPullRequest(data);
    }
    /** Opens the pull request for `head`, or updates the open one: never a second one. */
    async openOrUpdatePull(request) {
        const existing = await this.findPull(request.head, request.base, 'open', request.headOwner);
        if (existing && existing.state === 'open') {
            if (existing.title === request.title && existing.body === request.body) {
                return { pull: existing, status: 'unchanged' };
            }
            const { data } = await this.octokit.rest.pulls.update({
                ...this.ref,
                pull_number: existing.number,
                title: request.title,
                body: request.body
            });
            return { pull: toPullRequest(data), status: 'updated' };
        }
        const head = request.headOwner ? `${request.headOwner}:${request.head}` : request.head;
        const { data } = await this.octokit.rest.pulls.create({
            ...this.ref,
            head,
            base: request.base,
            title: request.title,
            body: request.body,
            maintainer_can_modify: true
        });
        return { pull: toPullRequest(data), status: 'created' };
    }
    /** Adds the labels that the pull request lacks, creating missing labels in the repository. */
    async ensureLabels(issueNumber, labels) {
        const { data: current } = await this.octokit.rest.issues.listLabelsOnIssue({
            ...this.ref,
            issue_number: issueNumber
        });
        const missing = labels.filter((label) => !current.some((c) => c.name === label));
        if (missing.length === 0)
            return [];
        const { data: known } = await this.octokit.rest.issues.listLabelsForRepo({
            ...this.ref,
            per_page: 100
        });
        for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
            try {
                await this.octokit.rest.issues.createLabel({ ...this.ref, name, color: 'ededed' });
            }
            catch (error) {
                if (!isStatus(error, 422))
                    throw error; // created meanwhile: fine
            }
        }
        await this.octokit.rest.issues.addLabels({
            ...this.ref,
            issue_number: issueNumber,
            labels: missing
        });
        return missing;
    }
    /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
    async generateNotes(tag, target, previousTag) {
        const { data } = await this.octokit.rest.repos.generateReleaseNotes({
            ...this.ref,
            tag_name: tag,
            target_commitish: target,
            ...(previousTag ? { previous_tag_name: previousTag } : {})
        });
        return data.body;
    }
    /** The merged pull request from branch `head` (any base), or the newest closed or open one. */
    async findMergedPull(head) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.ref,
            head: `${this.ref.owner}:${head}`,
            state: 'all',
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.merged) ?? pulls[0];
    }
    /** Every release, drafts included (GET /releases/tags/{tag} never returns a draft). */
    async listReleases() {
        const data = await this.octokit.paginate(this.octokit.rest.repos.listReleases, {
            ...this.ref,
            per_page: 100
        });
        return data.map(toRelease);
    }
    /** The release of `tag`, draft or published; found by listing, as drafts have no tag yet. */
    async findReleaseByTag(tag) {
        return (await this.listReleases()).find((release) => release.tagName === tag);
    }
    async createRelease(request) {
        const { data } = await this.octokit.rest.repos.createRelease({
            ...this.ref,
            tag_name: request.tag,
            target_commitish: request.target,
            name: request.name,
            body: request.body,
            draft: request.draft,
            prerelease: request.prerelease,
            make_latest: request.makeLatest
        });
        return toRelease(data);
    }
    /** Changes a release's fields; `draft: false` publishes it. */
    async updateRelease(id, fields) {
        const { data } = await this.octokit.rest.repos.updateRelease({
            ...this.ref,
            release_id: id,
            ...(fields.name !== undefined ? { name: fields.name } : {}),
            ...(fields.body !== undefined ? { body: fields.body } : {}),
            ...(fields.prerelease !== undefined ? { prerelease: fields.prerelease } : {}),
            ...(fields.makeLatest !== undefined ? { make_latest: fields.makeLatest } : {}),
            ...(fields.draft !== undefined ? { draft: fields.draft } : {})
        });
        return toRelease(data);
    }
    /** The newest runs (at most 100) of a workflow file, optionally of one event. */
    async listWorkflowRuns(workflow, event) {
        const { data } = await this.octokit.rest.actions.listWorkflowRuns({
            ...this.ref,
            workflow_id: workflow,
            ...(event ? { event } : {}),
            per_page: 100
        });
        return data.workflow_runs.map(toWorkflowRun);
    }
    /**
     * Starts a workflow_dispatch run. GitHub answers with the run when asked
     * (return_run_details); a server that does not know the flag answers 204 and
     * the run is undefined.
     */
    async dispatchWorkflow(workflow, ref, inputs) {
        const response = await this.octokit.rest.actions.createWorkflowDispatch({
            ...this.ref,
            workflow_id: workflow,
            ref,
            inputs,
            return_run_details: true
        });
        // This Octokit's typings know only the 204 answer.
        const answer = response;
        const data = answer.status === 200
            ? answer.data
            : undefined;
        return { runId: data?.workflow_run_id, url: data?.html_url };
    }
    /**
     * Dispatches `workflow` unless a run that `matches` is queued, running or
     * succeeded (a failed or cancelled one is dispatched again): a rerun never
     * starts a second run. Dispatch errors are GitHub's, for the caller to explain.
     */
    async dispatchOnce(workflow, ref, inputs, matches) {
        const findRun = async () => {
            let runs;
            try {
                runs = await this.listWorkflowRuns(workflow, 'workflow_dispatch');
            }
            catch (error) {
                // GitHub lists runs of workflows on the default branch only; the dispatch says if the file is missing.
                if (isStatus(error, 404))
                    return undefined;
                throw error;
            }
            return runs.find((run) => matches(run) && isLiveOrSucceeded(run));
        };
        const existing = await findRun();
        if (existing)
            return { started: false, run: existing, runId: existing.id, url: existing.url };
        const started = await this.dispatchWorkflow(workflow, ref, inputs);
        if (started.runId !== undefined)
            return { started: true, run: undefined, ...started };
        const run = await findRun(); // an older GitHub answers 204 without the run
        return { started: true, run, runId: run?.id, url: run?.url };
    }
    /** A release with what the asset calls need: its immutability, upload URL and every asset. */
    async getReleaseAssets(releaseId) {
        const { data } = await this.octokit.rest.repos.getRelease({
            ...this.ref,
            release_id: releaseId
        });
        const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
            ...this.ref,
            release_id: releaseId,
            per_page: 100
        });
        const release = data;
        return {
            release: toRelease(release),
            immutable: release.immutable === true,
            uploadUrl: release.upload_url,
            assets: assets.map(toReleaseAsset)
        };
    }
    /**
     * Uploads through the release's own upload_url (uploads.github.com on
     * github.com, the API host elsewhere), which Octokit's uploadReleaseAsset
     * would not follow for another API base.
     */
    async uploadReleaseAsset(uploadUrl, name, data, contentType) {
        const response = await this.octokit.request({
            method: 'POST',
            url: uploadUrl,
            name,
            data,
            headers: { 'content-type': contentType, 'content-length': data.length }
        });
        return toReleaseAsset(response.data);
    }
    async deleteReleaseAsset(assetId) {
        await this.octokit.rest.repos.deleteReleaseAsset({ ...this.ref, asset_id: assetId });
    }
    /** An asset's bytes (GitHub redirects to its storage; fetch follows). */
    async downloadReleaseAsset(assetId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.ref,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' }
        });
        return Buffer.from(data);
    }
    /** The account the token belongs to (a bot that opens pull requests from its forks). */
    async authenticatedUser() {
        const { data } = await this.octokit.rest.users.getAuthenticated();
        return { login: data.login, id: data.id };
    }
    /** This repository's default branch and, for a fork, its parent (owner/name); undefined when not found. */
    async repositoryInfo() {
        try {
            const { data } = await this.octokit.rest.repos.get({ ...this.ref });
            return { defaultBranch: data.default_branch, fork: data.fork, parent: data.parent?.full_name };
        }
        catch (error) {
            if (isStatus(error, 404))
                return undefined;
            throw error;
        }
    }
    /** Forks this repository into the token's account; GitHub answers with the existing fork when there is one. */
    async createFork() {
        const { data } = await this.octokit.rest.repos.createFork({ ...this.ref });
        return { owner: data.owner.login, repo: data.name };
    }
    /** Brings a fork's branch up to its parent's ("Sync fork"): fast-forward, merge, or none when even. */
    async syncFork(branch) {
        const { data } = await this.octokit.rest.repos.mergeUpstream({ ...this.ref, branch });
        return data.merge_type ?? 'none';
    }
}
function toReleaseAsset(data) {
    return {
        id: data.id,
        name: data.name,
        size: data.size,
        digest: data.digest ?? null,
        state: data.state,
        url: data.browser_download_url
    };
}
function toRelease(data) {
    return {
        id: data.id,
        tagName: data.tag_name,
        name: data.name ?? '',
        body: data.body ?? '',
        draft: data.draft,
        prerelease: data.prerelease,
        url: data.html_url,
        targetCommitish: data.target_commitish
    };
}
/** A run that counts as done or doing: queued, running, or completed with success. */
function isLiveOrSucceeded(run) {
    return run.status !== 'completed' || run.conclusion === 'success';
}
/** A run's state in a line: "run 12 (completed, success) https://...". */
function describeRun(run) {
    return `run ${run.id} (${run.status}${run.conclusion ? `, ${run.conclusion}` : ''}) ${run.url}`;
}
function toWorkflowRun(data) {
    return {
        id: data.id,
        url: data.html_url,
        status: data.status ?? 'queued',
        conclusion: data.conclusion,
        displayTitle: data.display_title,
        event: data.event,
        inputs: data.inputs
    };
}



/***/ }),

/***/ 5546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   wN: () => (/* binding */ defaultManifestPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




/**
 * The release manifest: what one phase learned, written as JSON for the next
 * job (moved between workflows as an artifact). Each phase adds its part.
 */
const MANIFEST_SCHEMA = 1;
function defaultManifestPath(repository, tag) {
    const dir = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `release-manifest-${repository.replace('/', '-')}-${tag}.json`);
}
function writeManifest(path, manifest) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
function readManifest(path) {
    let parsed;
    try {
        parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`manifest ${path} could not be read: ${error.message}`);
    }
    const manifest = parsed;
    if (manifest.schema !== MANIFEST_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`manifest ${path} has schema ${String(manifest.schema)}; this version of release-actions reads schema ${MANIFEST_SCHEMA}`);
    }
    return manifest;
}


/***/ }),

/***/ 4131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q7: () => (/* binding */ FileEdits),
  Oz: () => (/* binding */ parseLockfileMode),
  e4: () => (/* binding */ planChangelog),
  $b: () => (/* binding */ planPrepare),
  Wk: () => (/* binding */ planReleaseEdits),
  z9: () => (/* binding */ preparedManifest),
  J6: () => (/* binding */ releaseBranchPlan),
  Th: () => (/* binding */ reviewList),
  I$: () => (/* binding */ startRelease)
});

// UNUSED EXPORTS: LOCKFILE_MODES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/changelog.ts
var changelog = __webpack_require__(8397);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/manifest.ts
var manifest = __webpack_require__(5546);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
// EXTERNAL MODULE: ./src/repo.ts
var repo = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
;// CONCATENATED MODULE: ./src/updaters/cargo-lock.ts


const INPUT = 'Cargo.lock';
const HEADER = /^\[\[package\]\]\r?$/;
const FIELD = /^(name|version|source) = "([^"]*)"\r?$/;
/**
 * Moves the workspace members (`[[package]]` entries without a `source`) from
 * `oldVersion` to `newVersion`, as `cargo update --workspace` would, by editing
 * only their `version = ` lines and the `"name oldVersion"` dependency entries
 * that name them. Registry crates keep their version even when it is the same
 * number, and so do members with a version of their own (bpfman-csi).
 */
function updateCargoLock(content, oldVersion, newVersion) {
    const lines = content.split('\n');
    const packages = readPackages(lines);
    if (packages.length === 0) {
        throw new errors/* InputError */.dz(INPUT, 'has no [[package]] entries; expected a Cargo.lock written by cargo');
    }
    const members = packages.filter((pkg) => pkg.source === undefined && pkg.version === oldVersion && pkg.name !== undefined);
    if (oldVersion === newVersion || members.length === 0)
        return { content, packages: [] };
    for (const member of members) {
        if (member.versionLine === undefined)
            continue;
        lines[member.versionLine] = lines[member.versionLine].replace(`"${oldVersion}"`, `"${newVersion}"`);
    }
    // Cargo writes "name version" in a dependency list only when two versions of
    // a crate are locked; such an entry without a "(source)" suffix names a member.
    const names = members.map((member) => (0,updaters_text/* escapeRegExp */.Nt)(member.name)).join('|');
    const entry = new RegExp(`^(\\s*")(${names}) ${(0,updaters_text/* escapeRegExp */.Nt)(oldVersion)}(",?\\r?)$`);
    const updated = lines.map((line) => line.replace(entry, (_all, head, name, tail) => `${head}${name} ${newVersion}${tail}`));
    return { content: updated.join('\n'), packages: members.map((member) => member.name) };
}
function readPackages(lines) {
    const packages = [];
    let current;
    lines.forEach((line, index) => {
        if (HEADER.test(line)) {
            current = {};
            packages.push(current);
            return;
        }
        if (line.startsWith('[')) {
            current = undefined;
            return;
        }
        const field = current && FIELD.exec(line);
        if (!current || !field)
            return;
        const [, key, value] = field;
        if (key === 'name')
            current.name = value;
        if (key === 'source')
            current.source = value;
        if (key === 'version') {
            current.version = value;
            current.versionLine = index;
        }
    });
    return packages;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/updaters/toml-strings.ts
/**
 * Finds where each single-line string value of a TOML document sits, by key
 * path, so that an updater can splice one literal and leave every other byte
 * alone. It only scans: the caller parses with smol-toml first, so the text is
 * known to be valid TOML and this scanner may stay small.
 */
function pathKey(path) {
    return JSON.stringify(path);
}
/** Every single-line string value, keyed by `pathKey(path)`. */
function locateTomlStrings(text) {
    const scanner = new Scanner(text);
    scanner.document();
    return new Map(scanner.found.map((location) => [pathKey(location.path), location]));
}
const BARE_KEY = /[A-Za-z0-9_-]/;
const SCALAR_END = /[\s,\]}#]/;
class Scanner {
    text;
    found = [];
    pos = 0;
    /** Arrays of tables get a running index so their keys do not collide. */
    tableArrayCounts = new Map();
    constructor(text) {
        this.text = text;
    }
    document() {
        let table = [];
        for (;;) {
            this.skipBlank(true);
            if (this.pos >= this.text.length)
                return;
            if (this.text.startsWith('[[', this.pos)) {
                this.pos += 2;
                const header = this.keyPath(']');
                this.pos += 2; // ]]
                const count = this.tableArrayCounts.get(pathKey(header)) ?? 0;
                this.tableArrayCounts.set(pathKey(header), count + 1);
                table = [...header, String(count)];
            }
            else if (this.text[this.pos] === '[') {
                this.pos += 1;
                table = this.keyPath(']');
                this.pos += 1; // ]
            }
            else {
                this.keyValue(table);
            }
        }
    }
    keyValue(table) {
        const key = this.keyPath('=');
        this.pos += 1; // =
        this.value([...table, ...key]);
    }
    /** Reads a dotted key up to `stop` (not consumed). */
    keyPath(stop) {
        const keys = [];
        for (;;) {
            this.skipSpaces();
            const char = this.text[this.pos];
            if (char === '"' || char === "'") {
                keys.push(this.stringLiteral().value);
            }
            else {
                const start = this.pos;
                while (this.pos < this.text.length && BARE_KEY.test(this.text[this.pos]))
                    this.pos += 1;
                if (start === this.pos)
                    throw this.unexpected();
                keys.push(this.text.slice(start, this.pos));
            }
            this.skipSpaces();
            if (this.text[this.pos] === '.') {
                this.pos += 1;
                continue;
            }
            if (this.text[this.pos] === stop)
                return keys;
            throw this.unexpected();
        }
    }
    value(path) {
        this.skipSpaces();
        const char = this.text[this.pos];
        if (this.text.startsWith('"""', this.pos) || this.text.startsWith("'''", this.pos)) {
            this.skipMultilineString();
        }
        else if (char === '"' || char === "'") {
            const start = this.pos;
            const literal = this.stringLiteral();
            this.found.push({ path, start, end: this.pos, quote: char, value: literal.value });
        }
        else if (char === '[') {
            this.pos += 1;
            for (let index = 0;; index++) {
                this.skipBlank(true);
                if (this.text[this.pos] === ']')
                    break;
                this.value([...path, String(index)]);
                this.skipBlank(true);
                if (this.text[this.pos] === ',')
                    this.pos += 1;
            }
            this.pos += 1;
        }
        else if (char === '{') {
            this.pos += 1;
            for (;;) {
                this.skipBlank(true);
                if (this.text[this.pos] === '}')
                    break;
                this.keyValue(path);
                this.skipBlank(true);
                if (this.text[this.pos] === ',')
                    this.pos += 1;
            }
            this.pos += 1;
        }
        else {
            const start = this.pos;
            while (this.pos < this.text.length && !SCALAR_END.test(this.text[this.pos]))
                this.pos += 1;
            // Dates may hold one space between date and time: "1979-05-27 07:32:00".
            if (/^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) &&
                /^ \d/.test(this.text.slice(this.pos, this.pos + 2))) {
                this.pos += 1;
                while (this.pos < this.text.length && !SCALAR_END.test(this.text[this.pos]))
                    this.pos += 1;
            }
            if (start === this.pos)
                throw this.unexpected();
        }
    }
    stringLiteral() {
        const quote = this.text[this.pos];
        this.pos += 1;
        let value = '';
        for (;;) {
            const char = this.text[this.pos];
            if (char === undefined || char === '\n')
                throw this.unexpected();
            this.pos += 1;
            if (char === quote)
                return { value };
            if (char === '\\' && quote === '"') {
                value += this.escape();
            }
            else {
                value += char;
            }
        }
    }
    escape() {
        const char = this.text[this.pos];
        this.pos += 1;
        const simple = {
            b: '\b',
            t: '\t',
            n: '\n',
            f: '\f',
            r: '\r',
            e: '\x1b',
            '"': '"',
            '\\': '\\'
        };
        if (char in simple)
            return simple[char];
        const digits = char === 'x' ? 2 : char === 'u' ? 4 : char === 'U' ? 8 : 0;
        if (digits === 0)
            throw this.unexpected();
        const code = Number.parseInt(this.text.slice(this.pos, this.pos + digits), 16);
        this.pos += digits;
        return String.fromCodePoint(code);
    }
    skipMultilineString() {
        const delimiter = this.text.slice(this.pos, this.pos + 3);
        this.pos += 3;
        for (;;) {
            const close = this.text.indexOf(delimiter, this.pos);
            if (close < 0)
                throw this.unexpected();
            if (delimiter === '"""' && isEscaped(this.text, close)) {
                this.pos = close + 1;
                continue;
            }
            this.pos = close + 3;
            // Up to two quotes may sit right before the closing delimiter.
            while (this.text[this.pos] === delimiter[0])
                this.pos += 1;
            return;
        }
    }
    skipSpaces() {
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos += 1;
    }
    /** Skips spaces, comments and (when `newlines`) line breaks. */
    skipBlank(newlines) {
        for (;;) {
            this.skipSpaces();
            const char = this.text[this.pos];
            if (char === '#') {
                while (this.pos < this.text.length && this.text[this.pos] !== '\n')
                    this.pos += 1;
            }
            else if (newlines && (char === '\n' || char === '\r')) {
                this.pos += 1;
            }
            else {
                return;
            }
        }
    }
    unexpected() {
        const line = this.text.slice(0, this.pos).split('\n').length;
        return new Error(`TOML scanner: unexpected text at line ${line}`);
    }
}
function isEscaped(text, index) {
    let backslashes = 0;
    for (let i = index - 1; i >= 0 && text[i] === '\\'; i--)
        backslashes += 1;
    return backslashes % 2 === 1;
}

;// CONCATENATED MODULE: ./src/updaters/cargo-toml.ts




const cargo_toml_INPUT = 'Cargo.toml';
const EXPECTED = 'expected the workspace root Cargo.toml with a [workspace.package] table holding version = "X.Y.Z"';
/**
 * Sets the workspace version, and the version of every path dependency in
 * `[workspace.dependencies]` that was released with the workspace (its version
 * equals the old workspace version). Crates with their own version line
 * (bpfman-csi) and registry dependencies keep theirs.
 */
function updateCargoToml(content, newVersion) {
    const document = parseToml(content);
    const workspace = table(document.workspace);
    const oldVersion = table(workspace?.package)?.version;
    if (typeof oldVersion !== 'string') {
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `no [workspace.package] version; ${EXPECTED}`);
    }
    if (oldVersion === newVersion)
        return { content, oldVersion, bumped: [] };
    const strings = locateTomlStrings(content);
    const edits = [
        replaceLiteral(strings, ['workspace', 'package', 'version'], oldVersion, newVersion)
    ];
    const bumped = [];
    for (const [name, spec] of Object.entries(table(workspace?.dependencies) ?? {})) {
        const dependency = table(spec);
        if (typeof dependency?.path !== 'string' || dependency.version !== oldVersion)
            continue;
        const edit = replaceLiteral(strings, ['workspace', 'dependencies', name, 'version'], oldVersion, newVersion);
        edits.push(edit);
        bumped.push({ name, start: edit.start });
    }
    return {
        content: (0,updaters_text/* spliceAll */.C4)(content, edits),
        oldVersion,
        bumped: bumped.sort((a, b) => a.start - b.start).map(({ name }) => name)
    };
}
function parseToml(content) {
    try {
        return (0,dist/* parse */.qg)(content);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `is not valid TOML (${reason}); ${EXPECTED}`);
    }
}
function table(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** The edit that swaps the text between the quotes of one string value. */
function replaceLiteral(strings, path, expected, replacement) {
    const location = strings.get(pathKey(path));
    if (!location || location.value !== expected) {
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `${path.join('.')} = "${expected}" is not written as a one-line string; write it as ${path.at(-1)} = "${expected}"`);
    }
    return { start: location.start + 1, end: location.end - 1, text: replacement };
}

// EXTERNAL MODULE: ./src/updaters/dispatcher-images.ts
var dispatcher_images = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/updaters/docs.ts
var docs = __webpack_require__(91);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/updaters/example-configs.ts



const example_configs_INPUT = 'examples/config';
const SELINUX = '-selinux';
/** The two kinds of release folder: `vX.Y.Z/` and `vX.Y.Z-selinux/`. */
const FLAVOURS = ['', SELINUX];
/**
 * Plans the release folders for `newVersion` under examples/config: copies of
 * the newest release pair below it (by semver, not by name) with the version
 * replaced inside, plus a folder for each example that `default/` has and the
 * source folder lacks, derived from a sibling example. Folders for
 * `newVersion` that already exist are kept as they are. `files` maps every
 * file under examples/config by its path relative to examples/config.
 */
function planExampleConfigs(files, newVersion) {
    const folders = releaseFolders(files.keys());
    const planned = [];
    const notes = [];
    for (const flavour of FLAVOURS) {
        const target = `${newVersion.tag}${flavour}`;
        if (folders.some((folder) => folder.name === target)) {
            notes.push({
                kind: 'info',
                path: `${target}/`,
                message: `${target}/ already exists; kept as it is`
            });
            continue;
        }
        const source = newestBelow(folders, flavour, newVersion);
        if (!source) {
            throw new errors/* InputError */.dz(example_configs_INPUT, `no release folder vX.Y.Z${flavour}/ below ${target}/ to copy from; add one by hand (examples/config/${target}/, one folder per example with its kustomization.yaml) and run again`);
        }
        const copy = new FolderCopy(files, source, target, newVersion.version);
        planned.push(...copy.files());
        const present = subfolders(files, source.name);
        for (const example of subfolders(files, 'default').filter((name) => !present.includes(name))) {
            const generated = copy.newExample(example, knownExamples(files, folders));
            planned.push(...generated.files);
            notes.push(generated.note);
        }
    }
    planned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: planned, notes };
}
/** A release folder copied to the new version's folder of the same flavour. */
class FolderCopy {
    all;
    source;
    target;
    to;
    from;
    constructor(all, source, target, to) {
        this.all = all;
        this.source = source;
        this.target = target;
        this.to = to;
        this.from = source.version.version;
    }
    /** Every file of the source folder, with its version replaced. */
    files() {
        return this.under(this.source.name).map(([path, rest, content]) => ({
            path: `${this.target}/${rest}`,
            content: this.retag(content),
            reason: `copied from ${path}, ${this.from} -> ${this.to}`
        }));
    }
    /** A folder for an example the source lacks, derived from its closest sibling. */
    newExample(example, known) {
        const path = `${this.target}/${example}/`;
        const sibling = closestSibling(example, subfolders(this.all, this.source.name));
        if (!sibling) {
            return {
                files: [],
                note: {
                    kind: 'warning',
                    path,
                    message: `new example ${example} (in default/) has no sibling in ${this.source.name}/ to derive it from; add ${path} by hand`
                }
            };
        }
        const others = [...known].filter((name) => name !== sibling);
        const files = this.under(`${this.source.name}/${sibling}`).map(([from, rest, content]) => ({
            path: `${path}${rest}`,
            content: renameExample(this.retag(content), sibling, example, others),
            reason: `new example ${example}, generated from ${from}`
        }));
        return {
            files,
            note: {
                kind: 'warning',
                path,
                message: `generated for the new example ${example} (in default/, not in ${this.source.name}/) from ${sibling}; review it, e.g. the patch target kind and name`
            }
        };
    }
    /** [path, path below the folder, content] of each file under a folder. */
    under(folder) {
        return [...this.all]
            .filter(([path]) => path.startsWith(`${folder}/`))
            .map(([path, content]) => [path, path.slice(folder.length + 1), content]);
    }
    retag(text) {
        return text.replace((0,updaters_text/* exactVersionRegExp */.nt)(this.from), (_all, v) => `${v}${this.to}`);
    }
}
function newestBelow(folders, flavour, version) {
    return folders
        .filter((folder) => folder.flavour === flavour && (0,src_version/* compareVersions */.Zy)(folder.version, version) < 0)
        .sort((a, b) => (0,src_version/* compareVersions */.Zy)(a.version, b.version))
        .pop();
}
/** Every example name the tree knows, so that a rename can tell them apart. */
function knownExamples(files, folders) {
    const roots = ['default', 'base', 'selinux', ...folders.map((folder) => folder.name)];
    return new Set(roots.flatMap((folder) => subfolders(files, folder)));
}
/** The top-level folders named like a release: v0.6.0, v0.6.0-selinux. */
function releaseFolders(paths) {
    const names = new Set();
    for (const path of paths) {
        const slash = path.indexOf('/');
        if (slash > 0)
            names.add(path.slice(0, slash));
    }
    const folders = [];
    for (const name of names) {
        const flavour = name.endsWith(SELINUX) ? SELINUX : '';
        const stem = name.slice(0, name.length - flavour.length);
        const version = stem.startsWith('v') ? (0,src_version/* tryParseVersion */.z0)(stem) : undefined;
        if (version && version.tag === stem)
            folders.push({ name, version, flavour });
    }
    return folders;
}
/** The example folders directly under `folder`. */
function subfolders(files, folder) {
    const names = new Set();
    for (const path of files.keys()) {
        if (!path.startsWith(`${folder}/`))
            continue;
        const rest = path.slice(folder.length + 1);
        const slash = rest.indexOf('/');
        if (slash > 0)
            names.add(rest.slice(0, slash));
    }
    return [...names].sort();
}
/** The sibling sharing the longest name prefix (go-tc-counter for go-tcx-counter); ties by name. */
function closestSibling(example, siblings) {
    let best;
    let bestLength = -1;
    for (const sibling of siblings) {
        let length = 0;
        while (length < sibling.length && sibling[length] === example[length])
            length += 1;
        if (length > bestLength) {
            best = sibling;
            bestLength = length;
        }
    }
    return best;
}
/**
 * Replaces the sibling's name with the new example's wherever it stands as a
 * name or a name prefix (`go-xdp-counter-example`), but not inside the name
 * of another example (`go-xdp-counter-sharing-map`).
 */
function renameExample(text, sibling, example, others) {
    const pattern = new RegExp(`(?<![\\w-])${(0,updaters_text/* escapeRegExp */.Nt)(sibling)}(?!\\w)`, 'g');
    return text.replace(pattern, (match, offset) => {
        const insideOther = others.some((other) => other.length > sibling.length &&
            text.startsWith(other, offset) &&
            !/\w/.test(text[offset + other.length] ?? ''));
        return insideOther ? match : example;
    });
}

;// CONCATENATED MODULE: ./src/updaters/examples-makefile.ts


const examples_makefile_INPUT = 'examples/Makefile';
const VERSION_LINE = /^(VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/;
const RELEASE_VERSION = /^(v?)(\d+\.\d+\.\d+(?:-rc\d+)?)$/;
/**
 * Sets `VERSION ?= X.Y.Z`, and replaces the old version where the comments
 * show it (`export VERSION=0.6.0`, `make deploy-tc TAG=v0.6.0`,
 * `quay.io/bpfman-bytecode/go-tc-counter:v0.6.0`), keeping a leading "v".
 * Other lines of the Makefile are not touched.
 */
function updateExamplesMakefile(content, newVersion) {
    const lines = content.split('\n');
    const index = lines.findIndex((line) => VERSION_LINE.test(line));
    if (index < 0) {
        throw new errors/* InputError */.dz(examples_makefile_INPUT, 'has no "VERSION ?= X.Y.Z" line; expected the examples Makefile to set its default VERSION that way');
    }
    const [, head, value, tail] = VERSION_LINE.exec(lines[index]);
    const release = RELEASE_VERSION.exec(value);
    if (!release) {
        throw new errors/* InputError */.dz(examples_makefile_INPUT, `VERSION ?= holds "${value}", not a version; expected "VERSION ?= X.Y.Z"`);
    }
    const [, v, oldVersion] = release;
    if (oldVersion === newVersion)
        return { content, oldVersion };
    const mention = (0,updaters_text/* exactVersionRegExp */.nt)(oldVersion);
    const updated = lines.map((line, i) => {
        if (i === index)
            return `${head}${v}${newVersion}${tail}`;
        if (!line.trimStart().startsWith('#'))
            return line;
        return line.replace(mention, (_all, prefix) => `${prefix}${newVersion}`);
    });
    return { content: updated.join('\n'), oldVersion };
}

;// CONCATENATED MODULE: ./src/phases/prepare.ts

















const LOCKFILE_MODES = ['workspace', 'generate', 'none'];
/** The manifest a prepare writes (bpfman's, and the operator's stage prepare): tag-release reads it. */
function preparedManifest(prepared, repository) {
    const { version, previous, outputs } = prepared;
    return {
        schema: manifest/* MANIFEST_SCHEMA */.KB,
        repository,
        version: version.version,
        tag: version.tag,
        previousTag: previous?.tag ?? null,
        prerelease: version.rc !== undefined,
        base: prepared.base,
        prepare: {
            branch: prepared.branch,
            commit: outputs.commit ?? '',
            pr: outputs.pr ?? null,
            changelogPath: prepared.changelogPath,
            files: prepared.plan.files.map((file) => file.path)
        }
    };
}
function parseLockfileMode(text) {
    if (LOCKFILE_MODES.includes(text))
        return text;
    throw new errors/* InputError */.dz('lockfile', `"${text}" is not one of ${LOCKFILE_MODES.join(', ')}`);
}
/**
 * The checks every prepare starts with, before it reads a file: the version,
 * the checkout (clean, on the base branch, fetched), a new tag that moves its
 * line forward; and the previous release.
 */
async function startRelease(inputs) {
    const version = (0,src_version/* parseVersion */.ot)(inputs.version);
    if (inputs.remote && !inputs.github)
        throw new Error('a GitHub client is needed to open the pull request');
    if (!inputs.offline && !inputs.github)
        throw new Error('a GitHub client is needed to generate the release notes; use offline');
    const checkout = await (0,repo/* inspectCheckout */.dX)(inputs.repoDir, inputs.base, inputs.remote);
    (0,src_version/* assertNewRelease */.Ko)(version, checkout.tags);
    return { version, checkout, previous: (0,src_version/* previousRelease */.Fi)(version, checkout.mergedTags) };
}
/** Computes every edit and step of a bpfman release; changes nothing. */
async function planPrepare(inputs) {
    const { version, checkout, previous } = await startRelease(inputs);
    const config = (0,src_config/* loadBpfmanConfig */.xt)(inputs.repoDir, inputs.configFile);
    const notes = [];
    const { edits, oldVersion } = await planReleaseEdits({
        repoDir: inputs.repoDir,
        config,
        version,
        previous,
        lockfile: inputs.lockfile,
        git: checkout.git,
        baseCommit: checkout.baseCommit,
        notes
    });
    if (oldVersion === version.version) {
        throw new errors/* InputError */.dz('version', `${config.cargoToml} on ${inputs.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    const changelog = await planChangelog(inputs, checkout, config.changelogDir, version, previous, edits, notes);
    const files = edits.changes();
    notes.push(...reviewList(await checkout.git.lsFiles(), inputs.repoDir, config, files, oldVersion));
    return releaseBranchPlan({
        phase: 'prepare-release',
        project: 'bpfman',
        inputs,
        checkout,
        version,
        previous,
        files,
        notes,
        changelogPath: changelog,
        labels: config.labels,
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit.'
    });
}
/**
 * The changelog: kept when the release already has one, else the summary
 * paragraph and the release notes since the previous release. Returns its path.
 */
async function planChangelog(inputs, checkout, changelogDir, version, previous, edits, notes) {
    const path = (0,changelog/* changelogPath */.q5)(changelogDir, version);
    if ((0,repo/* readRepoFile */.v6)(inputs.repoDir, path) !== undefined) {
        notes.push({ kind: 'info', path, message: 'exists already; kept as it is' });
        return path;
    }
    const body = await releaseNotes(inputs, checkout.git, checkout.baseCommit, version, previous);
    edits.set(path, (0,changelog/* formatChangelog */.kF)((0,changelog/* summaryParagraph */.RB)(version, previous, inputs.summary), body), `release notes since ${previous?.tag ?? 'the first commit'}`);
    return path;
}
/** The plan that publishes a prepared release: branch release-vX.Y.Z, one signed-off commit, pull request. */
function releaseBranchPlan(request) {
    const { inputs, checkout, version, previous, files, notes } = request;
    const branch = (0,repo/* releaseBranch */.CT)(version);
    const outputs = {};
    const identity = inputs.identity ?? repo/* ACTIONS_BOT */.aX;
    const changes = request.changeLines ?? files.map((file) => `${file.path}: ${file.reason}`);
    const following = previous ? ` (previous: ${previous.tag})` : '';
    const commitMessage = [
        `Release ${version.tag}`,
        '',
        `Prepare the ${request.project} ${version.tag} release${following}:`,
        ...changes.map((line) => `- ${line}`),
        '',
        `Signed-off-by: ${identity.name} <${identity.email}>`,
        ''
    ].join('\n');
    const pullBody = [
        `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
        '',
        '### Changes',
        ...changes.map((line) => `- ${line.replace(/^([^:]+):/, '`$1`:')}`),
        '',
        ...(0,summary/* notesMarkdown */.BJ)(notes, 100),
        `When this merges, ${request.afterMerge}`
    ].join('\n');
    const operations = (0,repo/* publishBranchOperations */.ev)({
        git: checkout.git,
        github: inputs.github,
        remote: inputs.remote,
        baseBranch: inputs.base,
        baseCommit: checkout.baseCommit,
        branch,
        files,
        commitMessage,
        identity,
        pull: { title: `Release ${version.tag}`, body: pullBody, labels: request.labels },
        outputs
    });
    const plan = {
        phase: request.phase,
        repository: inputs.repository,
        version: version.version,
        files,
        operations,
        notes
    };
    return {
        plan,
        version,
        previous,
        branch,
        base: inputs.base,
        baseCommit: checkout.baseCommit,
        changelogPath: request.changelogPath,
        outputs
    };
}
/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
async function planReleaseEdits(input) {
    const { repoDir, config, version, notes } = input;
    const cargoToml = (0,repo/* requireRepoFile */.AK)(repoDir, config.cargoToml, 'bpfman releases start from the workspace Cargo.toml');
    const cargo = updateCargoToml(cargoToml, version.version);
    const edits = new FileEdits(repoDir);
    edits.set(config.cargoToml, cargo.content, `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`);
    // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
    const lockFrom = cargo.oldVersion === version.version ? input.previous?.version : cargo.oldVersion;
    if (lockFrom !== undefined)
        await planLockfile(input, lockFrom, edits);
    planMakefile(repoDir, config, version, edits, notes);
    planExamples(repoDir, config, version, edits, notes, await input.git.lsFiles(config.exampleConfigs));
    planDispatchers(repoDir, config, version, edits, notes);
    planDocs(repoDir, config, input.previous, version, edits);
    return { edits, oldVersion: cargo.oldVersion };
}
/** The files a plan writes, each read once and kept only when its content changes. */
class FileEdits {
    repoDir;
    byPath = new Map();
    constructor(repoDir) {
        this.repoDir = repoDir;
    }
    set(path, after, reason) {
        const before = this.byPath.get(path)?.before ?? (0,repo/* readRepoFile */.v6)(this.repoDir, path) ?? null;
        if (before === after)
            return;
        this.byPath.set(path, { path, before, after, reason });
    }
    changes() {
        return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    }
}
async function planLockfile(input, oldVersion, edits) {
    const { repoDir, config, version, notes } = input;
    if (input.lockfile === 'none') {
        notes.push({
            kind: 'skipped',
            path: config.cargoLock,
            message: 'lockfile: none; update it yourself'
        });
        return;
    }
    const lock = readOrNote(repoDir, config.cargoLock, notes, 'nothing to update');
    if (lock === undefined)
        return;
    if (input.lockfile === 'workspace') {
        const updated = updateCargoLock(lock, oldVersion, version.version);
        edits.set(config.cargoLock, updated.content, `workspace members ${oldVersion} -> ${version.version}: ${updated.packages.join(', ')}`);
        return;
    }
    const cargoToml = updateCargoToml((0,repo/* requireRepoFile */.AK)(repoDir, config.cargoToml, ''), version.version).content;
    edits.set(config.cargoLock, await generateLockfile(input.git, input.baseCommit, config, cargoToml), 'cargo generate-lockfile');
}
/** Runs `cargo generate-lockfile` on the new Cargo.toml in a throwaway worktree of the base commit. */
async function generateLockfile(git, baseCommit, config, cargoToml) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-lockfile-'));
    const worktree = (0,external_node_path_.join)(dir, 'tree');
    await git.exec(['worktree', 'add', '--quiet', '--detach', worktree, baseCommit]);
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(worktree, config.cargoToml), cargoToml);
        await (0,exec/* run */.e)('cargo', ['generate-lockfile', '--manifest-path', (0,external_node_path_.join)(worktree, config.cargoToml)], {
            cwd: worktree
        });
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(worktree, config.cargoLock), 'utf8');
    }
    finally {
        await git.exec(['worktree', 'remove', '--force', worktree]);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The file's content, or undefined with a note that the repository has none (a normal case). */
function readOrNote(repoDir, path, notes, consequence) {
    const content = (0,repo/* readRepoFile */.v6)(repoDir, path);
    if (content === undefined) {
        notes.push({ kind: 'info', path, message: `not in the repository; ${consequence}` });
    }
    return content;
}
function planMakefile(repoDir, config, version, edits, notes) {
    const makefile = readOrNote(repoDir, config.examplesMakefile, notes, 'nothing to update');
    if (makefile === undefined)
        return;
    const updated = updateExamplesMakefile(makefile, version.version);
    edits.set(config.examplesMakefile, updated.content, `VERSION ${updated.oldVersion ?? '?'} -> ${version.version}`);
}
function planExamples(repoDir, config, version, edits, notes, paths) {
    if ((0,src_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'skipped',
            path: `${config.exampleConfigs}/`,
            message: 'release candidate: no versioned example configs'
        });
        return;
    }
    const prefix = `${config.exampleConfigs}/`;
    const files = new Map(paths.map((path) => [path.slice(prefix.length), (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, path), 'utf8')]));
    const planned = planExampleConfigs(files, version);
    for (const file of planned.files)
        edits.set(prefix + file.path, file.content, file.reason);
    notes.push(...planned.notes.map((note) => ({ ...note, path: note.path ? prefix + note.path : note.path })));
}
function planDispatchers(repoDir, config, version, edits, notes) {
    const source = readOrNote(repoDir, config.dispatcherSource, notes, 'no dispatcher images to pin');
    if (source === undefined)
        return;
    const updated = (0,dispatcher_images/* updateDispatcherImages */.bQ)(source, config.dispatcherImages, version.tag);
    edits.set(config.dispatcherSource, updated.content, `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`);
    notes.push(...updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource })));
}
function planDocs(repoDir, config, previous, version, edits) {
    for (const rule of config.docRules) {
        const content = (0,repo/* readRepoFile */.v6)(repoDir, rule.path);
        if (content === undefined)
            continue;
        const updated = (0,docs/* applyDocPatterns */.Ku)(content, rule.patterns, previous?.version, version.version);
        edits.set(rule.path, updated.content, `${updated.replacements} version reference(s) -> ${version.version}`);
    }
}
/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(inputs, git, baseCommit, version, previous) {
    if (!inputs.offline && inputs.github) {
        return inputs.github.generateNotes(version.tag, baseCommit, previous?.tag);
    }
    const format = '--format=%H%x00%an%x00%ae%x00%s%x00%b%x1e';
    const range = previous ? `${previous.tag}..${baseCommit}` : baseCommit;
    const pulls = (0,changelog/* mergedPullsFromLog */.xf)(await git.exec(['log', format, range]));
    const earlier = previous ? (0,changelog/* mergedPullsFromLog */.xf)(await git.exec(['log', format, previous.tag])) : [];
    return (0,changelog/* formatReleaseNotes */.Sg)(pulls, (0,changelog/* firstContributions */.oJ)(pulls, earlier), inputs.repository, version.tag, previous?.tag);
}
const MAX_FILE_SIZE = 1 << 20;
/** Every other mention of the old version, for a human to look at; never edited. */
function reviewList(tracked, repoDir, config, files, oldVersion) {
    const changed = new Map(files.map((file) => [file.path, file.after]));
    const notes = [];
    for (const path of tracked) {
        if ((0,docs/* isReviewExcluded */.xB)(path, config.reviewExclude))
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


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ planToJson),
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   WH: () => (/* binding */ unifiedDiff),
/* harmony export */   gj: () => (/* binding */ applyPlan),
/* harmony export */   y2: () => (/* binding */ noteMarkdown)
/* harmony export */ });
/* unused harmony exports noteLocation, noteLine */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(change) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(change.before === null ? '/dev/null' : `a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after, undefined, undefined, { context: 2 })
        .split('\n')
        .slice(1) // drop the "====" header line
        .join('\n');
}
function planToJson(plan) {
    return {
        phase: plan.phase,
        repository: plan.repository,
        version: plan.version,
        files: plan.files.map((change) => ({
            path: change.path,
            status: change.before === null ? 'added' : 'modified',
            reason: change.reason,
            diff: unifiedDiff(change)
        })),
        operations: plan.operations.map(({ kind, title }) => ({ kind, title })),
        notes: plan.notes
    };
}
const NOTE_LABELS = {
    review: 'left alone, please review',
    skipped: 'skipped',
    info: 'note',
    warning: 'warning'
};
/** Where a note points: `path:line`, `path`, or empty. */
function noteLocation(note) {
    return note.path ? `${note.path}${note.line ? `:${note.line}` : ''}` : '';
}
/** A note as one Markdown list item: the location in code, then the message. */
function noteMarkdown(note) {
    const where = noteLocation(note);
    return `- ${where ? `\`${where}\` ` : ''}${note.message}`;
}
function noteLine(note) {
    const where = noteLocation(note);
    return `[${NOTE_LABELS[note.kind]}] ${where ? `${where}: ` : ''}${note.message}`;
}
/** The plan as plain text, as printed before anything is applied. */
function renderPlan(plan, options = {}) {
    const lines = [`Plan: ${plan.phase} ${plan.version} in ${plan.repository}`, ''];
    lines.push(`Files (${plan.files.length}):`);
    for (const change of plan.files) {
        lines.push(`  ${change.before === null ? 'add   ' : 'modify'} ${change.path}  (${change.reason})`);
    }
    if (plan.files.length === 0)
        lines.push('  none');
    lines.push('', `Operations (${plan.operations.length}):`);
    plan.operations.forEach((op, index) => lines.push(`  ${index + 1}. [${op.kind}] ${op.title}`));
    if (plan.notes.length > 0) {
        lines.push('', 'Notes:');
        for (const note of plan.notes)
            lines.push(`  ${noteLine(note)}`);
    }
    if (options.diffs !== false && plan.files.length > 0) {
        lines.push('', 'Diffs:');
        for (const change of plan.files)
            lines.push(unifiedDiff(change));
    }
    return lines.join('\n');
}
/** Applies the operations in order; a failure names the step and stops. */
async function applyPlan(plan, log = () => undefined) {
    const applied = [];
    for (const [index, op] of plan.operations.entries()) {
        let outcome;
        try {
            outcome = await op.apply();
        }
        catch (error) {
            if (error instanceof Error) {
                error.message = `step ${index + 1} (${op.title}) failed: ${error.message}\nA rerun continues from where this stopped.`;
            }
            throw error;
        }
        log(`${outcome.status === 'done' ? 'done     ' : 'unchanged'} ${op.title}${outcome.detail ? `: ${outcome.detail}` : ''}`);
        applied.push({ title: op.title, outcome });
    }
    return applied;
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ requireRepoFile),
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   dX: () => (/* binding */ inspectCheckout),
/* harmony export */   ev: () => (/* binding */ publishBranchOperations),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony exports commitSubject, repositoryOfCheckout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1243);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9248);





/** The default committer in Actions, and the sign-off it writes. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
function releaseBranch(version) {
    return `release-${version.tag}`;
}
function readRepoFile(repoDir, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, path);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') : undefined;
}
function requireRepoFile(repoDir, path, what) {
    const content = readRepoFile(repoDir, path);
    if (content === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(path, `not found in ${repoDir}; ${what}`);
    }
    return content;
}
/**
 * Checks the checkout before a phase plans anything: a git repository, a clean
 * tree, the base branch present and checked out. With `remote`, fetches the
 * base branch and the tags first.
 */
async function inspectCheckout(repoDir, base, remote) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoDir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('repo', `${repoDir} does not exist`);
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(repoDir);
    const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree']);
    if (!inside.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('repo', `${repoDir} is not a git repository`);
    const dirty = await git.statusPorcelain();
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('repo', `the working tree of ${repoDir} has uncommitted changes (${shown}); commit or stash them and rerun`);
    }
    let baseRef = `refs/heads/${base}`;
    if (remote) {
        if (!(await git.hasRemote(remote)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('repo', `${repoDir} has no remote "${remote}"`);
        const remoteBase = await git.lsRemoteBranch(remote, base);
        if (!remoteBase) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('base', `branch "${base}" not found on ${remote}; give the branch the release is made from (main, or release-vX.Y.Z-patch)`);
        }
        await git.fetch(remote, [`+refs/heads/${base}:refs/remotes/${remote}/${base}`]);
        await git.fetchTags(remote);
        baseRef = `refs/remotes/${remote}/${base}`;
    }
    const baseCommit = await git.revParse(baseRef);
    if (!baseCommit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('base', `branch "${base}" not found in ${repoDir}; give the branch the release is made from (main, or release-vX.Y.Z-patch)`);
    }
    const head = await git.head();
    if (head !== baseCommit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('base', `${repoDir} has ${head.slice(0, 12)} checked out, but ${base} is at ${baseCommit.slice(0, 12)}; check out ${base} at its latest commit (git checkout ${base} && git pull) and rerun`);
    }
    return {
        git,
        baseRef,
        baseCommit,
        tags: await git.tags(),
        mergedTags: await git.tagsMergedInto(baseRef)
    };
}
/** The release commit's subject; a remote branch whose tip has another subject is not ours. */
function commitSubject(message) {
    return message.split('\n')[0];
}
/**
 * The operations that publish file changes as a release branch and pull
 * request, each a no-op when its effect is already there:
 * commit (same tree on the same parent: reuse), push (remote at that commit:
 * skip; remote holds a commit of ours on an older base: replace it; anything
 * else: refuse), pull request (open one for the branch: update it).
 */
function publishBranchOperations(request) {
    const { git, github, remote, branch, outputs } = request;
    const operations = [
        {
            kind: 'git',
            title: `commit ${request.files.length} file(s) on branch ${branch} from ${request.baseBranch} (${request.baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
            apply: async () => {
                const existing = await git.revParse(`refs/heads/${branch}`);
                const { commit, tree } = await git.commitFiles(request.baseCommit, request.files.map((file) => ({ path: file.path, content: file.after })), request.commitMessage, request.identity);
                const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined;
                if (remote && remoteTip)
                    await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
                for (const candidate of [remoteTip, existing]) {
                    if (!candidate)
                        continue;
                    if ((await git.treeOf(candidate)) === tree &&
                        (await git.parentOf(candidate)) === request.baseCommit) {
                        await git.updateBranch(branch, candidate);
                        outputs.commit = candidate;
                        return { status: 'unchanged', detail: `branch already at ${candidate.slice(0, 12)}` };
                    }
                }
                await git.updateBranch(branch, commit);
                outputs.commit = commit;
                return { status: 'done', detail: commit.slice(0, 12) };
            }
        }
    ];
    if (!remote || !github || !request.pull)
        return operations;
    const pull = request.pull;
    operations.push({
        kind: 'git',
        title: `push ${branch} to ${remote}`,
        apply: async () => {
            const local = outputs.commit;
            const remoteTip = await git.lsRemoteBranch(remote, branch);
            if (remoteTip === local)
                return { status: 'unchanged', detail: `${remote}/${branch} is at ${local.slice(0, 12)}` };
            if (remoteTip) {
                const ours = (await git.subjectOf(remoteTip)) === commitSubject(request.commitMessage) &&
                    (await git.isAncestor(`${remoteTip}^`, request.baseCommit));
                if (!ours) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('branch', `${remote}/${branch} holds commits that prepare-release did not make (tip ${remoteTip.slice(0, 12)}); merge or delete that branch, then rerun`);
                }
            }
            await git.push(remote, `${local}:refs/heads/${branch}`, {
                forceWithLease: `refs/heads/${branch}:${remoteTip ?? ''}`
            });
            return {
                status: 'done',
                detail: remoteTip ? `replaced ${remoteTip.slice(0, 12)}` : 'new branch'
            };
        }
    }, {
        kind: 'github',
        title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)`,
        apply: async () => {
            const { pull: pr, status } = await github.openOrUpdatePull({
                head: branch,
                base: request.baseBranch,
                title: pull.title,
                body: pull.body
            });
            outputs.pr = { number: pr.number, url: pr.url };
            return {
                status: status === 'unchanged' ? 'unchanged' : 'done',
                detail: `${status} #${pr.number} ${pr.url}`
            };
        }
    });
    if (pull.labels.length > 0) {
        operations.push({
            kind: 'github',
            title: `label the pull request ${pull.labels.join(', ')}`,
            apply: async () => {
                const added = await github.ensureLabels(outputs.pr.number, pull.labels);
                return added.length > 0
                    ? { status: 'done', detail: added.join(', ') }
                    : { status: 'unchanged' };
            }
        });
    }
    return operations;
}
/** The GitHub repository of a checkout: the one given (--github-repo), else its remote's, else `fallback`. */
async function repositoryOfCheckout(repoDir, remote, given, fallback) {
    if (given)
        return repositoryName(parseRepository(given, '--github-repo'));
    const url = await new Git(repoDir).remoteUrl(remote);
    const parsed = url ? repositoryFromRemoteUrl(url) : undefined;
    return parsed ? repositoryName(parsed) : fallback;
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2464);

/** Prints the plan, then applies it unless this is a dry run. */
async function runPlan(plan, options) {
    options.print(options.json ? JSON.stringify((0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planToJson */ .$p)(plan), null, 2) : (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlan */ .EG)(plan));
    if (options.dryRun) {
        if (!options.json)
            options.print('\nDry run: nothing was changed.');
        return undefined;
    }
    const log = options.json ? () => undefined : (line) => options.print(line);
    if (!options.json)
        options.print('\nApplying:');
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .applyPlan */ .gj)(plan, log);
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ notesMarkdown),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   j7: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2464);


const MAX_SUMMARY_DIFF = 300_000;
/** The job summary in Markdown: the plan, what was applied, links, and the review list. */
function renderSummary(plan, options = {}) {
    const out = [
        `## ${plan.phase} ${plan.version}${options.dryRun ? ' (dry run: nothing changed)' : ''}`,
        ''
    ];
    for (const link of options.links ?? [])
        out.push(`- ${link.label}: ${link.url}`);
    if ((options.links ?? []).length > 0)
        out.push('');
    out.push('### Files', '');
    if (plan.files.length === 0)
        out.push('No file changes.');
    else {
        out.push('| file | change |', '| --- | --- |');
        for (const change of plan.files)
            out.push(`| \`${change.path}\` | ${change.reason} |`);
    }
    out.push('', '### Steps', '');
    plan.operations.forEach((op, index) => {
        const done = options.applied?.[index];
        const mark = done
            ? done.outcome.status === 'done'
                ? 'done'
                : 'already done'
            : options.dryRun
                ? 'planned'
                : 'not run';
        out.push(`${index + 1}. [${op.kind}] ${op.title} (${mark}${done?.outcome.detail ? `: ${done.outcome.detail}` : ''})`);
    });
    out.push('', ...notesMarkdown(plan.notes));
    if (plan.files.length > 0) {
        // A job summary holds at most 1 MiB; a regenerated Cargo.lock alone can come near it.
        let diffs = plan.files.map(_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .unifiedDiff */ .WH).join('\n');
        if (diffs.length > MAX_SUMMARY_DIFF)
            diffs = `${diffs.slice(0, MAX_SUMMARY_DIFF)}\n... (cut; the job's log has every diff)`;
        out.push('', '<details><summary>Diffs</summary>', '', '```diff', diffs, '```', '', '</details>');
    }
    return `${out.join('\n')}\n`;
}
/**
 * The notes as Markdown sections: what was skipped or generated, then what the
 * release left alone for a human to review (at most `limit` lines of it).
 */
function notesMarkdown(notes, limit = 200) {
    const out = [];
    const review = notes.filter((note) => note.kind === 'review');
    const others = notes.filter((note) => note.kind !== 'review');
    if (others.length > 0)
        out.push('### Notes', '', ...others.map(_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .noteMarkdown */ .y2), '');
    if (review.length > 0) {
        out.push(`### Left alone, please review (${review.length})`, '');
        out.push('These mention the old version outside the files that the release edits:', '');
        out.push(...review.slice(0, limit).map(_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .noteMarkdown */ .y2));
        if (review.length > limit)
            out.push(`- and ${review.length - limit} more (see the job's log)`);
        out.push('');
    }
    return out;
}
/** Appends to the job summary when running in Actions; a no-op elsewhere. */
function writeJobSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown);
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


/***/ }),

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ compileDocPattern),
/* harmony export */   Ku: () => (/* binding */ applyDocPatterns),
/* harmony export */   xB: () => (/* binding */ isReviewExcluded),
/* harmony export */   xY: () => (/* binding */ findVersionMentions),
/* harmony export */   y4: () => (/* binding */ BPFMAN_DOC_RULES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4855);


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
        content = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .spliceAll */ .C4)(content, edits);
    }
    return { content, replacements };
}
/** The pattern as a RegExp with the version in a named group; undefined when it cannot match. */
function compileDocPattern(source, previous) {
    const placeholders = [...source.matchAll(PLACEHOLDER)];
    if (placeholders.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('docs', `pattern "${source}" holds ${placeholders.length} placeholders; write exactly one {version} (any release version) or {previous} (the previous release)`);
    }
    const kind = placeholders[0][1];
    if (kind === 'previous' && previous === undefined)
        return undefined;
    const version = kind === 'version'
        ? `${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_START */ .aA}(?<${GROUP}>${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_VERSION_SOURCE */ .oO})(?![0-9]|\\.[0-9])`
        : `${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_START */ .aA}(?<${GROUP}>${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(previous)})${_text_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_END */ .vJ}`;
    const regexSource = source.replace(PLACEHOLDER, () => version);
    try {
        return new RegExp(regexSource, 'dg');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('docs', `pattern "${source}" is not a valid regular expression (${reason})`);
    }
}
/**
 * A `review` note for each line that still mentions `version` as a whole
 * version (not 10.6.0, 0.6.01 or 0.6.0-rc1 for 0.6.0), with or without a "v".
 */
function findVersionMentions(path, content, version) {
    const mention = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .exactVersionRegExp */ .nt)(version, '');
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
function globRegExp(glob) {
    const source = glob
        .split(/(\*\*\/?|\*)/)
        .map((part) => part === '**/'
        ? '(?:.*/)?'
        : part === '**'
            ? '.*'
            : part === '*'
                ? '[^/]*'
                : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(part))
        .join('');
    return new RegExp(`^${source}$`);
}


/***/ }),

/***/ 4855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ spliceAll),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   aA: () => (/* binding */ VERSION_START),
/* harmony export */   bC: () => (/* binding */ lineNumberAt),
/* harmony export */   nt: () => (/* binding */ exactVersionRegExp),
/* harmony export */   oO: () => (/* binding */ ANY_VERSION_SOURCE),
/* harmony export */   vJ: () => (/* binding */ VERSION_END)
/* harmony export */ });
/** Small text helpers shared by the updaters: splicing byte ranges and bounded version matching. */
/** Applies non-overlapping edits; every byte outside them is kept as it is. */
function spliceAll(text, edits) {
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
function escapeRegExp(text) {
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
function exactVersionRegExp(version, flags = 'g') {
    return new RegExp(`${VERSION_START}(v?)${escapeRegExp(version)}${VERSION_END}`, flags);
}
/** The 1-based line number of a string index. */
function lineNumberAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ nextDevVersion),
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   Ko: () => (/* binding */ assertNewRelease),
/* harmony export */   Mh: () => (/* binding */ releaseKind),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports ACCEPTED_FORMS, newestOnLine */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const RELEASE_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-rc(0|[1-9]\d*))?$/;
const ACCEPTED_FORMS = '0.6.1, v0.6.1 or 0.7.0-rc1';
/** Parses a version or tag name; undefined when it is not a bpfman release version. */
function tryParseVersion(text) {
    const match = RELEASE_PATTERN.exec(text);
    if (!match)
        return undefined;
    const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
    const rc = match[4] === undefined ? undefined : Number(match[4]);
    const version = `${major}.${minor}.${patch}${rc === undefined ? '' : `-rc${rc}`}`;
    return { version, tag: `v${version}`, major, minor, patch, rc };
}
/** Parses the `version` input, refusing anything that is not X.Y.Z or X.Y.Z-rcN. */
function parseVersion(text, input = 'version') {
    const parsed = tryParseVersion(text);
    if (!parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${text}" is not a release version; use ${ACCEPTED_FORMS}`);
    }
    return parsed;
}
function isPrerelease(version) {
    return version.rc !== undefined;
}
/** Orders versions; rc numbers compare as numbers (rc10 after rc9), finals after their rcs. */
function compareVersions(a, b) {
    const core = semver__WEBPACK_IMPORTED_MODULE_0___default().compare(`${a.major}.${a.minor}.${a.patch}`, `${b.major}.${b.minor}.${b.patch}`);
    if (core !== 0)
        return core;
    const rcA = a.rc ?? Number.POSITIVE_INFINITY;
    const rcB = b.rc ?? Number.POSITIVE_INFINITY;
    return rcA === rcB ? 0 : rcA < rcB ? -1 : 1;
}
/** The release versions among tag names; other tags (v0.4.1.rc1, bpfd-v0.1.0) are skipped. */
function releaseTags(tags) {
    return tags
        .filter((tag) => tag.startsWith('v'))
        .map((tag) => tryParseVersion(tag))
        .filter((version) => version !== undefined)
        .sort(compareVersions);
}
/** The highest release tag below `version`, from tags reachable from the base branch. */
function previousRelease(version, mergedTags) {
    return releaseTags(mergedTags)
        .filter((tag) => compareVersions(tag, version) < 0)
        .pop();
}
/** The newest release of the same major.minor line, among all tags. */
function newestOnLine(version, allTags) {
    return releaseTags(allTags)
        .filter((tag) => tag.major === version.major && tag.minor === version.minor)
        .pop();
}
/** Refuses a version whose tag exists or that does not move its release line forward. */
function assertNewRelease(version, allTags) {
    if (allTags.includes(version.tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `tag ${version.tag} already exists; ${version.version} has been released. Choose the next version`);
    }
    const newest = newestOnLine(version, allTags);
    if (newest && compareVersions(version, newest) <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `${version.version} is not greater than ${newest.version}, the newest release of ${version.major}.${version.minor}; choose a version above ${newest.version}`);
    }
}
/** The kind of release, for the changelog's summary sentence. */
function releaseKind(version, previous) {
    if (version.rc !== undefined)
        return 'release candidate';
    if (!previous || version.major !== previous.major)
        return previous ? 'major' : 'minor';
    return version.minor !== previous.minor ? 'minor' : 'patch';
}
/** The next development version after a release: 0.6.1-dev after 0.6.0. */
function nextDevVersion(version) {
    return `${version.major}.${version.minor}.${version.patch + 1}-dev`;
}


/***/ })

};
