// Samples for the schemas whose names and recursion must work in every language. Each sample is
// JSON text, parsed with JSON.parse so that "__proto__" stays an own key (an object literal
// would set the prototype instead).

import type { Vector } from '../../helpers/protocol.js';

export interface Unit {
  readonly key: string;
  readonly file: string;
  /** [$defs name, JSON text] */
  readonly valid: readonly (readonly [string, string])[];
  readonly invalid: readonly (readonly [string, string])[];
  /**
   * Invalid samples Ajv gets wrong, with the pointer every target must reject: Ajv 8 drops a
   * property schema named "__proto__" (it copies "properties" by assignment), so it accepts them.
   * Every target must reject each at the given pointer or below it.
   */
  readonly beyondAjv: readonly (readonly [string, string, string])[];
}

const nested = (depth: number, leaf: string): string => `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;

export const UNITS: readonly Unit[] = [
  {
    key: 'jsmembers',
    file: 'js-member-names.schema.json',
    valid: [
      ['__proto__', '{"__proto__": "a", "toString": "abc"}'],
      ['__proto__', '{"__proto__": "", "toString": "", "constructor": 3, "hasOwnProperty": true, "valueOf": 1.5, "extra": {"__proto__": {"constructor": 1}}}'],
      ['constructor', '"__proto__"'],
      ['constructor', '"toString"'],
      ['constructor', '"valueOf"'],
      ['toString', '"x"'],
      ['toString', '{"__proto__": "p", "toString": "t"}'],
      ['hasOwnProperty', '{"valueOf": "constructor", "toString": "s", "__proto__": 3}'],
      ['hasOwnProperty', '{"valueOf": "hasOwnProperty", "constructor": 1, "toString": {"__proto__": "q", "toString": "r"}}'],
      ['valueOf', '[]'],
      ['valueOf', '[{"valueOf": "toString"}, {"valueOf": "__proto__", "hasOwnProperty": 2}]'],
    ],
    invalid: [
      ['__proto__', '{"toString": "abc"}'],
      ['__proto__', '{"__proto__": "a"}'],
      ['__proto__', '{"__proto__": "a", "toString": "abcd"}'],
      ['__proto__', '{"__proto__": "a", "toString": "a", "constructor": -1}'],
      ['__proto__', '{"__proto__": "a", "toString": "a", "hasOwnProperty": "yes"}'],
      ['__proto__', '{"__proto__": "a", "toString": "a", "valueOf": "1"}'],
      ['constructor', '"prototype"'],
      ['constructor', '1'],
      ['toString', '5'],
      ['toString', '{}'],
      ['hasOwnProperty', '{"toString": "s"}'],
      ['hasOwnProperty', '{"valueOf": "x"}'],
      ['hasOwnProperty', '{"valueOf": "valueOf", "__proto__": "a"}'],
      ['hasOwnProperty', '{"valueOf": "valueOf", "toString": 1}'],
      ['valueOf', '[{"valueOf": 1}]'],
      ['valueOf', '{"valueOf": "toString"}'],
    ],
    beyondAjv: [
      ['__proto__', '{"__proto__": 1, "toString": "a"}', '/__proto__'],
      ['valueOf', '[{"valueOf": "toString"}, {"valueOf": "valueOf", "toString": {"__proto__": null, "toString": "t"}}]', '/1/toString'],
    ],
  },
  {
    key: 'recursion',
    file: 'recursion.schema.json',
    valid: [
      ['Tree', '"a"'],
      ['Tree', '["a", ["b", {"value": 1}]]'],
      ['Tree', '{"value": 1, "children": ["x", {"value": 2, "next": {"value": 3, "next": null}}]}'],
      ['Tree', nested(40, '"leaf"')],
      ['Node', '{"value": 1, "next": null}'],
      ['Node', '{"value": 1, "next": {"value": 2, "children": [[[{"value": 3}]]]}}'],
      ['Forest', '{}'],
      ['Forest', '{"a": "x", "b": ["y", {"value": 1}]}'],
      ['Chain', '"x"'],
      ['Chain', '{"a": "b"}'],
      ['Chain', '{"value": 2}'],
    ],
    invalid: [
      ['Tree', '1'],
      ['Tree', '[1]'],
      ['Tree', '{"value": "x"}'],
      ['Tree', '{"value": 1, "children": [{"value": 1.5}]}'],
      ['Tree', '{"value": 1, "next": {"value": 2, "next": 5}}'],
      ['Tree', nested(40, 'true')],
      ['Node', '{"next": null}'],
      ['Forest', '{"a": 5}'],
      ['Forest', '{"a": [{"value": null}]}'],
      ['Chain', '5'],
      ['Chain', '[true]'],
    ],
    beyondAjv: [],
  },
];

/** The samples Ajv decides, valid first. */
export function vectorsOf(unit: Unit): Vector[] {
  return [...unit.valid, ...unit.invalid].map(([schema, text]) => ({ schema, json: JSON.parse(text) as unknown }));
}

export function beyondAjvOf(unit: Unit): Vector[] {
  return unit.beyondAjv.map(([schema, text]) => ({ schema, json: JSON.parse(text) as unknown }));
}
