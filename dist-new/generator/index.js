// The library API: generate(options) -> files. The pipeline in a straight line:
// read -> load -> refs -> build-model -> per target: plan (names + views) -> render -> normalize.
// Writing is separate (write.ts), so callers can check drift or write atomically.
import { readSchemaFile } from './config.js';
import { basename, relative } from 'node:path';
import { buildModel } from './build-model.js';
import { checkCodegenKeys } from './codegen-keys.js';
import { SchemaError } from './errors.js';
import { checkSchema, parseSchemaText } from './load.js';
import { checkRefs } from './refs.js';
import { loadPrecompiled } from './precompiled.js';
import { createRenderer, normalizeWhitespace, templateDirs } from './render.js';
import { TARGETS } from './targets/index.js';
export { SchemaError, OptionsError } from './errors.js';
export { resolveOptions } from './config.js';
export { checkOutput, writeOutput, hasDrift } from './write.js';
export { PACKAGE_ROOT } from './package-root.js';
export function generate(options) {
    const model = loadModel(options.schema);
    return { model, files: renderModel(model, options) };
}
/** Relative to the working directory when below it, for shorter messages. */
function displayPath(path) {
    const rel = relative(process.cwd(), path);
    return rel.startsWith('..') || rel === '' ? path : rel;
}
/** Schema file -> model. Errors carry the file name. */
export function loadModel(schemaPath) {
    const text = readSchemaFile(schemaPath).toString('utf8');
    return modelFromText(text, basename(schemaPath), displayPath(schemaPath));
}
export function modelFromText(text, source, file = source) {
    try {
        const root = checkSchema(parseSchemaText(text));
        checkRefs(root);
        const model = buildModel(root, source);
        checkCodegenKeys(model, TARGETS);
        return model;
    }
    catch (error) {
        throw error instanceof SchemaError ? error.inFile(file) : error;
    }
}
export function renderModel(model, options) {
    return new Map(renderFiles(model, options));
}
/** The files one at a time, as they are rendered; errors carry the schema file when known. */
export function* renderFiles(model, options) {
    const precompiled = loadPrecompiled();
    try {
        for (const name of options.targets) {
            const target = TARGETS[name];
            const renderer = createRenderer(templateDirs(name, options.templates), precompiled[name]);
            for (const file of target.plan(model, options.options[name] ?? target.defaults)) {
                yield [`${name}/${file.path}`, normalizeWhitespace(renderer.render(file.template, file.view))];
            }
        }
    }
    catch (error) {
        // Targets find problems too (name collisions, bad x-codegen values): say which file.
        throw error instanceof SchemaError && options.schema !== undefined ? error.inFile(displayPath(options.schema)) : error;
    }
}
