export const id = 362;
export const ids = [362];
export const modules = {

/***/ 1362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wk: () => (/* binding */ planReleaseEdits),
  fX: () => (/* binding */ planVersionMentions),
  Dp: () => (/* binding */ planWorkspaceVersion)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/release/config.ts
var release_config = __webpack_require__(6187);
// EXTERNAL MODULE: ./src/effects/exec.ts
var exec = __webpack_require__(4329);
// EXTERNAL MODULE: ./src/release/files.ts
var files = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/release/version.ts + 1 modules
var release_version = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/release/errors.ts
var errors = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/updaters/text.ts
var updaters_text = __webpack_require__(4855);
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
        throw new errors/* InputError */.dz(INPUT, 'has no [[package]] entries; expected a Cargo.lock written by cargo');
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
    const names = members.map((member) => (0,updaters_text/* escapeRegExp */.Nt)(member.name)).join('|');
    const entry = new RegExp(`^(\\s*")(${names}) ${(0,updaters_text/* escapeRegExp */.Nt)(oldVersion)}(",?\\r?)$`);
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

// EXTERNAL MODULE: ./src/release/toml.ts
var toml = __webpack_require__(6101);
// EXTERNAL MODULE: ./src/updaters/toml-strings.ts
var toml_strings = __webpack_require__(6559);
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
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `no [workspace.package] version; ${EXPECTED}`);
    }
    if (oldVersion === newVersion)
        return { content, oldVersion, bumped: [] };
    const strings = (0,toml_strings/* locateTomlStrings */.h)(content);
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
        content: (0,updaters_text/* spliceAll */.C4)(content, edits),
        oldVersion,
        bumped: bumped.sort((a, b) => a.start - b.start).map(({ name }) => name)
    };
}
function parseToml(content) {
    try {
        return (0,toml/* parse */.q)(content);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `is not valid TOML (${reason}); ${EXPECTED}`);
    }
}
function table(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** The edit that swaps the text between the quotes of one string value. */
function replaceLiteral(strings, path, expected, replacement) {
    const location = strings.get((0,toml_strings/* pathKey */.P)(path));
    if (!location || location.value !== expected) {
        throw new errors/* InputError */.dz(cargo_toml_INPUT, `${path.join('.')} = "${expected}" is not written as a one-line string; write it as ${path.at(-1)} = "${expected}"`);
    }
    return { start: location.start + 1, end: location.end - 1, text: replacement };
}

// EXTERNAL MODULE: ./src/updaters/dispatcher-images.ts
var dispatcher_images = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/release/change-groups.ts
var change_groups = __webpack_require__(7658);
// EXTERNAL MODULE: ./src/release/yaml.ts
var yaml = __webpack_require__(2506);
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
        return (0,yaml/* parseAllDocuments */.hR)(text)
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
    const doc = (0,yaml/* parseDocument */.Tp)(source);
    if (doc.errors.length > 0 || !(0,yaml/* isMap */.jh)(doc.contents))
        return undefined;
    const parts = { images: [], resources: [] };
    const patches = doc.get('patches', true);
    if ((0,yaml/* isSeq */.oP)(patches)) {
        for (const patch of patches.items) {
            if (!(0,yaml/* isMap */.jh)(patch))
                continue;
            const target = patch.get('target', true);
            const body = patch.get('patch', true);
            if (!(0,yaml/* isMap */.jh)(target) || !(0,yaml/* isScalar */.jn)(body) || typeof body.value !== 'string')
                continue;
            const kind = target.get('kind', true);
            const name = target.get('name', true);
            if (!(0,yaml/* isScalar */.jn)(kind) || !(0,yaml/* isScalar */.jn)(name))
                continue;
            const inner = innerPatchRanges(source, body);
            if (!inner)
                continue;
            parts.programPatch = { kind, name, ...inner };
            break;
        }
    }
    const images = doc.get('images', true);
    if ((0,yaml/* isSeq */.oP)(images)) {
        for (const image of images.items) {
            if (!(0,yaml/* isMap */.jh)(image))
                continue;
            const name = image.get('name', true);
            const newName = image.get('newName', true);
            parts.images.push({
                name: (0,yaml/* isScalar */.jn)(name) ? name : undefined,
                newName: (0,yaml/* isScalar */.jn)(newName) ? newName : undefined
            });
        }
    }
    const resources = doc.get('resources', true);
    if ((0,yaml/* isSeq */.oP)(resources)) {
        for (const item of resources.items)
            if ((0,yaml/* isScalar */.jn)(item))
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
    const doc = (0,yaml/* parseDocument */.Tp)(inner);
    if (doc.errors.length > 0 || !(0,yaml/* isSeq */.oP)(doc.contents))
        return undefined;
    for (const op of doc.contents.items) {
        const kind = (0,yaml/* isMap */.jh)(op) ? op.get('op', true) : undefined;
        if (!(0,yaml/* isMap */.jh)(op) || !(0,yaml/* isScalar */.jn)(kind) || kind.value !== 'replace')
            continue;
        const path = op.get('path', true);
        const value = op.get('value', true);
        if (!(0,yaml/* isScalar */.jn)(path) || typeof path.value !== 'string' || !/\/image\/url$/.test(path.value)) {
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
        return { path: map(path), value: (0,yaml/* isScalar */.jn)(value) ? map(value) : undefined };
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
            throw new errors/* InputError */.dz(example_configs_INPUT, `no release folder vX.Y.Z${flavour}/ below ${target}/ to copy from; add one by hand (examples/config/${target}/, one folder per example with its kustomization.yaml) and run again`);
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
        return text.replace((0,updaters_text/* exactVersionRegExp */.nt)(this.from), (_all, v) => `${v}${this.to}`);
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
    const pattern = new RegExp(`(?<![\\w-])${(0,updaters_text/* escapeRegExp */.Nt)(sibling)}(?!\\w)`, 'g');
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
    const base = parts.resources.find((node) => new RegExp(`(?:^|/)${(0,updaters_text/* escapeRegExp */.Nt)(sibling)}/?$`).test(String(node.value)));
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
const EXPORT_EXAMPLE = new RegExp(`^(#.*\\(e\\.g\\.? export VERSION=)(v?)(?:${updaters_text/* ANY_VERSION_SOURCE */.oO})(?![0-9]|\\.[0-9])`);
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
        throw new errors/* InputError */.dz(examples_makefile_INPUT, 'has no "VERSION ?= X.Y.Z" line; expected the examples Makefile to set its default VERSION that way');
    }
    const [, head, value, tail] = VERSION_LINE.exec(lines[index]);
    const release = RELEASE_VERSION.exec(value);
    if (!release) {
        throw new errors/* InputError */.dz(examples_makefile_INPUT, `VERSION ?= holds "${value}", not a version; expected "VERSION ?= X.Y.Z"`);
    }
    const [, v, oldVersion] = release;
    if (oldVersion === newVersion)
        return { content, oldVersion };
    const mention = (0,updaters_text/* exactVersionRegExp */.nt)(oldVersion);
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

// EXTERNAL MODULE: ./src/steps/doc-edits.ts
var doc_edits = __webpack_require__(8197);
;// CONCATENATED MODULE: ./src/steps/bpfman-edits.ts












/**
 * Whether this release makes an edit: a final makes every one, a release
 * candidate those of the config's `prereleaseEdits` (the plan says once which it leaves out).
 */
function editsOf({ config, version, notes }) {
    if (!(0,release_version/* isPrerelease */.V1)(version))
        return () => true;
    const left = release_config/* BPFMAN_EDITS */.nY.filter((edit) => !config.prereleaseEdits.includes(edit));
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
    const cargoToml = (0,files/* requireRepoFile */.AK)(repoDir, config.cargoToml, 'bpfman releases start from the workspace Cargo.toml');
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
        (0,doc_edits/* planDocRules */.v)(repoDir, config.docRules, input.previous, version, edits, 'version reference(s)');
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
    const cargoToml = updateCargoToml((0,files/* requireRepoFile */.AK)(repoDir, config.cargoToml, ''), version.version).content;
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
    const content = (0,files/* readRepoFile */.v6)(repoDir, path);
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
    const updated = (0,dispatcher_images/* updateDispatcherImages */.bQ)(source, config.dispatcherImages, version.tag);
    edits.set(config.dispatcherSource, updated.content, `dispatcher images pinned to ${version.tag}: ${updated.changed.join(', ')}`);
    notes.push(...updated.notes.map((note) => ({ ...note, path: note.path ?? config.dispatcherSource })));
}


/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ restoreDispatcherImages),
/* harmony export */   bQ: () => (/* binding */ updateDispatcherImages)
/* harmony export */ });
/* unused harmony export DISPATCHER_IMAGES_FILE */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4855);

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
                const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .lineNumberAt */ .bC)(content, literal.start);
                notes.push({
                    kind: 'info',
                    path,
                    line,
                    message: `${image} is pinned by digest, left alone`
                });
                continue;
            }
            for (const line of commentAbove(lines, (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .lineNumberAt */ .bC)(content, literal.start) - 1, images)) {
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
    return { content: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .spliceAll */ .C4)(content, edits), notes, changed };
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
    return { content: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .spliceAll */ .C4)(content, edits), changed };
}
function findImageLiterals(content, image) {
    const pattern = new RegExp(`"${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt)(image)}(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@[a-z0-9]+:[0-9a-fA-F]+)?"`, 'g');
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


/***/ })

};
