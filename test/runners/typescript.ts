// Builds the TypeScript runner: per unit, renders the schema, transpiles every file of the output
// (index.ts, validation-schema.ts) to JavaScript once, in a folder of its own that is an ES module
// package (so that './runtime/schema.js' resolves as it would in a consumer's build), and writes
// the $defs-name -> type-name registry; one node process serves every unit. The validator's
// modules (runtime/*.ts), the same in every output (shared-runtime.ts checks it), are transpiled
// once into shared-runtime/, which each unit's runtime/ links to: node resolves the link to
// that real path, so it loads them once, not once per unit.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadModel, renderModel } from '../../generator/index.js';
import type { Model } from '../../generator/model/ir.js';
import { typescript } from '../../generator/targets/typescript/index.js';
import { defaultOptions } from '../helpers/cases.js';
import type { RunnerBuilder } from './index.js';
import { SharedRuntime } from './shared-runtime.js';
import { timed } from './timing.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Where the output keeps the validator's modules (generator/targets/typescript/runtime.ts). */
const RUNTIME_DIR = 'runtime/';

const transpile = (source: string): string =>
  ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;

/** runner.mjs's registry: each declaration's $defs name -> its type name (parse<Type>). */
export function typescriptRegistry(model: Model): Record<string, string> {
  const names = typescript.names(model, typescript.parseOptions(typescript.defaults)).declarations;
  return Object.fromEntries(model.declarations.map((d) => [d.schemaName, names.get(d.id)!.type]));
}

export const buildTypescriptRunner: RunnerBuilder = async (units, workDir) => {
  const table: Record<string, { module: string; registry: Record<string, string> }> = {};
  const runtime = new SharedRuntime('typescript');
  const shared = join(workDir, 'shared-runtime');
  for (const unit of units) {
    const model = timed('typescript: load', () => loadModel(unit.schemaPath));
    const defaults = defaultOptions(['typescript']);
    const options = { ...defaults, options: { typescript: { ...defaults.options.typescript, ...unit.options } } };
    const dir = join(workDir, 'typescript', unit.key);
    for (const [path, source] of timed('typescript: render', () => renderModel(model, options))) {
      const name = path.replace(/^typescript\//, '');
      if (!name.endsWith('.ts')) continue; // package.json, tsconfig.json: the package around the module
      if (name.startsWith(RUNTIME_DIR)) {
        runtime.add(name.slice(RUNTIME_DIR.length), source, unit.key);
        continue;
      }
      const js = timed('typescript: transpile', () => transpile(source));
      const file = join(dir, name.replace(/\.ts$/, '.js'));
      timed('typescript: write', () => {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, js);
      });
    }
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
    symlinkSync(relative(dir, shared), join(dir, RUNTIME_DIR.slice(0, -1)));
    table[unit.key] = { module: join(dir, 'index.js'), registry: typescriptRegistry(model) };
  }
  timed('typescript: transpile', () => {
    mkdirSync(shared, { recursive: true });
    writeFileSync(join(shared, 'package.json'), '{"type": "module"}\n');
    for (const [name, source] of runtime.entries()) writeFileSync(join(shared, name.replace(/\.ts$/, '.js')), transpile(source));
  });
  const unitsPath = join(workDir, 'typescript', 'units.json');
  writeFileSync(unitsPath, JSON.stringify(table));
  return { command: process.execPath, args: [join(HERE, 'typescript', 'runner.mjs'), unitsPath], cwd: workDir };
};
