export const id = 819;
export const ids = [819];
export const modules = {

/***/ 5819:
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var version = __webpack_require__(5710);
;// CONCATENATED MODULE: ./src/release/manifest.ts


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
        prerelease: (0,version/* isPrerelease */.V1)(header.version),
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
        throw new errors/* InputError */.dz(input, `${path} is not a release manifest this version of release-actions reads: ${field} ${problem}; remove the file (or give another path) and rerun`);
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

;// CONCATENATED MODULE: ./src/effects/manifest-file.ts





/** Where an action keeps a release's manifest when no path is given. */
function manifest_file_defaultManifestPath(repository, tag) {
    const dir = process.env.RUNNER_TEMP || tmpdir();
    return join(dir, `release-manifest-${repository.replace('/', '-')}-${tag}.json`);
}
/**
 * The manifest of one release at `path`, read once and validated: a file
 * that is not a manifest, or is another release's, is bad input. Without
 * `version`, only its repository is checked.
 */
function readManifestFile(path, repository, version, input) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    if ((0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* InputError */.dz(input, `${path} is a folder; give the path of the manifest file`);
    }
    const manifest = parseManifest((0,external_node_fs_.readFileSync)(path, 'utf8'), path, input);
    if ((version && manifest.tag !== version.tag) || manifest.repository !== repository) {
        throw new errors/* InputError */.dz(input, `${path} is the manifest of ${manifest.repository} ${manifest.tag}, not ${repository}${version ? ` ${version.tag}` : ''}; give another path or remove it`);
    }
    return manifest;
}
function writeManifestFile(path, manifest) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/release/plan.ts + 1 modules
var release_plan = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/release/summary.ts
var summary = __webpack_require__(7709);
;// CONCATENATED MODULE: ./src/driver.ts




/** The manifest path an action uses: the input, else one in the runner's temp folder. */
function actionManifestPath(given) {
    return (repository, tag) => given || (tag ? defaultManifestPath(repository, tag) : undefined);
}
/**
 * settings -> plan -> print -> apply (a dry run stops here) -> manifest ->
 * outputs and job summary; the summary also when a step fails, whose error
 * is thrown after it is written.
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
                manifests.set(key, readManifestFile(path, repository, version, host.manifestInput));
            return manifests.get(key);
        }
    };
    const fetched = (await host.fetchManifest?.()) ?? [];
    const settings = await phase.settings(inputs, context);
    const planned = await phase.plan(settings, context);
    planned.plan.notes.push(...fetched);
    const existing = context.manifest(planned.repository, planned.version);
    const { plan } = planned;
    const dryRun = settings.dryRun;
    host.print(host.json ? JSON.stringify((0,release_plan/* planToJson */.$p)(plan), null, 2) : (0,release_plan/* renderPlan */.EG)(plan, { diffs: host.diffs }));
    for (const note of plan.notes)
        if (note.kind === 'warning')
            host.warn?.(note);
    let result;
    if (dryRun) {
        if (!host.json)
            host.print('\nDry run: nothing was changed.');
    }
    else {
        if (!host.json)
            host.print('\nApplying:');
        result = await (0,release_plan/* applyPlan */.gj)(plan, host.json ? undefined : (line) => host.print(line));
    }
    const report = planned.report(result);
    const path = dryRun ? undefined : host.manifestPath(planned.repository, planned.version.tag);
    if (path && report.manifest) {
        writeManifestFile(path, extendManifest(existing, report.manifest.header, report.manifest.part));
    }
    host.setOutputs({ ...report.outputs, 'manifest-path': path ?? '' });
    if (host.writeSummary) {
        host.writeSummary([
            (0,summary/* renderSummary */.Br)(plan, { applied: result?.applied, links: report.links, dryRun }),
            ...(report.sections ?? [])
        ]
            .filter(Boolean)
            .join('\n'));
    }
    if (result && !host.json)
        host.epilogue(report.epilogue ?? []);
    if (result?.error)
        throw result.error;
}

// EXTERNAL MODULE: ./src/effects/git.ts
var git = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/release/inputs.ts
var inputs = __webpack_require__(4552);
;// CONCATENATED MODULE: ./src/phases/operator-release/command.ts

const operatorCommand = {
    name: 'operator',
    summary: 'bpfman-operator: --stage prepare (VERSION, make bundle, labels, links, go.mod, pull request), catalogs (community operator catalog pull requests), next-dev (-dev VERSION)',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(842), __webpack_require__.e(141), __webpack_require__.e(934), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 3166))).operatorRelease,
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
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(842), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 8027))).postRelease,
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

;// CONCATENATED MODULE: ./src/phases/prepare-release/command.ts

