export const id = 709;
export const ids = [709];
export const modules = {

/***/ 7658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tw: () => (/* binding */ groupChanges)
/* harmony export */ });
/* unused harmony exports copyReason, changeLines */
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

// EXTERNAL MODULE: ./src/release/lazy/diff.cjs
var diff = __webpack_require__(5642);
;// CONCATENATED MODULE: ./src/release/diff.ts

const createTwoFilesPatch = ((...args) => (0,diff/* diff */.U)().createTwoFilesPatch(...args));

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
/* harmony export */   Br: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony exports statusLine, diffsMarkdown, changesMarkdown, notesMarkdown, writeJobSummary */
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
    const groups = groupChanges(files);
    const items = lines
        ? lines.map((line) => {
            const colon = line.indexOf(': ');
            return colon > 0
                ? `- ${inlineCode(line.slice(0, colon))}: ${unlinkEmails(line.slice(colon + 2))}`
                : `- ${unlinkEmails(line)}`;
        })
        : groups.map((group) => `- ${inlineCode(group.label)}: ${unlinkEmails(group.reason)}`);
    const out = [...items];
    for (const group of groups.filter((candidate) => candidate.files.length > 1)) {
        out.push('', `<details><summary>One of the ${group.files.length} files of ${escapeHtml(group.label)}</summary>`, '', codeFence(unifiedDiff(group.representative), 'diff'), '', '</details>');
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

/***/ 5642:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// diff, required at its first call: see yaml.cjs.
let diff
exports.U = () => (diff ??= __webpack_require__(5508))


/***/ })

};
