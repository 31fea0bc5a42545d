// Builds the Python runner: per unit, renders the schema as its own package (unit_<key>) into
// workDir/python, and writes the registry $defs name -> {module, attribute, adapter}. One python3
// process (runner.py) serves every unit; nothing is compiled.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, renderModel } from '../../generator/index.js';
import { TARGETS } from '../../generator/targets/index.js';
import { python } from '../../generator/targets/python/index.js';
import type { RunnerBuilder, RunnerUnit } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

interface Entry {
  readonly module: string;
  readonly attribute: string;
  readonly adapter: boolean;
}

/** The package name a unit's code is generated into. */
export const unitPackage = (key: string): string => `unit_${key.replace(/[^A-Za-z0-9]+/g, '_')}`;

export const buildPythonRunner: RunnerBuilder = async (units, workDir) => {
  const root = join(workDir, 'python');
  const table: Record<string, { package: string; registry: Record<string, Entry> }> = {};
  for (const unit of units) table[unit.key] = writeUnit(unit, root);
  const unitsPath = join(root, 'units.json');
  writeFileSync(unitsPath, JSON.stringify(table));
  return { command: 'python3', args: ['-W', 'error', join(HERE, 'python', 'runner.py'), unitsPath, root], cwd: workDir };
};

function writeUnit(unit: RunnerUnit, root: string): { package: string; registry: Record<string, Entry> } {
  const pkg = unitPackage(unit.key);
  const model = loadModel(unit.schemaPath);
  const options = { ...TARGETS['python']!.defaults, ...unit.options, package: pkg };
  const files = renderModel(model, { targets: ['python'], options: { python: options }, templates: null });
  for (const [path, content] of files) {
    if (!path.startsWith(`python/${pkg}/`)) continue;
    const file = join(root, path.slice('python/'.length));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const names = python.names(model, python.parseOptions(options)).declarations;
  // fromEntries defines own keys: an assignment registry["__proto__"] = ... would set the prototype.
  const registry: Record<string, Entry> = Object.fromEntries(model.declarations.map((d) => {
    const n = names.get(d.id)!;
    return [d.schemaName, { module: `${pkg}.models.${n.moduleName}`, attribute: n.adapterName ?? n.className, adapter: n.adapterName !== null }];
  }));
  return { package: pkg, registry };
}
