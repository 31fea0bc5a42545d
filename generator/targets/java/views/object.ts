// The view of one object declaration: an openai-java model class (JsonField members, typed and
// raw getters, a Builder, validate()). Every string, including Javadoc, is computed here.

import type { ObjectDeclaration, Property } from '../../../model/ir.js';
import { acceptsNull, orderProperties, resolveAlias } from '../../shared/common.js';
import { docText, javaDocJson, javadoc } from '../javadoc.js';
import { checkConstantString, setsFields } from '../limits.js';
import { javaString, jsonValueLiteral, scalarLiteral } from '../literals.js';
import type { JavaOptions } from '../options.js';
import { className } from '../names.js';
import { indentedLines, objectReaderLines, type ReaderPlan } from '../readers.js';
import { constantType, isRaw, javaType, nativeGetterOf, unboxed, type NativeGetter, type TypeContext } from '../types.js';

export interface SetterView {
  /** The property's member name (repeated here so the template needs no parent lookups). */
  readonly member: string;
  readonly doc: readonly string[];
  readonly deprecated: boolean;
  readonly paramType: string;
  readonly argument: string;
}

export interface PropertyView {
  readonly member: string;
  readonly jsonName: string;
  readonly fieldType: string;
  readonly hasTypedGetter: boolean;
  readonly getterType: string;
  /** What the typed getter returns: the field's value, or a constant's (checked against the raw JSON). */
  readonly getterExpression: string;
  readonly getterDoc: readonly string[];
  readonly rawGetterDoc: readonly string[];
  readonly deprecated: boolean;
  readonly builderInit: string;
  readonly buildArgument: string;
  /** What the field holds when the JSON lacks the property (the large shape's Jackson constructor). */
  readonly missing: string;
  readonly setters: readonly SetterView[];
  readonly fieldSetterDoc: readonly string[];
  readonly comma: string;
  /** Its position in the array the constructor takes (what the deserializer reads, what build() passes). */
  readonly index: number;
}

export interface ObjectView {
  readonly kind: 'object';
  readonly name: string;
  readonly doc: readonly string[];
  readonly properties: readonly PropertyView[];
  readonly builderDoc: readonly string[];
  /**
   * More properties than MAX_JAVA_CONSTRUCTOR_PROPERTIES (limits.ts): Jackson then reads the class through a
   * no-argument constructor and sets its fields, which are not final; build() checks the required
   * ones and passes itself to the constructor.
   */
  readonly large: boolean;
  /** The large shape's build(): a statement per required property without a default. */
  readonly requiredChecks: readonly string[];
  /** The properties' JSON names (the deserializer's, not the large shape's) and their fields then `additionalProperties` (FIELDS), as Java string lists; the index of the other members and of the JSON read in what the deserializer reads. */
  readonly jsonNames: string;
  readonly fieldNames: string;
  readonly propertyCount: number;
  readonly sourceIndex: number;
  /** What validate() checks when it holds: the JSON read (the large shape, read by Jackson, keeps none). */
  readonly validationSource: string;
  /** The deserializer's fast reader (../readers.ts), lines of its body, or null. */
  readonly fastReader: readonly string[] | null;
}

