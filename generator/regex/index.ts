// JSON Schema `pattern` (ECMA-262, "u" flag, searched, not anchored) for every target: parsed
// once (parse.ts), refused where no engine could keep its meaning, and run by each target either
// on its language's engine, translated from the syntax tree into the engine's dialect (emit.ts),
// or, where that engine could backtrack super-linearly (redos.ts), on the linear-time matcher
// every runtime carries, compiled into its program (linear.ts). The target's `patterns` option
// chooses (PATTERN_POLICIES). See the README's "Security" section.

import { SchemaError, OptionsError, joinPointer } from '../errors.js';
import type { Model, TypeRef } from '../model/ir.js';
import { emitPattern, type DialectName } from './emit.js';
import { linearProgram, linearRefusal } from './linear.js';
import { parsePattern } from './parse.js';
import { superLinearReason } from './redos.js';

export type { DialectName } from './emit.js';

/**
 * The `patterns` option of the code targets: `linear` (the default) runs each pattern that could
 * backtrack super-linearly on the linear-time matcher and the others on the language's engine;
 * `always-linear` runs every pattern the matcher can (all but those with lookarounds or
 * backreferences) on it, not relying on the backtracking analysis, which is a heuristic;
 * `allow-backtracking` runs every pattern on the language's engine.
 */
export const PATTERN_POLICIES = ['linear', 'always-linear', 'allow-backtracking'] as const;
export type PatternPolicy = (typeof PATTERN_POLICIES)[number];

/** load.ts: the pattern parses and every target can keep its meaning. */
export function checkPattern(source: string, pointer: string): void {
  parsePattern(source, pointer);
}

const translations = new Map<string, string>();

/** The pattern in a target engine's syntax, with ECMA-262's meaning. */
export function translatePattern(source: string, dialect: DialectName): string {
  const key = `${dialect}\n${source}`;
  let out = translations.get(key);
  if (out === undefined) {
    out = emitPattern(parsePattern(source, ''), dialect);
    translations.set(key, out);
  }
  return out;
}

const superLinear = new Map<string, string | null>();

/** Why the pattern could backtrack super-linearly in an engine, or null when the analysis finds no reason. */
function superLinearReasonOf(source: string, pointer: string): string | null {
  let reason = superLinear.get(source);
  if (reason === undefined) {
    reason = superLinearReason(parsePattern(source, pointer));
    superLinear.set(source, reason);
  }
  return reason;
}

/**
 * Whether a target with this `patterns` policy runs the pattern on the linear-time matcher (its
 * program: linearProgramText) rather than on its language's engine (translatePattern).
 */
export function runsLinear(source: string, policy: PatternPolicy): boolean {
  if (policy === 'allow-backtracking') return false;
  if (policy === 'linear' && superLinearReasonOf(source, '') === null) return false;
  return linearRefusal(parsePattern(source, '')) === null;
}

/** The pattern's program for the linear-time matcher, as JSON text (the format: linear.ts). */
export function linearProgramText(source: string): string {
  return JSON.stringify(linearProgram(parsePattern(source, '')));
}

/** The `patterns` option, checked. */
export function patternPolicy(target: string, policy: unknown): PatternPolicy {
  if (PATTERN_POLICIES.includes(policy as never)) return policy as PatternPolicy;
  throw new OptionsError(
    `option ${target}.patterns must be one of ${PATTERN_POLICIES.join(', ')}, got ${JSON.stringify(policy)}`,
    `write e.g. --option ${target}.patterns=linear`,
  );
}

/**
 * Refuses, for a target, the patterns that could backtrack super-linearly and that the linear-time
 * matcher cannot run (a lookaround or a backreference), unless its `patterns` option allows
 * backtracking.
 */
export function checkPatternPolicy(model: Model, target: string, option: unknown): void {
  if (option === undefined) return; // a target without patterns (docs)
  if (patternPolicy(target, option) === 'allow-backtracking') return;
  const declared = patternsOf(model);
  const known = new Set(declared.map((p) => p.pattern));
  // The validation documents' other patterns (patternProperties, not, if...) run in the validators too.
  const others = model.validation.patterns.filter((p) => !known.has(p) && unrunnable(p, '') !== null);
  for (const { pattern, pointer } of [...declared, ...(others.length > 0 ? documentPatterns(model, new Set(others)) : [])]) {
    const reasons = unrunnable(pattern, pointer);
    if (reasons === null) continue;
    throw new SchemaError(
      `the pattern ${JSON.stringify(pattern)} can take time exponential or polynomial in the input's length (${reasons.superLinear}), and the linear-time matcher cannot run it: ${reasons.refusal}; a validator using it could be made to hang`,
      pointer,
      `rewrite it so that no input can be matched in many ways (e.g. ^a+$ instead of ^(a+)+$) or without lookarounds and backreferences, or accept the risk with --option ${target}.patterns=allow-backtracking (see "Security" in the README)`,
    );
  }
}

/** Why a pattern can neither run on an engine safely nor on the linear-time matcher, or null when one of them can run it. */
function unrunnable(pattern: string, pointer: string): { superLinear: string; refusal: string } | null {
  const superLinear = superLinearReasonOf(pattern, pointer);
  if (superLinear === null) return null;
  const refusal = linearRefusal(parsePattern(pattern, pointer));
  return refusal === null ? null : { superLinear, refusal };
}

/** Every pattern of the model's declarations with the pointer of its schema. */
function patternsOf(model: Model): { pattern: string; pointer: string }[] {
  const out: { pattern: string; pointer: string }[] = [];
  const visit = (t: TypeRef, pointer: string): void => {
    if (t.kind === 'string' && t.constraints.pattern !== null) out.push({ pattern: t.constraints.pattern, pointer: joinPointer(pointer, 'pattern') });
    if (t.kind === 'array' && t.tuple !== undefined) {
      t.tuple.items.forEach((item, i) => visit(item, joinPointer(pointer, 'prefixItems', i)));
      if (t.tuple.rest !== null) visit(t.tuple.rest, joinPointer(pointer, 'items'));
    } else if (t.kind === 'array') visit(t.items, joinPointer(pointer, 'items'));
    if (t.kind === 'map') visit(t.values, joinPointer(pointer, 'additionalProperties'));
  };
  for (const d of model.declarations) {
    if (d.kind === 'alias') visit(d.type, d.id);
    if (d.kind === 'union') d.variants.forEach((v, i) => visit(v, joinPointer(d.id, d.mode, i)));
    if (d.kind !== 'object') continue;
    for (const p of d.properties) visit(p.type, p.pointer);
    if (d.additional.kind === 'typed') visit(d.additional.type, joinPointer(d.id, 'additionalProperties'));
  }
  return out;
}

/** Where the validation documents hold these patterns (a `pattern`, or a `patternProperties` name), each the first time. */
function documentPatterns(model: Model, wanted: ReadonlySet<string>): { pattern: string; pointer: string }[] {
  const out: { pattern: string; pointer: string }[] = [];
  const found = new Set<string>();
  const add = (pattern: string, pointer: string): void => {
    if (!wanted.has(pattern) || found.has(pattern)) return;
    found.add(pattern);
    out.push({ pattern, pointer });
  };
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, joinPointer(pointer, i)));
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') add(value, joinPointer(pointer, key));
      if (key === 'patternProperties' && typeof value === 'object' && value !== null)
        for (const name of Object.keys(value)) add(name, joinPointer(pointer, key, name));
      walk(value, joinPointer(pointer, key));
    }
  };
  for (const document of model.validation.documents) walk(JSON.parse(document.text), '');
  return out;
}
