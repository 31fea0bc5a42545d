// Python naming policy: IR -> class, module, attribute and enum member names, in one global pass.
// Class names are PascalCase (or the x-codegen override), modules their snake_case; attributes
// are the property's snake_case words (or the override). Everything that would be a keyword, or
// would shadow a name the generated module uses, gets a trailing "_". Soft keywords (type, match,
// case, _) stay as they are: they are ordinary names outside their own statements, and `type`
// must stay `type` for openapi-generator's surface (`event.type`).
import { assertUnique, guardLeadingDigit, pascalCase, screamingSnakeCase, snakeCase, splitWords } from '../../naming.js';
import { overrideName } from '../common.js';
import { PYTHON_RESERVED } from '../reserved.js';
const SOFT_KEYWORDS = new Set(['_', 'case', 'match', 'type']);
const KEYWORDS = new Set([...PYTHON_RESERVED].filter((w) => !SOFT_KEYWORDS.has(w)));
/** Names a generated module imports or calls: typing, enum, builtins with capitals, the runtime. */
const MODULE_NAMES_USED = new Set([
    'Any', 'ClassVar', 'Dict', 'List', 'Literal', 'Optional', 'Union', 'Enum', 'NotImplemented', 'Ellipsis',
    'ValueError', 'TypeError', 'Exception', 'BaseException',
]);
/**
 * Members of the generated classes (and names their __init__ bodies and class bodies read): an
 * attribute must not take them. str/int/float/bool/object: a class-level attribute of that name
 * would shadow the builtin in the annotations after it.
 */
const ATTRIBUTE_NAMES_USED = new Set([
    'self', 'super', 'str', 'int', 'float', 'bool', 'object', 'to_str', 'to_json', 'to_dict', 'from_json', 'from_dict',
    'additional_properties', 'actual_instance',
]);
export function declarationNames(model) {
    const names = new Map();
    for (const d of model.declarations) {
        const className = escape(guardLeadingDigit(overrideName(d, 'python', d.id) ?? pascalCase(d.words), 'Model'), MODULE_NAMES_USED);
        const moduleName = escape(guardLeadingDigit(snakeCase(splitWords(className)), 'model_'), new Set());
        names.set(d.id, { className, moduleName, adapterName: d.kind === 'alias' ? `${className}Adapter` : null });
    }
    const all = model.declarations.map((d) => ({ d, n: names.get(d.id) }));
    assertUnique(all.flatMap(({ d, n }) => [
        { name: n.className, pointer: d.id, label: `declaration "${d.schemaName}"` },
        ...(n.adapterName === null ? [] : [{ name: n.adapterName, pointer: d.id, label: `the adapter of "${d.schemaName}"` }]),
    ]), 'python', 'class names');
    assertUnique(all.map(({ d, n }) => ({ name: n.moduleName, pointer: d.id, label: `declaration "${d.schemaName}"` })), 'python', 'module names', true);
    return names;
}
/** Attribute names of an object's properties, in the object's property order. */
export function attributeNames(d) {
    const out = new Map();
    for (const p of d.properties) {
        const words = snakeCase(p.words);
        const name = overrideName(p, 'python', p.pointer) ?? guardLeadingDigit(words === '' ? 'var' : words, 'var_');
        out.set(p.jsonName, escape(name, ATTRIBUTE_NAMES_USED));
    }
    assertUnique(d.properties.map((p) => ({ name: out.get(p.jsonName), pointer: p.pointer, label: `property "${p.jsonName}"` })), 'python', `attributes of ${d.schemaName}`);
    return out;
}
/** UPPER_SNAKE member names for enum values, made unique by a numeric suffix. */
export function enumMemberNames(values) {
    const seen = new Set();
    return values.map((value) => {
        const base = memberBase(value);
        let name = base;
        for (let n = 2; seen.has(name); n++)
            name = `${base}_${n}`;
        seen.add(name);
        return name;
    });
}
function memberBase(value) {
    if (typeof value === 'boolean')
        return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number')
        return `NUMBER_${String(value).replace('-', 'MINUS_').replace(/[.+]/g, '_')}`.toUpperCase();
    const name = screamingSnakeCase(splitWords(value));
    return name === '' ? 'EMPTY' : guardLeadingDigit(name, 'VALUE_');
}
function escape(name, used) {
    return KEYWORDS.has(name) || used.has(name) ? `${name}_` : name;
}
export function namesOf(names, id) {
    const n = names.get(id);
    if (n === undefined)
        throw new Error(`internal: no Python name for ${id}`);
    return n;
}
