// Builds the Python runner: per unit, renders the schema as its own package (unit_<key>) into
// workDir/python, and writes the registry $defs name -> {module, attribute, adapter}. One python3
// process (runner.py) serves every unit; nothing is compiled. The runtime modules (RUNTIME_FILES:
// the validator and the base classes) are the same text in every package (shared-runtime.ts
// checks it), so runner.py makes every package's runtime modules the first package's
// (sys.modules): Python compiles and loads the runtime once instead of once per unit. Every
// package is still written whole, as generate writes it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, renderModel } from '../../generator/index.js';
import type { JsonValue, Model } from '../../generator/model/ir.js';
import { python, RUNTIME_FILES } from '../../generator/targets/python/index.js';
import type { RunnerBuilder, RunnerUnit } from './index.js';
import { SharedRuntime } from './shared-runtime.js';
import { timed } from './timing.js';
import { targetDefaults } from '../helpers/cases.js';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface Entry {
  readonly module: string;
  readonly attribute: string;
  readonly adapter: boolean;
}

/** The package name a unit's code is generated into. */
export const unitPackage = (key: string): string => `unit_${key.replace(/[^A-Za-z0-9]+/g, '_')}`;

/** units.json: per unit key, its package, registry, and the package whose runtime modules it uses. */
type UnitEntry = { package: string; registry: Record<string, Entry>; runtime: { package: string; modules: string[] } };

export const buildPythonRunner: RunnerBuilder = async (units, workDir) => {
  const root = join(workDir, 'python');
  const table: Record<string, UnitEntry> = {};
  const runtime = new SharedRuntime('python');
  const shared = { package: unitPackage(units[0]?.key ?? ''), modules: RUNTIME_FILES.map((f) => f.replace(/\.py$/, '')) };
  for (const unit of units) table[unit.key] = { ...writeUnit(unit, root, runtime), runtime: shared };
  const unitsPath = join(root, 'units.json');
  writeFileSync(unitsPath, JSON.stringify(table));
  return { command: 'python3', args: ['-W', 'error', join(HERE, 'python', 'runner.py'), unitsPath, root], cwd: workDir };
};

/** Writes the unit's whole package (pyright reads it as it is), its runtime modules handed to `runtime` too. */
function writeUnit(unit: RunnerUnit, root: string, runtime: SharedRuntime): { package: string; registry: Record<string, Entry> } {
  const pkg = unitPackage(unit.key);
  const model = timed('python: load', () => loadModel(unit.schemaPath));
  const options = { ...targetDefaults('python'), ...unit.options, package: pkg };
  const files = timed('python: render', () => renderModel(model, { targets: ['python'], options: { python: options }, templates: null }));
  timed('python: write', () => {
    for (const [path, content] of files) {
      if (!path.startsWith(`python/${pkg}/`)) continue;
      const name = path.slice(`python/${pkg}/`.length);
      if ((RUNTIME_FILES as readonly string[]).includes(name)) runtime.add(name, content, unit.key);
      const file = join(root, path.slice('python/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  });
  return { package: pkg, registry: pythonRegistry(model, options) };
}

/** runner.py's registry for the package `options.package`: each declaration's $defs name -> where its class or adapter is. */
export function pythonRegistry(model: Model, options: Readonly<Record<string, JsonValue>>): Record<string, Entry> {
  const names = python.names(model, python.parseOptions(options)).declarations;
  // fromEntries defines own keys: an assignment registry["__proto__"] = ... would set the prototype.
  return Object.fromEntries(model.declarations.map((d) => {
    const n = names.get(d.id)!;
    return [d.schemaName, { module: `${String(options['package'])}.models.${n.moduleName}`, attribute: n.adapterName ?? n.className, adapter: n.adapterName !== null }];
  }));
}
