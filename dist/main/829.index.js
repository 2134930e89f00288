export const id = 829;
export const ids = [829];
export const modules = {

/***/ 9091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: SECRET_INPUTS, secretValues

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/effects/manifest-file.ts
var manifest_file = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/effects/lazy.ts
var lazy = __webpack_require__(4474);
// EXTERNAL MODULE: ./src/effects/repositories.ts
var repositories = __webpack_require__(5988);
;// CONCATENATED MODULE: ./src/driver.ts



/** The manifest path an action uses: the input, else one in the runner's temp folder. */
function actionManifestPath(given) {
    return (repository, tag) => given || (tag ? (0,manifest_file/* defaultManifestPath */.wN)(repository, tag) : undefined);
}
// What runs after the plan (printing it, applying it, the manifest, outputs
// and summary; with them the plan's renderer and the diff library) loads with
// the plan, not at start-up, where a phase may still fail at its first input.
const loadApply = (0,lazy/* once */.Oo)(() => Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(709), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 5356)));
/**
 * settings -> plan -> print -> apply (a dry run stops here) -> manifest ->
 * outputs and job summary; the summary also when a step fails, whose error
 * is thrown after it is written. What the run read of its repositories is
 * forgotten when it ends.
 */
async function runPhase(phase, inputs, host) {
    const manifests = new Map();
    const context = {
        log: (line) => {
            if (!host.json)
                host.print(line);
        },
        manifest: (repository, version) => {
            const path = host.manifestPath(repository, version?.tag);
            if (!path)
                return undefined;
            const key = `${path}\0${version?.tag ?? ''}`;
            if (!manifests.has(key))
                manifests.set(key, (0,manifest_file/* readManifestFile */.oe)(path, repository, version, host.manifestInput));
            return manifests.get(key);
        }
    };
    try {
        const fetched = (await host.fetchManifest?.()) ?? [];
        const settings = await phase.settings(inputs, context);
        const planned = await phase.plan(settings, context);
        planned.plan.notes.push(...fetched);
        const { applyPlanned } = await loadApply();
        await applyPlanned(planned, settings.dryRun, context, host);
    }
    finally {
        (0,repositories/* forgetRepositories */.U)();
    }
}

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/inputs.ts
var inputs = __webpack_require__(4552);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 10 modules
var client = __webpack_require__(8740);
// EXTERNAL MODULE: ./src/release/manifest.ts
var release_manifest = __webpack_require__(4776);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/effects/github/artifacts.ts
/**
 * Workflow artifacts through GitHub's REST artifacts API: the newest artifact
 * of a name (in a repository, or in one workflow run), downloaded and unzipped
 * in memory. This is how a phase reads the release manifest that another
 * workflow uploaded, given only a token with `actions: read`.
 *
 * Why not @actions/artifact: its download goes through the same REST routes
 * (list, then the zip's redirect) but writes the files to disk with
 * unzip-stream, and it pulls in @azure/storage-blob, archiver and their
 * dependencies (several MB in every bundle) for uploads we never make. An
 * artifact zip from GitHub holds stored or deflated entries only, which
 * node:zlib reads; the reader below is the whole of what we need.
 */

/**
 * The newest unexpired artifact named `name`: in the repository, or in the
 * workflow run `runId` when given. Undefined when there is none.
 */
async function findArtifact(octokit, repository, name, options = {}) {
    const { data } = options.runId === undefined
        ? await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 100 })
        : await octokit.rest.actions.listWorkflowRunArtifacts({
            ...repository,
            run_id: options.runId,
            name,
            per_page: 100
        });
    // GitHub lists newest first; sorted again so the answer does not rest on that.
    const newest = data.artifacts
        .filter((artifact) => artifact.name === name && !artifact.expired)
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0];
    if (!newest)
        return undefined;
    return {
        id: newest.id,
        name: newest.name,
        runId: newest.workflow_run?.id,
        createdAt: newest.created_at,
        sizeInBytes: newest.size_in_bytes
    };
}
/**
 * Finds the newest artifact named `name` (see findArtifact), downloads its
 * zip and returns the files in it; undefined when no such artifact exists.
 */
async function downloadArtifact(octokit, repository, name, options = {}) {
    const artifact = await findArtifact(octokit, repository, name, options);
    if (!artifact)
        return undefined;
    // GitHub answers 302 to a short-lived storage URL; fetch follows it.
    const response = await octokit.rest.actions.downloadArtifact({
        ...repository,
        artifact_id: artifact.id,
        archive_format: 'zip'
    });
    const bytes = Buffer.from(response.data);
    return { ...artifact, files: readZip(bytes, `artifact ${name} (${artifact.id})`) };
}
/**
 * The files of a zip archive with stored or deflated entries (what GitHub's
 * artifact zips hold). Directories are left out; CRCs are checked. Zip64,
 * encryption and other methods are refused with an error naming the entry.
 */
function readZip(zip, label = 'zip archive') {
    const end = findEndOfCentralDirectory(zip, label);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff)
        throw new Error(`${label}: zip64 is not supported`);
    const files = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50)
            throw new Error(`${label}: damaged central directory (entry ${i + 1} of ${count})`);
        const flags = zip.readUInt16LE(offset + 8);
        const method = zip.readUInt16LE(offset + 10);
        const crc = zip.readUInt32LE(offset + 16);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const size = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localOffset = zip.readUInt32LE(offset + 42);
        const path = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (path.endsWith('/'))
            continue;
        if (flags & 1)
            throw new Error(`${label}: ${path} is encrypted`);
        if (path.startsWith('/') || path.split('/').includes('..'))
            throw new Error(`${label}: ${path} points outside the archive`);
        if (zip.readUInt32LE(localOffset) !== 0x04034b50)
            throw new Error(`${label}: ${path} has no local header`);
        const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const body = zip.subarray(start, start + compressedSize);
        let data;
        if (method === 0)
            data = Buffer.from(body);
        else if (method === 8)
            data = (0,external_node_zlib_.inflateRawSync)(body);
        else
            throw new Error(`${label}: ${path} uses compression method ${method}`);
        if (data.length !== size || (0,external_node_zlib_.crc32)(data) !== crc)
            throw new Error(`${label}: ${path} is damaged (size or CRC does not match)`);
        files.push({ path, data });
    }
    return files;
}
function findEndOfCentralDirectory(zip, label) {
    // The record is 22 bytes plus a comment of at most 65535.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === 0x06054b50)
            return at;
    }
    throw new Error(`${label}: not a zip file`);
}

;// CONCATENATED MODULE: ./src/effects/manifest-artifact.ts





/**
 * Downloads the release manifest from the newest artifact named `name` in
 * `repository` when manifest-path holds no file, and writes it where the
 * phase reads it. The notes say where the manifest came from, or that there
 * is none (the phase then takes nothing the manifest would have told it).
 */
async function fetchManifestArtifact(octokit, request) {
    const { name, repository } = request;
    if (!name)
        return [];
    if (request.givenPath && (0,external_node_fs_.existsSync)(request.givenPath))
        return [];
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new errors/* InputError */.dz('manifest-repository', `"${repository}" is not owner/name`);
    }
    const artifact = await downloadArtifact(octokit, { owner, repo }, name);
    if (!artifact) {
        return [
            {
                kind: 'warning',
                message: `No release manifest: ${repository} has no artifact named ${name}; nothing is taken from a manifest (give the inputs it would have told)`
            }
        ];
    }
    const file = artifact.files.find((entry) => entry.path.endsWith('.json')) ?? artifact.files[0];
    if (!file) {
        return [
            {
                kind: 'warning',
                message: `No release manifest: artifact ${name} (${artifact.id}) of ${repository} is empty; nothing is taken from a manifest`
            }
        ];
    }
    const label = `artifact ${name} (${artifact.id}) ${file.path}`;
    const manifest = (0,release_manifest/* parseManifest */.Ng)(file.data.toString('utf8'), label, 'manifest-artifact');
    const path = request.givenPath || request.manifestPath(manifest.repository, manifest.tag);
    if (path && !(0,external_node_fs_.existsSync)(path))
        (0,manifest_file/* writeManifestFile */.hP)(path, manifest);
    return [
        {
            kind: 'info',
            message: `Release manifest of ${manifest.repository} ${manifest.tag} from artifact ${name} (${artifact.id}, run ${artifact.runId ?? 'unknown'}) of ${repository}`
        }
    ];
}

;// CONCATENATED MODULE: ./src/action.ts








/** The inputs that hold secrets: masked in the log before anything else runs. */
const SECRET_INPUTS = ['token', 'catalog-token', 'operator-token', 'registry-password'];
/**
 * The secrets to mask: each secret input, and the forms it travels in (git's
 * Basic header for a token, the registry's for username and password), so a
 * log line quoting a header hides it too.
 */
function secretValues(input) {
    const basic = (text) => Buffer.from(text).toString('base64');
    const values = [];
    for (const name of SECRET_INPUTS) {
        const value = input(name);
        if (!value)
            continue;
        values.push(value);
        if (name === 'registry-password') {
            const username = input('registry-username');
            if (username)
                values.push(basic(`${username}:${value}`));
        }
        else
            values.push(basic(`x-access-token:${value}`));
    }
    return values;
}
/** Every input the runner gave (INPUT_<NAME> in the environment), by input name. */
function givenInputs() {
    return Object.fromEntries(Object.entries(process.env)
        .filter(([key]) => key.startsWith('INPUT_'))
        .map(([key, value]) => [key.slice('INPUT_'.length).toLowerCase(), value ?? '']));
}
/** The action's inputs as the phases read them; `repository` defaults to the workflow's. */
function actionInputs() {
    return {
        get: (name) => name === 'repository'
            ? core.getInput(name) || process.env.GITHUB_REPOSITORY || ''
            : core.getInput(name),
        label: (name) => name
    };
}
/** Where a plan note points, as an annotation: its path from the workspace, and its line. */
function annotationOf(note) {
    if (!note.path)
        return {};
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const repoDir = (0,external_node_path_.resolve)(workspace, core.getInput('working-directory') || '.');
    return { file: (0,external_node_path_.relative)(workspace, (0,external_node_path_.join)(repoDir, note.path)), startLine: note.line };
}
function actionHost() {
    return {
        json: false,
        print: (text) => core.info(text),
        warn: (note) => core.warning(note.message, annotationOf(note)),
        manifestPath: actionManifestPath(core.getInput('manifest-path')),
        manifestInput: 'manifest-path',
        fetchManifest: async () => {
            const name = core.getInput('manifest-artifact').trim();
            if (!name)
                return [];
            return fetchManifestArtifact((0,client/* createOctokit */.Qi)(core.getInput('token')), {
                name,
                repository: core.getInput('manifest-repository').trim() || process.env.GITHUB_REPOSITORY || '',
                manifestPath: actionManifestPath(core.getInput('manifest-path')),
                givenPath: core.getInput('manifest-path')
            });
        },
        setOutputs: (outputs) => {
            for (const [name, value] of Object.entries(outputs))
                core.setOutput(name, value ?? '');
        },
        writeSummary: (markdown) => {
            const file = process.env.GITHUB_STEP_SUMMARY;
            if (file)
                (0,external_node_fs_.appendFileSync)(file, markdown);
        },
        epilogue: () => undefined
    };
}
/** Runs a phase as an action; a failure becomes one error annotation and a failed step. */
async function runAction(phase) {
    try {
        for (const value of secretValues((name) => core.getInput(name)))
            core.setSecret(value);
        (0,inputs/* checkInputValues */.pJ)(givenInputs(), (name) => name);
        await runPhase(phase, actionInputs(), actionHost());
    }
    catch (error) {
        core.setFailed((0,errors/* messageOf */.bD)(error));
        process.exitCode = (0,errors/* exitCodeFor */.Rr)(error);
    }
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);


/** Starts `command` with an argument array (no shell) and collects its output. */
function spawnCollect(command, args, options, env) {
    return new Promise((resolvePromise, reject) => {
        // No input: no pipe (the program reads /dev/null), one stream less to make per process.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const stdout = [];
        const stderr = [];
        child.stdout?.on('data', (chunk) => stdout.push(chunk));
        child.stderr?.on('data', (chunk) => stderr.push(chunk));
        child.on('error', reject);
        child.stdin?.on('error', () => {
            // The program may exit before it reads all of its input; its exit code tells.
        });
        child.on('close', (code, signal) => {
            resolvePromise({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8')
            });
        });
        child.stdin?.end(options.input);
    });
}
/**
 * Runs a program with an argument array (never a shell string), quietly, and
 * throws a ReleaseError that shows the command and its stderr when it fails.
 * It starts the program with node:child_process directly: @actions/exec's
 * runner costs a module load and a `which` lookup for every process.
 */
