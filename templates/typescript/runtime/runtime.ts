// The runtime of the TypeScript target, as a real module: the generator inlines it into the one
// file it writes (index.ts), between the declarations and their validators (file.hbs's
// `{{runtime}}`). Only the lines between the two marker lines below are inlined, verbatim; what is
// outside them (this header, the export list at the end) exists for the standalone module alone,
// which test/runtime/typescript.test.ts type-checks under the strict flags of generated code and
// unit-tests. In index.ts, `check`, `$validateWith` and `$parseWith` stay private to the module
// (the validators below them use them); here they are exported for the tests.
//
// Keep both markers, each on a line of its own (generator/targets/typescript/runtime.ts looks for
// them), and keep everything the generated validators use between them.

// @schema-codegen-inline-begin
/** One reason a value does not follow the schema. */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) to the offending value; "" is the document itself. */
  readonly pointer: string;
  /** The JSON Schema keyword that failed, e.g. "required" or "maximum". */
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

type $Check = (value: unknown, pointer: string, issues: ValidationIssue[]) => void;

interface $PropertyCheck {
  readonly name: string;
  readonly required: boolean;
  readonly check: $Check;
}

interface $Bounds {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

const $hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const $isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const $childPointer = (pointer: string, key: string | number): string => `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const $typeIssue = (issues: ValidationIssue[], pointer: string, expected: string): void => {
  issues.push({ pointer, keyword: 'type', message: `must be ${expected}` });
};

const $checkBounds = (bounds: $Bounds, value: number, pointer: string, issues: ValidationIssue[]): void => {
  if (bounds.minimum !== undefined && value < bounds.minimum) issues.push({ pointer, keyword: 'minimum', message: `must be >= ${bounds.minimum}` });
  if (bounds.maximum !== undefined && value > bounds.maximum) issues.push({ pointer, keyword: 'maximum', message: `must be <= ${bounds.maximum}` });
  if (bounds.exclusiveMinimum !== undefined && value <= bounds.exclusiveMinimum) issues.push({ pointer, keyword: 'exclusiveMinimum', message: `must be > ${bounds.exclusiveMinimum}` });
  if (bounds.exclusiveMaximum !== undefined && value >= bounds.exclusiveMaximum) issues.push({ pointer, keyword: 'exclusiveMaximum', message: `must be < ${bounds.exclusiveMaximum}` });
};

/** Checks with JSON Schema 2020-12 semantics: lengths count code points, 1.0 is an integer. */
const check = {
  any: ((): void => undefined) as $Check,
  null: ((value, pointer, issues) => {
    if (value !== null) $typeIssue(issues, pointer, 'null');
  }) as $Check,
  boolean: ((value, pointer, issues) => {
    if (typeof value !== 'boolean') $typeIssue(issues, pointer, 'boolean');
  }) as $Check,
  string(options: { readonly minLength?: number; readonly maxLength?: number; readonly pattern?: RegExp }): $Check {
    return (value, pointer, issues) => {
      if (typeof value !== 'string') return $typeIssue(issues, pointer, 'string');
      const length = Array.from(value).length;
      if (options.minLength !== undefined && length < options.minLength) issues.push({ pointer, keyword: 'minLength', message: `must NOT have fewer than ${options.minLength} characters` });
      if (options.maxLength !== undefined && length > options.maxLength) issues.push({ pointer, keyword: 'maxLength', message: `must NOT have more than ${options.maxLength} characters` });
      if (options.pattern !== undefined && !options.pattern.test(value)) issues.push({ pointer, keyword: 'pattern', message: `must match pattern "${options.pattern.source}"` });
    };
  },
  integer(bounds: $Bounds): $Check {
    return (value, pointer, issues) => {
      if (typeof value !== 'number' || !Number.isInteger(value)) return $typeIssue(issues, pointer, 'integer');
      $checkBounds(bounds, value, pointer, issues);
    };
  },
  number(bounds: $Bounds): $Check {
    return (value, pointer, issues) => {
      if (typeof value !== 'number') return $typeIssue(issues, pointer, 'number');
      $checkBounds(bounds, value, pointer, issues);
    };
  },
  constant(expected: string | number | boolean): $Check {
    return (value, pointer, issues) => {
      if (value !== expected) issues.push({ pointer, keyword: 'const', message: `must be equal to constant ${JSON.stringify(expected)}` });
    };
  },
  enumeration(values: readonly (string | number | boolean)[]): $Check {
    return (value, pointer, issues) => {
      if (!values.some((v) => v === value)) issues.push({ pointer, keyword: 'enum', message: `must be equal to one of the allowed values: ${values.map((v) => JSON.stringify(v)).join(', ')}` });
    };
  },
  nullable(inner: $Check): $Check {
    return (value, pointer, issues) => {
      if (value !== null) inner(value, pointer, issues);
    };
  },
  array(items: $Check, options: { readonly minItems?: number; readonly maxItems?: number }): $Check {
    return (value, pointer, issues) => {
      if (!Array.isArray(value)) return $typeIssue(issues, pointer, 'array');
      if (options.minItems !== undefined && value.length < options.minItems) issues.push({ pointer, keyword: 'minItems', message: `must NOT have fewer than ${options.minItems} items` });
      if (options.maxItems !== undefined && value.length > options.maxItems) issues.push({ pointer, keyword: 'maxItems', message: `must NOT have more than ${options.maxItems} items` });
      value.forEach((item: unknown, index) => items(item, $childPointer(pointer, index), issues));
    };
  },
  map(values: $Check): $Check {
    return (value, pointer, issues) => {
      if (!$isPlainObject(value)) return $typeIssue(issues, pointer, 'object');
      for (const key of Object.keys(value)) values(value[key], $childPointer(pointer, key), issues);
    };
  },
  /** `additional`: true keeps unknown properties, false rejects them, a $Check validates them. */
  object(properties: readonly $PropertyCheck[], additional: boolean | $Check): $Check {
    const known = new Set(properties.map((p) => p.name));
    return (value, pointer, issues) => {
      if (!$isPlainObject(value)) return $typeIssue(issues, pointer, 'object');
      for (const property of properties) {
        if ($hasOwn(value, property.name)) property.check(value[property.name], $childPointer(pointer, property.name), issues);
        else if (property.required) issues.push({ pointer, keyword: 'required', message: `must have required property '${property.name}'` });
      }
      if (additional === true) return;
      for (const key of Object.keys(value)) {
        if (known.has(key)) continue;
        if (additional === false) issues.push({ pointer, keyword: 'additionalProperties', message: `must NOT have additional property '${key}'` });
        else additional(value[key], $childPointer(pointer, key), issues);
      }
    };
  },
  oneOf(variants: readonly $Check[]): $Check {
    return $matchVariants(variants, 'oneOf');
  },
  anyOf(variants: readonly $Check[]): $Check {
    return $matchVariants(variants, 'anyOf');
  },
  /** Picks the variant by the tag property's value, as OpenAPI's discriminator does. */
  discriminated(propertyName: string, mapping: ReadonlyMap<string, $Check>): $Check {
    return (value, pointer, issues) => {
      if (!$isPlainObject(value)) return $typeIssue(issues, pointer, 'object');
      const tag = value[propertyName];
      if (typeof tag !== 'string') return void issues.push({ pointer, keyword: 'discriminator', message: `tag "${propertyName}" must be string` });
      const variant = mapping.get(tag);
      if (variant === undefined) return void issues.push({ pointer, keyword: 'discriminator', message: `value of tag "${propertyName}" must be in oneOf, found ${JSON.stringify(tag)}` });
      variant(value, pointer, issues);
    };
  },
};

function $matchVariants(variants: readonly $Check[], keyword: 'oneOf' | 'anyOf'): $Check {
  return (value, pointer, issues) => {
    const results = variants.map((variant) => {
      const found: ValidationIssue[] = [];
      variant(value, pointer, found);
      return found;
    });
    const matches = results.filter((r) => r.length === 0).length;
    if (keyword === 'anyOf' ? matches >= 1 : matches === 1) return;
    if (matches === 0) for (const r of results) issues.push(...r);
    issues.push({ pointer, keyword, message: matches === 0 ? `must match ${keyword === 'oneOf' ? 'exactly one' : 'a'} schema in ${keyword}` : 'must match exactly one schema in oneOf' });
  };
}

function $validateWith(checkValue: $Check, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkValue(value, '', issues);
  return issues;
}

function $parseWith(checkValue: $Check, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ pointer: '', keyword: 'json', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  const issues = $validateWith(checkValue, value);
  if (issues.length > 0) throw new ValidationError(issues);
  return value;
}
// @schema-codegen-inline-end

export { check, $validateWith, $parseWith };
export type { $Check, $PropertyCheck, $Bounds };
