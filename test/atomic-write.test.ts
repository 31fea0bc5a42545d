// Output safety under failure: runs killed at random points leave the output entirely old or
// entirely new (a run killed between the two renames of the swap leaves the old tree beside it,
// which the next run puts back first); concurrent runs on one folder never corrupt it.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../generator/write.js';
import { rng } from './conformance/fuzz-schemas.js';
import { CANONICAL_SCHEMA } from './helpers/cases.js';
import { CLI, runCli } from './helpers/cli.js';

type Tree = Record<string, string>;
const tree = (dir: string): Tree => Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));

/** A second schema whose output differs from the canonical one in every declaration file. */
function variantSchema(dir: string): string {
  const schema = JSON.parse(readFileSync(CANONICAL_SCHEMA, 'utf8'));
  for (const def of Object.values(schema.$defs) as { description: string }[]) def.description += ' (variant B)';
  const path = join(dir, 'variant.schema.json');
  writeFileSync(path, JSON.stringify(schema));
  return path;
}

function runAndKill(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const siblings = (work: string, kind: string): string[] => readdirSync(work).filter((n) => n.startsWith(`out.${kind}`));

describe('atomic output', () => {
  const work = mkdtempSync(join(tmpdir(), 'atomic-'));
  const schemas = [CANONICAL_SCHEMA, variantSchema(work)];
  const expected = schemas.map((schema, i) => {
    const out = join(work, `expected-${i}`);
    expect(runCli(['generate', '--schema', schema, '--out', out]).status).toBe(0);
    return tree(out);
  });
  const out = join(work, 'out');
  const isOldOrNew = (t: Tree): boolean => expected.some((e) => JSON.stringify(e) === JSON.stringify(t));

  it('runs killed at random points leave the output entirely old or entirely new', async () => {
    const seed = 20261120;
    const next = rng(seed);
    expect(runCli(['generate', '--schema', schemas[0]!, '--out', out]).status).toBe(0);
    let killedMidway = 0;
    for (let i = 0; i < 40; i++) {
      await runAndKill(['generate', '--schema', schemas[(i + 1) % 2]!, '--out', out], Math.floor(next() * 400));
      if (existsSync(out)) {
        expect(isOldOrNew(tree(out)), `seed ${seed}, run ${i}`).toBe(true);
      } else {
        killedMidway++;
        const retired = siblings(work, 'old-');
        expect(retired.length, `seed ${seed}, run ${i}: no tree to recover`).toBe(1);
        expect(isOldOrNew(tree(join(work, retired[0]!)))).toBe(true);
        // The next iteration's run puts the retired tree back before anything else.
      }
    }
    expect(runCli(['generate', '--schema', schemas[0]!, '--out', out]).status).toBe(0);
    expect(tree(out)).toEqual(expected[0]);
    expect([...siblings(work, 'tmp-'), ...siblings(work, 'old-'), ...siblings(work, 'lock')]).toEqual([]);
    expect(killedMidway).toBeLessThan(40);
  });

  it('concurrent runs on the same folder never corrupt it and leave nothing behind', async () => {
    for (let round = 0; round < 4; round++) {
      const runs = [0, 1, 0, 1].map((i) => new Promise<number>((resolve) => {
        spawn(process.execPath, [CLI, 'generate', '--schema', schemas[i]!, '--out', out], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1));
      }));
      expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
      expect(isOldOrNew(tree(out))).toBe(true);
      expect([...siblings(work, 'tmp-'), ...siblings(work, 'old-'), ...siblings(work, 'lock')]).toEqual([]);
    }
  });
});
