// Java's fast readers: a deserializer's `readFast` reads its model straight from Jackson's tokens,
// with no tree of the whole value, and checks it as it goes, so the model it returns is valid
// already (its validate() returns at once). Without one, the deserializer reads the value into a
// JsonValue tree, binds from the tree, and validate() runs the compiled check over it. Which
// declarations read fast, and how each member reads: ../shared/reader-plans.ts; this module writes
// them as Java.
//
// An object's reader is run by the runtime (BaseDeserializer.readObject) from a table this module
// writes (FastReads.Shape): each member's JSON, read as the tree would hold it, is tested with the
// compiled check of the member's schema (checks.ts writes it: the class's memberAccepts) and bound
// by the deserializer's own conversion, so that the model it builds is the tree path's by
// construction. Some members read straight from their token, where the tree would bind the same: a
// member whose declaration has a fast reader of its own (or an array of them) through that reader
// (memberReader), with no tree at all; a string of any value (the text); an integer within bounds a
// long holds (Jackson's long); one of a few strings (a tag, a status: the token's text compared where
// it lies, and each string's binding made once and shared, as the models' values are immutable); a
// boolean (bound so too). A union hands the members it read before its tags to the variant's
// reader (FastReads.Members). Anything a reader does not decide at once aborts it (the runtime's
// FastReads): the deserializer reads the whole value again, from its first token, as a tree, as
// without a fast reader, so an invalid value gets the interpreter's errors as before.

import type { JsonValue, ObjectDeclaration } from '../../model/ir.js';
import type { AliasReaderPlan, ObjectReaderPlan, ReaderSyntax, TagTree, UnionReaderPlan } from '../shared/reader-plans.js';
import { setsFields } from './limits.js';
import { javaString } from './literals.js';

export type { ReaderPlan } from '../shared/reader-plans.js';

/** The variable a member's test reads (memberAccepts' parameter). */
const MEMBER_JSON = 'json';
/**
 * The kinds whose test the runtime makes itself (their schema is the type, and the bounds, or the
 * strings, alone): a string, an integer, one of a few strings, a boolean.
 */
const TESTED_BY_RUNTIME = 'sieb';
/** At most this many tags are compared one by one; more are looked up by a string switch. */
const COMPARED_TAGS = 8;

/** How the planner writes Java: a member's test is the compiled check (checks.ts: `test`) on memberAccepts' `json`. */
export function javaReaderSyntax(test: (node: JsonValue, v: string) => string | null): ReaderSyntax {
  return { test: (node) => test(node, MEMBER_JSON), and: '&&', readsObject: (d: ObjectDeclaration) => !setsFields(d) };
}

/**
 * An object declaration's reader (class `type`; `names`: the properties' JSON names in the order
 * its deserializer reads them, `fields` their fields' types; `readerOf`: the class of a
 * declaration whose reader reads a member), as lines of its Deserializer's body: the runtime's
 * BaseDeserializer.readObject reads it, told by a FastReads.Shape how each member reads (straight
 * from its token where that is what it takes: a nested reader's object or array, any string for a
 * string member, an integer within bounds, one of a few strings, a boolean; else as its JSON,
 * tested by memberAccepts).
 */