async function run(command, args, options) {
    const env = options.env ? { ...process.env, ...options.env } : undefined;
    let result;
    try {
        result = await spawnCollect(command, args, options, env);
    }
    catch (error) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`could not run ${command}: ${error.message}`);
    }
    if (result.exitCode !== 0 && !options.allowFailure) {
        const detail = (result.stderr || result.stdout).trim();
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${command} ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`);
    }
    return result;
}


/***/ }),

/***/ 3854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  j2: () => (/* binding */ PushRejected)
});

// UNUSED EXPORTS: REMOTE_RETRY, isNetworkFailure, isRejectedPush, parseStatus

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/effects/exec.ts
var exec = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/effects/fast-import.ts
/**
 * The stream (for `fast-import --done --date-format=raw`): the commit on
 * `scratchRef`, an `ls` of its root tree and a `get-mark` of the commit, then
 * `scratchRef` reset to the null id, which deletes it when the import ends,
 * so that no ref but the branch the caller moves ever names the commit.
 */
function commitStream(request) {
    const { name, email } = request.identity;
    const person = `${name} <${email}> ${request.when}`;
    const nullId = '0'.repeat(request.parent.length);
    return [
        `commit ${request.scratchRef}\n`,
        'mark :1\n',
        `author ${person}\n`,
        `committer ${person}\n`,
        data(request.message),
        `from ${request.parent}\n`,
        ...request.files.map((file) => `M ${file.mode} inline ${quotePath(file.path)}\n${data(file.content)}`),
        'ls ""\n',
        '\n',
        'get-mark :1\n',
        `reset ${request.scratchRef}\n`,
        `from ${nullId}\n`,
        '\n',
        'done\n'
    ].join('');
}
/** Reads fast-import's output for `commitStream`: `040000 tree <id>\t` and `<commit id>`. */
function parseCommitAnswer(out) {
    const lines = out.split('\n').filter(Boolean);
    const tree = /^040000 tree ([0-9a-f]{40,64})\t$/.exec(lines[0] ?? '')?.[1];
    const commit = /^[0-9a-f]{40,64}$/.exec(lines[1] ?? '')?.[0];
    if (!tree || !commit || lines.length !== 2)
        throw new Error(`git fast-import answered ${JSON.stringify(out)}, not a tree and a commit`);
    return { tree, commit };
}
/** The current time as fast-import's raw date, in the machine's time zone (as git commit-tree dates). */
function rawDate(now) {
    const offset = -now.getTimezoneOffset();
    const hours = Math.floor(Math.abs(offset) / 60);
    const minutes = Math.abs(offset) % 60;
    const zone = `${offset < 0 ? '-' : '+'}${String(hours).padStart(2, '0')}${String(minutes).padStart(2, '0')}`;
    return `${Math.floor(now.getTime() / 1000)} ${zone}`;
}
function data(text) {
    return `data ${Buffer.byteLength(text)}\n${text}\n`;
}
/**
 * A path as fast-import reads it: as it is, or C-quoted when it starts with a
 * quote or holds a newline, a backslash, a quote or another control character.
 */
function quotePath(path) {
    // eslint-disable-next-line no-control-regex
    if (!/^"|[\\"\x00-\x1f\x7f]/.test(path))
        return path;
    const escapes = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t' };
    // eslint-disable-next-line no-control-regex
    const quoted = path.replace(/[\\"\x00-\x1f\x7f]/g, (character) => {
        return escapes[character] ?? `\\${character.charCodeAt(0).toString(8).padStart(3, '0')}`;
    });
    return `"${quoted}"`;
}

;// CONCATENATED MODULE: ./src/effects/git-config.ts
/**
 * Parses `git config -z --list`: `key\nvalue\0` per entry, `key\0` for a key
 * without a value. Section and variable names come lower-cased; a
 * subsection (a remote's name) keeps its case.
 */
function parseConfigList(out) {
    const config = new Map();
    for (const entry of out.split('\0')) {
        if (!entry)
            continue;
        const newline = entry.indexOf('\n');
        const key = newline < 0 ? entry : entry.slice(0, newline);
        const value = newline < 0 ? '' : entry.slice(newline + 1);
        const values = config.get(key);
        if (values)
            values.push(value);
        else
            config.set(key, [value]);
    }
    return config;
}
/** user.name and user.email, when both are set (the last value of each, as `git config --get`). */
function identityOf(config) {
    const name = config.get('user.name')?.at(-1)?.trim();
    const email = config.get('user.email')?.at(-1)?.trim();
    return name && email ? { name, email } : undefined;
}
/** The remotes `git remote` lists: each subsection of a `remote.<name>.<variable>` key. */
function remoteNamesOf(config) {
    const names = new Set();
    const section = 'remote.';
    for (const key of config.keys()) {
        const last = key.lastIndexOf('.');
        if (key.startsWith(section) && last > section.length)
            names.add(key.slice(section.length, last));
    }
    return names;
}
/**
 * What `git remote get-url <remote>` prints: the remote's first URL (its name
 * when it has none), with the longest matching `url.<base>.insteadOf` prefix
 * replaced by its base; undefined when there is no such remote.
 */
function remoteUrlOf(config, remote) {
    if (!remoteNamesOf(config).has(remote))
        return undefined;
    const url = config.get(`remote.${remote}.url`)?.[0] ?? remote;
    let rewrite;
    for (const [key, prefixes] of config) {
        if (!key.startsWith('url.') || !key.endsWith('.insteadof'))
            continue;
        const base = key.slice('url.'.length, -'.insteadof'.length);
        for (const prefix of prefixes) {
            if (url.startsWith(prefix) && (!rewrite || prefix.length > rewrite.prefix.length))
                rewrite = { base, prefix };
        }
    }
    return rewrite ? rewrite.base + url.slice(rewrite.prefix.length) : url;
}

;// CONCATENATED MODULE: ./src/effects/git.ts







/**
 * Every git command line is built here (as actions/checkout's
 * git-command-manager does): argument arrays only, behind named methods; the
 * rest of the code never runs git itself. `env` is passed to every command
 * (authentication for https remotes travels that way, never on a command line).
 */
class Git {
    dir;
    env;
    /** The repository's git folder, read once (see gitDir). */
    gitDirRead;
    /** A status read started ahead of the status() call that takes it (see readStatusAhead). */
    statusAhead;
    /** The configuration, read once (see config). */
    configRead;
    /** Each commit's files, read once (see filesAt): what a commit id names never changes. */
    listings = new Map();
    constructor(dir, env = {}) {
        this.dir = dir;
        this.env = env;
    }
    /** A new bare repository at `dir` (kept when it exists). */
    static async initBare(dir, env = {}) {
        const git = new Git(dir, env);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await git.exec(['init', '--quiet', '--bare']);
        return git;
    }
    async exec(args, input, env) {
        const result = await (0,exec/* run */.e)('git', args, { cwd: this.dir, input, env: { ...this.env, ...env } });
        return result.stdout;
    }
    async tryExec(args) {
        const result = await (0,exec/* run */.e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
        return { ok: result.exitCode === 0, stdout: result.stdout };
    }
    /** Whether `dir` is a git repository (a work tree or a bare one). */
    async isRepository() {
        return (await this.gitDir()) !== undefined;
    }
    /**
     * The absolute path of the git folder (a worktree's own folder under
     * .git/worktrees), or undefined when `dir` is no repository; read once.
     * Private files (an index, a throwaway worktree) go in it.
     */
    async gitDir() {
        this.gitDirRead ??= this.tryExec(['rev-parse', '--absolute-git-dir']).then(({ ok, stdout }) => ok ? stdout.trim() : undefined);
        const found = await this.gitDirRead;
        if (found === undefined)
            this.gitDirRead = undefined;
        return found;
    }
    /** gitDir, for the commands that need one: `dir` is known to be a repository. */
    async requireGitDir() {
        const found = await this.gitDir();
        if (found === undefined)
            throw new errors/* ReleaseError */.K2(`${this.dir} is not a git repository`);
        return found;
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
    /**
     * The work tree's changes (`git status --porcelain` lines: `XY path`), and
     * the commit and branch checked out, from one `status --porcelain=v2 --branch`;
     * the read started by readStatusAhead when there is one.
     */
    async status() {
        const ahead = this.statusAhead;
        this.statusAhead = undefined;
        return ahead ?? this.readStatus();
    }
    /**
     * Starts reading the status for the next status() call, which takes this
     * read instead of starting one: the CLI starts it while the phase's modules
     * load (refreshing the index of a fresh checkout is most of a status). Only
     * for a status() that comes before the run changes the checkout.
     */
    readStatusAhead() {
        if (this.statusAhead)
            return;
        this.statusAhead = this.readStatus();
        this.statusAhead.catch(() => undefined); // status() reports a failure, when it comes
    }
    async readStatus() {
        const out = await this.exec([
            'status',
            '--porcelain=v2',
            '--branch',
            '--untracked-files=normal'
        ]);
        return parseStatus(out);
    }
    /**
     * The configuration of every scope (`git config -z --list`), read once: the
     * identity, the remotes and their URLs come from one process. Empty when
     * git cannot read it (`dir` is no repository).
     */
    async config() {
        this.configRead ??= this.tryExec(['config', '-z', '--list']).then(({ ok, stdout }) => parseConfigList(ok ? stdout : ''));
        return this.configRead;
    }
    async hasRemote(remote) {
        return remoteNamesOf(await this.config()).has(remote);
    }
    /** The URL `git remote get-url` prints (insteadOf applied); undefined for no such remote. */
    async remoteUrl(remote) {
        return remoteUrlOf(await this.config(), remote);
    }
    /**
     * Runs a command that talks to a remote, again after a network error (the
     * connection hung up, was reset or refused, timed out, or the server
     * answered 5xx), at most REMOTE_RETRY.attempts times in all. Any other
     * failure is thrown at once.
     */
    async execRemote(args, what) {
        const { attempts, delaysMs } = REMOTE_RETRY;
        for (let attempt = 1;; attempt++) {
            const result = await (0,exec/* run */.e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
            if (result.exitCode === 0)
                return result.stdout;
            const detail = (result.stderr || result.stdout).trim();
            if (!isNetworkFailure(detail) || attempt >= attempts) {
                const tries = attempt > 1 ? ` (${attempt} attempts)` : '';
                throw new errors/* ReleaseError */.K2(`git ${args.join(' ')} failed with exit code ${result.exitCode}${tries}${detail ? `:\n${detail}` : ''}${isNetworkFailure(detail)
                    ? `\n${what}: the remote could not be reached; check the network and rerun`
                    : ''}`);
            }
            await sleep(delaysMs[Math.min(attempt - 1, delaysMs.length - 1)]);
        }
    }
    async fetch(remote, refspecs) {
        await this.execRemote(['fetch', '--quiet', '--prune', '--no-tags', remote, ...refspecs], `fetch from ${remote}`);
    }
    async fetchTags(remote) {
        await this.execRemote(['fetch', '--quiet', '--tags', '--force', remote], `fetch tags from ${remote}`);
    }
    /** Fetches one commit by its id; false when the remote does not give it. */
    async fetchCommit(remote, commit) {
        try {
            await this.execRemote(['fetch', '--quiet', '--no-tags', remote, commit], `fetch ${commit}`);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Fetches the tip of `branch` into `ref`: `depth` commits, trees without
     * file contents (a partial clone fetches blobs on demand).
     */
    async fetchTreesOnly(remote, branch, ref, depth) {
        await this.execRemote([
            'fetch',
            '--quiet',
            '--no-tags',
            `--depth=${depth}`,
            '--filter=blob:none',
            remote,
            `+refs/heads/${branch}:${ref}`
        ], `fetch ${branch} from ${remote}`);
    }
    /** Points `remote` at `url` as a promisor remote that serves blobs on demand. */
    async setPartialRemote(remote, url) {
        await this.exec(['config', `remote.${remote}.url`, url]);
        await this.exec(['config', `remote.${remote}.promisor`, 'true']);
        await this.exec(['config', `remote.${remote}.partialclonefilter`, 'blob:none']);
        this.configRead = undefined;
    }
    async createAnnotatedTag(tag, commit, identity) {
        await this.exec(['tag', '--annotate', '--message', tag, tag, commit], undefined, {
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email
        });
    }
    /** The commit a remote branch points at, or undefined when it has none. */
    async lsRemoteBranch(remote, branch) {
        const out = await this.execRemote(['ls-remote', '--heads', remote, `refs/heads/${branch}`], `look up ${branch} on ${remote}`);
        return out.split(/\s+/)[0] || undefined;
    }
    /** The commit a remote tag points at (peeled), or undefined. */
    async lsRemoteTag(remote, tag) {
        const out = await this.execRemote(['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], `look up tag ${tag} on ${remote}`);
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
    /**
     * Pushes `refspec`, again after a network error (a push whose answer was
     * lost and that took effect finds the ref up to date the second time). A
     * push the remote rejects because the ref moved (not a fast-forward, a stale
     * lease, fetch first) throws PushRejected: the caller looks again and decides.
     */
    async push(remote, refspec, options = {}) {
        const force = options.forceWithLease !== undefined ? [`--force-with-lease=${options.forceWithLease}`] : [];
        const args = ['push', '--quiet', ...force, remote, refspec];
        try {
            await this.execRemote(args, `push ${refspec} to ${remote}`);
        }
        catch (error) {
            if (error instanceof errors/* ReleaseError */.K2 && isRejectedPush(error.message)) {
                throw new PushRejected(remote, refspec, error.message);
            }
            throw error;
        }
    }
    /**
     * Writes a commit of `parent` plus `files` without touching the work tree,
     * the index or a ref, so the checkout stays where it is: one `fast-import`
     * (the blobs, the folders on their paths, the commit) whatever the number
     * of files. Each file keeps its mode in `parent` (listed once: the plan has
     * listed it); a new one is 100644.
     */
    async commitFiles(parent, files, message, identity) {
        const listing = await this.treeListing(parent);
        const changed = new Set(files.map((file) => file.path));
        const modes = new Map();
        for (const entry of listing)
            if (changed.has(entry.name))
                modes.set(entry.name, entry.mode);
        const stream = commitStream({
            scratchRef: `refs/release-actions/commit-${process.pid}-${++scratchCommits}`,
            parent,
            files: files.map((file) => ({ ...file, mode: modes.get(file.path) ?? '100644' })),
            message,
            identity,
            when: rawDate(new Date())
        });
        return parseCommitAnswer(await this.exec(['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--done', '--date-format=raw'], stream));
    }
    /**
     * Writes `contents` as blobs in one `fast-import` stream; their ids, in
     * order (`get-mark`). One small pack (unpackLimit 0: no unpack-objects
     * after it) and no temporary files, where hash-object needs a file each.
     */
    async writeBlobs(contents) {
        if (contents.length === 0)
            return [];
        const blobs = contents.map((content, i) => `blob\nmark :${i + 1}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
        const marks = contents.map((_, i) => `get-mark :${i + 1}\n`);
        const out = await this.exec(['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet'], blobs.join('') + marks.join(''));
        const ids = splitLines(out);
        if (ids.length !== contents.length) {
            throw new Error(`git fast-import wrote ${ids.length} blobs for ${contents.length} files`);
        }
        return ids;
    }
    /** A commit of `tree` on `parent`, authored and committed by `identity`. */
    async commitTree(tree, parent, message, identity) {
        return (await this.exec(['commit-tree', tree, '-p', parent, '-F', '-'], message, authorEnv(identity))).trim();
    }
    /**
     * Points `branch` at `commit`; with `expected` (a commit, or '' for none),
     * only while the branch is still there (git refuses the update otherwise).
     */
    async updateBranch(branch, commit, expected) {
        await this.exec([
            'update-ref',
            `refs/heads/${branch}`,
            commit,
            ...(expected === undefined ? [] : [expected])
        ]);
    }
    async parentOf(commit) {
        return this.revParse(`${commit}^`);
    }
    async subjectOf(commit) {
        return (await this.exec(['log', '-1', '--format=%s', commit])).trim();
    }
    /**
     * The tracked files whose work-tree content holds `text` (binary files
     * too), as paths from the top: one `git grep`, instead of reading every file.
     */
    async filesContaining(text) {
        const args = ['grep', '--no-color', '-z', '-l', '-a', '-F', '-e', text];
        const result = await (0,exec/* run */.e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
        if (result.exitCode === 1)
            return []; // nothing holds it
        if (result.exitCode !== 0) {
            throw new errors/* ReleaseError */.K2(`git ${args.join(' ')} failed with exit code ${result.exitCode}: ${result.stderr.trim()}`);
        }
        return result.stdout.split('\0').filter(Boolean);
    }
    /**
     * The files of `commit`'s tree, recursively (paths from the top, with their
     * modes and blobs): one `ls-tree -r`, read once per commit id, so that the
     * plan's list of the tree's files and the release commit's index share it.
     */
    async filesAt(commit) {
        return (await this.treeListing(commit)).filter((entry) => entry.type !== 'tree');
    }
    /** Every entry of `commit`'s tree, its folders too (`ls-tree -r -t`), read once per commit id. */
    async treeListing(commit) {
        const list = async () => parseTreeEntries(await this.exec(['ls-tree', '-r', '-t', '-z', '--full-tree', commit]));
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
            return list();
        let listing = this.listings.get(commit);
        if (!listing) {
            listing = list();
            this.listings.set(commit, listing);
            listing.catch(() => this.listings.delete(commit));
        }
        return listing;
    }
    async readBlob(ref, path) {
        const { ok, stdout } = await this.tryExec(['show', `${ref}:${path}`]);
        return ok ? stdout : undefined;
    }
    async log(range, format) {
        return splitLines(await this.exec(['log', `--format=${format}`, range]));
    }
    /** `git log` output as it is, for formats whose records span lines. */
    async logText(range, format) {
        return this.exec(['log', `--format=${format}`, range]);
    }
    /** The commits of `tip` that `base` does not hold, newest first, with their first parent and subject. */
    async commitsSince(base, tip) {
        const out = await this.exec(['log', '--format=%H%x00%P%x00%s', `${base}..${tip}`]);
        return splitLines(out).map((line) => {
            const [sha, parents, subject] = line.split('\0');
            return { sha, parent: parents.split(' ')[0] || undefined, subject };
        });
    }
    async messageOf(commit) {
        return this.exec(['log', '-1', '--format=%B', commit]);
    }
    /** The files under `folder` at `ref`, recursively, as paths from the top. */
    async filesUnder(ref, folder) {
        const out = await this.exec(['ls-tree', '-r', '-z', '--name-only', ref, '--', `${folder}/`]);
        return out.split('\0').filter(Boolean);
    }
    /** The names directly under `folder` at `ref`; empty when it is not there. */
    async namesIn(ref, folder) {
        const { ok, stdout } = await this.tryExec(['ls-tree', '--name-only', ref, '--', `${folder}/`]);
        return ok ? splitLines(stdout).map((path) => path.split('/').pop()) : [];
    }
    /** The object id of `path` at `ref` (a tree for a folder), or undefined. */
    async objectAt(ref, path) {
        const { ok, stdout } = await this.tryExec([
            'rev-parse',
            '--verify',
            '--quiet',
            `${ref}:${path}`
        ]);
        return ok ? stdout.trim() : undefined;
    }
    async writeBlob(content) {
        return (await this.exec(['hash-object', '-w', '--stdin'], content)).trim();
    }
    async lsTree(treeish) {
        return parseTreeEntries(await this.exec(['ls-tree', '-z', treeish]));
    }
    /** `--missing`: the tree may name objects a partial repository never downloaded. */
    async mktree(entries) {
        const input = entries
            .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`)
            .join('');
        return (await this.exec(['mktree', '-z', '--missing'], input)).trim();
    }
    /** The paths that differ between two commits. */
    async changedBetween(from, to) {
        const out = await this.exec([
            'diff-tree',
            '-r',
            '-z',
            '--name-only',
            '--no-commit-id',
            from,
            to
        ]);
        return out.split('\0').filter(Boolean);
    }
    /** Changed or untracked (not ignored) files of the work tree, and deleted ones. */
    async workTreeChanges() {
        const out = await this.exec([
            'status',
            '--porcelain=v1',
            '-z',
            '--untracked-files=all',
            '--no-renames'
        ]);
        const changed = [];
        const deleted = [];
        for (const entry of out.split('\0').filter(Boolean)) {
            const path = entry.slice(3);
            if (entry.slice(0, 2).includes('D'))
                deleted.push(path);
            else
                changed.push(path);
        }
        return { changed, deleted };
    }
    /**
     * Runs `task` on a throwaway detached worktree of `commit`: the checkout,
     * its index and its branches stay as they are. The worktree is removed after.
     */
    async withWorktree(commit, task) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-tree-'));
        const treeDir = (0,external_node_path_.join)(dir, 'tree');
        await this.exec(['worktree', 'add', '--quiet', '--detach', treeDir, commit]);
        try {
            return await task(treeDir, new Git(treeDir, this.env));
        }
        finally {
            await this.tryExec(['worktree', 'remove', '--force', treeDir]);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            await this.tryExec(['worktree', 'prune']);
        }
    }
    /** The user's git identity (user.name and user.email), when both are set: one read of the config. */
    async identity() {
        return identityOf(await this.config());
    }
    // -------------------------------------------------------------------------
    // Release lines: cherry-picks in a throwaway worktree, patch ids, the merge
    // commits of pull requests, (cherry picked from commit …) trailers.
    // -------------------------------------------------------------------------
    /** Runs git in `cwd` (this checkout or a worktree of it), never throwing on a non-zero exit. */
    async gitAt(cwd, args, options = {}) {
        const result = await (0,exec/* run */.e)('git', args, { cwd, ...options, allowFailure: true });
        return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
    }
    /** The parents of a commit, first parent first (empty for a root commit). */
    async parentsOf(commit) {
        const out = await this.exec(['rev-list', '--no-walk', '--parents', commit]);
        return out.trim().split(/\s+/).slice(1);
    }
    /** The full SHA of a commit, author and message, for the changelog's MergedPull. */
    async commitRecord(commit) {
        const out = await this.exec(['log', '-1', '--format=%H%x00%an%x00%ae%x00%s%x00%b', commit]);
        const [sha, authorName, authorEmail, subject, body] = out.split('\0');
        return { sha, authorName, authorEmail, subject, body: (body ?? '').replace(/\n+$/, '') };
    }
    /**
     * `git patch-id --stable` of the change a commit brings: against its first
     * parent, so a merge commit counts as the change it merged (mainline 1).
     * Undefined for a commit that changes nothing.
     */
    async patchId(commit) {
        const [parent] = await this.parentsOf(commit);
        const diff = await this.exec(parent
            ? ['diff-tree', '--patch', '--no-renames', '--no-color', '--no-ext-diff', parent, commit]
            : ['diff-tree', '--patch', '--no-renames', '--no-color', '--no-ext-diff', '--root', commit]);
        if (diff.trim().length === 0)
            return undefined;
        const out = await this.exec(['patch-id', '--stable'], diff);
        return out.trim().split(/\s+/)[0] || undefined;
    }
    /** The patch ids of the non-merge commits of `range` (rev-list arguments): patch id -> commit. */
    async patchIds(range) {
        const commits = await this.exec(['rev-list', '--no-merges', ...range]);
        const ids = new Map();
        if (commits.trim().length === 0)
            return ids;
        const diffs = await this.exec(['diff-tree', '--stdin', '--patch', '--no-renames', '--no-color', '--no-ext-diff'], commits);
        const out = await this.exec(['patch-id', '--stable'], diffs);
        for (const line of splitLines(out)) {
            const [id, commit] = line.split(/\s+/);
            if (!ids.has(id))
                ids.set(id, commit);
        }
        return ids;
    }
    /** The commits a `(cherry picked from commit <sha>)` line of the message names, in order. */
    async cherryPickedFrom(commit) {
        const message = await this.exec(['log', '-1', '--format=%B', commit]);
        return [...message.matchAll(/^\(cherry picked from commit ([0-9a-f]{40})\)\s*$/gm)].map((match) => match[1]);
    }
    /**
     * Where the change of `commit` already is in `branch`: the commit itself (an
     * ancestor), a commit whose (cherry picked from commit …) trailer names it,
     * or one with the same patch id, among the branch's commits since the merge
     * base. Undefined when the branch does not hold it.
     */
    async findChangeInBranch(commit, branch) {
        const sha = (await this.revParse(commit)) ?? commit;
        if (await this.isAncestor(sha, branch))
            return { commit: sha, how: 'ancestor' };
        const base = await this.gitAt(this.dir, ['merge-base', sha, branch]);
        const range = base.ok ? [branch, `^${base.stdout.trim()}`] : [branch];
        const trailers = await this.exec([
            'log',
            '--no-merges',
            '--format=%H%x00%B%x1e',
            `--grep=(cherry picked from commit ${sha})`,
            '--fixed-strings',
            ...range
        ]);
        for (const record of trailers.split('\x1e')) {
            const [found, message] = record.replace(/^\n/, '').split('\0');
            if (message?.includes(`(cherry picked from commit ${sha})`)) {
                return { commit: found, how: 'trailer' };
            }
        }
        const id = await this.patchId(sha);
        if (id === undefined)
            return undefined;
        const found = (await this.patchIds(range)).get(id);
        return found ? { commit: found, how: 'patch-id' } : undefined;
    }
    /**
     * The commit that merged pull request #`number`, offline, reachable from
     * `ref`: the merge commit whose subject is "Merge pull request #N from …", or
     * else a squash merge "Title (#N)" on the first-parent line. Undefined when
     * there is neither.
     */
    async mergeCommitOfPull(number, ref) {
        const merges = await this.exec([
            'log',
            '--merges',
            '--format=%H%x00%s',
            `--grep=^Merge pull request #${number} `,
            ref
        ]);
        const subject = new RegExp(`^Merge pull request #${number} from \\S`);
        for (const line of splitLines(merges)) {
            const [sha, text] = line.split('\0');
            if (subject.test(text ?? ''))
                return sha;
        }
        const squashes = await this.exec([
            'log',
            '--first-parent',
            '--no-merges',
            '--format=%H%x00%s',
            '--fixed-strings',
            `--grep=(#${number})`,
            ref
        ]);
        for (const line of splitLines(squashes)) {
            const [sha, text] = line.split('\0');
            if ((text ?? '').endsWith(` (#${number})`))
                return sha;
        }
        return undefined;
    }
    /**
     * The commit on the first-parent line of `ref` that brought `commit` in: the
     * merge commit of its pull request, or `commit` itself when it was committed
     * on that line (a squash merge). Undefined when `ref` does not hold it.
     */
    async commitThatBrought(commit, ref) {
        const sha = await this.revParse(commit);
        if (!sha || !(await this.isAncestor(sha, ref)))
            return undefined;
        // Newest first; holding `commit` is monotone along the line, so the oldest holder is found by bisection.
        const line = splitLines(await this.exec(['rev-list', '--first-parent', ref, '--not', ...(await this.parentsOf(sha))]));
        let [low, high] = [0, line.length - 1]; // line[0] holds it; find the highest index that does
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (await this.isAncestor(sha, line[middle]))
                low = middle;
            else
                high = middle - 1;
        }
        return line[low];
    }
    /**
     * Cherry-picks `commits` in order onto `onto` in a throwaway detached
     * worktree, so the checkout, its index and every branch stay where they are:
     * `cherry-pick -x` with the committer's Signed-off-by, `-m 1` for a merge
     * commit. A pick that turns out empty (its change is already there) is left
     * out. On a conflict, the pick is aborted and the worktree removed; no ref
     * moves. The picked commits exist as objects only until a ref points at one.
     */
    async cherryPickOnto(onto, commits, identity) {
        const name = `pick-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
        const dir = (0,external_node_path_.join)(await this.requireGitDir(), 'release-actions', name);
        const env = {
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email
        };
        // No hooks of the checkout run in the throwaway worktree (post-checkout, commit hooks).
        const config = [
            '-c',
            'core.hooksPath=/dev/null',
            '-c',
            `user.name=${identity.name}`,
            '-c',
            `user.email=${identity.email}`,
            '-c',
            'rerere.enabled=false',
            '-c',
            'commit.gpgsign=false'
        ];
        await this.exec([
            '-c',
            'core.hooksPath=/dev/null',
            'worktree',
            'add',
            '--quiet',
            '--detach',
            dir,
            onto
        ]);
        try {
            const picked = [];
            for (const [index, source] of commits.entries()) {
                const merge = (await this.parentsOf(source)).length > 1;
                const pick = await this.gitAt(dir, [
                    ...config,
                    'cherry-pick',
                    '-x',
                    '--signoff',
                    ...(merge ? ['-m', '1'] : []),
                    '--no-edit',
                    source
                ], { env });
                if (pick.ok) {
                    picked.push({
                        source,
                        commit: (await this.gitAt(dir, ['rev-parse', 'HEAD'])).stdout.trim()
                    });
                    continue;
                }
                const unmerged = await this.gitAt(dir, ['diff', '--name-only', '--diff-filter=U', '-z']);
                const files = unmerged.stdout.split('\0').filter(Boolean);
                const inProgress = (await this.gitAt(dir, ['rev-parse', '--verify', '--quiet', 'CHERRY_PICK_HEAD'])).ok;
                if (files.length > 0) {
                    await this.gitAt(dir, ['cherry-pick', '--abort']);
                    return { status: 'conflict', index, source, files };
                }
                const staged = await this.gitAt(dir, ['diff', '--cached', '--quiet']);
                if (inProgress && staged.ok) {
                    // Nothing left to commit: the change is already on `onto`.
                    await this.gitAt(dir, [...config, 'cherry-pick', '--skip'], { env });
                    picked.push({ source, commit: undefined });
                    continue;
                }
                if (inProgress)
                    await this.gitAt(dir, ['cherry-pick', '--abort']);
                throw new Error(`git cherry-pick ${source} onto ${onto.slice(0, 12)} failed:\n${(pick.stderr || pick.stdout).trim()}`);
            }
            const tip = (await this.gitAt(dir, ['rev-parse', 'HEAD'])).stdout.trim();
            return { status: 'picked', tip, picked };
        }
        finally {
            const removed = await this.gitAt(this.dir, ['worktree', 'remove', '--force', dir]);
            if (!removed.ok) {
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                await this.gitAt(this.dir, ['worktree', 'prune']);
            }
        }
    }
}
/** Attempts and the waits between them for commands that talk to a remote. */
const REMOTE_RETRY = { attempts: 3, delaysMs: [250, 1000] };
/** A push the remote refused because its ref is not where the push expected it. */
class PushRejected extends errors/* ReleaseError */.K2 {
    remote;
    refspec;
    constructor(remote, refspec, detail) {
        super(detail);
        this.remote = remote;
        this.refspec = refspec;
        this.name = 'PushRejected';
    }
}
/** The scratch refs of this process's commits, numbered (each is gone when its import ends). */
let scratchCommits = 0;
const NETWORK_FAILURES = [
    /the remote end hung up unexpectedly/i,
    /early EOF/i,
    /connection (reset|refused|timed out|closed)/i,
    /operation timed out/i,
    /could not resolve host/i,
    /RPC failed/i,
    /requested URL returned error: (5\d\d|429)/i,
    /unable to access '.*': (Failed|Recv|Send|OpenSSL|gnutls|Empty reply)/i,
    /unexpected disconnect/i,
    /broken pipe/i
];
/** Whether git's message says the remote could not be reached or answered 5xx or 429. */
function isNetworkFailure(detail) {
    return NETWORK_FAILURES.some((pattern) => pattern.test(detail));
}
/** Whether git's message says a push was refused because the remote ref moved. */
function isRejectedPush(detail) {
    return /\[rejected\]|\[remote rejected\].*(stale|fetch first|non-fast-forward)/.test(detail);
}
function sleep(ms) {
    return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
function authorEnv(identity) {
    return {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email
    };
}
/** `git status --porcelain=v2 --branch` output, its changes shown as the v1 format shows them. */
function parseStatus(out) {
    const status = { changes: [], head: undefined, branch: undefined };
    for (const line of out.split('\n')) {
        if (line.startsWith('# branch.oid ')) {
            const oid = line.slice('# branch.oid '.length);
            if (oid !== '(initial)')
                status.head = oid;
        }
        else if (line.startsWith('# branch.head ')) {
            const branch = line.slice('# branch.head '.length);
            if (branch !== '(detached)')
                status.branch = branch;
        }
        else if (line.startsWith('? ') || line.startsWith('! ')) {
            status.changes.push(`${line[0]}${line[0]} ${quoteSpaced(line.slice(2))}`);
        }
        else if (/^[12u] /.test(line)) {
            // `1 XY sub mH mI mW hH hI path`, `2 XY ... score path<TAB>orig`, `u XY ... h1 h2 h3 path`.
            const fields = line.split(' ');
            const pathAt = { '1': 8, '2': 9, u: 10 }[line[0]];
            const [path, from] = fields.slice(pathAt).join(' ').split('\t');
            status.changes.push(`${fields[1].replaceAll('.', ' ')} ${from ? `${quoteSpaced(from)} -> ` : ''}${quoteSpaced(path)}`);
        }
    }
    return status;
}
/** A path as v1 shows it: v2 C-quotes what is unusual but a space; v1 quotes that too. */
function quoteSpaced(path) {
    return /\s/.test(path) && !path.startsWith('"') ? `"${path}"` : path;
}
/** `git ls-tree -z` output: `<mode> <type> <sha>\t<name>` records. */
function parseTreeEntries(out) {
    return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ');
        return { mode, type, sha, name: line.slice(tab + 1) };
    });
}
function splitLines(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 8740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jh: () => (/* binding */ GitHubClient),
  Qi: () => (/* reexport */ api_createOctokit),
  vZ: () => (/* reexport */ describeRun),
  vu: () => (/* reexport */ isRefusal),
  zM: () => (/* reexport */ isStatus),
  SU: () => (/* reexport */ repository/* parseRepository */.SU),
  aR: () => (/* reexport */ repository/* repositoryName */.aR)
});

// UNUSED EXPORTS: apiBaseUrl, isLiveOrSucceeded, repositoryFromRemoteUrl

// EXTERNAL MODULE: ./src/effects/http-retry.ts
var http_retry = __webpack_require__(9735);
// EXTERNAL MODULE: ./src/effects/lazy.ts
var lazy = __webpack_require__(4474);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
;// CONCATENATED MODULE: ./src/effects/github/failures.ts
/**
 * What a failed GitHub request means: whether it may be sent again, how long
 * to wait first, and what to tell the maintainer. Pure functions of the
 * error Octokit throws; octokit.ts acts on them.
 */

const NOT_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT'
]);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const SERVER_ERRORS = new Set([500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** GET, HEAD, PUT and DELETE mean the same sent twice; POST and PATCH may not. */
function isIdempotent(method) {
    return IDEMPOTENT.has((method ?? 'GET').toUpperCase());
}
function failureKind(error) {
    const response = error.response;
    if (!response) {
        // @octokit/request turns a fetch that threw into a status-500 error without a response.
        const { codes, names } = causes(error);
        if (codes.some((code) => NOT_SENT.has(code)))
            return 'not-sent';
        if (names.includes('TimeoutError') || codes.some((code) => TIMEOUT.has(code)))
            return 'timeout';
        return error.status === 500 || codes.length > 0 ? 'connection' : 'answer';
    }
    const status = response.status;
    if (status === 403 || status === 429) {
        const limit = rateLimitKind(response);
        if (limit)
            return limit;
        return status === 429 ? 'too-many-requests' : 'permission';
    }
    return SERVER_ERRORS.has(status) ? 'server-error' : 'answer';
}
function rateLimitKind(response) {
    // GitHub's wording, and its older name for the same limit.
    if (/secondary rate limit|abuse detection/i.test(messageOf(response.data)))
        return 'secondary-rate-limit';
    if (String(response.headers['x-ratelimit-remaining']) === '0')
        return 'primary-rate-limit';
    return undefined;
}
/** The codes and names along an error's cause chain (fetch's TypeError wraps the socket's error). */
function causes(error) {
    const codes = [];
    const names = [];
    let current = error.cause;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const { code, name, cause } = current;
        if (typeof code === 'string')
            codes.push(code);
        if (typeof name === 'string')
            names.push(name);
        current = cause;
    }
    return { codes, names };
}
/** The first socket error code along the cause chain, for messages. */
function connectionCode(error) {
    const { codes, names } = causes(error);
    return codes[0] ?? names.find((name) => name !== 'TypeError');
}
/**
 * Seconds to wait before the next try, as the answer asks: Retry-After
 * (seconds or an HTTP date), else x-ratelimit-reset when the quota is used
 * up; undefined when the answer says nothing.
 */
function requestedWaitSeconds(error, now = Date.now()) {
    const headers = error.response?.headers;
    if (!headers)
        return undefined;
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && String(retryAfter).trim() !== '') {
        const text = String(retryAfter).trim();
        if (/^\d+$/.test(text))
            return Number(text);
        const date = Date.parse(text);
        if (!Number.isNaN(date))
            return Math.max(Math.ceil((date - now) / 1000), 0);
    }
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(Math.ceil(reset - now / 1000), 0) + 1;
    }
    return undefined;
}
/**
 * Tells a 403 (or 429) that is a rate limit from one that is a missing
 * permission, by GitHub's answer: the secondary limit says so in its
 * message; the primary sets x-ratelimit-remaining to 0.
 */
function classifyForbidden(response) {
    const kind = rateLimitKind(response) ?? 'permission';
    const said = messageOf(response.data);
    const quoted = said ? ` ("${said}")` : '';
    switch (kind) {
        case 'secondary-rate-limit':
            return {
                kind,
                message: `GitHub's secondary rate limit stopped the request${quoted}: too many requests in a short time, not a missing permission. Wait a few minutes and rerun the job; do not run several release jobs at once.`
            };
        case 'primary-rate-limit': {
            const reset = Number(response.headers['x-ratelimit-reset']);
            const until = Number.isFinite(reset) && reset > 0
                ? new Date(reset * 1000).toISOString()
                : 'the top of the hour';
            return {
                kind,
                message: `the token's GitHub API rate limit is used up until ${until}${quoted}. Rerun the job after that, or use a token with a higher limit (a GitHub App's installation token has more than GITHUB_TOKEN's 1,000 requests an hour per repository).`
            };
        }
        default:
            return {
                kind,
                message: `GitHub refused the request with ${response.status}${quoted}: the token lacks a permission. Give the job the permission it needs (for example \`permissions: { contents: write, pull-requests: write }\`) or pass a token that has it.`
            };
    }
}
function messageOf(data) {
    if (typeof data === 'string')
        return data;
    const message = data?.message;
    return typeof message === 'string' ? message : '';
}
/**
 * A request that failed for good after this client's retries: Octokit's
 * RequestError (same status, request and response, so callers that look at
 * `status` keep working) with the maintainer's message and how it ended.
 */
