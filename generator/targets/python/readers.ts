// Python's fast readers: from_json (and an alias's validate_json) reads the value json.loads made
// straight into its model, checking each member as it binds it, in one pass, where otherwise the
// compiled check walks the value and binding walks it again. Which declarations read fast, and how
// each member reads: ../shared/reader-plans.ts; this module writes them as Python, into
// _checks.py beside the checks whose tests they use.
//
// A reader answers the model, or None where it does not decide (a member its schema refuses, a
// required member missing, an unknown member of a closed object, a tag it does not know): from_json
// then takes the other path (the compiled check, the interpreter's errors, binding), so an invalid
// value gets the errors it got before, and a valid one the same model. What a reader binds is what
// the runtime's binding binds (runtime/_runtime.py: _specialized_decoder): a field's value as it
// is where binding keeps it (types.ts: bindingOf), an int for an integer, a nested reader's model,
// else the runtime's own decoder of the field; None for a field absent; the nullable fields given
// in __codegen_given__; the members that are no field in additional_properties.
//
// The readers are module-level functions, as the checks are; _checks.py is imported on the first
// from_json, when every model is loaded, and imports the models: the classes, their fields'
// decoders (the runtime's field_decoders) and the tag tables are module globals. READERS gives
// each reader by the class (or alias adapter) it reads, so a subclass of a model, which binds to
// itself, takes the other path. (Closures inside one function, the first version, took three
// times as long to compile and pyright a quarter longer to check.)

import type { Declaration, JsonValue, Model, ObjectDeclaration, Property, UnionDeclaration } from '../../model/ir.js';
import { acceptsNull, lookup, orderProperties, type PropertyOrder } from '../shared/common.js';
import type { ObjectReaderPlan, ReaderPlan, ReaderSyntax, TagTree } from '../shared/reader-plans.js';
import { pyString } from './literals.js';
import { namesOf, type Names } from './names.js';
import { bindingOf } from './types.js';

const I = '    ';
/**
 * A reader reads at most this many members in one function; an object of more reads the rest in
 * helpers of as many each: pyright strict gives up on a function of some 60 optional members
 * ("too complex to analyze"), and one of 32, each read through a nested reader, is within what it
 * checks.
 */
const MEMBERS_PER_FUNCTION = 24;

/** What the readers are named and ordered by: the package's names and its property order. */
export interface ReaderContext {
  readonly names: Names;
  readonly order: PropertyOrder;
}

/** The planner's syntax for Python: a member's test is the compiled check on variable `p`. */
export function pythonReaderSyntax(test: (node: JsonValue, v: string) => string | null): ReaderSyntax {
  // An object with typed additional properties binds them by their schema: not read here.
  return {
    test: (node) => test(node, 'p'),
    and: 'and',
    readsObject: (d: ObjectDeclaration) => d.additional.kind !== 'typed',
  };
}

/** The readers' part of _checks.py (see the module comment): its lines, the names it imports from typing, and its other imports. */
export interface ReadersCode {
  readonly lines: readonly string[];
  readonly typing: readonly string[];
  readonly imports: readonly string[];
}

export const NO_READERS: ReadersCode = { lines: [], typing: [], imports: [] };