export function objectReaderLines(
  plan: ObjectReaderPlan,
  type: string,
  names: readonly string[],
  fields: readonly string[],
  readerOf: (id: string) => string,
): string[] {
  const index = new Map(names.map((name, i) => [name, i] as const));
  const bounds: string[] = [];
  const strings: string[] = [];
  const long = (n: number | null, none: string): string => (n === null ? none : `${n}L`);
  const kinds = names.map((name, i) => {
    const m = plan.members.get(name)!;
    if (m.nested !== null) {
      const list = m.nested.list;
      if (list !== null && (list.min > 0 || list.max !== null)) bounds.push(`.bounds(${i}, ${list.min}L, ${long(list.max, 'Long.MAX_VALUE')})`);
      return list === null ? 'o' : 'a';
    }
    if (m.scalar?.kind === 'string' && fields[i] === 'JsonField<String>') return 's';
    // One of a few strings (a tag, a status) is told by its text and bound once per value, whatever its field's type.
    if (m.scalar?.kind === 'strings') {
      strings.push(`.strings(${i}, ${m.scalar.values.map(javaString).join(', ')})`);
      return 'e';
    }
    if (m.scalar?.kind === 'boolean') return 'b';
    if (m.scalar?.kind === 'integer' && fields[i] === 'JsonField<Long>') {
      if (m.scalar.min !== null || m.scalar.max !== null)
        bounds.push(`.bounds(${i}, ${long(m.scalar.min, 'Long.MIN_VALUE')}, ${long(m.scalar.max, 'Long.MAX_VALUE')})`);
      return 'i';
    }
    return 'j';
  });
  const required = plan.required.map((name) => index.get(name)!);
  const tests = names.flatMap((name, i) => {
    const test = plan.members.get(name)!.test;
    return test === null || TESTED_BY_RUNTIME.includes(kinds[i]!) ? [] : [`        case ${i}:`, `            return ${test};`];
  });
  // Members read by the same declaration's reader share a case.
  const readers = new Map<string, number[]>();
  names.forEach((name, i) => {
    const nested = plan.members.get(name)!.nested;
    if (nested !== null) readers.set(nested.id, [...(readers.get(nested.id) ?? []), i]);
  });
  return [
    'static final Deserializer READER = new Deserializer();',
    `private static final FastReads.Shape SHAPE = FastReads.Shape.of(${javaString(kinds.join(''))}, new int[] {${required.join(', ')}}, ${plan.closed})${bounds.join('')}${strings.join('')};`,
    '',
    ...readerHead(type),
    `    ${type} read = new ${type}(readObject(p, members, SHAPE));`,
    '    read.validated = true;',
    '    return read;',
    '}',
    ...(tests.length === 0
      ? []
      : [
          '',
          '@Override',
          `protected boolean memberAccepts(int i, JsonValue ${MEMBER_JSON}) {`,
          '    switch (i) {',
          ...tests,
          '        default:',
          '            return true;',
          '    }',
          '}',
        ]),
    ...(readers.size === 0
      ? []
      : [
          '',
          '@Override',
          'protected BaseDeserializer<?> memberReader(int i) {',
          '    switch (i) {',
          ...[...readers].flatMap(([id, members]) => [...members.map((i) => `        case ${i}:`), `            return ${readerOf(id)}.Deserializer.READER;`]),
          '        default:',
          '            return super.memberReader(i);',
          '    }',
          '}',
        ]),
  ];
}

/** A reader's declaration (its body follows): the deserializer's readsFast() (the token its values start with) and readFast()'s signature. */
function readerHead(type: string, start: 'START_OBJECT' | 'START_ARRAY' = 'START_OBJECT'): string[] {
  return [
    '@Override',
    `protected JsonToken readsFast() {`,
    `    return JsonToken.${start};`,
    '}',
    '',
    '@Override',
    `protected ${type} readFast(JsonParser p, FastReads.Members members) throws IOException {`,
  ];
}

