export const id = 5;
export const ids = [5];
export const modules = {

/***/ 7005:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9091);
/* harmony import */ var _src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4949);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_src_phases_prepare_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRelease */ .v);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ prepareRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
;// CONCATENATED MODULE: ./src/steps/lockfile-mode.ts
const LOCKFILE_MODES = ['workspace', 'generate', 'none'];

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
        lockfile: (0,release_inputs/* parseChoice */.HU)(inputs.get('lockfile') || 'workspace', LOCKFILE_MODES, inputs.label('lockfile')),
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
    loadPlanner: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(815), __webpack_require__.e(106), __webpack_require__.e(709), __webpack_require__.e(13), __webpack_require__.e(141), __webpack_require__.e(362), __webpack_require__.e(327), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 4379))).planner
});


/***/ })

};
