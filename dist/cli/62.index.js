export const id = 62;
export const ids = [62];
export const modules = {

/***/ 7062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tagRelease: () => (/* binding */ tagRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/checkout.ts
var steps_checkout = __webpack_require__(5903);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/phases/tag-release/choices.ts

const PUBLISH_MODES = ['now', 'later'];
const REPO_KINDS = ['bpfman', 'operator'];
function parseRepoKind(text, input = 'kind') {
    return (0,release_inputs/* parseChoice */.HU)(text || 'auto', ['auto', ...REPO_KINDS], input);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/phases/tag-release/event.ts

/** The pull request number of a pull_request event (GITHUB_EVENT_PATH), or undefined for other events. */
function pullNumberFromEvent(eventPath) {
    if (!eventPath || !(0,external_node_fs_.existsSync)(eventPath))
        return undefined;
    const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    const number = payload.pull_request?.number;
    return typeof number === 'number' ? number : undefined;
}

;// CONCATENATED MODULE: ./src/phases/tag-release/settings.ts







function pullNumber(inputs) {
    const text = inputs.get('pr-number');
    if (!text)
        return pullNumberFromEvent(process.env.GITHUB_EVENT_PATH);
    if (!/^[1-9]\d{0,9}$/.test(text) || !Number.isSafeInteger(Number(text)))
        throw new errors/* InputError */.dz(inputs.label('pr-number'), `"${text}" is not a pull request number; give the number of the release pull request, e.g. 1234`);
    return Number(text);
}
/** tag-release's settings, from the action's inputs or the CLI's flags. */
async function tagSettings(inputs, context) {
    const given = inputs.get('version');
    const parsed = given ? (0,release_version/* parseVersion */.ot)(given, inputs.label('version')) : undefined;
    const version = parsed?.version;
    const pr = pullNumber(inputs);
    if (!version && pr === undefined) {
        throw new errors/* InputError */.dz(inputs.label('version'), `or ${inputs.label('pr-number')} is required, e.g. ${inputs.label('version')} 0.6.1`);
    }
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman');
    // Inputs before state: the base branch and the manifest before any request.
    const base = inputs.get('base')
        ? await (0,steps_checkout/* checkBaseInput */.UQ)(checkout.repoDir, checkout.fetchRemote, inputs.get('base'), inputs.label('base'))
        : undefined;
    context.manifest(checkout.repository, parsed);
    return {
        repoDir: checkout.repoDir,
        repository: checkout.repository,
        remote: checkout.fetchRemote,
        dryRun: checkout.dryRun,
        identity: checkout.identity,
        configFile: checkout.configFile,
        version,
        pr,
        base,
        github: (0,settings/* githubClientFor */.q)(inputs, checkout.repository, true, 'export a token with contents and actions write access'),
        kind: parseRepoKind(inputs.get('kind'), inputs.label('kind')),
        publish: (0,release_inputs/* parseChoice */.HU)(inputs.get('publish') || 'later', PUBLISH_MODES, inputs.label('publish')),
        dispatchWorkflow: inputs.get('dispatch-workflow') || undefined,
        dispatchRef: inputs.get('dispatch-ref') || undefined,
        releaseLabel: inputs.get('release-label') || undefined,
        serverUrl: process.env.GITHUB_SERVER_URL
    };
}

;// CONCATENATED MODULE: ./src/phases/tag-release/index.ts


/** tag-release: verify the merged tree, tag it, draft the release, start publication. */
const tagRelease = (0,phase/* phaseOf */.h)({
    name: 'tag-release',
    settings: tagSettings,
    loadPlanner: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(815), __webpack_require__.e(106), __webpack_require__.e(709), __webpack_require__.e(13), __webpack_require__.e(141), __webpack_require__.e(362), __webpack_require__.e(607)]).then(__webpack_require__.bind(__webpack_require__, 7607))).planner
});


/***/ })

};
