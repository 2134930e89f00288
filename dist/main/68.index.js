export const id = 68;
export const ids = [68];
export const modules = {

/***/ 1068:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2929);
/* harmony import */ var _src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _src_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5546);
/* harmony import */ var _src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9104);
/* harmony import */ var _src_phases_verify_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5203);
/* harmony import */ var _src_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4813);
/* harmony import */ var _src_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8855);








function prNumberInput() {
    const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('pr-number');
    if (!text)
        return (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .pullNumberFromEvent */ .lg)(process.env.GITHUB_EVENT_PATH);
    if (!/^[1-9]\d*$/.test(text))
        throw new _src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pr-number', `"${text}" is not a pull request number`);
    return Number(text);
}
await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(async () => {
    const repository = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryInput */ .JD)();
    const token = (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)();
    const dryRun = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('dry-run');
    const tagged = await (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .planTagRelease */ .Fd)({
        repoDir: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .workingDirectoryInput */ .RW)(),
        repository,
        version: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('version') || undefined,
        pr: prNumberInput(),
        base: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('base') || undefined,
        remote: 'origin',
        github: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClientFor */ .qI)(repository, token),
        identity: (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .committerInput */ .TV)(),
        kind: (0,_src_phases_verify_release_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepoKind */ .i5)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('kind')),
        publish: (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePublishMode */ .am)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('publish') || 'later'),
        dispatchWorkflow: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('dispatch-workflow') || undefined,
        dispatchRef: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('dispatch-ref') || undefined,
        releaseLabel: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('release-label') || undefined,
        configFile: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('config-file') || undefined,
        serverUrl: process.env.GITHUB_SERVER_URL
    });
    const { version, outputs } = tagged;
    const manifestPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('manifest-path') || (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultManifestPath */ .wN)(repository, version.tag);
    const existing = (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestFor */ .Pm)(manifestPath, version);
    const applied = await (0,_src_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .F)(tagged.plan, { dryRun, print: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text) });
    if (!dryRun)
        (0,_src_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .writeManifest */ .HN)(manifestPath, (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .tagReleaseManifest */ .Lp)(tagged, repository, existing));
    (0,_src_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({
        version: version.version,
        tag: version.tag,
        commit: tagged.commit,
        'release-id': outputs.release?.id,
        'release-url': outputs.release?.url,
        draft: outputs.release ? String(outputs.release.draft) : '',
        'dispatched-run': outputs.dispatch?.runId,
        'manifest-path': dryRun ? '' : manifestPath
    });
    (0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j7)((0,_src_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummary */ .Br)(tagged.plan, { applied, links: dryRun ? [] : (0,_src_phases_tag_release_js__WEBPACK_IMPORTED_MODULE_4__/* .tagReleaseLinks */ .B4)(tagged), dryRun }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