const prepareCommand = {
    name: 'prepare',
    summary: 'prepare a bpfman release: branch release-vX.Y.Z, one signed-off commit, pull request',
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(842), __webpack_require__.e(141), __webpack_require__.e(569), __webpack_require__.e(934), __webpack_require__.e(608)]).then(__webpack_require__.bind(__webpack_require__, 608))).prepareRelease,
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
    loadPhase: async () => (await Promise.all(/* import() */[__webpack_require__.e(842), __webpack_require__.e(141), __webpack_require__.e(569), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 6241))).tagRelease,
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
    (0,inputs/* checkInputValues */.pJ)(byInput, label);
    // The committer: the user's git identity, where the action has its committer inputs.
    const repoDir = (0,external_node_path_.resolve)(byInput['working-directory'] || '.');
    const identity = (0,external_node_fs_.existsSync)(repoDir)
        ? await new git/* Git */.TU(repoDir).identity().catch(() => undefined)
        : undefined;
    if (identity) {
        byInput['committer-name'] = identity.name;
        byInput['committer-email'] = identity.email;
    }
    return {
        inputs: { get: (name) => byInput[name] ?? '', label },
        json: values.json === true,
        diffs: values.diffs === true,
        manifest: byInput['manifest-path']
    };
}
async function runCommand(command, argv, io) {
    // The phase's modules load while the inputs are read (git answers the committer meanwhile).
    const [{ inputs, json, diffs, manifest }, phase] = await Promise.all([
        commandInputs(command, argv, io.env),
        command.loadPhase()
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
/* harmony export */   J: () => (/* binding */ startSession),
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
/**
 * Starts `command` (an argument array, no shell) for questions that depend on
 * earlier answers (`git mktree --batch`: a folder's tree names its subtrees'
 * ids): one process for them all.
 */
function startSession(command, args, options) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : undefined,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
    const what = `${command} ${args.join(' ')}`;
    const waiting = [];
    let failure;
    let pending = '';
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const waiter of waiting.splice(0))
            waiter.reject(failure);
    };
    const exited = new Promise((resolveExit) => {
        child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
    });
    child.on('error', (error) => fail(new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`could not run ${command}: ${error.message}`)));
    child.stdin.on('error', () => {
        // The program may exit before it reads all of its input; its exit code tells.
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        pending += chunk;
        for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            waiting.shift()?.resolve(pending.slice(0, end));
            pending = pending.slice(end + 1);
        }
    });
    const detail = () => (stderr.trim() ? `:\n${stderr.trim()}` : '');
    void exited.then((code) => fail(new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${what} ended (exit code ${code})${detail()}`)));
    return {
        ask: (question) => failure
            ? Promise.reject(failure)
            : new Promise((resolveLine, reject) => {
                waiting.push({ resolve: resolveLine, reject });
                child.stdin.write(question);
            }),
        close: async () => {
            child.stdin.end();
            const code = await exited;
            if (code !== 0)
                throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`${what} failed with exit code ${code}${detail()}`);
        }
    };
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   j2: () => (/* binding */ PushRejected)
/* harmony export */ });
/* unused harmony exports REMOTE_RETRY, isNetworkFailure, isRejectedPush */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5178);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4329);





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
    /** Each commit's files, read once (see filesAt): what a commit id names never changes. */
    listings = new Map();
    constructor(dir, env = {}) {
        this.dir = dir;
        this.env = env;
    }
    /** A new bare repository at `dir` (kept when it exists). */
    static async initBare(dir, env = {}) {
        const git = new Git(dir, env);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        await git.exec(['init', '--quiet', '--bare']);
        return git;
    }
    async exec(args, input, env) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('git', args, { cwd: this.dir, input, env: { ...this.env, ...env } });
        return result.stdout;
    }
    async tryExec(args) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
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
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`${this.dir} is not a git repository`);
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
    /**
     * The commit each of `refs` names, undefined for one that names none: one
     * `cat-file --batch-check` for them all, where revParse starts a process each.
     */
    async commitsOf(refs) {
        // No ref holds white space (git refuses such names): those name no commit, and are not asked.
        const asked = refs.filter((ref) => !/\s/.test(ref));
        if (asked.length === 0)
            return refs.map(() => undefined);
        const out = await this.exec(['cat-file', '--batch-check=%(objecttype) %(objectname)'], asked.map((ref) => `${ref}^{commit}\n`).join(''));
        // `commit <id>`, or `<ref>^{commit} missing` (or `ambiguous`), a line each, in order.
        const lines = out.split('\n');
        const found = new Map();
        asked.forEach((ref, i) => {
            const [type, id] = (lines[i] ?? '').split(' ');
            if (type === 'commit')
                found.set(ref, id);
        });
        return refs.map((ref) => found.get(ref));
    }
    async treeOf(ref) {
        return (await this.exec(['rev-parse', `${ref}^{tree}`])).trim();
    }
    async head() {
        return (await this.exec(['rev-parse', 'HEAD'])).trim();
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
    /**
     * Runs a command that talks to a remote, again after a network error (the
     * connection hung up, was reset or refused, timed out, or the server
     * answered 5xx), at most REMOTE_RETRY.attempts times in all. Any other
     * failure is thrown at once.
     */
    async execRemote(args, what) {
        const { attempts, delaysMs } = REMOTE_RETRY;
        for (let attempt = 1;; attempt++) {
            const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
            if (result.exitCode === 0)
                return result.stdout;
            const detail = (result.stderr || result.stdout).trim();
            if (!isNetworkFailure(detail) || attempt >= attempts) {
                const tries = attempt > 1 ? ` (${attempt} attempts)` : '';
                throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`git ${args.join(' ')} failed with exit code ${result.exitCode}${tries}${detail ? `:\n${detail}` : ''}${isNetworkFailure(detail)
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
            if (error instanceof _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2 && isRejectedPush(error.message)) {
                throw new PushRejected(remote, refspec, error.message);
            }
            throw error;
        }
    }
    /**
     * Writes a commit of `parent` plus `files` without touching the work tree or
     * the index (a private index file), so the checkout stays where it is.
     */
    async commitFiles(parent, files, message, identity) {
        // A constant number of processes whatever the number of files: the blobs in
        // one hash-object stream while the parent's tree is listed (once: the plan
        // has listed it), then the folders the files are in written again in one
        // `mktree --batch`, deepest first, every other entry kept as it was.
        const [blobs, listing] = await Promise.all([
            this.writeBlobs(files.map((file) => file.content)),
            this.treeListing(parent)
        ]);
        const changed = new Map(files.map((file, i) => [file.path, blobs[i]]));
        const tree = await this.writeTrees((write) => writeChangedFolders(listing, changed, write));
        return { commit: await this.commitTree(tree, parent, message, identity), tree };
    }
    /**
     * Runs `build` with a `write` that makes a tree of its entries and gives its
     * id: one `git mktree --batch` answers them all, in turn (a tree may name
     * the trees written before it). `--missing`: a partial repository may lack
     * the objects a tree names.
     */
    async writeTrees(build) {
        const session = (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .startSession */ .J)('git', ['mktree', '-z', '--missing', '--batch'], {
            cwd: this.dir,
            env: this.env
        });
        let built;
        try {
            built = await build((entries) => session.ask(
            // Each entry NUL-terminated, and an empty one after the last: one tree.
            `${entries.map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`).join('')}\0`));
        }
        catch (error) {
            await session.close().catch(() => undefined);
            throw error;
        }
        await session.close();
        return built;
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
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('git', args, { cwd: this.dir, allowFailure: true, env: this.env });
        if (result.exitCode === 1)
            return []; // nothing holds it
        if (result.exitCode !== 0) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`git ${args.join(' ')} failed with exit code ${result.exitCode}: ${result.stderr.trim()}`);
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
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-tree-'));
        const treeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'tree');
        await this.exec(['worktree', 'add', '--quiet', '--detach', treeDir, commit]);
        try {
            return await task(treeDir, new Git(treeDir, this.env));
        }
        finally {
            await this.tryExec(['worktree', 'remove', '--force', treeDir]);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
            await this.tryExec(['worktree', 'prune']);
        }
    }
    /** The user's git identity (user.name and user.email), when both are set: one read of the config. */
    async identity() {
        const { ok, stdout } = await this.tryExec([
            'config',
            '-z',
            '--get-regexp',
            '^user\\.(name|email)$'
        ]);
        if (!ok)
            return undefined;
        // `key\nvalue\0` per entry; the last one of a key wins, as with `git config --get`.
        const values = new Map();
        for (const entry of stdout.split('\0')) {
            const newline = entry.indexOf('\n');
            if (newline > 0)
                values.set(entry.slice(0, newline), entry.slice(newline + 1).trim());
        }
        const name = values.get('user.name');
        const email = values.get('user.email');
        return name && email ? { name, email } : undefined;
    }
    // -------------------------------------------------------------------------
    // Release lines: cherry-picks in a throwaway worktree, patch ids, the merge
    // commits of pull requests, (cherry picked from commit …) trailers.
    // -------------------------------------------------------------------------
    /** Runs git in `cwd` (this checkout or a worktree of it), never throwing on a non-zero exit. */
    async gitAt(cwd, args, options = {}) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('git', args, { cwd, ...options, allowFailure: true });
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
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await this.requireGitDir(), 'release-actions', name);
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
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
                await this.gitAt(this.dir, ['worktree', 'prune']);
            }
        }
    }
}
/** Attempts and the waits between them for commands that talk to a remote. */
const REMOTE_RETRY = { attempts: 3, delaysMs: [250, 1000] };
/** A push the remote refused because its ref is not where the push expected it. */
class PushRejected extends _release_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2 {
    remote;
    refspec;
    constructor(remote, refspec, detail) {
        super(detail);
        this.remote = remote;
        this.refspec = refspec;
        this.name = 'PushRejected';
    }
}
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
/**
 * Writes again the folders of `listing` (a commit's `ls-tree -r -t`) that hold
 * the files of `changed` (blob ids by path), deepest first, with `write`: each
 * with its entries as they were but the changed files (a new file is
 * 100644) and the folders written before it. The new root tree's id.
 */
async function writeChangedFolders(listing, changed, write) {
    const folderOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
    const nameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
    // Each folder's entries ('' is the root), by their names in it.
    const folders = new Map();
    const folder = (path) => {
        let entries = folders.get(path);
        if (!entries)
            folders.set(path, (entries = new Map()));
        return entries;
    };
    const put = (path, entry) => {
        folder(folderOf(path)).set(nameOf(path), { ...entry, name: nameOf(path) });
    };
    // The folders written again: each changed file's, and every folder above it.
    const touched = new Set(['']);
    for (const path of changed.keys()) {
        for (let dir = folderOf(path); dir !== ''; dir = folderOf(dir))
            touched.add(dir);
    }
    // Only their entries are kept (a large tree's other folders are never looked at).
    for (const entry of listing)
        if (touched.has(folderOf(entry.name)))
            put(entry.name, entry);
    for (const [path, sha] of changed) {
        const mode = folder(folderOf(path)).get(nameOf(path))?.mode ?? '100644';
        put(path, { mode, type: 'blob', sha });
    }
    // By depth, deepest first: the folders of one depth are written together (one round trip).
    const levels = new Map();
    for (const dir of touched) {
        const depth = dir === '' ? 0 : dir.split('/').length;
        levels.set(depth, [...(levels.get(depth) ?? []), dir]);
    }
    let root = '';
    for (const depth of [...levels.keys()].sort((a, b) => b - a)) {
        const dirs = levels.get(depth);
        const ids = await Promise.all(dirs.map((dir) => write([...folder(dir).values()])));
        dirs.forEach((dir, i) => {
            if (dir === '')
                root = ids[i];
            else
                put(dir, { mode: '040000', type: 'tree', sha: ids[i] });
        });
    }
    return root;
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

/***/ 7658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ copyReason),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   tw: () => (/* binding */ groupChanges)
/* harmony export */ });
const COPY = /^copied from (\S+), (\S+) -> (\S+)$/;
/**
 * Why a file is a copy: `source` relative to the folder the release folders
 * sit in (v0.6.0/go-xdp-counter/kustomization.yaml), the version replaced in it.
 */
function copyReason(source, from, to) {
    return `copied from ${source}, ${from} -> ${to}`;
}
/** A copy's folders, when its reason is a copyReason and its path ends as its source does. */
function asCopy(file) {
    const match = COPY.exec(file.reason);
    if (!match || file.before !== null)
        return undefined;
    const [, source, from, to] = match;
    const slash = source.indexOf('/');
    if (slash <= 0)
        return undefined;
    const rest = source.slice(slash);
    if (!file.path.endsWith(rest))
        return undefined;
    const targetDir = file.path.slice(0, file.path.length - rest.length);
    const cut = targetDir.lastIndexOf('/') + 1;
    return {
        file,
        parent: targetDir.slice(0, cut),
        source: source.slice(0, slash),
        target: targetDir.slice(cut),
        from,
        to
    };
}
/** "a/", "a/ and b/", "a/, b/ and c/". */
function folderList(folders) {
    const named = folders.map((folder) => `${folder}/`);
    return named.length < 2
        ? named.join('')
        : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
/** The changes in path order, copies of one release folder set folded into one group. */
function groupChanges(files) {
    const groups = [];
    const copies = new Map();
    for (const file of files) {
        const copy = asCopy(file);
        if (!copy) {
            groups.push(single(file));
            continue;
        }
        const key = `${copy.parent}\n${copy.from}\n${copy.to}`;
        const found = copies.get(key);
        if (found) {
            found.copies.push(copy);
            found.group.files.push(file);
            continue;
        }
        const group = { ...single(file), files: [file] };
        groups.push(group);
        copies.set(key, { group, copies: [copy] });
    }
    for (const { group, copies: members } of copies.values()) {
        if (members.length < 2)
            continue;
        const [first] = members;
        const targets = [...new Set(members.map((copy) => copy.target))].sort();
        const sources = [...new Set(members.map((copy) => copy.source))].sort();
        group.representative = (members.find((copy) => copy.target === targets[0]) ?? first).file;
        group.label = `${first.parent}${folderList(targets)}`;
        group.reason = `${members.length} files copied from ${folderList(sources)}, version ${first.from} -> ${first.to}`;
    }
    return groups;
}
function single(file) {
    return {
        label: file.path,
        reason: file.reason,
        files: [file],
        representative: file,
        status: file.before === null ? 'add' : 'modify'
    };
}
/** One line per group, "label: reason", as the commit message lists them. */
function changeLines(files) {
    return groupChanges(files).map((group) => `${group.label}: ${group.reason}`);
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

/***/ 3636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   l3: () => (/* binding */ unlinkEmails),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/**
 * Markdown that renders as meant whatever the files hold: job summaries, pull
 * request bodies and changelogs quote diffs, file lines and commit subjects,
 * and a line of three backticks or a `module@v1.2.3` in them must not change
 * the rendering of what follows. GitHub renders with cmark-gfm (CommonMark plus
 * the GFM extensions); the rules below are CommonMark's and the autolink
 * extension's.
 */
/** The length of the longest run of `char` in `text` (0 when there is none). */
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/**
 * A fenced code block holding `content` verbatim. The fence is longer than any
 * backtick run in the content, so no line of the content closes it (a closing
 * fence needs at least as many backticks as the opening one; tildes never close
 * a backtick fence). When the info string holds a backtick (not allowed after a
 * backtick fence), the fence is made of tildes, longer than any tilde run.
 */
function codeFence(content, info = '') {
    const cleanInfo = info.replace(/[\r\n]+/g, ' ').trim();
    const char = cleanInfo.includes('`') ? '~' : '`';
    const fence = char.repeat(Math.max(3, longestRun(content, char) + 1));
    const body = content.length === 0 || content.endsWith('\n') ? content : `${content}\n`;
    return `${fence}${cleanInfo}\n${body}${fence}`;
}
/**
 * A code span showing `text` literally: the backtick string around it has a
 * length that no backtick run inside has (a run of the same length would close
 * it), and a space pads each side when the text starts or ends with a backtick
 * (CommonMark strips one such space from each side). Line breaks become spaces,
 * as they would inside a code span anyway. With `table`, pipes are escaped: in a
 * GFM table a `|` ends the cell even inside a code span, and `\|` shows a pipe.
 */
function inlineCode(text, options = {}) {
    let content = text.replace(/\r?\n/g, ' ');
    if (options.table)
        content = content.replace(/\|/g, '\\|');
    if (content.length === 0)
        return '';
    const runs = new Set(content.match(/`+/g)?.map((run) => run.length) ?? []);
    let length = 1;
    while (runs.has(length))
        length += 1;
    const ticks = '`'.repeat(length);
    const allSpaces = /^ +$/.test(content);
    const pad = content.startsWith('`') ||
        content.endsWith('`') ||
        (!allSpaces && content.startsWith(' ') && content.endsWith(' '))
        ? ' '
        : '';
    return `${ticks}${pad}${content}${pad}${ticks}`;
}
/**
 * What GitHub's autolink extension takes for an e-mail address (GFM spec,
 * "extended email autolink"): letters, digits and `.+-_`, an `@`, then at least
 * two dot-separated parts of letters, digits, `-` and `_`, not ending in `-` or
 * `_`. `module@v1.2.3` qualifies (`v1.2.3` is a domain to it); `name@host`
 * does not.
 */
