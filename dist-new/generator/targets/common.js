// Helpers every target shares: looking up declarations, the x-codegen name override, property
// order, nullability through references, and doc text as lines. Language-neutral.
import { OptionsError, SchemaError, joinPointer } from '../errors.js';
import { isPlainIdentifier } from '../naming.js';
export const PROPERTY_ORDERS = ['schema', 'required-first-alphabetical'];
export function declarationsById(model) {
    return new Map(model.declarations.map((d) => [d.id, d]));
}
export function lookup(byId, id) {
    const d = byId.get(id);
    if (d === undefined)
        throw new Error(`internal: no declaration ${id}`);
    return d;
}
/** The name the schema chose for this target through "x-codegen", or null. */
export function overrideName(thing, target, pointer) {
    const name = thing.codegen[target]?.['name'];
    if (name === undefined)
        return null;
    if (typeof name !== 'string' || !isPlainIdentifier(name)) {
        throw new SchemaError(`"x-codegen/${target}/name" must be an identifier, found ${JSON.stringify(name)}`, joinPointer(pointer, 'x-codegen', target, 'name'), 'use letters, digits and "_", not starting with a digit');
    }
    return name;
}
/** Whether JSON null is accepted where this type stands (through a reference too). */
export function acceptsNull(type, byId) {
    if (type.nullable)
        return true;
    if (type.kind !== 'ref')
        return false;
    const d = lookup(byId, type.id);
    return d.kind === 'alias' ? acceptsNull(d.type, byId) : d.nullable;
}
export function orderProperties(properties, order) {
    if (order === 'schema')
        return [...properties];
    const byName = (a, b) => (a.jsonName < b.jsonName ? -1 : a.jsonName > b.jsonName ? 1 : 0);
    return [...properties.filter((p) => p.required).sort(byName), ...properties.filter((p) => !p.required).sort(byName)];
}
export function checkPropertyOrder(value) {
    if (!PROPERTY_ORDERS.includes(value))
        throw new OptionsError(`propertyOrder must be one of ${PROPERTY_ORDERS.join(', ')}, found ${JSON.stringify(value)}`, 'set the option to "schema" or "required-first-alphabetical"');
    return value;
}
/**
 * `derive` computed once per doc: targets ask for the same doc text several times each (getter,
 * setter, builder...), and escaping it line by line every time shows in large schemas' run times.
 */
export function perDoc(derive) {
    const cache = new WeakMap();
    return (doc) => {
        const cached = cache.get(doc);
        if (cached !== undefined || cache.has(doc))
            return cached;
        const value = derive(doc);
        cache.set(doc, value);
        return value;
    };
}
/** Title and description as plain lines (no comment syntax), blank line between paragraphs. */
export const docLines = perDoc((doc) => {
    const parts = [doc.title, doc.description].filter((p) => p !== null && p.trim() !== '');
    return Object.freeze(parts.length === 0 ? [] : parts.join('\n\n').split('\n').map((l) => l.trimEnd()));
});
