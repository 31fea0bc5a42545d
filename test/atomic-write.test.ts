// Output safety under failure: runs killed at random points leave the output entirely old or
// entirely new (a run killed between the two renames of the swap leaves the old tree beside it,
// which the next run puts back first); concurrent runs on one folder never corrupt it; the lock
// a killed run leaves is removed by the next run, even a no-op one, and never while its owner lives.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftoverPath } from '../generator/write/swap.js';
import { listFiles } from '../generator/files.js';
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

/** Four runs at once, alternating the two schemas; their exit codes. */
function concurrentRuns(schemas: readonly string[], out: string): Promise<number[]> {
  return Promise.all([0, 1, 0, 1].map((i) => new Promise<number>((resolve) => {
    spawn(process.execPath, [CLI, 'generate', '--schema', schemas[i]!, '--out', out], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1));
  })));
}

/** The pid of a process that has exited. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

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
  /** Staging folders, retired trees and locks beside the output. */
  const leftBehind = (): string[] => [...siblings(work, 'tmp-'), ...siblings(work, 'old-'), ...siblings(work, 'lock')];
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
    expect(leftBehind()).toEqual([]);
    expect(killedMidway).toBeLessThan(40);
  });

  it('concurrent runs on the same folder never corrupt it and leave nothing behind', async () => {
    for (let round = 0; round < 4; round++) {
      expect(await concurrentRuns(schemas, out)).toEqual([0, 0, 0, 0]);
      expect(isOldOrNew(tree(out))).toBe(true);
      expect(leftBehind()).toEqual([]);
    }
  });

  describe('the lock of a killed run', () => {
    const lock = `${out}.lock`;

    it('is removed by the next run, even one with nothing to do, which still answers from the same output', () => {
      expect(runCli(['generate', '--schema', schemas[0]!, '--out', out]).status).toBe(0);
      writeFileSync(lock, String(deadPid()));
      mkdirSync(leftoverPath(out, 'tmp', 999999, 1)); // a staging folder of a run killed mid-write
      const result = runCli(['generate', '--schema', schemas[0]!, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('nothing changed');
      expect(tree(out)).toEqual(expected[0]);
      expect(leftBehind()).toEqual([]);
    });

    it('is removed when it has no pid (killed between creating and writing it) once it is old', () => {
      writeFileSync(lock, '');
      utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      expect(runCli(['generate', '--schema', schemas[1]!, '--out', out]).status).toBe(0);
      expect(tree(out)).toEqual(expected[1]);
      expect(leftBehind()).toEqual([]);
    });

    it('is removed once when several runs find it at the same time, and they still take turns', async () => {
      for (const content of [String(deadPid()), '']) {
        writeFileSync(lock, content);
        utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
        expect(await concurrentRuns(schemas, out)).toEqual([0, 0, 0, 0]);
        expect(isOldOrNew(tree(out))).toBe(true);
        expect(leftBehind()).toEqual([]);
      }
    });

    it('leaves no breaker behind when it was killed right after removing a stale lock', () => {
      // The breaker of a run killed between removing the stale lock and removing the breaker:
      // no stale lock is left to lead the next run to it, so the run that takes the lock does.
      writeFileSync(`${lock}.break`, String(deadPid()));
      expect(runCli(['generate', '--schema', schemas[0]!, '--out', out]).status).toBe(0);
      expect(tree(out)).toEqual(expected[0]);
      expect(leftBehind()).toEqual([]);
    });

    it('is never taken from a live owner: a run waits for it', async () => {
      writeFileSync(lock, String(process.pid));
      const child = spawn(process.execPath, [CLI, 'generate', '--schema', schemas[0]!, '--out', out], { stdio: 'ignore' });
      const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
      let done = false;
      void exited.then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(done, 'the run went ahead while another owned the lock').toBe(false);
      expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
      rmSync(lock);
      expect(await exited).toBe(0);
      expect(tree(out)).toEqual(expected[0]);
      expect(leftBehind()).toEqual([]);
    });
  });
});
