// Python packages rendered from models into one temporary folder, each under its own package name,
// for the tests that import several of them in one python3 process (python-checks and
// python-readers).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderModel } from '../../generator/index.js';
import type { JsonValue, Model } from '../../generator/model/ir.js';
import { targetDefaults } from './cases.js';

/** A package to render (the model, its python options) and the values (JSON texts) a test reads with it. */
export interface PythonJob {
  readonly package: string;
  readonly model: Model;
  readonly values: readonly string[];
  readonly options?: Record<string, JsonValue>;
}

/** Renders each job's package into one new folder (`prefix` names it); returns the folder. */
export function renderPythonPackages(jobs: readonly PythonJob[], prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const job of jobs) {
    const options = { ...targetDefaults('python'), ...job.options, package: job.package };
    for (const [path, content] of renderModel(job.model, { targets: ['python'], options: { python: options }, templates: null })) {
      if (!path.startsWith(`python/${job.package}/`)) continue;
      const file = join(root, path.slice('python/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return root;
}
