// The csharp name table: every identifier the output declares (type, converter and file names,
// the shared base types and their members, property members with their constructor parameters,
// backing fields, presence flags and native views, enum members, union variant checks), decided
// before any view. Every collision is found here, once (SchemaError with both pointers); views
// only look names up. The naming policy of single names is identifiers.ts.

import { quoted } from '../../errors.js';
import { foldDeclaration } from '../../model/fold.js';
import type { Declaration, EnumDeclaration, Model, ObjectDeclaration } from '../../model/ir.js';
import { declarationsById, lazyNamed, overrideName } from '../shared/common.js';
import { assertUnique, namesGivenOrMade, settleMadeNames, type NamedThing } from '../../model/naming.js';
import { planBases, type BasePlan } from './bases.js';
import {
  RUNTIME_TYPES,
  bare,
  converterName,
  enumMemberName,
  givenEnumMemberName,
  memberName,
  parameterName,
  typeName,
  type DeclarationName,
  type DeclarationNames,
} from './identifiers.js';
import { checkAliasCycles } from './types.js';
import { NATIVE_FORMATS, viewedFormatOf, type NativeFormat } from '../shared/formats.js';

export interface PropertyNames {
  /** The property (may start with "@"). */
  readonly member: string;
  /** Its constructor parameter, when it is required. */
  readonly parameter: string;
  /** The backing field, when it is optional with a default or nullable. */
  readonly field: string;
  /** The flag telling a present null from an absent value, when it is optional and nullable. */
  readonly presence: string;
  /** The native view of a formatted string or integer (CreatedAtDateTime beside CreatedAt), or null. */
  readonly view: PropertyView | null;
}

export interface PropertyView {
  readonly name: string;
  readonly format: NativeFormat;
}

/** A view's name: the member's, then what the view holds (OpenAI-DotNet renames the JSON member instead, CreatedAtUnixTimeSeconds; ours keeps it). */
const VIEW_SUFFIXES: Readonly<Record<NativeFormat, string>> = {
  'date-time': 'DateTime',
  date: 'Date',
  uuid: 'Guid',
  uri: 'Uri',
  unixtime: 'DateTime',
};

export interface EnumNames {
  /** In the order of the values. */
  readonly members: readonly string[];
  /** The converter's nested class of lookup arrays (large enums). */
  readonly table: string;
}

export interface CsharpNames {
  readonly declarations: DeclarationNames;
  /** Per object: its properties' names, in schema order. */
  readonly properties: ReadonlyMap<string, readonly PropertyNames[]>;
  readonly enums: ReadonlyMap<string, EnumNames>;
  /** Per union without a discriminator: the converter's fields holding each variant's check. */
  readonly variants: ReadonlyMap<string, readonly string[]>;
  /** The shared base types (their names and members) and who extends them. */
  readonly bases: BasePlan;
}

/** `nativeFormats`: whether formatted properties get native views (csharp.nativeFormats). */
export function csharpNames(model: Model, nativeFormats: boolean): CsharpNames {
  const byId = declarationsById(model);
  const declarations = declarationNames(model);
  const ctx = { byId, declared: declarations };
  // First: the base plan types its members, which would never end on an alias containing itself.
  checkAliasCycles(ctx);
  const objects = model.declarations.filter((d): d is ObjectDeclaration => d.kind === 'object');
  const members = new Map(objects.map((o) => [o.id, o.properties.map((p, i) => memberName(declarations.get(o.id)!.type, p, i))]));
  const bases = planBases(model.declarations, ctx, members);
  const shared = [...bases.interfaces, ...bases.classes];
  checkTypeNames(
    model,
    declarations,
    shared.map((s) => ({ name: s.name, pointer: s.pointer, label: `the base type ${s.name}` })),
  );
  const properties = new Map<string, readonly PropertyNames[]>();
  const enums = new Map<string, EnumNames>();
  const variants = new Map<string, readonly string[]>();
  for (const d of model.declarations) {
    const type = declarations.get(d.id)!.type;
    foldDeclaration<unknown>(d, {
      object: (o) => properties.set(o.id, propertyNames(o, type, members.get(o.id)!, nativeFormats ? viewsOf(o, type, members.get(o.id)!, byId) : [])),
      enum: (e) => enums.set(e.id, { members: enumMemberNames(e, type), table: `${type}Table` }),
      union: (u) =>
        u.discriminator === null &&
        variants.set(
          u.id,
          u.variants.map((_, i) => `Variant${i}`),
        ),
      alias: () => null,
    });
  }
  return { declarations, properties, enums, variants, bases };
}

