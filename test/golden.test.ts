// Golden files: for every case, the model (IR) and every target's output, compared byte for
// byte with test/cases/<case>/. Update deliberately with `npx vitest run -u`, never in CI.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../generator/index.js';
import { targetNames } from '../generator/targets/index.js';
import { listFiles } from '../generator/files.js';
import { defaultOptions, listCases, loadCase } from './helpers/cases.js';

describe.each(listCases())('case %s', (name) => {
  const c = loadCase(name);
  const model = loadModel(c.schemaPath);

  it('model (IR)', async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot(join(c.dir, 'model.json'));
  });

  it.each(targetNames())('%s output', async (target) => {
    const files = renderModel(model, defaultOptions([target]));
    for (const [path, content] of files) await expect(content).toMatchFileSnapshot(join(c.dir, path));
    const goldenDir = join(c.dir, target);
    const golden = existsSync(goldenDir) ? listFiles(goldenDir).map((p) => `${target}/${p}`) : [];
    expect(golden.filter((p) => !files.has(p)), 'golden files the generator no longer writes (delete them)').toEqual([]);
  });
});
