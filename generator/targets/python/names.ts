// Python naming policy: IR -> the one name table (package folder, distribution, class, module,
// adapter, attribute and enum member names), built and checked for collisions before any view.
// Class names are PascalCase (or the x-codegen override), modules their snake_case; attributes
// are the property's snake_case words (or the override); the native view of a formatted string
// (formats.ts) is that name with a suffix (created_at_datetime), checked with the attributes.
// Everything that would be a keyword, or would shadow a name the generated module uses, gets a
// trailing "_". Soft keywords (type, match, case, _) stay as they are: they are ordinary names
// outside their own statements, and `type` must stay `type` for openapi-generator's surface
// (`event.type`).

import type { Declaration, EnumDeclaration, Model, ObjectDeclaration } from '../../model/ir.js';
import { foldDeclaration, type DeclarationCases } from '../../model/fold.js';
import type { PythonOptions } from './options.js';
import {
  assertUnique,
  namesGivenOrMade,
  type NamedThing,
  guardLeadingDigit,
  pascalCase,
  screamingSnakeCase,
  settleMadeNames,
  snakeCase,
  splitWords,
} from '../../model/naming.js';
import { quoted } from '../../errors.js';
import { declarationsById, explicitName, lazyNamed } from '../shared/common.js';
import { nativeViewOf, VIEW_MODULE_NAMES, type NativeView } from './formats.js';
import { PYTHON_RESERVED } from '../shared/reserved.js';

const SOFT_KEYWORDS = new Set(['_', 'case', 'match', 'type']);
const KEYWORDS = new Set([...PYTHON_RESERVED].filter((w) => !SOFT_KEYWORDS.has(w)));

/** Names a generated module imports or calls: typing, enum, builtins with capitals, the runtime. */
const MODULE_NAMES_USED = new Set([
  'Any',
  'ClassVar',
  'Dict',
  'List',
  'Literal',
  'Optional',
  'Union',
  'Enum',
  'NotImplemented',
  'Ellipsis',
  'ValueError',
  'TypeError',
  'Exception',
  'BaseException',
]);

/**
 * Members of the generated classes (and names their __init__ bodies and class bodies read): an
 * attribute must not take them. str/int/float/bool/object: a class-level attribute of that name
 * would shadow the builtin in the annotations after it.
 */
const ATTRIBUTE_NAMES_USED = new Set([
  'self',
  'super',
  'str',
  'int',
  'float',
  'bool',
  'object',
  'to_str',
  'to_json',
  'to_dict',
  'from_json',
  'from_dict',
  'additional_properties',
  'actual_instance',
  ...VIEW_MODULE_NAMES,
]);

/**
 * Builtins (and typing.cast) the generated modules call: derived class names are PascalCase and
 * never take them, but an explicit class name could, and would shadow them in its own module.
 */
const BUILTINS_CALLED = new Set([
  'bool',
  'cast',
  'dict',
  'float',
  'getattr',
  'int',
  'isinstance',
  'len',
  'list',
  'next',
  'object',
  'set',
  'str',
  'super',
  'type',
]);
const CLASS_NAMES_USED = new Set([...MODULE_NAMES_USED, ...BUILTINS_CALLED]);

export interface DeclarationNames {
  /** The class (object, enum, union) or type alias name. */
  readonly className: string;
  /** The module inside `<package>.models`, without ".py". */
  readonly moduleName: string;
  /** For aliases: the TypeAdapter instance validating them; null otherwise. */
  readonly adapterName: string | null;
  /** Objects: property JSON name -> attribute name; empty for the other kinds. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Objects: property JSON name -> its native view, for the properties that have one (python.nativeFormats). */
  readonly views: ReadonlyMap<string, NamedView>;
  /** Enums: each value's member name, in the values' order; empty for the other kinds. */
  readonly members: readonly string[];
}

export interface NamedView {
  readonly name: string;
  readonly native: NativeView;
}

/** Every name the python output declares. Unions name no variants: a variant is its annotation. */
export interface Names {
  /** The package as a folder below the output: python.package's dots as slashes. */
  readonly packageDir: string;
  /** The distribution name (pyproject's [project] name): python.packageName, else the package, dots and underscores as dashes. */
  readonly distributionName: string;
  /** Declaration id -> its names. */
  readonly declarations: ReadonlyMap<string, DeclarationNames>;
}

/** The name table; the collisions of class and module names first, then of each object's attributes. */
export function pythonNames(model: Model, options: PythonOptions): Names {
  const classes = classNames(model);
  const viewed: ViewedTypes = options.nativeFormats ? declarationsById(model) : null;
  return {
    packageDir: options.package.split('.').join('/'),
    distributionName: options.distributionName,
    declarations: new Map(model.declarations.map((d) => [d.id, { ...classes.get(d.id)!, ...memberNames(d, viewed) }])),
  };
}

/** The declarations native views look through (aliases), or null when python.nativeFormats is off. */
type ViewedTypes = ReadonlyMap<string, Declaration> | null;

type MemberNames = Pick<DeclarationNames, 'attributes' | 'views' | 'members'>;

/** The names inside a declaration: an object's attributes and views, an enum's members. */
const memberNames = (d: Declaration, viewed: ViewedTypes): MemberNames => foldDeclaration(d, MEMBER_NAMES, viewed);

const NO_ATTRIBUTES: Pick<DeclarationNames, 'attributes' | 'views'> = { attributes: new Map(), views: new Map() };

