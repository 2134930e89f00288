export const id = 5;
export const ids = [5];
export const modules = {

/***/ 7005:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2451);
/* harmony import */ var _src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(608);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRelease */ .v);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ prepareRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/steps/prepared-release.ts + 3 modules
var prepared_release = __webpack_require__(3934);
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
    const notes = [];
    const edits = new files/* FileEdits */.Q7(treeDir);
    const { oldVersion } = await (0,bpfman_edits/* planReleaseEdits */.W)({
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
    });
    (0,release_version/* assertNotBehindTree */.S6)(version, { path: config.cargoToml, version: oldVersion }, started.base, checkout.tags);
    if (oldVersion === version.version) {
        throw new errors/* InputError */.dz('version', `${config.cargoToml} on ${started.base} already holds ${version.version}: the release is prepared. Merge its pull request and run tag-release`);
    }
    return (0,prepared_release/* finishRelease */.pp)({
        phase: 'prepare-release',
        project: 'bpfman',
        settings: { ...settings, repoDir: treeDir },
        started,
        edits,
        notes,
        config,
        // A release candidate on the lighter path leaves the docs naming the last
        // final on purpose: their mentions of it are not for review.
        reviewVersion: (0,release_version/* isPrerelease */.V1)(version) && !config.prereleaseEdits.includes('docs') ? undefined : oldVersion,
        afterMerge: 'tag-release verifies the merged tree and tags the merge commit.',
        ...patch
    });
}

// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/phases/prepare-release/settings.ts




/** prepare-release's settings, from the action's inputs or the CLI's flags. */
async function prepareSettings(inputs) {
    const version = (0,release_version/* parseVersion */.ot)((0,release_inputs/* requireInput */.oN)(inputs, 'version', '0.6.1'), inputs.label('version'));
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman');
    return {
        ...checkout,
        version: version.version,
        base: inputs.get('base') || 'main',
        lockfile: (0,release_inputs/* parseChoice */.HU)(inputs.get('lockfile') || 'workspace', bpfman_edits/* LOCKFILE_MODES */.v, inputs.label('lockfile')),
        summary: inputs.get('summary') || undefined,
        changelogSince: inputs.get('changelog-since') || undefined,
        patchOf: inputs.get('patch-of') || undefined,
        cherryPick: inputs.get('cherry-pick') || undefined,
        patchLines: true,
        github: (0,settings/* githubClientFor */.q)(inputs, checkout.repository, checkout.remote !== undefined || !checkout.offline, 'export a token with contents and pull-requests write access, or use --no-push --offline')
    };
}

;// CONCATENATED MODULE: ./src/phases/prepare-release/index.ts




/** prepare-release: bpfman's release branch, one signed-off commit, the pull request. */
const prepareRelease = (0,phase/* phaseOf */.h)({
    name: 'prepare-release',
    settings: prepareSettings,
    plan: planPrepare,
    report: prepared_release/* preparedReport */.oK
});


/***/ })

};
