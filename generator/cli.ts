#!/usr/bin/env node
// cli: argument parsing, exit codes, --check and --watch. No pipeline logic: it reads the inputs
// once (stages/read.ts, through index.ts), fingerprints them (write/fingerprint.ts), hands the
// same bytes to the library (index.ts) and the files to write/write.ts. Exit codes: 0 ok, 1 drift
// found by --check, 2 bad schema or options, 3 the file system refused a write (or the output's
// lock stayed held), or an internal error (a bug: the stack trace is printed).

import { existsSync, readFileSync, watch } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { checkOutFolder, DEFAULT_CONFIG, resolveOptions, type ResolvedOptions } from './config.js';
import { jsonSummary, startProgress, styled, type Reporting, type RunStatus } from './cli-output.js';
import { checkNotMixed } from './mixed-output.js';
import { OptionsError, SchemaError, quoted, terminalSafe } from './errors.js';
import { PACKAGE_ROOT, checkKeywords, loadModel, modelFromSchema, readInputs, renderFiles, type LoadOptions } from './index.js';
import { describeDrift } from './write/drift-report.js';
import { diffCommand } from './diff/command.js';
import { diffWorker } from './diff/parallel.js';
import { changeSummary, snapshotOf } from './diff/snapshot.js';
import { inputFingerprints } from './fingerprint.js';
import { LockBusyError } from './write/output-lock.js';
import { readModelFile, withModelFile, withoutModelFile } from './write/model-file.js';
import { checkOutput, hasDrift, isUpToDate, writeOutput, type Drift } from './write/write.js';

const HELP = `schema-codegen: render one JSON Schema (draft 2020-12) into TypeScript, Python, C#, Java and docs.

Usage:
  schema-codegen generate [options]
  schema-codegen diff OLD NEW [--base-ref REF] [--target T] [--format text|markdown|json] [--fail-on breaking|any]
                      (schema-codegen diff --help: what changed between two schema versions, and what it breaks)
  schema-codegen help [generate]      this text
  schema-codegen --version            the version (also -v, -V)

Options:
  --config FILE       config file (default: ./schema-codegen.config.json when present)
  --schema FILE       the schema to render (overrides the config)
  --out DIR           output folder (default: ./generated)
  --target NAME       a target to render; repeat for several (default: all)
                      targets: typescript, python, csharp, java, docs
  --option T.KEY=VAL  set a target option, e.g. --option python.package=mypkg; repeatable
  --templates DIR     folder of <target>/*.hbs files overriding the bundled templates
  --check             write nothing; exit 1 if the output folder differs from what would be written
  --watch             regenerate whenever the schema, a file it references or the templates
                      change (restart it after changing the config)
  --force             generate into an existing folder that schema-codegen did not create
  --only NAMES        generate only these declarations (comma-separated; * is a wildcard) and
                      what they reference, e.g. --only 'RealtimeClientEvent*'; "only" in the config
  --strict            refuse keywords no JSON Schema specification defines (default: warn and
                      ignore them, as annotations); "strict": true in the config does the same
  --ref-map P=DIR     read referenced documents whose URI starts with P from DIR (never fetched),
                      e.g. --ref-map https://example.com/schemas/=vendor/schemas; repeatable;
                      "refMap" in the config
  --dump-model        print the model (IR) as JSON and exit
  --quiet             print nothing on success (errors and warnings still go to stderr)
  --json              print one JSON object: {"out", "status", "added", "changed", "removed"}
  -h, --help          this text
  -v, -V, --version   the version

A run that leaves other targets of the output folder in place refuses when those were generated
from another schema (the folder would mix two schemas); --force mixes them anyway. Colour only on
a terminal, never with NO_COLOR set; a run over a second shows a progress line (terminal only).

Exit codes: 0 success; 1 --check found drift; 2 bad schema, config or options; 3 the file system refused a write (or another run held the lock too long), or internal error.`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'diff') return diff(argv.slice(1));
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        schema: { type: 'string' },
        out: { type: 'string' },
        target: { type: 'string', multiple: true },
        option: { type: 'string', multiple: true },
        templates: { type: 'string' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true },
        'ref-map': { type: 'string', multiple: true },
        'dump-model': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        // -V as well as -v: npm-ecosystem CLIs (commander) print the version with -V.
        'version-upper': { type: 'boolean', short: 'V', default: false },
        quiet: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(new OptionsError((error as Error).message, 'run schema-codegen --help'));
  }
  const { values, positionals } = args;
  if (values.help || positionals[0] === 'help') return help(positionals.slice(values.help ? 0 : 1).filter((p) => p !== 'help'));
  // No arguments and no config to read: usage, rather than an error about a missing schema.
  if (argv.length === 0 && !existsSync(DEFAULT_CONFIG)) {
    process.stderr.write(`${HELP}\n`);
    return 2;
  }
  if (values.quiet && values.json)
    return fail(new OptionsError('--quiet and --json together', 'choose one: --quiet prints nothing, --json prints a summary object'));
  if (values.version || values['version-upper']) return print(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
  if (positionals.length > 1 || (positionals[0] ?? 'generate') !== 'generate') {
    return fail(new OptionsError(`unknown command ${quoted(positionals.join(' '))}`, 'the commands are "generate" and "diff"; run schema-codegen --help'));
  }
  try {
    const options = resolveOptions(
      {
        config: values.config,
        schema: values.schema,
        out: values.out,
        targets: values.target,
        templates: values.templates,
        set: values.option,
        strict: values.strict,
        only: onlyNames(values.only),
        refMap: values['ref-map'],
      },
      process.cwd(),
    );
    if (values['dump-model']) return print(JSON.stringify(loadModel(options.schema, loadOptions(options)), null, 2));
    checkOutFolder(options, process.cwd());
    // A write that would leave other targets of another schema beside this one's is refused (mixed-output.ts).
    if (!values.check && !values.force) checkNotMixed(options.out, options.schema, options.targets);
    reporting = values.json ? 'json' : values.quiet ? 'quiet' : 'text';
    if (values.watch) return watchAndRun(options, values.force);
    return await run(options, values.check, values.force);
  } catch (error) {
    return fail(error);
  }
}

