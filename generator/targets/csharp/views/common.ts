// What every C# view builder needs (the declarations by id, the name table, options) and
// the small view pieces several declaration kinds share: the declaration's header (name,
// converter, doc comment, deprecation), whether the converter reads null, and lists
// the templates print with separators.

import type { EnumDeclaration, AliasDeclaration, UnionDeclaration } from '../../../model/ir.js';
import type { PropertyOrder } from '../../shared/common.js';
import { summary, docText } from '../literals.js';
import type { CsharpNames } from '../names.js';
import type { CsType, Ctx } from '../types.js';
import type { CompiledChecks } from '../checks.js';
import type { FastReaders } from '../readers.js';
import { validatorAt } from './validation-schema.js';

export interface ViewCtx extends Ctx {
  readonly namespace: string;
  readonly names: CsharpNames;
  readonly order: PropertyOrder;
  /** The compiled checks (../checks.ts), which the converters validate with first. */
  readonly checks: CompiledChecks;
  /** Which converters read fast, and their TryRead methods (../readers.ts). */
  readonly readers: FastReaders;
}

/** The header of an enum, union or alias: its names, doc comment and whether it is [Obsolete]. */
export function header(d: EnumDeclaration | UnionDeclaration | AliasDeclaration, ctx: ViewCtx, fallback: string) {
  const n = ctx.declared.get(d.id)!;
  return {
    name: n.type,
    converter: n.companion,
    docComment: summary(docText(d.doc, fallback)),
    deprecated: d.doc.deprecated,
    validatorAt: validatorAt(d.id, ctx.checks.checks.get(d.id)),
    tags: null,
  };
}

/**
 * How the converter's Read (converter-io.hbs, the runtime's SchemaConverter) treats null: a
 * reference type that JSON null reaches is read through ReadNullable; an enum (a value type)
 * never is. SchemaConverter writes null itself. `fastRead`: the converter's TryRead method
 * (../readers.ts), which Read tries first, or null.
 */
export function converterIo(nullable: boolean, valueType = false, fastRead: readonly string[] | null = null) {
  return { readsNull: nullable && !valueType, fastRead };
}

/** Items of a list the template separates (with "," or ", ") and closes after the last. */
export function listed<T>(items: readonly T[]): { readonly item: T; readonly last: boolean }[] {
  return items.map((item, i) => ({ item, last: i === items.length - 1 }));
}

/**
 * One converter's composed readers and writers (the runtime's ReadNullable, ReadArray, ReadMap
 * and their writers, over a converter's FromJson or WriteJson), each held in a static field of
 * the converter: written inline in FromJson, C# 10 would build two delegates per call (a method
 * group argument is not cached before C# 11, and the combinator returns a new closure). A plain
 * reader or writer (a method group) is called directly and stays as it is.
 */
export class ComposedIo {
  /** Per kind, each composed expression -> its field (named by its kind and index). */
  private readonly held = {
    read: new Map<string, { readonly name: string; readonly declaration: string }>(),
    write: new Map<string, { readonly name: string; readonly declaration: string }>(),
  };

  /** The expression to call for t's reader. */
  reader(t: CsType): string {
    return this.hold(t.reader, 'read', `Func<JsonElement, ${t.text}>`);
  }

  /** The expression to call for t's writer. */
  writer(t: CsType): string {
    return this.hold(t.writer, 'write', `Action<Utf8JsonWriter, ${t.text}>`);
  }

  /** The fields' declarations: the readers, then the writers, each in the order first used. */
  get fields(): string[] {
    return [...this.held.read.values(), ...this.held.write.values()].map((f) => f.declaration);
  }

  private hold(expression: string, kind: 'read' | 'write', type: string): string {
    if (!expression.endsWith(')')) return expression;
    const fields = this.held[kind];
    let field = fields.get(expression);
    if (field === undefined) {
      const name = `${kind}${fields.size}`;
      fields.set(expression, (field = { name, declaration: `private static readonly ${type} ${name} = ${expression};` }));
    }
    return field.name;
  }
}
