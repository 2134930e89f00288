export const id = 327;
export const ids = [327];
export const modules = {

/***/ 5817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ planCherryPicks),
/* harmony export */   IX: () => (/* binding */ pullsOfPicks),
/* harmony export */   Mx: () => (/* binding */ applyCherryPicks),
/* harmony export */   YW: () => (/* binding */ describePicks),
/* harmony export */   a8: () => (/* binding */ isEarlierReleaseBranch)
/* harmony export */ });
/* unused harmony export pullOfCommitOffline */
/* harmony import */ var _release_changelog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);


const short = (sha) => sha.slice(0, 12);
function describePick(pick) {
    const named = pick.ref.kind === 'pull' ? `${pick.ref.ref} (${short(pick.commit)})` : short(pick.commit);
    return `${named} "${pick.subject}"`;
}
/** The commit a REF names: a commit SHA, or a pull request's merge commit (online through the API, offline by its subject). */
async function resolveRef(request, ref) {
    const { git } = request;
    if (ref.kind === 'commit') {
        const sha = await git.revParse(ref.sha);
        if (!sha) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cherry-pick', `${ref.ref} is not a commit of this repository (unknown, or an ambiguous short SHA); give the full SHA of a commit that the checkout holds (fetch-depth: 0)`);
        }
        return sha;
    }
    if (request.mergeCommitOfPull) {
        const merged = await request.mergeCommitOfPull(ref.number);
        if (!merged) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cherry-pick', `${ref.ref} is not a merged pull request; give a merged pull request or a commit SHA`);
        }
        const sha = await git.revParse(merged);
        if (!sha) {
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cherry-pick', `${ref.ref} was merged as ${short(merged)}, which the checkout does not hold; fetch ${request.mainRef} (fetch-depth: 0) and rerun`);
        }
        return sha;
    }
    const sha = await git.mergeCommitOfPull(ref.number, request.mainRef);
    if (!sha) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cherry-pick', `${ref.ref}: no commit "Merge pull request ${ref.ref} from …" (or "… (${ref.ref})") on ${request.mainRef}; give the commit SHA instead, or run online`);
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
            throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cherry-pick', `${ref.ref} and ${twice} are the same commit ${short(commit)}; give it once`);
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
                    ? `as ${short(there.commit)} (cherry picked from it)`
                    : `as ${short(there.commit)} (same patch id)`;
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
            message: `cherry-pick ${describePick(pick)}: an earlier run picked it as ${short(made)} on the release branch; kept`
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
                ? `keep ${short(pick.existing ?? '')} from an earlier run:`
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
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2(`cherry-pick ${describePick(pick)} conflicts with ${plan.patchBranch} (${short(plan.patchTip)}) in ${result.files.join(', ')}; nothing was committed. Land a backport of it on ${plan.patchBranch} (or leave it out of cherry-pick) and rerun`);
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
                message: `${short(commit)} "${await git.subjectOf(commit)}" came from no pull request on ${options.mainRef}; the changelog does not list it`
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
    const commits = (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommitLog */ .f$)(await git.logText(range, _release_changelog_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGELOG_FORMAT */ .lS));
    // Oldest first: the pull request `brought` merged is the last one.
    return (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_0__/* .mergedPulls */ .$A)(commits, repository).at(-1);
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


/***/ }),

/***/ 2838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ createPatchBranchOperation),
/* harmony export */   Js: () => (/* binding */ releaseLineOf),
/* harmony export */   pB: () => (/* binding */ inReleaseTree),
/* harmony export */   rt: () => (/* binding */ inspectPatchLine)
/* harmony export */ });
/* unused harmony export pickOntoPatchBranch */
/* harmony import */ var _release_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);
/* harmony import */ var _release_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3287);
/* harmony import */ var _release_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5710);
/* harmony import */ var _checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5903);
/* harmony import */ var _cherry_picks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5817);
/* harmony import */ var _release_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(443);






/**
 * The release line of the `base`, `patch-of` and `cherry-pick` inputs, read
 * from the repository's tags (fetched first when pushing). Undefined for a
 * release from a branch that is no patch branch (main).
 */