const MEMBER_NAMES: DeclarationCases<MemberNames, ViewedTypes> = {
  object: (o, viewed) => ({ ...attributeNames(o, viewed), members: [] }),
  enum: (e) => ({ ...NO_ATTRIBUTES, members: enumMemberNames(e) }),
  union: () => ({ ...NO_ATTRIBUTES, members: [] }),
  alias: () => ({ ...NO_ATTRIBUTES, members: [] }),
};

type ClassNames = Pick<DeclarationNames, 'className' | 'moduleName' | 'adapterName'>;

function classNames(model: Model): ReadonlyMap<string, ClassNames> {
  const settled = settleMadeNames<ClassNames>(
    model.declarations.map((d) => {
      const given = explicitName(d, 'python', d.id, CLASS_NAME_TAKEN);
      return {
        fixed: !d.hoisted || given !== null,
        names: (n) => {
          const className = given ?? escape(guardLeadingDigit(pascalCase(n === 1 ? d.words : [...d.words, String(n)]), 'Model'), MODULE_NAMES_USED);
          const moduleName = escape(guardLeadingDigit(snakeCase(splitWords(className)), 'model_'), NOTHING_USED);
          return { className, moduleName, adapterName: d.kind === 'alias' ? `${className}Adapter` : null };
        },
      };
    }),
    // Class names compare as written, module names as file names (ignoring case).
    (n) => [n.className, ...(n.adapterName === null ? [] : [n.adapterName]), `${n.moduleName.toLowerCase()}.py`],
  );
  const names = new Map(model.declarations.map((d, i) => [d.id, settled[i]!]));
  const all = model.declarations.map((d) => ({ d, n: names.get(d.id)! }));
  assertUnique(
    all.flatMap(({ d, n }) => [
      lazyNamed(n.className, d.id, () => `declaration ${quoted(d.schemaName)}`),
      ...(n.adapterName === null ? [] : [lazyNamed(n.adapterName, d.id, () => `the adapter of ${quoted(d.schemaName)}`)]),
    ]),
    'python',
    'class names',
  );
  assertUnique(
    all.map(({ d, n }) => lazyNamed(n.moduleName, d.id, () => `declaration ${quoted(d.schemaName)}`)),
    'python',
    'module names',
    true,
  );
  return names;
}

/**
 * Attribute names of an object's properties, and the names of their native views, in the
 * object's property order. A view takes the attribute's name before escaping (`from` ->
 * `from_`, its view `from_datetime`), and is checked for collisions with the attributes.
 */
function attributeNames(d: ObjectDeclaration, viewed: ViewedTypes): Pick<DeclarationNames, 'attributes' | 'views'> {
  const attributes = new Map<string, string>();
  const views = new Map<string, NamedView>();
  const named: NamedThing[] = [];
  for (const p of d.properties) {
    const words = snakeCase(p.words);
    const given = explicitName(p, 'python', p.pointer, ATTRIBUTE_NAME_TAKEN);
    const base = given ?? guardLeadingDigit(words === '' ? 'var' : words, 'var_');
    const attribute = given ?? escape(base, ATTRIBUTE_NAMES_USED);
    attributes.set(p.jsonName, attribute);
    named.push(lazyNamed(attribute, p.pointer, () => `property ${quoted(p.jsonName)}`));
    const native = viewed === null ? null : nativeViewOf(p.type, viewed);
    if (native !== null) {
      // A suffixed name is never a keyword nor one of ATTRIBUTE_NAMES_USED: no escape.
      const name = `${base}_${native.suffix}`;
      views.set(p.jsonName, { name, native });
      named.push(lazyNamed(name, p.pointer, () => `the ${native.suffix} view of property ${quoted(p.jsonName)}`));
    }
  }
  assertUnique(named, 'python', `attributes of ${quoted(d.schemaName)}`);
  return { attributes, views };
}

/** UPPER_SNAKE member names for enum values, made unique by a numeric suffix (FOO_BAR, FOO_BAR_2) as in every target. */
function enumMemberNames(d: EnumDeclaration): string[] {
  const given = d.valueNames?.map((words) => (words === null ? null : givenMemberName(words))) ?? null;
  return namesGivenOrMade(given, d.values.map(memberBase), (name, n) => `${name}_${n}`, d);
}

/** An enum member's name as the schema gives it (EnumDeclaration.valueNames): UPPER_SNAKE, as made ones. */
function givenMemberName(words: readonly string[]): string {
  return guardLeadingDigit(screamingSnakeCase(words), 'VALUE_');
}

function memberBase(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return `NUMBER_${String(value).replace('-', 'MINUS_').replace(/[.+]/g, '_')}`.toUpperCase();
  const name = screamingSnakeCase(splitWords(value));
  return name === '' ? 'EMPTY' : guardLeadingDigit(name, 'VALUE_');
}

/** The check for an explicit name: a hard keyword, or one of `used`. */
const takenBy =
  (used: ReadonlySet<string>, what: string) =>
  (name: string): string | null =>
    KEYWORDS.has(name) ? 'a Python keyword' : used.has(name) ? what : null;

const CLASS_NAME_TAKEN = takenBy(CLASS_NAMES_USED, 'a name the generated modules import or call');
const ATTRIBUTE_NAME_TAKEN = takenBy(ATTRIBUTE_NAMES_USED, 'a name the generated classes use');
const NOTHING_USED: ReadonlySet<string> = new Set();

function escape(name: string, used: ReadonlySet<string>): string {
  return KEYWORDS.has(name) || used.has(name) ? `${name}_` : name;
}

export function namesOf(names: Names, id: string): DeclarationNames {
  const n = names.declarations.get(id);
  if (n === undefined) throw new Error(`internal: no Python name for ${id}`);
  return n;
}
