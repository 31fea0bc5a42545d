// Java naming policy: PascalCase class names (or the x-codegen override), camelCase members,
// SCREAMING_SNAKE enum constants. Anything that would be a keyword, shadow a java.lang or
// imported type, or clash with a member the generated classes declare themselves gets a
// trailing "_"; two things that still end up with one name are a SchemaError.
import { SchemaError, joinPointer } from '../../errors.js';
import { assertUnique, camelCase, guardLeadingDigit, pascalCase, screamingSnakeCase, splitWords } from '../../naming.js';
import { overrideName } from '../common.js';
import { JAVA_LANG_TYPES, JAVA_RESERVED } from '../reserved.js';
/** Types the generated files import or nest; a model class must not take their simple names. */
const IMPORTED_TYPES = new Set([
    'JsonValue', 'JsonField', 'JsonMissing', 'JsonNull', 'JsonBoolean', 'JsonNumber', 'JsonString', 'JsonArray', 'JsonObject',
    'ExcludeMissing', 'ObjectMappers', 'Utils', 'Schema', 'BaseDeserializer', 'BaseSerializer', 'Conversions',
    'StringSchema', 'NumberSchema', 'ArraySchema', 'ObjectSchema', 'VariantsSchema', 'DiscriminatedSchema',
    'OpenAIException', 'OpenAIInvalidDataException', 'List', 'Map', 'Set', 'Optional', 'Objects', 'Collections', 'LinkedHashMap',
    'JsonCreator', 'JsonProperty', 'JsonAnyGetter', 'JsonAnySetter', 'JsonDeserialize', 'JsonSerialize', 'TypeReference',
    'Builder', 'Visitor', 'Known', 'Value', 'Deserializer', 'Serializer',
    // Member types the nested (de)serializers inherit from Jackson's JsonDeserializer/JsonSerializer.
    'None',
]);
const OBJECT_METHODS = ['equals', 'hashCode', 'toString', 'getClass', 'notify', 'notifyAll', 'wait', 'clone', 'finalize', 'validate', 'isValid', 'validated'];
/** Members every model class and its Builder declare; a property must not take them. */
const OBJECT_MEMBERS = new Set([
    ...OBJECT_METHODS, 'builder', 'toBuilder', 'additionalProperties', 'putAdditionalProperty', 'putAllAdditionalProperties',
    'removeAdditionalProperty', 'removeAllAdditionalProperties', 'build', 'from',
]);
/** Members a union declares; a variant getter must not take them. */
const UNION_MEMBERS = new Set([...OBJECT_METHODS, 'accept', 'json']);
export function classNames(model) {
    const names = new Map();
    for (const d of model.declarations) {
        const override = overrideName(d, 'java', d.id);
        if (override !== null && isTaken(override)) {
            throw new SchemaError(`"x-codegen/java/name" ${JSON.stringify(override)} is a Java keyword or a type the generated code uses`, joinPointer(d.id, 'x-codegen', 'java', 'name'), 'choose another class name');
        }
        names.set(d.id, override ?? escapeClassName(pascalCase(d.words)));
    }
    const things = model.declarations.map((d) => ({ name: names.get(d.id), pointer: d.id, label: `declaration "${d.schemaName}"` }));
    assertUnique(things, 'java', 'class names (file names, compared ignoring case)', true);
    return names;
}
const isTaken = (name) => JAVA_RESERVED.has(name) || JAVA_LANG_TYPES.has(name) || IMPORTED_TYPES.has(name);
function escapeClassName(name) {
    const guarded = guardLeadingDigit(name === '' ? 'Model' : name, '_');
    return isTaken(guarded) ? `${guarded}_` : guarded;
}
/** A member (field, getter, builder setter) name: camelCase, escaped against keywords and our own members. */
export function memberName(words, fallback, taken = OBJECT_MEMBERS) {
    const name = guardLeadingDigit(words.length === 0 ? fallback : camelCase(words), '_');
    return JAVA_RESERVED.has(name) || taken.has(name) ? `${name}_` : name;
}
/** Member names of properties (give them in schema order, so a clash names the later one); a clash is a SchemaError. */
export function propertyMembers(d, properties) {
    const names = properties.map((p, i) => {
        const override = overrideName(p, 'java', p.pointer);
        return override ?? memberName(p.words, `property${i}`);
    });
    assertUnique(properties.map((p, i) => ({ name: names[i], pointer: p.pointer, label: `property "${p.jsonName}"` })), 'java', `members of ${d.schemaName}`);
    return names;
}
/** Enum constant names (RED, DARK_BLUE, _1); a clash is a SchemaError. */
export function constantNames(d) {
    const names = d.values.map((v) => {
        const words = splitWords(String(v));
        return guardLeadingDigit(words.length === 0 ? 'EMPTY' : screamingSnakeCase(words), '_');
    });
    assertUnique(d.values.map((v, i) => ({ name: names[i], pointer: joinPointer(d.id, 'enum', i), label: `enum value ${JSON.stringify(v)}` })), 'java', `constants of ${d.schemaName}`);
    return names;
}
/** From a class name: "ConversationItemTruncateEvent" -> ConversationItemTruncate (a trailing "Event" goes). */
export function variantName(base) {
    const stripped = base.length > 'Event'.length && base.endsWith('Event') ? base.slice(0, -'Event'.length) : base;
    const words = splitWords(stripped);
    return { pascal: pascalCase(words), camel: memberName(words, 'variant', UNION_MEMBERS) };
}
