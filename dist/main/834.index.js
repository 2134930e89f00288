export const id = 834;
export const ids = [834];
export const modules = {

/***/ 9834:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9091);
/* harmony import */ var _src_phases_operator_release_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3309);


await (0,_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_src_phases_operator_release_index_js__WEBPACK_IMPORTED_MODULE_1__/* .operatorRelease */ .g);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ operatorRelease)
});

// EXTERNAL MODULE: ./src/release/phase.ts
var phase = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/effects/github/client.ts + 10 modules
var client = __webpack_require__(8740);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/release/inputs.ts
var release_inputs = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/steps/settings.ts
var settings = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/phases/operator-release/settings.ts





const OPERATOR_STAGES = ['prepare', 'catalogs', 'next-dev'];
const WRITE_TOKEN = 'export a token with contents and pull-requests write access, or use --no-push --offline';
/** operator-release's settings, from the action's inputs or the CLI's flags. */
async function operatorSettings(inputs) {
    if (!inputs.get('stage')) {
        throw new errors/* InputError */.dz(inputs.label('stage'), 'is required: prepare, catalogs or next-dev');
    }
    const stage = (0,release_inputs/* parseChoice */.HU)(inputs.get('stage'), OPERATOR_STAGES, inputs.label('stage'));
    const version = (0,release_version/* parseVersion */.ot)((0,release_inputs/* requireInput */.oN)(inputs, 'version', '0.6.1'), inputs.label('version')).version;
    const checkout = await (0,settings/* checkoutSettings */.C)(inputs, 'bpfman/bpfman-operator');
    const { repository, remote, offline } = checkout;
    const push = remote !== undefined;
    const base = inputs.get('base') || 'main';
    const common = {
        repoDir: checkout.repoDir,
        repository,
        version,
        dryRun: checkout.dryRun,
        identity: checkout.identity,
        configFile: checkout.configFile
    };
    if (stage === 'prepare') {
        const skipBundle = (0,release_inputs/* parseBoolean */.yG)(inputs.get('skip-bundle'), inputs.label('skip-bundle'));
        const bundleCommand = inputs.get('bundle-command');
        if (skipBundle && bundleCommand) {
            throw new errors/* InputError */.dz(inputs.label('skip-bundle'), `and ${inputs.label('bundle-command')} exclude each other; give one of them`);
        }
        return {
            stage,
            ...common,
            base,
            remote,
            offline,
            summary: inputs.get('summary') || undefined,
            changelogSince: inputs.get('changelog-since') || undefined,
            patchOf: inputs.get('patch-of') || undefined,
            cherryPick: inputs.get('cherry-pick') || undefined,
            patchLines: true,
            github: (0,settings/* githubClientFor */.q)(inputs, repository, push || !offline, WRITE_TOKEN),
            bpfman: offline
                ? undefined
                : (0,settings/* githubClientFor */.q)(inputs, inputs.get('bpfman-repository') || 'bpfman/bpfman', true, WRITE_TOKEN, 'token', 'bpfman-repository'),
            bundleCommand: skipBundle
                ? undefined
                : (0,release_inputs/* parseCommand */.RM)(bundleCommand || 'make bundle', inputs.label('bundle-command'), 'make bundle'),
            skipGo: (0,release_inputs/* parseBoolean */.yG)(inputs.get('skip-go'), inputs.label('skip-go'))
        };
    }
    if (stage === 'catalogs') {
        const catalogToken = inputs.get('catalog-token');
        if (push && !catalogToken) {
            throw new errors/* InputError */.dz(inputs.label('catalog-token'), "is required for stage catalogs: a token of the bot account that forks the catalogs (the workflow's GITHUB_TOKEN cannot push there)");
        }
        // The stage only reads the operator's release with the repository's token: the bot's will do.
        const readToken = inputs.get('token') || catalogToken;
        return {
            stage,
            ...common,
            base,
            remote,
            push,
            offline,
            github: offline
                ? undefined
                : (0,settings/* githubClientFor */.q)({
                    get: (name) => (name === 'token' ? readToken : inputs.get(name)),
                    label: inputs.label
                }, repository, true, WRITE_TOKEN),
            catalogOctokit: push
                ? (0,client/* createOctokit */.Qi)(catalogToken, { inputs: { token: inputs.label('catalog-token') } })
                : undefined,
            catalogToken: push ? catalogToken : undefined,
            gitServerUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            openshiftVersions: inputs.get('openshift-versions') || undefined
        };
    }
    return {
        stage,
        ...common,
        base,
        remote,
        github: (0,settings/* githubClientFor */.q)(inputs, repository, push, WRITE_TOKEN)
    };
}

;// CONCATENATED MODULE: ./src/phases/operator-release/index.ts


/** operator-release: bpfman-operator's stages prepare, catalogs and next-dev. */
const operatorRelease = (0,phase/* phaseOf */.h)({
    name: 'operator-release',
    settings: operatorSettings,
    loadPlanner: async () => (await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(815), __webpack_require__.e(106), __webpack_require__.e(709), __webpack_require__.e(13), __webpack_require__.e(141), __webpack_require__.e(327), __webpack_require__.e(415)]).then(__webpack_require__.bind(__webpack_require__, 6415))).planner
});


/***/ })

};