export function objectView(
  d: ObjectDeclaration,
  name: string,
  ctx: TypeContext,
  options: Pick<JavaOptions, 'order' | 'nativeFormats'>,
  reader: ReaderPlan | null,
): ObjectView {
  const members = new Map(ctx.names.members.get(d.id)!.map((m, i) => [d.properties[i]!, m]));
  const properties = orderProperties(d.properties, options.order);
  const large = setsFields(d);
  const views = properties.map((p, i) =>
    propertyView(p, members.get(p)!, ctx, nativeGetterOf(p.type, ctx, options.nativeFormats), i, i === properties.length - 1),
  );
  const required = views.filter((v, i) => properties[i]!.required && !v.builderInit.startsWith('JsonValue.from'));
  const builderDoc = [
    `Returns a mutable builder for constructing an instance of {@link ${name}}.`,
    ...(required.length === 0 ? [] : ['', 'The following fields are required:', '<pre>{@code', ...required.map((v) => `.${v.member}()`), '}</pre>']),
  ];
  return {
    kind: 'object',
    name,
    doc: javadoc(docText(d.doc, d.doc.deprecated ? ['@deprecated'] : [])),
    properties: views,
    builderDoc: javadoc(builderDoc),
    large,
    requiredChecks: views.filter((v) => v.buildArgument.startsWith('Utils.checkRequired(')).map((v) => `${v.buildArgument};`),
    jsonNames: views.map((v) => v.jsonName).join(', '),
    fieldNames: [...views.map((v) => v.member), 'additionalProperties'].map(javaString).join(', '),
    propertyCount: views.length,
    sourceIndex: views.length + 1,
    validationSource: large ? 'null' : 'this._source',
    fastReader:
      reader === null || reader.kind !== 'object'
        ? null
        : indentedLines(
            objectReaderLines(
              reader,
              name,
              properties.map((p) => p.jsonName),
              views.map((v) => v.fieldType),
              (id) => className(ctx.names, id),
            ),
          ),
  };
}

function propertyView(p: Property, member: string, ctx: TypeContext, native: NativeGetter | null, index: number, last: boolean): PropertyView {
  checkConstantString(p.jsonName, `the property name "${p.jsonName.slice(0, 32)}…"`, p.pointer);
  const raw = isRaw(p.type, ctx);
  const boxed = javaType(p.type, ctx);
  const constantBoxed = constantType(p.type, ctx);
  const optional = !p.required || acceptsNull(p.type, ctx.byId);
  const resolved = resolveAlias(p.type, ctx.byId);
  const constant = resolved.kind === 'const' ? resolved.value : null;
  const defaultLine = p.default === null ? [] : [`Defaults to {@code ${javaDocJson(JSON.stringify(p.default.value))}} when absent.`];
  const deprecated = p.doc.deprecated ? ['@deprecated'] : [];
  const constLines =
    constant === null
      ? []
      : [
          'Expected to always return the following:',
          '<pre>{@code',
          javaDocJson(jsonValueLiteral(constant)),
          '}</pre>',
          '',
          'However, this method can be useful for debugging and logging (e.g. if the server responded with an unexpected value).',
        ];
  const builderInit = p.required ? (constant !== null ? jsonValueLiteral(constant) : 'null') : raw ? 'JsonMissing.of()' : 'JsonField.missing()';
  return {
    member,
    jsonName: javaString(p.jsonName),
    fieldType: raw ? 'JsonValue' : `JsonField<${boxed}>`,
    hasTypedGetter: !raw || constantBoxed !== null,
    ...(native === null
      ? typedGetter(member, javaString(p.jsonName), optional, constantBoxed === null ? null : { boxed: constantBoxed, value: constant! }, boxed)
      : nativeGetter(member, javaString(p.jsonName), optional, native)),
    getterDoc: javadoc(
      docText(p.doc, [
        ...(constant === null ? [] : constantGetterLine(constant, member)),
        ...(native === null ? [] : nativeGetterLine(native, member)),
        ...defaultLine,
        ...deprecated,
      ]),
    ),
    rawGetterDoc: javadoc(
      raw
        ? docText(p.doc, [...constLines, ...defaultLine, ...deprecated])
        : [`The raw JSON value of {@link #${member}()}, which never throws (see {@link JsonField}).`, ...(deprecated.length > 0 ? ['', ...deprecated] : [])],
    ),
    deprecated: p.doc.deprecated,
    builderInit,
    buildArgument: p.required && builderInit === 'null' ? `Utils.checkRequired(${javaString(member)}, this.${member})` : `this.${member}`,
    missing: raw ? 'JsonMissing.of()' : 'JsonField.missing()',
    setters: raw
      ? []
      : [...setters(p, member, boxed, optional && acceptsNull(p.type, ctx.byId)), ...(native === null ? [] : [nativeSetter(p, member, native)])],
    fieldSetterDoc: javadoc(
      raw
        ? docText(p.doc, deprecated)
        : [`Sets {@link Builder#${member}} to any JSON value (see {@link JsonField}).`, ...(deprecated.length > 0 ? ['', ...deprecated] : [])],
    ),
    comma: last ? '' : ',',
    index,
  };
}

