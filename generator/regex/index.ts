// JSON Schema `pattern` (ECMA-262, "u" flag, searched, not anchored) for every target: parsed
// once (parse.ts), refused where no engine could keep its meaning, translated from the syntax
// tree into each engine's dialect (emit.ts), and refused when it backtracks super-linearly unless
// the target's `patterns` option allows it (redos.ts). See the README's "Security" section.

import { SchemaError, OptionsError, joinPointer } from '../errors.js';
import type { Model, TypeRef } from '../model/ir.js';
import { emitPattern, type DialectName } from './emit.js';
import { parsePattern } from './parse.js';
import { superLinearReason } from './redos.js';

export type { DialectName } from './emit.js';

/** The `patterns` option of the code targets. */
export const PATTERN_POLICIES = ['linear', 'allow-backtracking'] as const;

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

/** Refuses super-linear patterns for a target unless its `patterns` option allows them. */
export function checkPatternPolicy(model: Model, target: string, policy: unknown): void {
  if (policy === undefined) return; // a target without patterns (docs)
  if (!PATTERN_POLICIES.includes(policy as never)) {
    throw new OptionsError(
      `option ${target}.patterns must be one of ${PATTERN_POLICIES.join(', ')}, got ${JSON.stringify(policy)}`,
      `write e.g. --option ${target}.patterns=linear`,
    );
  }
  if (policy === 'allow-backtracking') return;
  for (const { pattern, pointer } of patternsOf(model)) {
    const reason = superLinearReason(parsePattern(pattern, pointer));
    if (reason === null) continue;
    throw new SchemaError(
      `the pattern ${JSON.stringify(pattern)} can take time exponential or polynomial in the input's length (${reason}); a validator using it can be made to hang`,
      pointer,
      `rewrite it so that no input can be matched in many ways (e.g. ^a+$ instead of ^(a+)+$), or accept the risk with --option ${target}.patterns=allow-backtracking (see "Security" in the README)`,
    );
  }
}

/** Every pattern of the model with the pointer of its schema. */
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