/** A union's reader (class `type`; `variantClass`: each variant's class), as lines of its Deserializer's body. */
export function unionReaderLines(plan: UnionReaderPlan, type: string, variantClass: (i: number) => string): string[] {
  if (typeof plan.tags === 'number') {
    // The one variant that can be an object reads it.
    return [
      'static final Deserializer READER = new Deserializer();',
      '',
      ...readerHead(type),
      `    ${type} union = new ${type}(${plan.tags}, ${variantClass(plan.tags)}.Deserializer.READER.readFast(p, members), null, null);`,
      '    union.validated = true;',
      '    union.readFast = true;',
      '    return union;',
      '}',
    ];
  }
  // Each tag member's name, and the values it has anywhere in the tree (a FastReads.Tags each).
  const wires = new Map<string, string[]>();
  const collect = (tree: TagTree): void => {
    const values = wires.get(tree.wire) ?? [];
    wires.set(tree.wire, values);
    for (const { tag, next } of tree.cases) {
      if (!values.includes(tag)) values.push(tag);
      if (typeof next !== 'number') collect(next);
    }
  };
  const tags = plan.tags;
  collect(tags);
  const variants = new Set<number>();
  // The statements deciding the variant from the tags read so far (returning -1 while one is missing).
  // A few tags are compared one by one (a string switch hashes the tag, a new String each value).
  const decide = (tree: TagTree, depth: number): string[] => {
    const tag = `tag${depth}`;
    const cases = tree.cases.map(({ tag: value, next }) => {
      if (typeof next === 'number') variants.add(next);
      return { value, body: typeof next === 'number' ? [`return ${next};`] : decide(next, depth + 1) };
    });
    return [
      `String ${tag} = read.text(${javaString(tree.wire)});`,
      `if (${tag} == null) {`,
      '    return -1;',
      '}',
      ...(cases.length <= COMPARED_TAGS
        ? [
            ...cases.flatMap(({ value, body }) => [`if (${tag}.equals(${javaString(value)})) {`, ...body.map((l) => `    ${l}`), '}']),
            'throw FastReads.abort();',
          ]
        : [
            `switch (${tag}) {`,
            ...cases.flatMap(({ value, body }) =>
              body.length === 1
                ? [`    case ${javaString(value)}:`, `        ${body[0]!}`]
                : [`    case ${javaString(value)}: {`, ...body.map((l) => `        ${l}`), '    }'],
            ),
            '    default:',
            '        throw FastReads.abort();',
            '}',
          ]),
    ];
  };
  const decision = decide(tags, 0);
  // A tag read is its shared JSON (FastReads.Tags): no String is made of it, and variantOf
  // compares (and a switch hashes) the literal, whose hash is kept.
  const tagTables = [...wires].map(([wire, values], w) => ({ wire, name: `TAGS${w}`, values }));
  return [
    'static final Deserializer READER = new Deserializer();',
    ...tagTables.map(({ name, values }) => `private static final FastReads.Tags ${name} = FastReads.Tags.of(${values.map(javaString).join(', ')});`),
    '',
    ...readerHead(type),
    '    if (members != null) {',
    '        throw FastReads.abort();',
    '    }',
    '    FastReads.Members read = null;',
    '    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {',
    ...tagTables.flatMap(({ wire, name }, w) => [
      `        ${w === 0 ? '' : '} else '}if (name.equals(${javaString(wire)})) {`,
      `            read = FastReads.Members.add(read, name, ${name}.read(p, p.nextToken()));`,
    ]),
    '        } else {',
    '            read = FastReads.Members.add(read, name, FastReads.value(p, p.nextToken()));',
    '            continue;',
    '        }',
    '        int variant = variantOf(read);',
    '        if (variant >= 0) {',
    '            return readVariant(variant, p, read);',
    '        }',
    '    }',
    '    throw FastReads.abort();',
    '}',
    '',
    '/** The variant the tags read so far name, -1 while one is missing; aborts on a tag no variant names. */',
    'private static int variantOf(FastReads.Members read) {',
    ...decision.map((l) => `    ${l}`),
    '}',
    '',
    `private static ${type} readVariant(int variant, JsonParser p, FastReads.Members read) throws IOException {`,
    '    Object value;',
    '    switch (variant) {',
    ...[...variants]
      .sort((a, b) => a - b)
      .flatMap((i) => [`        case ${i}:`, `            value = ${variantClass(i)}.Deserializer.READER.readFast(p, read);`, '            break;']),
    '        default:',
    '            throw FastReads.abort();',
    '    }',
    `    ${type} union = new ${type}(variant, value, null, null);`,
    '    union.validated = true;',
    '    union.readFast = true;',
    '    return union;',
    '}',
  ];
}

/** An alias's reader (class `type`; `itemClass`: its items' class), as lines of its Deserializer's body. */
export function aliasReaderLines(plan: AliasReaderPlan, type: string, itemClass: string): string[] {
  return [
    'static final Deserializer READER = new Deserializer();',
    '',
    ...readerHead(type, 'START_ARRAY'),
    '    if (members != null) {',
    '        throw FastReads.abort();',
    '    }',
    `    ${type} read = new ${type}(JsonField.of(readItems(p, ${itemClass}.Deserializer.READER, ${plan.min}L, ${plan.max === null ? 'Long.MAX_VALUE' : `${plan.max}L`})), null);`,
    '    read.validated = true;',
    '    return read;',
    '}',
  ];
}

/** Lines as a nested class's body holds them (two levels in; an empty line stays empty). */
export function indentedLines(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '' : `        ${l}`));
}
