// generated/ is what the generator produces now: the same comparison as `generate --check`.

import { describe, expect, it } from 'vitest';
import { checkOutput, generate, resolveOptions } from '../generator/index.js';
import { ROOT } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

describe('generated/ is up to date', () => {
  it('matches what the generator renders from the config', () => {
    const options = resolveOptions({}, ROOT);
    const { files } = generate(options);
    const { changed, added, removed } = checkOutput({ outDir: options.out, targets: options.targets, files, force: false });
    expect({ changed, added, removed }, 'run `npm run generate` and commit generated/').toEqual({ changed: [], added: [], removed: [] });
  });

  it('the CLI check agrees', () => {
    const result = runCli(['generate', '--check']);
    expect(result.status, result.stderr).toBe(0);
  });
});