const EMAIL_LIKE = /[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/;
/** The code spans already in a text, kept as they are. */
const CODE_SPAN = /(`+)(?:(?!\1)[\s\S])*?(?<!`)\1(?!`)/g;
/** Punctuation that closes a sentence or a parenthesis rather than belonging to a token. */
const TRAILING = /[.,;:!?)\]'"]+$/;
const LEADING = /^[('"[]+/;
/**
 * `text` with every whitespace-separated token that GitHub would turn into an
 * e-mail link (`github.com/cilium/ebpf@v0.17.1`, `user@example.com`) wrapped in
 * a code span. Backslash escapes and character references do not stop the
 * link: cmark-gfm finds e-mail addresses after parsing, in the text nodes
 * (github/cmark-gfm#278), and code spans are not text nodes. An invisible
 * joiner after the `@` would stop it too, but would also be copied along with
 * a `go get module@version`. Code spans already in the text are left alone.
 */
function unlinkEmails(text) {
    let result = '';
    let cursor = 0;
    for (const span of text.matchAll(CODE_SPAN)) {
        result += unlinkPlain(text.slice(cursor, span.index)) + span[0];
        cursor = span.index + span[0].length;
    }
    return result + unlinkPlain(text.slice(cursor));
}
function unlinkPlain(text) {
    if (!text.includes('@'))
        return text;
    return text.replace(/\S+/g, (token) => {
        if (!EMAIL_LIKE.test(token))
            return token;
        const lead = LEADING.exec(token)?.[0] ?? '';
        const rest = token.slice(lead.length);
        const trail = TRAILING.exec(rest)?.[0] ?? '';
        const core = rest.slice(0, rest.length - trail.length);
        if (!EMAIL_LIKE.test(core))
            return token;
        return `${lead}${inlineCode(core)}${trail}`;
    });
}


/***/ }),

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a_: () => (/* binding */ FailedWith),
  gj: () => (/* binding */ applyPlan),
  y2: () => (/* binding */ noteMarkdown),
  $p: () => (/* binding */ planToJson),
  EG: () => (/* binding */ renderPlan),
  WH: () => (/* binding */ unifiedDiff)
});

// UNUSED EXPORTS: Products, noteLine, noteLocation

// EXTERNAL MODULE: ./src/release/lazy-require.cjs
var lazy_require = __webpack_require__(2018);
;// CONCATENATED MODULE: ./src/release/diff.ts

const createTwoFilesPatch = ((...args) => (0,lazy_require/* diff */.Ui)().createTwoFilesPatch(...args));

// EXTERNAL MODULE: ./src/release/change-groups.ts
var change_groups = __webpack_require__(7658);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/markdown.ts
var markdown = __webpack_require__(3636);
;// CONCATENATED MODULE: ./src/release/plan.ts




/**
 * An operation that fails after producing something the report still needs
 * (the publication checks fail the job, and their checklist is still shown).
 */
class FailedWith extends errors/* ReleaseError */.K2 {
    value;
    constructor(message, value) {
        super(message);
        this.value = value;
    }
}
/** What the applied operations produced, each read back by the operation that produced it. */
class Products {
    values = new Map();
    record(operation, value) {
        this.values.set(operation, value);
    }
    /** The product of an operation that ran before; an error when it did not run. */
    of(operation) {
        if (!this.values.has(operation)) {
            throw new errors/* ReleaseError */.K2(`"${operation.title}" has not run, and a later step needs its result`);
        }
        return this.values.get(operation);
    }
    /** The products of those of `operations` that ran, in their order. */
    findAll(operations) {
        return operations.filter((op) => this.values.has(op)).map((op) => this.values.get(op));
    }
    /** The product, or undefined when the operation did not run (a dry run, an earlier failure). */
    find(operation) {
        return operation ? this.values.get(operation) : undefined;
    }
}
/** Each change's diff, made once: the plan, the summary and the pull request's body show it. */
const DIFFS = new WeakMap();
function unifiedDiff(change) {
    let diff = DIFFS.get(change);
    if (diff === undefined) {
        diff = patchOf(change);
        DIFFS.set(change, diff);
    }
    return diff;
}
function patchOf(change) {
    return createTwoFilesPatch(change.before === null ? '/dev/null' : `a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after, undefined, undefined, { context: 2 })
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
    return `- ${where ? `${(0,markdown/* inlineCode */.ti)(where)} ` : ''}${(0,markdown/* unlinkEmails */.l3)(note.message)}`;
}
function noteLine(note) {
    const where = noteLocation(note);
    return `[${NOTE_LABELS[note.kind]}] ${where ? `${where}: ` : ''}${note.message}`;
}
/** The plan as plain text, as printed before anything is applied. */
function renderPlan(plan, options = {}) {
    const diffs = options.diffs ?? 'all';
    const groups = (0,change_groups/* groupChanges */.tw)(plan.files);
    const lines = [`Plan: ${plan.phase} ${plan.version} in ${plan.repository}`, ''];
    lines.push(`Files (${plan.files.length}):`);
    for (const group of groups) {
        lines.push(`  ${group.status === 'add' ? 'add   ' : 'modify'} ${group.label}: ${group.reason}`);
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
    if (plan.files.length === 0)
        return lines.join('\n');
    if (diffs === 'all') {
        lines.push('', 'Diffs:');
        for (const change of plan.files)
            lines.push(unifiedDiff(change));
        return lines.join('\n');
    }
    // One diff per group while they fit a screen; past that, only the copies' representatives.
    const diffsOf = new Map(groups.map((group) => [group, unifiedDiff(group.representative).trimEnd()]));
    const total = [...diffsOf.values()].reduce((sum, diff) => sum + diff.split('\n').length + 1, 0);
    const shown = total <= GROUPED_DIFF_LINES ? groups : groups.filter((g) => g.files.length > 1);
    if (shown.length > 0)
        lines.push('', 'Diffs:');
    for (const group of shown) {
        if (group.files.length > 1)
            lines.push(`One of the ${group.files.length} files of ${group.label}:`);
        lines.push(diffsOf.get(group) ?? '', '');
    }
    const hidden = plan.files.length - shown.length;
    if (hidden > 0) {
        if (shown.length === 0)
            lines.push('');
        lines.push(`Every file's diff: add --diffs (${plan.files.length} files).`);
    }
    return lines.join('\n').trimEnd();
}
/** How many lines of diff the grouped plan prints before it keeps to the copies' representatives. */
const GROUPED_DIFF_LINES = 100;
/**
 * Applies the operations in order. A failure names the step and stops; what
 * ran before it is kept in the result, so the summary can still show it.
 */
async function applyPlan(plan, log = () => undefined) {
    const applied = [];
    const products = new Products();
    for (const [index, op] of plan.operations.entries()) {
        let outcome;
        try {
            outcome = await op.apply(products);
        }
        catch (error) {
            if (error instanceof FailedWith)
                products.record(op, error.value);
            // A refusal (bad input found while applying, e.g. someone else's commits
            // on the branch) stays a refusal: a rerun as it is would be refused again.
            if (error instanceof Error) {
                error.message = `step ${index + 1} (${op.title}) failed: ${error.message}${error instanceof errors/* InputError */.dz ? '' : '\nA rerun continues from where this stopped.'}`;
            }
            return { applied, products, error };
        }
        if ('value' in outcome)
            products.record(op, outcome.value);
        log(`${outcome.status === 'done' ? 'done     ' : 'unchanged'} ${op.title}${outcome.detail ? `: ${outcome.detail}` : ''}`);
        applied.push({ title: op.title, outcome: { status: outcome.status, detail: outcome.detail } });
    }
    return { applied, products };
}


/***/ }),

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ notesMarkdown),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   T4: () => (/* binding */ changesMarkdown)
/* harmony export */ });
/* unused harmony exports statusLine, diffsMarkdown, writeJobSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _change_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7658);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3636);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8434);




const MAX_SUMMARY_DIFF = 300_000;
/**
 * The job summary in Markdown: a status line (what was done, what needs a
 * human), links, the files (copied folders as one row), the steps, the notes
 * and review list, and the diffs collapsed, one for each group of copies.
 * Whatever the files hold, it renders as meant (markdown.ts).
 */
