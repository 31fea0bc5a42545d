// The conformance runners, one per target. A builder takes units (a key and a schema path each),
// generates that target's code for all of them into workDir, builds ONE runner process that
// serves them all, and returns how to start it. Vectors select a unit with "case": "<key>"
// (the first unit when absent). Builders may take minutes (compilers); call them once per suite.

import type { RunnerCommand } from '../helpers/protocol.js';
import { buildCsharpRunner } from './csharp.js';
import { buildJavaRunner } from './java.js';
import { buildPythonRunner } from './python.js';
import { buildTypescriptRunner } from './typescript.js';

export interface RunnerUnit {
  readonly key: string;
  readonly schemaPath: string;
  /** Target options over the defaults, for every target (e.g. { patterns: 'allow-backtracking' }). */
  readonly options?: Readonly<Record<string, string>>;
}

export type RunnerBuilder = (units: readonly RunnerUnit[], workDir: string) => Promise<RunnerCommand>;

export const RUNNERS: Readonly<Record<string, RunnerBuilder>> = {
  typescript: buildTypescriptRunner,
  python: buildPythonRunner,
  java: buildJavaRunner,
  csharp: buildCsharpRunner,
};