/** --quiet, --json or neither: how run() reports (cli-output.ts). */
let reporting: Reporting = 'text';
/** Erases the progress line, if one shows, before anything else is printed. */
let clearProgress = (): void => undefined;

/** help, help generate: the usage (one command, so one text); another name is an error. */
function help(topics: readonly string[]): number {
  if (topics.length > 1 || (topics[0] !== undefined && topics[0] !== 'generate'))
    return fail(new OptionsError(`no help for ${quoted(topics.join(' '))}`, 'run schema-codegen help, or schema-codegen help generate'));
  return print(HELP);
}

/** A run's outcome as --json and --quiet want it; text otherwise. */
function report(where: string, status: RunStatus, drift: Drift | null, text: string, changes: string | null = null): number {
  if (reporting === 'quiet') return 0;
  return print(reporting === 'json' ? withChanges(jsonSummary(where, status, drift), changes) : text);
}

/** --json: the summary of what changed since the last generate, when there is one, as a "changes" field (text, as stderr shows it otherwise). */
function withChanges(json: string, changes: string | null): string {
  return changes === null ? json : JSON.stringify({ ...(JSON.parse(json) as object), changes });
}

async function run(options: ResolvedOptions, check: boolean, force: boolean, onRead?: (read: ReturnType<typeof readInputs>) => void): Promise<number> {
  const where = relative(process.cwd(), options.out) || '.';
  clearProgress = startProgress(`${check ? 'checking' : 'generating'} ${where}`, reporting !== 'text');
  try {
    // One turn of the event loop: a progress line already due (SCHEMA_CODEGEN_PROGRESS_MS=0) prints
    // first; later ones print while the writer thread places files (write/write.ts awaits it).
    await new Promise((resolve) => setTimeout(resolve, 0));
    return await runOnce(options, check, force, where, onRead);
  } finally {
    clearProgress();
  }
}

async function runOnce(
  options: ResolvedOptions,
  check: boolean,
  force: boolean,
  where: string,
  onRead?: (read: ReturnType<typeof readInputs>) => void,
): Promise<number> {
  // Each input is read once: the fingerprint and the stages take the same bytes.
  const read = readInputs(options);
  onRead?.(read);
  // Same inputs as the last run and every file intact: nothing to render, compare or write.
  const inputs = inputFingerprints(options, read);
  if (inputs !== null && isUpToDate(options.out, inputs)) {
    // Nothing to render, but the schema's unknown keywords are reported (or, --strict, refused) on every run.
    checkKeywords(read.schema, loadOptions(options));
    return report(
      where,
      check ? 'up-to-date' : 'unchanged',
      null,
      check ? `${where} is up to date (same inputs as the last generate, every file intact)` : `${where}: nothing changed (same inputs as the last generate)`,
    );
  }
  const model = modelFromSchema(read.schema, loadOptions(options));
  // The model is kept beside the manifest (write/model-file.ts), and what changed since the last run's is summarized.
  const kept = snapshotOf(model, relative(process.cwd(), read.schema.path) || read.schema.path, read.schema.bytes);
  const summary = changeSummary(readModelFile(options.out), kept, options.targets, (text) => process.stderr.write(`${styled(text)}\n`));
  // Said once the run has done its work: a write that fails says only why (nothing was written).
  const saySummary = (): void => {
    if (summary !== null && reporting === 'text') process.stderr.write(`${summary.split('\n').map(terminalSafe).join('\n')}\n`);
  };
  const request = {
    outDir: options.out,
    targets: options.targets,
    files: withModelFile(renderFiles(model, { ...options, inputs: read }), kept.text),
    force,
    inputs,
  };
  if (check) {
    const drift = checkOutput(request);
    saySummary();
    if (!hasDrift(drift)) return report(where, 'up-to-date', null, `${where} is up to date`);
    if (reporting === 'json') print(withChanges(jsonSummary(where, 'stale', drift), summary));
    const lines = [`${where} is stale: regenerate with "schema-codegen generate" and commit the result`, ...describeDrift(drift).split('\n')];
    process.stderr.write(`${lines.map(terminalSafe).join('\n')}\n`);
    return 1;
  }
  // Counted as the manifest is: not at all (it is bookkeeping beside the targets' files); --check still reports it.
  const drift = withoutModelFile(await writeOutput(request));
  saySummary();
  const touched = drift.changed.length + drift.added.length + drift.removed.length;
  return report(
    where,
    touched === 0 ? 'unchanged' : 'written',
    drift,
    touched === 0 ? `${where}: nothing changed` : `${where}: ${drift.added.length} added, ${drift.changed.length} changed, ${drift.removed.length} removed`,
    summary,
  );
}

