export const id = 236;
export const ids = [236];
export const modules = {

/***/ 4236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli-command.ts
/** The flags every command takes. */
const COMMON_FLAGS = {
    repo: {
        type: 'string',
        input: 'working-directory',
        value: 'DIR',
        help: 'the checkout (default: .)'
    },
    remote: {
        type: 'string',
        value: 'NAME',
        help: 'the remote to fetch from and push to (default: origin)'
    },
    'github-repo': {
        type: 'string',
        input: 'repository',
        value: 'OWNER/NAME',
        help: 'the GitHub repository (default: from the remote URL)'
    },
    'dry-run': { type: 'boolean', help: 'print the plan and change nothing' },
    diffs: {
        type: 'boolean',
        help: "print every file's diff (default: one for each group of copied files)"
    },
    json: { type: 'boolean', help: 'print the plan as JSON' },
    help: { type: 'boolean', help: 'this text' }
};
/** --no-push, --offline and --manifest, for the commands that take them. */
const LOCAL_FLAGS = {
    'no-push': { type: 'boolean', help: 'commit on the local branch only; no remote or API call' },
    offline: {
        type: 'boolean',
        help: 'build the changelog from git history instead of the GitHub API'
    }
};
/** The flags of a prepare's release line; `scope` prefixes their help ("prepare: "). */
function releaseLineFlags(scope = '') {
    return {
        base: {
            type: 'string',
            value: 'BRANCH',
            help: 'the branch the release is made from (default: main)'
        },
        'changelog-since': {
            type: 'string',
            value: 'TAG',
            help: `${scope}the release the changelog starts from (default: the previous release; a final: the previous final)`
        },
        'patch-of': {
            type: 'string',
            value: 'vX.Y.Z',
            help: `${scope}release from the patch branch release-vX.Y.Z-patch (made from the tag when missing)`
        },
        'cherry-pick': {
            type: 'string',
            value: 'REF[,REF...]',
            help: `${scope}commits (SHA) or pull requests (#N) picked onto the patch branch, in order`
        }
    };
}
const MANIFEST_FLAG = {
    manifest: {
        type: 'string',
        input: 'manifest-path',
        value: 'PATH',
        help: 'write (or extend) the release manifest at PATH'
    }
};
/** A command's --help: its flags, then its notes. */
function commandUsage(command) {
    const flags = { ...command.flags, ...COMMON_FLAGS };
    const lines = [
        `Usage: bpfman-release ${command.name} [options]`,
        '',
        command.summary,
        '',
        'Options:'
    ];
    for (const [name, flag] of Object.entries(flags)) {
        const left = `  --${name}${flag.type === 'string' ? ` ${flag.value ?? 'X'}` : ''}`;
        lines.push(`${left.padEnd(29)}${flag.help}`);
    }
    if (command.notes)
        lines.push('', ...command.notes);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/effects/manifest-file.ts
var manifest_file = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/effects/lazy.ts
var lazy = __webpack_require__(4474);
// EXTERNAL MODULE: ./src/effects/repositories.ts
var repositories = __webpack_require__(5988);
;// CONCATENATED MODULE: ./src/driver.ts



/** The manifest path an action uses: the input, else one in the runner's temp folder. */
function actionManifestPath(given) {
    return (repository, tag) => given || (tag ? defaultManifestPath(repository, tag) : undefined);
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
var release_inputs = __webpack_require__(4552);
;// CONCATENATED MODULE: ./src/phases/operator-release/command.ts

const operatorCommand = {
    name: 'operator',
    summary: 'bpfman-operator: --stage prepare (VERSION, make bundle, labels, links, go.mod, pull request), catalogs (community operator catalog pull requests), next-dev (-dev VERSION)',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 3309))).operatorRelease,
    flags: {
        stage: {
            type: 'string',
            value: 'STAGE',
            help: 'prepare (after bpfman is released), catalogs (after the operator release is published) or next-dev'
        },
        version: { type: 'string', value: 'X', help: 'the version: 0.6.1, v0.6.1 or 0.7.0-rc1' },
        ...releaseLineFlags('prepare: '),
        'bpfman-repo': {
            type: 'string',
            input: 'bpfman-repository',
            value: 'OWNER/NAME',
            help: 'whose release vX.Y.Z prepare requires (default: bpfman/bpfman)'
        },
        'bundle-command': {
            type: 'string',
            value: 'CMD',
            help: 'default "make bundle" (split on spaces, no shell)'
        },
        'skip-bundle': {
            type: 'boolean',
            help: 'do not regenerate bundle/ (no operator-sdk here); the plan says so'
        },
        'skip-go': { type: 'boolean', help: 'leave go.mod alone (no network here); the plan says so' },
        'openshift-versions': {
            type: 'string',
            value: 'V',
            help: "catalogs: com.redhat.openshift.versions for community-operators-prod (default: the earlier bundle's)"
        },
        summary: { type: 'string', value: 'TEXT', help: "prepare: the changelog's opening paragraph" },
        ...LOCAL_FLAGS,
        ...MANIFEST_FLAG
    },
    notes: [
        '--offline: prepare builds the changelog from git history; prepare and catalogs do not check the',
        'release gate (the plan says so). --no-push: prepare and next-dev commit on the local branch only;',
        'catalogs lists the files only.',
        'The catalogs are forked and their pull requests opened with CATALOG_TOKEN (default: GITHUB_TOKEN);',
        'GITHUB_SERVER_URL points at another git server.'
    ]
};

