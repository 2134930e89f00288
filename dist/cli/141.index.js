export const id = 141;
export const ids = [141];
export const modules = {

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ mergedPulls),
/* harmony export */   E6: () => (/* binding */ placeholderReason),
/* harmony export */   RB: () => (/* binding */ summaryParagraph),
/* harmony export */   Sg: () => (/* binding */ formatReleaseNotes),
/* harmony export */   f$: () => (/* binding */ parseCommitLog),
/* harmony export */   kF: () => (/* binding */ formatChangelog),
/* harmony export */   lS: () => (/* binding */ CHANGELOG_FORMAT),
/* harmony export */   oJ: () => (/* binding */ firstContributions),
/* harmony export */   q5: () => (/* binding */ changelogPath)
/* harmony export */ });
/* unused harmony exports mergedPullsFromLog, CHANGELOG_LOG_FORMAT, changelogLogArgs, noreplyLogin */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5710);

function changelogPath(changelogDir, version) {
    return `${changelogDir}/CHANGELOG-${version.tag}.md`;
}
/** bpfman's opening paragraph: the `summary` input, or a sentence naming the kind of release. */
function summaryParagraph(version, previous, summary) {
    if (summary && summary.trim().length > 0)
        return summary.trim();
    const kind = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseKind */ .Mh)(version, previous);
    const since = previous ? ` The changes since ${previous.tag} are listed below.` : '';
    const what = kind === 'release candidate' ? 'a release candidate' : `a ${kind} release`;
    return `The ${version.tag} release is ${what}.${since}`;
}
function formatChangelog(summary, notes) {
    return `${summary}\n\n${notes.trim()}\n`;
}
/**
 * The merged pull requests in `git log --format=%H%x00%an%x00%ae%x00%s%x00%b%x1e`
 * output: merge commits ("Merge pull request #12 from user/branch", title in the
 * body) and squash merges ("Title (#12)").
 *
 * @deprecated The author is the branch's owner and the title may be the merge
 * subject; use `parseCommitLog` and `mergedPulls` over `changelogLogArgs(range)`.
 */
