// The golden cases: test/cases/<case>/schema.json (one behaviour each) and samples.json
// ({"valid": [vectors], "invalid": [vectors]}), plus the canonical schema as case "canonical".

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../generator/index.js';
import type { JsonValue, Model } from '../../generator/model/ir.js';
import { TARGETS, targetNames } from '../../generator/targets/index.js';
import type { Vector } from './protocol.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES_DIR = join(ROOT, 'test', 'cases');
export const CANONICAL_SCHEMA = join(ROOT, 'schema', 'realtime-events.schema.json');

export interface Case {
  readonly name: string;
  readonly dir: string;
  readonly schemaPath: string;
  readonly schema: Record<string, unknown>;
  readonly valid: readonly Vector[];
  readonly invalid: readonly Vector[];
}

export function listCases(): string[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(CASES_DIR, e.name, 'schema.json')))
    .map((e) => e.name)
    .sort();
}

export function loadCase(name: string): Case {
  const dir = join(CASES_DIR, name);
  const schemaPath = join(dir, 'schema.json');
  const samplesPath = join(dir, 'samples.json');
  const samples = existsSync(samplesPath) ? (JSON.parse(readFileSync(samplesPath, 'utf8')) as { valid?: Vector[]; invalid?: Vector[] }) : {};
  return { name, dir, schemaPath, schema: JSON.parse(readFileSync(schemaPath, 'utf8')), valid: samples.valid ?? [], invalid: samples.invalid ?? [] };
}

/** Every case plus the canonical schema (its samples are its examples). */
export function allSchemas(): Case[] {
  const canonical = JSON.parse(readFileSync(CANONICAL_SCHEMA, 'utf8')) as Record<string, unknown>;
  return [{ name: 'canonical', dir: join(ROOT, 'schema'), schemaPath: CANONICAL_SCHEMA, schema: canonical, valid: examplesOf(loadModel(CANONICAL_SCHEMA)), invalid: [] }, ...listCases().map(loadCase)];
}

/** The schema's own examples as vectors, one per example. */
export function examplesOf(model: Model): Vector[] {
  return model.declarations.filter((d) => !d.hoisted).flatMap((d) => d.examples.map((json) => ({ schema: d.schemaName, json })));
}

/** The canonical config's target options: the OpenAI package identity (python.package, csharp.namespace,
 *  java.package, ...). Goldens and runners render with them, so that every case keeps the names its
 *  golden and its runner expect, where the defaults would derive names from each case's title. */
export const CANONICAL_OPTIONS = (JSON.parse(readFileSync(join(ROOT, 'schema-codegen.config.json'), 'utf8')) as { options: Record<string, Record<string, string>> }).options;

/** A target's defaults with the canonical identity over them. */
export function targetDefaults(target: string): Record<string, JsonValue> {
  return { ...TARGETS[target]!.defaults, ...CANONICAL_OPTIONS[target] };
}

export function defaultOptions(targets: readonly string[] = targetNames()) {
  return { targets, options: Object.fromEntries(targets.map((t) => [t, targetDefaults(t)])), templates: null };
}