/** The readers' part of _checks.py; nothing when nothing reads fast. */
export function readersCode(model: Model, plans: ReadonlyMap<string, ReaderPlan>, ctx: ReaderContext): ReadersCode {
  if (plans.size === 0) return NO_READERS;
  const typing = new Set(['Callable', 'Dict']);
  const byId = new Map(model.declarations.map((d) => [d.id, d] as const));
  // Each reader's number, in the model's order (a reader may call one defined after it: a global is looked up when called).
  const ids = model.declarations.filter((d) => plans.has(d.id)).map((d) => d.id);
  const number = new Map(ids.map((id, n) => [id, n] as const));
  const reader = (id: string): string => `read_${number.get(id)!}`;
  const globals: string[] = [];
  const functions: string[] = [];
  const tables: string[] = [];
  const answers: string[] = [];
  // What the readers name beyond the module's own: typing's, the runtime's, the sentinel of a member absent.
  const uses = new Set<Use>();
  for (const id of ids) {
    const d = lookup(byId, id);
    const plan = plans.get(id)!;
    const n = number.get(id)!;
    const target = targetOf(d, ctx.names);
    globals.push(`_c${n} = models.${target}`);
    answers.push(`_c${n}: read_${n},`);
    if (plan.kind === 'object') {
      const object = objectReader(d as ObjectDeclaration, plan, n, byId, ctx, reader);
      globals.push(...object.globals);
      for (const use of object.uses) uses.add(use);
      functions.push('', '', ...object.lines);
    } else if (plan.kind === 'union') {
      const union = unionReader(d as UnionDeclaration, plan.tags, n, reader);
      functions.push('', '', ...union.lines);
      tables.push(...union.tables);
    } else {
      functions.push(
        '',
        '',
        `def read_${n}(x: Any) -> Any:`,
        `${I}v: Any`,
        `${I}if x.__class__ is not list:`,
        `${I}${I}return None`,
        ...listLines('x', 'v', reader(plan.items), plan.min, plan.max, I),
        `${I}return v`,
      );
    }
  }
  const lines = [
    '',
    '',
    '# The fast readers (python/readers.ts), by the class or alias adapter each reads: each reads a value',
    '# json.loads made straight into its model, checking every member as it binds it, and answers None',
    '# where it does not decide (from_json then checks, reports and binds as without it).',
    ...(uses.has('_MISSING') ? ['_MISSING = object()'] : []),
    '_new = object.__new__',
    ...globals,
    ...functions,
    '',
    '',
    ...tables,
    ...(tables.length > 0 ? [''] : []),
    'READERS: Dict[Any, Callable[[Any], Any]] = {',
    ...answers.map((line) => `${I}${line}`),
    '}',
  ];
  for (const name of ['Optional', 'Set'] as const) if (uses.has(name)) typing.add(name);
  const runtime = (['NONE_GIVEN', 'field_decoders'] as const).filter((name) => uses.has(name));
  const imports = ['from . import models', ...(runtime.length > 0 ? [`from ._runtime import ${runtime.join(', ')}`] : [])];
  return { lines, typing: [...typing], imports };
}

/** A name a reader uses that the module defines or imports only where some reader uses it. */
type Use = 'Optional' | 'Set' | 'NONE_GIVEN' | 'field_decoders' | '_MISSING';

/** The class a declaration's reader builds (an alias: its adapter, which from_json's path is given). */
function targetOf(d: Declaration, names: Names): string {
  const n = namesOf(names, d.id);
  return d.kind === 'alias' ? n.adapterName! : n.className;
}

