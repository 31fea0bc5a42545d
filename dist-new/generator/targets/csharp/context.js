// What every C# view builder needs: the declarations by id, names, the base plan, options.
// Also the small view pieces shared by several declaration kinds (attributes, obsolete use).
import { referencedIds } from './types.js';
export const OBSOLETE = '[Obsolete("The schema marks this as deprecated.")]';
export const obsolete = (doc) => (doc.deprecated ? [OBSOLETE] : []);
/** True when the file names something deprecated, so its own code must not warn about it. */
export function usesDeprecated(d, types, ctx) {
    if (d.doc.deprecated)
        return true;
    if (d.kind === 'object' && d.properties.some((p) => p.doc.deprecated))
        return true;
    return types.flatMap((t) => referencedIds(t, ctx)).some((id) => ctx.byId.get(id)?.doc.deprecated === true);
}
/** The TypeRefs a declaration's file names. */
export function typesOf(d) {
    switch (d.kind) {
        case 'object':
            return [...d.properties.map((p) => p.type), ...(d.additional.kind === 'typed' ? [d.additional.type] : [])];
        case 'union':
            return [...d.variants];
        case 'alias':
            return [d.type];
        case 'enum':
            return [];
    }
}
/** Read and write of the declaration itself (the converter's Read and Write). */
export function topIo(type, nullable, valueType = false) {
    const reader = nullable && !valueType ? `SchemaRuntime.ReadNullable<${type}>(FromJson)` : 'FromJson';
    const writer = valueType ? 'WriteJson' : `SchemaRuntime.WriteNullable<${type}>(WriteJson)`;
    return { topReader: reader, topWriter: writer };
}
/** Wraps a check spanning several lines in SchemaChecks.Nullable(...). */
export function wrapNullable(nullable, lines) {
    if (!nullable)
        return [...lines];
    return lines.map((l, i) => `${i === 0 ? 'SchemaChecks.Nullable(' : ''}${l}${i === lines.length - 1 ? ')' : ''}`);
}
/** Ends the last line of a multi-line expression with ";". */
export function terminated(lines) {
    return lines.map((l, i) => (i === lines.length - 1 ? `${l};` : l));
}