/** The declarations' type, converter and file names (not yet checked for collisions: csharpNames does). */
export function declarationNames(model: Model): DeclarationNames {
  const settled = settleMadeNames<DeclarationName>(
    model.declarations.map((d, index) => ({
      fixed: !d.hoisted || overrideName(d, 'csharp', d.id) !== null,
      names: (n) => {
        const type = typeName(n === 1 ? d : { ...d, words: [...d.words, String(n)] }, index);
        return { type, companion: d.kind === 'alias' ? type : converterName(type), file: bare(type) };
      },
    })),
    (name) => [name.file.toLowerCase(), name.companion.toLowerCase()],
  );
  return new Map(model.declarations.map((d, i) => [d.id, settled[i]!]));
}

/** Every type name in the namespace must be unique, case-insensitively (they are file names too). */
function checkTypeNames(model: Model, names: DeclarationNames, extra: readonly NamedThing[]): void {
  const things: NamedThing[] = [];
  for (const d of model.declarations) {
    const n = names.get(d.id)!;
    things.push(lazyNamed(bare(n.type), d.id, () => `declaration ${quoted(d.schemaName)}`));
    if (n.companion !== n.type) things.push(lazyNamed(n.companion, d.id, () => `the converter of ${quoted(d.schemaName)}`));
  }
  const runtime = RUNTIME_TYPES.map((name) => ({ name, pointer: '', label: `the runtime type ${name}` }));
  assertUnique([...runtime, ...extra, ...things], 'csharp', 'type names', true);
}

/** Per property, its native view (named after its member, never after the enclosing type: CS0542), or null. */
function viewsOf(d: ObjectDeclaration, owner: string, members: readonly string[], byId: ReadonlyMap<string, Declaration>): (PropertyView | null)[] {
  return d.properties.map((p, i) => {
    const format = viewedFormatOf(p.type, byId, NATIVE_FORMATS);
    if (format === null) return null;
    const name = `${bare(members[i]!)}${VIEW_SUFFIXES[format]}`;
    return { name: name === bare(owner) ? `${name}Value` : name, format };
  });
}

/** An object's property names and views, checked for collisions with each other and the fixed members. */
function propertyNames(d: ObjectDeclaration, owner: string, members: readonly string[], views: readonly (PropertyView | null)[]): PropertyNames[] {
  const things = members.map((name, i) => lazyNamed(bare(name), d.properties[i]!.pointer, () => `property ${quoted(d.properties[i]!.jsonName)}`));
  const viewed = views.flatMap((view, i) =>
    view === null ? [] : [lazyNamed(view.name, d.properties[i]!.pointer, () => `the ${view.format} view of property ${quoted(d.properties[i]!.jsonName)}`)],
  );
  const fixed = ['ToJsonString', 'AdditionalProperties'].map((name) => ({ name, pointer: d.id, label: `the member ${name}` }));
  // The views call the runtime's SchemaFormats unqualified (a runner may share one runtime in an enclosing namespace): no member may hide it.
  const called = viewed.length === 0 ? [] : [{ name: 'SchemaFormats', pointer: d.id, label: 'the runtime class SchemaFormats (which the views call)' }];
  assertUnique([...fixed, ...called, ...things, ...viewed], 'csharp', `members of ${bare(owner)}`);
  const parameters = members.map(parameterName);
  const params = parameters.map((name, i) => lazyNamed(bare(name), d.properties[i]!.pointer, () => `parameter for ${quoted(d.properties[i]!.jsonName)}`));
  assertUnique(params, 'csharp', `constructor parameters of ${bare(owner)}`);
  return members.map((member, i) => ({
    member,
    parameter: parameters[i]!,
    field: `_${bare(parameters[i]!)}`,
    presence: `_has${bare(member)}`,
    view: views[i] ?? null,
  }));
}

/**
 * Enum member names from the wire values; values that would share one ("foo\nbar", "foo\rbar")
 * get FooBar, FooBar2 (never the enum's own name, which a member must not take).
 */
function enumMemberNames(d: EnumDeclaration, owner: string): string[] {
  const members = d.values.map((v, i) => enumMemberName(v, i, owner));
  const given = d.valueNames?.map((words, i) => (words === null ? null : givenEnumMemberName(words, i))) ?? null;
  return namesGivenOrMade(given, members, (name, n) => `${name}${n}`, d, bare, new Set([bare(owner)]));
}
