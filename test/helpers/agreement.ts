// The agreement rules between a target's runner and Ajv: the same decision; a rejection names a
// pointer Ajv reports; an acceptance writes back a value equal to the input as JSON.

import type { Oracle } from './ajv.js';
import type { Outcome, Vector } from './protocol.js';

export interface Disagreement {
  readonly vector: Vector;
  readonly outcome: Outcome;
  readonly problem: string;
}

export interface Tally {
  readonly accepted: number;
  readonly rejected: number;
  readonly agreed: number;
  readonly roundTripEqual: number;
  readonly pointerAgreed: number;
  readonly disagreements: readonly Disagreement[];
}

export function compareWithAjv(oracle: Oracle, vectors: readonly Vector[], outcomes: readonly Outcome[]): Tally {
  const disagreements: Disagreement[] = [];
  let accepted = 0;
  let agreed = 0;
  let roundTripEqual = 0;
  let pointerAgreed = 0;
  vectors.forEach((vector, i) => {
    const outcome = outcomes[i]!;
    const verdict = oracle.validate(vector.schema, vector.json);
    if (outcome.ok) accepted++;
    if (outcome.ok !== verdict.ok) {
      disagreements.push({ vector, outcome, problem: verdict.ok ? 'Ajv accepts, target rejects' : `Ajv rejects (${verdict.errors.map((e) => `${e.instancePath} ${e.keyword}`).join('; ')}), target accepts` });
      return;
    }
    agreed++;
    if (outcome.ok) {
      if (jsonEqual(outcome.json, vector.json)) roundTripEqual++;
      else disagreements.push({ vector, outcome, problem: 'round trip differs' });
    } else if (verdict.pointers.includes(outcome.pointer)) pointerAgreed++;
    else disagreements.push({ vector, outcome, problem: `pointer "${outcome.pointer}" is not one Ajv reports (${verdict.pointers.map((p) => `"${p}"`).join(', ')})` });
  });
  return { accepted, rejected: vectors.length - accepted, agreed, roundTripEqual, pointerAgreed, disagreements };
}

/** Deep equality of JSON values; numbers by value, object key order ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bo = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && jsonEqual((a as Record<string, unknown>)[k], bo[k]));
}

export function describe(tally: Tally, max = 10): string {
  return tally.disagreements
    .slice(0, max)
    .map((d) => `${d.problem}: ${JSON.stringify(d.vector).slice(0, 300)} -> ${JSON.stringify(d.outcome).slice(0, 300)}`)
    .join('\n');
}
