// build: `npm run build:playground` (after `npm run build`, which writes dist/templates.cjs).
// Bundles the playground into dist/playground/: index.html, style.css and playground.js, which
// holds the page and, as a string it starts a Web Worker from, the generator (pipeline.ts) with
// the precompiled templates, the runtime sources and the canonical config's targets and options
// embedded. A Blob worker and a classic script, so the page works opened as a file: Chromium
// refuses module scripts and worker files from file:// pages. Nothing is fetched at run time.
// The bundle must not reach the file system: any `node:` module but the few the pipeline's
// modules import for pure functions (below) fails the build, naming the importer.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { resolveOptions } from '../config.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { PrecompiledTemplates } from '../pipeline.js';
import { readRuntimeSources, readTemplateSources, templateDirs } from '../stages/read.js';

const HERE = join(PACKAGE_ROOT, 'generator', 'playground');
const OUT = join(PACKAGE_ROOT, 'dist', 'playground');

/** What the browser gets for the Node.js modules the pipeline imports: path's pure functions, and stand-ins that say what the browser lacks. */
const NODE_MODULES: Readonly<Record<string, string>> = {
  path: join(PACKAGE_ROOT, 'node_modules', 'path-browserify', 'index.js'),
  url: join(HERE, 'node', 'url.ts'),
  module: join(HERE, 'node', 'module.ts'),
  child_process: join(HERE, 'node', 'child-process.ts'),
};

/**
 * The worker renders with dist/templates.cjs's templates, sources and specs alike: refuse a build
 * of them older than templates/, which would render other files than the CLI does.
 */
async function checkPrecompiled(targets: readonly string[]): Promise<void> {
  const precompiled = (await import(join(PACKAGE_ROOT, 'dist', 'templates.cjs'))).default as PrecompiledTemplates;
  for (const target of targets) {
    const built = precompiled[target] ?? {};
    for (const [name, source] of readTemplateSources(templateDirs(target, null)).templates) {
      if (built[name]?.source !== source) throw new Error(`dist/templates.cjs does not hold templates/${target}/${name}.hbs as it is now: run npm run build`);
    }
  }
}

/** The embedded inputs: the canonical config's targets and options, the example schema, the runtime sources. */
function inputsModule(): string {
  const config = resolveOptions({}, PACKAGE_ROOT);
  const runtime = Object.fromEntries(config.targets.map((t) => [t, [...readRuntimeSources(templateDirs(t, null))]]));
  const exports = {
    config: { targets: config.targets, options: config.options, strict: config.strict, only: config.only },
    example: { name: basename(config.schema), text: readFileSync(config.schema, 'utf8') },
    runtime,
  };
  return Object.entries(exports)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

function playgroundPlugin(virtual: Readonly<Record<string, () => string>>): Plugin {
  return {
    name: 'playground',
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) => {
        const path = NODE_MODULES[args.path.slice('node:'.length)];
        if (path !== undefined) return { path };
        return { errors: [{ text: `${args.path} (imported by ${args.importer}) is not available in a browser: the pipeline must not need it` }] };
      });
      b.onResolve({ filter: /^playground:/ }, (args) =>
        args.path === 'playground:templates' ? { path: join(PACKAGE_ROOT, 'dist', 'templates.cjs') } : { path: args.path, namespace: 'playground' },
      );
      b.onLoad({ filter: /.*/, namespace: 'playground' }, (args) => ({ contents: virtual[args.path]!(), loader: 'js', resolveDir: HERE }));
    },
  };
}

const COMMON = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome110',
  minify: true,
  write: false,
  logLevel: 'warning',
  // As the CLI bundle: the ESM build of jsonc-parser.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  absWorkingDir: PACKAGE_ROOT,
} as const;

await checkPrecompiled(resolveOptions({}, PACKAGE_ROOT).targets);
const inputs = inputsModule();
const worker = await build({
  ...COMMON,
  entryPoints: [join(HERE, 'worker.ts')],
  define: { SCHEMA_CODEGEN_PLAYGROUND: 'true', 'import.meta.url': '"playground:worker"' },
  plugins: [playgroundPlugin({ 'playground:inputs': () => inputs })],
});
const workerCode = worker.outputFiles[0]!.text;
const page = await build({
  ...COMMON,
  entryPoints: [join(HERE, 'page.ts')],
  plugins: [playgroundPlugin({ 'playground:inputs': () => inputs, 'playground:worker': () => `export default ${JSON.stringify(workerCode)};` })],
});
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'playground.js'), page.outputFiles[0]!.text);
for (const file of ['index.html', 'style.css']) copyFileSync(join(HERE, file), join(OUT, file));
