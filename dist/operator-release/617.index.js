export const id = 617;
export const ids = [617];
export const modules = {

/***/ 9617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner)
});

// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/release/errors.ts
var release_errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
;// CONCATENATED MODULE: ./src/release/identity.ts
/** The default committer in Actions, and the sign-off it writes. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
/** The DCO trailer. */
function signedOffBy(identity) {
    return `Signed-off-by: ${identity.name} <${identity.email}>`;
}
/** A commit message of subject, body paragraphs and the sign-off, ending in a newline. */
function commitMessage(subject, body, identity) {
    return [subject, '', ...body, '', signedOffBy(identity), ''].join('\n');
}

;// CONCATENATED MODULE: ./src/release/changelog.ts

function changelogPath(changelogDir, version) {
    return `${changelogDir}/CHANGELOG-${version.tag}.md`;
}
/** bpfman's opening paragraph: the `summary` input, or a sentence naming the kind of release. */
function summaryParagraph(version, previous, summary) {
    if (summary && summary.trim().length > 0)
        return summary.trim();
    const kind = (0,release_version/* releaseKind */.Mh)(version, previous);
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

;// CONCATENATED MODULE: ./src/steps/cherry-picks.ts


const cherry_picks_short = (sha) => sha.slice(0, 12);
function describePick(pick) {
    const named = pick.ref.kind === 'pull' ? `${pick.ref.ref} (${cherry_picks_short(pick.commit)})` : cherry_picks_short(pick.commit);
    return `${named} "${pick.subject}"`;
}
/** The commit a REF names: a commit SHA, or a pull request's merge commit (online through the API, offline by its subject). */
async function resolveRef(request, ref) {
    const { git } = request;
    if (ref.kind === 'commit') {
        const sha = await git.revParse(ref.sha);
        if (!sha) {
            throw new release_errors/* InputError */.dz('cherry-pick', `${ref.ref} is not a commit of this repository (unknown, or an ambiguous short SHA); give the full SHA of a commit that the checkout holds (fetch-depth: 0)`);
        }
        return sha;
    }
    if (request.mergeCommitOfPull) {
        const merged = await request.mergeCommitOfPull(ref.number);
        if (!merged) {
            throw new release_errors/* InputError */.dz('cherry-pick', `${ref.ref} is not a merged pull request; give a merged pull request or a commit SHA`);
        }
        const sha = await git.revParse(merged);
        if (!sha) {
            throw new release_errors/* InputError */.dz('cherry-pick', `${ref.ref} was merged as ${cherry_picks_short(merged)}, which the checkout does not hold; fetch ${request.mainRef} (fetch-depth: 0) and rerun`);
        }
        return sha;
    }
    const sha = await git.mergeCommitOfPull(ref.number, request.mainRef);
    if (!sha) {
        throw new release_errors/* InputError */.dz('cherry-pick', `${ref.ref}: no commit "Merge pull request ${ref.ref} from …" (or "… (${ref.ref})") on ${request.mainRef}; give the commit SHA instead, or run online`);
    }
    return sha;
}
/**
 * The earlier run's picks on the release branch, oldest first, when that
 * branch starts from the patch branch tip; else none (the patch branch has
 * moved since: every pick is made again on the new tip).
 */
async function earlierPicks(request) {
    const { git, releaseTip, patchTip } = request;
    if (!releaseTip || releaseTip === patchTip)
        return [];
    if (!(await git.isAncestor(patchTip, releaseTip)))
        return [];
    return (await git.log(`${patchTip}..${releaseTip}`, '%H')).reverse();
}
/** Whether `earlier`, a commit of an earlier run, is the pick of `source`: by its trailer or its patch id. */
async function isPickOf(git, earlier, source) {
    if ((await git.cherryPickedFrom(earlier)).includes(source))
        return true;
    const id = await git.patchId(source);
    return id !== undefined && id === (await git.patchId(earlier));
}
/**
 * Resolves the REFs and decides, in the order given, what happens to each:
 * picked, skipped (already in the patch branch, by ancestry, trailer or patch
 * id) or reused (an earlier run's pick on the release branch, recognised by
 * trailer or patch id, so nothing is picked twice). Changes nothing.
 */
async function planCherryPicks(request) {
    const { git, patchBranch, patchTip } = request;
    const notes = [];
    const picks = [];
    const named = new Map();
    for (const ref of request.refs) {
        const commit = await resolveRef(request, ref);
        const twice = named.get(commit);
        if (twice) {
            throw new release_errors/* InputError */.dz('cherry-pick', `${ref.ref} and ${twice} are the same commit ${cherry_picks_short(commit)}; give it once`);
        }
        named.set(commit, ref.ref);
        const merge = (await git.parentsOf(commit)).length > 1;
        const subject = await git.subjectOf(commit);
        const pick = { ref, commit, subject, merge, action: 'pick' };
        const there = await git.findChangeInBranch(commit, patchTip);
        if (there) {
            pick.action = 'skip';
            pick.existing = there.commit;
            const how = there.how === 'ancestor'
                ? 'it is in its history'
                : there.how === 'trailer'
                    ? `as ${cherry_picks_short(there.commit)} (cherry picked from it)`
                    : `as ${cherry_picks_short(there.commit)} (same patch id)`;
            notes.push({
                kind: 'skipped',
                message: `cherry-pick ${describePick(pick)}: already in ${patchBranch}, ${how}; not picked`
            });
        }
        picks.push(pick);
    }
    // An earlier run's picks are kept while they match, in order, the picks to make.
    let start = patchTip;
    const earlier = await earlierPicks(request);
    const toPick = picks.filter((pick) => pick.action === 'pick');
    for (const [index, pick] of toPick.entries()) {
        const made = earlier[index];
        if (!made || !(await isPickOf(git, made, pick.commit)))
            break;
        pick.action = 'reuse';
        pick.existing = made;
        start = made;
        notes.push({
            kind: 'info',
            message: `cherry-pick ${describePick(pick)}: an earlier run picked it as ${cherry_picks_short(made)} on the release branch; kept`
        });
    }
    return { patchBranch, patchTip, picks, notes, start };
}
/** Plan lines for the picks, one a pick, for the printed plan. */
function describePicks(plan) {
    return plan.picks.map((pick) => {
        const merge = pick.merge ? ' (merge commit, as mainline 1)' : '';
        const what = pick.action === 'pick'
            ? 'pick'
            : pick.action === 'reuse'
                ? `keep ${cherry_picks_short(pick.existing ?? '')} from an earlier run:`
                : `skip (in ${plan.patchBranch}):`;
        return `${what} ${describePick(pick)}${merge}`;
    });
}
/**
 * Makes the planned picks, one commit each (`cherry-pick -x`, signed off by
 * `identity`), on top of the patch branch tip or the earlier run's picks, in a
 * throwaway worktree: no branch, index or checkout moves. A conflict throws a
 * ReleaseError naming the REF, its commit and the conflicting files, with
 * nothing changed.
 */
async function applyCherryPicks(git, plan, identity) {
    const commits = [];
    const notes = [];
    for (const pick of plan.picks) {
        if (pick.action === 'reuse' && pick.existing)
            commits.push({ ref: pick.ref.ref, source: pick.commit, commit: pick.existing });
    }
    const toPick = plan.picks.filter((pick) => pick.action === 'pick');
    if (toPick.length === 0)
        return { tip: plan.start, commits, notes };
    const result = await git.cherryPickOnto(plan.start, toPick.map((pick) => pick.commit), identity);
    if (result.status === 'conflict') {
        const pick = toPick[result.index];
        throw new release_errors/* ReleaseError */.K2(`cherry-pick ${describePick(pick)} conflicts with ${plan.patchBranch} (${cherry_picks_short(plan.patchTip)}) in ${result.files.join(', ')}; nothing was committed. Land a backport of it on ${plan.patchBranch} (or leave it out of cherry-pick) and rerun`);
    }
    for (const [index, made] of result.picked.entries()) {
        const pick = toPick[index];
        if (made.commit) {
            commits.push({ ref: pick.ref.ref, source: pick.commit, commit: made.commit });
        }
        else {
            notes.push({
                kind: 'skipped',
                message: `cherry-pick ${describePick(pick)}: its change is already in ${plan.patchBranch}; nothing to commit, left out`
            });
        }
    }
    return { tip: result.tip, commits, notes };
}
/**
 * The pull requests a patch release's changes came from, for its changelog, in
 * the order of `commits`, each once: a commit's `(cherry picked from commit …)`
 * trailer names its source (a commit without one is its own source: a planned
 * pick's commit before it is made); online, `pullOfCommit` finds the source's
 * pull request (the commit's pulls API), offline the commit of `mainRef`'s
 * first-parent line that brought the source in ("Merge pull request #N from
 * user/branch", or a squash "Title (#N)"). Commits that came from no pull
 * request are noted.
 */
async function pullsOfPicks(git, commits, options) {
    const pulls = [];
    const notes = [];
    const seen = new Set();
    for (const commit of commits) {
        const trailers = await git.cherryPickedFrom(commit);
        const sources = trailers.length > 0 ? trailers : [commit];
        let pull;
        for (const source of sources) {
            pull = options.pullOfCommit
                ? await options.pullOfCommit(source)
                : await pullOfCommitOffline(git, source, options.mainRef, options.repository);
            if (pull)
                break;
        }
        if (!pull) {
            notes.push({
                kind: 'info',
                message: `${cherry_picks_short(commit)} "${await git.subjectOf(commit)}" came from no pull request on ${options.mainRef}; the changelog does not list it`
            });
            continue;
        }
        if (seen.has(pull.number))
            continue;
        seen.add(pull.number);
        pulls.push(pull);
    }
    return { pulls, notes };
}
/**
 * The pull request that brought `commit` into `mainRef`, from git history
 * alone, attributed and titled as the offline changelog does (`mergedPulls`
 * over the merge commit and the commits it merged).
 */
async function pullOfCommitOffline(git, commit, mainRef, repository) {
    const brought = await git.commitThatBrought(commit, mainRef);
    if (!brought)
        return undefined;
    const parents = await git.parentsOf(brought);
    const range = parents.length > 0 ? `${parents[0]}..${brought}` : brought;
    const commits = parseCommitLog(await git.logText(range, CHANGELOG_FORMAT));
    // Oldest first: the pull request `brought` merged is the last one.
    return mergedPulls(commits, repository).at(-1);
}
/**
 * Whether `releaseTip` (a release branch found on the remote) is one an
 * earlier run made on the patch branch: its tip has the release commit's
 * subject, and every commit below it that the patch branch lacks is a
 * cherry-pick (it carries a `(cherry picked from commit …)` trailer) of one
 * of `sources` when given (the commits this run's cherry-pick input names).
 * Such a branch may be replaced; any other is someone else's work (a
 * maintainer's own `git cherry-pick -x` of another commit included).
 */
async function isEarlierReleaseBranch(git, patchTip, releaseTip, releaseSubject, sources) {
    if ((await git.subjectOf(releaseTip)) !== releaseSubject)
        return false;
    const parent = await git.parentOf(releaseTip);
    if (!parent)
        return false;
    for (const commit of await git.log(`${patchTip}..${parent}`, '%H')) {
        if ((await git.parentsOf(commit)).length !== 1)
            return false;
        const from = await git.cherryPickedFrom(commit);
        if (from.length === 0)
            return false;
        if (sources && !from.every((source) => sources.includes(source)))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/effects/git.ts + 2 modules
var effects_git = __webpack_require__(3854);
// EXTERNAL MODULE: ./src/release/change-groups.ts
var change_groups = __webpack_require__(7658);
// EXTERNAL MODULE: ./src/release/summary.ts
var summary = __webpack_require__(7709);
;// CONCATENATED MODULE: ./src/steps/release-branch.ts





function releaseBranch(version) {
    return `release-${version.tag}`;
}
/** The release commit's subject; a branch whose commits have another subject is not ours. */
function releaseSubject(version) {
    return `Release ${version.tag}`;
}
/** The guard of a prepared release's branch (started while the prepare plans). */
function releaseBranchGuard(request) {
    return branchGuard({
        git: request.checkout.git,
        remote: request.remote,
        branch: releaseBranch(request.version),
        baseCommit: request.checkout.baseCommit,
        subject: releaseSubject(request.version),
        replaceable: request.replaceable
    });
}
/** An opened, updated or unchanged pull request as an operation's outcome. */
function pullOutcome(opened) {
    const { pull, status } = opened;
    return {
        status: status === 'unchanged' ? 'unchanged' : 'done',
        detail: `${status} #${pull.number} ${pull.url}`,
        value: { number: pull.number, url: pull.url }
    };
}
/**
 * The guard of `branch`: its commits must be release commits (`subject` on a
 * parent the base holds), or be `replaceable` — an earlier run's (a patch
 * release's picks on an older tip of its patch branch); default: never.
 */
function branchGuard(request) {
    const { git, remote, branch, baseCommit, subject } = request;
    /** Fetches a remote tip this checkout does not have, then looks at its commits. */
    const refuseForeign = async (tip, where) => {
        if (where.remote && !(await git.revParse(tip))) {
            if (!(await git.fetchCommit(where.remote, tip)))
                throw new release_errors/* ReleaseError */.K2(`could not fetch ${where.remote}/${branch} (${tip.slice(0, 12)})`);
        }
        const foreign = await foreignCommits(git, tip, baseCommit, subject);
        if (foreign.length > 0 && !(await request.replaceable?.(tip, subject)))
            throw foreignBranchError(where, foreign);
    };
    const readTips = async () => {
        const local = await git.revParse(`refs/heads/${branch}`);
        if (local)
            await refuseForeign(local, { branch });
        const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined;
        if (remote && remoteTip)
            await refuseForeign(remoteTip, { branch, remote });
        return { local, remote: remoteTip };
    };
    let read;
    return { tips: () => (read ??= readTips()), refuseForeign };
}
/** How many times a push rejected because the remote branch moved is looked at again. */
const PUSH_ATTEMPTS = 3;
/**
 * Pushes `made` over the branch's tip on the remote, with a lease on the tip
 * looked at. Someone may push between our look and our push: the lease
 * refuses it, and the branch is looked at again, at most PUSH_ATTEMPTS times.
 * `refuseForeign` throws when a tip holds commits that are not ours.
 */
async function pushWithLease(request) {
    for (let attempt = 1;; attempt++) {
        const tip = await request.remoteTip();
        if (tip === request.made)
            return {
                status: attempt === 1 ? 'unchanged' : 'done',
                detail: `${request.where} is at ${request.made.slice(0, 12)}`
            };
        if (tip)
            await request.refuseForeign(tip);
        try {
            await request.push(tip);
        }
        catch (error) {
            if (error instanceof effects_git/* PushRejected */.j2 && attempt < PUSH_ATTEMPTS)
                continue;
            throw error;
        }
        return { status: 'done', detail: tip ? `replaced ${tip.slice(0, 12)}` : 'new branch' };
    }
}
/**
 * The commits of `tip` beyond `baseCommit` that are not a release commit of
 * ours (the release commit's subject on a parent the base holds), newest
 * first. Empty: the branch may be replaced, or built upon when its tip is an
 * ancestor of the base.
 */
async function foreignCommits(git, tip, baseCommit, subject) {
    const foreign = [];
    for (const commit of await git.commitsSince(baseCommit, tip)) {
        const ours = commit.subject === subject &&
            commit.parent !== undefined &&
            (await git.isAncestor(commit.parent, baseCommit));
        if (!ours)
            foreign.push({ sha: commit.sha, subject: commit.subject });
    }
    return foreign;
}
/** The refusal for a branch with foreign commits: it names them, and what to do. */
function foreignBranchError(where, foreign) {
    const shown = foreign
        .slice(0, 5)
        .map((commit) => `${commit.sha.slice(0, 12)} "${commit.subject}"`)
        .join(', ');
    const more = foreign.length > 5 ? ` and ${foreign.length - 5} more` : '';
    const { branch, remote } = where;
    const place = remote ? `${remote}/${branch}` : `the local branch ${branch}`;
    const fix = remote
        ? `merge them into the base branch or keep them on another branch, then delete ${remote}/${branch} (git push ${remote} --delete ${branch}) and rerun`
        : `merge them into the base branch or keep them on another branch (git branch -m ${branch} <other-name>), then rerun`;
    return new release_errors/* InputError */.dz('branch', `${place} holds ${foreign.length} commit(s) that release-actions did not make: ${shown}${more}; it was left as it is. To go on, ${fix}`);
}
/**
 * The operations that publish file changes as a branch and pull request, each
 * a no-op when its effect is already there: commit (same tree on the same
 * parent: reuse), push (remote at that commit: skip; remote holds a commit of
 * ours on an older base: replace it; pushed meanwhile: look again, bounded),
 * pull request (open one for the branch: update it), labels. A branch, local
 * or remote, that holds commits not made by the release is never reset:
 * the guard refuses it, naming them.
 */
function publishBranchOperations(request) {
    const { git, github, remote, branch, baseCommit, guard } = request;
    const commit = {
        kind: 'git',
        title: `commit ${request.files.length} file${request.files.length === 1 ? '' : 's'} on branch ${branch} from ${request.baseBranch} (${baseCommit.slice(0, 12)}), signed off by ${request.identity.name}`,
        apply: async () => {
            // The branch moves only from the tip looked at: update-ref refuses it if it moved since.
            const tips = await guard.tips();
            const made = await git.commitFiles(baseCommit, request.files.map((file) => ({ path: file.path, content: file.after })), request.commitMessage, request.identity);
            if (remote && tips.remote)
                await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
            for (const candidate of [tips.remote, tips.local]) {
                if (!candidate)
                    continue;
                if ((await git.treeOf(candidate)) === made.tree &&
                    (await git.parentOf(candidate)) === baseCommit) {
                    await git.updateBranch(branch, candidate, tips.local ?? '');
                    return {
                        status: 'unchanged',
                        detail: `branch already at ${candidate.slice(0, 12)}`,
                        value: candidate
                    };
                }
            }
            await git.updateBranch(branch, made.commit, tips.local ?? '');
            return { status: 'done', detail: made.commit.slice(0, 12), value: made.commit };
        }
    };
    if (!remote || !github || !request.pull)
        return { operations: [commit], commit, pull: undefined };
    const pullRequest = request.pull;
    const push = {
        kind: 'git',
        title: `push ${branch} to ${remote}`,
        apply: async (products) => {
            const local = products.of(commit);
            return pushWithLease({
                where: `${remote}/${branch}`,
                made: local,
                remoteTip: () => git.lsRemoteBranch(remote, branch),
                refuseForeign: (tip) => guard.refuseForeign(tip, { branch, remote }),
                push: (tip) => git.push(remote, `${local}:refs/heads/${branch}`, {
                    forceWithLease: `refs/heads/${branch}:${tip ?? ''}`
                })
            });
        }
    };
    const pull = {
        kind: 'github',
        title: `open the pull request ${branch} -> ${request.baseBranch} in ${github.name} (or update the open one)`,
        apply: async () => {
            return pullOutcome(await github.pulls.openOrUpdate({
                head: branch,
                base: request.baseBranch,
                title: pullRequest.title,
                body: pullRequest.body
            }));
        }
    };
    const operations = [commit, push, pull];
    if (pullRequest.labels.length > 0) {
        operations.push({
            kind: 'github',
            title: `label the pull request ${pullRequest.labels.join(', ')}`,
            apply: async (products) => {
                const added = await github.labels.ensure(products.of(pull).number, pullRequest.labels);
                return added.length > 0
                    ? { status: 'done', detail: added.join(', ') }
                    : { status: 'unchanged' };
            }
        });
    }
    return { operations, commit, pull };
}
/** The steps that publish a prepared release, with its commit message and pull request body. */
function releaseBranchOperations(request) {
    const { checkout, version, previous, files, notes } = request;
    const branch = releaseBranch(version);
    const identity = request.identity ?? ACTIONS_BOT;
    const changes = request.changeLines ?? (0,change_groups/* changeLines */.Ow)(files);
    const following = previous ? ` (previous: ${previous.tag})` : '';
    const message = commitMessage(releaseSubject(version), [
        `Prepare the ${request.project} ${version.tag} release${following}:`,
        ...changes.map((line) => `- ${line}`)
    ], identity);
    // The pull request's body (its diffs) only when there is one: a branch pushed to GitHub.
    const pullBody = () => [
        `Prepares the ${request.project} ${version.tag} release${following}. Made by release-actions ${request.phase}.`,
        '',
        '### Changes',
        ...(0,summary/* changesMarkdown */.T4)(files, request.changeLines),
        '',
        ...(0,summary/* notesMarkdown */.BJ)(notes, 100),
        `When this merges, ${request.afterMerge}`
    ].join('\n');
    const published = publishBranchOperations({
        git: checkout.git,
        github: request.github,
        remote: request.remote,
        baseBranch: request.base,
        baseCommit: checkout.baseCommit,
        branch,
        files,
        commitMessage: message,
        identity,
        pull: request.remote && request.github
            ? { title: releaseSubject(version), body: pullBody(), labels: request.labels }
            : undefined,
        guard: request.guard
    });
    return { ...published, branch };
}

;// CONCATENATED MODULE: ./src/steps/patch-branch.ts






/**
 * The release line of the `base`, `patch-of` and `cherry-pick` inputs, read
 * from the repository's tags (fetched first when pushing). Undefined for a
 * release from a branch that is no patch branch (main).
 */
async function releaseLineOf(settings) {
    if (!(0,release_version/* asksForPatchLine */.go)(settings))
        return undefined;
    const git = await (0,steps_checkout/* openRepository */.h_)(settings.repoDir, settings.remote);
    if (settings.remote)
        await git.fetchTags(settings.remote);
    const line = (0,release_version/* parseReleaseLine */.PC)({
        base: settings.base,
        patchOf: settings.patchOf?.trim() ?? '',
        cherryPick: settings.cherryPick?.trim() ?? ''
    }, await git.tags());
    return line.patch ? line : undefined;
}
/**
 * The checkout of a patch release. The files are read from a throwaway
 * worktree (the checkout stays on whatever it has, main in a workflow), so
 * only a clean repository is asked for. The patch branch is the remote's when
 * pushing, else the local one; when it is missing it is planned from the tag
 * and never reset once it exists.
 */
async function inspectPatchLine(repoDir, line, remote, 
/** Make the branch from the tag when it is missing (`patch-of`); else a missing branch is refused. */
mayCreate) {
    const patch = line.patch;
    const git = await (0,steps_checkout/* openRepository */.h_)(repoDir, remote);
    const branch = patch.branch;
    let baseRef;
    let create = false;
    let mainRef = 'refs/heads/main';
    if (remote) {
        if (await git.lsRemoteBranch(remote, 'main')) {
            mainRef = `refs/remotes/${remote}/main`;
            await git.fetch(remote, [`+refs/heads/main:${mainRef}`]);
        }
    }
    const remoteTip = remote ? await git.lsRemoteBranch(remote, branch) : undefined;
    if (remote && remoteTip) {
        baseRef = `refs/remotes/${remote}/${branch}`;
        await git.fetch(remote, [`+refs/heads/${branch}:${baseRef}`]);
    }
    else if (!remote && (await git.revParse(`refs/heads/${branch}`))) {
        baseRef = `refs/heads/${branch}`;
    }
    else if (mayCreate) {
        create = true;
        baseRef = `refs/tags/${patch.patched.tag}`;
    }
    else {
        throw new release_errors/* InputError */.dz('base', `branch "${branch}" not found ${remote ? `on ${remote}` : `in ${repoDir}`}; give patch-of ${patch.patched.tag} to make it from its tag, or another base`);
    }
    const baseCommit = await git.revParse(`${baseRef}^{commit}`);
    if (!baseCommit) {
        throw new release_errors/* InputError */.dz('patch-of', `tag ${patch.patched.tag} is not in ${repoDir}; fetch the tags (fetch-depth: 0) and rerun`);
    }
    return {
        checkout: {
            git,
            baseRef,
            baseCommit,
            tags: await git.tags(),
            mergedTags: await git.tagsMergedInto(baseCommit)
        },
        create,
        mainRef
    };
}
/**
 * Plans the picks and makes them as objects only (a throwaway worktree; no
 * ref moves), so that a conflict stops the plan before anything changes and
 * the release commit's parent is known. `releaseTip` is an earlier run's
 * release branch: its picks are kept when they match.
 */
async function pickOntoPatchBranch(checkout, line, found, releaseTip, identity, 
/** Online: the pulls API, for #N (its merge commit); offline, #N is found in main's history. */
github) {
    const patch = line.patch;
    const plan = await planCherryPicks({
        git: checkout.git,
        patchBranch: patch.branch,
        patchTip: checkout.baseCommit,
        refs: line.picks,
        mainRef: found.mainRef,
        releaseTip,
        mergeCommitOfPull: github ? (number) => mergeCommitOf(github, number) : undefined
    });
    const applied = await applyCherryPicks(checkout.git, plan, identity);
    return {
        patch,
        patchTip: checkout.baseCommit,
        create: found.create,
        mainRef: found.mainRef,
        tip: applied.tip,
        pickCommits: applied.commits.map((commit) => commit.commit),
        pickSources: plan.picks.map((pick) => pick.commit),
        // The same lines whether this run picks or keeps an earlier run's pick, so a rerun's pull
        // request body is unchanged; skipped picks are told by the plan's notes.
        pickLines: describePicks({
            ...plan,
            picks: plan.picks.map((pick) => pick.action === 'reuse' ? { ...pick, action: 'pick' } : pick)
        }).filter((_, index) => plan.picks[index].action !== 'skip'),
        notes: [...plan.notes.filter((note) => note.kind !== 'info'), ...applied.notes]
    };
}
/** A pull request's merge commit through the pulls API; undefined when it is not merged or not there. */
async function mergeCommitOf(github, number) {
    let pull;
    try {
        pull = await github.pulls.get(number);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
    return pull.merged ? (pull.mergeCommitSha ?? undefined) : undefined;
}
/**
 * The operation that makes the patch branch from the patched tag: a local
 * branch, pushed when there is a remote. A branch that exists is left as it
 * is (never reset).
 */
function createPatchBranchOperation(checkout, line, remote) {
    const { git } = checkout;
    const { branch, patched } = line.patch;
    return {
        kind: 'git',
        title: `create ${branch} from tag ${patched.tag} (${line.patchTip.slice(0, 12)})${remote ? ` on ${remote}` : ''}`,
        apply: async () => {
            if (remote) {
                const there = await git.lsRemoteBranch(remote, branch);
                if (there)
                    return {
                        status: 'unchanged',
                        detail: `${remote}/${branch} exists at ${there.slice(0, 12)}`
                    };
                await git.push(remote, `${line.patchTip}:refs/heads/${branch}`, {
                    forceWithLease: `refs/heads/${branch}:`
                });
                return { status: 'done', detail: `${remote}/${branch} at ${line.patchTip.slice(0, 12)}` };
            }
            const local = await git.revParse(`refs/heads/${branch}`);
            if (local)
                return { status: 'unchanged', detail: `${branch} exists at ${local.slice(0, 12)}` };
            await git.updateBranch(branch, line.patchTip);
            return { status: 'done', detail: `${branch} at ${line.patchTip.slice(0, 12)}` };
        }
    };
}
/**
 * Runs `plan` on the release's tree: the checkout at the base commit, or, for
 * a patch release, a throwaway worktree at the last pick. The picks are made
 * as objects first (a conflict stops here, nothing changed).
 */
async function inReleaseTree(settings, started, plan) {
    const { checkout, patch } = started;
    if (!patch) {
        return plan({
            dir: settings.repoDir,
            git: checkout.git,
            commit: checkout.baseCommit,
            patch: { tracked: await trackedAt(checkout.git, checkout.baseCommit), treeGit: checkout.git }
        });
    }
    const patchLine = await pickOntoPatchBranch(checkout, patch.line, patch, await earlierReleaseTip(checkout.git, settings.remote, releaseBranch(started.version)), settings.identity ?? ACTIONS_BOT, settings.offline ? undefined : settings.github);
    return checkout.git.withWorktree(patchLine.tip, async (dir, git) => plan({
        dir,
        git,
        commit: patchLine.tip,
        patch: { patchLine, tracked: await trackedAt(git, patchLine.tip), treeGit: git }
    }));
}
/**
 * The files of the tree a prepare reads: `commit`'s, which the checkout (clean,
 * at the base) or the worktree holds; the release commit's index reuses the listing.
 */
async function trackedAt(git, commit) {
    return (await git.filesAt(commit)).map((entry) => entry.name);
}
/** The release branch an earlier run made (the remote's when pushing), for its picks. */
async function earlierReleaseTip(git, remote, branch) {
    if (remote) {
        const tip = await git.lsRemoteBranch(remote, branch);
        if (!tip)
            return undefined;
        await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        return tip;
    }
    return git.revParse(`refs/heads/${branch}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/release/files.ts



function readRepoFile(repoDir, path) {
    const full = (0,external_node_path_.join)(repoDir, path);
    return (0,external_node_fs_.existsSync)(full) ? (0,external_node_fs_.readFileSync)(full, 'utf8') : undefined;
}
function requireRepoFile(repoDir, path, what) {
    const content = readRepoFile(repoDir, path);
    if (content === undefined) {
        throw new release_errors/* InputError */.dz(path, `not found in ${repoDir}; ${what}`);
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

;// CONCATENATED MODULE: ./src/steps/release-notes.ts



/**
 * Starts the changelog while the rest of the plan is made: notes read from
 * git history start now (their git processes run beside the planning), notes
 * from the API when planChangelog asks for them (no request is sent before
 * the plan's own checks have passed).
 */
function readChangelog(request) {
    const path = changelogPath(request.changelogDir, request.version);
    if (readRepoFile(request.repoDir, path) !== undefined)
        return { request, path, notes: undefined };
    if (!request.offline && request.github)
        return { request, path, notes: () => releaseNotes(request) };
    const read = releaseNotes(request);
    // Awaited by planChangelog; a failure meanwhile (the plan may stop first) is not unhandled.
    read.catch(() => undefined);
    return { request, path, notes: () => read };
}
/**
 * The changelog: kept when the release already has one, else the summary
 * paragraph and the release notes since the previous release. Returns its path.
 */
async function planChangelog(pending, edits, notes) {
    const { request, path } = pending;
    const { version, previous } = request;
    if (!pending.notes) {
        notes.push({ kind: 'info', path, message: 'exists already; kept as it is' });
        return path;
    }
    edits.set(path, formatChangelog(summaryParagraph(version, previous, request.summary), await pending.notes()), `release notes since ${previous?.tag ?? 'the first commit'}`);
    return path;
}
/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(request) {
    const { git, version, previous } = request;
    const pullsIn = async (commits) => mergedPulls(parseCommitLog(await git.logText(commits, CHANGELOG_FORMAT)), request.repository);
    /**
     * The notes of `listed`; new contributors are those with no pull request
     * before `previous` (read while `listed` is: the two logs overlap).
     */
    const notesOf = async (listed) => {
        const [pulls, earlier] = await Promise.all([listed, previous ? pullsIn(previous.tag) : []]);
        return formatReleaseNotes(pulls, firstContributions(pulls, earlier), request.repository, version.tag, previous?.tag);
    };
    if (request.picks) {
        // generate-notes sees no merged pull request on a patch branch: list where the picks came from.
        // Online, the commit's pull requests API; offline, the merge commit in main's history.
        const github = request.offline ? undefined : request.github;
        const picked = pullsOfPicks(git, request.picks.commits, {
            mainRef: request.picks.mainRef,
            repository: request.repository,
            pullOfCommit: github
                ? async (sha) => (await github.pulls.mergedOfCommit(sha)).at(0)
                : undefined
        });
        return notesOf(picked.then(({ pulls }) => pulls));
    }
    if (!request.offline && request.github) {
        return request.github.releases.generateNotes(version.tag, request.baseCommit, previous?.tag);
    }
    const range = previous ? `${previous.tag}..${request.baseCommit}` : request.baseCommit;
    return notesOf(pullsIn(range));
}

// EXTERNAL MODULE: ./src/release/lazy/toml.cjs
var toml = __webpack_require__(5515);
;// CONCATENATED MODULE: ./src/release/toml.ts

const parse = ((...args) => (0,toml/* toml */.h)().parse(...args));

// EXTERNAL MODULE: ./src/release/lazy/yaml.cjs
var lazy_yaml = __webpack_require__(7094);
;// CONCATENATED MODULE: ./src/release/yaml.ts

const yaml_parse = ((...args) => (0,lazy_yaml/* yaml */.o)().parse(...args));
const parseDocument = ((...args) => (0,lazy_yaml/* yaml */.o)().parseDocument(...args));
const parseAllDocuments = ((...args) => (0,lazy_yaml/* yaml */.o)().parseAllDocuments(...args));
const isMap = ((node) => (0,lazy_yaml/* yaml */.o)().isMap(node));
const isScalar = ((node) => (0,lazy_yaml/* yaml */.o)().isScalar(node));
const isSeq = ((node) => yaml().isSeq(node));
/** Scalar's static members (Scalar.QUOTE_SINGLE...), read from yaml when used. */
const Scalar = new Proxy({}, {
    get: (_, key) => Reflect.get((0,lazy_yaml/* yaml */.o)().Scalar, key)
});
/** `YAML.parse(...)` as the default import offers it. */
const YAML = { parse: yaml_parse, parseDocument, parseAllDocuments };
/* harmony default export */ const release_yaml = (YAML);

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

;// CONCATENATED MODULE: ./src/updaters/text.ts
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
    const doc = parsedOnce('package.json', content, (text) => parseDocument(text));
    if (doc.errors.length > 0 || !isMap(doc.contents))
        return false;
    const within = (node, sections) => {
        if (!isMap(node))
            return false;
        return node.items.some((pair) => {
            const key = isScalar(pair.key) ? String(pair.key.value) : '';
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
                parsed: parse(text),
                strings: [...locateTomlStrings(text).values()]
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
const ANY_RELEASE = new RegExp(`${VERSION_START}v?(\\d+\\.\\d+\\.\\d+(?:-rc\\d+)?)(?![0-9A-Za-z]|\\.[0-9])`, 'g');
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

;// CONCATENATED MODULE: ./src/updaters/docs.ts


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
const docs_MESSAGE_LIMIT = 120;
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
        content = spliceAll(content, edits);
    }
    return { content, replacements };
}
/** The pattern as a RegExp with the version in a named group; undefined when it cannot match. */
function compileDocPattern(source, previous) {
    const placeholders = [...source.matchAll(PLACEHOLDER)];
    if (placeholders.length !== 1) {
        throw new release_errors/* InputError */.dz('docs', `pattern "${source}" holds ${placeholders.length} placeholders; write exactly one {version} (any release version) or {previous} (the previous release)`);
    }
    const kind = placeholders[0][1];
    if (kind === 'previous' && previous === undefined)
        return undefined;
    const version = kind === 'version'
        ? `${VERSION_START}(?<${GROUP}>${ANY_VERSION_SOURCE})(?![0-9]|\\.[0-9])`
        : `${VERSION_START}(?<${GROUP}>${escapeRegExp(previous)})${VERSION_END}`;
    const regexSource = source.replace(PLACEHOLDER, () => version);
    try {
        return new RegExp(regexSource, 'dg');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new release_errors/* InputError */.dz('docs', `pattern "${source}" is not a valid regular expression (${reason})`);
    }
}
/**
 * A `review` note for each line that still mentions `version` as a whole
 * version (not 10.6.0, 0.6.01 or 0.6.0-rc1 for 0.6.0), with or without a "v".
 */
function findVersionMentions(path, content, version) {
    const mention = exactVersionRegExp(version, '');
    const notes = [];
    content.split('\n').forEach((line, index) => {
        if (!mention.test(line))
            return;
        const text = line.trim();
        const message = text.length > docs_MESSAGE_LIMIT ? `${text.slice(0, docs_MESSAGE_LIMIT - 1)}…` : text;
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
/** Each glob's pattern, made once: the review list asks for every tracked file. */
const GLOBS = new Map();
function globRegExp(glob) {
    let made = GLOBS.get(glob);
    if (made)
        return made;
    const source = glob
        .split(/(\*\*\/?|\*)/)
        .map((part) => part === '**/'
        ? '(?:.*/)?'
        : part === '**'
            ? '.*'
            : part === '*'
                ? '[^/]*'
                : escapeRegExp(part))
        .join('');
    made = new RegExp(`^${source}$`);
    GLOBS.set(glob, made);
    return made;
}

;// CONCATENATED MODULE: ./src/steps/review-list.ts




const MAX_FILE_SIZE = 1 << 20;
/**
 * Starts looking for the files that mention `version` (undefined: no review
 * list), so that `git grep` runs while the rest of the plan is made.
 */
function startReview(git, version) {
    if (version === undefined)
        return undefined;
    const holding = git.filesContaining(version);
    // Awaited by the plan's end; a failure meanwhile (the plan may stop first) is not unhandled.
    holding.catch(() => undefined);
    return { version, holding };
}
/**
 * What a human should look at, never edited: every other mention of the old
 * version (in the files of `tracked` that `holding` names, as `git grep`
 * found them, and in the edited ones) but dependency pins (go.mod, lock files, package.json dependencies,
 * Cargo.toml's third-party entries), then the lines of the files the release
 * edits (not the changelog at `changelogPath`) that still name a release older
 * than `previous`, each with file and line.
 */
function reviewList(tracked, holding, repoDir, reviewExclude, files, oldVersion, stale = {}) {
    const changed = new Map(files.map((file) => [file.path, file.after]));
    const contents = new Map();
    const notes = [];
    for (const path of tracked) {
        let content = changed.get(path);
        if (content === undefined && !holding.has(path))
            continue;
        if (isReviewExcluded(path, reviewExclude))
            continue;
        if (content === undefined) {
            const buffer = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, path));
            if (buffer.length > MAX_FILE_SIZE || buffer.includes(0))
                continue;
            content = buffer.toString('utf8');
        }
        if (!content.includes(oldVersion))
            continue;
        contents.set(path, content);
        notes.push(...findVersionMentions(path, content, oldVersion));
    }
    const kept = withoutDependencyPins(notes, (path) => contents.get(path));
    if (stale.version) {
        const edited = files
            .filter((file) => file.path !== stale.changelogPath)
            .filter((file) => !isReviewExcluded(file.path, reviewExclude))
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
        throw new release_errors/* InputError */.dz('token', 'a GitHub token is needed to open the pull request');
    if (!settings.offline && !settings.github)
        throw new release_errors/* InputError */.dz('token', 'a GitHub token is needed to generate the release notes; use offline');
    const line = settings.patchLines ? await releaseLineOf(settings) : undefined;
    const base = line?.base ?? settings.base;
    let checkout;
    let patch;
    if (line) {
        const found = await inspectPatchLine(settings.repoDir, line, settings.remote, Boolean(settings.patchOf?.trim()));
        checkout = found.checkout;
        patch = { line, create: found.create, mainRef: found.mainRef };
    }
    else {
        checkout = await (0,steps_checkout/* inspectCheckout */.dX)(settings.repoDir, settings.base, settings.remote);
    }
    (0,release_version/* assertVersionOrder */.h1)(version, checkout.mergedTags, checkout.tags, base);
    const previous = (0,release_version/* previousRelease */.Fi)(version, checkout.mergedTags);
    const since = settings.changelogSince?.trim()
        ? (0,release_version/* parseChangelogSince */.iy)(settings.changelogSince, version, checkout.mergedTags, base)
        : previous;
    return { version, checkout, previous, since, base, patch };
}
/**
 * Starts the reads of a prepare's tail as its plan begins: the changelog (see
 * readChangelog: a patch release's notes list its picks, read at their tip),
 * and the release branch's tips, one with someone's commits refused.
 */
function startFinish(request) {
    const { settings, started, patchLine } = request;
    const checkout = releaseCheckout(started, patchLine);
    const changelog = readChangelog({
        repoDir: settings.repoDir,
        repository: settings.repository,
        changelogDir: request.config.changelogDir,
        offline: settings.offline,
        github: settings.github,
        summary: settings.summary,
        git: checkout.git,
        baseCommit: checkout.baseCommit,
        version: started.version,
        previous: started.since,
        picks: patchLine ? { commits: patchLine.pickCommits, mainRef: patchLine.mainRef } : undefined
    });
    const guard = releaseBranchGuard({
        checkout,
        remote: settings.remote,
        version: started.version,
        // The patch branch moved since an earlier run: that run's branch (its
        // release commit on picks of this run's cherry-pick input, on an older
        // patch tip) is ours and is replaced; anything else is refused.
        replaceable: patchLine
            ? (tip, subject) => isEarlierReleaseBranch(checkout.git, patchLine.patchTip, tip, subject, patchLine.pickSources)
            : undefined
    });
    // Awaited by finishRelease, unless the plan stops first: a failure meanwhile is not unhandled.
    guard.tips().catch(() => undefined);
    return { changelog, guard };
}
/** The checkout the release commit goes on: a patch release's is at its picks, whose files were read. */
function releaseCheckout(started, patchLine) {
    return patchLine ? { ...started.checkout, baseCommit: patchLine.tip } : started.checkout;
}
/** The tail of every prepare: the changelog, the review list, the release branch and its pull request. */
async function finishRelease(request) {
    const { started, edits, notes, patchLine } = request;
    const settings = { ...request.settings, base: started.base };
    const { version, previous } = started;
    const checkout = releaseCheckout(started, patchLine);
    const { guard } = request.pending;
    if (patchLine) {
        notes.push(...patchLine.pickLines.map((line) => ({
            kind: 'info',
            message: `cherry-pick onto ${patchLine.patch.branch}: ${line}`
        })), ...patchLine.notes);
    }
    const changelogPath = await planChangelog(request.pending.changelog, edits, notes);
    const files = edits.changes();
    const { review } = request;
    if (review) {
        notes.push(...reviewList(request.tracked, new Set(await review.holding), settings.repoDir, request.config.reviewExclude, files, review.version, { previous, version, changelogPath }));
    }
    const publish = releaseBranchOperations({
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
        afterMerge: request.afterMerge,
        guard
    });
    // A release branch with someone's commits is refused before the plan is shown.
    await guard.tips();
    if (patchLine?.create) {
        publish.operations.unshift(createPatchBranchOperation(checkout, patchLine, settings.remote));
    }
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
        base: started.base,
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/release/config.ts





/** Where a repository keeps the optional overrides of its preset. */
const CONFIG_FILE = '.github/release-actions.yml';
/** The edits of a bpfman release besides Cargo.toml and the changelog, which every release makes. */
const BPFMAN_EDITS = [
    'cargo-lock',
    'examples-makefile',
    'example-configs',
    'dispatcher',
    'docs'
];
const BPFMAN_PRESET = {
    cargoToml: 'Cargo.toml',
    cargoLock: 'Cargo.lock',
    examplesMakefile: 'examples/Makefile',
    exampleConfigs: 'examples/config',
    dispatcherSource: 'bpfman/src/lib.rs',
    dispatcherImages: ['quay.io/bpfman/xdp-dispatcher', 'quay.io/bpfman/tc-dispatcher'],
    changelogDir: 'changelogs',
    docRules: BPFMAN_DOC_RULES,
    reviewExclude: ['changelogs/', 'vendor/', 'examples/config/', '*.lock', 'go.sum', '.git/'],
    labels: ['release'],
    prereleaseEdits: ['cargo-lock']
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
                compileDocPattern(pattern, '0.0.0');
            }
            catch (error) {
                return `${shape}; ${(0,release_errors/* messageOf */.bD)(error).replace(/^docs: /, '')}`;
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
    labels: isStringList,
    prereleaseEdits: (v) => Array.isArray(v) && v.every((item) => BPFMAN_EDITS.includes(item))
        ? undefined
        : `a list of edits among ${BPFMAN_EDITS.join(', ')}`
};
/**
 * Validates a parsed config file against a preset's keys: one error line per
 * bad key, all of them at once, naming the file.
 */
function mergeConfig(preset, checks, overrides, source) {
    if (overrides === null || overrides === undefined)
        return preset;
    if (typeof overrides !== 'object' || Array.isArray(overrides)) {
        throw new release_errors/* InputError */.dz(source, 'must be a mapping of keys to values');
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
        throw new release_errors/* InputError */.dz(source, `invalid configuration:\n  - ${errors.join('\n  - ')}`);
    }
    return merged;
}
function readConfigFile(repoDir, file = CONFIG_FILE) {
    const path = (0,external_node_path_.join)(repoDir, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return release_yaml.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new release_errors/* InputError */.dz(file, `is not valid YAML: ${error.message}`);
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

// EXTERNAL MODULE: ./src/effects/github/client.ts + 12 modules
var client = __webpack_require__(7776);
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
        throw new release_errors/* InputError */.dz('version', gate.refusal(Boolean(release)));
    return release.url;
}

;// CONCATENATED MODULE: ./src/updaters/operator-annotations.ts



/** The bundle annotation that names the OLM package. */
const PACKAGE_ANNOTATION = 'operators.operatorframework.io.bundle.package.v1';
/** The annotation community-operators-prod needs: the OpenShift versions the bundle is for. */
const OPENSHIFT_VERSIONS_ANNOTATION = 'com.redhat.openshift.versions';
function annotationsMap(content, path) {
    const doc = release_yaml.parseDocument(content);
    if (doc.errors.length > 0)
        throw new release_errors/* InputError */.dz(path, `is not valid YAML: ${doc.errors[0].message}`);
    const map = doc.get('annotations', true);
    if (!isMap(map))
        throw new release_errors/* InputError */.dz(path, 'has no "annotations:" mapping; expected the bundle\'s metadata/annotations.yaml');
    return map;
}
function keyOf(pair) {
    return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
/** The annotations as plain strings. */
function readAnnotations(content, path = 'metadata/annotations.yaml') {
    const out = {};
    for (const pair of annotationsMap(content, path).items) {
        const key = keyOf(pair);
        if (key !== undefined && isScalar(pair.value))
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
        throw new release_errors/* InputError */.dz(path, 'writes "annotations" as a flow mapping ({...}); expected one annotation per line');
    const existing = map.items.find((pair) => keyOf(pair) === key);
    if (existing && isScalar(existing.value) && existing.value.range) {
        if (String(existing.value.value) === value)
            return content;
        const [start, end] = existing.value.range;
        const quoted = existing.value.type === Scalar.QUOTE_SINGLE
            ? `'${value.replace(/'/g, "''")}'`
            : JSON.stringify(value);
        return spliceAll(content, [
            {
                start,
                end,
                text: existing.value.type === Scalar.PLAIN && isPlainSafe(value) ? value : quoted
            }
        ]);
    }
    const last = map.items[map.items.length - 1];
    if (!last || !isScalar(last.key) || !last.key.range) {
        throw new release_errors/* InputError */.dz(path, 'has an empty "annotations:" mapping; expected the bundle annotations');
    }
    const keyStart = last.key.range[0];
    const indent = content.slice(content.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
    const valueEnd = isScalar(last.value) && last.value.range ? last.value.range[1] : last.key.range[1];
    const newline = content.indexOf('\n', valueEnd);
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const line = `${indent}${key}: ${JSON.stringify(value)}`;
    if (newline < 0)
        return `${content}${eol}${line}${eol}`;
    return spliceAll(content, [{ start: newline + 1, end: newline + 1, text: `${line}${eol}` }]);
}
function isPlainSafe(value) {
    return /^[A-Za-z0-9][\w.\-/=]*$/.test(value);
}

;// CONCATENATED MODULE: ./src/updaters/operator-csv.ts



function operator_csv_parse(content, path) {
    const doc = release_yaml.parseDocument(content);
    if (doc.errors.length > 0) {
        throw new release_errors/* InputError */.dz(path, `is not valid YAML: ${doc.errors[0].message}`);
    }
    return doc;
}
function operator_csv_text(value) {
    return value === undefined || value === null ? undefined : String(value);
}
function readCsvIdentity(content, path = 'the CSV') {
    const doc = operator_csv_parse(content, path);
    return {
        name: operator_csv_text(doc.getIn(['metadata', 'name'])),
        version: operator_csv_text(doc.getIn(['spec', 'version'])),
        replaces: operator_csv_text(doc.getIn(['spec', 'replaces']))
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
    const doc = operator_csv_parse(content, path);
    const spec = doc.get('spec', true);
    if (!isMap(spec))
        return { content, removed: undefined };
    const pair = spec.items.find((item) => isScalar(item.key) && item.key.value === 'replaces');
    if (!pair || !isScalar(pair.key) || !pair.key.range)
        return { content, removed: undefined };
    const keyStart = pair.key.range[0];
    const valueEnd = isScalar(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range[1];
    const lineStart = content.lastIndexOf('\n', keyStart - 1) + 1;
    const newline = content.indexOf('\n', valueEnd);
    const lineEnd = newline < 0 ? content.length : newline + 1;
    return {
        content: spliceAll(content, [{ start: lineStart, end: lineEnd, text: '' }]),
        removed: operator_csv_text(isScalar(pair.value) ? pair.value.value : undefined)
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
    const alternatives = prefixes.map(escapeRegExp).join('|');
    const image = new RegExp(`(?<![\\w./-])((?:${alternatives})[\\w./-]*?):latest(?![\\w.-])`, 'g');
    const edits = [];
    const images = new Set();
    for (const match of content.matchAll(image)) {
        const at = (match.index ?? 0) + match[1].length + 1;
        edits.push({ start: at, end: at + 'latest'.length, text: tag });
        images.add(match[1]);
    }
    return { content: spliceAll(content, edits), images: [...images].sort() };
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
                const removed = removeReplaces(text, path);
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
        if (release_yaml.parseAllDocuments(content).some((doc) => doc.errors.length > 0))
            problems.push(`${folder}/${path}: is not valid YAML`);
        else if (path.startsWith('manifests/') && isCsv(content))
            csvs.push([path, content]);
    }
    if (csvs.length !== 1)
        problems.push(`${folder}/manifests: holds ${csvs.length} ClusterServiceVersions; expected exactly one`);
    for (const [path, content] of csvs) {
        const identity = readCsvIdentity(content, path);
        for (const mismatch of csvMismatches(identity, packageName, folderVersion)) {
            problems.push(`${folder}/${path}: ${mismatch} (the folder name must equal spec.version)`);
        }
        if (identity.replaces !== undefined)
            problems.push(`${folder}/${path}: sets spec.replaces; the catalogs use semver mode`);
    }
    const annotations = files.get(ANNOTATIONS_FILE);
    if (annotations === undefined)
        problems.push(`${folder}/${ANNOTATIONS_FILE}: missing`);
    else if (!release_yaml.parseAllDocuments(annotations).some((doc) => doc.errors.length > 0)) {
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
        throw new release_errors/* InputError */.dz('version', `${tag} has no ${bundleDir}/ folder; the catalogs are made from the released bundle`);
    const files = new Map();
    for (const name of names)
        files.set(name.slice(bundleDir.length + 1), (await git.readBlob(tag, name)));
    return files;
}
/** After the operator release: one pull request per community catalog, from the bot account's fork. */
async function planOperatorCatalogs(inputs) {
    const version = (0,release_version/* parseVersion */.ot)(inputs.version);
    const config = loadOperatorConfig(inputs.repoDir, inputs.configFile);
    if (inputs.push && !inputs.catalogOctokit) {
        throw new release_errors/* InputError */.dz('catalog-token', 'is required to fork the catalogs and open the pull requests; give a token of the bot account');
    }
    const git = await (0,steps_checkout/* openRepository */.h_)(inputs.repoDir);
    if (inputs.remote)
        await git.fetchTags(inputs.remote);
    if (!(await git.revParse(`refs/tags/${version.tag}`))) {
        throw new release_errors/* InputError */.dz('version', `tag ${version.tag} not found in ${inputs.repository}; the catalogs take the released bundle: release the operator first`);
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
            throw new release_errors/* ReleaseError */.K2(`the catalog copy for ${repository} fails the catalog checks; nothing was pushed:\n  - ${problems.join('\n  - ')}`);
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
        throw new release_errors/* InputError */.dz('catalogs', `${repository} not found (or not visible to the catalog token's account)`);
    }
    const workspace = await CatalogWorkspace.open(scratchRoot(inputs), repository, authFor(inputs));
    const tip = await workspace.fetchTip('upstream', gitUrl(inputs.gitServerUrl, repository), info.defaultBranch);
    if (!tip) {
        throw new release_errors/* ReleaseError */.K2(`${repository} has no branch ${info.defaultBranch}; nothing to open a pull request against`);
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
        throw new release_errors/* InputError */.dz('openshift-versions', `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} and the catalog was not fetched to follow its earlier bundles; give the OpenShift versions, e.g. v4.17`);
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
    throw new release_errors/* InputError */.dz('openshift-versions', `${repository} needs ${OPENSHIFT_VERSIONS_ANNOTATION} in ${ANNOTATIONS_FILE} and no earlier bundle there has one to follow; give the OpenShift versions, e.g. v4.17`);
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
                    throw new release_errors/* ReleaseError */.K2(`${forkClient.name} could not be synced with ${upstream.name} (${error.message}); its ${defaultBranch} has commits of its own: reset it to ${upstream.name}'s ${defaultBranch} (or delete the fork), then rerun`);
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
                throw new release_errors/* ReleaseError */.K2(`${(0,client/* repositoryName */.aR)(ref)} has no branch ${defaultBranch}`);
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
            return pushWithLease({
                where: `${(0,client/* repositoryName */.aR)(ref)}:${branch}`,
                made,
                remoteTip: () => workspace.remoteTip('fork', branch),
                refuseForeign: async (tip) => {
                    if (tip !== remoteTip)
                        await workspace.fetchTip('fork', forkUrl(ref), branch, 2);
                    if (!(await isOurs(tip)))
                        throw new release_errors/* InputError */.dz('catalogs', `${(0,client/* repositoryName */.aR)(ref)}:${branch} holds commits that operator-release did not make (tip ${tip.slice(0, 12)}); delete that branch, then rerun`);
                },
                push: (tip) => workspace.push('fork', made, branch, tip)
            });
        }
    };
    const pull = {
        kind: 'github',
        title: `open the pull request "${request.title}" ${request.bot}:${branch} -> ${defaultBranch} in ${upstream.name} (or update the open one)`,
        apply: async (products) => {
            return pullOutcome(await upstream.pulls.openOrUpdate({
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
            throw new release_errors/* ReleaseError */.K2(`the fork ${fork.name} did not appear within ${Math.round(timeoutMs / 1000)} s; rerun in a minute`);
        await new Promise((resolve) => setTimeout(resolve, 2000));
    }
}
function catalogCommitMessage(config, version, repository, changes, identity) {
    return commitMessage(catalogTitle(config.packageName, version), [
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

;// CONCATENATED MODULE: ./src/updaters/operator-version.ts

/** A release, release candidate or development version: 0.6.0, 0.6.0-rc1, 0.6.1-dev. */
const OPERATOR_VERSION = /^v?\d+\.\d+\.\d+(?:-(?:rc\d+|dev))?$/;
const VERSION_FILE = /^(\s*)(\S+)(\s*)$/;
const MAKEFILE_LINE = /^(VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/;
/** The VERSION file's one line, with its surrounding whitespace kept; "v" is kept when it had one. */
function updateVersionFile(content, newVersion, path = 'VERSION') {
    const match = VERSION_FILE.exec(content);
    if (!match || !OPERATOR_VERSION.test(match[2])) {
        throw new release_errors/* InputError */.dz(path, `holds "${content.trim()}", not a version; expected one line such as 0.6.1-dev`);
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
    throw new release_errors/* InputError */.dz(path, 'has no "VERSION ?= X.Y.Z" line and the repository has no VERSION file; the operator release needs one of them to hold the version');
}

;// CONCATENATED MODULE: ./src/steps/operator-version.ts


/** The VERSION file when the repository has one, else the Makefile's literal `VERSION ?=`. */
function findVersionSource(repoDir, config) {
    const file = readRepoFile(repoDir, config.versionFile);
    if (file !== undefined) {
        return {
            kind: 'version-file',
            path: config.versionFile,
            content: file,
            version: updateVersionFile(file, '0.0.0', config.versionFile).oldVersion
        };
    }
    const makefile = requireRepoFile(repoDir, config.makefile, `bpfman-operator keeps its version in a ${config.versionFile} file or in the Makefile's "VERSION ?= X.Y.Z"`);
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
        throw new release_errors/* InputError */.dz('token', 'a GitHub token is needed to open the pull request');
    const checkout = await (0,steps_checkout/* inspectCheckout */.dX)(inputs.repoDir, inputs.base, inputs.remote);
    if (!checkout.tags.includes(version.tag)) {
        throw new release_errors/* InputError */.dz('version', `tag ${version.tag} not found; next-dev runs after the release is tagged (tag-release), then rerun`);
    }
    const config = loadOperatorConfig(inputs.repoDir, inputs.configFile);
    const source = findVersionSource(inputs.repoDir, config);
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
        throw new release_errors/* InputError */.dz('version', `${source.path} on ${inputs.base} holds ${source.version}, not the release ${version.version}; next-dev moves ${version.version} to ${nextVersion} only. Check the version, or edit ${source.path} by hand`);
    }
    const edits = new FileEdits(inputs.repoDir);
    edits.set(source.path, setVersion(source, nextVersion), `version ${version.version} -> ${nextVersion}`);
    plan.files = edits.changes();
    const identity = inputs.identity ?? ACTIONS_BOT;
    const title = `Set ${source.path} to ${nextVersion}`;
    const guard = branchGuard({
        git: checkout.git,
        remote: inputs.remote,
        branch,
        baseCommit: checkout.baseCommit,
        subject: title
    });
    const publish = publishBranchOperations({
        git: checkout.git,
        github: inputs.github,
        remote: inputs.remote,
        baseBranch: inputs.base,
        baseCommit: checkout.baseCommit,
        branch,
        files: plan.files,
        commitMessage: commitMessage(title, [`The development version after the ${version.tag} release.`], identity),
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

;// CONCATENATED MODULE: ./src/steps/doc-edits.ts


/**
 * The allowlisted version references of each doc rule's file set to `version`
 * (a missing file is skipped). `what` names them in the reason: "version
 * reference(s)", "link(s)".
 */
function planDocRules(repoDir, rules, previous, version, edits, what) {
    for (const rule of rules) {
        const content = readRepoFile(repoDir, rule.path);
        if (content === undefined)
            continue;
        const updated = applyDocPatterns(content, rule.patterns, previous?.version, version.version);
        const counted = what.replace('(s)', updated.replacements === 1 ? '' : 's');
        edits.set(rule.path, updated.content, `${updated.replacements} ${counted} -> ${version.version}`);
    }
}

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
        const label = new RegExp(`(^|[\\s\\\\])(${RELEASE_LABELS.join('|')})=(["']?)(v?)(${ANY_VERSION_SOURCE})\\3(?=$|[\\s\\\\])`, 'g');
        for (const match of text.matchAll(label)) {
            const [, lead, name, quote, v, old] = match;
            if (old === newVersion)
                continue;
            const at = start + (match.index ?? 0) + lead.length + name.length + 1 + quote.length + v.length;
            edits.push({ start: at, end: at + old.length, text: newVersion });
            changed.push(`${name} ${old} -> ${newVersion}`);
        }
    }
    return { content: spliceAll(content, edits), changed };
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

// EXTERNAL MODULE: ./src/effects/exec.ts + 1 modules
var exec = __webpack_require__(2559);
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
    return why ? new release_errors/* ReleaseError */.K2(`${step.label}: ${why}.\n${text}`) : error;
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
    throw new release_errors/* ReleaseError */.K2(`go.mod asks for go ${need} (its go line) and the go here is ${have}: install go ${need} or newer, or run with ${skip.flag} and ${skip.then}`);
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
    const started = await startRelease(inputs);
    return inReleaseTree(inputs, started, (tree) => planInTree(inputs, started, tree));
}
/** The edits of the release as read and generated in its tree, and the steps that publish them. */
async function planInTree(inputs, started, tree) {
    const { version, checkout, previous, base } = started;
    const config = loadOperatorConfig(tree.dir, inputs.configFile);
    const notes = [];
    const source = findVersionSource(tree.dir, config);
    (0,release_version/* assertNotBehindTree */.S6)(version, source, base, checkout.tags);
    const gate = await bpfmanGate(inputs, version, notes);
    if (source.version === version.version) {
        throw new release_errors/* InputError */.dz('version', `${source.path} on ${base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    const settings = { ...inputs, repoDir: tree.dir };
    const pending = startFinish({ settings, started, config, ...tree.patch });
    const review = startReview(tree.patch.treeGit, previous?.version);
    const branch = releaseBranch(version);
    const edits = new FileEdits(tree.dir);
    const versionReason = `version ${source.version} -> ${version.version}`;
    edits.set(source.path, setVersion(source, version.version), versionReason);
    if ((0,release_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'skipped',
            message: 'release candidate: only the version changes (bundle, Containerfile labels, README links and go.mod stay, as the process says)'
        });
        const goMod = readRepoFile(tree.dir, 'go.mod');
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
                content: setVersion(source, version.version),
                reason: versionReason
            },
            edits,
            notes,
            existing: await existingBranchReader(checkout.git, inputs.remote, branch)
        });
        planLabels(tree.dir, config, version, tree.patch.tracked, edits);
        planDocRules(tree.dir, config.docRules, previous, version, edits, 'link(s)');
    }
    return finishRelease({
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
        throw new release_errors/* InputError */.dz('version', `bpfman has released neither ${version.tag} nor another release candidate of ${core} in ${github.name}${same ? ` (the release of ${version.tag} is still a draft)` : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`);
    }
    throw new release_errors/* InputError */.dz('version', `bpfman ${version.tag} is not released in ${github.name}${same ? ' (its GitHub release is still a draft)' : ''}; the operator release builds on it. Release bpfman ${version.tag} first (prepare-release, tag-release, publish), then rerun`);
}
/** The version of bpfman's Go module that go.mod requires, or undefined. */
function bpfmanRequirement(goMod, config) {
    return new RegExp(`^\\s*(?:require\\s+)?${escapeRegExp(config.bpfmanModule)}\\s+(v\\S+)`, 'm').exec(goMod)?.[1];
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
            throw new release_errors/* ReleaseError */.K2(`${bundle.join(' ')} did not write ${config.csvPath}; check the bundle command (bundle-command) and the Makefile's bundle target`);
        }
        const problems = csvMismatches(readCsvIdentity(csv, config.csvPath), config.packageName, version.version);
        if (problems.length > 0) {
            throw new release_errors/* ReleaseError */.K2(`${bundle.join(' ')} wrote a CSV that is not for ${version.version}: ${config.csvPath}: ${problems.join('; ')}. Check that the bundle target uses the VERSION the release sets; nothing was changed`);
        }
    });
    for (const [path, file] of generated.files) {
        const base = readRepoFile(repoDir, path);
        const previousRun = await existing(path);
        // make bundle writes a new createdAt every time: keep the one already there when nothing else differs.
        const kept = [previousRun, base].find((candidate) => candidate !== undefined &&
            candidate !== file.content &&
            sameIgnoringCreatedAt(candidate, file.content));
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
    const goMod = readRepoFile(repoDir, 'go.mod');
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
    const vendor = readRepoFile(repoDir, 'vendor/modules.txt') !== undefined;
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
function prepare_globRegExp(pattern) {
    return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`);
}
function planLabels(repoDir, config, version, tracked, edits) {
    const pattern = prepare_globRegExp(config.containerfilePattern);
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
        links: preparedLinks(pr),
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
                const report = preparedReport(prepared, settings, result);
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

/***/ 5515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// smol-toml, required at its first call: see yaml.cjs.
let toml
exports.h = () => (toml ??= __webpack_require__(7106))


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- require() is the point: a lazy, synchronous load */
// A CommonJS library that pure code calls synchronously, required at its first
// call: ncc bundles the require() as a module evaluated only then, so a
// bundle's start-up does not pay for evaluating it (yaml alone costs
// @actions/core's start-up about a fifth more). One file a library: a module
// that a start-up needs (version.ts needs semver) then brings its library into
// the entry chunk, and no other. The typed, named wrappers are ../yaml.ts,
// ../diff.ts, ../semver.ts and ../toml.ts; nothing else imports these files.
// Memoized: the updaters call yaml's isMap and isScalar in loops.
let yaml
exports.o = () => (yaml ??= __webpack_require__(8815))


/***/ })

};
