// The runtime of the TypeScript target's index.ts, as a real module: the generator inlines it into
// the module it writes (index.ts), between the declarations and their validators (file.hbs's
// `{{runtime}}`). Only the lines between the two marker lines below are inlined, verbatim; what is
// outside them (this header, the export list at the end) exists for the standalone module alone,
// which test/runtime/typescript.test.ts type-checks under the strict flags of generated code and
// unit-tests. It is the thin layer between the public API (validate*, is*, parse*,
// ValidationError) and the JSON Schema validator (runtime/schema.ts, copied beside index.ts):
// each declaration's schema compiled once, at first use; parsing takes the fast path (isValid)
// and asks for the errors only when the value is invalid. In index.ts the `$` helpers stay private.
//
// Keep both markers, each on a line of its own (generator/targets/typescript/runtime.ts looks for
// them), and keep everything the generated validators use between them.

// @schema-codegen-inline-begin
/** One reason a value does not follow the schema. */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) to the offending value; "" is the document itself. */
  readonly pointer: string;
  /** JSON pointer to the failing keyword in the declaration's schema, through `$ref`s, e.g. "/properties/a/$ref/minimum". */
  readonly keywordLocation: string;
  /** The JSON Schema keyword that failed (the last keyword of keywordLocation), e.g. "required" or "maximum". */
  readonly keyword: string;
  readonly message: string;
}

/** Thrown by the parse functions when the text is not JSON or does not follow the schema. */
export class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(first === undefined ? 'invalid value' : `${first.pointer === '' ? '(root)' : first.pointer}: ${first.message} (${first.keyword})`);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** Pointer of the first issue. */
  get pointer(): string {
    return this.issues[0]?.pointer ?? '';
  }

  /** Keyword of the first issue. */
  get keyword(): string {
    return this.issues[0]?.keyword ?? '';
  }
}

/** A compiled schema, as runtime/schema.ts's SchemaValidator.schema(uri) returns it. */
interface $Schema {
  isValid(value: unknown): boolean;
  validate(value: unknown): readonly { readonly instanceLocation: string; readonly keywordLocation: string; readonly message: string }[];
}

/** A declaration's schema, compiled at its first use and kept (JavaScript runs one thread: no race). */
function $lazySchema(compile: () => $Schema): () => $Schema {
  let schema: $Schema | undefined;
  return () => (schema ??= compile());
}

/** Keywords whose next segment in a keyword location is a name or an index, not a keyword. */
const $NAMED_CHILDREN = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** The last keyword of a keyword location: "/properties/a/minimum" -> "minimum", "/properties/a" -> "properties". */
function $lastKeyword(keywordLocation: string): string {
  const segments = keywordLocation.split('/').slice(1);
  let keyword = '';
  for (let i = 0; i < segments.length; i++) {
    keyword = segments[i]!;
    if ($NAMED_CHILDREN.has(keyword)) i++;
  }
  return keyword;
}

function $validateWith(schema: () => $Schema, value: unknown): ValidationIssue[] {
  return schema()
    .validate(value)
    .map((e) => ({ pointer: e.instanceLocation, keywordLocation: e.keywordLocation, keyword: $lastKeyword(e.keywordLocation), message: e.message }));
}

/** `check`: the declaration's compiled check (file.hbs), else the validator's isValid. */
function $parseWith(schema: () => $Schema, text: string, check?: (value: unknown) => boolean): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ pointer: '', keywordLocation: '', keyword: 'json', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  // The fast path: no error is built for a valid value; only an invalid one is validated again for its errors.
  if (check === undefined ? schema().isValid(value) : check(value)) return value;
  throw new ValidationError($validateWith(schema, value));
}
// @schema-codegen-inline-end

export { $lazySchema, $validateWith, $parseWith };
export type { $Schema };