class GitHubRequestError extends dist_src/* RequestError */.G {
    kind;
    attempts;
    outcomeUnknown;
    constructor(message, original, kind, 
    /** Tries made, the first included. */
    attempts, 
    /**
     * The request may have taken effect although no answer said so (a POST or
     * PATCH that got a 5xx, lost its connection or timed out). It was not sent
     * again: look the object up before creating it a second time.
     */
    outcomeUnknown) {
        super(message, original.status, {
            request: original.request,
            response: original.response,
            cause: original
        });
        this.kind = kind;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
    }
}
/**
 * Whether GitHub refused a request with one of `statuses` as an answer about
 * the request itself (no such workflow, bad inputs, no permission): a 403 or
 * 429 that is a rate limit is never one, so its own message is kept instead of
 * a permission hint.
 */
function isRefusal(error, statuses) {
    if (typeof error !== 'object' || error === null)
        return false;
    const failed = error;
    if (failed.status === undefined || !statuses.includes(failed.status))
        return false;
    if (failed.status !== 403 && failed.status !== 429)
        return true;
    const kind = error instanceof GitHubRequestError ? error.kind : failureKind(failed);
    return kind === 'permission';
}
/** Whether a failed request may have changed GitHub although it reported no success. */
function isOutcomeUnknown(error) {
    return error instanceof GitHubRequestError && error.outcomeUnknown;
}
/** A repository GitHub answers 404 for: it does not exist, or the token cannot see it (GitHub says the same). */
function unknownRepositoryMessage(repository) {
    return `GitHub knows no repository ${repository}, or the token cannot see it (GitHub answers 404 to both). Check the owner/name, and that the token reaches it: a workflow's GITHUB_TOKEN reaches only its own repository, a fine-grained token only the repositories it was given.`;
}
/** A 401: GitHub did not take the token at all. */
function badCredentialsMessage(said) {
    return `GitHub refused the token (401${said}): it is wrong, expired or revoked. Give a valid token.`;
}

