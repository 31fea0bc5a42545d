// Values near a sample, for comparing two validators of one schema (the compiled checks of
// TypeScript and Python against their runtime's interpreter): the sample, every member dropped or
// replaced by a value of each JSON type, arrays emptied or grown, an unknown member added, at
// every depth up to `depth`.

import type { JsonValue } from '../../generator/model/ir.js';

export const REPLACEMENTS: readonly JsonValue[] = [null, true, 0, -1, 1.5, 2147483648, '', 'x', 'conversation.item.truncated', [], [1], {}, { type: 'x' }];

/** The value and its mutations, at every depth up to `depth`. */
export function mutations(value: JsonValue, depth = 3): JsonValue[] {
  const out: JsonValue[] = [value, ...REPLACEMENTS];
  if (depth === 0) return out;
  if (Array.isArray(value)) {
    out.push([], [...value, null], [...value, ...value], value.slice(1));
    value.forEach((item, i) => {
      for (const m of mutations(item, depth - 1)) out.push(value.map((v, j) => (j === i ? m : v)));
    });
  } else if (typeof value === 'object' && value !== null) {
    out.push({ ...value, unknown_member: 1 });
    for (const key of Object.keys(value)) {
      const { [key]: _dropped, ...rest } = value;
      out.push(rest);
      for (const m of mutations(value[key]!, depth - 1)) out.push({ ...value, [key]: m });
    }
  }
  return out;
}
