// Shared supertypes of discriminated-union variants, chosen by data. A discriminated union is an
// interface; its x-codegen csharp block may add
//   "baseInterface": "IRealtimeEvent"   a root interface the union's interface extends,
//   "baseClass": "BaseRealtimeEvent"    an abstract class every variant derives from,
//   "baseProperties": ["event_id", "type"]   the wire names these declare (default: the tag).
// Unions naming the same base must agree on it. Each shared member's C# type is the type all
// variants give it, nullable when any variant has it optional or nullable. The tag's setter is
// protected (only the class sets it), the others internal (the converter sets them).
import { SchemaError, joinPointer } from '../../errors.js';
import { lookup } from '../common.js';
import { code, textLines } from './literals.js';
import { bare, memberName } from './names.js';
import { baseType, reachesNull } from './types.js';
export function planBases(declarations, ctx) {
    const unions = declarations.filter((d) => d.kind === 'union' && d.discriminator !== null);
    declarations.forEach((d) => refuseStrayOptions(d));
    const options = unions.map(readOptions);
    const interfaces = shared(options, (o) => o.baseInterface, ctx, false);
    const classes = shared(options, (o) => o.baseClass, ctx, true);
    const unionPlan = new Map(options.map((o) => [o.union.id, { extends: o.baseInterface, members: o.baseInterface === null ? members([o], ctx) : [] }]));
    return { unions: unionPlan, variants: variantPlan(options, classes, ctx), interfaces, classes };
}
const KEYS = ['baseInterface', 'baseClass', 'baseProperties'];
function refuseStrayOptions(d) {
    if (d.kind === 'union' && d.discriminator !== null)
        return;
    const key = KEYS.find((k) => d.codegen['csharp']?.[k] !== undefined);
    if (key !== undefined)
        throw new SchemaError(`"x-codegen/csharp/${key}" applies to discriminated unions only`, joinPointer(d.id, 'x-codegen', 'csharp', key), 'move it to a "oneOf" with a "discriminator"');
}
function identifierOption(union, key) {
    const value = union.codegen['csharp']?.[key];
    if (value === undefined)
        return null;
    if (typeof value !== 'string' || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(value)) {
        throw new SchemaError(`"x-codegen/csharp/${key}" must be an identifier, found ${JSON.stringify(value)}`, joinPointer(union.id, 'x-codegen', 'csharp', key), 'use letters, digits and "_", not starting with a digit');
    }
    return value;
}
function readOptions(union) {
    const raw = union.codegen['csharp']?.['baseProperties'];
    const pointer = joinPointer(union.id, 'x-codegen', 'csharp', 'baseProperties');
    if (raw !== undefined && (!Array.isArray(raw) || !raw.every((p) => typeof p === 'string') || new Set(raw).size !== raw.length)) {
        throw new SchemaError('"x-codegen/csharp/baseProperties" must be an array of distinct property names', pointer, 'write e.g. ["event_id", "type"]');
    }
    const properties = raw === undefined ? [union.discriminator.propertyName] : raw;
    return { union, baseInterface: identifierOption(union, 'baseInterface'), baseClass: identifierOption(union, 'baseClass'), properties };
}
function variantsOf(group, ctx) {
    const ids = [...new Set(group.flatMap((o) => o.union.discriminator.mapping.map((m) => m.id)))];
    return ids.map((id) => {
        const d = lookup(ctx.byId, id);
        if (d.kind !== 'object')
            throw new SchemaError(`a variant of a discriminated union must be an object, "${d.schemaName}" is not`, id, 'refer to an object schema');
        return d;
    });
}
function shared(options, key, ctx, isClass) {
    const groups = new Map();
    for (const o of options) {
        const name = key(o);
        if (name !== null)
            groups.set(name, [...(groups.get(name) ?? []), o]);
    }
    return [...groups].map(([name, group]) => {
        const first = group[0];
        const odd = group.find((o) => o.properties.join('\n') !== first.properties.join('\n') || (isClass && o.baseInterface !== first.baseInterface));
        if (odd !== undefined) {
            throw new SchemaError(`"${odd.union.schemaName}" and "${first.union.schemaName}" share ${name} but declare it differently`, joinPointer(odd.union.id, 'x-codegen', 'csharp'), 'give both the same baseInterface, baseClass and baseProperties');
        }
        const unions = group.map((o) => ctx.names.get(o.union.id).type);
        return { name, implements: isClass ? first.baseInterface : null, members: members(group, ctx), unions, pointer: joinPointer(first.union.id, 'x-codegen', 'csharp'), dispatch: dispatchOf(group) };
    });
}
function dispatchOf(group) {
    const propertyName = group[0].union.discriminator.propertyName;
    if (group.some((o) => o.union.discriminator.propertyName !== propertyName))
        return null;
    const byValue = new Map();
    for (const m of group.flatMap((o) => o.union.discriminator.mapping)) {
        if ((byValue.get(m.value) ?? m.id) !== m.id)
            return null;
        byValue.set(m.value, m.id);
    }
    return { propertyName, mapping: [...byValue].map(([value, id]) => ({ value, id })) };
}
/** The shared members of a group of unions, typed by what every variant agrees on. */
function members(group, ctx) {
    const variants = variantsOf(group, ctx);
    const tags = new Set(group.map((o) => o.union.discriminator.propertyName));
    return group[0].properties.map((jsonName) => {
        const found = variants.map((v) => {
            const index = v.properties.findIndex((p) => p.jsonName === jsonName);
            if (index < 0)
                throw new SchemaError(`baseProperties lists "${jsonName}", but variant "${v.schemaName}" has no such property`, v.id, `add "${jsonName}" to the variant, or remove it from baseProperties`);
            const p = v.properties[index];
            return { v, p, name: memberName(ctx.names.get(v.id).type, p, index), type: baseType(p.type, ctx) };
        });
        const first = found[0];
        const odd = found.find((f) => f.name !== first.name || f.type.base !== first.type.base);
        if (odd !== undefined) {
            throw new SchemaError(`"${jsonName}" is ${odd.type.base} ${bare(odd.name)} in "${odd.v.schemaName}" but ${first.type.base} ${bare(first.name)} in "${first.v.schemaName}"`, odd.p.pointer, 'give the property the same type in every variant');
        }
        const nullable = found.some((f) => !f.p.required || (!f.type.holdsNull && reachesNull(f.p.type, ctx)));
        const descriptions = new Set(found.map((f) => f.p.doc.description));
        const doc = descriptions.size === 1 && first.p.doc.description !== null ? textLines(first.p.doc.description) : [`The ${code(jsonName)} property, which every variant has.`];
        return { jsonName, name: first.name, type: nullable ? `${first.type.base}?` : first.type.base, setter: tags.has(jsonName) ? 'protected' : 'internal', doc };
    });
}
function variantPlan(options, classes, ctx) {
    const plan = new Map();
    for (const o of options) {
        for (const v of variantsOf([o], ctx)) {
            const entry = plan.get(v.id) ?? { baseClass: null, overrides: [], interfaces: [] };
            if (o.baseClass !== null && entry.baseClass !== null && entry.baseClass !== o.baseClass) {
                throw new SchemaError(`"${v.schemaName}" is a variant of unions with different base classes (${entry.baseClass}, ${o.baseClass})`, v.id, 'give the unions the same baseClass');
            }
            const baseClass = o.baseClass ?? entry.baseClass;
            const overrides = classes.find((c) => c.name === baseClass)?.members ?? [];
            const name = ctx.names.get(o.union.id).type;
            plan.set(v.id, { baseClass, overrides, interfaces: entry.interfaces.includes(name) ? entry.interfaces : [...entry.interfaces, name] });
        }
    }
    return plan;
}