;// CONCATENATED MODULE: ./src/effects/github/create-once.ts
/**
 * Look-up before resend: a create whose outcome is unknown (isOutcomeUnknown:
 * a 5xx, a lost connection or a timeout after a POST was sent) may have taken
 * effect. The object is looked for first, a few times with short waits since
 * GitHub may not list what it has just made, and sent again only when it is
 * still not there. Bounded: at most `sends` sends, `lookUps` looks per send.
 */



const DEFAULT_WAITS = [0, 1, 2, 4];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function createOnce(what, send, lookUp, options = {}) {
    const sends = options.sends ?? 3;
    const waits = options.lookUpWaits ?? DEFAULT_WAITS;
    for (let sent = 1;; sent++) {
        try {
            return await send();
        }
        catch (error) {
            if (!isOutcomeUnknown(error) || sent >= sends)
                throw error;
            const { info } = await (0,lazy/* loadCore */.Cp)();
            for (const seconds of waits) {
                if (seconds > 0)
                    await sleep(seconds * (0,http_retry/* secondMs */.fj)());
                const found = await lookUp();
                if (found !== undefined) {
                    info(`${what}: the answer was lost, but GitHub has it: not sent again`);
                    return found;
                }
            }
            info(`${what}: the answer was lost and GitHub does not have it: sending it again`);
        }
    }
}

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/effects/github/deferred-octokit.ts

/** The rest.<namespace>.<method> a deferred method stands for, so paginate can take it. */
const REST_PATH = Symbol('rest method');
/**
 * An Octokit whose client is made by `make` on its first request, so that
 * Octokit and its plugins are loaded when a phase calls the API, not when a
 * bundle starts. It offers what the project calls: request(), paginate() and
 * rest.<namespace>.<method>(); each waits for the client, then calls it.
 */
function deferredOctokit(make) {
    const client = (0,lazy/* once */.Oo)(make);
    const methodOf = (octokit, [namespace, name]) => octokit.rest[namespace][name];
    const namespaces = new Map();
    const namespace = (name) => {
        let methods = namespaces.get(name);
        if (!methods) {
            const made = new Map();
            methods = new Proxy({}, {
                get: (_, method) => {
                    if (typeof method !== 'string')
                        return undefined;
                    let deferred = made.get(method);
                    if (!deferred) {
                        const path = [name, method];
                        deferred = Object.assign(async (...args) => methodOf(await client(), path)(...args), { [REST_PATH]: path });
                        made.set(method, deferred);
                    }
                    return deferred;
                }
            });
            namespaces.set(name, methods);
        }
        return methods;
    };
    const rest = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? namespace(name) : undefined) });
    const facade = {
        rest,
        request: async (...args) => (await client()).request(...args),
        paginate: async (method, ...args) => {
            const octokit = await client();
            const path = method?.[REST_PATH];
            return octokit.paginate(path ? methodOf(octokit, path) : method, ...args);
        }
    };
    return facade;
}

;// CONCATENATED MODULE: ./src/effects/github/octokit.ts