;// CONCATENATED MODULE: ./src/phases/post-release/command.ts

const setting = (value, help) => ({ type: 'string', value, help });
const postCommand = {
    name: 'post',
    summary: 'after the tag: release YAMLs on the draft, publish it, dispatcher image tags, the pull request putting :latest back, publication checks, hand-over to bpfman-operator',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(63)]).then(__webpack_require__.bind(__webpack_require__, 8063))).postRelease,
    flags: {
        version: setting('X', 'the released version (its tag must exist)'),
        base: setting('BRANCH', "the branch it was made from: the revert pull request goes there (default: the manifest's; without either, no revert pull request)"),
        'yamls-command': setting('CMD', 'default "make build-release-yamls" (split on spaces, no shell)'),
        'yamls-directory': setting('DIR', 'default examples'),
        'expected-assets': setting('LIST', 'besides the example YAMLs (default: bpfman-crds-install.yaml,bpfman-operator-install.yaml)'),
        'dispatcher-images': setting('LIST', "images to tag vX.Y.Z on latest (default: the preset's xdp and tc dispatchers)"),
        force: { type: 'boolean', help: 'move a dispatcher tag that points at another image' },
        'registry-url': setting('URL', 'one registry for every image (a mirror, a test registry)'),
        'registry-username': setting('NAME', 'a robot account; its password is read from REGISTRY_PASSWORD'),
        images: setting('LIST', "images checked for tag vX.Y.Z (default: the process's list; none)"),
        crates: setting('LIST', 'crates checked on crates.io (default: bpfman,bpfman-api,bpf-log-exporter,bpf-metrics-exporter)'),
        'crates-api-url': setting('URL', 'default https://crates.io/api/v1; none skips'),
        'copr-project': setting('OWNER/NAME', 'report the latest COPR build (e.g. @ebpf-sig/bpfman)'),
        'copr-url': setting('URL', 'default https://copr.fedorainfracloud.org'),
        'copr-package': setting('NAME', 'default bpfman'),
        'fail-on': setting('LIST', 'release,images,crates (default) or none'),
        'wait-seconds': setting('N', 'wait for images and crates still being published (default 300)'),
        'operator-repository': setting('R', 'default bpfman/bpfman-operator'),
        'operator-workflow': setting('FILE', 'prepare-release.yml (default), dispatched with OPERATOR_TOKEN set'),
        'operator-ref': setting('REF', 'the ref it is dispatched on (default: main)'),
        ...MANIFEST_FLAG
    },
    notes: [
        'The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN); with OPERATOR_TOKEN set, the operator',
        "release is dispatched; REGISTRY_PASSWORD is the robot account's password."
    ]
};

// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var version = __webpack_require__(5710);
;// CONCATENATED MODULE: ./src/phases/prepare-release/command.ts


const prepareCommand = {
    name: 'prepare',
    summary: 'prepare a bpfman release: branch release-vX.Y.Z, one signed-off commit, pull request',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 4949))).prepareRelease,
    readAhead: (inputs, git) => {
        // A release from main checks the checkout's status first; a patch
        // release reads its files from a worktree of its own.
        const line = {
            base: inputs.get('base') || 'main',
            patchOf: inputs.get('patch-of'),
            cherryPick: inputs.get('cherry-pick')
        };
        if (!(0,version/* asksForPatchLine */.go)(line))
            git.readStatusAhead();
    },
    flags: {
        version: {
            type: 'string',
            value: 'X',
            help: 'the version to release: 0.6.1, v0.6.1 or 0.7.0-rc1'
        },
        ...releaseLineFlags(),
        lockfile: { type: 'string', value: 'MODE', help: 'workspace (default), generate or none' },
        summary: { type: 'string', value: 'TEXT', help: "the changelog's opening paragraph" },
        ...LOCAL_FLAGS,
        ...MANIFEST_FLAG
    }
};

;// CONCATENATED MODULE: ./src/phases/tag-release/command.ts

const tagCommand = {
    name: 'tag',
    summary: 'tag a merged release (bpfman or bpfman-operator): verify the merged tree, tag vX.Y.Z, draft the GitHub release, optionally publish it and dispatch the publication workflow',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 7062))).tagRelease,
    flags: {
        version: {
            type: 'string',
            value: 'X',
            help: "the version; empty: from the release pull request's branch (--pr)"
        },
        pr: {
            type: 'string',
            input: 'pr-number',
            value: 'N',
            help: 'the merged release pull request (default: found from release-vX.Y.Z)'
        },
        base: {
            type: 'string',
            value: 'BRANCH',
            help: "the branch it merged into (default: the pull request's base, else main)"
        },
        kind: {
            type: 'string',
            value: 'KIND',
            help: 'auto (default), bpfman or operator: how the merged tree is verified'
        },
        publish: {
            type: 'string',
            value: 'MODE',
            help: 'later (default: leave a draft) or now (publish at once)'
        },
        'dispatch-workflow': {
            type: 'string',
            value: 'FILE',
            help: 'dispatch this workflow with input tag=vX.Y.Z, unless a run for it exists'
        },
        'dispatch-ref': {
            type: 'string',
            value: 'REF',
            help: 'the ref the dispatched workflow runs on (default: the tag)'
        },
        ...MANIFEST_FLAG
    },
    notes: ['The GitHub token (contents and actions write) is read from GITHUB_TOKEN or GH_TOKEN.']
};

;// CONCATENATED MODULE: ./src/cli-main.ts












