// refs: checks every "$ref" in a loaded schema and maps it to a declaration id.
// Takes the checked root; returns nothing but throws a SchemaError for a remote, malformed,
// dangling or purely circular reference. Only "#/$defs/<name>" is supported: every reference
// then names a declaration, which is what every target needs.
import { SchemaError, escapePointerToken, joinPointer } from './errors.js';
import { isObject } from './load.js';
/** Keywords that may stand beside "$ref": annotations only, since targets cannot merge types. */
const REF_SIBLINGS = new Set(['$ref', '$comment', 'title', 'description', 'deprecated', 'default', 'examples']);
/** "#/$defs/Foo" -> "/$defs/Foo" (the declaration id), after the checks below. */
export function refToId(ref) {
    return joinPointer('/$defs', decodeToken(ref.slice('#/$defs/'.length)));
}
export function checkRefs(root) {
    const defs = isObject(root['$defs']) ? root['$defs'] : {};
    visitSchemas(root, '', (schema, pointer) => {
        const ref = schema['$ref'];
        if (typeof ref !== 'string')
            return;
        checkOneRef(ref, defs, joinPointer(pointer, '$ref'));
        const sibling = Object.keys(schema).find((k) => !REF_SIBLINGS.has(k) && !k.startsWith('x-'));
        if (sibling !== undefined) {
            throw new SchemaError(`"${sibling}" beside "$ref" is not supported`, joinPointer(pointer, sibling), 'move the constraint into the referenced definition; only annotations (title, description, default, ...) may stand beside "$ref"');
        }
    });
    for (const name of Object.keys(defs))
        checkNotCircular(name, defs);
}
function checkOneRef(ref, defs, pointer) {
    if (!ref.startsWith('#')) {
        throw new SchemaError(`remote reference "${ref}" is not supported`, pointer, 'copy the definition into "$defs" and point at it with "#/$defs/<name>"');
    }
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (match === null) {
        throw new SchemaError(`reference "${ref}" does not name a "$defs" entry`, pointer, 'write "#/$defs/<name>"; deeper pointers are not supported');
    }
    const name = decodeToken(match[1] ?? '');
    if (!Object.hasOwn(defs, name)) {
        const known = Object.keys(defs);
        throw new SchemaError(`reference "${ref}" points at nothing: there is no "$defs/${name}"`, pointer, known.length > 0 ? `use one of: ${known.map((k) => `#/$defs/${escapePointerToken(k)}`).join(', ')}` : 'add the definition under "$defs"');
    }
}
function decodeToken(token) {
    return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}
/** A definition that is only a "$ref" to itself through other bare "$ref"s has no type at all. */
function checkNotCircular(start, defs) {
    const seen = [];
    let current = start;
    while (current !== null) {
        if (seen.includes(current)) {
            throw new SchemaError(`"$defs/${start}" is an alias that refers back to itself (${[...seen, current].join(' -> ')})`, joinPointer('/$defs', start), 'give one of the definitions in the cycle a real type');
        }
        seen.push(current);
        const schema = defs[current];
        const ref = isObject(schema) ? schema['$ref'] : undefined;
        current = typeof ref === 'string' ? decodeToken(ref.slice('#/$defs/'.length)) : null;
    }
}
/** Calls visit for every schema object in the document, depth first, with its pointer. */
export function visitSchemas(node, pointer, visit) {
    if (!isObject(node))
        return;
    visit(node, pointer);
    for (const key of ['$defs', 'properties']) {
        const map = node[key];
        if (isObject(map))
            for (const [name, child] of Object.entries(map))
                visitSchemas(child, joinPointer(pointer, key, name), visit);
    }
    for (const key of ['items', 'additionalProperties']) {
        const child = node[key];
        if (child !== undefined)
            visitSchemas(child, joinPointer(pointer, key), visit);
    }
    for (const key of ['oneOf', 'anyOf']) {
        const list = node[key];
        if (Array.isArray(list))
            list.forEach((child, i) => visitSchemas(child, joinPointer(pointer, key, i), visit));
    }
}