const DEFAULTS = {
    attempts: 5,
    maxWaitSeconds: 900,
    backoffSeconds: 1,
    secondMs: 1000,
    timeoutMs: 120_000
};
const LONGEST_BACKOFF_SECONDS = 60;
const SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS = 60;
/** The retrying client; Octokit and its plugins are loaded on its first request. */
function createOctokit(token, options = {}) {
    return deferredOctokit(async () => buildOctokit(token, options, await (0,lazy/* loadOctokit */.mV)()));
}
function buildOctokit(token, options, { getOctokit, retry, throttling, Bottleneck, info }) {
    const policy = { ...DEFAULTS, ...definedOnly(options) };
    const log = options.log ?? ((line) => info(line));
    const accounts = new WeakMap();
    const account = (request) => {
        let found = accounts.get(request);
        if (!found)
            accounts.set(request, (found = { tries: 0, waitedSeconds: 0 }));
        return found;
    };
    /** Spends `seconds` of the bound on one more try, or says why it cannot. */
    const mayWait = (request, seconds, what) => {
        const spent = account(request);
        if (spent.tries >= policy.attempts)
            return false;
        if (spent.waitedSeconds + seconds > policy.maxWaitSeconds) {
            spent.boundedOut = `waiting ${seconds} s more would pass the limit of ${policy.maxWaitSeconds} s`;
            return false;
        }
        spent.waitedSeconds += seconds;
        log(`${what}: try ${spent.tries + 1} of ${policy.attempts} in ${seconds} s`);
        return true;
    };
    const onLimit = (which) => (seconds, request, octokit) => mayWait(request, seconds, `GitHub's ${which} rate limit on ${describe(octokit, request)}`);
    // The repositories a request has succeeded under (lower case): a 404 there is about the object.
    const seen = new Set();
    const named = new Map(Object.entries(options.inputs?.repositories ?? {}).map(([name, input]) => [
        name.toLowerCase(),
        { name, input }
    ]));
    /** The bad input a refused request means: an unknown repository, a token GitHub does not take. */
    const inputRefusal = async (octokit, error, sent) => {
        if (sent.request?.repositoryProbe)
            return undefined;
        const tokenInput = options.inputs?.token;
        if (error.status === 401 && tokenInput)
            return new errors/* InputError */.dz(tokenInput, badCredentialsMessage(said(error)));
        if (error.status !== 404)
            return undefined;
        const repository = repositoryOf(octokit, sent);
        const input = repository && !seen.has(repository) ? named.get(repository) : undefined;
        if (!input)
            return undefined;
        const [owner, repo] = input.name.split('/');
        const { method, url } = octokit.request.endpoint.parse(sent);
        const itself = method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/?$/.test(new URL(url).pathname);
        if (!itself) {
            try {
                await octokit.request('GET /repos/{owner}/{repo}', {
                    owner,
                    repo,
                    request: { repositoryProbe: true }
                });
                return undefined;
            }
            catch (probe) {
                if (probe.status !== 404)
                    return undefined;
            }
        }
        return new errors/* InputError */.dz(input.input, unknownRepositoryMessage(input.name));
    };
    // Plugin order is hook order, innermost first: each try passes through
    // `tries` (timeout, count, retry decision) inside plugin-retry, which
    // repeats what `tries` asks for; throttling repeats rate-limited requests
    // around that; `report` sees only the final failure. Every hook gets the
    // same options object (before-after-hook binds it), which is why one
    // request's account is kept by that object.
    const tries = (octokit) => {
        octokit.hook.wrap('request', async (request, raw) => {
            const options = raw;
            const spent = account(options);
            if (spent.tries++ === 0)
                spent.callerSignal = options.request?.signal;
            const timeout = AbortSignal.timeout(policy.timeoutMs);
            const own = spent.callerSignal;
            // A new object: `request` may still be the one the client's defaults share.
            options.request = {
                ...options.request,
                signal: own ? AbortSignal.any([own, timeout]) : timeout
            };
            const response = await request(raw);
            const repository = repositoryOf(octokit, options);
            if (repository)
                seen.add(repository);
            return response;
        });
        octokit.hook.error('request', (error, raw) => {
            const options = raw;
            const failed = error;
            if (!failed.request)
                throw error;
            const wait = retryWait(failed, options, policy, account(options).tries);
            const reason = `${retryReason(failed)} to ${describe(octokit, options)}`;
            if (wait !== undefined && mayWait(options, wait, reason)) {
                const retrying = octokit;
                throw retrying.retry.retryRequest(error, policy.attempts, wait);
            }
            throw error;
        });
        return {};
    };
    const report = (octokit) => {
        octokit.hook.error('request', async (error, raw) => {
            const failed = error;
            if (!failed.request)
                throw error;
            const options = raw;
            const request = describe(octokit, options);
            const refusal = await inputRefusal(octokit, failed, options);
            if (refusal)
                throw refusal;
            throw finalError(failed, options, request, account(raw), policy);
        });
        return {};
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: policy.secondMs,
        fallbackSecondaryRateRetryAfter: SECONDARY_LIMIT_DEFAULT_WAIT_SECONDS,
        ...(options.pacing === false ? unpaced(Bottleneck) : {})
    };
    const refuse = (octokit) => {
        const refusal = options.refuse;
        if (refusal) {
            octokit.hook.before('request', (raw) => {
                const { method, url } = raw;
                throw refusal(method, url.replace(/^[a-z]+:\/\/[^/]+/, ''));
            });
        }
        return {};
    };
    return getOctokit(token, {
        ...options.octokit,
        baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        retry: {
            // plugin-retry would choose by status alone, after (n+1)² s, whatever
            // the method and Retry-After: `tries` decides instead, so the plugin
            // passes every status on and only schedules the retries asked for.
            doNotRetry: EVERY_ERROR_STATUS,
            retries: policy.attempts,
            retryAfterBaseValue: policy.secondMs
        },
        throttle
    }, tries, retry, throttling, report, 
    // Last, so its hook runs first: nothing leaves the machine.
    refuse);
}
const EVERY_ERROR_STATUS = Array.from({ length: 200 }, (_, index) => 400 + index);
/** Seconds before the next try, or undefined when this failure is not retried here. */
function retryWait(error, options, policy, triesSoFar) {
    const kind = failureKind(error);
    // Whole seconds: plugin-retry truncates what it is given.
    const backoff = Math.ceil(Math.min(policy.backoffSeconds * 2 ** Math.max(triesSoFar - 1, 0), LONGEST_BACKOFF_SECONDS));
    const asked = requestedWaitSeconds(error);
    switch (kind) {
        case 'too-many-requests':
            return asked ?? backoff;
        case 'not-sent':
            return backoff;
        case 'server-error':
            return resendable(options) ? (asked ?? backoff) : undefined;
        case 'connection':
        case 'timeout':
            return resendable(options) ? backoff : undefined;
        default:
            // rate limits are the throttling plugin's; the rest are answers.
            return undefined;
    }
}
/** Idempotent by method, unless the caller says otherwise (`request: { idempotent }`). */
function resendable(options) {
    return options.request?.idempotent ?? isIdempotent(options.method);
}
function retryReason(error) {
    const kind = failureKind(error);
    return kind === 'server-error' || kind === 'too-many-requests'
        ? `GitHub answered ${error.status}`
        : (connectionCode(error) ?? kind);
}
function finalError(error, options, request, spent, policy) {
    const kind = failureKind(error);
    const origin = originOf(error.request.url);
    const tries = spent.tries === 1 ? 'once' : `${spent.tries} times`;
    const bound = spent.boundedOut ? ` (${spent.boundedOut})` : '';
    const unknown = !resendable(options) && (kind === 'server-error' || kind === 'connection' || kind === 'timeout');
    const shaped = (message) => new GitHubRequestError(message, error, kind, spent.tries, unknown);
    const maybeTookEffect = unknown
        ? ` It may have taken effect, so it was not sent again: look for what it would have made before sending it once more.`
        : '';
    switch (kind) {
        case 'primary-rate-limit':
        case 'secondary-rate-limit':
        case 'permission':
            if (!error.response)
                return error;
            return shaped(`${request}: ${classifyForbidden(error.response).message}${kind === 'permission' ? '' : ` Tried ${tries}, waited ${spent.waitedSeconds} s${bound}.`}`);
        case 'too-many-requests':
            return shaped(`${request}: GitHub answered 429 Too Many Requests ${tries}${bound}. Wait a few minutes and rerun the job.`);
        case 'server-error':
            return shaped(`${request}: GitHub answered ${error.status}${said(error)}, tried ${tries}${bound}.${maybeTookEffect || ' GitHub may be having trouble (https://www.githubstatus.com): rerun the job later.'}`);
        case 'not-sent':
        case 'connection':
            return shaped(`${request}: could not reach ${origin} (${connectionCode(error) ?? error.message}), tried ${tries}${bound}.${maybeTookEffect || ` Check the network and the API URL (GITHUB_API_URL), then rerun.`}`);
        case 'timeout':
            return shaped(`${request}: GitHub did not answer within ${policy.timeoutMs / 1000} s, tried ${tries}${bound}.${maybeTookEffect || ' Check the network, then rerun.'}`);
        default:
            return error;
    }
}
/** `METHOD /path` with the parameters filled in, for messages. */
function describe(octokit, options) {
    const { method, url } = octokit.request.endpoint.parse(options);
    return `${method} ${new URL(url, 'http://github.invalid').pathname}`;
}
/** The owner/name (lower case) a request is under, from its path /repos/{owner}/{repo}/... */
function repositoryOf(octokit, options) {
    const { url } = octokit.request.endpoint.parse(options);
    const match = /^\/repos\/([^/]+)\/([^/]+)/.exec(new URL(url, 'http://github.invalid').pathname);
    return match
        ? `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`.toLowerCase()
        : undefined;
}
/** GitHub's own message, without the documentation link Octokit appends. */
function said(error) {
    const message = error.response?.data?.message;
    return typeof message === 'string' && message ? ` ("${message}")` : '';
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/** Groups without GitHub's spacing between writes, for tests and the sandbox. */
function unpaced(Groups) {
    return {
        write: new Groups.Group({ maxConcurrent: 1 }),
        notifications: new Groups.Group({ maxConcurrent: 1 }),
        search: new Groups.Group({ maxConcurrent: 1 })
    };
}
function definedOnly(options) {
    return Object.fromEntries(Object.entries({
        attempts: options.attempts,
        maxWaitSeconds: options.maxWaitSeconds,
        backoffSeconds: options.backoffSeconds,
        secondMs: options.secondMs,
        timeoutMs: options.timeoutMs
    }).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/effects/github/api.ts

/** The API base: GITHUB_API_URL as Actions sets it (or the local emulator), else api.github.com. */
function apiBaseUrl() {
    return process.env.GITHUB_API_URL || 'https://api.github.com';
}
/**
 * The one client factory: octokit.ts's retrying, throttled client. GitHub's
 * pacing between writes is kept for GitHub itself and left out when the API is
 * on this machine (the emulator) or RELEASE_ACTIONS_UNPACED is set; there the
 * retries' seconds are RELEASE_ACTIONS_SECOND_MS milliseconds when that is set.
 */
function api_createOctokit(token, baseUrlOrOptions = {}) {
    const options = typeof baseUrlOrOptions === 'string' ? { baseUrl: baseUrlOrOptions } : baseUrlOrOptions;
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const local = isLoopback(baseUrl) || Boolean(process.env.RELEASE_ACTIONS_UNPACED);
    const secondMs = Number(process.env.RELEASE_ACTIONS_SECOND_MS);
    return createOctokit(token, {
        ...(local ? { pacing: false } : {}),
        ...(local && Number.isFinite(secondMs) && secondMs > 0 ? { secondMs } : {}),
        ...options,
        baseUrl
    });
}
/** Whether the API is served on this machine (127.0.0.0/8, ::1, localhost). */
function isLoopback(url) {
    try {
        const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
        return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
    }
    catch {
        return false;
    }
}
/** Whether a request failed with this HTTP status. */
function isStatus(error, status) {
    return (typeof error === 'object' && error !== null && error.status === status);
}

;// CONCATENATED MODULE: ./src/effects/github/labels.ts


/** Labels on issues and pull requests. */
class Labels {
    api;
    constructor(api) {
        this.api = api;
    }
    /** Adds the labels that the pull request lacks, creating missing labels in the repository. */
    async ensure(issueNumber, labels) {
        const { data: current } = await this.api.octokit.rest.issues.listLabelsOnIssue({
            ...this.api.ref,
            issue_number: issueNumber
        });
        const missing = labels.filter((label) => !current.some((c) => c.name === label));
        if (missing.length === 0)
            return [];
        const { data: known } = await this.api.octokit.rest.issues.listLabelsForRepo({
            ...this.api.ref,
            per_page: 100
        });
        for (const name of missing.filter((label) => !known.some((k) => k.name === label))) {
            try {
                await createOnce(`label ${name}`, async () => {
                    await this.api.octokit.rest.issues.createLabel({
                        ...this.api.ref,
                        name,
                        color: 'ededed'
                    });
                    return name;
                }, async () => {
                    try {
                        await this.api.octokit.rest.issues.getLabel({ ...this.api.ref, name });
                        return name;
                    }
                    catch (error) {
                        if (isStatus(error, 404))
                            return undefined;
                        throw error;
                    }
                });
            }
            catch (error) {
                if (!isStatus(error, 422))
                    throw error; // created meanwhile: fine
            }
        }
        await this.api.octokit.rest.issues.addLabels({
            ...this.api.ref,
            issue_number: issueNumber,
            labels: missing,
            // Adding labels a second time changes nothing: resent like a PUT.
            request: { idempotent: true }
        });
        return missing;
    }
}

;// CONCATENATED MODULE: ./src/effects/github/pulls.ts

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
/** Pull requests. */
class Pulls {
    api;
    constructor(api) {
        this.api = api;
    }
    async find(head, base, state = 'open', headOwner = this.api.ref.owner) {
        const { data } = await this.api.octokit.rest.pulls.list({
            ...this.api.ref,
            head: `${headOwner}:${head}`,
            base,
            state,
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.state === 'open') ?? pulls[0];
    }
    async get(number) {
        const { data } = await this.api.octokit.rest.pulls.get({ ...this.api.ref, pull_number: number });
        return toPullRequest(data);
    }
    /** Opens the pull request for `head`, or updates the open one: never a second one. */
    async openOrUpdate(request) {
        const existing = await this.find(request.head, request.base, 'open', request.headOwner);
        if (existing && existing.state === 'open') {
            if (existing.title === request.title && existing.body === request.body) {
                return { pull: existing, status: 'unchanged' };
            }
            const { data } = await this.api.octokit.rest.pulls.update({
                ...this.api.ref,
                pull_number: existing.number,
                title: request.title,
                body: request.body
            });
            return { pull: toPullRequest(data), status: 'updated' };
        }
        const head = request.headOwner ? `${request.headOwner}:${request.head}` : request.head;
        const pull = await createOnce(`pull request ${head} -> ${request.base}`, async () => {
            const { data } = await this.api.octokit.rest.pulls.create({
                ...this.api.ref,
                head,
                base: request.base,
                title: request.title,
                body: request.body,
                maintainer_can_modify: true
            });
            return toPullRequest(data);
        }, async () => {
            const found = await this.find(request.head, request.base, 'open', request.headOwner);
            return found?.state === 'open' ? found : undefined;
        });
        return { pull, status: 'created' };
    }
    /** The merged pull request from branch `head` (any base), or the newest closed or open one. */
    async findMerged(head) {
        const data = await this.api.octokit.paginate(this.api.octokit.rest.pulls.list, {
            ...this.api.ref,
            head: `${this.api.ref.owner}:${head}`,
            state: 'all',
            per_page: 100
        });
        const pulls = data.map(toPullRequest).filter((pull) => pull.headRef === head);
        return pulls.find((pull) => pull.merged) ?? pulls[0];
    }
    /**
     * The merged pull requests that brought `sha` in (GET /commits/{sha}/pulls),
     * oldest first: number, title and author login, as the changelog lists them.
     */
    async mergedOfCommit(sha) {
        const { data } = await this.api.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.api.ref,
            commit_sha: sha,
            per_page: 100
        });
        return data
            .filter((pull) => pull.merged_at !== null)
            .sort((a, b) => a.number - b.number)
            .map((pull) => ({ number: pull.number, title: pull.title, author: pull.user?.login ?? '' }));
    }
}

;// CONCATENATED MODULE: ./src/effects/github/releases.ts

/** Releases and their assets. */
class Releases {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The body of GitHub's "Generate release notes" for `tag` since `previousTag`. */
    async generateNotes(tag, target, previousTag) {
        // A POST that only reads (it creates nothing): resent like a GET after a 5xx or a lost answer.
        const { data } = await this.api.octokit.rest.repos.generateReleaseNotes({
            ...this.api.ref,
            tag_name: tag,
            target_commitish: target,
            ...(previousTag ? { previous_tag_name: previousTag } : {}),
            request: { idempotent: true }
        });
        return data.body;
    }
    /** Every release, drafts included (GET /releases/tags/{tag} never returns a draft). */
    async list() {
        const data = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleases, {
            ...this.api.ref,
            per_page: 100
        });
        return data.map(toRelease);
    }
    /** The release of `tag`, draft or published; found by listing, as drafts have no tag yet. */
    async findByTag(tag) {
        return (await this.list()).find((release) => release.tagName === tag);
    }
    async create(request) {
        return createOnce(`release ${request.tag}`, async () => {
            const { data } = await this.api.octokit.rest.repos.createRelease({
                ...this.api.ref,
                tag_name: request.tag,
                target_commitish: request.target,
                name: request.name,
                body: request.body,
                draft: request.draft,
                prerelease: request.prerelease,
                make_latest: request.makeLatest
            });
            return toRelease(data);
        }, () => this.findByTag(request.tag));
    }
    /**
     * Changes a release's fields; `draft: false` publishes it. After an unknown outcome (a 5xx, a lost answer) the
     * release is read first: when it holds the fields already, the update is not
     * sent again (a published release may refuse changes).
     */
    async update(id, fields) {
        return createOnce(`update of release ${id}`, async () => {
            const { data } = await this.api.octokit.rest.repos.updateRelease({
                ...this.api.ref,
                release_id: id,
                ...(fields.name !== undefined ? { name: fields.name } : {}),
                ...(fields.body !== undefined ? { body: fields.body } : {}),
                ...(fields.prerelease !== undefined ? { prerelease: fields.prerelease } : {}),
                ...(fields.makeLatest !== undefined ? { make_latest: fields.makeLatest } : {}),
                ...(fields.draft !== undefined ? { draft: fields.draft } : {})
            });
            return toRelease(data);
        }, async () => {
            const { data } = await this.api.octokit.rest.repos.getRelease({
                ...this.api.ref,
                release_id: id
            });
            const release = toRelease(data);
            const held = ['name', 'body', 'prerelease', 'draft'].every((field) => fields[field] === undefined || fields[field] === release[field]);
            return held ? release : undefined;
        });
    }
    /** A release with what the asset calls need: its immutability, upload URL and every asset. */
    async withAssets(releaseId) {
        const { data } = await this.api.octokit.rest.repos.getRelease({
            ...this.api.ref,
            release_id: releaseId
        });
        const assets = await this.api.octokit.paginate(this.api.octokit.rest.repos.listReleaseAssets, {
            ...this.api.ref,
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
    async uploadAsset(uploadUrl, name, data, contentType) {
        return createOnce(`asset ${name}`, async () => {
            const response = await this.api.octokit.request({
                method: 'POST',
                url: uploadUrl,
                name,
                data,
                // fetch sets Content-Length from the Buffer; Node 24's undici refuses one given by hand.
                headers: { 'content-type': contentType }
            });
            return toReleaseAsset(response.data);
        }, async () => {
            const releaseId = releaseIdOf(uploadUrl);
            if (releaseId === undefined)
                return undefined;
            const { assets } = await this.withAssets(releaseId);
            // A broken upload may leave a partial asset: only a whole one counts.
            return assets.find((asset) => asset.name === name && asset.size === data.length);
        });
    }
    async deleteAsset(assetId) {
        await this.api.octokit.rest.repos.deleteReleaseAsset({ ...this.api.ref, asset_id: assetId });
    }
    /** An asset's bytes (GitHub redirects to its storage; fetch follows). */
    async downloadAsset(assetId) {
        const { data } = await this.api.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.api.ref,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' }
        });
        return Buffer.from(data);
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
/** The release id in an upload_url (…/releases/{id}/assets{?name,label}). */
function releaseIdOf(uploadUrl) {
    const match = /\/releases\/(\d+)\/assets/.exec(uploadUrl);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/effects/github/repos.ts

/** The repository itself: its settings, forks, and the token's account. */
class Repos {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The account the token belongs to (a bot that opens pull requests from its forks). */
    async authenticatedUser() {
        const { data } = await this.api.octokit.rest.users.getAuthenticated();
        return { login: data.login, id: data.id };
    }
    /** This repository's default branch and, for a fork, its parent (owner/name); undefined when not found. */
    async info() {
        try {
            const { data } = await this.api.octokit.rest.repos.get({ ...this.api.ref });
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
        // GitHub answers a second fork request with the fork it has: resent like a PUT.
        const { data } = await this.api.octokit.rest.repos.createFork({
            ...this.api.ref,
            request: { idempotent: true }
        });
        return { owner: data.owner.login, repo: data.name };
    }
    /** Brings a fork's branch up to its parent's ("Sync fork"): fast-forward, merge, or none when even. */
    async syncFork(branch) {
        // Syncing an even fork changes nothing: resent like a PUT.
        const { data } = await this.api.octokit.rest.repos.mergeUpstream({
            ...this.api.ref,
            branch,
            request: { idempotent: true }
        });
        return data.merge_type ?? 'none';
    }
}

// EXTERNAL MODULE: ./src/effects/github/repository.ts
var repository = __webpack_require__(3750);
;// CONCATENATED MODULE: ./src/effects/github/workflows.ts


/** Workflow runs and dispatches. */
class Workflows {
    api;
    constructor(api) {
        this.api = api;
    }
    /** The newest runs (at most 100) of a workflow file, optionally of one event. */
    async listRuns(workflow, event) {
        const { data } = await this.api.octokit.rest.actions.listWorkflowRuns({
            ...this.api.ref,
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
    async dispatch(workflow, ref, inputs) {
        const response = await this.api.octokit.rest.actions.createWorkflowDispatch({
            ...this.api.ref,
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
                runs = await this.listRuns(workflow, 'workflow_dispatch');
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
        let lookedUp;
        const started = await createOnce(`dispatch of ${workflow}`, () => this.dispatch(workflow, ref, inputs), async () => {
            lookedUp = await findRun();
            return lookedUp ? { runId: lookedUp.id, url: lookedUp.url } : undefined;
        });
        if (lookedUp)
            return { started: true, run: lookedUp, runId: lookedUp.id, url: lookedUp.url };
        if (started.runId !== undefined)
            return { started: true, run: undefined, ...started };
        const run = await findRun(); // an older GitHub answers 204 without the run
        return { started: true, run, runId: run?.id, url: run?.url };
    }
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

;// CONCATENATED MODULE: ./src/effects/github/client.ts










/**
 * The GitHub calls of one repository, by resource family. Each call that
 * creates something looks for it first, so a rerun never makes a second one.
 */
class GitHubClient {
    octokit;
    ref;
    pulls;
    labels;
    releases;
    workflows;
    repos;
    constructor(octokit, ref) {
        this.octokit = octokit;
        this.ref = ref;
        this.pulls = new Pulls(this);
        this.labels = new Labels(this);
        this.releases = new Releases(this);
        this.workflows = new Workflows(this);
        this.repos = new Repos(this);
    }
    get name() {
        return (0,repository/* repositoryName */.aR)(this.ref);
    }
    /** The same account's client for another repository. */
    forRepository(ref) {
        return new GitHubClient(this.octokit, ref);
    }
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   mO: () => (/* binding */ repositoryFromRemoteUrl)
/* harmony export */ });
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);

function parseRepository(text, input = 'repository') {
    // GitHub's rules: an owner of letters, digits, - and _ (not first), a name of those and dots, never . or ..
    const match = /^([A-Za-z0-9][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(text);
    if (!match || match[2] === '.' || match[2] === '..')
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not owner/name, e.g. bpfman/bpfman`);
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


/***/ }),

/***/ 9735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   fj: () => (/* binding */ secondMs),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony export isRetriableStatus */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);


const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
/** How long one second of waiting lasts: 1000 ms, or RELEASE_ACTIONS_SECOND_MS (tests, sandbox). */
function secondMs() {
    const set = Number(process.env.RELEASE_ACTIONS_SECOND_MS);
    return Number.isFinite(set) && set > 0 ? set : 1000;
}
function isRetriableStatus(status) {
    return status === 429 || status >= 500;
}
/**
 * fetch with bounded retries on 429, 5xx and network errors (including the
 * per-try timeout), backing off exponentially and honouring Retry-After up to
 * maxDelayMs, each of its seconds secondMs() long. Returns the last response
 * even when it is still a 429/5xx, so the caller can say what the registry
 * answered; throws only when no try got an answer.
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
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${what}: could not reach ${new URL(url).origin} after ${attempt} ${attempt === 1 ? 'try' : 'tries'} (${networkErrorText(lastError)}); check the registry URL and the network`);
        }
        const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
        if (response)
            await discard(response);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((backoffMs(policy, attempt, retryAfter) * secondMs()) / 1000);
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


/***/ }),

/***/ 4474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ loadCore),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   mV: () => (/* binding */ loadOctokit)
/* harmony export */ });
// The libraries that only some paths use, imported at their first use: ncc puts
// each dynamic import() in a chunk of its own, so that a bundle's start-up (a
// phase failing at its first input, a dry run that calls no API) pays for none
// of them. Each loader imports once; later calls get the same promise.
/** A loader that runs `load` on its first call only. */
function once(load) {
    let loaded;
    return () => (loaded ??= load());
}
/**
 * @actions/core, for the API client's log lines: with it come its HTTP client
 * and undici, which a phase that never calls the API (the CLI's offline
 * prepare) does not load. The action's entry imports it anyway.
 */
const loadCore = once(() => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6257)));
/** Octokit (@actions/github), the retry and throttling plugins, Bottleneck and @actions/core. */
const loadOctokit = once(async () => {
    const [github, retry, throttling, bottleneck, core] = await Promise.all([
        __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 2270)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 2116)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
        loadCore()
    ]);
    return {
        getOctokit: github.getOctokit,
        retry: retry.retry,
        throttling: throttling.throttling,
        Bottleneck: bottleneck.default,
        info: core.info
    };
});


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ writeManifestFile),
/* harmony export */   oe: () => (/* binding */ readManifestFile),
/* harmony export */   wN: () => (/* binding */ defaultManifestPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5178);
/* harmony import */ var _release_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4776);