const COMMANDS = [prepareCommand, tagCommand, postCommand, operatorCommand];
/** The secrets, read from the environment only (never from a flag, where ps would show them). */
const SECRET_ENV = {
    token: ['GITHUB_TOKEN', 'GH_TOKEN'],
    'catalog-token': ['CATALOG_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'],
    'operator-token': ['OPERATOR_TOKEN'],
    'registry-password': ['REGISTRY_PASSWORD']
};
const USAGE = `Usage: bpfman-release <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

bpfman-release <command> --help lists the command's options.
The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at another API.
Exit codes: 0 done, 1 failed, 2 bad input.`;
function write(stream, text) {
    stream.write(`${text}\n`);
}
/** The command's flags and the environment as the inputs its phase reads. */
async function commandInputs(command, argv, env) {
    const flags = { ...COMMON_FLAGS, ...command.flags };
    const options = Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.type }]));
    const { values } = (0,external_node_util_.parseArgs)({ args: argv, options, strict: true });
    const byInput = {};
    const labels = {};
    for (const [name, flag] of Object.entries(flags)) {
        const input = flag.input ?? name;
        labels[input] = `--${name}`;
        const value = values[name];
        if (typeof value === 'string')
            byInput[input] = value;
        else if (value === true)
            byInput[input] = 'true';
    }
    for (const [input, names] of Object.entries(SECRET_ENV)) {
        const found = names.find((name) => env[name]);
        if (found)
            byInput[input] = env[found];
        labels[input] = names[0];
    }
    const label = (name) => labels[name] ?? name;
    (0,release_inputs/* checkInputValues */.pJ)(byInput, label);
    const inputs = { get: (name) => byInput[name] ?? '', label };
    // The committer: the user's git identity, where the action has its committer inputs.
    const repoDir = (0,external_node_path_.resolve)(byInput['working-directory'] || '.');
    // The git folder is read with it (the phase's settings check it first), and
    // the command starts what its plan reads first.
    const git = (0,repositories/* repositoryAt */.u)(repoDir);
    const exists = (0,external_node_fs_.existsSync)(repoDir);
    if (exists)
        command.readAhead?.(inputs, git);
    const [identity] = exists
        ? await Promise.all([
            git.identity().catch(() => undefined),
            git.gitDir().catch(() => undefined)
        ])
        : [undefined];
    if (identity) {
        byInput['committer-name'] = identity.name;
        byInput['committer-email'] = identity.email;
    }
    return {
        inputs,
        json: values.json === true,
        diffs: values.diffs === true,
        manifest: byInput['manifest-path']
    };
}
async function runCommand(command, argv, io) {
    // The phase's modules, its planner's too, load while the inputs are read
    // (git answers the committer meanwhile).
    const [{ inputs, json, diffs, manifest }, phase] = await Promise.all([
        commandInputs(command, argv, io.env),
        command.loadPhase().then(async (phase) => {
            await phase.loadPlanner();
            return phase;
        })
    ]);
    const print = (text) => write(io.stdout, text);
    const host = {
        json,
        diffs: diffs ? 'all' : 'grouped',
        print,
        manifestPath: () => manifest,
        manifestInput: '--manifest',
        setOutputs: () => undefined,
        epilogue: (lines) => lines.forEach(print)
    };
    await runPhase(phase, inputs, host);
    return errors/* EXIT_OK */.Ij;
}
/** Runs `bpfman-release` with `argv`; the exit code. A test calls it with its own streams. */
async function main(argv, io = PROCESS_IO) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h') {
        write(io.stdout, USAGE);
        return name ? errors/* EXIT_OK */.Ij : errors/* EXIT_BAD_INPUT */.yt;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
        write(io.stderr, `bpfman-release: unknown command "${name}"\n\n${USAGE}`);
        return errors/* EXIT_BAD_INPUT */.yt;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        write(io.stdout, commandUsage(command));
        return errors/* EXIT_OK */.Ij;
    }
    try {
        return await runCommand(command, rest, io);
    }
    catch (error) {
        const isArgError = error.code?.startsWith('ERR_PARSE_ARGS');
        write(io.stderr, `bpfman-release ${name}: ${(0,errors/* messageOf */.bD)(error)}`);
        return isArgError ? errors/* EXIT_BAD_INPUT */.yt : (0,errors/* exitCodeFor */.Rr)(error);
    }
}
const PROCESS_IO = { stdout: process.stdout, stderr: process.stderr, env: process.env };


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
const loadCore = once(() => Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 6421)));
/** Octokit (@actions/github), the retry and throttling plugins, Bottleneck and @actions/core. */
const loadOctokit = once(async () => {
    const [github, retry, throttling, bottleneck, core] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 2270)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
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
/* harmony export */   oe: () => (/* binding */ readManifestFile)
/* harmony export */ });
/* unused harmony export defaultManifestPath */
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
    const dir = process.env.RUNNER_TEMP || tmpdir();
    return join(dir, `release-manifest-${repository.replace('/', '-')}-${tag}.json`);
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
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yt: () => (/* binding */ EXIT_BAD_INPUT)
/* harmony export */ });
/* unused harmony export EXIT_FAILED */
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

/***/ 6195:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// semver, required at its first call: see yaml.cjs.
let semver
exports.h = () => (semver ??= __webpack_require__(2088))


/***/ })

};
