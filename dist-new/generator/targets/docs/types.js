// Docs type rendering: TypeRef -> what a reader sees. Labels ("array of string", "map of
// integer", a link to a nested declaration), allowed values (const and enum), and constraints
// ("Maximum length: 512"). Returns Markdown strings that are safe in a table cell.
import { acceptsNull, lookup } from '../common.js';
import { codeSpan, literal } from './markdown.js';
/** The type as Markdown, nested declarations linked. */
export function typeLabel(type, ctx) {
    return label(type, ctx, (id) => `[${literal(ctx.name(id))}](${ctx.href(id)})`);
}
/** The type as plain text (for the REST body skeleton). */
export function plainTypeLabel(type, ctx) {
    return label(type, ctx, (id) => ctx.name(id));
}
function label(type, ctx, ref) {
    const base = baseLabel(type, ctx, ref);
    return acceptsNull(type, ctx.byId) && type.kind !== 'null' && type.kind !== 'any' ? `${base} or null` : base;
}
function baseLabel(type, ctx, ref) {
    const inner = (t) => {
        const text = label(t, ctx, ref);
        return text.includes(' or ') ? `(${text})` : text;
    };
    switch (type.kind) {
        case 'ref':
            return ref(type.id);
        case 'const':
            return jsonType(type.value);
        case 'array':
            return `array of ${inner(type.items)}`;
        case 'map':
            return `map of ${inner(type.values)}`;
        default:
            return type.kind;
    }
}
export function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value === 'object' ? 'object' : typeof value;
}
/** The values a const or enum allows (through references and aliases), or null. */
export function allowedValues(type, byId) {
    const withNull = (values) => (acceptsNull(type, byId) && !values.includes(null) ? [...values, null] : values);
    if (type.kind === 'const')
        return withNull([type.value]);
    if (type.kind !== 'ref')
        return null;
    const d = lookup(byId, type.id);
    if (d.kind === 'enum')
        return withNull([...d.values]);
    if (d.kind === 'alias') {
        const inner = allowedValues(d.type, byId);
        return inner === null ? null : withNull(inner);
    }
    return null;
}
/** Allowed values as code spans, strings unquoted (as the reference docs show them). */
export function valuesText(values, context) {
    return values.map((v) => codeSpan(typeof v === 'string' ? v : JSON.stringify(v), context)).join(', ');
}
/** Constraints of a type: lengths, ranges, pattern, format, item counts; item/value constraints prefixed. */
export function constraints(type, prefix = '') {
    const c = (label, value, code = false) => value === null ? [] : [{ label: capitalize(`${prefix}${label}`), value: code ? codeSpan(String(value), 'block') : String(value) }];
    switch (type.kind) {
        case 'string': {
            const s = type.constraints;
            return [...c('minimum length', s.minLength), ...c('maximum length', s.maxLength), ...c('pattern', s.pattern, true), ...c('format', s.format, true)];
        }
        case 'integer':
        case 'number': {
            const n = type.constraints;
            return [...c('minimum', n.minimum), ...c('maximum', n.maximum), ...c('exclusive minimum', n.exclusiveMinimum), ...c('exclusive maximum', n.exclusiveMaximum)];
        }
        case 'array':
            return [...c('minimum items', type.minItems), ...c('maximum items', type.maxItems), ...constraints(type.items, `${prefix}item `)];
        case 'map':
            return constraints(type.values, `${prefix}value `);
        default:
            return [];
    }
}
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** "**Maximum length**: 512" */
export const constraintLine = (c) => `**${c.label}**: ${c.value}`;
