// Builds the TypeScript runner: per unit, renders the schema, transpiles every file of the output
// (index.ts, validation-schema.ts, runtime/*.ts) to JavaScript once, in a folder of its own that
// is an ES module package (so that './runtime/schema.js' resolves as it would in a consumer's
// build), and writes the $defs-name -> type-name registry; one node process serves every unit.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadModel, renderModel } from '../../generator/index.js';
import { typescript } from '../../generator/targets/typescript/index.js';
import { defaultOptions } from '../helpers/cases.js';
import type { RunnerBuilder } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

export const buildTypescriptRunner: RunnerBuilder = async (units, workDir) => {
  const table: Record<string, { module: string; registry: Record<string, string> }> = {};
  for (const unit of units) {
    const model = loadModel(unit.schemaPath);
    const defaults = defaultOptions(['typescript']);
    const options = { ...defaults, options: { typescript: { ...defaults.options.typescript, ...unit.options } } };
    const dir = join(workDir, 'typescript', unit.key);
    for (const [path, source] of renderModel(model, options)) {
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const file = join(dir, path.replace(/^typescript\//, '').replace(/\.ts$/, '.js'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, js);
    }
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
    const names = typescript.names(model, typescript.parseOptions(typescript.defaults)).declarations;
    table[unit.key] = { module: join(dir, 'index.js'), registry: Object.fromEntries(model.declarations.map((d) => [d.schemaName, names.get(d.id)!.type])) };
  }
  const unitsPath = join(workDir, 'typescript', 'units.json');
  writeFileSync(unitsPath, JSON.stringify(table));
  return { command: process.execPath, args: [join(HERE, 'typescript', 'runner.mjs'), unitsPath], cwd: workDir };
};