function renderSummary(plan, options = {}) {
    const groups = (0,_change_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .groupChanges */ .tw)(plan.files);
    const out = [
        `## ${plan.phase} ${plan.version}${options.dryRun ? ' (dry run: nothing changed)' : ''}`,
        '',
        statusLine(plan, options),
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
        // Files that change for the same reason share one row, the reason written once.
        const rows = [];
        for (const group of groups) {
            const last = rows[rows.length - 1];
            if (last?.reason === group.reason)
                last.labels.push(group.label);
            else
                rows.push({ labels: [group.label], reason: group.reason });
        }
        for (const row of rows) {
            const labels = row.labels.map((label) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(label, { table: true })).join('<br>');
            out.push(`| ${labels} | ${tableText(row.reason)} |`);
        }
    }
    out.push('', '### Steps', '');
    plan.operations.forEach((op, index) => {
        const done = options.applied?.[index];
        const detail = done?.outcome.detail ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(done.outcome.detail)}` : '';
        out.push(`${index + 1}. ${stepMark(done, options.dryRun)}: [${op.kind}] ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(op.title)}${detail}`);
    });
    out.push('', ...notesMarkdown(plan.notes));
    if (plan.files.length > 0)
        out.push('', ...diffsMarkdown(groups, MAX_SUMMARY_DIFF));
    return `${out.join('\n')}\n`;
}
function stepMark(done, dryRun) {
    if (done)
        return done.outcome.status === 'done' ? 'done' : 'already done';
    return dryRun ? 'planned' : 'not run';
}
/** One line: what was done, then what needs a human. */
function statusLine(plan, options = {}) {
    const steps = plan.operations.length;
    const files = count(plan.files.length, 'file change');
    let done;
    if (options.dryRun) {
        done = `**Dry run, nothing changed**: ${files} and ${count(steps, 'step')} planned.`;
    }
    else {
        const applied = options.applied ?? [];
        const unchanged = applied.filter((step) => step.outcome.status === 'unchanged').length;
        const ran = `${applied.length - unchanged} done${unchanged > 0 ? `, ${unchanged} already done` : ''}`;
        done =
            applied.length < steps
                ? `**Stopped at step ${applied.length + 1} of ${steps}**, "${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(plan.operations[applied.length].title)}": ${ran}; the log has the error, and a rerun continues from there.`
                : `**Done**: ${steps === 0 ? 'nothing to do' : `${count(steps, 'step')}, ${ran}`}; ${files}.`;
    }
    const warnings = plan.notes.filter((note) => note.kind === 'warning').length;
    const review = plan.notes.filter((note) => note.kind === 'review').length;
    const human = [
        ...(warnings > 0 ? [`${count(warnings, 'warning')} to check`] : []),
        ...(review > 0 ? [`${count(review, 'line')} left alone to review`] : [])
    ];
    return `${done} ${human.length > 0 ? `Needs a human: ${human.join(', ')} (below).` : 'Nothing else needs a human.'}`;
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
/** Text in a GFM table cell: no e-mail links, and a pipe does not end the cell. */
function tableText(text) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * The diffs, collapsed: each file's, but one for each group of copies; in all
 * at most `limit` characters (a job summary holds at most 1 MiB, and a
 * regenerated Cargo.lock alone can come near it).
 */
function diffsMarkdown(groups, limit = MAX_SUMMARY_DIFF) {
    const files = groups.reduce((sum, group) => sum + group.files.length, 0);
    const out = [`<details><summary>Diffs (${count(files, 'file')})</summary>`, ''];
    let left = limit;
    for (const group of groups) {
        if (left <= 0) {
            out.push("The other diffs are cut here; the job's log has every diff.", '');
            break;
        }
        let diff = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .unifiedDiff */ .WH)(group.representative);
        if (diff.length > left)
            diff = `${diff.slice(0, left)}\n... (cut; the job's log has every diff)`;
        left -= diff.length;
        if (group.files.length > 1) {
            out.push(`One of the ${group.files.length} files of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(group.label)}:`, '');
        }
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeFence */ .d6)(diff, 'diff'), '');
    }
    out.push('</details>');
    return out;
}
/**
 * The pull request's list of changes: one item per group of files (or per
 * line of `lines`, "path: reason", when the phase gives its own), then the
 * representative diff of each group of copies, collapsed.
 */