/** An object's reader: its functions, and the globals they read (the names of its members, its fields' decoders). */
function objectReader(
  d: ObjectDeclaration,
  plan: ObjectReaderPlan,
  n: number,
  byId: ReadonlyMap<string, Declaration>,
  ctx: ReaderContext,
  reader: (id: string) => string,
): { globals: string[]; lines: string[]; uses: ReadonlySet<Use> } {
  const { attributes } = namesOf(ctx.names, d.id);
  // The fields in the order of the class's field table (its decoders' order), as the runtime sets them.
  const properties = orderProperties(d.properties, ctx.order);
  const nullable = properties.some((p) => acceptsNull(p.type, byId));
  const required = (p: Property): boolean => plan.required.includes(p.jsonName);
  const requiredCount = properties.filter(required).length;
  const optional = properties.length > requiredCount;
  // Members after the first MEMBERS_PER_FUNCTION are read by helpers, MEMBERS_PER_FUNCTION each,
  // which add the nullable members given to a set made at once and answer how many optional
  // members they read (-1: not decided).
  const chunked = properties.length > MEMBERS_PER_FUNCTION;
  // A nullable member required is always given: the set is made at once, not when one is read.
  const alwaysGiven = chunked || properties.some((p) => acceptsNull(p.type, byId) && required(p));
  let decoders = false;
  // A member's lines; `fail`: what its function returns where it does not decide (a helper's -1).
  const memberLines = (p: Property, k: number, fail: string): string[] => {
    const attr = attributes.get(p.jsonName)!;
    const member = plan.members.get(p.jsonName)!;
    const test = member.test === null ? [] : [`if not (${member.test}):`, `${I}return ${fail}`];
    const decoded = (): string => {
      decoders = true;
      return `_d${n}[${k}](p)`;
    };
    const binding = bindingOf(p.type);
    const valueOf =
      binding === 'plain'
        ? 'p'
        : binding === 'integer'
          ? acceptsNull(p.type, byId)
            ? 'p if p.__class__ is int or p is None else int(p)'
            : 'p if p.__class__ is int else int(p)'
          : null;
    let read: string[];
    if (member.nested !== null) {
      // Through the nested reader where the value is what it reads; else tested and decoded.
      const nested = reader(member.nested.id);
      const list = member.nested.list;
      read = [
        ...(list === null
          ? ['if p.__class__ is dict:', `${I}v = ${nested}(p)`, `${I}if v is None:`, `${I}${I}return ${fail}`]
          : ['if p.__class__ is list:', ...listLines('p', 'v', nested, list.min, list.max, I, fail)]),
        'else:',
        ...[...test, `v = ${valueOf ?? decoded()}`].map((line) => `${I}${line}`),
        `i.${attr} = v`,
      ];
    } else {
      read = [...test, `i.${attr} = ${valueOf ?? decoded()}`];
    }
    if (!required(p)) read.push('n += 1');
    if (acceptsNull(p.type, byId)) read.push(...(alwaysGiven ? [] : ['if g is None:', `${I}g = set()`]), `g.add(${pyString(attr)})`);
    if (required(p)) return [`p = x[${pyString(p.jsonName)}]`, ...read];
    return [`p = get(${pyString(p.jsonName)}, _MISSING)`, 'if p is _MISSING:', `${I}i.${attr} = None`, 'else:', ...read.map((line) => `${I}${line}`)];
  };
  // The members read: the required ones each by subscript (a missing one raises KeyError: no test
  // of each for absence), each optional one present counted in n (from the required).
  const members = (from: number, to: number, fail: string): string[] => {
    const part = properties.slice(from, to);
    const lines = part.flatMap((p, j) => memberLines(p, from + j, fail));
    // The checks test membership and a nested reader catches its own KeyError; one from a field's
    // decoder would leave the value to the other path, which meets it as before.
    return part.some(required) ? ['try:', ...lines.map((line) => `${I}${line}`), 'except KeyError:', `${I}return ${fail}`] : lines;
  };
  const declared = (part: readonly Property[]): string[] =>
    [...(part.length > 0 ? ['p: Any'] : []), ...(part.some((p) => plan.members.get(p.jsonName)!.nested !== null) ? ['v: Any'] : [])].map(
      (line) => `${I}${line}`,
    );
  const first = properties.slice(0, MEMBERS_PER_FUNCTION);
  const body: string[] = [];
  // A required name that is no property (any value, kept with the other members).
  for (const wire of plan.required.filter((w) => !properties.some((p) => p.jsonName === w))) body.push(`if ${pyString(wire)} not in x:`, `${I}return None`);
  body.push(`i: Any = _new(_c${n})`, ...(first.some((p) => !required(p)) ? ['get = x.get'] : []), ...(optional ? [`n = ${requiredCount}`] : []));
  if (nullable) body.push(alwaysGiven ? 'g: Set[str] = set()' : 'g: Optional[Set[str]] = None');
  body.push(...members(0, MEMBERS_PER_FUNCTION, 'None'));
  const helpers: string[] = [];
  for (let from = MEMBERS_PER_FUNCTION, part = 1; from < properties.length; from += MEMBERS_PER_FUNCTION, part++) {
    const slice = properties.slice(from, from + MEMBERS_PER_FUNCTION);
    const counts = slice.some((p) => !required(p));
    helpers.push(
      '',
      '',
      `def read_${n}_${part}(x: Any, i: Any${nullable ? ', g: Set[str]' : ''}) -> int:`,
      ...declared(slice),
      ...(counts ? [`${I}get = x.get`, `${I}n = 0`] : []),
      ...members(from, from + MEMBERS_PER_FUNCTION, '-1').map((line) => `${I}${line}`),
      `${I}return ${counts ? 'n' : '0'}`,
    );
    body.push(`m = read_${n}_${part}(x, i${nullable ? ', g' : ''})`, 'if m < 0:', `${I}return None`, ...(counts ? ['n += m'] : []));
  }
  const given = !nullable ? 'NONE_GIVEN' : chunked ? 'g if g else NONE_GIVEN' : alwaysGiven ? 'g' : 'NONE_GIVEN if g is None else g';
  body.push(`i.__codegen_given__ = ${given}`);
  const count = optional ? 'n' : `${requiredCount}`;
  const globals: string[] = [];
  if (plan.closed) {
    body.push(`if len(x) != ${count}:`, `${I}return None`, 'i.additional_properties = {}');
  } else {
    globals.push(`_w${n} = frozenset(${pyTuple(properties.map((p) => pyString(p.jsonName)))})`);
    body.push(`i.additional_properties = {} if len(x) == ${count} else {key: item for key, item in x.items() if key not in _w${n}}`);
  }
  body.push('return i');
  if (decoders) globals.push(`_d${n} = field_decoders(_c${n})`);
  return {
    globals,
    uses: new Set<Use>([
      ...(nullable ? (['Set'] as const) : []),
      ...(nullable && !alwaysGiven ? (['Optional'] as const) : []),
      ...(given.includes('NONE_GIVEN') ? (['NONE_GIVEN'] as const) : []),
      ...(decoders ? (['field_decoders'] as const) : []),
      ...(optional ? (['_MISSING'] as const) : []),
    ]),
    lines: [
      `def read_${n}(x: Any) -> Any:`,
      ...declared(first),
      `${I}if x.__class__ is not dict:`,
      `${I}${I}return None`,
      ...body.map((line) => `${I}${line}`),
      ...helpers,
    ],
  };
}

