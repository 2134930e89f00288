export const id = 5;
export const ids = [5];
export const modules = {

/***/ 7005:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2929);
/* harmony import */ var _src_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5546);
/* harmony import */ var _src_phases_prepare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4131);
/* harmony import */ var _src_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4813);
/* harmony import */ var _src_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8855);






await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(async () => {
    const repository = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryInput */ .JD)();
    const token = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)();
    const dryRun = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('dry-run');
    const github = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClientFor */ .qI)(repository, token);
    const offline = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('offline');
    const prepared = await (0,_src_phases_prepare_js__WEBPACK_IMPORTED_MODULE_3__/* .planPrepare */ .$b)({
        repoDir: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .workingDirectoryInput */ .RW)(),
        version: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('version', { required: true }),
        base: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('base') || 'main',
        repository,
        lockfile: (0,_src_phases_prepare_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLockfileMode */ .Oz)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('lockfile') || 'workspace'),
        summary: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('summary') || undefined,
        offline,
        remote: 'origin',
        github,
        identity: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .committerInput */ .TV)(),
        configFile: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('config-file') || undefined
    });
    const applied = await (0,_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .runPlan */ .F)(prepared.plan, { dryRun, print: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text) });
    const { version, previous, outputs } = prepared;
    const manifestPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifest-path') || (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultManifestPath */ .wN)(repository, version.tag);
    if (!dryRun) {
        (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_prepare_js__WEBPACK_IMPORTED_MODULE_3__/* .preparedManifest */ .z9)(prepared, repository));
    }
    (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({
        version: version.version,
        tag: version.tag,
        'previous-tag': previous?.tag,
        branch: prepared.branch,
        'pr-number': outputs.pr?.number,
        'pr-url': outputs.pr?.url,
        'changelog-path': prepared.changelogPath,
        'manifest-path': dryRun ? '' : manifestPath
    });
    const links = outputs.pr ? [{ label: 'Pull request', url: outputs.pr.url }] : [];
    (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeJobSummary */ .j7)((0,_src_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(prepared.plan, { applied, links, dryRun }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
