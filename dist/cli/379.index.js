export const id = 379;
export const ids = [379];
export const modules = {

/***/ 4379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planner: () => (/* binding */ planner)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 1 modules
var prepared_release = __webpack_require__(7327);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/bpfman-edits.ts + 5 modules
var bpfman_edits = __webpack_require__(1362);
// EXTERNAL MODULE: ./src/steps/review-list.ts + 1 modules
var review_list = __webpack_require__(4873);
// EXTERNAL MODULE: ./src/steps/patch-branch.ts
var patch_branch = __webpack_require__(2838);
;// CONCATENATED MODULE: ./src/phases/prepare-release/plan.ts








/** Computes every edit and step of a bpfman release; changes nothing. */
async function planPrepare(settings) {
    const started = await (0,prepared_release/* startRelease */.I$)(settings);
    return (0,patch_branch/* inReleaseTree */.pB)(settings, started, (tree) => planInTree(settings, started, tree));
}
/** The edits of the release as read from its tree, and the steps that publish them. */
async function planInTree(settings, started, tree) {
    const { version, checkout, previous } = started;
    const { dir: treeDir, git: treeGit, commit: treeCommit, patch } = tree;
    const config = (0,release_config/* loadBpfmanConfig */.xt)(treeDir, settings.configFile);
    const treeSettings = { ...settings, repoDir: treeDir };
    const pending = (0,prepared_release/* startFinish */.Ib)({ settings: treeSettings, started, config, ...patch });
    const notes = [];
    const edits = new files/* FileEdits */.Q7(treeDir);
    const editsInput = {
        repoDir: treeDir,
        config,
        version,
        previous,
        lockfile: settings.lockfile,
        git: treeGit,
        baseCommit: treeCommit,
        tracked: patch.tracked,
        edits,
        notes
    };
    const { oldVersion } = (0,bpfman_edits/* planWorkspaceVersion */.Dp)(editsInput);
    (0,release_version/* assertNotBehindTree */.S6)(version, { path: config.cargoToml, version: oldVersion }, started.base, checkout.tags);
    if (oldVersion === version.version) {
        throw new errors/* InputError */.dz('version', `${config.cargoToml} on ${started.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    // A release candidate on the lighter path leaves the docs naming the last
    // final on purpose: their mentions of it are not for review.
    const review = (0,review_list/* startReview */.L)(treeGit, (0,release_version/* isPrerelease */.V1)(version) && !config.prereleaseEdits.includes('docs') ? undefined : oldVersion);
    await (0,bpfman_edits/* planVersionMentions */.fX)(editsInput, oldVersion);
    return (0,prepared_release/* finishRelease */.pp)({
        phase: 'prepare-release',
        project: 'bpfman',
        settings: treeSettings,
        started,
        pending,
        edits,
        notes,
        config,
        review,
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit.',
        ...patch
    });
}

;// CONCATENATED MODULE: ./src/phases/prepare-release/planner.ts



const planner = (0,phase/* plannerOf */.g)({ plan: planPrepare, report: prepared_release/* preparedReport */.oK });


/***/ })

};