/** Where an action keeps a release's manifest when no path is given. */
function defaultManifestPath(repository, tag) {
    const dir = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `release-manifest-${repository.replace('/', '-')}-${tag}.json`);
}
/**
 * The manifest of one release at `path`, read once and validated: a file
 * that is not a manifest, or is another release's, is bad input. Without
 * `version`, only its repository is checked.
 */
function readManifestFile(path, repository, version, input) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${path} is a folder; give the path of the manifest file`);
    }
    const manifest = (0,_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path, input);
    if ((version && manifest.tag !== version.tag) || manifest.repository !== repository) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${path} is the manifest of ${manifest.repository} ${manifest.tag}, not ${repository}${version ? ` ${version.tag}` : ''}; give another path or remove it`);
    }
    return manifest;
}
function writeManifestFile(path, manifest) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify(manifest, null, 2)}\n`);
}


/***/ }),

/***/ 5988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ forgetRepositories),
/* harmony export */   u: () => (/* binding */ repositoryAt)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3854);

/**
 * The repositories opened in this run, by folder: the CLI reads the committer
 * and the git folder before the phase's settings check the folder, which the
 * plan opens again; each look after the first reuses the first's Git, with
 * what it has read (the git folder, the configuration, the commits' files).
 */
const opened = new Map();
/** The Git of the folder `repoDir`, one per folder in a run (see `opened`). */
function repositoryAt(repoDir) {
    let git = opened.get(repoDir);
    if (!git)
        opened.set(repoDir, (git = new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(repoDir)));
    return git;
}
/** Ends the run's reuse (runPhase does when a phase ends): the next run reads afresh. */
function forgetRepositories() {
    opened.clear();
}


/***/ }),

/***/ 5178:
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

/***/ 4552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   oN: () => (/* binding */ requireInput),
/* harmony export */   pD: () => (/* binding */ parseBranchName),
/* harmony export */   pJ: () => (/* binding */ checkInputValues),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports inputsFrom, MAX_INPUT_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);

/** Inputs from a plain record (tests, and the CLI once its flags are parsed). */
function inputsFrom(values, label = (name) => name) {
    return { get: (name) => values[name] ?? '', label };
}
/** One of a fixed set of words. */
function parseChoice(text, choices, input) {
    if (choices.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not one of ${choices.join(', ')}`);
}
/** true or false, as YAML 1.2 writes them (the forms core.getBooleanInput takes); empty is false. */
function parseBoolean(text, input) {
    if (text === '' || /^(false|False|FALSE)$/.test(text))
        return false;
    if (/^(true|True|TRUE)$/.test(text))
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not true or false`);
}
/** An input that must be given; `example` shows a value. */
function requireInput(inputs, name, example) {
    const value = inputs.get(name);
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(inputs.label(name), `is required, e.g. ${example}`);
    return value;
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
/**
 * A branch name git takes (git check-ref-format --branch), that is no
 * option either: no leading -, no .., no //, no @{, none of ~^:?*[\\ and
 * no space, not ending in / . or .lock (control characters: checkInputValues
 * refuses them in every input).
 */
function parseBranchName(text, input, example = 'main') {
    const bad = /^[-/.]|[/.]$|\.lock$|\.\.|\/\/|\/\.|@\{|[\s~^:?*[\\]/.test(text) || text === '@';
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text}" is not a branch name git takes; give a branch, e.g. ${example}`);
    return text;
}
/** A comma- or newline-separated list. */
function parseList(text) {
    return text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
}
/** A command such as "make bundle" as an argument array: split at whitespace, never a shell. */
function parseCommand(text, input, example) {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is empty; give a command such as "${example}"`);
    return words;
}
/** The longest value any input takes: lists of images and assets fit many times over. */
const MAX_INPUT_LENGTH = 16_384;
// C0 controls but tab, line feed and carriage return (lists are one a line), and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/**
 * Refuses, before anything runs, a value no input takes whatever it means: a
 * control character (a paste gone wrong, an injection attempt) or a value
 * longer than MAX_INPUT_LENGTH. The message names the input, never the value
 * (it may be a token).
 */
function checkInputValues(values, label) {
    for (const [name, value] of Object.entries(values)) {
        if (value.length > MAX_INPUT_LENGTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(label(name), `is ${value.length} characters long, more than the ${MAX_INPUT_LENGTH} any input takes; give the value itself`);
        }
        const control = CONTROL_CHARACTER.exec(value);
        if (control) {
            const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(label(name), `holds the control character U+${code} at position ${control.index + 1}; give the value as plain text`);
        }
    }
}


/***/ }),

/***/ 4776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ extendManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest)
/* harmony export */ });
/* unused harmony export MANIFEST_SCHEMA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5710);


/**
 * The release manifest: what the phases learned, written as JSON for the next
 * job (moved between workflows as an artifact). Each phase adds its part;
 * keys are camelCase throughout.
 */
const MANIFEST_SCHEMA = 2;
/** The manifest to write: the one of this release there was (else a new one) with `part` added. */
function extendManifest(existing, header, part) {
    const manifest = existing ?? {
        schema: MANIFEST_SCHEMA,
        repository: header.repository,
        version: header.version.version,
        tag: header.version.tag,
        previousTag: header.previousTag,
        prerelease: (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isPrerelease */ .V1)(header.version),
        base: header.base
    };
    const operator = part.operator ? { ...manifest.operator, ...part.operator } : manifest.operator;
    return { ...manifest, ...part, ...(operator ? { operator } : {}) };
}
const HEADER = {
    repository: 'string',
    version: 'string',
    tag: 'string',
    previousTag: 'string?',
    prerelease: 'boolean',
    base: 'string'
};
const PARTS = {
    prepare: {
        branch: 'string',
        commit: 'string',
        pr: 'object?',
        changelogPath: 'string',
        files: 'array'
    },
    tagRelease: { commit: 'string', release: 'object?', dispatch: 'object?' },
    postRelease: {
        commit: 'string',
        release: 'object',
        assets: 'array',
        extraAssets: 'array',
        images: 'array',
        revertPr: 'object?',
        checks: 'array?',
        handOver: 'object'
    },
    operator: { catalogs: 'array?', nextDev: 'object?' }
};
function shapeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}
function fits(value, shape) {
    const optional = shape.endsWith('?');
    if (optional && (value === null || value === undefined))
        return true;
    const kind = shape.replace('?', '');
    if (kind === 'array')
        return Array.isArray(value);
    if (kind === 'object')
        return typeof value === 'object' && value !== null && !Array.isArray(value);
    return typeof value === kind;
}
function checkFields(record, fields, prefix, fail) {
    for (const [field, shape] of Object.entries(fields)) {
        const value = record[field];
        if (!fits(value, shape)) {
            fail(`${prefix}${field}`, value === undefined
                ? 'is missing'
                : `is ${shapeOf(value)}, not ${shape.replace('?', ' or null')}`);
        }
    }
}
/**
 * Reads a manifest's JSON text, checking every field it relies on. `path`
 * and `input` name it in the error: which file, which field, what to do.
 */
function parseManifest(text, path, input) {
    const fail = (field, problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${path} is not a release manifest this version of release-actions reads: ${field} ${problem}; remove the file (or give another path) and rerun`);
    };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return fail('the file', `is not JSON (${error.message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return fail('the file', `holds ${shapeOf(parsed)}, not an object`);
    }
    const record = parsed;
    if (record.schema !== MANIFEST_SCHEMA) {
        fail('schema', `is ${JSON.stringify(record.schema)}; this version reads schema ${MANIFEST_SCHEMA}`);
    }
    checkFields(record, HEADER, '', fail);
    for (const [part, fields] of Object.entries(PARTS)) {
        const value = record[part];
        if (value === undefined)
            continue;
        if (!fits(value, 'object'))
            fail(part, `is ${shapeOf(value)}, not an object`);
        checkFields(value, fields, `${part}.`, fail);
    }
    return record;
}


/***/ }),

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ plannerOf),
/* harmony export */   h: () => (/* binding */ phaseOf)
/* harmony export */ });
/* harmony import */ var _effects_lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4474);

/**
 * A phase whose planner is loaded when the plan runs: an action's start-up (a
 * phase failing at its first input) loads only the settings and what they
 * need, not the plan's modules and the libraries they bring (`load` is a
 * dynamic import(), which ncc puts in a chunk of its own).
 */
function phaseOf(definition) {
    const loadPlanner = (0,_effects_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(definition.loadPlanner);
    return {
        name: definition.name,
        settings: definition.settings,
        plan: async (settings, context) => (await loadPlanner())(settings, context),
        loadPlanner
    };
}
/**
 * The planner of one plan and one report: `plan` computes what it will do,
 * `report` says what it did (`result` undefined: a dry run).
 */
function plannerOf(definition) {
    return async (settings, context) => {
        const planned = await definition.plan(settings, context);
        return {
            plan: planned.plan,
            repository: settings.repository,
            version: planned.version,
            report: (result) => definition.report(planned, settings, result)
        };
    };
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  go: () => (/* binding */ asksForPatchLine),
  S6: () => (/* binding */ assertNotBehindTree),
  h1: () => (/* binding */ assertVersionOrder),
  Zy: () => (/* binding */ compareVersions),
  V1: () => (/* binding */ isPrerelease),
  BS: () => (/* binding */ nextDevVersion),
  iy: () => (/* binding */ parseChangelogSince),
  PC: () => (/* binding */ parseReleaseLine),
  ot: () => (/* binding */ parseVersion),
  Fi: () => (/* binding */ previousRelease),
  Mh: () => (/* binding */ releaseKind),
  dt: () => (/* binding */ releaseTags),
  z0: () => (/* binding */ tryParseVersion)
});

// UNUSED EXPORTS: ACCEPTED_FORMS, newestOnLine, parseCherryPicks, parsePatchBranch, parsePatchOf, patchBranchName

// EXTERNAL MODULE: ./src/release/lazy/semver.cjs
var semver = __webpack_require__(6195);
;// CONCATENATED MODULE: ./src/release/semver.ts

const compare = ((...args) => (0,semver/* semver */.h)().compare(...args));
/** `semver.compare(...)` as the default import offers it. */
/* harmony default export */ const release_semver = ({ compare });

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/release/version.ts


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
        throw new errors/* InputError */.dz(input, `"${text}" is not a release version; use ${ACCEPTED_FORMS}`);
    }
    return parsed;
}
function isPrerelease(version) {
    return version.rc !== undefined;
}
/** Orders versions; rc numbers compare as numbers (rc10 after rc9), finals after their rcs. */
function compareVersions(a, b) {
    const core = release_semver.compare(`${a.major}.${a.minor}.${a.patch}`, `${b.major}.${b.minor}.${b.patch}`);
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
/**
 * The release `version` follows, from tags reachable from the base branch: for
 * a release candidate the highest release of any kind below it (0.7.0-rc2
 * follows 0.7.0-rc1), for a final the highest final below it (0.7.0 follows
 * 0.6.x, not its own rcs), so that its changelog and edits span the whole line.
 */
function previousRelease(version, mergedTags) {
    return releaseTags(mergedTags)
        .filter((tag) => compareVersions(tag, version) < 0)
        .filter((tag) => version.rc !== undefined || tag.rc === undefined)
        .pop();
}
/**
 * The `changelog-since` input: the release the changelog starts from instead
 * of `previousRelease`, a release tag reachable from the base branch and below
 * `version` (an rc's changelog since the previous final, a final's since its last rc).
 */
function parseChangelogSince(text, version, mergedTags, base) {
    const input = 'changelog-since';
    const since = tryParseVersion(text.trim());
    const below = releaseTags(mergedTags).filter((tag) => compareVersions(tag, version) < 0);
    const offer = below
        .slice(-3)
        .map((tag) => tag.tag)
        .join(', ');
    const choose = offer ? `; give one of ${offer}` : '; leave it out';
    if (!since) {
        throw new errors/* InputError */.dz(input, `"${text}" is not a release tag${choose}`);
    }
    if (!below.some((tag) => tag.tag === since.tag)) {
        throw new errors/* InputError */.dz(input, `${since.tag} is no release below ${version.version} on ${base}${choose}`);
    }
    return since;
}
/** The newest release of the same major.minor line, among all tags. */
function newestOnLine(version, allTags) {
    return releaseTags(allTags)
        .filter((tag) => tag.major === version.major && tag.minor === version.minor)
        .pop();
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
// ---------------------------------------------------------------------------
// Release lines: version order, patch branches, the patch-of and cherry-pick inputs
// ---------------------------------------------------------------------------
function coreOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
function sameCore(a, b) {
    return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}
/** The newest of `versions`, or undefined. */
function newest(versions) {
    return [...versions].sort(compareVersions).pop();
}
const PATCH_BRANCH_PATTERN = /^release-(.*)-patch$/;
/** The patch branch of a release: release-v0.6.0-patch for 0.6.0. */
function patchBranchName(patched) {
    return `release-${patched.tag}-patch`;
}
/**
 * The patch branch a base branch name stands for: undefined for any branch not
 * named release-…-patch (main), an InputError (input `base`) for one named so
 * that does not patch a final release (release-v0.6-patch, release-v0.7.0-rc1-patch).
 */
function parsePatchBranch(branch, input = 'base') {
    const match = PATCH_BRANCH_PATTERN.exec(branch);
    if (!match)
        return undefined;
    const patched = match[1].startsWith('v') ? tryParseVersion(match[1]) : undefined;
    if (!patched || patched.rc !== undefined) {
        throw new errors/* InputError */.dz(input, `"${branch}" is not a patch branch name; a patch branch is release-vX.Y.Z-patch, named after the final release it patches (release-v0.6.0-patch)`);
    }
    return { branch, patched };
}
/**
 * The `patch-of` input: the final release a patch branch starts from, 0.6.0 or
 * v0.6.0 (its tag is `.tag`, its branch patchBranchName()). With `allTags`, the
 * tag must exist.
 */
function parsePatchOf(text, allTags) {
    const input = 'patch-of';
    const parsed = tryParseVersion(text.trim());
    if (!parsed) {
        throw new errors/* InputError */.dz(input, `"${text}" is not a release; give the release to patch as vX.Y.Z or X.Y.Z (v0.6.0)`);
    }
    if (parsed.rc !== undefined) {
        throw new errors/* InputError */.dz(input, `${parsed.tag} is a release candidate; patch branches start from a final release, give v${coreOf(parsed)} or another vX.Y.Z`);
    }
    if (allTags && !allTags.includes(parsed.tag)) {
        const released = releaseTags(allTags).filter((tag) => tag.rc === undefined);
        const latest = released.at(-1);
        throw new errors/* InputError */.dz(input, `tag ${parsed.tag} does not exist; give a released version to patch${latest ? ` (the newest is ${latest.tag})` : ''}`);
    }
    return parsed;
}
const SHA_PATTERN = /^[0-9a-f]{7,40}$/i;
const PULL_PATTERN = /^#([1-9]\d*)$/;
/**
 * The `cherry-pick` input: REFs separated by commas (or new lines, as a
 * multi-line action input gives them), each a commit SHA of 7 to 40 hex digits
 * or #N for a pull request. Order is kept; an empty input is no picks.
 */
function parseCherryPicks(text, input = 'cherry-pick') {
    const refs = [];
    const trimmed = text.trim();
    if (trimmed.length === 0)
        return refs;
    const seen = new Set();
    for (const raw of trimmed.split(/\s*[,\n]\s*/)) {
        const item = raw.trim();
        if (item.length === 0) {
            throw new errors/* InputError */.dz(input, `"${text}" has an empty entry; separate REFs with single commas (abc1234,#123)`);
        }
        let ref;
        const pull = PULL_PATTERN.exec(item);
        if (pull) {
            ref = { kind: 'pull', ref: `#${pull[1]}`, number: Number(pull[1]) };
        }
        else if (SHA_PATTERN.test(item)) {
            const sha = item.toLowerCase();
            ref = { kind: 'commit', ref: sha, sha };
        }
        else {
            throw new errors/* InputError */.dz(input, `"${item}" is not a REF; give a commit SHA (7 to 40 hex digits, abc1234) or a pull request #N (#123), separated by commas`);
        }
        if (seen.has(ref.ref)) {
            throw new errors/* InputError */.dz(input, `${ref.ref} is listed twice; give each REF once`);
        }
        seen.add(ref.ref);
        refs.push(ref);
    }
    return refs;
}
/** What to suggest above `standing`, in the form of `wanted` (an rc, or a final). */
function choicesAbove(standing, wanted, patchLine) {
    const { major, minor, patch } = standing;
    const nextPatch = `${major}.${minor}.${patch + 1}`;
    const nextMinor = `${major}.${minor + 1}.0`;
    if (standing.rc !== undefined) {
        return `${coreOf(standing)}-rc${standing.rc + 1} or ${coreOf(standing)}`;
    }
    if (wanted.rc !== undefined) {
        return patchLine ? `${nextPatch}-rc1` : `${nextPatch}-rc1 or ${nextMinor}-rc1`;
    }
    return patchLine ? nextPatch : `${nextPatch} or ${nextMinor}`;
}
/**
 * Refuses a version that does not come next where it is released, before
 * anything changes (an InputError on `version`, exit 2, one line naming the
 * version, the tag in the way and what to choose):
 * - a release candidate numbered rc0;
 * - a version whose tag exists;
 * - a release candidate of a released version (0.6.0-rc2 once v0.6.0 exists);
 * - on a patch branch release-vX.Y.Z-patch, a version that is not X.Y.(Z+n);
 * - a version not greater than every release tag reachable from the base branch
 *   (`mergedTags`: 0.5.7 on a main holding v0.6.0);
 * - a version not greater than every release of its X.Y line anywhere
 *   (`allTags`): so rc numbers rise (rc1 after rc2 is refused), and no branch
 *   releases a patch below one that another branch has released.
 * A final X.Y.Z after its release candidates is allowed. `base` is the branch
 * the release is made from (main, or release-vX.Y.Z-patch).
 */
