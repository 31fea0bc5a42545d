// Java naming and options: keywords, java.lang and imported names are escaped; collisions after
// casing and bad options are errors with a pointer and a hint; Javadoc text stays inert.

import { describe, expect, it } from 'vitest';
import { OptionsError, SchemaError, modelFromText, renderModel } from '../generator/index.js';
import { classNames } from '../generator/targets/java/names.js';
import { targetDefaults } from './helpers/cases.js';

const schema = (defs: Record<string, unknown>): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });

function render(defs: Record<string, unknown>, options: Record<string, string> = {}): Map<string, string> {
  const model = modelFromText(schema(defs), 'test.schema.json');
  return renderModel(model, { targets: ['java'], options: { java: { ...targetDefaults('java'), ...options } }, templates: null });
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing thrown');
}

describe('java names', () => {
  it('escapes java.lang, imported and nested type names', () => {
    const model = modelFromText(
      schema({ String: { type: 'string' }, List: { type: 'object' }, Builder: { type: 'object' }, None: { enum: ['a'] }, '2fa': { type: 'string' } }),
      't.json',
    );
    expect([...classNames(model).values()]).toEqual(['String_', 'List_', 'Builder_', 'None_', '_2fa']);
  });

  it('escapes keywords and own members in properties, keeping the wire names', () => {
    const files = render({
      Thing: { type: 'object', properties: { class: { type: 'string' }, validate: { type: 'integer' }, to_builder: { type: 'string' } }, required: ['class'] },
    });
    const source = files.get('java/src/main/java/com/openai/models/realtime/Thing.java')!;
    expect(source).toContain('public String class_() {');
    expect(source).toContain('return this.class_.getRequired("class");');
    expect(source).toContain('public Optional<Long> validate_() {');
    expect(source).toContain('public Optional<String> toBuilder_() {');
    expect(source).toContain('@JsonProperty("to_builder")');
  });

  it("gives a constant's typed getter the escaped member name (issue 18)", () => {
    const files = render({
      Thing: { type: 'object', properties: { validate: { const: 'v' }, hash_code: { const: 2 }, type: { const: true } }, required: ['validate'] },
    });
    const source = files.get('java/src/main/java/com/openai/models/realtime/Thing.java')!;
    expect(source).toContain('public String validate_() {\n        return Utils.requiredConstant(this.validate_, "validate", "v");');
    expect(source).toContain('public Optional<Long> hashCode_() {\n        return Utils.optionalConstant(this.hashCode_, "hash_code", 2L);');
    expect(source).toContain('public Optional<Boolean> type() {');
    expect(source).toContain('public JsonValue _validate_() {');
  });

  it("refuses an explicit name whose getter is another property's raw getter, or the class's", () => {
    const clash = thrown(() =>
      render({ Thing: { type: 'object', properties: { type: { type: 'string' }, kind: { const: 'k', 'x-codegen': { java: { name: '_type' } } } } } }),
    );
    expect(clash).toBeInstanceOf(SchemaError);
    expect((clash as SchemaError).message).toContain('the raw getter of property "type" and the getter of property "kind" both become "_type"');
    expect((clash as SchemaError).pointer).toBe('/$defs/Thing/properties/kind');
    const own = thrown(() =>
      render({ Thing: { type: 'object', properties: { a: { type: 'string', 'x-codegen': { java: { name: '_additionalProperties' } } } } } }),
    );
    expect((own as SchemaError).message).toContain('"_additionalProperties" is a method every generated class');
  });

  it('refuses two properties that an explicit name makes one member', () => {
    const error = thrown(() =>
      render({ Thing: { type: 'object', properties: { item_id: { type: 'string' }, other: { type: 'string', 'x-codegen': { java: { name: 'itemId' } } } } } }),
    );
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/Thing/properties/other');
    expect((error as SchemaError).message).toContain('"other"');
  });

  it('suffixes enum values that would become one constant, in value order (issue 18)', () => {
    const source = render({ Kind: { type: 'string', enum: ['a-b', 'a_b'] } }).get('java/src/main/java/com/openai/models/realtime/Kind.java')!;
    expect(source).toContain('public static final Kind A_B = of("a-b");');
    expect(source).toContain('public static final Kind A_B_2 = of("a_b");');
  });

  it('refuses classes that differ only in case (file names)', () => {
    // Schema names alike are numbered by build-model ("Foo", "foo" -> Foo, Foo2); names given in x-codegen are not.
    expect(thrown(() => render({ Foo: { type: 'string' }, Bar: { type: 'integer', 'x-codegen': { java: { name: 'FOO' } } } }))).toBeInstanceOf(SchemaError);
  });

  it('refuses a property named "" at generation time (Jackson reads an empty @JsonProperty name as the method\'s own)', () => {
    const error = thrown(() => render({ Foo: { type: 'object', properties: { '': { type: 'string' } } } }));
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/Foo/properties/');
    expect((error as SchemaError).message).toContain('cannot write a property named ""');
  });

  it('refuses an x-codegen name that is a keyword', () => {
    const error = thrown(() => render({ Foo: { type: 'string', 'x-codegen': { java: { name: 'Optional' } } } }));
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/Foo/x-codegen/java/name');
  });

  it('refuses a package option that is not a Java package', () => {
    expect(thrown(() => render({ Foo: { type: 'string' } }, { package: 'com.class.x' }))).toBeInstanceOf(OptionsError);
    expect(thrown(() => render({ Foo: { type: 'string' } }, { runtimePackage: 'com-openai' }))).toBeInstanceOf(OptionsError);
  });

  it('puts the classes and the runtime where the options say', () => {
    const files = render({ Foo: { type: 'string' } }, { package: 'org.example.api', runtimePackage: 'org.example' });
    expect(files.has('java/src/main/java/org/example/api/Foo.java')).toBe(true);
    expect(files.has('java/src/main/java/org/example/core/JsonField.java')).toBe(true);
    expect(files.get('java/src/main/java/org/example/api/Foo.java')).toContain('import org.example.core.JsonField;');
    expect(files.get('java/pom.xml')).toContain('<artifactId>jackson-databind</artifactId>');
  });

  it('keeps Javadoc inert: comment ends, tags, entities, unicode escapes', () => {
    const files = render({ Foo: { type: 'string', description: 'Ends */ here, <b>bold</b> & @param x, C:\\users and `code`' } });
    const source = files.get('java/src/main/java/com/openai/models/realtime/Foo.java')!;
    const doc = source.slice(source.indexOf('/**'), source.indexOf('*/', source.indexOf('/**')) + 2);
    expect(doc).toContain('Ends *&#47; here, &lt;b&gt;bold&lt;/b&gt; &amp; &#64;param x, C:&#92;users and {@code code}');
  });

  it('names union variants after x-codegen java.variantName (e.g. without a trailing "Event"), and checks them', () => {
    const files = render({
      AEvent: { type: 'object', properties: { t: { const: 'a' } }, required: ['t'], 'x-codegen': { java: { variantName: 'A' } } },
      U: { type: 'object', oneOf: [{ $ref: '#/$defs/AEvent' }], discriminator: { propertyName: 't' } },
      V: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'array', items: { type: 'string' } }] },
    });
    const u = files.get('java/src/main/java/com/openai/models/realtime/U.java')!;
    expect(u).toContain('public static U ofA(AEvent a) {');
    expect(u).toContain('T visitA(AEvent a);');
    const v = files.get('java/src/main/java/com/openai/models/realtime/V.java')!;
    expect(v).toContain('public static V ofInteger(long integer) {');
    expect(v).toContain('public Optional<List<String>> array() {');
    // Two variants of one Java type get distinct methods, suffixed in variant order (issue 18).
    const twice = render({ V: { oneOf: [{ type: 'string' }, { type: 'string', minLength: 2 }] } }).get('java/src/main/java/com/openai/models/realtime/V.java')!;
    expect(twice).toContain('public static V ofString(String string) {');
    expect(twice).toContain('public static V ofString2(String string2) {');
    expect(twice).toContain('T visitString2(String string2);');
  });

  it('names a variant without x-codegen java.variantName after its whole class name, with no schema-specific rule', () => {
    const files = render({
      AEvent: { type: 'object', properties: { t: { const: 'a' } }, required: ['t'] },
      BEvent: { type: 'object', properties: { t: { const: 'b' } }, required: ['t'], 'x-codegen': { java: { name: 'Renamed', variantName: 'Bee' } } },
      U: { type: 'object', oneOf: [{ $ref: '#/$defs/AEvent' }, { $ref: '#/$defs/BEvent' }], discriminator: { propertyName: 't' } },
    });
    const u = files.get('java/src/main/java/com/openai/models/realtime/U.java')!;
    expect(u).toContain('public static U ofAEvent(AEvent aEvent) {');
    expect(u).toContain('T visitAEvent(AEvent aEvent);');
    expect(u).toContain('public static U ofBee(Renamed bee) {');
    expect(u).toContain('public Optional<Renamed> bee() {');
    for (const bad of ['', '1A', 'a-b', 7]) {
      const error = thrown(() => render({ A: { type: 'object', 'x-codegen': { java: { variantName: bad } } } }));
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).message).toContain('x-codegen/java/variantName');
    }
  });
});