function mergedPullsFromLog(log) {
    const pulls = [];
    for (const record of log.split('\x1e')) {
        const [, authorName, authorEmail, subject, body] = record.replace(/^\n/, '').split('\x00');
        if (subject === undefined)
            continue;
        const merge = MERGE_SUBJECT.exec(subject);
        if (merge) {
            const title = firstLine(body ?? '');
            pulls.push({ number: Number(merge[1]), title: title ?? subject, author: merge[2] });
            continue;
        }
        const squash = SQUASH_SUBJECT.exec(subject);
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
/**
 * The `git log` format `parseCommitLog` reads: sha, parents, author name and
 * e-mail, subject, body, NUL-separated, each commit ended by 0x1E.
 */
const CHANGELOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e';
const CHANGELOG_LOG_FORMAT = (/* unused pure expression or super */ null && (`--format=${CHANGELOG_FORMAT}`));
/**
 * The git arguments that list the commits of `range` for `mergedPulls`:
 * `git log --topo-order --format=%H%x00%P%x00%an%x00%ae%x00%s%x00%b%x1e <range>`,
 * e.g. `v0.6.0..<base commit>` for a release's notes, or `v0.6.0` for every
 * pull request before it (for the new contributors). `--topo-order` lists
 * every commit before its parents; `mergedPulls` does not depend on it (it
 * orders the commits itself) but git's default order can interleave them.
 */
function changelogLogArgs(range) {
    return ['log', '--topo-order', CHANGELOG_LOG_FORMAT, range];
}
/** The commits of `git log` output in the `CHANGELOG_LOG_FORMAT`. */
function parseCommitLog(log) {
    const commits = [];
    for (const record of log.split('\x1e')) {
        const fields = record.replace(/^\r?\n/, '').split('\x00');
        if (fields.length < 6)
            continue;
        const [sha, parents, authorName, authorEmail, subject, ...body] = fields;
        commits.push({
            sha,
            parents: parents.split(' ').filter((parent) => parent.length > 0),
            authorName,
            authorEmail,
            subject,
            body: body.join('\x00').trim()
        });
    }
    return commits;
}
const MERGE_SUBJECT = /^Merge pull request #(\d+) from ([^/\s]+)\/(\S*)/;
const SQUASH_SUBJECT = /^(.*) \(#(\d+)\)$/;
/**
 * The merged pull requests among `commits` (any order), oldest first, as
 * GitHub's generated notes attribute and title them:
 *
 * - a merge commit "Merge pull request #N from owner/branch" merges the commits
 *   of `<merge>^1..<merge>^2`; the pull request's title is the first line of
 *   the merge commit's body, or else the subject of its first (oldest) commit;
 *   its author is that commit's author: the login of a GitHub noreply address
 *   (`49699333+dependabot[bot]@users.noreply.github.com` is `dependabot[bot]`),
 *   else the owner of the fork it came from (not `repository`'s owner, who
 *   owns every same-repository branch such as `bpfman/dependabot/cargo/foo`),
 *   else the author's name (offline there is no other way to the login);
 * - a squash or rebase merge on the main line, "Title (#N)", is titled by its
 *   subject and attributed to its author the same way.
 *
 * `repository` is owner/name. A pull request listed twice (a merge of a
 * commit that already says "(#N)") is listed once.
 */
function mergedPulls(commits, repository) {
    const owner = repository.split('/')[0];
    const order = topologicalOrder(commits);
    const inPull = new Set();
    const found = [];
    const seen = new Set();
    order.forEach((commit, index) => {
        const merge = MERGE_SUBJECT.exec(commit.subject);
        if (!merge || commit.parents.length < 2)
            return;
        const number = Number(merge[1]);
        const branchOwner = merge[2];
        const pullCommits = onlyReachableFrom(order, commit.parents[1], commit.parents[0]);
        for (const sha of pullCommits)
            inPull.add(sha);
        const first = pullCommits.length > 0 ? bySha(order, pullCommits[pullCommits.length - 1]) : undefined;
        const title = firstLine(commit.body) ?? (first ? first.subject : undefined) ?? (merge[3] || commit.subject);
        const noreply = first ? noreplyLogin(first.authorEmail) : undefined;
        const author = noreply ?? (branchOwner !== owner ? branchOwner : first ? first.authorName : branchOwner);
        if (!seen.has(number)) {
            seen.add(number);
            found.push({ index, pull: { number, title, author } });
        }
    });
    order.forEach((commit, index) => {
        if (inPull.has(commit.sha) || commit.parents.length > 1)
            return;
        const squash = SQUASH_SUBJECT.exec(commit.subject);
        if (!squash)
            return;
        const number = Number(squash[2]);
        if (seen.has(number))
            return;
        seen.add(number);
        found.push({
            index,
            pull: { number, title: squash[1], author: loginOf(commit.authorName, commit.authorEmail) }
        });
    });
    // Newest first in `order`; GitHub lists the oldest first.
    return found.sort((a, b) => b.index - a.index).map((entry) => entry.pull);
}
const orderIndex = new WeakMap();
function bySha(order, sha) {
    const index = indexOf(order).get(sha);
    return index === undefined ? undefined : order[index];
}
function indexOf(order) {
    let index = orderIndex.get(order);
    if (!index) {
        index = new Map(order.map((commit, i) => [commit.sha, i]));
        orderIndex.set(order, index);
    }
    return index;
}
/**
 * The commits, every one before its parents (newest first), whatever order
 * they came in; ties keep the input order.
 */
function topologicalOrder(commits) {
    const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
    const children = new Map();
    for (const commit of commits) {
        for (const parent of commit.parents) {
            if (bySha.has(parent))
                children.set(parent, (children.get(parent) ?? 0) + 1);
        }
    }
    // Kahn's algorithm from the tips; a stack keeps a branch's commits together.
    const ready = commits.filter((commit) => !children.has(commit.sha)).reverse();
    const order = [];
    while (ready.length > 0) {
        const commit = ready.pop();
        order.push(commit);
        for (const parent of [...commit.parents].reverse()) {
            const left = (children.get(parent) ?? 0) - 1;
            if (!bySha.has(parent))
                continue;
            children.set(parent, left);
            if (left === 0)
                ready.push(bySha.get(parent));
        }
    }
    return order;
}
/**
 * The shas of `include..` minus `exclude..` (git's `exclude..include`), newest
 * first, walking `order` (newest first, every commit before its parents) from
 * the newer of the two and stopping once only excluded commits are left.
 * Commits outside `order` (before the range) end the walk.
 */
function onlyReachableFrom(order, include, exclude) {
    const index = indexOf(order);
    const marks = new Map();
    let pendingIn = 0;
    const mark = (sha, value) => {
        const at = index.get(sha);
        if (at === undefined)
            return;
        const current = marks.get(at);
        if (current === 'out' || current === value)
            return;
        if (current === 'in')
            pendingIn -= 1;
        marks.set(at, value);
        if (value === 'in')
            pendingIn += 1;
    };
    mark(exclude, 'out');
    mark(include, 'in');
    const result = [];
    const start = Math.min(index.get(include) ?? order.length, index.get(exclude) ?? order.length);
    for (let at = start; at < order.length && pendingIn > 0; at += 1) {
        const value = marks.get(at);
        if (value === undefined)
            continue;
        if (value === 'in') {
            pendingIn -= 1;
            result.push(order[at].sha);
        }
        for (const parent of order[at].parents)
            mark(parent, value);
    }
    return result;
}
/** The GitHub login of a noreply address: `49699333+dependabot[bot]@users.noreply.github.com` -> `dependabot[bot]`. */
function noreplyLogin(email) {
    return /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email ?? '')?.[1];
}
function loginOf(name, email) {
    return noreplyLogin(email) ?? name;
}
function firstLine(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.length > 0);
}
/** The pull requests of `pulls` that are their author's first, given the pulls merged before. */
function firstContributions(pulls, earlier) {
    const seen = new Set(earlier.map((pull) => pull.author));
    return pulls.filter((pull) => !seen.has(pull.author) && seen.add(pull.author));
}
/**
 * `@login` for a GitHub login; offline an author may be known only by name
 * ("Jane Doe"), which GitHub would not link, so it is written as it is.
 */
function mention(author) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/.test(author)
        ? `@${author}`
        : author;
}
/** Release notes in the shape of GitHub's "Generate release notes" (default configuration). */
function formatReleaseNotes(pulls, newContributors, repository, tag, previousTag) {
    const web = `https://github.com/${repository}`;
    const sections = [];
    if (pulls.length > 0) {
        const lines = pulls.map((pull) => `* ${pull.title} by ${mention(pull.author)} in ${web}/pull/${pull.number}`);
        sections.push(`## What's Changed\n${lines.join('\n')}`);
    }
    if (newContributors.length > 0) {
        const lines = newContributors.map((pull) => `* ${mention(pull.author)} made their first contribution in ${web}/pull/${pull.number}`);
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

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var _lazy_toml_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5515);

const parse = ((...args) => (0,_lazy_toml_cjs__WEBPACK_IMPORTED_MODULE_0__/* .toml */ .h)().parse(...args));


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
        const counted = what.replace('(s)', updated.replacements === 1 ? '' : 's');
        edits.set(rule.path, updated.content, `${updated.replacements} ${counted} -> ${version.version}`);
    }
}


/***/ }),

/***/ 6559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ pathKey),
/* harmony export */   h: () => (/* binding */ locateTomlStrings)
/* harmony export */ });
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


/***/ }),

/***/ 5515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// smol-toml, required at its first call: see yaml.cjs.
let toml
exports.h = () => (toml ??= __webpack_require__(7106))


/***/ })

};