/**
 * A typed getter reads its JsonField (`getRequired`/`getOptional` throw on a missing, null or
 * mistyped value); a constant's reads the raw JSON through Utils, which returns the constant when
 * the JSON equals it and throws the same exceptions otherwise (a value set through the builder's
 * raw setter, or read without validate()).
 */
function typedGetter(
  member: string,
  jsonName: string,
  optional: boolean,
  constant: { boxed: string; value: string | number | boolean } | null,
  boxed: string,
): { getterType: string; getterExpression: string } {
  const type = constant?.boxed ?? boxed;
  const getterType = optional ? `Optional<${type}>` : unboxed(type);
  if (constant === null) return { getterType, getterExpression: `this.${member}.${optional ? 'getOptional' : 'getRequired'}(${jsonName})` };
  const helper = optional ? 'optionalConstant' : 'requiredConstant';
  return { getterType, getterExpression: `Utils.${helper}(this.${member}, ${jsonName}, ${scalarLiteral(constant.value)})` };
}

/** A formatted string's getter converts the text the field keeps (core.FormatViews), which throws when it is not in the format. */
function nativeGetter(member: string, jsonName: string, optional: boolean, native: NativeGetter): { getterType: string; getterExpression: string } {
  const text = `this.${member}.${optional ? 'getOptional' : 'getRequired'}(${jsonName})`;
  return { getterType: optional ? `Optional<${native.type}>` : native.type, getterExpression: `FormatViews.${native.read}(${jsonName}, ${text})` };
}

const nativeGetterLine = (native: NativeGetter, member: string): string[] => [
  `Reads the JSON text as {@link ${native.type}}; throws OpenAIInvalidDataException when it is not one (the schema's {@code format} is an annotation: {@link #_${member}()} has the text).`,
];

/** The builder takes the native value too, and writes it as canonical text (FormatViews.text). */
function nativeSetter(p: Property, member: string, native: NativeGetter): SetterView {
  const doc = javadoc([`Sets {@link Builder#${member}} to the text of the given {@link ${native.type}}.`, ...(p.doc.deprecated ? ['', '@deprecated'] : [])]);
  return { member, doc, deprecated: p.doc.deprecated, paramType: native.type, argument: `FormatViews.text(${member})` };
}

const constantGetterLine = (value: string | number | boolean, member: string): string[] => [
  `Returns {@code ${javaDocJson(JSON.stringify(value))}}, the one value the schema allows; throws OpenAIInvalidDataException when the JSON holds another (then {@link #_${member}()} has it).`,
];

function setters(p: Property, member: string, boxed: string, nullable: boolean): SetterView[] {
  const doc = javadoc(docText(p.doc, p.doc.deprecated ? ['@deprecated'] : []));
  if (!nullable) return [{ member, doc, deprecated: p.doc.deprecated, paramType: unboxed(boxed), argument: `JsonField.of(${member})` }];
  return [
    { member, doc, deprecated: p.doc.deprecated, paramType: boxed, argument: `JsonField.ofNullable(${member})` },
    {
      member,
      doc: javadoc([`Alias for calling {@link Builder#${member}} with {@code ${member}.orElse(null)}.`, ...(p.doc.deprecated ? ['', '@deprecated'] : [])]),
      deprecated: p.doc.deprecated,
      paramType: `Optional<${boxed}>`,
      argument: `${member}.orElse(null)`,
    },
  ];
}
