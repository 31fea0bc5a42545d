// The view of an enum: a C# enum whose converter maps members to wire values and back (one
// branch per value, or arrays above MAX_BRANCHED_ENUM values).

import type { EnumDeclaration } from '../../../model/ir.js';
import { code, csScalar, summary } from '../literals.js';
import { converterIo, header, type ViewCtx } from './common.js';

/**
 * Above this many values an enum's converter looks values up in arrays instead of one branch per
 * value: Roslyn needs minutes and gigabytes for a 10,000-case switch (100,000 values compile in
 * about a minute as arrays). Smaller enums keep the branches, which read better.
 */
export const MAX_BRANCHED_ENUM = 1_000;

/** Integer wire values that all fit an int are the members' values too, so casts mean what they say. */
const isInt32 = (value: string | number | boolean): boolean => typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

export function enumView(d: EnumDeclaration, ctx: ViewCtx) {
  const base = header(d, ctx, `The ${code(d.schemaName)} values.`);
  const names = ctx.names.enums.get(d.id)!;
  const io = d.valueType === 'string' ? 'String' : d.valueType === 'boolean' ? 'Boolean' : 'Double';
  const table =
    d.values.length > MAX_BRANCHED_ENUM
      ? { name: names.table, wireType: io === 'String' ? 'string' : io === 'Boolean' ? 'bool' : 'double', writer: `SchemaRuntime.Write${io}` }
      : null;
  const numbered = d.values.every(isInt32);
  const cases = names.members.map((name, i) => ({
    literal: csScalar(d.values[i]!),
    member: `global::${ctx.namespace}.${base.name}.${name}`,
    writer: `SchemaRuntime.Write${io}`,
  }));
  return {
    kind: 'enum',
    ...base,
    members: names.members.map((name, i) => ({
      docComment: summary([`The wire value ${code(JSON.stringify(d.values[i]))}.`]),
      name,
      value: numbered ? String(d.values[i]) : '',
      last: i === names.members.length - 1,
    })),
    table,
    readValue: `SchemaRuntime.Read${io}(json)`,
    cases,
    ...converterIo(
      d.nullable,
      true,
      ctx.readers.enumReader(
        d,
        cases.map((c) => c.member),
      ),
    ),
  };
}