function watchAndRun(options: ResolvedOptions, force: boolean): number {
  let timer: NodeJS.Timeout | null = null;
  const changed = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(once, 100);
  };
  // The files the schema references ($ref to a file beside it, --ref-map) are known only after a
  // read, and change with the schema: each run watches the ones it read that are not watched yet.
  const watched = new Set<string>();
  const watchPath = (path: string): void => {
    if (watched.has(path)) return;
    watched.add(path);
    watch(path, { recursive: true }, changed);
  };
  const watchReferenced = (read: ReturnType<typeof readInputs>): void => {
    for (const path of read.schema.referenced.keys()) watchPath(path);
  };
  // One run at a time: a change during a run queues the next one behind it.
  let queue = Promise.resolve();
  const once = (): void => {
    queue = queue
      .then(() => run(options, false, force, watchReferenced))
      .then(
        () => undefined,
        (error: unknown) => void fail(error),
      );
  };
  const paths = [options.schema, join(PACKAGE_ROOT, 'templates'), ...(options.templates === null ? [] : [options.templates])];
  for (const path of paths) watchPath(path);
  print(`watching ${paths.map((p) => relative(process.cwd(), p)).join(', ')} and the files the schema references (Ctrl-C to stop)`);
  once();
  return -1;
}

/** schema-codegen diff: its report on stdout, exit 1 when --fail-on is met, bad input as for generate. */
async function diff(argv: string[]): Promise<number> {
  try {
    const run = await diffCommand(argv, (text) => process.stderr.write(`${text}\n`));
    print(run.output);
    return run.code;
  } catch (error) {
    return fail(error);
  }
}

/** Warnings go to stderr as they are found, so they come before any error that follows. */
function loadOptions(options: ResolvedOptions): LoadOptions {
  return { strict: options.strict, only: options.only, refMap: options.refMap, warn: (text) => process.stderr.write(`${styled(text)}\n`) };
}

/** --only A,B --only C -> [A, B, C]; an empty name is a mistake, not "everything". */
function onlyNames(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = values.flatMap((v) => v.split(',')).map((n) => n.trim());
  if (names.some((n) => n === ''))
    throw new OptionsError('--only has an empty name', "write --only Name,Other (no empty entries); * is a wildcard, e.g. --only 'Realtime*'");
  return names;
}

function print(text: string): number {
  clearProgress();
  process.stdout.write(`${text.split('\n').map(terminalSafe).join('\n')}\n`);
  return 0;
}

function fail(error: unknown): number {
  clearProgress();
  if (error instanceof SchemaError || error instanceof OptionsError) {
    process.stderr.write(`${styled(error.format())}\n`);
    return 2;
  }
  if (error instanceof LockBusyError) {
    // Not bad input: the file system (a lock file) kept the run out. Nothing was written.
    process.stderr.write(`${styled(error.format())}\n`);
    return 3;
  }
  if (isSystemError(error)) {
    // The file system refused (no room, no permission, a path too long): not a bug, and the
    // output is as it was, since writing is all or nothing.
    process.stderr.write(
      styled(
        `error: ${terminalSafe(error.message)}\n  hint: nothing was written; check that the output folder can be written (permissions, free space, path length), then run again\n`,
      ),
    );
    return 3;
  }
  process.stderr.write(`${styled('internal error')} (a bug in schema-codegen, please report it):\n${(error as Error).stack ?? String(error)}\n`);
  return 3;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code));
}

// What a run keeps is small (about 50 MB at 2000 events, measured after a collection between
// targets), but rendering allocates fast, and V8 then lets the old generation grow to several
// times what survived its last full collection: the peak RSS was 281 to 311 MB at 2000 events.
// Letting it grow by half of what survived keeps that peak at 241 to 253 MB for about 2% more
// CPU (README, "Performance"). The flag is process-wide (the writer's and the diff's threads
// too); test/cli.test.ts fails when a Node.js no longer knows it (V8 would print an error).
setFlagsFromString('--heap-growing-percent=50');

// In the diff's worker thread (diff/parallel.ts) the bundle only reads one schema version.
const code = diffWorker() ? -1 : await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