async function releaseLineOf(settings) {
    if (!(0,_release_version_js__WEBPACK_IMPORTED_MODULE_2__/* .asksForPatchLine */ .go)(settings))
        return undefined;
    const git = await (0,_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(settings.repoDir, settings.remote);
    if (settings.remote)
        await git.fetchTags(settings.remote);
    const line = (0,_release_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReleaseLine */ .PC)({
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
    const git = await (0,_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(repoDir, remote);
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
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base', `branch "${branch}" not found ${remote ? `on ${remote}` : `in ${repoDir}`}; give patch-of ${patch.patched.tag} to make it from its tag, or another base`);
    }
    const baseCommit = await git.revParse(`${baseRef}^{commit}`);
    if (!baseCommit) {
        throw new _release_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('patch-of', `tag ${patch.patched.tag} is not in ${repoDir}; fetch the tags (fetch-depth: 0) and rerun`);
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
    const plan = await (0,_cherry_picks_js__WEBPACK_IMPORTED_MODULE_4__/* .planCherryPicks */ .HQ)({
        git: checkout.git,
        patchBranch: patch.branch,
        patchTip: checkout.baseCommit,
        refs: line.picks,
        mainRef: found.mainRef,
        releaseTip,
        mergeCommitOfPull: github ? (number) => mergeCommitOf(github, number) : undefined
    });
    const applied = await (0,_cherry_picks_js__WEBPACK_IMPORTED_MODULE_4__/* .applyCherryPicks */ .Mx)(checkout.git, plan, identity);
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
        pickLines: (0,_cherry_picks_js__WEBPACK_IMPORTED_MODULE_4__/* .describePicks */ .YW)({
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
    const patchLine = await pickOntoPatchBranch(checkout, patch.line, patch, await earlierReleaseTip(checkout.git, settings.remote, (0,_release_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseBranch */ .CT)(started.version)), settings.identity ?? _release_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIONS_BOT */ .aX, settings.offline ? undefined : settings.github);
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


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pp: () => (/* binding */ finishRelease),
  Lv: () => (/* binding */ preparedLinks),
  oK: () => (/* binding */ preparedReport),
  Ib: () => (/* binding */ startFinish),
  I$: () => (/* binding */ startRelease)
});

// UNUSED EXPORTS: preparedEpilogue, preparedManifest, preparedResults

// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/patch-branch.ts
var patch_branch = __webpack_require__(2838);
// EXTERNAL MODULE: ./src/steps/cherry-picks.ts
var cherry_picks = __webpack_require__(5817);
// EXTERNAL MODULE: ./src/steps/release-branch.ts
var release_branch = __webpack_require__(443);
// EXTERNAL MODULE: ./src/release/changelog.ts
var changelog = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/steps/release-notes.ts



/**
 * Starts the changelog while the rest of the plan is made: notes read from
 * git history start now (their git processes run beside the planning), notes
 * from the API when planChangelog asks for them (no request is sent before
 * the plan's own checks have passed).
 */
function readChangelog(request) {
    const path = (0,changelog/* changelogPath */.q5)(request.changelogDir, request.version);
    if ((0,files/* readRepoFile */.v6)(request.repoDir, path) !== undefined)
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
    edits.set(path, (0,changelog/* formatChangelog */.kF)((0,changelog/* summaryParagraph */.RB)(version, previous, request.summary), await pending.notes()), `release notes since ${previous?.tag ?? 'the first commit'}`);
    return path;
}
/** GitHub's generated notes, or (offline) the merged pull requests in git history since `previous`. */
async function releaseNotes(request) {
    const { git, version, previous } = request;
    const pullsIn = async (commits) => (0,changelog/* mergedPulls */.$A)((0,changelog/* parseCommitLog */.f$)(await git.logText(commits, changelog/* CHANGELOG_FORMAT */.lS)), request.repository);
    /**
     * The notes of `listed`; new contributors are those with no pull request
     * before `previous` (read while `listed` is: the two logs overlap).
     */
    const notesOf = async (listed) => {
        const [pulls, earlier] = await Promise.all([listed, previous ? pullsIn(previous.tag) : []]);
        return (0,changelog/* formatReleaseNotes */.Sg)(pulls, (0,changelog/* firstContributions */.oJ)(pulls, earlier), request.repository, version.tag, previous?.tag);
    };
    if (request.picks) {
        // generate-notes sees no merged pull request on a patch branch: list where the picks came from.
        // Online, the commit's pull requests API; offline, the merge commit in main's history.
        const github = request.offline ? undefined : request.github;
        const picked = (0,cherry_picks/* pullsOfPicks */.IX)(git, request.picks.commits, {
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

// EXTERNAL MODULE: ./src/steps/review-list.ts + 1 modules
var review_list = __webpack_require__(4873);
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
    const line = settings.patchLines ? await (0,patch_branch/* releaseLineOf */.Js)(settings) : undefined;
    const base = line?.base ?? settings.base;
    let checkout;
    let patch;
    if (line) {
        const found = await (0,patch_branch/* inspectPatchLine */.rt)(settings.repoDir, line, settings.remote, Boolean(settings.patchOf?.trim()));
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
    const guard = (0,release_branch/* releaseBranchGuard */.dd)({
        checkout,
        remote: settings.remote,
        version: started.version,
        // The patch branch moved since an earlier run: that run's branch (its
        // release commit on picks of this run's cherry-pick input, on an older
        // patch tip) is ours and is replaced; anything else is refused.
        replaceable: patchLine
            ? (tip, subject) => (0,cherry_picks/* isEarlierReleaseBranch */.a8)(checkout.git, patchLine.patchTip, tip, subject, patchLine.pickSources)
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
        notes.push(...(0,review_list/* reviewList */.T)(request.tracked, new Set(await review.holding), settings.repoDir, request.config.reviewExclude, files, review.version, { previous, version, changelogPath }));
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
        afterMerge: request.afterMerge,
        guard
    });
    // A release branch with someone's commits is refused before the plan is shown.
    await guard.tips();
    if (patchLine?.create) {
        publish.operations.unshift((0,patch_branch/* createPatchBranchOperation */.E)(checkout, patchLine, settings.remote));
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


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ reviewList),
  L: () => (/* binding */ startReview)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/toml.ts
var toml = __webpack_require__(6101);
// EXTERNAL MODULE: ./src/release/yaml.ts
var yaml = __webpack_require__(2506);
// EXTERNAL MODULE: ./src/updaters/toml-strings.ts
var toml_strings = __webpack_require__(6559);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
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
    const doc = parsedOnce('package.json', content, (text) => (0,yaml/* parseDocument */.Tp)(text));
    if (doc.errors.length > 0 || !(0,yaml/* isMap */.jh)(doc.contents))
        return false;
    const within = (node, sections) => {
        if (!(0,yaml/* isMap */.jh)(node))
            return false;
        return node.items.some((pair) => {
            const key = (0,yaml/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
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
                parsed: (0,toml/* parse */.q)(text),
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
        if ((0,docs/* isReviewExcluded */.xB)(path, reviewExclude))
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


/***/ })

};
