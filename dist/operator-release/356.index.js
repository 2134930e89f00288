export const id = 356;
export const ids = [356];
export const modules = {

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlanned: () => (/* binding */ applyPlanned)
/* harmony export */ });
/* harmony import */ var _effects_manifest_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4632);
/* harmony import */ var _release_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4776);
/* harmony import */ var _release_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8434);
/* harmony import */ var _release_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7709);




/**
 * A planned phase's second half: print the plan, apply it (a dry run stops
 * there), extend the manifest, set the outputs and write the job summary; the
 * summary also when a step fails, whose error is thrown after it is written.
 */
async function applyPlanned(planned, dryRun, context, host) {
    const existing = context.manifest(planned.repository, planned.version);
    const { plan } = planned;
    host.print(host.json ? JSON.stringify((0,_release_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planToJson */ .$p)(plan), null, 2) : (0,_release_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlan */ .EG)(plan, { diffs: host.diffs }));
    for (const note of plan.notes)
        if (note.kind === 'warning')
            host.warn?.(note);
    let result;
    if (dryRun) {
        if (!host.json)
            host.print('\nDry run: nothing was changed.');
    }
    else {
        if (!host.json)
            host.print('\nApplying:');
        result = await (0,_release_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .applyPlan */ .gj)(plan, host.json ? undefined : (line) => host.print(line));
    }
    const report = planned.report(result);
    const path = dryRun ? undefined : host.manifestPath(planned.repository, planned.version.tag);
    if (path && report.manifest) {
        (0,_effects_manifest_file_js__WEBPACK_IMPORTED_MODULE_0__/* .writeManifestFile */ .hP)(path, (0,_release_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .extendManifest */ .If)(existing, report.manifest.header, report.manifest.part));
    }
    host.setOutputs({ ...report.outputs, 'manifest-path': path ?? '' });
    if (host.writeSummary) {
        host.writeSummary([
            (0,_release_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .Br)(plan, { applied: result?.applied, links: report.links, dryRun }),
            ...(report.sections ?? [])
        ]
            .filter(Boolean)
            .join('\n'));
    }
    if (result && !host.json)
        host.epilogue(report.epilogue ?? []);
    if (result?.error)
        throw result.error;
}


/***/ })

};