function assertVersionOrder(version, mergedTags, allTags, base) {
    const line = parsePatchBranch(base);
    const reachable = newest(releaseTags(mergedTags));
    const onLine = newestOnLine(version, allTags);
    /** What to choose instead: the versions just above everything that stands in the way. */
    const choose = () => {
        const standing = line
            ? (newestOnLine(line.patched, allTags) ?? line.patched)
            : newest([reachable, onLine].filter((tag) => tag !== undefined));
        return standing
            ? choicesAbove(standing, version, line !== undefined)
            : `${coreOf(version)}${version.rc === undefined ? '' : '-rc1'}`;
    };
    const refuse = (message) => {
        throw new errors/* InputError */.dz('version', `${message}; choose ${choose()}`);
    };
    if (version.rc === 0) {
        throw new errors/* InputError */.dz('version', `${version.version}: release candidates are numbered from rc1; choose ${coreOf(version)}-rc1`);
    }
    const all = releaseTags(allTags);
    if (all.some((tag) => tag.tag === version.tag)) {
        refuse(`tag ${version.tag} already exists: ${version.version} is released`);
    }
    if (version.rc !== undefined) {
        const final = all.find((tag) => sameCore(tag, version) && tag.rc === undefined);
        if (final) {
            refuse(`${version.version} is a release candidate of ${final.version}, which is released (tag ${final.tag})`);
        }
    }
    if (line) {
        const { patched } = line;
        if (version.major !== patched.major ||
            version.minor !== patched.minor ||
            version.patch <= patched.patch) {
            refuse(`${version.version} is not a patch of ${patched.version}: ${base} starts from tag ${patched.tag} and releases ${patched.major}.${patched.minor}.${patched.patch + 1} and later`);
        }
    }
    if (reachable && compareVersions(version, reachable) <= 0) {
        // On main, a patch of an older line that is still free goes on that line's patch branch.
        const patchable = all
            .filter((tag) => tag.major === version.major && tag.minor === version.minor)
            .filter((tag) => tag.rc === undefined && compareVersions(tag, version) < 0)
            .pop();
        const free = !onLine || compareVersions(version, onLine) > 0;
        const patchOf = !line && patchable && free
            ? `, or release ${version.version} from a patch branch: patch-of ${patchable.tag}`
            : '';
        throw new errors/* InputError */.dz('version', `${version.version} is not greater than ${reachable.version}, the newest release on ${base} (tag ${reachable.tag}); choose ${choose()}${patchOf}`);
    }
    if (onLine && compareVersions(version, onLine) <= 0) {
        refuse(`${version.version} is not greater than ${onLine.version}, the newest release of ${version.major}.${version.minor} (tag ${onLine.tag})`);
    }
}
/**
 * Whether the `base`, `patch-of` and `cherry-pick` inputs ask for a patch
 * release (parseReleaseLine, with the tags, tells which, or that they are wrong).
 */
