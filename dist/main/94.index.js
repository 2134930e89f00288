export const id = 94;
export const ids = [94];
export const modules = {

/***/ 2495:
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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1033);

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

/***/ 3834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ requireRepoFile),
/* harmony export */   Q7: () => (/* binding */ FileEdits),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5178);



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
/** The files a plan writes, each read once and kept only when its content changes. */
class FileEdits {
    repoDir;
    byPath = new Map();
    constructor(repoDir) {
        this.repoDir = repoDir;
    }
    set(path, after, reason) {
        const before = this.byPath.get(path)?.before ?? readRepoFile(this.repoDir, path) ?? null;
        if (before === after)
            return;
        this.byPath.set(path, { path, before, after, reason });
    }
    changes() {
        return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    }
}


/***/ }),

/***/ 2660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ LOCKFILE_MODES),
  W: () => (/* binding */ planReleaseEdits)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/effects/exec.ts
var exec = __webpack_require__(4329);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/release/version.ts
var release_version = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
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
        .filter((folder) => folder.flavour === flavour && (0,release_version/* compareVersions */.Zy)(folder.version, version) < 0)
        .sort((a, b) => (0,release_version/* compareVersions */.Zy)(a.version, b.version))
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
        const version = stem.startsWith('v') ? (0,release_version/* tryParseVersion */.z0)(stem) : undefined;
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

// EXTERNAL MODULE: ./src/steps/doc-edits.ts
var doc_edits = __webpack_require__(8197);
;// CONCATENATED MODULE: ./src/steps/bpfman-edits.ts











const LOCKFILE_MODES = ['workspace', 'generate', 'none'];
/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
async function planReleaseEdits(input) {
    const { repoDir, config, version, edits } = input;
    const cargoToml = (0,files/* requireRepoFile */.AK)(repoDir, config.cargoToml, 'bpfman releases start from the workspace Cargo.toml');
    const cargo = updateCargoToml(cargoToml, version.version);
    edits.set(config.cargoToml, cargo.content, `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`);
    // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
    const lockFrom = cargo.oldVersion === version.version ? input.previous?.version : cargo.oldVersion;
    if (lockFrom !== undefined)
        await planLockfile(input, lockFrom, edits);
    planMakefile(input);
    planExamples(input, await input.git.lsFiles(config.exampleConfigs));
    planDispatchers(input);
    (0,doc_edits/* planDocRules */.v)(repoDir, config.docRules, input.previous, version, edits, 'version reference(s)');
    return { oldVersion: cargo.oldVersion };
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
    const cargoToml = updateCargoToml((0,files/* requireRepoFile */.AK)(repoDir, config.cargoToml, ''), version.version).content;
    edits.set(config.cargoLock, await generateLockfile(input.git, input.baseCommit, config, cargoToml), 'cargo generate-lockfile');
}
/** Runs `cargo generate-lockfile` on the new Cargo.toml in a throwaway worktree of the base commit. */
async function generateLockfile(git, baseCommit, config, cargoToml) {
    return git.withWorktree(baseCommit, async (worktree) => {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(worktree, config.cargoToml), cargoToml);
        await (0,exec/* run */.e)('cargo', ['generate-lockfile', '--manifest-path', (0,external_node_path_.join)(worktree, config.cargoToml)], {
            cwd: worktree
        });
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(worktree, config.cargoLock), 'utf8');
    });
}
/** The file's content, or undefined with a note that the repository has none (a normal case). */
function readOrNote(repoDir, path, notes, consequence) {
    const content = (0,files/* readRepoFile */.v6)(repoDir, path);
    if (content === undefined) {
        notes.push({ kind: 'info', path, message: `not in the repository; ${consequence}` });
    }
    return content;
}
function planMakefile({ repoDir, config, version, edits, notes }) {
    const makefile = readOrNote(repoDir, config.examplesMakefile, notes, 'nothing to update');
    if (makefile === undefined)
        return;
    const updated = updateExamplesMakefile(makefile, version.version);
    edits.set(config.examplesMakefile, updated.content, `VERSION ${updated.oldVersion ?? '?'} -> ${version.version}`);
}
function planExamples({ repoDir, config, version, edits, notes }, paths) {
    if ((0,release_version/* isPrerelease */.V1)(version)) {
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
function planDispatchers({ repoDir, config, version, edits, notes }) {
    const source = readOrNote(repoDir, config.dispatcherSource, notes, 'no dispatcher images to pin');
    if (source === undefined)
        return;
    const updated = (0,dispatcher_images/* updateDispatcherImages */.bQ)(source, config.dispatcherImages, version.tag);
    edits.set(config.dispatcherSource, updated.content, `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`);
    notes.push(...updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource })));
}


/***/ }),

/***/ 8197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ planDocRules)
/* harmony export */ });
/* harmony import */ var _updaters_docs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3834);


/**
 * The allowlisted version references of each doc rule's file set to `version`
 * (a missing file is skipped). `what` names them in the reason: "version
 * reference(s)", "link(s)".
 */
function planDocRules(repoDir, rules, previous, version, edits, what) {
    for (const rule of rules) {
        const content = (0,_release_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(repoDir, rule.path);
        if (content === undefined)
            continue;
        const updated = (0,_updaters_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .applyDocPatterns */ .Ku)(content, rule.patterns, previous?.version, version.version);
        edits.set(rule.path, updated.content, `${updated.replacements} ${what} -> ${version.version}`);
    }
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