/** A union's reader: its function (its tag tables' dispatchers too), and the tables, set after every reader they name. */
function unionReader(d: UnionDeclaration, tags: TagTree | number, n: number, reader: (id: string) => string): { lines: string[]; tables: string[] } {
  const variantReader = (i: number): string => {
    const v = d.variants[i]!;
    if (v.kind !== 'ref') throw new Error(`reader of ${d.id}: variant ${i} is no declaration`);
    return reader(v.id);
  };
  const wrap = [`${I}if v is None:`, `${I}${I}return None`, `${I}w: Any = _new(_c${n})`, `${I}w.actual_instance = v`, `${I}return w`];
  if (typeof tags === 'number') {
    return {
      lines: [`def read_${n}(x: Any) -> Any:`, `${I}if x.__class__ is not dict:`, `${I}${I}return None`, `${I}v = ${variantReader(tags)}(x)`, ...wrap],
      tables: [],
    };
  }
  // Each level of the tree: a table by tag, of a variant's reader or the next level's dispatcher.
  const lines: string[] = [];
  const tables: string[] = [];
  let count = 0;
  const level = (tree: TagTree): string => {
    const table = `_t${n}_${count++}`;
    const entries = tree.cases.map(({ tag, next }) => `${I}${pyString(tag)}: ${typeof next === 'number' ? variantReader(next) : dispatcher(next)},`);
    tables.push(`${table}: Dict[str, Callable[[Any], Any]] = {`, ...entries, '}');
    return table;
  };
  const lookupLines = (tree: TagTree, table: string): string[] => [
    `${I}t = x.get(${pyString(tree.wire)})`,
    `${I}if t.__class__ is not str:`,
    `${I}${I}return None`,
    `${I}f = ${table}.get(t)`,
    `${I}if f is None:`,
    `${I}${I}return None`,
  ];
  function dispatcher(tree: TagTree): string {
    const table = level(tree);
    const name = `tags_${n}_${table.slice(table.lastIndexOf('_') + 1)}`;
    lines.push('', '', `def ${name}(x: Any) -> Any:`, ...lookupLines(tree, table), `${I}return f(x)`);
    return name;
  }
  const root = level(tags);
  return {
    lines: [
      `def read_${n}(x: Any) -> Any:`,
      `${I}if x.__class__ is not dict:`,
      `${I}${I}return None`,
      ...lookupLines(tags, root),
      `${I}v = f(x)`,
      ...wrap,
      ...lines,
    ],
    tables,
  };
}

/** An array's items read by `reader` into list `out` (from `from`, a list); `fail` returned where one is not read or the count is out of bounds. */
function listLines(from: string, out: string, reader: string, min: number, max: number | null, indent: string, fail: string = 'None'): string[] {
  const bounds = [...(min > 0 ? [`len(${out}) < ${min}`] : []), ...(max !== null ? [`len(${out}) > ${max}`] : [])];
  return [
    `${out} = []`,
    `for e in ${from}:`,
    `${I}r = ${reader}(e)`,
    `${I}if r is None:`,
    `${I}${I}return ${fail}`,
    `${I}${out}.append(r)`,
    ...(bounds.length > 0 ? [`if ${bounds.join(' or ')}:`, `${I}return ${fail}`] : []),
  ].map((line) => `${indent}${line}`);
}

/** A tuple of these expressions: `()`, `("a",)`, `("a", "b")`. */
function pyTuple(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]!},)` : `(${items.join(', ')})`;
}
