export const id = 3;
export const ids = [3];
export const modules = {

/***/ 8003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner),
  tagReport: () => (/* binding */ tagReport),
  tagResults: () => (/* binding */ tagResults)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/release/errors.ts
var release_errors = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/release/identity.ts
/** The default committer in Actions, and the sign-off it writes. */
const identity_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
/** The DCO trailer. */
function signedOffBy(identity) {
    return `Signed-off-by: ${identity.name} <${identity.email}>`;
}
/** A commit message of subject, body paragraphs and the sign-off, ending in a newline. */
function identity_commitMessage(subject, body, identity) {
    return [subject, '', ...body, '', signedOffBy(identity), ''].join('\n');
}

// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 12 modules
var client = __webpack_require__(7776);
;// CONCATENATED MODULE: ./src/steps/dispatch.ts


/** Whether a run's inputs (where an answer has them) or its run-name name one of `words` as a whole word. */
function isRunFor(run, input, words) {
    const given = run.inputs?.[input];
    if (typeof given === 'string' && words.includes(given))
        return true;
    return words.some((word) => new RegExp(`(^|[^\\w.-])${word.replace(/[.]/g, '\\.')}($|[^\\w.-])`).test(run.displayTitle));
}
/**
 * Dispatches a workflow unless a run for this release is queued, running or
 * succeeded (a failed or cancelled one is dispatched again): a rerun never
 * starts a second run.
 */
