// The schemas the model area refuses, each with the JSON pointer and message the real CLI must
// print (exit 2, a hint, nothing written). Written as text: duplicate keys and "__proto__" keys
// cannot be written as JavaScript object literals (the literal would keep one key, or set the
// prototype), and the byte-exact cases are built in model.test.ts.

const DRAFT = '"$schema": "https://json-schema.org/draft/2020-12/schema"';

/** A schema with these `$defs` (JSON text). */
export const withDefs = (defs: string): string => `{${DRAFT}, "$defs": ${defs}}`;

export interface Refusal {
  readonly text: string;
  readonly pointer: string;
  readonly message: string;
}

const union = (name: string, mode: string, variants: string): string => `"${name}": {"${mode}": [${variants}]}`;
const ref = (name: string): string => `{"$ref": "#/$defs/${name}"}`;
const named = (target: string, name: string, extra = ''): string => `"x-codegen": {"${target}": {"name": "${name}"${extra}}}`;

/** Item 7: a union reaching itself as a variant, directly, through another union, an alias, nullable, nested. */
export const UNION_CYCLES: Readonly<Record<string, Refusal>> = {
  'oneOf itself': { text: withDefs(`{${union('U', 'oneOf', `${ref('U')}, {"type": "string"}`)}}`), pointer: '/$defs/U/oneOf/0/$ref', message: '"$defs/U" reaches itself as a union variant (U -> U) without passing through an object property or an array item' },
  'anyOf through another union': {
    text: withDefs(`{${union('U', 'anyOf', `{"type": "string"}, ${ref('V')}`)}, ${union('V', 'anyOf', `${ref('U')}, {"type": "integer"}`)}}`),
    pointer: '/$defs/V/anyOf/0/$ref',
    message: '(U -> V -> U)',
  },
  'through an alias': { text: withDefs(`{"A": ${ref('U')}, ${union('U', 'oneOf', `{"type": "integer"}, ${ref('A')}`)}}`), pointer: '/$defs/U/oneOf/1/$ref', message: '(A -> U -> A)' },
  'nullable variant': { text: withDefs(`{${union('U', 'oneOf', `{"type": "string"}, {"anyOf": [${ref('U')}, {"type": "null"}]}`)}}`), pointer: '/$defs/U/oneOf/1/anyOf/0/$ref', message: '(U -> U)' },
  'nullable alias of a union': {
    text: withDefs(`{${union('N', 'anyOf', `${ref('U')}, {"type": "null"}`)}, ${union('U', 'oneOf', `{"type": "boolean"}, ${ref('N')}`)}}`),
    pointer: '/$defs/U/oneOf/1/$ref',
    message: '(N -> U -> N)',
  },
};

/** Item 12: explicit names the language reserves or the generated code takes, on declarations and properties. */
export const EXPLICIT_NAMES: Readonly<Record<string, Refusal>> = {
  'typescript declaration "interface"': { text: withDefs(`{"A": {"type": "string", ${named('typescript', 'interface')}}}`), pointer: '/$defs/A/x-codegen/typescript/name', message: '"x-codegen/typescript/name" "interface" is a TypeScript reserved word' },
  'typescript declaration "ValidationError"': { text: withDefs(`{"A": {"type": "string", ${named('typescript', 'ValidationError')}}}`), pointer: '/$defs/A/x-codegen/typescript/name', message: 'is a type the generated module declares itself' },
  'typescript property (interfaces use wire names)': { text: withDefs(`{"A": {"type": "object", "properties": {"a": {"type": "string", ${named('typescript', 'interface')}}}}}`), pointer: '/$defs/A/properties/a/x-codegen/typescript/name', message: '"x-codegen/typescript/name" does not apply to properties' },
  'java property "getClass"': { text: withDefs(`{"A": {"type": "object", "properties": {"kind": {"type": "string", ${named('java', 'getClass')}}}}}`), pointer: '/$defs/A/properties/kind/x-codegen/java/name', message: '"x-codegen/java/name" "getClass" is a method every generated class' },
  'java property "int"': { text: withDefs(`{"A": {"type": "object", "properties": {"kind": {"type": "string", ${named('java', 'int')}}}}}`), pointer: '/$defs/A/properties/kind/x-codegen/java/name', message: 'is a Java keyword' },
  'java declaration "Optional"': { text: withDefs(`{"A": {"type": "string", ${named('java', 'Optional')}}}`), pointer: '/$defs/A/x-codegen/java/name', message: 'is a Java keyword or a type the generated code uses' },
  'python declaration "str"': { text: withDefs(`{"A": {"type": "string", ${named('python', 'str')}}}`), pointer: '/$defs/A/x-codegen/python/name', message: 'is a name the generated modules import or call' },
  'python declaration "lambda"': { text: withDefs(`{"A": {"type": "string", ${named('python', 'lambda')}}}`), pointer: '/$defs/A/x-codegen/python/name', message: 'is a Python keyword' },
  'python property "self"': { text: withDefs(`{"A": {"type": "object", "properties": {"me": {"type": "string", ${named('python', 'self')}}}}}`), pointer: '/$defs/A/properties/me/x-codegen/python/name', message: 'is a name the generated classes use' },
  'csharp property "ToString"': { text: withDefs(`{"A": {"type": "object", "properties": {"s": {"type": "string", ${named('csharp', 'ToString')}}}}}`), pointer: '/$defs/A/properties/s/x-codegen/csharp/name', message: 'is a member every generated class has or inherits from object' },
  'csharp property named like its class': { text: withDefs(`{"A": {"type": "object", "properties": {"s": {"type": "string", ${named('csharp', 'Thing')}}}, ${named('csharp', 'Thing')}}}`), pointer: '/$defs/A/properties/s/x-codegen/csharp/name', message: 'is the name of its enclosing type (CS0542)' },
  'csharp declaration "JsonElement"': { text: withDefs(`{"A": {"type": "string", ${named('csharp', 'JsonElement')}}}`), pointer: '/$defs/A/x-codegen/csharp/name', message: 'is a type the generated code uses' },
  'csharp declaration "class"': { text: withDefs(`{"A": {"type": "string", ${named('csharp', 'class')}}}`), pointer: '/$defs/A/x-codegen/csharp/name', message: 'is a C# keyword' },
  'csharp baseClass "JsonSerializer"': {
    text: withDefs(`{"U": {"type": "object", "oneOf": [${ref('E')}], "discriminator": {"propertyName": "type"}, "x-codegen": {"csharp": {"baseClass": "JsonSerializer"}}}, "E": {"type": "object", "properties": {"type": {"const": "e"}}, "required": ["type"]}}`),
    pointer: '/$defs/U/x-codegen/csharp/baseClass',
    message: '"x-codegen/csharp/baseClass" "JsonSerializer" is a type the generated code uses',
  },
};

const MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** Item 13: JavaScript object members are keys like any other: unknown keywords (refused under --strict), sections and options. */
export const OBJECT_MEMBERS: Readonly<Record<string, Refusal>> = Object.fromEntries(
  MEMBERS.flatMap((m) => [
    [`keyword "${m}"`, { text: withDefs(`{"A": {"type": "string", "${m}": 1}}`), pointer: `/$defs/A/${m}`, message: `unknown keyword "${m}" (1 occurrence), refused by --strict` }],
    [`x-codegen section "${m}"`, { text: withDefs(`{"A": {"type": "string", "x-codegen": {"${m}": {}}}}`), pointer: `/$defs/A/x-codegen/${m}`, message: `"x-codegen" has an unknown section "${m}"` }],
    [`x-codegen option "${m}"`, { text: withDefs(`{"A": {"type": "string", "x-codegen": {"rest": {"${m}": 1}}}}`), pointer: `/$defs/A/x-codegen/rest/${m}`, message: `"x-codegen/rest" has an unknown option "${m}"` }],
  ]),
);

/** Item 16: duplicate keys anywhere in the document, with both positions. */
export const DUPLICATE_KEYS: Readonly<Record<string, Refusal>> = {
  'keyword in a declaration': {
    text: `{\n  ${DRAFT},\n  "$defs": {\n    "A": {\n      "type": "string",\n      "type": "integer"\n    }\n  }\n}\n`,
    pointer: '/$defs/A/type',
    message: 'duplicate key "type" at /$defs/A (line 6, column 7; first at line 5, column 7)',
  },
  'at the root': { text: `{${DRAFT},\n"$defs": {},\n"$defs": {"A": {"type": "string"}}}`, pointer: '/$defs', message: 'duplicate key "$defs" at the root (line 3, column 1; first at line 2, column 1)' },
  'property name': { text: withDefs(`{"A": {"type": "object", "properties": {"a": {"type": "string"}, "a": {"type": "integer"}}}}`), pointer: '/$defs/A/properties/a', message: 'duplicate key "a" at /$defs/A/properties' },
  '"__proto__" in an example': { text: withDefs(`{"A": {"type": "object", "examples": [{"__proto__": 1, "__proto__": 2}]}}`), pointer: '/$defs/A/examples/0/__proto__', message: 'duplicate key "__proto__" at /$defs/A/examples/0' },
  'after strings holding colons, quotes and backslashes': {
    text: withDefs(String.raw`{"A": {"type": "string", "description": "a \": b \\", "title": ":\\\":", "description": "c"}}`),
    pointer: '/$defs/A/description',
    message: 'duplicate key "description" at /$defs/A',
  },
  '$defs name': { text: withDefs(`{"A": {"type": "string"},\n "A": {"type": "integer"}}`), pointer: '/$defs/A', message: '(line 2, column 2; first at line 1, column ' },
};