function changesMarkdown(files, lines) {
    const groups = (0,_change_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .groupChanges */ .tw)(files);
    const items = lines
        ? lines.map((line) => {
            const colon = line.indexOf(': ');
            return colon > 0
                ? `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(line.slice(0, colon))}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(line.slice(colon + 2))}`
                : `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(line)}`;
        })
        : groups.map((group) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(group.label)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .unlinkEmails */ .l3)(group.reason)}`);
    const out = [...items];
    for (const group of groups.filter((candidate) => candidate.files.length > 1)) {
        out.push('', `<details><summary>One of the ${group.files.length} files of ${escapeHtml(group.label)}</summary>`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeFence */ .d6)((0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .unifiedDiff */ .WH)(group.representative), 'diff'), '', '</details>');
    }
    return out;
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
        out.push('Mentions of the old version the release did not edit, and lines of the edited files that still name an older release (dependency pins left out):', '');
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
        appendFileSync(file, markdown);
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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

// EXTERNAL MODULE: ./src/release/lazy-require.cjs
var lazy_require = __webpack_require__(2018);
;// CONCATENATED MODULE: ./src/release/semver.ts

const compare = ((...args) => (0,lazy_require/* semver */.hO)().compare(...args));
/** `semver.compare(...)` as the default import offers it. */
/* harmony default export */ const semver = ({ compare });

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
    const core = semver.compare(`${a.major}.${a.minor}.${a.patch}`, `${b.major}.${b.minor}.${b.patch}`);
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
    if (semver.compare(coreOf(version), coreOf(tree)) >= 0)
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

/***/ 2018:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// CommonJS libraries that pure code calls synchronously, each required at its
// first call: ncc bundles every require() below as a module that is evaluated
// only then, so a bundle's start-up does not pay for evaluating them (yaml
// alone costs @actions/core's start-up about a fifth more). The typed,
// named wrappers are yaml.ts, diff.ts, semver.ts and toml.ts; nothing else
// imports this file.
// Each is memoized: the updaters call yaml's isMap and isScalar in loops.
let yaml, diff, semver, toml
exports.oQ = () => (yaml ??= __webpack_require__(8815))
exports.Ui = () => (diff ??= __webpack_require__(5508))
exports.hO = () => (semver ??= __webpack_require__(2088))
exports.hC = () => (toml ??= __webpack_require__(7106))


/***/ })

};