function dispatchOnceOperation(request) {
    const { github, workflow, ref } = request;
    return {
        kind: 'github',
        title: request.title,
        apply: async () => {
            let dispatched;
            try {
                dispatched = await github.workflows.dispatchOnce(workflow, ref, request.inputs, request.matches);
            }
            catch (error) {
                // A rate limit keeps its own message: it is no refusal, and no permission is missing.
                if ((0,client/* isRefusal */.vu)(error, request.refusals)) {
                    throw new release_errors/* ReleaseError */.K2(`${github.name} refused to dispatch ${workflow} on ${ref}: ${error.message}. ${request.refusalHint}`);
                }
                throw error;
            }
            const { runId, url } = dispatched;
            if (!dispatched.started && dispatched.run) {
                return {
                    status: 'unchanged',
                    detail: (0,client/* describeRun */.vZ)(dispatched.run),
                    value: { workflow, status: 'exists', runId, url }
                };
            }
            return {
                status: 'done',
                detail: runId
                    ? `run ${runId} ${url ?? ''}`.trim()
                    : 'dispatched; the run is not listed yet',
                value: { workflow, status: 'dispatched', runId, url }
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/steps/github-release.ts


/** make_latest: a prerelease never, nor a release below a published one (a patch of an older line). */
function makeLatestFor(version, otherTags) {
    if ((0,release_version/* isPrerelease */.V1)(version))
        return 'false';
    const higher = (0,release_version/* releaseTags */.dt)(otherTags).some((tag) => tag.rc === undefined && (0,release_version/* compareVersions */.Zy)(tag, version) > 0);
    return higher ? 'false' : 'true';
}
/** make_latest against the repository's tags and its published releases. */
function makeLatestAmong(version, tags, releases) {
    const published = releases.filter((release) => !release.draft).map((release) => release.tagName);
    return makeLatestFor(version, [...tags, ...published]);
}
/**
 * Creates the release of `version` as a draft on `commit`, or brings the
 * existing draft's fields up to date; a published release is left alone.
 * Drafts have no tag yet, so the release is found by listing.
 */
function draftReleaseOperation(github, version, commit, fields, existing, bodySource) {
    const what = `${fields.prerelease ? 'prerelease' : 'release'} ${version.tag} (body: ${bodySource}, make_latest ${fields.makeLatest})`;
    return {
        kind: 'github',
        title: existing
            ? existing.draft
                ? `update the draft ${what} in ${github.name}`
                : `release ${version.tag} is published in ${github.name} already; leave it`
            : `create the draft ${what} in ${github.name}`,
        apply: async () => {
            const found = await github.releases.findByTag(version.tag);
            if (found && !found.draft) {
                return { status: 'unchanged', detail: `published: ${found.url}`, value: found };
            }
            if (found) {
                const same = found.name === fields.name &&
                    found.body === fields.body &&
                    found.prerelease === fields.prerelease;
                const release = same ? found : await github.releases.update(found.id, fields);
                return {
                    status: same ? 'unchanged' : 'done',
                    detail: `${same ? 'draft' : 'updated draft'} ${release.id}`,
                    value: release
                };
            }
            const release = await github.releases.create({
                tag: version.tag,
                target: commit,
                draft: true,
                ...fields
            });
            return { status: 'done', detail: `draft ${release.id}`, value: release };
        }
    };
}
/** Publishes the draft (a published release is left as it is), after checking its assets. */
function publishReleaseOperation(request) {
    const { github, version, makeLatest } = request;
    const planned = 'id' in request.release ? request.release : undefined;
    const title = planned?.draft === false
        ? `the release ${version.tag} is published already; leave it`
        : request.why
            ? `publish the release ${version.tag} (${request.why})`
            : `publish the draft release ${version.tag} (make_latest ${makeLatest})`;
    return {
        kind: 'github',
        title,
        apply: async (products) => {
            const release = planned ?? products.of(request.release);
            const state = await github.releases.withAssets(release.id);
            if (!state.release.draft) {
                return { status: 'unchanged', detail: state.release.url, value: state.release };
            }
            const missing = (request.requiredAssets ?? []).filter((name) => !state.assets.some((asset) => asset.name === name));
            if (missing.length > 0) {
                throw new release_errors/* ReleaseError */.K2(`the draft lacks ${missing.join(', ')}; not publishing it`);
            }
            const published = await github.releases.update(release.id, { draft: false, makeLatest });
            return { status: 'done', detail: published.url, value: published };
        }
    };
}

// EXTERNAL MODULE: ./src/effects/git.ts + 2 modules
var git = __webpack_require__(3854);
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
                throw new ReleaseError(`could not fetch ${where.remote}/${branch} (${tip.slice(0, 12)})`);
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
            if (error instanceof PushRejected && attempt < PUSH_ATTEMPTS)
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
    return new InputError('branch', `${place} holds ${foreign.length} commit(s) that release-actions did not make: ${shown}${more}; it was left as it is. To go on, ${fix}`);
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
    const changes = request.changeLines ?? changeLines(files);
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
        ...changesMarkdown(files, request.changeLines),
        '',
        ...notesMarkdown(notes, 100),
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

;// CONCATENATED MODULE: ./src/phases/tag-release/request.ts




const RELEASE_BRANCH = /^release-(v?\d+\.\d+\.\d+(?:-rc\d+)?)$/;
/** The version a release branch names: release-v0.6.1 (prepare-release), or release-0.6.1 (the manual process). */
function versionOfReleaseBranch(branch) {
    const match = RELEASE_BRANCH.exec(branch);
    return match ? (0,release_version/* tryParseVersion */.z0)(match[1]) : undefined;
}
/**
 * The version, base and pull request of the release: from the inputs and the
 * merged pull request, refusing an unmerged one or one whose branch names
 * another version.
 */
async function resolveRequest(inputs, notes) {
    const given = inputs.version ? (0,release_version/* parseVersion */.ot)(inputs.version) : undefined;
    let pull;
    if (inputs.pr !== undefined) {
        try {
            pull = await inputs.github.pulls.get(inputs.pr);
        }
        catch (error) {
            if ((0,client/* isStatus */.zM)(error, 404)) {
                throw new release_errors/* InputError */.dz('pr-number', `pull request #${inputs.pr} not found in ${inputs.github.name}`);
            }
            throw error;
        }
    }
    else if (given) {
        pull = await inputs.github.pulls.findMerged(releaseBranch(given));
    }
    if (!pull) {
        if (!given) {
            throw new release_errors/* InputError */.dz('version', 'is empty and there is no release pull request to take it from; give version (e.g. 0.6.1) or pr-number');
        }
        const base = inputs.base || 'main';
        notes.push({
            kind: 'warning',
            message: `no pull request from ${releaseBranch(given)} found; tagging the tip of ${base}`
        });
        return { version: given, base, pull: undefined };
    }
    const name = `pull request #${pull.number} (${pull.headRef})`;
    if (!pull.merged) {
        throw new release_errors/* InputError */.dz('pr-number', pull.state === 'open'
            ? `${name} is still open; merge it, then tag-release runs`
            : `${name} was closed without merging; nothing to tag. Open and merge a release pull request, or give the version of a merged one`);
    }
    const fromBranch = versionOfReleaseBranch(pull.headRef);
    if (given && fromBranch && given.version !== fromBranch.version) {
        throw new release_errors/* InputError */.dz('version', `${given.version} does not match ${name}, which releases ${fromBranch.version}`);
    }
    const label = inputs.releaseLabel ?? 'release';
    const fromTitle = pull.labels.includes(label) ? versionInTitle(pull.title) : undefined;
    const version = given ?? fromBranch ?? fromTitle;
    if (!version) {
        throw new release_errors/* InputError */.dz('version', `${name} is not a release pull request (its branch is not release-vX.Y.Z, and it has no "${label}" label with the version in its title); give version`);
    }
    if (inputs.base && inputs.base !== pull.baseRef) {
        throw new release_errors/* InputError */.dz('base', `"${inputs.base}" is not the base of ${name}, which merged into ${pull.baseRef}; leave base empty or give ${pull.baseRef}`);
    }
    return { version, base: pull.baseRef, pull };
}
function versionInTitle(title) {
    const match = /\bv?\d+\.\d+\.\d+(?:-rc\d+)?\b/.exec(title);
    return match ? (0,release_version/* tryParseVersion */.z0)(match[0]) : undefined;
}

;// CONCATENATED MODULE: ./src/release/changelog.ts

function changelogPath(changelogDir, version) {
    return `${changelogDir}/CHANGELOG-${version.tag}.md`;
}
/** bpfman's opening paragraph: the `summary` input, or a sentence naming the kind of release. */
function summaryParagraph(version, previous, summary) {
    if (summary && summary.trim().length > 0)
        return summary.trim();
    const kind = releaseKind(version, previous);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/lazy/yaml.cjs
var yaml = __webpack_require__(7094);
;// CONCATENATED MODULE: ./src/release/yaml.ts

const parse = ((...args) => (0,yaml/* yaml */.o)().parse(...args));
const parseDocument = ((...args) => (0,yaml/* yaml */.o)().parseDocument(...args));
const parseAllDocuments = ((...args) => (0,yaml/* yaml */.o)().parseAllDocuments(...args));
const yaml_isMap = ((node) => (0,yaml/* yaml */.o)().isMap(node));
const yaml_isScalar = ((node) => (0,yaml/* yaml */.o)().isScalar(node));
const isSeq = ((node) => (0,yaml/* yaml */.o)().isSeq(node));
/** Scalar's static members (Scalar.QUOTE_SINGLE...), read from yaml when used. */
const Scalar = new Proxy({}, {
    get: (_, key) => Reflect.get((0,yaml/* yaml */.o)().Scalar, key)
});
/** `YAML.parse(...)` as the default import offers it. */
const YAML = { parse, parseDocument, parseAllDocuments };
/* harmony default export */ const release_yaml = (YAML);

;// CONCATENATED MODULE: ./src/updaters/text.ts
/** Small text helpers shared by the updaters: splicing byte ranges and bounded version matching. */
/** Applies non-overlapping edits; every byte outside them is kept as it is. */
function text_spliceAll(text, edits) {
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
function text_escapeRegExp(text) {
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
function text_exactVersionRegExp(version, flags = 'g') {
    return new RegExp(`${VERSION_START}(v?)${text_escapeRegExp(version)}${VERSION_END}`, flags);
}
/** The 1-based line number of a string index. */
function lineNumberAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
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
        content = text_spliceAll(content, edits);
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
        : `${VERSION_START}(?<${GROUP}>${text_escapeRegExp(previous)})${VERSION_END}`;
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

// EXTERNAL MODULE: ./src/effects/exec.ts + 1 modules
var exec = __webpack_require__(2559);
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
        throw new release_errors/* InputError */.dz(INPUT, 'has no [[package]] entries; expected a Cargo.lock written by cargo');
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
    const names = members.map((member) => text_escapeRegExp(member.name)).join('|');
    const entry = new RegExp(`^(\\s*")(${names}) ${text_escapeRegExp(oldVersion)}(",?\\r?)$`);
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

// EXTERNAL MODULE: ./src/release/lazy/toml.cjs
var toml = __webpack_require__(5515);
;// CONCATENATED MODULE: ./src/release/toml.ts

const toml_parse = ((...args) => (0,toml/* toml */.h)().parse(...args));

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
        throw new release_errors/* InputError */.dz(cargo_toml_INPUT, `no [workspace.package] version; ${EXPECTED}`);
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
        content: text_spliceAll(content, edits),
        oldVersion,
        bumped: bumped.sort((a, b) => a.start - b.start).map(({ name }) => name)
    };
}
function parseToml(content) {
    try {
        return toml_parse(content);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new release_errors/* InputError */.dz(cargo_toml_INPUT, `is not valid TOML (${reason}); ${EXPECTED}`);
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
        throw new release_errors/* InputError */.dz(cargo_toml_INPUT, `${path.join('.')} = "${expected}" is not written as a one-line string; write it as ${path.at(-1)} = "${expected}"`);
    }
    return { start: location.start + 1, end: location.end - 1, text: replacement };
}

;// CONCATENATED MODULE: ./src/updaters/dispatcher-images.ts

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
                const line = lineNumberAt(content, literal.start);
                notes.push({
                    kind: 'info',
                    path,
                    line,
                    message: `${image} is pinned by digest, left alone`
                });
                continue;
            }
            for (const line of commentAbove(lines, lineNumberAt(content, literal.start) - 1, images)) {
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
    return { content: text_spliceAll(content, edits), notes, changed };
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
    return { content: spliceAll(content, edits), changed };
}
function findImageLiterals(content, image) {
    const pattern = new RegExp(`"${text_escapeRegExp(image)}(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`, 'g');
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

// EXTERNAL MODULE: ./src/release/change-groups.ts
var change_groups = __webpack_require__(7658);
;// CONCATENATED MODULE: ./src/updaters/example-kustomization.ts
/**
 * The parts of bpfman's example kustomizations that a new example's release
 * folder takes from the example itself: the program its patch targets (from
 * `base/<example>/bytecode.yaml`), the images (from `default/<example>/`), and
 * the byte ranges of those parts in a sibling's release kustomization, so that
 * the new folder is the sibling's file with only those bytes changed.
 */

/** A file of `files` parsed as YAML documents; [] when missing or not YAML. */
function documents(files, path) {
    const text = files.get(path);
    if (text === undefined)
        return [];
    try {
        return parseAllDocuments(text)
            .filter((doc) => doc.errors.length === 0)
            .map((doc) => doc.toJS());
    }
    catch {
        return [];
    }
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function example_kustomization_text(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
/** An image reference without its tag or digest; any URL scheme dropped. */
function imageRepository(image) {
    const bare = image.replace(/^[a-z]+:\/\//, '').replace(/@sha256:[0-9a-f]+$/, '');
    const colon = bare.lastIndexOf(':');
    return colon > bare.lastIndexOf('/') ? bare.slice(0, colon) : bare;
}
/** The tag of an image reference, or undefined. */
function imageTag(image) {
    const bare = image.replace(/@sha256:[0-9a-f]+$/, '');
    const colon = bare.lastIndexOf(':');
    return colon > bare.lastIndexOf('/') ? bare.slice(colon + 1) : undefined;
}
/** A JSON patch that replaces a program's bytecode image: `op: replace`, path `.../image/url`. */
function bytecodeOperation(patch) {
    if (!Array.isArray(patch))
        return undefined;
    for (const op of patch) {
        const entry = record(op);
        const path = example_kustomization_text(entry?.path);
        if (entry?.op === 'replace' && path && /\/image\/url$/.test(path)) {
            return { path, value: example_kustomization_text(entry.value) };
        }
    }
    return undefined;
}
/**
 * Reads what the example's own files say: `base/<example>/bytecode.yaml` (kind,
 * metadata.name, where the image url sits), `default/<example>/kustomization.yaml`
 * (images, and the patch target as a second source of the program), and the
 * JSON patch in `default/<example>/` (the bytecode image).
 */
function readExampleFacts(files, example) {
    const facts = { userspaceImages: [] };
    const bytecodePath = `base/${example}/bytecode.yaml`;
    for (const doc of documents(files, bytecodePath)) {
        const program = record(doc);
        const kind = example_kustomization_text(program?.kind);
        const name = example_kustomization_text(record(program?.metadata)?.name);
        if (!kind || !name)
            continue;
        facts.program = { kind, name, from: bytecodePath };
        const spec = record(program?.spec) ?? {};
        const key = Object.keys(spec).find((k) => /^byte[cC]ode$/.test(k));
        const url = key ? example_kustomization_text(record(record(spec[key])?.image)?.url) : undefined;
        if (key && url) {
            facts.urlPath = `/spec/${key}/image/url`;
            facts.bytecodeImage = { repository: imageRepository(url), from: bytecodePath };
        }
        break;
    }
    const kustomizationPath = `default/${example}/kustomization.yaml`;
    const kustomization = record(documents(files, kustomizationPath)[0]);
    if (kustomization) {
        for (const image of Array.isArray(kustomization.images) ? kustomization.images : []) {
            const name = example_kustomization_text(record(image)?.name);
            if (name) {
                facts.userspaceImages.push({ name, newName: example_kustomization_text(record(image)?.newName) ?? name });
            }
        }
        if (facts.userspaceImages.length > 0)
            facts.userspaceFrom = kustomizationPath;
        if (!facts.program) {
            for (const patch of Array.isArray(kustomization.patches) ? kustomization.patches : []) {
                const target = record(record(patch)?.target);
                const kind = example_kustomization_text(target?.kind);
                const name = example_kustomization_text(target?.name);
                if (kind && name && kind !== 'Namespace' && kind !== 'DaemonSet') {
                    facts.program = { kind, name, from: kustomizationPath };
                    break;
                }
            }
        }
    }
    // The bytecode image the example's default/ deploys: its JSON patch beats the base's url.
    for (const [path] of files) {
        if (!path.startsWith(`default/${example}/`) || !/\.ya?ml$/.test(path))
            continue;
        const operation = bytecodeOperation(documents(files, path)[0]);
        if (operation?.value) {
            facts.bytecodeImage = { repository: imageRepository(operation.value), from: path };
            break;
        }
    }
    return facts;
}
/** The parts of a release kustomization that a new example changes; undefined when it is not one. */
function kustomizationParts(source) {
    const doc = parseDocument(source);
    if (doc.errors.length > 0 || !yaml_isMap(doc.contents))
        return undefined;
    const parts = { images: [], resources: [] };
    const patches = doc.get('patches', true);
    if (isSeq(patches)) {
        for (const patch of patches.items) {
            if (!yaml_isMap(patch))
                continue;
            const target = patch.get('target', true);
            const body = patch.get('patch', true);
            if (!yaml_isMap(target) || !yaml_isScalar(body) || typeof body.value !== 'string')
                continue;
            const kind = target.get('kind', true);
            const name = target.get('name', true);
            if (!yaml_isScalar(kind) || !yaml_isScalar(name))
                continue;
            const inner = innerPatchRanges(source, body);
            if (!inner)
                continue;
            parts.programPatch = { kind, name, ...inner };
            break;
        }
    }
    const images = doc.get('images', true);
    if (isSeq(images)) {
        for (const image of images.items) {
            if (!yaml_isMap(image))
                continue;
            const name = image.get('name', true);
            const newName = image.get('newName', true);
            parts.images.push({
                name: yaml_isScalar(name) ? name : undefined,
                newName: yaml_isScalar(newName) ? newName : undefined
            });
        }
    }
    const resources = doc.get('resources', true);
    if (isSeq(resources)) {
        for (const item of resources.items)
            if (yaml_isScalar(item))
                parts.resources.push(item);
    }
    return parts;
}
/**
 * The path and value of the bytecode-image operation inside a `patch: |-`
 * block, as ranges of the outer source: a literal block's line k is the
 * source line k after the header, indented by the block's indentation.
 */
function innerPatchRanges(source, body) {
    const inner = body.value;
    const doc = parseDocument(inner);
    if (doc.errors.length > 0 || !isSeq(doc.contents))
        return undefined;
    for (const op of doc.contents.items) {
        const kind = yaml_isMap(op) ? op.get('op', true) : undefined;
        if (!yaml_isMap(op) || !yaml_isScalar(kind) || kind.value !== 'replace')
            continue;
        const path = op.get('path', true);
        const value = op.get('value', true);
        if (!yaml_isScalar(path) || typeof path.value !== 'string' || !/\/image\/url$/.test(path.value)) {
            continue;
        }
        const map = (node) => {
            if (!node?.range || typeof node.value !== 'string')
                return undefined;
            const range = scalarRange(inner, node);
            const start = innerToOuter(source, body, inner, range.start);
            const end = innerToOuter(source, body, inner, range.end);
            if (start === undefined || end === undefined)
                return undefined;
            return source.slice(start, end) === range.text ? { start, end, text: range.text } : undefined;
        };
        return { path: map(path), value: yaml_isScalar(value) ? map(value) : undefined };
    }
    return undefined;
}
function innerToOuter(source, body, inner, offset) {
    if (body.type !== 'BLOCK_LITERAL' || !body.range)
        return undefined;
    const before = inner.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    // The content starts on the line after the header (`|-`), indented as its first line is.
    let cursor = source.indexOf('\n', body.range[0]) + 1;
    if (cursor === 0)
        return undefined;
    const indent = /^[ ]*/.exec(source.slice(cursor))?.[0].length ?? 0;
    for (let i = 0; i < line; i += 1) {
        cursor = source.indexOf('\n', cursor) + 1;
        if (cursor === 0)
            return undefined;
    }
    return cursor + indent + column;
}
/** The bytes of a scalar's value: inside its quotes when quoted. */
function scalarRange(source, node) {
    const [start, end] = node.range ?? [0, 0];
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const from = quoted ? start + 1 : start;
    const to = quoted ? end - 1 : end;
    return { start: from, end: to, text: source.slice(from, to) };
}
/**
 * An edit that makes a scalar read `value`, keeping its quoting (also when it
 * already does, so that the range is settled); undefined when the value would
 * need escaping in that style.
 */
function scalarEdit(source, node, value) {
    const range = scalarRange(source, node);
    if (range.text === value)
        return { start: range.start, end: range.end, text: value };
    if (node.type === 'QUOTE_DOUBLE' && /["\\]/.test(value))
        return undefined;
    if (node.type === 'QUOTE_SINGLE' && value.includes("'"))
        return undefined;
    if ((node.type === 'PLAIN' || node.type === undefined) && !/^[\w./:@-]+$/.test(value)) {
        return undefined;
    }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
        return undefined;
    return { start: range.start, end: range.end, text: value };
}

;// CONCATENATED MODULE: ./src/updaters/example-configs.ts





const example_configs_INPUT = 'examples/config';
const SELINUX = '-selinux';
/** The two kinds of release folder: `vX.Y.Z/` and `vX.Y.Z-selinux/`. */
const FLAVOURS = ['', SELINUX];
/**
 * Plans the release folders for `newVersion` under examples/config: copies of
 * the newest release pair below it (by semver, not by name) with the version
 * replaced inside, plus a folder for each example that `default/` has and the
 * source folder lacks: a sibling's layout with the example's own program
 * (`base/<example>/bytecode.yaml`), images (`default/<example>/`) and base.
 * Folders for `newVersion` that already exist are kept as they are. `files`
 * maps every file under examples/config (base/, default/, selinux/ included)
 * by its path relative to examples/config.
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
            throw new release_errors/* InputError */.dz(example_configs_INPUT, `no release folder vX.Y.Z${flavour}/ below ${target}/ to copy from; add one by hand (examples/config/${target}/, one folder per example with its kustomization.yaml) and run again`);
        }
        const copy = new FolderCopy(files, source, target, newVersion.version);
        planned.push(...copy.files());
        const present = subfolders(files, source.name);
        for (const example of subfolders(files, 'default').filter((name) => !present.includes(name))) {
            const generated = copy.newExample(example, knownExamples(files, folders));
            planned.push(...generated.files);
            notes.push(...generated.notes);
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
            reason: (0,change_groups/* copyReason */.EN)(path, this.from, this.to)
        }));
    }
    /**
     * A folder for an example the source lacks, in the layout of a sibling (the
     * one sharing the longest name prefix, among those with a bytecode patch when
     * the example has a program): the sibling's files with the version replaced,
     * and in its kustomization.yaml the example's own patch target (kind and
     * metadata.name of `base/<example>/bytecode.yaml`), bytecode and userspace
     * images (from `default/<example>/`) and base (`../../base/<example>`, or
     * `../../selinux/<example>` for the -selinux folder). What the example's
     * files do not say is taken from the sibling with the name changed, and a
     * warning says so.
     */
    newExample(example, known) {
        const path = `${this.target}/${example}/`;
        const facts = readExampleFacts(this.all, example);
        const siblings = subfolders(this.all, this.source.name);
        const sibling = this.layoutSibling(example, siblings, facts);
        if (!sibling) {
            return {
                files: [],
                notes: [
                    {
                        kind: 'warning',
                        path,
                        message: `new example ${example} (in default/) has no sibling in ${this.source.name}/ to derive it from; add ${path} by hand`
                    }
                ]
            };
        }
        const notes = [];
        const others = [...known].filter((name) => name !== sibling);
        const rename = (text) => renameExample(text, sibling, example, others);
        const root = this.source.flavour === SELINUX ? 'selinux' : 'base';
        let resource = `../../${root}/${example}`;
        if (root === 'selinux' && subfolders(this.all, 'selinux').every((name) => name !== example)) {
            resource = `../../base/${example}`;
            notes.push({
                kind: 'warning',
                path,
                message: `selinux/${example}/ is missing, so ${path}kustomization.yaml points at ${resource} (no SELinux profile); add selinux/${example}/ and point it there`
            });
        }
        const files = this.under(`${this.source.name}/${sibling}`).map(([from, rest, content]) => {
            const retagged = this.retag(content);
            const generated = rest === 'kustomization.yaml'
                ? newKustomization(retagged, { example, sibling, resource, facts, rename, path })
                : undefined;
            notes.push(...(generated?.notes ?? []));
            const program = facts.program && generated?.targeted
                ? `, patch target ${facts.program.kind} ${facts.program.name} from ${facts.program.from}`
                : '';
            return {
                path: `${path}${rest}`,
                content: generated?.content ?? rename(retagged),
                reason: `new example ${example}, in the layout of ${from}${program}`
            };
        });
        return { files, notes };
    }
    /** The sibling whose layout a new example takes. */
    layoutSibling(example, siblings, facts) {
        const patched = (sibling) => {
            const text = this.all.get(`${this.source.name}/${sibling}/kustomization.yaml`);
            return text !== undefined && kustomizationParts(text)?.programPatch !== undefined;
        };
        const alike = siblings.filter((sibling) => patched(sibling) === (facts.program !== undefined));
        return closestSibling(example, alike) ?? closestSibling(example, siblings);
    }
    /** [path, path below the folder, content] of each file under a folder. */
    under(folder) {
        return [...this.all]
            .filter(([path]) => path.startsWith(`${folder}/`))
            .map(([path, content]) => [path, path.slice(folder.length + 1), content]);
    }
    retag(text) {
        return text.replace(text_exactVersionRegExp(this.from), (_all, v) => `${v}${this.to}`);
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
    const pattern = new RegExp(`(?<![\\w-])${text_escapeRegExp(sibling)}(?!\\w)`, 'g');
    return text.replace(pattern, (match, offset) => {
        const insideOther = others.some((other) => other.length > sibling.length &&
            text.startsWith(other, offset) &&
            !/\w/.test(text[offset + other.length] ?? ''));
        return insideOther ? match : example;
    });
}
/**
 * The sibling's release kustomization (version already replaced) made the new
 * example's: only the scalars that name the example change; the bytes around
 * them (comments, quoting, order, flow or block style) stay the sibling's,
 * with the sibling's name changed to the example's. Undefined when the file is
 * not a kustomization that can be read.
 */
function newKustomization(text, input) {
    const parts = kustomizationParts(text);
    if (!parts)
        return undefined;
    const { example, sibling, facts, path } = input;
    const edits = [];
    const notes = [];
    const edit = (node, value) => {
        const change = node ? scalarEdit(text, node, value) : undefined;
        if (change)
            edits.push(change);
    };
    const warn = (message) => {
        notes.push({ kind: 'warning', path: `${path}kustomization.yaml`, message });
    };
    // What the example's files do not say is the sibling's with the name changed, in one warning.
    const borrowed = [];
    const patch = parts.programPatch;
    if (patch && facts.program) {
        edit(patch.kind, facts.program.kind);
        edit(patch.name, facts.program.name);
        if (facts.program.from !== `base/${example}/bytecode.yaml`) {
            warn(`base/${example}/bytecode.yaml names no program, so the patch target ${facts.program.kind} ${facts.program.name} comes from ${facts.program.from}; check it`);
        }
    }
    else if (patch) {
        borrowed.push(`the patch target ${String(patch.kind.value)} ${input.rename(String(patch.name.value))} (base/${example}/bytecode.yaml is missing and default/${example}/ names none)`);
    }
    else if (facts.program) {
        warn(`${sibling}'s kustomization.yaml has no bytecode patch to copy; add one for ${facts.program.kind} ${facts.program.name} (${facts.program.from})`);
    }
    if (patch?.path && facts.urlPath) {
        edits.push({ start: patch.path.start, end: patch.path.end, text: facts.urlPath });
    }
    if (patch?.value) {
        const tag = imageTag(patch.value.text);
        if (facts.bytecodeImage && tag) {
            const image = `${facts.bytecodeImage.repository}:${tag}`;
            edits.push({ start: patch.value.start, end: patch.value.end, text: image });
        }
        else {
            borrowed.push(`the bytecode image ${input.rename(patch.value.text)} (none in default/${example}/ or base/${example}/bytecode.yaml)`);
        }
    }
    const images = facts.userspaceImages;
    parts.images.forEach((entry, index) => {
        const own = images[index] ?? (images.length === 1 ? images[0] : undefined);
        if (own) {
            edit(entry.name, own.name);
            edit(entry.newName, own.newName);
        }
        else {
            const shown = entry.newName ?? entry.name;
            borrowed.push(`the userspace image ${input.rename(String(shown?.value ?? ''))} (default/${example}/kustomization.yaml sets none)`);
        }
    });
    if (borrowed.length > 0) {
        warn(`taken from ${sibling} with the name changed: ${borrowed.join('; ')}; check ${borrowed.length > 1 ? 'them' : 'it'}`);
    }
    const base = parts.resources.find((node) => new RegExp(`(?:^|/)${text_escapeRegExp(sibling)}/?$`).test(String(node.value)));
    if (base)
        edit(base, input.resource);
    return {
        content: spliceRenaming(text, edits, input.rename),
        notes,
        targeted: patch !== undefined && facts.program !== undefined
    };
}
/** Applies the edits; the bytes between them get `rename`. */
function spliceRenaming(text, edits, rename) {
    const ordered = [...edits].sort((a, b) => a.start - b.start);
    let result = '';
    let cursor = 0;
    for (const change of ordered) {
        if (change.start < cursor)
            throw new Error('overlapping text edits');
        result += rename(text.slice(cursor, change.start)) + change.text;
        cursor = change.end;
    }
    return result + rename(text.slice(cursor));
}

;// CONCATENATED MODULE: ./src/updaters/examples-makefile.ts


const examples_makefile_INPUT = 'examples/Makefile';
const VERSION_LINE = /^(VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/;
const RELEASE_VERSION = /^(v?)(\d+\.\d+\.\d+(?:-rc\d+)?)$/;
/**
 * The operator-sdk comment above `VERSION ?=`: its example holds a version of
 * its own (`0.0.2` in bpfman's Makefile up to 0.5.x), not always the old one.
 */
const EXPORT_EXAMPLE = new RegExp(`^(#.*\\(e\\.g\\.? export VERSION=)(v?)(?:${ANY_VERSION_SOURCE})(?![0-9]|\\.[0-9])`);
/**
 * Sets `VERSION ?= X.Y.Z`, and replaces the old version where the comments
 * show it (`make deploy-tc TAG=v0.6.0`,
 * `quay.io/bpfman-bytecode/go-tc-counter:v0.6.0`), keeping a leading "v". The
 * example in `# - use environment variables to overwrite this value (e.g
 * export VERSION=X.Y.Z)` gets the new version whatever version it holds.
 * Other lines of the Makefile are not touched.
 */
function updateExamplesMakefile(content, newVersion) {
    const lines = content.split('\n');
    const index = lines.findIndex((line) => VERSION_LINE.test(line));
    if (index < 0) {
        throw new release_errors/* InputError */.dz(examples_makefile_INPUT, 'has no "VERSION ?= X.Y.Z" line; expected the examples Makefile to set its default VERSION that way');
    }
    const [, head, value, tail] = VERSION_LINE.exec(lines[index]);
    const release = RELEASE_VERSION.exec(value);
    if (!release) {
        throw new release_errors/* InputError */.dz(examples_makefile_INPUT, `VERSION ?= holds "${value}", not a version; expected "VERSION ?= X.Y.Z"`);
    }
    const [, v, oldVersion] = release;
    if (oldVersion === newVersion)
        return { content, oldVersion };
    const mention = text_exactVersionRegExp(oldVersion);
    const updated = lines.map((line, i) => {
        if (i === index)
            return `${head}${v}${newVersion}${tail}`;
        if (!line.trimStart().startsWith('#'))
            return line;
        const example = EXPORT_EXAMPLE.exec(line);
        if (example)
            return `${example[1]}${example[2]}${newVersion}${line.slice(example[0].length)}`;
        return line.replace(mention, (_all, prefix) => `${prefix}${newVersion}`);
    });
    return { content: updated.join('\n'), oldVersion };
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

;// CONCATENATED MODULE: ./src/steps/bpfman-edits.ts












/**
 * Whether this release makes an edit: a final makes every one, a release
 * candidate those of the config's `prereleaseEdits` (the plan says once which it leaves out).
 */
function editsOf({ config, version, notes }) {
    if (!(0,release_version/* isPrerelease */.V1)(version))
        return () => true;
    const left = BPFMAN_EDITS.filter((edit) => !config.prereleaseEdits.includes(edit));
    if (left.length > 0) {
        notes.push({
            kind: 'skipped',
            message: `release candidate: the lighter path edits Cargo.toml, ${[...config.prereleaseEdits.map((edit) => EDIT_NAMES[edit]), 'the changelog'].join(', ')}; not ${left.map((edit) => EDIT_NAMES[edit]).join(', ')} (prereleaseEdits in the config)`
        });
    }
    return (edit) => config.prereleaseEdits.includes(edit);
}
const EDIT_NAMES = {
    'cargo-lock': 'Cargo.lock',
    'examples-makefile': 'examples/Makefile',
    'example-configs': 'the example config folders',
    dispatcher: 'the dispatcher images',
    docs: 'the docs and RELEASE.md'
};
/**
 * Every edit that makes the tree say `version`, except the changelog. On a tree
 * that is already released-ready the result has no edits: tag-release verifies
 * a merged tree this way.
 */
async function planReleaseEdits(input) {
    const { oldVersion } = planWorkspaceVersion(input);
    await planVersionMentions(input, oldVersion);
    return { oldVersion };
}
/** The workspace version in Cargo.toml (and the path dependencies released with it); the version the tree held. */
function planWorkspaceVersion(input) {
    const { repoDir, config, version, edits } = input;
    const cargoToml = requireRepoFile(repoDir, config.cargoToml, 'bpfman releases start from the workspace Cargo.toml');
    const cargo = updateCargoToml(cargoToml, version.version);
    edits.set(config.cargoToml, cargo.content, `workspace version ${cargo.oldVersion} -> ${version.version}; ${cargo.bumped.join(', ') || 'no'} path dependencies`);
    return { oldVersion: cargo.oldVersion };
}
/** The edits but the workspace version's, in a tree whose Cargo.toml held `oldVersion`. */
async function planVersionMentions(input, oldVersion) {
    const { repoDir, config, version, edits } = input;
    // On a released-ready tree Cargo.toml already says `version`; its lock members moved from the previous release.
    const lockFrom = oldVersion === version.version ? input.previous?.version : oldVersion;
    const makes = editsOf(input);
    if (lockFrom !== undefined && makes('cargo-lock'))
        await planLockfile(input, lockFrom, edits);
    if (makes('examples-makefile'))
        planMakefile(input);
    if (makes('example-configs'))
        planExamples(input, filesUnder(input.tracked, config.exampleConfigs));
    if (makes('dispatcher'))
        planDispatchers(input);
    if (makes('docs')) {
        planDocRules(repoDir, config.docRules, input.previous, version, edits, 'version reference(s)');
    }
}
/** The files of `tracked` in `folder` (as the pathspec `folder` matches: the folder, or the file itself). */
function filesUnder(tracked, folder) {
    const top = folder.replace(/\/+$/, '');
    return tracked.filter((path) => path === top || path.startsWith(`${top}/`));
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
    const cargoToml = updateCargoToml(requireRepoFile(repoDir, config.cargoToml, ''), version.version).content;
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
    const content = readRepoFile(repoDir, path);
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
    const updated = updateDispatcherImages(source, config.dispatcherImages, version.tag);
    edits.set(config.dispatcherSource, updated.content, `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`);
    notes.push(...updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource })));
}

;// CONCATENATED MODULE: ./src/updaters/operator-version.ts

/** A release, release candidate or development version: 0.6.0, 0.6.0-rc1, 0.6.1-dev. */
const OPERATOR_VERSION = /^v?\d+\.\d+\.\d+(?:-(?:rc\d+|dev))?$/;
const VERSION_FILE = /^(\s*)(\S+)(\s*)$/;
const MAKEFILE_LINE = /^(VERSION[ \t]*\?=[ \t]*)(.*?)([ \t]*(?:#.*)?\r?)$/;
/** The VERSION file's one line, with its surrounding whitespace kept; "v" is kept when it had one. */
function operator_version_updateVersionFile(content, newVersion, path = 'VERSION') {
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
function operator_version_updateMakefileVersion(content, newVersion, path = 'Makefile') {
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
            version: operator_version_updateVersionFile(file, '0.0.0', config.versionFile).oldVersion
        };
    }
    const makefile = requireRepoFile(repoDir, config.makefile, `bpfman-operator keeps its version in a ${config.versionFile} file or in the Makefile's "VERSION ?= X.Y.Z"`);
    // updateMakefileVersion refuses a Makefile without a literal version, naming both shapes.
    const version = makefileVersion(makefile) ??
        operator_version_updateMakefileVersion(makefile, '0.0.0', config.makefile).oldVersion;
    return { kind: 'makefile', path: config.makefile, content: makefile, version };
}
/** The source's content set to `version`. */
function setVersion(source, version) {
    return source.kind === 'version-file'
        ? updateVersionFile(source.content, version, source.path).content
        : updateMakefileVersion(source.content, version, source.path).content;
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

;// CONCATENATED MODULE: ./src/phases/tag-release/verify.ts








const MAKEFILE_VERSION = /^VERSION\s*\?=/m;
/** bpfman has a Cargo workspace version; the operator a VERSION file or a Makefile `VERSION ?=`. */
function detectRepoKind(treeDir) {
    const cargo = readRepoFile(treeDir, 'Cargo.toml');
    if (cargo !== undefined && /^\s*\[workspace\.package\]/m.test(cargo))
        return 'bpfman';
    if (readRepoFile(treeDir, 'VERSION') !== undefined)
        return 'operator';
    if (MAKEFILE_VERSION.test(readRepoFile(treeDir, 'Makefile') ?? ''))
        return 'operator';
    throw new release_errors/* InputError */.dz('kind', 'cannot tell the kind of repository: no Cargo.toml with [workspace.package], no VERSION file, no Makefile with "VERSION ?="; set kind to bpfman or operator');
}
/** bpfman: every file prepare-release edits is at the version (its updaters plan no edit). */
async function verifyBpfman(check) {
    const config = loadBpfmanConfig(check.treeDir, check.configFile);
    const edits = new FileEdits(check.treeDir);
    await planReleaseEdits({
        repoDir: check.treeDir,
        config,
        version: check.version,
        previous: check.previous,
        lockfile: 'workspace',
        git: check.git,
        baseCommit: check.commit,
        tracked: (await check.git.filesAt(check.commit)).map((entry) => entry.name),
        edits,
        notes: []
    });
    const problems = edits
        .changes()
        .map((change) => `${change.path} is not at ${check.version.version}: prepare-release would change it (${change.reason})`);
    return {
        changelogDir: config.changelogDir,
        problems,
        checked: [`${config.cargoToml} and the files prepare-release edits`]
    };
}
/** bpfman-operator: the version source (VERSION file, else Makefile `VERSION ?=`) and the bundle CSV. */
async function verifyOperator(check) {
    const { treeDir, version } = check;
    const config = loadOperatorConfig(treeDir, check.configFile);
    const problems = [];
    const checked = [];
    const source = findVersionSource(treeDir, config);
    const where = source.kind === 'makefile' ? `${source.path} (VERSION ?=)` : source.path;
    if (source.version !== version.version) {
        problems.push(`${where} holds ${source.version}, not ${version.version}`);
    }
    else
        checked.push(where);
    const csv = readRepoFile(treeDir, config.csvPath);
    if (csv !== undefined) {
        const mismatches = csvMismatches(readCsvIdentity(csv, config.csvPath), config.packageName, version.version);
        if (mismatches.length > 0) {
            problems.push(`${config.csvPath}: ${mismatches.join('; ')}; run make bundle`);
        }
        else
            checked.push(config.csvPath);
    }
    return { changelogDir: config.changelogDir, problems, checked };
}
const VERIFIERS = { bpfman: verifyBpfman, operator: verifyOperator };
/**
 * Checks that a tree is ready to be released as `version`: the changelog is
 * there and written, and every versioned file says the version. All problems
 * are reported at once; any problem means no tag.
 */
async function verifyReleaseTree(check, kind) {
    const chosen = kind === 'auto' ? detectRepoKind(check.treeDir) : kind;
    const result = await VERIFIERS[chosen](check);
    const path = changelogPath(result.changelogDir, check.version);
    const changelog = readRepoFile(check.treeDir, path);
    const problems = [...result.problems];
    if (changelog === undefined) {
        problems.unshift(`${path} does not exist`);
    }
    else {
        const placeholder = placeholderReason(changelog);
        if (placeholder)
            problems.unshift(`${path} is not written yet: ${placeholder}`);
    }
    if (problems.length > 0) {
        throw new release_errors/* ReleaseError */.K2(`the tree at ${check.commit.slice(0, 12)} is not ready to be released as ${check.version.tag} (${chosen} repository):\n  - ${problems.join('\n  - ')}\nFix it with a pull request to the base branch, then rerun; nothing was tagged`);
    }
    return {
        kind: chosen,
        changelogPath: path,
        changelog: changelog,
        checked: [path, ...result.checked]
    };
}

;// CONCATENATED MODULE: ./src/phases/tag-release/plan.ts








/** Fetches the base branch and the tags, and finds the commit to tag on the base branch. */
async function locateCommit(settings, request) {
    const { remote } = settings;
    const git = await (0,checkout/* openRepository */.h_)(settings.repoDir, remote);
    const { baseRef, baseCommit: baseTip } = await (0,checkout/* fetchBase */.cu)(git, remote, request.base, 'give the branch the release pull request merged into');
    const pull = request.pull;
    if (!pull)
        return { git, commit: baseTip };
    const commit = pull.mergeCommitSha;
    if (!commit) {
        throw new release_errors/* ReleaseError */.K2(`pull request #${pull.number} is merged but GitHub gives no merge commit; give the version and rerun`);
    }
    if (!(await git.revParse(commit)))
        await git.fetchCommit(remote, commit);
    if (!(await git.revParse(commit)) || !(await git.isAncestor(commit, baseRef))) {
        throw new release_errors/* ReleaseError */.K2(`the merge commit ${commit.slice(0, 12)} of pull request #${pull.number} is not on ${request.base} (${remote}/${request.base} is at ${baseTip.slice(0, 12)}); refusing to tag a commit outside the base branch`);
    }
    return { git, commit };
}
/** A tag may exist only on the commit being released: it is never moved or deleted. */
async function existingTag(git, remote, tag, commit) {
    const remoteTag = await git.lsRemoteTag(remote, tag);
    const localTag = await git.revParse(`refs/tags/${tag}`);
    for (const [where, at] of [
        [`${remote}`, remoteTag],
        ['this checkout', localTag]
    ]) {
        if (at && at !== commit) {
            throw new release_errors/* ReleaseError */.K2(`tag ${tag} already exists in ${where} on ${at.slice(0, 12)}, not on the commit being released (${commit.slice(0, 12)}); a tag is never moved or deleted: release the next version instead`);
        }
    }
    return remoteTag ? 'remote' : localTag ? 'local' : undefined;
}
/** Verifies the merged tree, then plans: tag, draft release, publication, dispatch. Changes nothing. */
async function planTagRelease(settings) {
    const notes = [];
    const request = await resolveRequest(settings, notes);
    const { version, base, pull } = request;
    const { git, commit } = await locateCommit(settings, request);
    const tagState = await existingTag(git, settings.remote, version.tag, commit);
    const previous = (0,release_version/* previousRelease */.Fi)(version, await git.tagsMergedInto(commit));
    const verified = await git.withWorktree(commit, (treeDir, treeGit) => verifyReleaseTree({ treeDir, git: treeGit, commit, version, previous, configFile: settings.configFile }, settings.kind));
    notes.push({
        kind: 'info',
        message: `verified at ${version.version}: ${verified.checked.join(', ')}`
    });
    const github = settings.github;
    const releases = await github.releases.list();
    const makeLatest = makeLatestAmong(version, await git.tags(), releases);
    if (makeLatest === 'false' && !(0,release_version/* isPrerelease */.V1)(version)) {
        notes.push({
            kind: 'info',
            message: `a higher release exists: ${version.tag} will not be marked as the latest release`
        });
    }
    const draft = draftReleaseOperation(github, version, commit, { name: version.tag, body: verified.changelog, prerelease: (0,release_version/* isPrerelease */.V1)(version), makeLatest }, releases.find((release) => release.tagName === version.tag), verified.changelogPath);
    const publish = settings.publish === 'now'
        ? publishReleaseOperation({
            github,
            version,
            release: draft,
            makeLatest,
            why: 'publish: now'
        })
        : undefined;
    const dispatch = settings.dispatchWorkflow
        ? dispatchOperation(github, settings.dispatchWorkflow, settings.dispatchRef || version.tag, version)
        : undefined;
    const operations = [
        tagOperation(git, settings.remote, version, commit, settings.identity ?? identity_ACTIONS_BOT, tagState),
        draft,
        ...(publish ? [publish] : []),
        ...(dispatch ? [dispatch] : [])
    ];
    const plan = {
        phase: 'tag-release',
        repository: settings.repository,
        version: version.version,
        files: [],
        operations,
        notes
    };
    const serverUrl = settings.serverUrl ?? 'https://github.com';
    return {
        plan,
        version,
        previous,
        kind: verified.kind,
        base,
        commit,
        pull,
        changelogPath: verified.changelogPath,
        tagUrl: `${serverUrl}/${settings.repository}/tree/${version.tag}`,
        steps: { draft, publish, dispatch }
    };
}
function tagOperation(git, remote, version, commit, identity, state) {
    const tag = version.tag;
    return {
        kind: 'git',
        title: state === 'remote'
            ? `tag ${tag} is on ${commit.slice(0, 12)} in ${remote} already`
            : `tag ${commit.slice(0, 12)} as ${tag} (annotated, tagger ${identity.name}) and push it to ${remote}`,
        apply: async () => {
            // Checked again: someone may have tagged since the plan was made.
            const where = await existingTag(git, remote, tag, commit);
            if (where === 'remote') {
                return { status: 'unchanged', detail: `${remote} has ${tag} on ${commit.slice(0, 12)}` };
            }
            if (!where)
                await git.createAnnotatedTag(tag, commit, identity);
            // Without --force, git refuses to overwrite a tag that appeared on the remote meanwhile.
            await git.push(remote, `refs/tags/${tag}:refs/tags/${tag}`);
            return { status: 'done', detail: `${tag} -> ${commit.slice(0, 12)}` };
        }
    };
}
function dispatchOperation(github, workflow, ref, version) {
    const tag = version.tag;
    return dispatchOnceOperation({
        github,
        workflow,
        ref,
        inputs: { tag },
        matches: (run) => isRunFor(run, 'tag', [tag]),
        title: `dispatch ${workflow} on ${ref} with tag=${tag}, unless a run for ${tag} is queued, running or succeeded`,
        refusalHint: `The workflow must exist on ${ref} and declare on.workflow_dispatch.inputs.tag`,
        refusals: [422, 404]
    });
}

;// CONCATENATED MODULE: ./src/phases/tag-release/planner.ts


/** The release and the dispatched run, as far as the operations made them. */
function tagResults(tagged, products) {
    const { steps } = tagged;
    return {
        release: products?.find(steps.publish) ?? products?.find(steps.draft),
        dispatch: products?.find(steps.dispatch)
    };
}
/** The links of the job summary: tag, release and the dispatched run, as far as they are known. */
function tagReleaseLinks(tagged, products) {
    const { release, dispatch } = tagResults(tagged, products);
    const links = [{ label: `Tag ${tagged.version.tag}`, url: tagged.tagUrl }];
    if (release)
        links.push({ label: `Release${release.draft ? ' (draft)' : ''}`, url: release.url });
    if (dispatch?.url)
        links.push({ label: `Run of ${dispatch.workflow}`, url: dispatch.url });
    return links;
}
/** What tag-release reports after it ran (or, in a dry run, would have). */
function tagReport(tagged, repository, result) {
    const { version } = tagged;
    const { release, dispatch } = tagResults(tagged, result?.products);
    const links = result ? tagReleaseLinks(tagged, result.products) : [];
    return {
        manifest: {
            header: {
                repository,
                version,
                previousTag: tagged.previous?.tag ?? null,
                base: tagged.base
            },
            part: {
                tagRelease: {
                    commit: tagged.commit,
                    release: release ? { id: release.id, url: release.url, draft: release.draft } : null,
                    dispatch: dispatch ? { workflow: dispatch.workflow, runId: dispatch.runId ?? null } : null
                }
            }
        },
        outputs: {
            version: version.version,
            tag: version.tag,
            commit: tagged.commit,
            'release-id': release?.id,
            'release-url': release?.url,
            draft: release ? String(release.draft) : '',
            'dispatched-run': dispatch?.runId
        },
        links,
        epilogue: ['', ...links.map((link) => `${link.label}: ${link.url}`)]
    };
}
const planner = (0,phase/* plannerOf */.g)({
    plan: planTagRelease,
    report: (tagged, settings, result) => tagReport(tagged, settings.repository, result)
});


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