function asksForPatchLine(inputs) {
    return ((inputs.patchOf?.trim() ?? '') !== '' ||
        (inputs.cherryPick?.trim() ?? '') !== '' ||
        /^release-.*-patch$/.test(inputs.base));
}
/**
 * The `base`, `patch-of` and `cherry-pick` inputs together: `patch-of` makes
 * the base its patch branch (a `base` other than `defaultBase` must then name
 * that branch); picks need a patch branch to go onto.
 */
function parseReleaseLine(inputs, allTags, defaultBase = 'main') {
    let base = inputs.base.trim() || defaultBase;
    if (inputs.patchOf && inputs.patchOf.trim().length > 0) {
        const patched = parsePatchOf(inputs.patchOf, allTags);
        const branch = patchBranchName(patched);
        if (base !== defaultBase && base !== branch) {
            throw new errors/* InputError */.dz('base', `"${base}" is not the patch branch of ${patched.tag}; patch-of ${patched.tag} releases from ${branch}: leave base out or give ${branch}`);
        }
        base = branch;
    }
    const patch = parsePatchBranch(base);
    const picks = parseCherryPicks(inputs.cherryPick ?? '');
    if (picks.length > 0 && !patch) {
        throw new errors/* InputError */.dz('cherry-pick', `picks go onto a patch branch, and ${base} is none; give patch-of vX.Y.Z (or base release-vX.Y.Z-patch), or leave cherry-pick out`);
    }
    return { base, patch, picks };
}
const TREE_VERSION_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)/;
/**
 * Refuses a version whose X.Y.Z is below the one the base branch's tree
 * already holds (`current`, from `path`: the operator's `VERSION ?= 0.7.0-dev`,
 * bpfman's workspace version): the base has moved on to a later line, so the
 * release would move its version back ("VERSION 0.7.0-dev -> 0.6.1"). One
 * line (an InputError on `version`, exit 2) naming the version, what the
 * tree holds and what to choose: that line's version, or the patch branch of
 * the release being patched. A `current` that is no X.Y.Z… is left to the file's updater.
 */
function assertNotBehindTree(version, current, base, allTags) {
    const match = TREE_VERSION_PATTERN.exec(current.version.trim());
    if (!match)
        return;
    const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
    const tree = {
        version: `${major}.${minor}.${patch}`,
        tag: `v${major}.${minor}.${patch}`,
        major,
        minor,
        patch,
        rc: undefined
    };
    if (release_semver.compare(coreOf(version), coreOf(tree)) >= 0)
        return;
    const patchable = releaseTags(allTags)
        .filter((tag) => tag.major === version.major && tag.minor === version.minor)
        .filter((tag) => tag.rc === undefined && compareVersions(tag, version) < 0)
        .pop();
    const onPatchBranch = parsePatchBranch(base) !== undefined;
    const patchOf = patchable && !onPatchBranch
        ? `, or release ${version.version} from a patch branch: patch-of ${patchable.tag}`
        : '';
    throw new errors/* InputError */.dz('version', `${version.version} is behind ${current.path} on ${base}, which holds ${current.version} (the ${major}.${minor} line): the release would move the version back; choose ${tree.version}${version.rc === undefined ? ` or ${tree.version}-rc1` : `-rc1 or ${tree.version}`}${patchOf}`);
}


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ checkBaseInput),
/* harmony export */   cu: () => (/* binding */ fetchBase),
/* harmony export */   dX: () => (/* binding */ inspectCheckout),
/* harmony export */   h_: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _effects_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3854);
/* harmony import */ var _effects_repositories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5988);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);





/**
 * The checks every phase starts with, before it plans anything: the folder is
 * a git repository and, when one is named, has that remote.
 */
async function openRepository(repoDir, remote, input = 'repo') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoDir)) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} does not exist; give the folder of the checkout`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(repoDir).isDirectory()) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} is a file, not a folder; give the folder of the checkout`);
    }
    const git = (0,_effects_repositories_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryAt */ .u)(repoDir);
    if (!(await git.isRepository()))
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${repoDir} is not a git repository; give the folder of the checkout`);
    if (remote && !(await git.hasRemote(remote))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('remote', `${repoDir} has no remote "${JSON.stringify(remote).slice(1, -1)}"; give one of its remotes (git remote -v)`);
    }
    return git;
}
/**
 * The base branch a phase was given, checked before anything is read: a name
 * git takes, and a branch the remote has (input `label`).
 */
async function checkBaseInput(repoDir, remote, base, label) {
    (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBranchName */ .pD)(base, label);
    if (!(await new _effects_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(repoDir).lsRemoteBranch(remote, base)))
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(label, `branch "${base}" not found on ${remote}; ${BASE_BRANCHES}`);
    return base;
}
/**
 * Fetches `base` from the remote (and the tags) after checking that the
 * remote has it; returns the remote-tracking ref and its commit. `what` tells
 * which branch to give instead.
 */
async function fetchBase(git, remote, base, what) {
    if (!(await git.lsRemoteBranch(remote, base))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `branch "${base}" not found on ${remote}; ${what}`);
    }
    const baseRef = `refs/remotes/${remote}/${base}`;
    await git.fetch(remote, [`+refs/heads/${base}:${baseRef}`]);
    await git.fetchTags(remote);
    return { baseRef, baseCommit: (await git.revParse(baseRef)) };
}
const BASE_BRANCHES = 'give the branch the release is made from (main, or release-vX.Y.Z-patch)';
/**
 * The checkout a release branch is made from: a clean tree with the base
 * branch checked out at its tip. With `remote`, the base branch and the tags
 * are fetched first.
 */
async function inspectCheckout(repoDir, base, remote) {
    const git = await openRepository(repoDir, remote);
    // Nothing to fetch first: the tags are read with the status.
    const localTags = remote ? undefined : readTags(git, `refs/heads/${base}`);
    localTags?.catch(() => undefined); // awaited below unless a check fails first
    const { changes: dirty, head, branch } = await git.status();
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '');
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repo', `the working tree of ${repoDir} has uncommitted changes (${shown}); commit or stash them and rerun`);
    }
    let baseRef = `refs/heads/${base}`;
    let baseCommit = remote ? undefined : branch === base ? head : await git.revParse(baseRef);
    if (remote)
        ({ baseRef, baseCommit } = await fetchBase(git, remote, base, BASE_BRANCHES));
    if (!baseCommit) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `branch "${base}" not found in ${repoDir}; ${BASE_BRANCHES}`);
    }
    if (head !== baseCommit) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('base', `${repoDir} has ${head?.slice(0, 12) ?? 'no commit'} checked out, but ${base} is at ${baseCommit.slice(0, 12)}; check out ${base} at its latest commit (git checkout ${base} && git pull) and rerun`);
    }
    // The base's files too, beside the tags: the plan lists them next (Git.filesAt keeps them).
    const [{ tags, mergedTags }] = await Promise.all([
        localTags ?? readTags(git, baseRef),
        git.filesAt(baseCommit)
    ]);
    return { git, baseRef, baseCommit, tags, mergedTags };
}
/** Every tag, and the tags merged into `ref`. */
async function readTags(git, ref) {
    const [tags, mergedTags] = await Promise.all([git.tags(), git.tagsMergedInto(ref)]);
    return { tags, mergedTags };
}


/***/ }),

/***/ 9150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkoutSettings),
/* harmony export */   q: () => (/* binding */ githubClientFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8740);
/* harmony import */ var _effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3750);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);
/* harmony import */ var _checkout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5903);






/**
 * Reads the checkout settings. `working-directory` must be a git repository
 * (checked here, so that a wrong folder is bad input before anything runs).
 */
async function checkoutSettings(inputs, fallbackRepository) {
    const repoDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inputs.get('working-directory') || '.');
    const fetchRemote = inputs.get('remote') || 'origin';
    const push = !(0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('no-push'), inputs.label('no-push'));
    const git = await (0,_checkout_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h_)(repoDir, undefined, inputs.label('working-directory'));
    if (inputs.get('remote') && !(await git.hasRemote(fetchRemote))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(inputs.label('remote'), `${repoDir} has no remote "${fetchRemote}"; give one of its remotes (git remote -v)`);
    }
    const given = inputs.get('repository');
    let repository = given ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)((0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(given, inputs.label('repository'))) : '';
    if (!repository) {
        const url = await git.remoteUrl(fetchRemote);
        const parsed = url ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFromRemoteUrl */ .mO)(url) : undefined;
        repository = parsed ? (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed) : fallbackRepository;
    }
    const name = inputs.get('committer-name');
    const email = inputs.get('committer-email');
    const dryRun = (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('dry-run'), inputs.label('dry-run'));
    return {
        repoDir,
        remote: push ? fetchRemote : undefined,
        fetchRemote,
        repository,
        // A dry run without a token builds what it can from git: the changelog from history.
        offline: (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('offline'), inputs.label('offline')) ||
            !push ||
            (dryRun && !inputs.get('token')),
        dryRun,
        identity: name && email ? { name, email } : undefined,
        configFile: inputs.get('config-file') || undefined
    };
}
/**
 * The GitHub client for `repository` with the token of input `tokenInput`,
 * or undefined when it is not needed; a needed token that is missing is bad
 * input, except in a dry run: it plans without one (nothing is sent to
 * GitHub then), and a request the plan itself would send is refused with the
 * token's name and what the request was.
 */
function githubClientFor(inputs, repository, needed, what, tokenInput = 'token', repositoryInput = 'repository') {
    if (!needed)
        return undefined;
    const token = inputs.get(tokenInput);
    const repo = (0,_effects_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(repository, inputs.label(repositoryInput));
    if (token) {
        const octokit = (0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(token, {
            inputs: {
                repositories: { [repository]: inputs.label(repositoryInput) },
                token: inputs.label(tokenInput)
            }
        });
        return new _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubClient */ .jh(octokit, repo);
    }
    if (!(0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)(inputs.get('dry-run'), inputs.label('dry-run'))) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(inputs.label(tokenInput), `not set; ${what}`);
    }
    return new _effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubClient */ .jh(tokenlessOctokit(inputs.label(tokenInput), what), repo);
}
/** An Octokit that sends nothing: each request is refused, naming it and the missing token. */
function tokenlessOctokit(label, what) {
    return (0,_effects_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)('no-token', {
        refuse: (method, path) => new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(label, `not set, and this dry run needs GitHub to plan (${method} ${path}); ${what}`)
    });
}


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// semver, required at its first call: see yaml.cjs.
let semver
exports.h = () => (semver ??= __webpack_require__(2088))


/***/ })

};
